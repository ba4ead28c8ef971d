"""Grids, the 8 dihedral views and the colour permutations: the one place that defines them and their inverses.

A grid is a list of rows of ints 0-9. A view is one element of the dihedral group of the square:
`identity`, `rot90`, `rot180`, `rot270` (counter-clockwise, as numpy.rot90) and `transpose`, `transpose_rot90`,
`transpose_rot180`, `transpose_rot270` (the transpose of the rotated grid).
A colour permutation is a tuple `perm` of the 10 colours: colour c becomes perm[c]. By default 0 (the background
in most tasks) stays 0 and only 1-9 are shuffled.
"""
from __future__ import annotations

import random


VIEWS = ("identity", "rot90", "rot180", "rot270",
         "transpose", "transpose_rot90", "transpose_rot180", "transpose_rot270")
MAX_SIDE = 30


def _parse_view(view: str) -> tuple[bool, int]:
    """(transposed, quarter turns) of a view name."""
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}; expected one of {', '.join(VIEWS)}")
    idx = VIEWS.index(view)
    return idx >= 4, idx % 4


def _transpose(g) -> list[list[int]]:
    return [list(col) for col in zip(*g)]


def _rot90(g, k: int) -> list[list[int]]:
    """numpy.rot90(g, k) in plain lists (k quarter turns counter-clockwise): for ARC's small grids several times
    faster than a round trip through numpy, and 01 turns every grid 8 ways."""
    k %= 4
    if k == 0:
        return [list(row) for row in g]
    if k == 1:
        return _transpose(g)[::-1]
    if k == 2:
        return [list(row[::-1]) for row in g[::-1]]
    return _transpose(g[::-1])


def apply_view(grid: list[list[int]], view: str) -> list[list[int]]:
    """The grid as seen in `view` (the rotation first, then the transpose)."""
    transposed, k = _parse_view(view)
    g = _rot90(grid, k)
    return _transpose(g) if transposed else g


def invert_view(grid: list[list[int]], view: str) -> list[list[int]]:
    """Map a grid seen in `view` back to the original orientation: invert_view(apply_view(g, v), v) == g."""
    transposed, k = _parse_view(view)
    return _rot90(_transpose(grid) if transposed else grid, -k)


def view_task(task: dict, view: str) -> dict:
    """A task ({"train": [{input, output}], "test": [{input, output?}]}) with every grid in `view`."""
    def pair(p):
        return {k: apply_view(v, view) for k, v in p.items() if k in ("input", "output")}
    return {"train": [pair(p) for p in task["train"]], "test": [pair(p) for p in task["test"]]}


COLOURS = 10


def random_colours(rng: random.Random, keep_zero: bool = True) -> tuple[int, ...]:
    """A random colour permutation (perm[c] is the new colour of c); 0 stays 0 with `keep_zero`."""
    rest = list(range(1 if keep_zero else 0, COLOURS))
    rng.shuffle(rest)
    return tuple(([0] if keep_zero else []) + rest)


def check_colours(perm) -> tuple[int, ...]:
    """`perm` as a tuple, after checking that it is a permutation of the ints 0-9 (ValueError otherwise)."""
    perm = tuple(perm)
    if not all(type(v) is int for v in perm) or sorted(perm) != list(range(COLOURS)):
        raise ValueError(f"not a permutation of the colours 0-9: {list(perm)}")
    return perm


def invert_colours_perm(perm) -> tuple[int, ...]:
    """The permutation that undoes `perm`."""
    inv = [0] * COLOURS
    for c, new in enumerate(check_colours(perm)):
        inv[new] = c
    return tuple(inv)


def apply_colours(grid: list[list[int]], perm) -> list[list[int]]:
    """The grid with every colour c replaced by perm[c] (None: unchanged)."""
    if perm is None:
        return grid
    return [[perm[v] for v in row] for row in grid]


def invert_colours(grid: list[list[int]], perm) -> list[list[int]]:
    """Map a grid seen under `perm` back to the original colours: invert_colours(apply_colours(g, p), p) == g."""
    return grid if perm is None else apply_colours(grid, invert_colours_perm(perm))


def to_original(grid: list[list[int]], view: str, perm=None) -> list[list[int]]:
    """A grid predicted from a prompt in `view` under colour permutation `perm`, in the original orientation and
    colours (the two commute: colours are per cell)."""
    return invert_view(invert_colours(grid, perm), view)


def colour_task(task: dict, perm) -> dict:
    """A task ({"train": [{input, output}], "test": [{input, output?}]}) with every grid's colours permuted."""
    def pair(p):
        return {k: apply_colours(v, perm) for k, v in p.items() if k in ("input", "output")}
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


def canonical_colours(grid: list[list[int]]) -> list[list[int]]:
    """The grid with its colours renamed 0, 1, 2, ... in order of first appearance (row by row): two grids have the
    same canonical form exactly when one is the other under some colour permutation."""
    names: dict[int, int] = {}
    return [[names.setdefault(v, len(names)) for v in row] for row in grid]
