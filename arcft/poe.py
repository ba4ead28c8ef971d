"""Product-of-experts scoring of candidates (04_predict.py --score-candidates; 05_score.py --select score).

For each test input, the leading candidates of 04's predictions (`top` distinct grids, ranked by the vote rule of
arcft/scoring.py) are scored under every view the prompts file holds: the candidate is turned into that view, and
its tokens (the grid and `end`) are teacher-forced after that view's prompt. Each (candidate, view) gives one
record of 04_scores.jsonl; 05's `score` rule ranks a test input's candidates by their log-probability summed over
the views (as the ARChitects and the Product-of-Experts paper do: a right answer stays likely however the task is
turned, a wrong one rarely does).
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import Callable

from .grids import apply_view, grid_problem
from .io import UserError, iter_jsonl
from .scoring import _field, _grid_ok, candidate, grid_key, vote_ranking


def _count(v) -> bool:
    return type(v) is int and v >= 0


def _line(path: Path, n: int) -> int:
    """The line number of the n-th record of a JSONL file (iter_jsonl's records are its non-blank lines)."""
    with open(path, "rb") as f:
        return [i for i, text in enumerate(f, 1) if text.strip()][n - 1]


def _checked(path, required: tuple[str, ...], check: Callable[[dict], object]):
    """(record, check(record)) for each record of a JSONL file. A record without the `required` fields, a string
    task_id and an int test_index (0 or more), or one `check` raises ValueError for, is a one-line UserError
    `FILE:LINE: task T: what is wrong`."""
    path = Path(path)
    for n, r in enumerate(iter_jsonl(path), 1):
        try:
            missing = [k for k in required if k not in r]
            if missing:
                raise ValueError(f"missing field {', '.join(missing)}")
            if not isinstance(r["task_id"], str):
                raise _field("task_id", r["task_id"], "a string")
            if not _count(r["test_index"]):
                raise _field("test_index", r["test_index"], "an int, 0 or more")
            out = check(r)
        except ValueError as e:
            tid = r.get("task_id")
            raise UserError(f"{path}:{_line(path, n)}: " + (f"task {tid:.80}: " if isinstance(tid, str) else "")
                            + str(e)) from None
        yield r, out


def read_leading(path, top: int) -> dict[tuple[str, int], list[dict]]:
    """{(task_id, test_index): the `top` best distinct grids by vote, [{grid, votes}]} from 04's predictions file,
    every record checked as 05 checks it (arcft.scoring.candidate): a bad one is a one-line UserError naming the
    file, line, task and field."""
    cands: dict[tuple[str, int], list[dict]] = {}
    for r, c in _checked(path, ("task_id", "test_index", "view", "grid"), candidate):
        cands.setdefault((r["task_id"], r["test_index"]), []).append(c)
    return {k: [{"grid": g["grid"], "votes": g["votes"]} for g in vote_ranking(cs)[:top]] for k, cs in cands.items()}


def score_jobs(leading: dict, prompts: list[dict], fmt, max_len: int) -> tuple[list[dict], int]:
    """(one job per (candidate, view) with a prompt: its record without the log-probability, plus the token ids
    and labels to score; the number of pairs left out because the text would pass `max_len`). `prompts`: 02's
    eval records (colours as they are), one per (task, test_index, view)."""
    jobs, too_long = [], 0
    for p in prompts:
        for k, c in enumerate(leading.get((p["task_id"], p["test_index"]), [])):
            enc = fmt.encode(p["train"], p["test_input"], apply_view(c["grid"], p["view"]))
            if len(enc.ids) > max_len:
                too_long += 1
                continue
            jobs.append({"id": f"{p['task_id']}.{p['test_index']}.k{k}.{p['view']}", "task_id": p["task_id"],
                         "test_index": p["test_index"], "candidate": k, "votes": c["votes"], "view": p["view"],
                         "grid": c["grid"], "ids": enc.ids, "labels": enc.labels("last")})
    return jobs, too_long


def prefix_and_candidate(job: dict) -> tuple[tuple[int, ...], list[int]]:
    """A score job's ids split at its labels: the prompt before them, the candidate's tokens they cover."""
    first = next(i for i, x in enumerate(job["labels"]) if x != -100)
    last = max(i for i, x in enumerate(job["labels"]) if x != -100)
    return tuple(job["ids"][:first]), job["ids"][first:last + 1]


def shared_prefix_logprobs(model, jobs: list[dict], kv_budget_tokens: int) -> list[float]:
    """The jobs' log-probabilities (score_jobs: ids, labels on the candidate's tokens) with each prompt run once:
    jobs with the same tokens before their labels share that prefix (arcft.teacher.score_continuations)."""
    from .teacher import score_continuations
    groups: dict[tuple, list[int]] = {}
    parts = []
    for n, j in enumerate(jobs):
        prefix, cont = prefix_and_candidate(j)
        groups.setdefault(prefix, []).append(n)
        parts.append(cont)
    keys = list(groups)
    scores = score_continuations(model, [(list(p), [parts[n] for n in groups[p]]) for p in keys],
                                 kv_budget_tokens=kv_budget_tokens)
    out = [0.0] * len(jobs)
    for p, lps in zip(keys, scores):
        for n, lp in zip(groups[p], lps):
            out[n] = lp
    return out


def _check_score(r: dict) -> None:
    """ValueError naming the first bad field of a 04_scores.jsonl record (beyond _checked's)."""
    for name in ("candidate", "votes"):
        if not _count(r.get(name, 0)):
            raise _field(name, r[name], "an int, 0 or more")
    if not _grid_ok(r["grid"]):  # the fast test first: a scores file holds (candidates x views) grids
        raise ValueError(f"field grid {grid_problem(r['grid']) or 'is not a grid'}")
    if type(r["logprob"]) not in (int, float) or not r["logprob"] < math.inf:
        raise _field("logprob", r["logprob"], "a log-probability: a number, not NaN or +Infinity")


def read_scores(path) -> dict[tuple[str, int], list[dict]]:
    """{(task_id, test_index): [{grid, logprob (summed over its views), views, votes, candidate}]} from
    04_scores.jsonl, in candidate order. A bad record is a one-line UserError naming the file, line, task and field;
    a log-probability may be -Infinity (a token the model rules out), not NaN or +Infinity."""
    out: dict[tuple[str, int], dict[tuple, dict]] = {}
    for r, _ in _checked(path, ("task_id", "test_index", "candidate", "grid", "logprob"), _check_score):
        by_grid = out.setdefault((r["task_id"], r["test_index"]), {})
        g = by_grid.setdefault(grid_key(r["grid"]), {"grid": r["grid"], "logprob": 0.0, "views": 0,
                                                     "votes": r.get("votes", 0), "candidate": r["candidate"]})
        g["logprob"] += r["logprob"]
        g["views"] += 1
    return {k: sorted(v.values(), key=lambda g: g["candidate"]) for k, v in out.items()}
