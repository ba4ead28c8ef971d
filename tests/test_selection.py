"""05's selection rules (arcft/scoring.py): the seed's rule, majority voting, the oracle, and 05_score.py --select."""
import json
import math
import time

import pytest

from arcft.grids import grid_problem
from arcft.io import UserError, write_jsonl
from arcft.scoring import (_grid_ok, candidate, oracle, read_candidates, score_all, score_task, select_seed,
                           select_vote, submission)
from conftest import run_script

A, B, C, D = [[1]], [[2]], [[3, 3]], [[4], [4]]
PERM = [0, 2, 1, 3, 4, 5, 6, 7, 8, 9]


def rec(grid, view="identity", colours=None, sample=0, logprob=None, task_id="t", test_index=0, **extra):
    """A 04 record as 04_predict.py now writes it."""
    return {"id": f"{task_id}.{view}.{test_index}", "task_id": task_id, "test_index": test_index, "view": view,
            "colours": colours, "sample": sample, "greedy": False, "grid": grid, "error": None, "text": "",
            "n_tokens": 1, "logprob": logprob, "time_s": 0.0, **extra}


def old(grid, view="identity", task_id="t", test_index=0):
    """A 04 record as written before augmented inference: no colours, sample, greedy, logprob."""
    return {"id": f"{task_id}.{view}.{test_index}", "task_id": task_id, "test_index": test_index, "view": view,
            "grid": grid, "error": None, "text": "", "n_tokens": 1, "time_s": 0.0}


def cands(*records):
    return [candidate(r) for r in records]


# ---------------------------------------------------------------- vote

def test_vote_plain_majority():
    a1, a2, notes = select_vote(cands(rec(C), rec(B), rec(A), rec(B), rec(A), rec(A)))
    assert (a1, a2) == (A, B)
    assert notes == {"votes": [3, 2], "distinct_grids": 3}


def test_vote_tie_broken_by_summed_logprob():
    # A is seen first, but B's two votes sum to -1.5 against A's -2
    a1, a2, _ = select_vote(cands(rec(A, logprob=-1.0), rec(B, logprob=-0.5), rec(A, logprob=-1.0),
                                  rec(B, logprob=-1.0)))
    assert (a1, a2) == (B, A)
    # summed over the records that have one: A's -1 beats B's -3.1 although one of A's records has none
    a1, a2, _ = select_vote(cands(rec(B, logprob=-3.0), rec(A, logprob=-1.0), rec(A), rec(B, logprob=-0.1)))
    assert (a1, a2) == (A, B)
    # a grid none of whose records has a log-probability ranks below one with any, however low
    a1, a2, _ = select_vote(cands(rec(C), rec(C), rec(D, logprob=-100.0), rec(D, logprob=-100.0)))
    assert (a1, a2) == (D, C)
    # votes first: more votes beat a higher log-probability
    a1, a2, _ = select_vote(cands(rec(A, logprob=-9.0), rec(A, logprob=-9.0), rec(B, logprob=-0.1)))
    assert (a1, a2) == (A, B)


def test_vote_tie_without_logprobs_goes_to_first_seen():
    assert select_vote(cands(rec(A), rec(B), rec(B), rec(A)))[:2] == (A, B)
    assert select_vote(cands(rec(B), rec(A), rec(A), rec(B)))[:2] == (B, A)
    # equal summed log-probabilities: first seen as well
    assert select_vote(cands(rec(C, logprob=-1.0), rec(A, logprob=-1.0)))[:2] == (C, A)


def test_vote_records_without_grid_do_not_vote():
    a1, a2, notes = select_vote(cands(rec(None), rec(B), rec(None), rec(None), rec(A), rec(A), rec(None)))
    assert (a1, a2) == (A, B) and notes["votes"] == [2, 1] and notes["distinct_grids"] == 2
    assert select_vote(cands(rec(None), rec(None))) == (None, None, {"votes": [0, 0], "distinct_grids": 0})


