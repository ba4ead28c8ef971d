"""run_all.sh end to end: the smoke run through all six stages, resuming, --from, and a failing stage."""
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def copy(tmp_path_factory):
    """The repository's files in a temp folder, so the run writes its own data/, using the current venv."""
    dst = tmp_path_factory.mktemp("repo")
    for item in ("run_all.sh", "scripts", "arcft", "requirements.txt", "requirements-base.txt",
                 "requirements-cpu.txt", *[p.name for p in REPO.glob("0[1-6]_*.py")]):
        src = REPO / item
        (shutil.copytree if src.is_dir() else shutil.copy)(src, dst / item)
    return dst


def run_all(copy, *args, **env):
    venv = Path(sys.executable).parent.parent
    # the copy reuses this venv: mark it as set up for these requirements, so nothing is installed
    e = {**os.environ, "ARCFT_VENV": str(venv), **env}
    return subprocess.run(["bash", str(copy / "run_all.sh"), *args], capture_output=True, text=True, env=e,
                          timeout=1200)


@pytest.mark.skipif(not (Path(sys.executable).parent / "activate").exists(), reason="needs a virtualenv")
def test_smoke_run_resume_and_failure(copy):
    p = run_all(copy)
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-3000:]
    assert "SMOKE RUN" in p.stdout
    d = copy / "data"
    for f in ("01_train.jsonl", "01_eval.jsonl", "02_train.jsonl", "02_eval.jsonl", "03_adapter/adapter_config.json",
              "03_train_log.jsonl", "04_predictions.jsonl", "05_scores.json", "05_results.jsonl",
              "05_submission.json", "06_plots/summary.png", "06_plots/train_loss.png", "logs/03_train.log"):
        assert (d / f).exists(), f
    assert json.load(open(d / "05_scores.json"))["problems"] == 3
    assert len((d / "04_predictions.jsonl").read_text().splitlines()) == 6

    # bench/accuracy.py reads its figures from what the stages printed and wrote: check it on this real run
    sys.path.insert(0, str(REPO / "bench"))
    from accuracy import summary
    res = summary(d, {name: (d / "logs" / f"{name}.log").read_text() for name in ("03_train", "04_predict")})
    assert res["train_steps"] == 30 and res["train_tokens"] > 0 and res["final_loss"] is not None
    assert res["predictions"] == 6 and res["problems"] == 3 and 0 <= res["prediction_accuracy"] <= 1
    assert "decoding steps, CUDA graphs off" in res["predict_engine"]  # what 04's engine did, from its log

    again = run_all(copy)
    assert again.returncode == 0 and again.stdout.count("done earlier, skipping") == 6

    # changed arguments rerun that stage and every later one; so does a stage whose input was rewritten by hand
    vote = run_all(copy, STAGE5_ARGS="--select vote")
    assert vote.returncode == 0 and vote.stdout.count("done earlier, skipping") == 4
    assert re.search(r"== stage 5: python 05_score.py +--select vote", vote.stdout) and "== stage 6:" in vote.stdout
    preds = d / "04_predictions.jsonl"
    preds.write_text(preds.read_text())  # as a rerun of 04 by hand would
    by_hand = run_all(copy, STAGE5_ARGS="--select vote")
    assert by_hand.stdout.count("done earlier, skipping") == 4 and "== stage 5:" in by_hand.stdout

    bad = run_all(copy, "--from", "5", STAGE5_ARGS="--predictions /nonexistent.jsonl")
    assert bad.returncode == 1
    assert "stage 5 (05_score.py) FAILED" in bad.stderr and "nonexistent.jsonl: file not found" in bad.stdout
    assert "stage 4 (04_predict.py): done earlier, skipping" in bad.stdout
    assert not (d / "logs" / "05.done").exists()


@pytest.mark.skipif(not (Path(sys.executable).parent / "activate").exists(), reason="needs a virtualenv")
def test_ttt_and_augmented_switches(tmp_path_factory, copy):
    """`run_all.sh --ttt --augmented`: stage 3t continues stage 3's adapter on the evaluation tasks' own train pairs
    (validated before and after), 04 predicts with that adapter under all 8 views (greedy + 1 sample each), and 05
    chooses by vote, reporting every rule."""
    own = tmp_path_factory.mktemp("repo_ttt")
    for item in copy.iterdir():  # a fresh copy of the repository's files, without the other test's data/
        if item.name != "data":
            (shutil.copytree if item.is_dir() else shutil.copy)(item, own / item.name)
    p = run_all(own, "--ttt", "--augmented")
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-3000:]
    assert re.search(r"== stage 3t: python 03_train.py --train data/02_ttt.jsonl --init-adapter data/03_adapter",
                     p.stdout)
    assert re.search(r"== stage 4: python 04_predict.py .*--views all --samples 1 --with-greedy "
                     r"--adapter data/03_ttt_adapter", p.stdout)
    d = own / "data"
    valid = json.load(open(d / "03_ttt_valid.json"))
    assert valid["before"]["texts"] == valid["after"]["texts"] > 0 and valid["before"]["loss"] != valid["after"]["loss"]
    scores = json.load(open(d / "05_scores.json"))
    assert scores["select"] == "vote" and {"seed", "vote", "oracle"} <= set(scores["rules"])
    assert scores["candidates"]["per_test_input"] == 16  # 8 views x (greedy + 1 sample)
    assert (d / "03_ttt_adapter" / "adapter_model.safetensors").is_file()
