"""Stage 6: draw the results: one picture per task, the score summary and the training curve.

Reads data/01_eval.jsonl (the tasks), data/05_results.jsonl and data/05_scores.json (written by 05_score) and, when
it exists, data/03_train_log.jsonl. Writes into data/06_plots/:
  <category>_<task_id>.png  one per selected task: the train pairs, the test input, the expected output and both
                            attempts marked right or wrong (category: solved, near_miss, repeats_train_output,
                            misunderstanding or no_prediction; a task with several test inputs is named after its
                            first unsolved one)
  summary.png               the score table and the error categories as a bar chart
  train_loss.png            loss and learning rate against step, epochs marked (only with a training log)
By default it draws every task with a solved test output plus the first --per-category tasks (by id) of each error
category. When the tasks had no solutions there is nothing to draw per task: only summary.png (and the curve).
A full run (not --tasks) removes the task pictures of an earlier run that it did not redraw.

Examples:
  python 06_plot.py
  python 06_plot.py --all --out-dir runs/a/06_plots --results runs/a/05_results.jsonl --scores runs/a/05_scores.json
  python 06_plot.py --tasks 00576224,009d5c81
"""
import argparse
import sys
from collections import Counter
from pathlib import Path

from tqdm import tqdm

sys.path.insert(0, str(Path(__file__).resolve().parent))
from arcft.io import (DATA, HelpFormatter, UserError, cli, read_json, read_jsonl, read_original_tasks,  # noqa: E402
                      save_args)
from arcft.plots import (DPI, plot_filename, save_figure, select_tasks, summary_figure,  # noqa: E402
                         task_category, task_figure, train_figure, train_log_records)
from arcft.scoring import CATEGORIES  # noqa: E402


def main(args):
    if args.per_category < 0:
        raise UserError("--per-category must be 0 or more")
    task_ids = None
    if args.tasks is not None:
        task_ids = [t.strip() for t in args.tasks.split(",") if t.strip()]
        if not task_ids:
            raise UserError("--tasks: give a comma list of task ids")
    for path in (args.eval, args.results, args.scores):  # fail early, before drawing anything
        if not Path(path).is_file():
            raise UserError(f"{path}: file not found (run the earlier stage first)")
    scores = read_json(Path(args.scores), dict)
    results = read_jsonl(Path(args.results), required=("task_id", "n_tests", "tests"))
    by_id = {r["task_id"]: r for r in results}
    if task_ids:
        unknown = [t for t in task_ids if t not in by_id]
        if unknown:
            raise UserError(f"--tasks: {len(unknown)} task id(s) not in {args.results}: {', '.join(unknown[:5])}")
    selected = select_tasks(results, args.per_category, args.all, task_ids)
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    notes = []

    n_unscored = sum("score" not in r for r in results if task_ids is None or r["task_id"] in task_ids)
    if n_unscored:
        notes.append(f"{n_unscored} task(s) not scored (no solutions): no task pictures for them")
    written = []
    if selected:
        tasks = read_original_tasks(Path(args.eval), {r["task_id"] for r in selected})
        missing = [r["task_id"] for r in selected if r["task_id"] not in tasks]
        if missing:
            raise UserError(f"{args.results}: task {missing[0]} is not in {args.eval} "
                            f"({len(missing)} such): were they written by the same run?")
        for r in tqdm(selected, desc="tasks", unit="task", leave=False, disable=len(selected) < 10):
            name = plot_filename(r)
            for c in ("solved",) + CATEGORIES:  # the same task drawn earlier under another category
                old = out / f"{c}_{r['task_id']}.png"
                if old.name != name and old.exists():
                    old.unlink()
            save_figure(task_figure(r["task_id"], tasks[r["task_id"]], r, dpi=args.dpi), out / name)
            written.append(name)
    if task_ids is None:  # a full run: the folder shows this run only
        keep = set(written)
        for c in ("solved",) + CATEGORIES:
            for f in out.glob(f"{c}_*.png"):
                if f.name not in keep:
                    f.unlink()

    save_figure(summary_figure(scores, dpi=args.dpi), out / "summary.png")
    extra = ["summary.png"]
    log = Path(args.train_log) if args.train_log else None
    if log is not None and log.is_file():
        records = train_log_records(log)
        if any("loss" in r for r in records):
            save_figure(train_figure(records, dpi=args.dpi), out / "train_loss.png")
            extra.append("train_loss.png")
        else:
            notes.append(f"{log} has no logged steps with a loss: no train_loss.png")
    elif log is not None:
        notes.append(f"no training log at {log}: no train_loss.png")

    for n in notes:
        print(f"note: {n}")
    counts = Counter(task_category(r) for r in selected)
    detail = f" ({', '.join(f'{v} {k}' for k, v in sorted(counts.items()))})" if counts else ""
    save_args(out / "06_args.json", args)
    print(f"06_plot: {len(written)} task picture(s){detail}, {', '.join(extra)} -> {out}")


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=HelpFormatter)
    p.add_argument("--eval", default=str(DATA / "01_eval.jsonl"), help="evaluation tasks written by 01_augment")
    p.add_argument("--results", default=str(DATA / "05_results.jsonl"), help="per-task results written by 05_score")
    p.add_argument("--scores", default=str(DATA / "05_scores.json"), help="the score table written by 05_score")
    p.add_argument("--train-log", default=str(DATA / "03_train_log.jsonl"),
                   help="training log written by 03_train; skipped when missing ('' to skip it)")
    p.add_argument("--out-dir", default=str(DATA / "06_plots"), help="where to write the pictures")
    sel = p.add_mutually_exclusive_group()
    sel.add_argument("--all", action="store_true", help="draw every scored task")
    sel.add_argument("--tasks", default=None,
                     help="draw only these tasks: a comma list of task ids; default: the --per-category choice")
    p.add_argument("--per-category", type=int, default=6,
                   help="by default, draw every task with a solved test output and this many tasks of each "
                        "error category (the first by task id)")
    p.add_argument("--dpi", type=int, default=DPI, help="resolution of the pictures")
    cli(main, p)
