"""The scoring rules: the one place that picks the two attempts from 04's candidates, scores them and names the errors.

A candidate is one record of 04_predictions.jsonl for one test input: its `view`, `colours` (the colour
permutation of the prompt, or None), `sample` (0, 1, ...), `greedy`, `grid` (already in the original orientation
and colours, or None when the text did not parse) and `logprob` (the generated tokens' summed log-probability, or
None). Records written before augmented inference lack the last four fields: they count as colours None, sample 0,
greedy false, logprob None.

The selection rules (RULES), each a function from one test input's candidates, in file order, to
(attempt_1, attempt_2, notes), `notes` being extra fields for that test in 05_results.jsonl:
  seed  the seed's rule. Only the candidates with colours None and sample 0 take part (what a default 04 run
        writes): attempt 1 is the `identity` view's grid, attempt 2 the `transpose` view's; when one is missing
        or unparsable the other takes its place, then any other view's grid, in view order.
  vote  every candidate with a grid votes for it. Attempt 1 is the grid with the most votes, attempt 2 the
        runner-up (None when only one distinct grid got votes). Equal votes go to the higher log-probability
        summed over the grid's candidates that have one; a grid none of whose candidates has one ranks below
        every grid with one; then to the grid seen first (file order). Candidates without a grid do not vote.
        notes: `votes` (the two attempts' vote counts, 0 for a missing attempt) and `distinct_grids`.
  score product of experts: the leading candidates by vote, each scored by 04_predict.py --score-candidates under
        every view (arcft/poe.py; 04_scores.jsonl), rank by their log-probability summed over the views (the mean
        per view where candidates have different numbers of views scored); ties go to more votes, then to the
        better vote rank. A test input without scored candidates falls back to `vote`. notes: `scored` (how many
        candidates were) and `logprobs` (the two attempts' summed log-probabilities).
A test output counts as solved when either attempt equals it exactly; a task scores the fraction of its test
outputs solved; the total is the sum over tasks (Kaggle's rule). Only the tasks with solutions are scored: the
table is over them, and counts the others (`problems_without_solutions`). The `oracle` counts a test output solved
when any candidate's grid equals it: what a perfect choice of two attempts would reach.

The table's two single-attempt columns (`solved_by_first_guess`, `solved_by_transposed_guess`) count, for `seed`,
the identity view's and the transposed view's own predictions (as the seed's table did), and for `vote` attempt 1
and attempt 2.

Every unsolved test output gets one category, checked in this order:
  no_prediction         neither attempt parsed into a grid
  repeats_train_output  an attempt is a copy of one of the task's train outputs (the seed's main failure)
  near_miss             an attempt has the right shape and at most NEAR_MISS_FRACTION of its cells wrong
  misunderstanding      everything else
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .grids import MAX_SIDE, VIEWS, check_colours, grid_problem
from .io import UnreadableLine, UserError, listing, read_jsonl

NEAR_MISS_FRACTION = 0.10
CATEGORIES = ("no_prediction", "repeats_train_output", "near_miss", "misunderstanding")
EMPTY_GRID = [[0]]  # Kaggle's filler for an attempt we have nothing for: the format needs a grid


# ---------------------------------------------------------------- candidates: 04's records, checked

def _grid_ok(g) -> bool:
    """A fast exact test of what grid_problem accepts (a non-empty rectangular list of lists of ints 0-9, at most
    30x30): row by row instead of cell by cell, as 05 checks every candidate."""
    if not isinstance(g, list) or not 0 < len(g) <= MAX_SIDE or not isinstance(g[0], list):
        return False
    width = len(g[0])
    return 0 < width <= MAX_SIDE and all(
        isinstance(row, list) and len(row) == width and set(map(type, row)) == {int} and min(row) >= 0
        and max(row) <= 9 for row in g)


def _field(name: str, value, must: str) -> ValueError:
    return ValueError(f"field {name} is {value!r:.80} (must be {must})")


def candidate(r: dict) -> dict:
    """One 04 record as a candidate: {view, colours, sample, greedy, grid, logprob}, the fields older records lack
    filled in. ValueError names the first bad field."""
    c = {"view": r["view"], "colours": r.get("colours"), "sample": r.get("sample", 0),
         "greedy": r.get("greedy", False), "grid": r["grid"], "logprob": r.get("logprob")}
    if c["view"] not in VIEWS:
        raise _field("view", c["view"], "one of " + ", ".join(VIEWS))
    perm = c["colours"]
    if perm is not None:
        try:
            check_colours(perm if isinstance(perm, list) else None)
        except (TypeError, ValueError):
            raise _field("colours", perm, "null or a permutation of the colours 0-9") from None
    if type(c["sample"]) is not int or c["sample"] < 0:
        raise _field("sample", c["sample"], "an int, 0 or more")
    if type(c["greedy"]) is not bool:
        raise _field("greedy", c["greedy"], "true or false")
    lp = c["logprob"]
    if lp is not None and (type(lp) not in (int, float) or not math.isfinite(lp)):
        raise _field("logprob", lp, "a finite number or null")
    if c["grid"] is not None and not _grid_ok(c["grid"]):
        raise ValueError(f"field grid {grid_problem(c['grid']) or 'is not a grid'}")
    return c


def read_candidates(path: Path, tasks: dict[str, dict], tasks_file: str) -> dict[str, dict[int, list[dict]]]:
    """{task_id: {test_index: [candidate, ...]}} from 04's file, in file order. A bad record is a UserError that
    names the file, the task, the field and the record's number; an unreadable line one that says what repairs
    it."""
    out: dict[str, dict[int, list[dict]]] = {tid: {} for tid in tasks}
    try:
        records = read_jsonl(path, required=("task_id", "test_index", "view", "grid"))
    except UnreadableLine as e:
        raise e.repair("04_predict.py with the options that wrote it") from None
    for i, r in enumerate(records, 1):
        tid = r["task_id"]
        if not isinstance(tid, str) or tid not in tasks:
            raise UserError(f"{path}: task {tid}: not in {tasks_file} (record {i})")
        n_tests = len(tasks[tid]["test"])
        if type(r["test_index"]) is not int or not 0 <= r["test_index"] < n_tests:
            raise UserError(f"{path}: task {tid}: field test_index is {r['test_index']!r} "
                            f"(the task has {n_tests} test inputs) (record {i})")
        try:
            out[tid].setdefault(r["test_index"], []).append(candidate(r))
        except ValueError as e:
            raise UserError(f"{path}: task {tid}: {e} (record {i})") from None
    return out


def from_views(by_view: dict[str, list | None]) -> list[dict]:
    """Candidates from {view: grid-or-None}: one per view, as a default 04 run writes them."""
    return [{"view": v, "colours": None, "sample": 0, "greedy": False, "grid": g, "logprob": None}
            for v, g in by_view.items()]


# ---------------------------------------------------------------- the rules

def pick_attempts(by_view: dict[str, list | None]) -> tuple[list | None, list | None]:
    """(attempt_1, attempt_2) from {view: grid-or-None} of one test input."""
    order = ["identity", "transpose"] + [v for v in VIEWS if v not in ("identity", "transpose")]

    def first(start):
        seq = [start] + [v for v in order if v != start]
        return next((by_view[v] for v in seq if by_view.get(v) is not None), None)
    return first("identity"), first("transpose")


def seed_views(cands: list[dict]) -> dict[str, list | None]:
    """{view: grid} of the candidates the seed's rule uses: colours None and sample 0 (the last one per view)."""
    return {c["view"]: c["grid"] for c in cands if c["colours"] is None and c["sample"] == 0}


