"""Grids and the 8 dihedral views: the one place that defines them and their inverses.

A grid is a list of rows of ints 0-9. A view is one element of the dihedral group of the square:
`identity`, `rot90`, `rot180`, `rot270` (counter-clockwise, as numpy.rot90) and `transpose`, `transpose_rot90`,
`transpose_rot180`, `transpose_rot270` (the transpose of the rotated grid).
"""
from __future__ import annotations

import numpy as np

VIEWS = ("identity", "rot90", "rot180", "rot270",
         "transpose", "transpose_rot90", "transpose_rot180", "transpose_rot270")
MAX_SIDE = 30


def _parse_view(view: str) -> tuple[bool, int]:
    """(transposed, quarter turns) of a view name."""
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}; expected one of {', '.join(VIEWS)}")
    idx = VIEWS.index(view)
    return idx >= 4, idx % 4


def apply_view(grid: list[list[int]], view: str) -> list[list[int]]:
    """The grid as seen in `view`."""
    transposed, k = _parse_view(view)
    a = np.rot90(np.asarray(grid, dtype=np.int64), k)
    if transposed:
        a = a.T
    return a.tolist()


def invert_view(grid: list[list[int]], view: str) -> list[list[int]]:
    """Map a grid seen in `view` back to the original orientation: invert_view(apply_view(g, v), v) == g."""
    transposed, k = _parse_view(view)
    a = np.asarray(grid, dtype=np.int64)
    if transposed:
        a = a.T
    return np.rot90(a, -k).tolist()


def view_task(task: dict, view: str) -> dict:
    """A task ({"train": [{input, output}], "test": [{input, output?}]}) with every grid in `view`."""
    def pair(p):
        return {k: apply_view(v, view) for k, v in p.items() if k in ("input", "output")}
    return {"train": [pair(p) for p in task["train"]], "test": [pair(p) for p in task["test"]]}


def grid_problem(grid) -> str | None:
    """Why `grid` is not a valid ARC grid, or None when it is: a non-empty rectangular list of lists of ints 0-9,
    at most 30x30."""
    if not isinstance(grid, list) or not grid:
        return "must be a non-empty list of rows"
    if len(grid) > MAX_SIDE:
        return f"has {len(grid)} rows (at most {MAX_SIDE})"
    width = None
    for r, row in enumerate(grid):
        if not isinstance(row, list) or not row:
            return f"row {r} must be a non-empty list"
        if width is None:
            width = len(row)
        if len(row) != width:
            return f"is not rectangular (row 0 has {width} cells, row {r} has {len(row)})"
        for c, v in enumerate(row):
            # bool is an int subclass: reject it explicitly
            if isinstance(v, bool) or not isinstance(v, int) or not 0 <= v <= 9:
                return f"cell [{r}][{c}] is {v!r} (must be an int 0-9)"
    if width > MAX_SIDE:
        return f"has {width} columns (at most {MAX_SIDE})"
    return None


def shape(grid) -> tuple[int, int]:
    return len(grid), len(grid[0])
