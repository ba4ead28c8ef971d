"""Pictures of a run: ARC grids in the standard palette, one figure per task, the score summary and the training curve.

The figures are built without pyplot (no global state, nothing to close) and drawn headless with the Agg backend.
The task figure has one column per train pair (input over output), then the test
input over the expected output, then attempt 1 over attempt 2, each attempt titled right or wrong; a task with
several test inputs gets one such row block per test input (the train pairs are drawn in the first block only).
"""
from __future__ import annotations

import math
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # headless: must come before anything imports pyplot
import numpy as np  # noqa: E402
from matplotlib.collections import LineCollection  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402
from matplotlib.ticker import FuncFormatter  # noqa: E402

from .grids import grid_problem  # noqa: E402
from .io import atomic_file, iter_jsonl  # noqa: E402
from .scoring import CATEGORIES  # noqa: E402

# ARC's standard palette, indexed by cell value
ARC_COLORS = ("#000000", "#0074D9", "#FF4136", "#2ECC40", "#FFDC00",
              "#AAAAAA", "#F012BE", "#FF851B", "#7FDBFF", "#870C25")
LINE_COLOR = "#555555"        # the thin lines between cells
MARK_COLOR = "#FFFFFF"        # outline of the wrong cells of an attempt of the right shape
MAX_MARKS = 60                # more wrong cells than this are not outlined (it would only hide the grid)
OK_COLOR, BAD_COLOR = "#1B8A2F", "#D0202E"   # darker than the palette's green/red: readable as text on white
OK_MARK, BAD_MARK = "\u2713", "\u2717"       # ✓ ✗, both in DejaVu Sans (matplotlib's default font)
CATEGORY_COLORS = {"solved": "#2ECC40", "near_miss": "#FF851B", "repeats_train_output": "#FFDC00",
                   "misunderstanding": "#FF4136", "no_prediction": "#AAAAAA"}
DPI = 90
MAX_FIG_IN = (24.0, 22.0)     # cap on a task figure's width and height, in inches


def color_rgb(index: int) -> tuple[int, int, int]:
    """The (r, g, b) of ARC colour `index` (0-9), each 0-255."""
    h = ARC_COLORS[index].lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


_LUT = np.array([color_rgb(i) for i in range(10)], dtype=np.uint8)


def grid_rgb(grid) -> np.ndarray:
    """A grid as an (rows, cols, 3) uint8 image."""
    return _LUT[np.asarray(grid, dtype=np.int64)]


# ---------------------------------------------------------------- drawing one panel

class Canvas:
    """One axes covering a whole figure, in inches from the top-left corner: drawing many grids on one axes is
    several times faster than one axes per grid. `scale` is the figure's inches per canvas inch."""

    def __init__(self, fig: Figure, width: float, height: float, scale: float = 1.0):
        self.ax = fig.add_axes([0, 0, 1, 1])
        self.ax.set_axis_off()
        self.width, self.height, self.scale = width, height, scale

    def finish(self) -> None:
        self.ax.set_xlim(0, self.width)
        self.ax.set_ylim(self.height, 0)

    def title(self, x: float, y: float, text: str, color: str, fontsize: float) -> None:
        self.ax.text(x, y - 0.04, text, ha="center", va="bottom", fontsize=fontsize, color=color,
                     linespacing=1.15)

    def grid(self, grid, x: float, y: float, w: float, h: float, title: str = "", title_color: str = "black",
             fontsize: float = 9, mark: list[tuple[int, int]] = ()) -> None:
        """A grid fitted (square cells, centred) into the box at (x, y) of size w x h, thin lines between cells,
        its title just above it; the cells in `mark` (row, col) outlined in white (not an ARC colour)."""
        rows, cols = len(grid), len(grid[0])
        cell = min(w / cols, h / rows)
        gw, gh = cols * cell, rows * cell
        x0, y0 = x + (w - gw) / 2, y + (h - gh) / 2
        self.ax.imshow(grid_rgb(grid), interpolation="nearest", extent=(x0, x0 + gw, y0 + gh, y0), aspect="auto")
        # line width from the cell's size on the page: visible on small grids, not swamping 30x30 ones
        lw = min(1.0, max(0.25, cell * self.scale * 72 / 20))
        segs = [[(x0, y0 + r * cell), (x0 + gw, y0 + r * cell)] for r in range(1, rows)]
        segs += [[(x0 + c * cell, y0), (x0 + c * cell, y0 + gh)] for c in range(1, cols)]
        if segs:
            self.ax.add_collection(LineCollection(segs, colors=LINE_COLOR, linewidths=lw))
        self.ax.add_patch(Rectangle((x0, y0), gw, gh, fill=False, edgecolor=LINE_COLOR, linewidth=max(lw, 0.6)))
        for r, c in mark:
            inset = cell * 0.12
            self.ax.add_patch(Rectangle((x0 + c * cell + inset, y0 + r * cell + inset), cell - 2 * inset,
                                        cell - 2 * inset, fill=False, edgecolor=MARK_COLOR,
                                        linewidth=min(2.0, max(0.8, cell * self.scale * 72 / 8))))
        if title:
            self.title(x + w / 2, y0, title, title_color, fontsize)

    def text_panel(self, text: str, x: float, y: float, w: float, h: float, title: str = "",
                   title_color: str = "black", fontsize: float = 9) -> None:
        """An empty box with a message in it (e.g. "no prediction")."""
        self.ax.add_patch(Rectangle((x, y), w, h, facecolor="#F2F2F2", edgecolor="#BBBBBB", linestyle=(0, (3, 2)),
                                    linewidth=0.8))
        self.ax.text(x + w / 2, y + h / 2, text, ha="center", va="center", fontsize=fontsize, color="#555555")
        if title:
            self.title(x + w / 2, y, title, title_color, fontsize)