def select_seed(cands: list[dict], scored=None):
    """The seed's rule (module docstring): identity, then transposed, each falling back to the other views."""
    return (*pick_attempts(seed_views(cands)), {})


def grid_key(grid: list) -> tuple:
    return tuple(map(tuple, grid))


def vote_ranking(cands: list[dict]) -> list[dict]:
    """The distinct grids among the candidates, best first (module docstring): {grid, votes, logprob, first}, where
    `logprob` is summed over the grid's candidates that have one (None when none has) and `first` is the index of
    its first candidate."""
    groups: dict[tuple, dict] = {}
    for i, c in enumerate(cands):
        if c["grid"] is None:
            continue
        g = groups.setdefault(grid_key(c["grid"]), {"grid": c["grid"], "votes": 0, "logprob": None, "first": i})
        g["votes"] += 1
        if c["logprob"] is not None:
            g["logprob"] = (g["logprob"] or 0.0) + c["logprob"]
    return sorted(groups.values(),
                  key=lambda g: (-g["votes"], g["logprob"] is None, -(g["logprob"] or 0.0), g["first"]))


def select_vote(cands: list[dict], scored=None):
    """Majority vote over every candidate's grid (module docstring)."""
    ranked = vote_ranking(cands)
    top = (ranked + [None, None])[:2]
    a1, a2 = (None if g is None else g["grid"] for g in top)
    return a1, a2, {"votes": [0 if g is None else g["votes"] for g in top], "distinct_grids": len(ranked)}