def test_vote_single_distinct_grid_has_no_second_attempt():
    a1, a2, notes = select_vote(cands(rec(A, "identity"), rec(A, "transpose"), rec(None, "rot90")))
    assert (a1, a2) == (A, None) and notes["votes"] == [2, 0]
    task = {"train": [{"input": [[0]], "output": [[5]]}], "test": [{"input": [[0]], "output": [[7]]}]}
    r = score_task("t", task, {0: cands(rec(A, "identity"), rec(A, "transpose"))}, "vote")
    assert r["tests"][0]["attempt_2"] is None and r["tests"][0]["valid"]
    assert submission([r]) == {"t": [{"attempt_1": A, "attempt_2": [[0]]}]}  # Kaggle's filler


# ---------------------------------------------------------------- seed

def test_seed_ignores_colour_permuted_and_later_samples():
    records = [rec(C, "identity", colours=PERM), rec(C, "identity", sample=1), rec(C, "transpose", sample=2),
               rec(A, "identity"), rec(B, "transpose"), rec(C, "transpose", colours=PERM)]
    assert select_seed(cands(*records)) == (A, B, {})
    assert select_vote(cands(*records))[:2] == (C, A)  # the same candidates vote otherwise
    # identity missing from the seed's records: both attempts fall back to transpose, never to a sample
    records = [rec(C, "identity", sample=1), rec(None, "identity"), rec(B, "transpose")]
    assert select_seed(cands(*records))[:2] == (B, B)


def test_seed_reads_old_records():
    c = cands(old(A, "identity"), old(None, "transpose"), old(B, "rot90"))
    assert c[0] == {"view": "identity", "colours": None, "sample": 0, "greedy": False, "grid": A, "logprob": None}
    assert select_seed(c)[:2] == (A, A)
    assert select_seed(cands(old(None, "identity"), old(None, "transpose"), old(B, "rot90")))[:2] == (B, B)
    assert select_vote(c)[:2] == (A, B)


# ---------------------------------------------------------------- oracle

def test_oracle_counts_what_neither_attempt_has():
    task = {"train": [{"input": [[0]], "output": [[5]]}],
            "test": [{"input": [[0]], "output": [[7]]}, {"input": [[1]], "output": A}]}
    preds = {0: cands(rec(A), rec(A), rec(A), rec(B), rec(B), rec([[7]], sample=1)),  # right once, outvoted
             1: cands(rec(A, "identity"), rec(B, "transpose"))}
    for rule in ("seed", "vote"):
        r = score_task("t", task, preds, rule)
        t0 = r["tests"][0]
        assert t0["oracle_correct"] and not t0["correct"] and t0["n_candidates"] == 6
        assert r["tests"][1]["oracle_correct"] and r["tests"][1]["correct"]
        assert r["score"] == 0.5 and r["score_oracle"] == 1.0
    other = score_task("u", task, {0: cands(rec(B))}, "vote")  # test 1 has no candidates at all
    assert oracle([r, other]) == {"solved": 1.0, "score": 0.5}
    assert oracle([{"task_id": "x", "n_tests": 1, "tests": []}]) == {"solved": None, "score": None}


# ---------------------------------------------------------------- checks and speed

@pytest.mark.parametrize("g", [
    [[1]], [[0] * 30] * 30, [[1, 2], [3, 4]], [[0] * 30] * 31, [[0] * 31], [], [[]], [[1], [1, 2]], [[True]],
    [[1.0]], [[-1]], [[10]], [1, 2], "ab", [[1], "ab"], [["1"]], [[1, 2], [3, None]], None, [[1, 2], [3, True]]])
def test_fast_grid_check_agrees_with_grid_problem(g):
    assert _grid_ok(g) == (grid_problem(g) is None)


TASKS = {"bbb": {"train": [{"input": [[5]], "output": [[5, 5]]}],
                 "test": [{"input": [[6]], "output": [[6, 6]]}, {"input": [[7]], "output": [[7, 7]]}]}}