def _dims(grid) -> str:
    return f"{len(grid)}x{len(grid[0])}"


# ---------------------------------------------------------------- tasks and their selection

def is_scored(result: dict) -> bool:
    """Whether 05 could score this task (its test outputs were known)."""
    return "score" in result and all("category" in t for t in result["tests"])


def task_category(result: dict) -> str:
    """One name for a scored task: `solved` when every test output is solved, else the category of its first
    unsolved test output."""
    return next((t["category"] for t in result["tests"] if t["category"] != "solved"), "solved")


def select_tasks(results: list[dict], per_category: int = 6, everything: bool = False,
                 task_ids: list[str] | None = None) -> list[dict]:
    """The scored results to plot, sorted by task id: those named in `task_ids`; or all of them (`everything`);
    or by default every task with a solved test output plus the first `per_category` tasks (by id) showing each
    error category."""
    scored = sorted((r for r in results if is_scored(r)), key=lambda r: r["task_id"])
    if task_ids is not None:
        wanted = set(task_ids)
        return [r for r in scored if r["task_id"] in wanted]
    if everything:
        return scored
    chosen = {r["task_id"] for r in scored if any(t["category"] == "solved" for t in r["tests"])}
    for c in CATEGORIES:
        chosen.update([r["task_id"] for r in scored if any(t["category"] == c for t in r["tests"])][:per_category])
    return [r for r in scored if r["task_id"] in chosen]


def plot_filename(result: dict) -> str:
    return f"{task_category(result)}_{result['task_id']}.png"


# ---------------------------------------------------------------- the task figure

def _attempt_title(test: dict, k: int, train_outputs: list) -> tuple[str, str]:
    """(two-line title, colour) of attempt k (1 or 2) of one scored test output."""
    grid, ok = test.get(f"attempt_{k}"), test.get(f"attempt_{k}_correct")
    if "votes" in test:  # 05 --select vote: the attempt's vote count
        n = test["votes"][k - 1]
        how = f"{n} vote{'' if n == 1 else 's'}"
    else:  # the seed's rule falls back to another view when this one has none: its own flag can then disagree
        view = "identity" if k == 1 else "transpose"
        own = test.get(f"{view}_correct")
        how = view if own is None or own == ok else "fallback"
    first = f"attempt {k} ({how}) {OK_MARK if ok else BAD_MARK}"
    if grid is None:
        second = "no prediction"
    elif k == 2 and grid == test.get("attempt_1"):
        second = "same as attempt 1"
    elif ok:
        second = f"right, {_dims(grid)}"
    elif grid in train_outputs:
        second = f"copy of train {train_outputs.index(grid) + 1} output"
    else:
        wrong = (test.get("cells_wrong") or [None, None])[k - 1]
        n = len(grid) * len(grid[0])
        if wrong is None:
            second = f"wrong shape {_dims(grid)}"
        else:
            second = f"{wrong}/{n} cells wrong" + (", outlined" if wrong <= MAX_MARKS else "")
    return f"{first}\n{second}", OK_COLOR if ok else BAD_COLOR