def select_score(cands: list[dict], scored: list[dict] | None = None):
    """Product of experts over the scored candidates (module docstring); `scored`: [{grid, logprob, views, votes,
    candidate}] from arcft.poe.read_scores."""
    if not scored:
        a1, a2, notes = select_vote(cands)
        return a1, a2, {**notes, "scored": 0}
    ranked = sorted(scored, key=lambda g: (-g["logprob"] / g["views"], -g["votes"], g["candidate"]))
    top = (ranked + [None, None])[:2]
    return (*(None if g is None else g["grid"] for g in top),
            {"scored": len(scored), "logprobs": [None if g is None else round(g["logprob"], 4) for g in top]})


@dataclass(frozen=True)
class Rule:
    select: Callable   # (one test input's candidates, its scored candidates or None) -> (attempt_1, attempt_2, notes)
    first: str         # the per-test flag that `solved_by_first_guess` counts
    second: str        # the per-test flag that `solved_by_transposed_guess` counts
    columns: str       # what those two columns mean, for the printout
    needs_scores: bool = False  # only when 04_scores.jsonl is there


RULES = {
    "seed": Rule(select_seed, "identity_correct", "transpose_correct",
                 "first = identity view, second = transposed view"),
    "vote": Rule(select_vote, "attempt_1_correct", "attempt_2_correct",
                 "first = attempt 1 (most votes), second = attempt 2 (runner-up)"),
    "score": Rule(select_score, "attempt_1_correct", "attempt_2_correct",
                  "first = attempt 1 (highest log-probability summed over views), second = attempt 2", True),
}


# ---------------------------------------------------------------- scoring

def cells_wrong(pred, truth) -> int | None:
    """Cells that differ, or None when the shapes differ."""
    if pred is None or len(pred) != len(truth) or len(pred[0]) != len(truth[0]):
        return None
    return sum(a != b for pr, tr in zip(pred, truth) for a, b in zip(pr, tr))


def categorise(attempts: list, truth, train_outputs: list) -> str:
    """The error category of an unsolved test output (see the module docstring)."""
    valid = [a for a in attempts if a is not None]
    if not valid:
        return "no_prediction"
    if any(a == o for a in valid for o in train_outputs):
        return "repeats_train_output"
    n = len(truth) * len(truth[0])
    if any((w := cells_wrong(a, truth)) is not None and w <= NEAR_MISS_FRACTION * n for a in valid):
        return "near_miss"
    return "misunderstanding"


def score_test(i: int, truth, cands: list[dict], rule: str, train_outputs: list, scored=None) -> dict:
    """One test input's result under `rule`: both attempts and, when the truth is known, what is right."""
    a1, a2, notes = RULES[rule].select(cands, scored)
    r = {"test_index": i, "attempt_1": a1, "attempt_2": a2, "valid": a1 is not None or a2 is not None,
         "n_candidates": len(cands), **notes}
    if truth is not None:
        seed = seed_views(cands)
        r["attempt_1_correct"] = a1 == truth
        r["attempt_2_correct"] = a2 == truth
        r["identity_correct"] = seed.get("identity") == truth
        r["transpose_correct"] = seed.get("transpose") == truth
        r["oracle_correct"] = any(c["grid"] == truth for c in cands)
        r["correct"] = r["attempt_1_correct"] or r["attempt_2_correct"]
        r["category"] = "solved" if r["correct"] else categorise([a1, a2], truth, train_outputs)
        r["cells_wrong"] = [cells_wrong(a, truth) for a in (a1, a2)]
    return r