@pytest.mark.parametrize("change, message", [
    ({"colours": [0, 1, 2, 3, 4, 5, 6, 7, 8, 8]}, "field colours is [0, 1, 2, 3, 4, 5, 6, 7, 8, 8] (must be null or "
                                                  "a permutation of the colours 0-9)"),
    ({"colours": list(range(9))}, "field colours is [0, 1, 2, 3, 4, 5, 6, 7, 8] (must be"),
    ({"colours": [0, True, 2, 3, 4, 5, 6, 7, 8, 9]}, "field colours is [0, True,"),
    ({"colours": "0123456789"}, "field colours is '0123456789'"),
    ({"sample": 1.5}, "field sample is 1.5 (must be an int, 0 or more)"),
    ({"sample": True}, "field sample is True"),
    ({"sample": -1}, "field sample is -1"),
    ({"greedy": 1}, "field greedy is 1 (must be true or false)"),
    ({"logprob": "x"}, "field logprob is 'x' (must be a finite number or null)"),
    ({"logprob": math.nan}, "field logprob is nan"),
    ({"view": "flip"}, "field view is 'flip' (must be one of identity, rot90"),
    ({"grid": [[1, 2], [3]]}, "field grid is not rectangular (row 0 has 2 cells, row 1 has 1)"),
    ({"grid": [[10]]}, "field grid cell [0][0] is 10 (must be an int 0-9)"),
    ({"grid": [[1.0]]}, "field grid cell [0][0] is 1.0"),
    ({"grid": "66"}, "field grid must be a non-empty list of rows"),
    ({"test_index": True}, "field test_index is True (the task has 2 test inputs)"),
    ({"test_index": 2}, "field test_index is 2 (the task has 2 test inputs)"),
])
def test_bad_record_names_file_task_and_field(tmp_path, change, message):
    path = tmp_path / "04_predictions.jsonl"
    write_jsonl(path, [rec([[6, 6]], task_id="bbb"), {**rec([[6, 6]], task_id="bbb"), **change}])
    with pytest.raises(UserError) as e:
        read_candidates(path, TASKS, "01_eval.jsonl")
    assert str(e.value).startswith(f"{path}: task bbb: {message}")
    assert str(e.value).endswith("(record 2)") and "\n" not in str(e.value)


def test_unknown_task_and_old_records_read(tmp_path):
    path = tmp_path / "04_predictions.jsonl"
    write_jsonl(path, [old([[6, 6]], task_id="bbb"), old(None, "transpose", task_id="bbb", test_index=1)])
    c = read_candidates(path, TASKS, "01_eval.jsonl")
    assert [x["grid"] for x in c["bbb"][0]] == [[[6, 6]]] and c["bbb"][1][0]["sample"] == 0
    write_jsonl(path, [old([[6, 6]], task_id="zzz")])
    with pytest.raises(UserError, match=r"task zzz: not in 01_eval.jsonl \(record 1\)"):
        read_candidates(path, TASKS, "01_eval.jsonl")


def test_400_tasks_of_48_candidates_score_fast():
    grids = [[[(i * j + k) % 10 for j in range(20)] for i in range(20)] for k in range(6)]
    task = {"train": [{"input": grids[0], "output": grids[1]}], "test": [{"input": grids[0], "output": grids[2]}]}
    tasks = {f"t{n:03d}": task for n in range(400)}
    views = ["identity", "transpose", "rot90", "rot180", "rot270", "transpose_rot90", "transpose_rot180",
             "transpose_rot270"]
    one = cands(*[rec(grids[(v + s + c) % 6], views[v], colours=PERM if c else None, sample=s, logprob=-1.0 * s)
                  for v in range(8) for c in range(2) for s in range(3)])
    assert len(one) == 48
    t = time.perf_counter()
    results, scores = score_all(tasks, {tid: {0: list(one)} for tid in tasks}, "vote")
    assert time.perf_counter() - t < 3.0
    assert scores["candidates"] == {"records": 19200, "with_grid": 19200, "per_test_input": 48.0,
                                   "tasks_without_records": 0, "test_inputs_without_records": 0}
    assert scores["rules"]["oracle"]["score"] == 1.0