def _wrong_cells(grid, truth) -> list[tuple[int, int]]:
    """The (row, col) where `grid` differs from `truth`: none when the shapes differ or there are over MAX_MARKS."""
    if truth is None or len(grid) != len(truth) or len(grid[0]) != len(truth[0]):
        return []
    wrong = [(r, c) for r, (a, b) in enumerate(zip(grid, truth)) for c, (x, y) in enumerate(zip(a, b)) if x != y]
    return wrong if len(wrong) <= MAX_MARKS else []


def task_figure(task_id: str, task: dict, result: dict, dpi: int = DPI) -> Figure:
    """The figure of one scored task (see the module docstring for the layout)."""
    train, tests = task["train"], result["tests"]
    n_train, n_blocks = len(train), len(tests)
    n_cols = n_train + 2
    grids = [g for p in train for g in (p["input"], p["output"])]
    grids += [g for p in task["test"] for g in (p.get("input"), p.get("output")) if g is not None]
    grids += [t.get(f"attempt_{k}") for t in tests for k in (1, 2)
              if t.get(f"attempt_{k}") is not None and grid_problem(t[f"attempt_{k}"]) is None]
    side = max(max(len(g), len(g[0])) for g in grids)

    # panel size grows with the largest grid (about 10 px a cell at 30x30), then the whole figure is capped
    panel = min(3.2, max(1.5, 0.8 + 0.09 * side))
    title_h, sup_h, gap, margin = 0.42, 0.55, 0.22, 0.15
    width = 2 * margin + n_cols * panel + (n_cols - 1) * gap + gap  # an extra gap between train and test columns
    for _ in range(10):  # fonts shrink with the figure but not below 6 pt: then the titles need more room
        height = sup_h + margin + 2 * n_blocks * (panel + title_h) + (n_blocks - 1) * gap
        scale = min(1.0, MAX_FIG_IN[0] / width, MAX_FIG_IN[1] / height)
        fs = max(6.0, 9 * min(1.0, scale * 1.3))
        need = 2.5 * fs / 72 / scale  # two title lines, in canvas inches
        if need <= title_h + 1e-3:
            break
        title_h = need
    fig = Figure(figsize=(width * scale, height * scale), dpi=dpi)
    cv = Canvas(fig, width, height, scale)

    def box(block: int, row: int, col: int) -> tuple[float, float, float, float]:
        x = margin + col * (panel + gap) + (gap if col >= n_train else 0)
        top = sup_h + block * (2 * (panel + title_h) + gap) + row * (panel + title_h) + title_h
        return x, top, panel, panel

    for i, pair in enumerate(train):
        cv.grid(pair["input"], *box(0, 0, i), f"train {i + 1} in {_dims(pair['input'])}", fontsize=fs)
        cv.grid(pair["output"], *box(0, 1, i), f"train {i + 1} out {_dims(pair['output'])}", fontsize=fs)
    for b, t in enumerate(tests):
        i = t.get("test_index", b)
        name = "" if n_blocks == 1 else f"test {i + 1} "
        test = task["test"][i] if i < len(task["test"]) else {}
        labels = (("input", "test in" if n_blocks == 1 else "in"), ("output", "expected"))
        for row, (key, label) in enumerate(labels):
            if test.get(key) is not None:
                cv.grid(test[key], *box(b, row, n_train), f"{name}{label} {_dims(test[key])}", fontsize=fs)
            else:
                cv.text_panel("unknown", *box(b, row, n_train), f"{name}{label}", fontsize=fs)
        for row, k in enumerate((1, 2)):
            title, color = _attempt_title(t, k, [p["output"] for p in train])
            grid = t.get(f"attempt_{k}")
            if grid is None:
                cv.text_panel("no prediction", *box(b, row, n_train + 1), title, color, fontsize=fs)
            elif grid_problem(grid):
                cv.text_panel(f"not a grid:\n{grid_problem(grid)}", *box(b, row, n_train + 1), title, color,
                              fontsize=fs)
            else:
                cv.grid(grid, *box(b, row, n_train + 1), title, color, fontsize=fs,
                        mark=_wrong_cells(grid, test.get("output")))
    for b in range(1, n_blocks):  # a faint rule between the row blocks of the test inputs
        y = sup_h + b * (2 * (panel + title_h) + gap) - gap / 2
        cv.ax.plot([margin + n_train * (panel + gap), width - margin], [y, y], color="#CCCCCC", lw=1)

    solved = sum(t["correct"] for t in tests)
    cv.ax.text(width / 2, 0.12, f"{task_id}   {task_category(result)}   score {result['score']:.3g} "
               f"({solved}/{len(tests)} test output{'s' if len(tests) > 1 else ''} solved)", ha="center", va="top",
               fontsize=max(8.0, 12 * min(1.0, scale * 1.2)), color=OK_COLOR if solved == len(tests) else "black")
    cv.finish()
    return fig


