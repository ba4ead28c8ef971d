"""The scoring rule: the one place that picks the two attempts, scores them and names the errors.

Attempt 1 comes from the `identity` view's prediction, attempt 2 from the `transpose` view's (the seed's rule);
when one is missing or unparsable the other takes its place (then any other view's prediction, in view order).
A test output counts as solved when either attempt equals it exactly; a task scores the fraction of its test
outputs solved; the total is the sum over tasks (Kaggle's rule).

Every unsolved test output gets one category, checked in this order:
  no_prediction         neither attempt parsed into a grid
  repeats_train_output  an attempt is a copy of one of the task's train outputs (the seed's main failure)
  near_miss             an attempt has the right shape and at most NEAR_MISS_FRACTION of its cells wrong
  misunderstanding      everything else
"""
from __future__ import annotations

from .grids import VIEWS

NEAR_MISS_FRACTION = 0.10
CATEGORIES = ("no_prediction", "repeats_train_output", "near_miss", "misunderstanding")
EMPTY_GRID = [[0]]  # Kaggle's filler for an attempt we have nothing for: the format needs a grid


def pick_attempts(by_view: dict[str, list | None]) -> tuple[list | None, list | None]:
    """(attempt_1, attempt_2) from {view: grid-or-None} of one test input."""
    order = ["identity", "transpose"] + [v for v in VIEWS if v not in ("identity", "transpose")]

    def first(start):
        seq = [start] + [v for v in order if v != start]
        return next((by_view[v] for v in seq if by_view.get(v) is not None), None)
    return first("identity"), first("transpose")


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


def score_task(task_id: str, task: dict, preds: dict[int, dict[str, list | None]]) -> dict:
    """One task's result. `task` is in the original orientation; `preds[test_index][view]` is a grid (already
    mapped back to the original orientation) or None."""
    train_outputs = [p["output"] for p in task["train"]]
    tests = []
    for i, test in enumerate(task["test"]):
        by_view = preds.get(i, {})
        a1, a2 = pick_attempts(by_view)
        truth = test.get("output")
        r = {"test_index": i, "attempt_1": a1, "attempt_2": a2,
             "valid": a1 is not None or a2 is not None}
        if truth is not None:
            r["attempt_1_correct"] = a1 == truth
            r["attempt_2_correct"] = a2 == truth
            r["identity_correct"] = by_view.get("identity") == truth
            r["transpose_correct"] = by_view.get("transpose") == truth
            r["correct"] = r["attempt_1_correct"] or r["attempt_2_correct"]
            r["category"] = "solved" if r["correct"] else categorise([a1, a2], truth, train_outputs)
            r["cells_wrong"] = [cells_wrong(a, truth) for a in (a1, a2)]
        tests.append(r)
    out = {"task_id": task_id, "n_tests": len(tests), "tests": tests}
    if all("correct" in t for t in tests):
        n = len(tests)
        out["score"] = sum(t["correct"] for t in tests) / n
        out["score_first"] = sum(t["identity_correct"] for t in tests) / n
        out["score_transposed"] = sum(t["transpose_correct"] for t in tests) / n
    return out


def summarise(results: list[dict]) -> dict:
    """The seed's table over all tasks, plus error-category counts (over test outputs)."""
    scored = [r for r in results if "score" in r]
    table = {
        "problems": len(results),
        "test_outputs": sum(r["n_tests"] for r in results),
        "problems_with_valid_prediction": sum(any(t["valid"] for t in r["tests"]) for r in results),
        "scored": bool(results) and len(scored) == len(results),
    }
    if table["scored"]:
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


def submission(results: list[dict]) -> dict:
    """Kaggle's format: {task_id: [{"attempt_1": grid, "attempt_2": grid}, ...]}, one entry per test input."""
    return {r["task_id"]: [{"attempt_1": t["attempt_1"] or EMPTY_GRID, "attempt_2": t["attempt_2"] or EMPTY_GRID}
                           for t in r["tests"]] for r in results}