# ---------------------------------------------------------------- 05_score.py end to end

TRAIN = [{"input": [[5]], "output": [[5, 5]]}]
EVAL = {"bbb": {"train": TRAIN, "test": [{"input": [[6]], "output": [[6, 6]]}, {"input": [[7]], "output": [[7, 7]]}]},
        "ccc": {"train": [{"input": [[1, 0], [0, 0]], "output": [[0, 1], [0, 0]]}],
                "test": [{"input": [[6, 0], [0, 0]], "output": [[0, 6], [0, 0]]}]},
        "ddd": {"train": [{"input": [[1]], "output": [[2]]}], "test": [{"input": [[3]], "output": [[4]]}]}}
NEAR = [[0, 6], [0, 1]]
PREDS = [
    # bbb test 0: the seed's two views are wrong; three colour-permuted/sampled records agree on the truth
    rec([[1, 1]], "identity", logprob=-5.0, task_id="bbb"), rec([[2, 2]], "transpose", logprob=-1.0, task_id="bbb"),
    *[rec([[6, 6]], "rot90", colours=PERM, sample=s, logprob=-2.0, task_id="bbb") for s in range(3)],
    # bbb test 1: the seed's views are right, the majority copies the train output: only the oracle keeps it
    rec([[7, 7]], "identity", task_id="bbb", test_index=1), rec([[7, 7]], "transpose", task_id="bbb", test_index=1),
    *[rec([[5, 5]], "rot180", sample=s, task_id="bbb", test_index=1) for s in range(1, 5)],
    *[rec([[3, 3]], "rot270", sample=s, task_id="bbb", test_index=1) for s in range(1, 4)],
    # ccc: old records (no new fields) for the seed, two later samples with the truth for the vote
    old(NEAR, "identity", task_id="ccc"), old(None, "transpose", task_id="ccc"),
    rec([[0, 6], [0, 0]], "identity", sample=1, task_id="ccc"), rec([[0, 6], [0, 0]], "identity", sample=2,
                                                                    task_id="ccc"),
    # ddd: one distinct grid, wrong
    rec([[9]], "identity", logprob=-0.5, task_id="ddd"), rec([[9]], "transpose", logprob=-0.5, task_id="ddd"),
]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    d = tmp_path_factory.mktemp("sel")
    write_jsonl(d / "01_eval.jsonl", [{"id": f"{tid}.identity", "task_id": tid, "view": "identity", **t}
                                      for tid, t in EVAL.items()])
    write_jsonl(d / "04_predictions.jsonl", PREDS)
    return d


def score(d, *extra, check=True):
    return run_script("05_score.py", "--eval", d / "01_eval.jsonl", "--predictions", d / "04_predictions.jsonl",
                      "--out-dir", d / "out", *extra, check=check)


def row(stdout, name):
    return next(line.split() for line in stdout.splitlines() if line.split()[:1] == [name])


