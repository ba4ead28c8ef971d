"""Product-of-experts scoring of candidates (04_predict.py --score-candidates; 05_score.py --select score).

For each test input, the leading candidates of 04's predictions (`top` distinct grids, ranked by the vote rule of
arcft/scoring.py) are scored under every view the prompts file holds: the candidate is turned into that view, and
its tokens (the grid and `end`) are teacher-forced after that view's prompt. Each (candidate, view) gives one
record of 04_scores.jsonl; 05's `score` rule ranks a test input's candidates by their log-probability summed over
the views (as the ARChitects and the Product-of-Experts paper do: a right answer stays likely however the task is
turned, a wrong one rarely does).
"""
from __future__ import annotations

from .grids import apply_view
from .io import iter_jsonl
from .scoring import candidate, grid_key, vote_ranking


def leading_candidates(predictions, top: int) -> dict[tuple[str, int], list[dict]]:
    """{(task_id, test_index): the `top` best distinct grids by vote, [{grid, votes}]} from 04's records."""
    cands: dict[tuple[str, int], list[dict]] = {}
    for r in predictions:
        cands.setdefault((r["task_id"], r["test_index"]), []).append(candidate(r))
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


def read_scores(path) -> dict[tuple[str, int], list[dict]]:
    """{(task_id, test_index): [{grid, logprob (summed over its views), views, votes, candidate}]} from
    04_scores.jsonl, in candidate order."""
    out: dict[tuple[str, int], dict[tuple, dict]] = {}
    for r in iter_jsonl(path):
        by_grid = out.setdefault((r["task_id"], r["test_index"]), {})
        g = by_grid.setdefault(grid_key(r["grid"]), {"grid": r["grid"], "logprob": 0.0, "views": 0,
                                                     "votes": r.get("votes", 0), "candidate": r["candidate"]})
        g["logprob"] += r["logprob"]
        g["views"] += 1
    return {k: sorted(v.values(), key=lambda g: g["candidate"]) for k, v in out.items()}
