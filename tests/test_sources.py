"""01_augment's training sources: extra sources by name or path, decontamination against the evaluation set (by
content under the 8 views, not only by id), held-out validation tasks (--valid), and the real ARC data."""
import json
import random

import pytest

from arcft.grids import VIEWS, apply_view
from arcft.sources import NAMED_SOURCES, decontaminate, grid_key, hold_out, merge, pair_key
from conftest import run_script, write_task


def grid(seed, h=3, w=4):
    """A random grid: asymmetric, so that its views all differ, and unlike any other seed's."""
    rng = random.Random(seed)
    return [[rng.randrange(10) for _ in range(w)] for _ in range(h)]


def task(seed, n_train=2):
    """A task made of random grids only (seeded, never sharing a grid with another seed's task)."""
    pairs = [{"input": grid(seed * 100 + 2 * i), "output": grid(seed * 100 + 2 * i + 1, 2, 5)}
             for i in range(n_train + 1)]
    return {"train": pairs[:-1], "test": pairs[-1:]}


def view_pair(p, view):
    return {"input": apply_view(p["input"], view), "output": apply_view(p["output"], view)}


EVAL = {"e1": task(1), "e2": task(2)}
E1_TRAIN, E1_TEST = EVAL["e1"]["train"][1], EVAL["e1"]["test"][0]
TRAIN = {  # id -> (task, the reasons it must be removed for)
    "rot": ({"train": [task(10)["train"][0], view_pair(E1_TRAIN, "rot90")], "test": task(10)["test"]},
            {"eval_train_pair": ["e1"]}),
    "tra": ({"train": [view_pair(EVAL["e2"]["train"][0], "transpose"), task(11)["train"][0]],
             "test": task(11)["test"]}, {"eval_train_pair": ["e2"]}),
    "tpair": ({"train": task(12)["train"], "test": [view_pair(E1_TEST, "rot180")]},
              {"eval_test_pair": ["e1"], "eval_test_input": ["e1"]}),
    "tin": ({"train": [{"input": apply_view(EVAL["e2"]["test"][0]["input"], "transpose_rot90"),
                        "output": grid(999)}], "test": task(13)["test"]}, {"eval_test_input": ["e2"]}),
    "e2": (task(14), {"same_id": ["e2"]}),
    "clean": (task(15), {}),
}


def test_keys_are_the_same_in_every_view_and_only_then():
    p = E1_TRAIN
    key = pair_key(p["input"], p["output"])
    for v in VIEWS:
        assert pair_key(apply_view(p["input"], v), apply_view(p["output"], v)) == key
        assert grid_key(apply_view(p["input"], v)) == grid_key(p["input"])
    # both grids must be seen in the same view: the input rotated alone is another pair
    assert pair_key(apply_view(p["input"], "rot90"), p["output"]) != key
    assert pair_key(p["input"], [[1]]) != key and grid_key([[1, 2]]) == grid_key([[2], [1]])
    assert len({pair_key(p["input"], p["output"]) for p in EVAL["e1"]["train"] + EVAL["e2"]["train"]}) == 4


def test_decontaminate_removes_exactly_the_contaminated_with_their_reasons():
    kept, removed = decontaminate({tid: t for tid, (t, _) in TRAIN.items()}, EVAL)
    assert list(kept) == ["clean"]
    assert removed == {tid: why for tid, (_, why) in TRAIN.items() if why}


def test_eval_test_without_output_still_catches_its_input():
    kaggle = {"e1": {"train": EVAL["e1"]["train"], "test": [{"input": E1_TEST["input"]}]}}
    _, removed = decontaminate({"tpair": TRAIN["tpair"][0]}, kaggle)
    assert removed == {"tpair": {"eval_test_input": ["e1"]}}


def write_split(folder, tasks):
    for tid, t in tasks.items():
        write_task(folder, tid, t)


def stats(out):
    return json.load(open(out / "01_stats.json"))


def task_ids(path):
    return sorted({json.loads(line)["task_id"] for line in open(path)})


@pytest.fixture
def contaminated(tmp_path):
    write_split(tmp_path / "arc" / "training", {tid: t for tid, (t, _) in TRAIN.items()})
    write_split(tmp_path / "arc" / "evaluation", EVAL)
    return tmp_path / "arc"


