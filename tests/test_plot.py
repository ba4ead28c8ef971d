"""06_plot: the pictures exist and are real PNGs, the task selection, the palette, the optional training curve and the
one-line errors. Small hand-made inputs; every run goes through the script as a user would."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from arcft.grids import apply_view  # noqa: E402
from arcft.io import read_original_tasks  # noqa: E402
from arcft.plots import ARC_COLORS, MAX_FIG_IN, color_rgb, grid_rgb  # noqa: E402
from arcft.scoring import NEAR_MISS_FRACTION, score_task, summarise  # noqa: E402

BIG = [[(r * 7 + c * 3) % 10 for c in range(30)] for r in range(30)]


def _task(train_pairs, tests):
    return {"train": [{"input": i, "output": o} for i, o in train_pairs],
            "test": [{"input": i, "output": o} for i, o in tests]}


# task id -> (task, {test_index: {view: grid}}) and the category each test output should get
TASKS = {
    "aaa": (_task([([[1, 0], [0, 1]], [[2, 0], [0, 2]])], [([[1, 1], [0, 0]], [[2, 2], [0, 0]])]),
            {0: {"identity": [[2, 2], [0, 0]], "transpose": [[2, 0], [2, 0]]}}),                # solved
    "bbb": (_task([([[3] * 4] * 4, [[4] * 4] * 4)], [([[3] * 4] * 4, [[4] * 4] * 4)]),
            {0: {"identity": [[4] * 4] * 3 + [[4, 4, 4, 5]], "transpose": None}}),             # near_miss
    "ccc": (_task([([[1]], [[2]]), ([[3]], [[4]])], [([[5]], [[6]]), ([[7]], [[8]])]),
            {0: {"identity": None, "transpose": None}, 1: {"identity": [[8]]}}),               # no_prediction + solved
    "ddd": (_task([([[1, 2]], [[3, 4]])], [([[5, 6]], [[7, 8]])]),
            {0: {"identity": [[3, 4]], "transpose": [[3], [4]]}}),                               # repeats_train_output
    "eee": (_task([([[1, 2]], [[3, 4]])], [([[5, 6]], [[7, 8]])]),
            {0: {"identity": [[3, 4]], "transpose": None}}),                                     # repeats_train_output
    "fff": (_task([(BIG, BIG), ([[1, 2, 3]], [[3, 2, 1]])], [(BIG, [row[::-1] for row in BIG])]),
            {0: {"identity": BIG[::-1], "transpose": [[0] * 30] * 30}}),                             # misunderstanding
}


def write_inputs(folder: Path, scored: bool = True, log: bool = True) -> dict:
    """The four input files in `folder`; returns the command-line options naming them."""
    eval_lines, results = [], []
    for tid, (task, preds) in TASKS.items():
        # "fff" only in its transpose view: the script must map it back
        views = ("transpose",) if tid == "fff" else ("identity", "transpose")
        for v in views:
            def view(p):
                return {k: apply_view(g, v) for k, g in p.items() if scored or k == "input"}
            eval_lines.append({"id": f"{tid}.{v}", "task_id": tid, "view": v,
                               "train": [{k: apply_view(g, v) for k, g in p.items()} for p in task["train"]],
                               "test": [view(p) for p in task["test"]]})
        t = task if scored else {"train": task["train"], "test": [{"input": p["input"]} for p in task["test"]]}
        results.append(score_task(tid, t, preds))
    table = {**summarise(results), "near_miss_fraction": NEAR_MISS_FRACTION}
    (folder / "01_eval.jsonl").write_text("".join(json.dumps(r) + "\n" for r in eval_lines))
    (folder / "05_results.jsonl").write_text("".join(json.dumps(r) + "\n" for r in results))
    (folder / "05_scores.json").write_text(json.dumps(table))
    if log:
        lines = [json.dumps({"step": s, "epoch": s / 10, "loss": 2.0 / s, "lr": 1e-4 * (1 - s / 40)})
                 for s in range(1, 31)]
        (folder / "03_train_log.jsonl").write_text("\n".join(lines) + '\n{"step": 31, "lo')  # a torn last line
    return {"--eval": folder / "01_eval.jsonl", "--results": folder / "05_results.jsonl",
            "--scores": folder / "05_scores.json", "--train-log": folder / "03_train_log.jsonl",
            "--out-dir": folder / "plots"}


def run(opts: dict, *extra: str) -> subprocess.CompletedProcess:
    cmd = [sys.executable, str(REPO / "06_plot.py")]
    for k, v in opts.items():
        cmd += [k, str(v)]
    return subprocess.run(cmd + list(extra), capture_output=True, text=True, cwd=REPO, timeout=120)


def pngs(folder: Path) -> set[str]:
    return {p.name for p in Path(folder).glob("*.png")}


def assert_png(path: Path, min_side: int = 100):
    from matplotlib.image import imread
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", path
    img = imread(path)
    h, w = img.shape[:2]
    assert img.ndim == 3 and img.shape[2] in (3, 4)
    assert min_side <= h <= 3000 and min_side <= w <= 3000, (path, img.shape)
    assert img[..., :3].std() > 0.01  # not a blank picture
    return img


@pytest.fixture(scope="module")
def default_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("default")
    opts = write_inputs(folder)
    return opts, run(opts)


TASK_PNGS = {"solved_aaa.png", "near_miss_bbb.png", "no_prediction_ccc.png", "repeats_train_output_ddd.png",
             "repeats_train_output_eee.png", "misunderstanding_fff.png"}


def test_default_run_writes_every_picture(default_run):
    opts, p = default_run
    assert p.returncode == 0, p.stderr
    out = opts["--out-dir"]
    assert pngs(out) == TASK_PNGS | {"summary.png", "train_loss.png"}
    for name in pngs(out):
        assert_png(out / name)
    # the one-line summary names what was written and where
    last = p.stdout.strip().splitlines()[-1]
    assert last.startswith("06_plot: 6 task picture(s)") and str(out) in last
    assert "Traceback" not in p.stderr


def test_big_grid_figure_is_capped(default_run):
    opts, _ = default_run
    img = assert_png(opts["--out-dir"] / "misunderstanding_fff.png")
    h, w = img.shape[:2]
    assert w <= MAX_FIG_IN[0] * 100 and h <= MAX_FIG_IN[1] * 100
    assert (opts["--out-dir"] / "misunderstanding_fff.png").stat().st_size < 1_000_000


def test_selection_per_category_all_and_tasks(tmp_path):
    opts = write_inputs(tmp_path, log=False)
    out = opts["--out-dir"]
    p = run(opts, "--per-category", "1")
    assert p.returncode == 0, p.stderr
    assert pngs(out) == TASK_PNGS - {"repeats_train_output_eee.png"} | {"summary.png"}

    p = run(opts, "--per-category", "0")  # solved test outputs only; a full run clears the earlier pictures
    assert p.returncode == 0, p.stderr
    assert pngs(out) == {"solved_aaa.png", "no_prediction_ccc.png", "summary.png"}

    p = run(opts, "--all", "--per-category", "0")
    assert p.returncode == 0, p.stderr
    assert pngs(out) == TASK_PNGS | {"summary.png"}

    out2 = tmp_path / "only"
    p = run({**opts, "--out-dir": out2}, "--tasks", "bbb,fff")
    assert p.returncode == 0, p.stderr
    assert pngs(out2) == {"near_miss_bbb.png", "misunderstanding_fff.png", "summary.png"}

    p = run(opts, "--tasks", "bbb,zzz")
    assert p.returncode == 2 and "zzz" in p.stderr and "Traceback" not in p.stderr


def test_palette():
    expected = {0: (0, 0, 0), 1: (0, 116, 217), 2: (255, 65, 54), 3: (46, 204, 64), 4: (255, 220, 0),
                5: (170, 170, 170), 6: (240, 18, 190), 7: (255, 133, 27), 8: (127, 219, 255), 9: (135, 12, 37)}
    assert len(ARC_COLORS) == 10
    for i, rgb in expected.items():
        assert color_rgb(i) == rgb
    img = grid_rgb([[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]])
    assert img.shape == (2, 5, 3)
    assert [tuple(int(x) for x in img[i // 5, i % 5]) for i in range(10)] == [expected[i] for i in range(10)]


def test_tasks_come_back_in_the_original_orientation(tmp_path):
    write_inputs(tmp_path, log=False)
    tasks = read_original_tasks(tmp_path / "01_eval.jsonl")
    for tid, (task, _) in TASKS.items():
        assert tasks[tid] == task, tid


def test_no_training_log_no_curve(tmp_path):
    opts = write_inputs(tmp_path, log=False)
    p = run(opts, "--tasks", "aaa")
    assert p.returncode == 0, p.stderr
    assert "train_loss.png" not in pngs(opts["--out-dir"])
    assert "no training log" in p.stdout


def test_unscored_results_draw_only_the_summary(tmp_path):
    opts = write_inputs(tmp_path, scored=False, log=False)
    p = run(opts, "--all")
    assert p.returncode == 0, p.stderr
    assert pngs(opts["--out-dir"]) == {"summary.png"}
    assert_png(opts["--out-dir"] / "summary.png")
    assert "not scored" in p.stdout


@pytest.mark.parametrize("which", ["--eval", "--results", "--scores"])
def test_missing_input_is_one_clear_line(tmp_path, which):
    opts = write_inputs(tmp_path, log=False)
    opts[which] = tmp_path / "nope" / "missing.file"
    p = run(opts)
    assert p.returncode == 2
    assert str(opts[which]) in p.stderr
    assert "Traceback" not in p.stderr
    assert len(p.stderr.strip().splitlines()) == 1
