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
