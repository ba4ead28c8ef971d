"""Stage 5: score the predictions the Kaggle way, write the submission file and name every error.

Reads data/01_eval.jsonl (the tasks and, when known, their solutions) and data/04_predictions.jsonl (one record per
(task_id, test_index, view) with "grid" in the original orientation, or null). Attempt 1 is the identity view's
prediction, attempt 2 the transposed view's; each falls back to the other when missing or unparsable.
Writes data/05_scores.json (the seed's table and error-category counts), data/05_results.jsonl (one record per
task: score, both attempts and the category of each test output) and data/05_submission.json (Kaggle format).

Examples:
  python 05_score.py
  python 05_score.py --predictions runs/a/04_predictions.jsonl --out-dir runs/a
"""
import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from arcft.io import (DATA, HelpFormatter, UserError, cli, read_jsonl, read_original_tasks, save_args,  # noqa: E402
                      write_json, write_jsonl)
from arcft.scoring import NEAR_MISS_FRACTION, score_task, submission, summarise  # noqa: E402


def main(args):
    tasks = read_original_tasks(Path(args.eval))
    preds = defaultdict(lambda: defaultdict(dict))
    for r in read_jsonl(Path(args.predictions), required=("task_id", "test_index", "view", "grid")):
        if r["task_id"] not in tasks:
            raise UserError(f"{args.predictions}: task {r['task_id']}: not in {args.eval}")
        n_tests = len(tasks[r["task_id"]]["test"])
        if not isinstance(r["test_index"], int) or not 0 <= r["test_index"] < n_tests:
            raise UserError(f"{args.predictions}: task {r['task_id']}: field test_index is {r['test_index']!r} "
                            f"(the task has {n_tests} test inputs)")
        preds[r["task_id"]][r["test_index"]][r["view"]] = r["grid"]

    results = [score_task(tid, task, preds[tid]) for tid, task in tasks.items()]
    table = summarise(results)
    table["near_miss_fraction"] = NEAR_MISS_FRACTION
    out = Path(args.out_dir)
    write_jsonl(out / "05_results.jsonl", results)
    write_json(out / "05_submission.json", submission(results))
    write_json(out / "05_scores.json", table)
    save_args(out / "05_args.json", args)

    print(f"{'problems':>10} {'valid':>6} {'any':>6} {'first':>6} {'transp':>6} {'score':>7}")
    if table["scored"]:
        print(f"{table['problems']:>10} {table['problems_with_valid_prediction']:>6} "
              f"{table['solved_by_any_guess']:>6.4g} {table['solved_by_first_guess']:>6.4g} "
              f"{table['solved_by_transposed_guess']:>6.4g} {100 * table['score']:>6.2f}%")
        print("test outputs by category: " + ", ".join(f"{k} {v}" for k, v in table["categories"].items()))
    else:
        print(f"{table['problems']:>10} {table['problems_with_valid_prediction']:>6}      -      -      -       -")
        print("nothing to score: the evaluation tasks have no solutions (the submission file is still written)")
    print(f"05_score: wrote {out / '05_scores.json'}, {out / '05_results.jsonl'}, {out / '05_submission.json'}")


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=HelpFormatter)
    p.add_argument("--eval", default=str(DATA / "01_eval.jsonl"), help="evaluation tasks written by 01_augment")
    p.add_argument("--predictions", default=str(DATA / "04_predictions.jsonl"), help="written by 04_predict")
    p.add_argument("--out-dir", default=str(DATA), help="where to write the 05_* files")
    cli(main, p)