def score_task(task_id: str, task: dict, preds: dict, rule: str = "seed", scored: dict | None = None) -> dict:
    """One task's result under `rule`. `task` is in the original orientation; `preds[test_index]` is the list of
    that test input's candidates, or {view: grid-or-None} (one candidate per view); `scored[test_index]` its
    scored candidates (the `score` rule)."""
    train_outputs = [p["output"] for p in task["train"]]
    tests = []
    for i, test in enumerate(task["test"]):
        cands = preds.get(i, [])
        cands = from_views(cands) if isinstance(cands, dict) else cands
        tests.append(score_test(i, test.get("output"), cands, rule, train_outputs, (scored or {}).get(i)))
    out = {"task_id": task_id, "select": rule, "n_tests": len(tests), "tests": tests}
    if all("correct" in t for t in tests):
        n, rl = len(tests), RULES[rule]
        out["score"] = sum(t["correct"] for t in tests) / n
        out["score_first"] = sum(t[rl.first] for t in tests) / n
        out["score_transposed"] = sum(t[rl.second] for t in tests) / n
        out["score_oracle"] = sum(t["oracle_correct"] for t in tests) / n
    return out


def summarise(results: list[dict]) -> dict:
    """The seed's table over the tasks with solutions (over all tasks when none has: then nothing is scored), with
    error-category counts (over test outputs) and the number of tasks without solutions."""
    scored = [r for r in results if "score" in r]
    over = scored or results
    table = {
        "problems": len(over),
        "test_outputs": sum(r["n_tests"] for r in over),
        "problems_with_valid_prediction": sum(any(t["valid"] for t in r["tests"]) for r in over),
        "scored": bool(scored),
        "problems_without_solutions": len(results) - len(scored),
    }
    if scored:
        total = sum(r["score"] for r in scored)
        table.update({
            "solved_by_any_guess": total,
            "solved_by_first_guess": sum(r["score_first"] for r in scored),
            "solved_by_transposed_guess": sum(r["score_transposed"] for r in scored),
            "score": total / len(scored),
            "categories": {c: sum(t["category"] == c for r in scored for t in r["tests"])
                           for c in ("solved",) + CATEGORIES},
        })
    return table


def oracle(results: list[dict]) -> dict:
    """Solved (summed over the tasks with solutions, as the score is) and score when any candidate may be chosen;
    None when no task has solutions."""
    scored = [r for r in results if "score_oracle" in r]
    if not scored:
        return {"solved": None, "score": None}
    solved = sum(r["score_oracle"] for r in scored)
    return {"solved": solved, "score": solved / len(scored)}


def without_records(cands: dict[str, dict[int, list[dict]]], tasks: dict[str, dict]) -> tuple[list, list]:
    """(the tasks without any candidate in 04's file, the (task_id, test_index) of every test input without one)."""
    inputs = [(tid, i) for tid, task in tasks.items() for i in range(len(task["test"]))]
    return [tid for tid in tasks if not cands.get(tid)], [(t, i) for t, i in inputs if not cands.get(t, {}).get(i)]


def candidate_counts(cands: dict[str, dict[int, list[dict]]], tasks: dict[str, dict]) -> dict:
    """How many candidates there are: records, those with a grid, records per test input on average, and the
    tasks and test inputs without any record."""
    all_c = [c for by_test in cands.values() for cs in by_test.values() for c in cs]
    n_inputs = sum(len(task["test"]) for task in tasks.values())
    no_task, no_input = without_records(cands, tasks)
    return {"records": len(all_c), "with_grid": sum(c["grid"] is not None for c in all_c),
            "per_test_input": round(len(all_c) / max(n_inputs, 1), 2), "tasks_without_records": len(no_task),
            "test_inputs_without_records": len(no_input)}