# ---------------------------------------------------------------- summary and training curve

def _fmt(v, pct: bool = False) -> str:
    if v is None:
        return "-"
    if pct:
        return f"{100 * v:.2f}%"
    return f"{v:g}" if isinstance(v, float) else str(v)


def summary_figure(scores: dict, dpi: int = DPI) -> Figure:
    """The score table of 05_scores.json and a bar chart of the error categories."""
    scored = bool(scores.get("scored"))
    get = (lambda k: scores.get(k)) if scored else (lambda k: None)
    # what 05's two single-attempt columns count under the rule it chose (05_score.py --select)
    first, second = (("attempt 1 (most votes)", "attempt 2 (runner-up)") if scores.get("select") == "vote"
                     else ("first guess (identity)", "transposed guess"))
    rows = [("problems", _fmt(scores.get("problems"))),
            ("test outputs", _fmt(scores.get("test_outputs"))),
            ("problems with a valid prediction", _fmt(scores.get("problems_with_valid_prediction"))),
            ("solved by any guess", _fmt(get("solved_by_any_guess"))),
            (f"solved by {first}", _fmt(get("solved_by_first_guess"))),
            (f"solved by {second}", _fmt(get("solved_by_transposed_guess"))),
            ("score", _fmt(get("score"), pct=True))]
    fig = Figure(figsize=(12, 4.2), dpi=dpi)
    ax = fig.add_axes([0.05, 0.08, 0.35, 0.78])
    ax.axis("off")
    table = ax.table(cellText=[[v] for _, v in rows], rowLabels=[k for k, _ in rows], colLabels=["value"],
                     loc="center right", colWidths=[0.35], cellLoc="right")
    table.auto_set_font_size(False)
    table.set_fontsize(11)
    table.scale(1, 1.6)
    for (r, c), cell in table.get_celld().items():
        cell.set_edgecolor("#CCCCCC")
        if r == len(rows):
            cell.set_text_props(weight="bold")

    bx = fig.add_axes([0.62, 0.14, 0.33, 0.70])
    cats = scores.get("categories") if scored else None
    if cats:
        names = [c for c in ("solved",) + CATEGORIES if c in cats] + [c for c in cats if c not in CATEGORIES
                                                                      and c != "solved"]
        counts = [cats[c] for c in names]
        y = np.arange(len(names))[::-1]
        bars = bx.barh(y, counts, color=[CATEGORY_COLORS.get(c, "#888888") for c in names], edgecolor="#333333",
                       linewidth=0.6)
        bx.set_yticks(y, names)
        total = sum(counts) or 1
        for bar, n in zip(bars, counts):
            bx.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, f" {n} ({100 * n / total:.0f}%)",
                    va="center", fontsize=9)
        bx.set_xlim(0, max(counts + [1]) * 1.25)
        bx.set_xlabel("test outputs")
        bx.set_title("test outputs by category", fontsize=11)
        for s in ("top", "right"):
            bx.spines[s].set_visible(False)
    else:
        bx.axis("off")
        bx.text(0.5, 0.5, "not scored:\nthe evaluation tasks have no solutions", ha="center", va="center",
                fontsize=11, color="#555555", transform=bx.transAxes)
    title = "ARC evaluation"
    if scored:
        title += f": score {_fmt(scores.get('score'), pct=True)} of {scores.get('problems')} problems"
    fig.suptitle(title, fontsize=13)
    return fig