def test_cli_removes_and_records_why(contaminated, tmp_path):
    out = tmp_path / "d"
    p = run_script("01_augment.py", "--source", contaminated, "--out-dir", out)
    assert task_ids(out / "01_train.jsonl") == ["clean"]
    assert "5 training tasks removed (same_id 1, eval_test_pair 1, eval_train_pair 2, eval_test_input 2" in p.stdout
    assert "1 training tasks x 8 views" in p.stdout
    dec = stats(out)["decontamination"]
    assert dec["removed"] == 5 and dec["against"] == {"evaluation": 2, "held_out": 0}
    assert dec["tasks"]["rot"] == {"source": str(contaminated), "eval_train_pair": ["e1"]}
    assert dec["tasks"]["e2"] == {"source": str(contaminated), "same_id": ["e2"]}
    assert stats(out)["sources"][0] | {"duplicate_ids": None} == {
        "source": str(contaminated), "tasks": 6, "duplicates": 0, "held_out": 0, "removed": 5, "kept": 1,
        "duplicate_ids": None}


def test_allow_overlap_keeps_everything(contaminated, tmp_path):
    out = tmp_path / "d"
    p = run_script("01_augment.py", "--source", contaminated, "--allow-overlap", "--out-dir", out)
    assert task_ids(out / "01_train.jsonl") == sorted(TRAIN)
    assert "decontamination skipped" in p.stdout and stats(out)["decontamination"] is None


def test_nothing_left_is_a_clear_error(contaminated, tmp_path):
    ev = contaminated / "evaluation"
    p = run_script("01_augment.py", "--train-source", ev, "--eval-source", ev, "--out-dir", tmp_path / "d",
                   check=False)
    assert p.returncode == 2 and "Traceback" not in p.stderr
    assert "no training task left: all 2 overlap the evaluation set (e.g. e1: same_id e1)" in p.stderr
    assert "--eval-source" in p.stderr and not (tmp_path / "d" / "01_train.jsonl").exists()


def test_extra_sources_by_name_and_folder_with_duplicates(tmp_path):
    write_split(tmp_path / "main", {"m1": task(20), "m2": task(21)})
    write_split(tmp_path / "extra", {"m2": task(22), "x1": task(23)})  # m2 again: skipped, the first source wins
    write_split(tmp_path / "ev", {"e1": task(24)})
    out = tmp_path / "d"
    p = run_script("01_augment.py", "--train-source", tmp_path / "main", "--eval-source", tmp_path / "ev",
                   "--extra-train", f"{tmp_path / 'extra'},arc2-eval", "--limit", "5", "--out-dir", out)
    rows = {r["source"]: r for r in stats(out)["sources"]}
    assert rows[str(tmp_path / "extra")] | {"source": 0} == {
        "source": 0, "tasks": 2, "duplicates": 1, "held_out": 0, "removed": 0, "kept": 1, "duplicate_ids": ["m2"]}
    assert rows["arc2-eval"]["tasks"] == 5 and rows["arc2-eval"]["kept"] == 5
    ids = task_ids(out / "01_train.jsonl")
    assert len(ids) == 8 and {"m1", "m2", "x1"} < set(ids)
    m2 = [json.loads(line) for line in open(out / "01_train.jsonl") if line.startswith('{"id":"m2.identity"')]
    assert m2[0]["train"] == task(21)["train"]
    assert "extra 2 tasks -> 1 kept, 1 duplicates" in p.stdout and "arc2-eval 5 tasks -> 5 kept" in p.stdout


def test_unknown_source_name_lists_the_names(tmp_path):
    p = run_script("01_augment.py", "--extra-train", "arc3-train", "--out-dir", tmp_path, check=False)
    assert p.returncode == 2 and "arc3-train: task source not found" in p.stderr and "arc2-eval" in p.stderr
    p = run_script("01_augment.py", "--extra-train", "arc1-train", "--out-dir", tmp_path, check=False)
    assert p.returncode == 2 and "arc1-train: given twice as a training source" in p.stderr
    p = run_script("01_augment.py", "--help", "--out-dir", tmp_path)
    assert all(name in p.stdout for name in NAMED_SOURCES)