def missing_records_warning(cands: dict[str, dict[int, list[dict]]], tasks: dict[str, dict]) -> str | None:
    """What to say when tasks or test inputs have no candidate (their attempts will be EMPTY_GRID); None when all
    have."""
    empty, missing = without_records(cands, tasks)
    if not missing:
        return None
    others = [f"{tid} {i}" for tid, i in missing if cands.get(tid)]
    parts = [f"{len(empty)} of {len(tasks)} evaluation tasks have no prediction records ({listing(empty)})"] if empty \
        else []
    if others:
        n = len(others)
        parts.append(f"{n} {'more ' if empty else ''}test input{'s' if n > 1 else ''} {'have' if n > 1 else 'has'} "
                     f"{'none' if empty else 'no prediction records'} ({listing(others)})")
    return (" and ".join(parts) + f": their attempts are {EMPTY_GRID} in the submission (was 04_predict.py cut short, "
            "or run with --limit?)")


def score_all(tasks: dict[str, dict], cands: dict[str, dict[int, list[dict]]], select: str,
              scored: dict | None = None) -> tuple[list, dict]:
    """(results of the chosen rule, 05_scores.json): the chosen rule's table at the top level, every rule's table
    and the oracle under "rules", the candidate counts under "candidates". `scored`: {(task_id, test_index):
    scored candidates} (arcft.poe.read_scores), or None: then the rules that need it are left out."""
    by_task: dict[str, dict[int, list]] = {}
    for (tid, i), s in (scored or {}).items():
        by_task.setdefault(tid, {})[i] = s
    rules = [r for r in RULES if scored is not None or not RULES[r].needs_scores]
    results = {rule: [score_task(tid, task, cands.get(tid, {}), rule, by_task.get(tid)) for tid, task in tasks.items()]
               for rule in rules}
    tables = {rule: summarise(res) for rule, res in results.items()}
    scores = {**tables[select], "near_miss_fraction": NEAR_MISS_FRACTION, "select": select,
              "rules": {**tables, "oracle": oracle(results[select])},
              "candidates": candidate_counts(cands, tasks)}
    return results[select], scores


def table_lines(scores: dict) -> list[str]:
    """The printout: the seed's table once per rule, the chosen one marked, then the oracle and a legend."""
    lines = [f"{'rule':<10} {'problems':>8} {'valid':>6} {'any':>6} {'first':>6} {'second':>6} {'score':>7}"]
    for rule, t in scores["rules"].items():
        name = f"{rule}{' *' if rule == scores['select'] else ''}"
        if rule == "oracle":
            solved, score = (("-", "-") if t["score"] is None else (f"{t['solved']:.4g}", f"{100 * t['score']:.2f}%"))
            lines.append(f"{name:<10} {scores['problems']:>8} {'-':>6} {solved:>6} {'-':>6} {'-':>6} {score:>7}")
        elif t["scored"]:
            lines.append(f"{name:<10} {t['problems']:>8} {t['problems_with_valid_prediction']:>6} "
                         f"{t['solved_by_any_guess']:>6.4g} {t['solved_by_first_guess']:>6.4g} "
                         f"{t['solved_by_transposed_guess']:>6.4g} {100 * t['score']:>6.2f}%")
        else:
            lines.append(f"{name:<10} {t['problems']:>8} {t['problems_with_valid_prediction']:>6} "
                         f"{'-':>6} {'-':>6} {'-':>6} {'-':>7}")
    lines.append(f"* chosen (--select {scores['select']}): the submission holds its attempts")
    lines += [f"  {rule}: {r.columns}" for rule, r in RULES.items() if rule in scores["rules"]]
    lines.append("  oracle: solved when any candidate is right (what a perfect choice of two attempts would reach)")
    return lines


def submission(results: list[dict]) -> dict:
    """Kaggle's format: {task_id: [{"attempt_1": grid, "attempt_2": grid}, ...]}, one entry per test input."""
    return {r["task_id"]: [{"attempt_1": t["attempt_1"] or EMPTY_GRID, "attempt_2": t["attempt_2"] or EMPTY_GRID}
                           for t in r["tests"]] for r in results}
