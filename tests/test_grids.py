import numpy as np
import pytest

from arcft.grids import VIEWS, apply_view, grid_problem, invert_view, view_task

G = [[1, 2, 3], [4, 5, 6]]


def test_eight_distinct_views_and_inverses():
    seen = set()
    for v in VIEWS:
        g = apply_view(G, v)
        seen.add(str(g))
        assert invert_view(g, v) == G
    assert len(seen) == 8


def test_known_views():
    assert apply_view(G, "identity") == G
    assert apply_view(G, "transpose") == [[1, 4], [2, 5], [3, 6]]
    assert apply_view(G, "rot90") == np.rot90(np.array(G)).tolist() == [[3, 6], [2, 5], [1, 4]]
    assert apply_view(G, "rot180") == [[6, 5, 4], [3, 2, 1]]
    assert apply_view(G, "transpose_rot90") == [[3, 2, 1], [6, 5, 4]]


def test_random_grids_round_trip():
    rng = np.random.default_rng(0)
    for _ in range(50):
        g = rng.integers(0, 10, size=rng.integers(1, 31, size=2)).tolist()
        for v in VIEWS:
            assert invert_view(apply_view(g, v), v) == g


def test_views_are_numpys_rotations_then_transpose():
    """The views in plain lists equal numpy's definition (np.rot90 k times, then .T for the transposed four), on
    non-square grids of every size class, and on a numpy array (arcft.sources indexes with one)."""
    rng = np.random.default_rng(1)
    for _ in range(30):
        a = rng.integers(0, 10, size=rng.integers(1, 31, size=2))
        for i, v in enumerate(VIEWS):
            want = np.rot90(a, i % 4)
            want = want.T if i >= 4 else want
            assert apply_view(a.tolist(), v) == want.tolist()
            assert np.array_equal(np.asarray(apply_view(a, v)), want)
            assert invert_view(want.tolist(), v) == a.tolist()


def test_view_task_keeps_missing_outputs():
    t = view_task({"train": [{"input": G, "output": G}], "test": [{"input": G}]}, "rot90")
    assert t["test"] == [{"input": apply_view(G, "rot90")}]
    assert t["train"][0]["output"] == apply_view(G, "rot90")


def test_unknown_view():
    with pytest.raises(ValueError, match="unknown view"):
        apply_view(G, "flip")


@pytest.mark.parametrize("bad, why", [
    ([], "non-empty"), ([[1, 2], [3]], "rectangular"), ([[1, 10]], "0-9"), ([[True]], "0-9"),
    ([[1.0]], "0-9"), ([[0] * 31], "31 columns"), ([[0]] * 31, "31 rows"), ("12", "non-empty list"),
])
def test_grid_problem(bad, why):
    assert why in grid_problem(bad)


def test_grid_ok():
    assert grid_problem([[0] * 30] * 30) is None


def test_colour_permutations_and_inverses():
    import random

    from arcft.grids import apply_colours, check_colours, colour_task, invert_colours, random_colours
    rng = random.Random(0)
    perms = [random_colours(rng) for _ in range(50)]
    assert all(p[0] == 0 and sorted(p) == list(range(10)) for p in perms)
    assert len(set(perms)) > 40  # really random
    full = [random_colours(rng, keep_zero=False) for _ in range(50)]
    assert any(p[0] != 0 for p in full) and all(sorted(p) == list(range(10)) for p in full)
    g = [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]
    p = (0, 3, 1, 2, 9, 8, 7, 6, 5, 4)
    assert apply_colours(g, p) == [[0, 3, 1, 2, 9], [8, 7, 6, 5, 4]]
    for perm in perms + full:
        assert invert_colours(apply_colours(g, perm), perm) == g
        # a view and a colour permutation commute: either order, then both inverses, gives the grid back
        for v in VIEWS:
            assert invert_view(invert_colours(apply_colours(apply_view(g, v), perm), perm), v) == g
    assert apply_colours(g, None) == g and invert_colours(g, None) == g
    from arcft.grids import to_original
    for v in VIEWS:  # what 04 does with a prediction made in a view under a permutation
        assert to_original(apply_colours(apply_view(g, v), p), v, p) == g == to_original(apply_view(g, v), v)
    t = colour_task({"train": [{"input": g, "output": [[1]]}], "test": [{"input": [[2]]}]}, p)
    assert t == {"train": [{"input": apply_colours(g, p), "output": [[3]]}], "test": [{"input": [[1]]}]}
    with pytest.raises(ValueError, match="not a permutation"):
        check_colours([0, 1, 1, 3, 4, 5, 6, 7, 8, 9])