def test_valid_holds_out_n_seeded(tmp_path):
    main = {f"t{i:02d}": task(30 + i) for i in range(12)}
    write_split(tmp_path / "main", main)
    # an extra task copying t05's first pair: removed exactly when t05 is held out
    write_split(tmp_path / "extra", {"copy5": {"train": [view_pair(main["t05"]["train"][0], "rot270")],
                                               "test": task(50)["test"]}})
    write_split(tmp_path / "ev", {"e1": task(60)})
    runs = {}
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        out = tmp_path / name
        p = run_script("01_augment.py", "--train-source", tmp_path / "main", "--eval-source", tmp_path / "ev",
                       "--extra-train", tmp_path / "extra", "--valid", 4, "--valid-seed", seed, "--out-dir", out)
        held = stats(out)["held_out"]
        assert held["n"] == 4 and held["seed"] == seed and stats(out)["run"] == "validation"
        assert task_ids(out / "01_eval.jsonl") == held["ids"] and set(held["ids"]) < set(main)
        train = task_ids(out / "01_train.jsonl")
        assert not set(train) & set(held["ids"])
        assert ("copy5" in train) == ("t05" not in held["ids"])
        assert "VALIDATION run" in p.stdout and "4 held-out training tasks as the evaluation set" in p.stdout
        ev = [json.loads(line) for line in open(out / "01_eval.jsonl")]
        assert [r["view"] for r in ev[:2]] == ["identity", "transpose"]
        assert ev[0]["test"] == main[ev[0]["task_id"]]["test"]  # with its output
        runs[name] = held["ids"]
    assert runs["a"] == runs["b"] != runs["c"]
    assert runs["a"] == hold_out(list(main), 4, 3)
    p = run_script("01_augment.py", "--train-source", tmp_path / "main", "--eval-source", tmp_path / "ev",
                   "--valid", 12, "--out-dir", tmp_path / "x", check=False)
    assert p.returncode == 2 and "--valid 12: must be between 1 and 11" in p.stderr


def test_merge_first_source_wins():
    tasks, origin, dups = merge([("a", {"x": 1, "y": 2}), ("b", {"y": 3, "z": 4})])
    assert tasks == {"x": 1, "y": 2, "z": 4} and origin == {"x": "a", "y": "a", "z": "b"}
    assert dups == {"a": [], "b": ["y"]}


def all_views_pairs(tasks):
    """Every pair of every task in every view, as tuples: computed apart from arcft.sources' keys."""
    def t(g):
        return tuple(map(tuple, g))
    return {(t(apply_view(p["input"], v)), t(apply_view(p["output"], v)))
            for task in tasks for s in ("train", "test") for p in task[s] for v in VIEWS}


def test_real_data_arc2_train_decontaminated_against_arc1_eval(tmp_path):
    from arcft.io import load_split
    p = run_script("01_augment.py", "--extra-train", "arc2-train", "--out-dir", tmp_path)
    print(p.stdout)
    rows = {r["source"]: r for r in stats(tmp_path)["sources"]}
    # measured: 376 ARC-AGI-2 training tasks are ARC-AGI-1 evaluation tasks, 391 more repeat ARC-AGI-1 training
    # ids; ARC-AGI-1 training task 40853293 is evaluation task 070dd51e
    assert rows["arc2-train"] | {"duplicate_ids": None} == {
        "source": "arc2-train", "tasks": 1000, "duplicates": 391, "held_out": 0, "removed": 376, "kept": 233,
        "duplicate_ids": None}
    assert rows["arc1-train"]["removed"] == 1 and rows["arc1-train"]["kept"] == 399
    dec = stats(tmp_path)["decontamination"]
    assert dec["by_reason"] == {"same_id": 376, "eval_test_pair": 369, "eval_train_pair": 377,
                                "eval_test_input": 375, "generated_from": 0}
    evals = load_split(None, "eval")
    forbidden = all_views_pairs(evals.values())
    test_inputs = {tuple(map(tuple, apply_view(t["input"], v)))
                   for task in evals.values() for t in task["test"] for v in VIEWS}
    n = 0
    for line in open(tmp_path / "01_train.jsonl"):
        r = json.loads(line)
        if r["view"] == "identity":
            n += 1
            assert r["task_id"] not in evals
            pairs = r["train"] + r["test"]
            assert not any((tuple(map(tuple, q["input"])), tuple(map(tuple, q["output"]))) in forbidden
                           for q in pairs), r["task_id"]
            assert not any(tuple(map(tuple, q["input"])) in test_inputs for q in pairs), r["task_id"]
    assert n == 399 + 233