def _number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def train_log_records(path: Path) -> list[dict]:
    """The logged training steps with a numeric loss, one per step (the last logged wins, as after a resume),
    sorted by step; an eval_loss logged in a record of its own is merged into its step. A torn last line is
    skipped."""
    by_step, evals = {}, {}
    for r in iter_jsonl(path, tolerate_torn_tail=True):
        if not isinstance(r, dict) or not _number(r.get("step")):
            continue
        if _number(r.get("loss")):
            by_step[r["step"]] = r
        if _number(r.get("eval_loss")):
            evals[r["step"]] = r["eval_loss"]
    out = [dict(by_step[s]) for s in sorted(by_step)]
    for r in out:
        r.pop("eval_loss", None)
        if r["step"] in evals:
            r["eval_loss"] = evals.pop(r["step"])
    # an eval at a step without a training record: keep it, with the training fields left out
    out += [{"step": s, "eval_loss": v} for s, v in evals.items()]
    return sorted(out, key=lambda r: r["step"])


def train_figure(records: list[dict], dpi: int = DPI) -> Figure:
    """Loss against step (smoothed when there are many steps), the learning rate on a twin axis, epochs marked."""
    train = [r for r in records if _number(r.get("loss"))]
    steps = np.array([r["step"] for r in train], dtype=float)
    loss = np.array([r["loss"] for r in train], dtype=float)
    fig = Figure(figsize=(10, 5), dpi=dpi)
    ax = fig.add_axes([0.08, 0.22, 0.80, 0.66])
    handles = []
    if len(loss) >= 50:
        w = max(5, len(loss) // 50)
        smooth = np.convolve(loss, np.ones(w) / w, mode="valid")
        ax.plot(steps, loss, color="#0074D9", alpha=0.3, lw=0.8)
        handles += ax.plot(steps[w - 1:], smooth, color="#0074D9", lw=1.6, label=f"loss (mean of {w} steps)")
    else:
        handles += ax.plot(steps, loss, color="#0074D9", lw=1.4, marker="o" if len(loss) < 20 else None, ms=3,
                           label="loss")
    ev = [(r["step"], r["eval_loss"]) for r in records if _number(r.get("eval_loss"))]
    if ev:
        handles += ax.plot(*zip(*ev), color="#FF851B", marker="o", ms=4, lw=1.2, label="eval loss")
    ax.set_xlabel("step")
    ax.set_ylabel("loss")
    ax.grid(alpha=0.3)

    lr = [(r["step"], r["lr"]) for r in train if _number(r.get("lr"))]
    if lr:
        ax2 = ax.twinx()
        handles += ax2.plot(*zip(*lr), color="#870C25", lw=1.0, ls="--", label="learning rate")
        ax2.set_ylabel("learning rate", color="#870C25")
        ax2.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:.1e}" if v else "0"))
        ax2.set_ylim(bottom=0)

    epochs = [(r["step"], r["epoch"]) for r in train if _number(r.get("epoch"))]
    if epochs:
        lo, hi = math.floor(epochs[0][1]), math.floor(max(e for _, e in epochs))
        for k in range(lo + 1, hi + 1):
            s = next(s for s, e in epochs if e >= k)
            if s == epochs[-1][0]:
                continue  # the end of training needs no mark
            ax.axvline(s, color="#888888", lw=0.8, ls=":")
            ax.text(s, 1.0, f" epoch {k}", transform=ax.get_xaxis_transform(), fontsize=8, color="#555555",
                    va="bottom", ha="left")
    fig.legend(handles=handles, loc="lower center", ncol=len(handles), fontsize=9, frameon=False,
               bbox_to_anchor=(0.48, 0.0))
    last = f", last loss {loss[-1]:.4g}" if len(loss) else ""
    fig.suptitle(f"training: {len(train)} logged steps{last}", fontsize=12, y=0.985)
    return fig


# ---------------------------------------------------------------- saving

def save_figure(fig: Figure, path: Path) -> None:
    """Write a figure as PNG atomically (a killed run never leaves a half-written picture)."""
    with atomic_file(path) as tmp:
        fig.savefig(tmp, format="png", dpi=fig.dpi, facecolor="white")