@pytest.mark.parametrize("select", ["seed", "vote"])
def test_score_script_prints_every_rule_and_writes_the_chosen(inputs, select):
    p = score(inputs, *(["--select", select] if select != "seed" else []))  # seed: the default
    mark = {"seed": ["*"] if select == "seed" else [], "vote": ["*"] if select == "vote" else []}
    assert row(p.stdout, "seed") == ["seed", *mark["seed"], "3", "3", "0.5", "0.5", "0.5", "16.67%"]
    assert row(p.stdout, "vote") == ["vote", *mark["vote"], "3", "3", "1.5", "1.5", "0", "50.00%"]
    assert row(p.stdout, "oracle") == ["oracle", "3", "-", "2", "-", "-", "66.67%"]
    assert f"* chosen (--select {select})" in p.stdout
    assert "vote: first = attempt 1 (most votes), second = attempt 2 (runner-up)" in p.stdout
    assert "candidates: 20 record(s) (19 with a grid), 5 per test input" in p.stdout

    out = inputs / "out"
    scores = json.load(open(out / "05_scores.json"))
    assert scores["select"] == select
    assert set(scores["rules"]) == {"seed", "vote", "oracle"}
    assert scores["rules"]["oracle"] == {"solved": 2.0, "score": pytest.approx(2 / 3)}
    assert scores["candidates"] == {"records": 20, "with_grid": 19, "per_test_input": 5.0, "tasks_without_records": 0,
                                   "test_inputs_without_records": 0}
    seed, vote = scores["rules"]["seed"], scores["rules"]["vote"]
    assert (seed["solved_by_any_guess"], seed["solved_by_first_guess"], seed["solved_by_transposed_guess"]) == \
        (0.5, 0.5, 0.5)
    assert (vote["solved_by_any_guess"], vote["solved_by_first_guess"], vote["solved_by_transposed_guess"]) == \
        (1.5, 1.5, 0)
    assert seed["categories"] == {"solved": 1, "no_prediction": 0, "repeats_train_output": 0, "near_miss": 0,
                                  "misunderstanding": 3}
    assert vote["categories"] == {"solved": 2, "no_prediction": 0, "repeats_train_output": 1, "near_miss": 0,
                                  "misunderstanding": 1}
    chosen = scores["rules"][select]
    assert {k: scores[k] for k in chosen} == chosen  # the chosen rule's table, at the top level as before
    assert scores["problems_with_valid_prediction"] == 3 and scores["test_outputs"] == 4

    sub = json.load(open(out / "05_submission.json"))
    res = {r["task_id"]: r for r in map(json.loads, open(out / "05_results.jsonl"))}
    assert all(r["select"] == select for r in res.values())
    assert [t["n_candidates"] for t in res["bbb"]["tests"]] == [5, 9]
    assert [t["oracle_correct"] for t in res["bbb"]["tests"]] == [True, True]
    if select == "seed":
        assert sub == {"bbb": [{"attempt_1": [[1, 1]], "attempt_2": [[2, 2]]},
                               {"attempt_1": [[7, 7]], "attempt_2": [[7, 7]]}],
                       "ccc": [{"attempt_1": NEAR, "attempt_2": NEAR}],
                       "ddd": [{"attempt_1": [[9]], "attempt_2": [[9]]}]}
        assert "votes" not in res["bbb"]["tests"][0]
    else:
        assert sub == {"bbb": [{"attempt_1": [[6, 6]], "attempt_2": [[2, 2]]},  # [[2, 2]]: -1 beats -5
                               {"attempt_1": [[5, 5]], "attempt_2": [[3, 3]]}],
                       "ccc": [{"attempt_1": [[0, 6], [0, 0]], "attempt_2": NEAR}],
                       "ddd": [{"attempt_1": [[9]], "attempt_2": [[0]]}]}
        assert [t["votes"] for t in res["bbb"]["tests"]] == [[3, 1], [4, 3]]
        assert res["bbb"]["tests"][1]["category"] == "repeats_train_output"


def test_score_script_bad_record_and_unknown_rule(inputs, tmp_path):
    write_jsonl(tmp_path / "04_predictions.jsonl", PREDS[:3] + [rec([[6, 6]], colours=[1] * 10, task_id="bbb")])
    p = run_script("05_score.py", "--eval", inputs / "01_eval.jsonl",
                   "--predictions", tmp_path / "04_predictions.jsonl", "--out-dir", tmp_path, check=False)
    assert p.returncode == 2 and "Traceback" not in p.stderr and len(p.stderr.strip().splitlines()) == 1
    assert f"{tmp_path / '04_predictions.jsonl'}: task bbb: field colours is [1, 1, 1," in p.stderr
    assert not (tmp_path / "05_scores.json").exists()
    p = score(inputs, "--select", "score", "--scores", tmp_path / "none.jsonl", check=False)
    assert p.returncode == 2 and "none.jsonl: file not found: --select score needs 04_predict.py" in p.stderr
    p = score(inputs, "--select", "poll", check=False)
    assert p.returncode == 2 and "invalid choice: 'poll'" in p.stderr


