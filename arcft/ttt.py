"""Data for test-time fine-tuning (TTT) on the evaluation tasks' train pairs, and colour-permuted copies of tasks.

TTT never sees a test output: its functions take each task's train pairs only. A task with n >= 2 train pairs gives
n leave-one-out tasks (train = the other n-1 pairs in their order, test = pair i), each in `copies` augmented
versions: copy j in view views[(offset + j) % len(views)], with a random offset per leave-one-out task (so 8 copies
over all 8 views give each view once), under a random colour permutation when `colours` is on. Before that, a
validation hold-out can take the last train pair of some tasks away: they become the TTT validation set and appear
in no TTT record. `find_leaks` is the guard: a task's test outputs must not be among its TTT grids, up to views and
colour permutations. Every random draw comes from random.Random(f"{seed}:{task_id}") (the validation pick from
random.Random(seed)), so the data does not depend on the order of the tasks.
"""
from __future__ import annotations

import random
from collections import Counter
from typing import Iterable, Iterator

from .grids import VIEWS, apply_view, canonical_colours, colour_task, random_colours, view_task


def _pairs(pairs: list[dict]) -> list[dict]:
    """Copies of train pairs holding only their input and output."""
    return [{"input": p["input"], "output": p["output"]} for p in pairs]


def colour_records(task_id: str, task: dict, views: list[str], k: int, seed: int,
                   keep_zero: bool = True) -> Iterator[dict]:
    """The `k` colour-permuted copies of each of a task's view records: id f"{task_id}.{view}.c{c}" (c = 1..k), field
    `colours` (the permutation as a list), every grid of the task in that view and colouring."""
    rng = random.Random(f"{seed}:{task_id}")
    for view in views:
        seen = view_task(task, view)
        for c in range(1, k + 1):
            perm = random_colours(rng, keep_zero)
            yield {"id": f"{task_id}.{view}.c{c}", "task_id": task_id, "view": view, "colours": list(perm),
                   **colour_task(seen, perm)}


def hold_out_valid(train_pairs: dict[str, list[dict]], n: int, seed: int) -> tuple[dict, list[dict]]:
    """Take the last train pair away from `n` random tasks that have at least 3 (all of them if fewer are eligible).
    Returns (every task's remaining train pairs, one validation record per picked task, original view and colours:
    train = the other pairs, test = [the held pair])."""
    eligible = sorted(tid for tid, pairs in train_pairs.items() if len(pairs) >= 3)
    picked = set(random.Random(seed).sample(eligible, min(n, len(eligible))))
    rest, valid = {}, []
    for tid, pairs in train_pairs.items():
        pairs = _pairs(pairs)
        if tid in picked:
            valid.append({"id": f"{tid}.valid", "task_id": tid, "view": "identity", "train": pairs[:-1],
                          "test": pairs[-1:]})
            pairs = pairs[:-1]
        rest[tid] = pairs
    return rest, valid


def leave_one_out(pairs: list[dict]) -> list[dict]:
    """The tasks {train, test} with each pair in turn as the test pair and the others, in order, as train pairs;
    none for fewer than 2 pairs."""
    pairs = _pairs(pairs)
    if len(pairs) < 2:
        return []
    return [{"train": pairs[:i] + pairs[i + 1:], "test": [pairs[i]]} for i in range(len(pairs))]


def ttt_records(train_pairs: dict[str, list[dict]], views: list[str], copies: int, colours: bool = True,
                keep_zero: bool = True, seed: int = 0) -> tuple[list[dict], dict]:
    """The TTT records of every task (see the module docstring) and what was built:
    {"tasks", "skipped": [ids with < 2 train pairs], "loo_tasks", "records"}."""
    out, skipped, n_loo = [], [], 0
    for tid, pairs in train_pairs.items():
        loo = leave_one_out(pairs)
        if not loo:
            skipped.append(tid)
            continue
        rng = random.Random(f"{seed}:{tid}")
        for i, task in enumerate(loo):
            n_loo += 1
            offset = rng.randrange(len(views))
            for j in range(copies):
                view = views[(offset + j) % len(views)]
                perm = random_colours(rng, keep_zero) if colours else None
                out.append({"id": f"{tid}.ttt{i}.{j}", "task_id": tid, "view": view,
                            "colours": None if perm is None else list(perm), "loo_index": i, "copy": j,
                            **colour_task(view_task(task, view), perm)})
    return out, {"tasks": len(train_pairs) - len(skipped), "skipped": skipped, "loo_tasks": n_loo,
                 "records": len(out)}


# ---------------------------------------------------------------- the leak guard

def grid_key(grid: list[list[int]]) -> tuple:
    """Equal for two grids exactly when one is the other under some view and some colour permutation: the smallest
    over the 8 views of the colour-canonical form."""
    return min(tuple(map(tuple, canonical_colours(apply_view(grid, v)))) for v in VIEWS)


def _cheap_key(grid: list[list[int]]) -> tuple:
    """A necessary condition for equal grid_keys, fast to compute: the sides and the sorted colour counts."""
    return tuple(sorted((len(grid), len(grid[0])))), tuple(sorted(Counter(v for row in grid for v in row).values()))


def _grids(record: dict) -> Iterator[tuple[str, list[list[int]]]]:
    for split in ("train", "test"):
        for i, pair in enumerate(record[split]):
            for k in ("input", "output"):
                if pair.get(k) is not None:
                    yield f"{split}[{i}].{k}", pair[k]


def find_leaks(tasks: dict[str, dict], records: Iterable[dict]) -> list[dict]:
    """The grids of `records` that equal a test output of their own task in `tasks`, under any view and colour
    permutation, except test outputs that equal one of that task's train outputs (then the grid is no secret). Test
    pairs without an output are ignored. Only a task's own records are compared: the data is built task by task,
    and across tasks small grids coincide by chance (45 TTT grids of ARC-AGI-1's evaluation set equal another
    task's test output this way, most of them 3x3). Returns [{"id", "grid": "train[0].input", "task_id"}]."""
    secret: dict[str, set[tuple]] = {}
    for tid, task in tasks.items():
        public = {grid_key(p["output"]) for p in task["train"]}
        keys = {grid_key(t["output"]) for t in task["test"] if t.get("output") is not None} - public
        if keys:
            secret[tid] = keys
    cheap = {tid: {_cheap_key(list(map(list, k))) for k in keys} for tid, keys in secret.items()}
    leaks = []
    for r in records:
        for where, grid in _grids(r) if r["task_id"] in secret else ():
            if _cheap_key(grid) in cheap[r["task_id"]] and grid_key(grid) in secret[r["task_id"]]:
                leaks.append({"id": r["id"], "grid": where, "task_id": r["task_id"]})
    return leaks