def test_score_rule_ranks_by_log_probability_summed_over_views(tmp_path):
    """Product of experts: the candidate most likely over all views wins, whatever the votes; a candidate scored in
    fewer views is compared per view; a test input with nothing scored falls back to the vote."""
    from arcft.poe import read_scores
    from arcft.scoring import select_score
    rows = []
    for view, (a, b, c) in zip(("identity", "transpose", "rot90"), ((-1.0, -0.5, -9.0), (-1.0, -3.0, -9.0),
                                                                      (-1.0, -3.0, -9.0))):
        rows += [{"task_id": "t", "test_index": 0, "candidate": 0, "votes": 5, "grid": [[1]], "view": view,
                  "logprob": b},  # the vote winner: -6.5 over the views
                 {"task_id": "t", "test_index": 0, "candidate": 1, "votes": 2, "grid": [[2]], "view": view,
                  "logprob": a},  # likely in every view: -3.0
                 {"task_id": "t", "test_index": 0, "candidate": 2, "votes": 1, "grid": [[3]], "view": view,
                  "logprob": c}]
    rows.append({"task_id": "t", "test_index": 1, "candidate": 0, "votes": 1, "grid": [[4]], "view": "identity",
                 "logprob": -2.0})  # one view only: -2.0 per view
    rows.append({"task_id": "t", "test_index": 1, "candidate": 1, "votes": 1, "grid": [[5]], "view": "identity",
                 "logprob": -1.0})
    rows.append({"task_id": "t", "test_index": 1, "candidate": 1, "votes": 1, "grid": [[5]], "view": "transpose",
                 "logprob": -5.0})  # -3.0 per view: worse than [[4]]
    write_jsonl(tmp_path / "s.jsonl", rows)
    scored = read_scores(tmp_path / "s.jsonl")
    assert [g["logprob"] for g in scored[("t", 0)]] == [-6.5, -3.0, -27.0]
    a1, a2, notes = select_score([], scored[("t", 0)])
    assert (a1, a2) == ([[2]], [[1]]) and notes == {"scored": 3, "logprobs": [-3.0, -6.5]}
    assert select_score([], scored[("t", 1)])[:2] == ([[4]], [[5]])
    cands = [{"view": "identity", "colours": None, "sample": 0, "greedy": False, "grid": g, "logprob": None}
             for g in ([[7]], [[7]], [[8]])]
    a1, a2, notes = select_score(cands, None)
    assert (a1, a2) == ([[7]], [[8]]) and notes["scored"] == 0


def test_plot_labels_follow_the_rule():
    from arcft.plots import _attempt_title, summary_figure

    def labels(scores):
        cells = summary_figure(scores).axes[0].tables[0].get_celld()
        return {c.get_text().get_text() for c in cells.values()}
    table = {"problems": 1, "scored": True, "solved_by_first_guess": 1, "solved_by_transposed_guess": 0,
             "score": 1.0, "categories": {"solved": 1}}
    assert "solved by attempt 1 (most votes)" in labels({**table, "select": "vote"})
    assert "solved by first guess (identity)" in labels({**table, "select": "seed"})
    assert "solved by transposed guess" in labels(table)  # 05_scores.json written before --select
    voted = {"attempt_1": A, "attempt_2": B, "attempt_1_correct": True, "attempt_2_correct": False,
             "votes": [3, 1], "cells_wrong": [0, 1]}
    assert _attempt_title(voted, 1, [])[0].startswith("attempt 1 (3 votes) ")
    assert _attempt_title(voted, 2, [])[0].startswith("attempt 2 (1 vote) ")
    seed = {**voted, "identity_correct": True}
    del seed["votes"]
    assert _attempt_title(seed, 1, [])[0].startswith("attempt 1 (identity) ")
