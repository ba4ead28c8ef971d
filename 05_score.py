"""Stage 5: choose two attempts per test input, score them the Kaggle way, write the submission, name every error.

Reads data/01_eval.jsonl (the tasks and, when known, their solutions) and data/04_predictions.jsonl (the
candidates: one record per prediction, its "grid" in the original orientation and colours, or null). --select
picks the two attempts (the rules live in arcft/scoring.py):
  seed  (default) the seed's rule: only the records with colours null and sample 0 take part; attempt 1 is the
        identity view's prediction, attempt 2 the transposed view's, each falling back to the other, then to any
        other view.
  vote  every record with a grid votes for it: attempt 1 is the most voted grid, attempt 2 the runner-up; equal
        votes go to the higher summed log-probability (a grid without any ranks below one with), then to the grid
        seen first in the file.
  score product of experts: the leading candidates, scored under every view by 04_predict.py --score-candidates
        (data/04_scores.jsonl), ranked by their log-probability summed over the views; a test input without scored
        candidates falls back to vote. Offered (and printed) when that file is there.
Every rule is scored and printed side by side (problems, with a valid prediction, solved by any / first / second
attempt, score; for seed "first"/"second" are the identity and the transposed view's own predictions, for vote
attempt 1 and attempt 2), the chosen one marked, with an oracle line: the test outputs that some candidate gets
right, what a better choice of two attempts could still gain.
Writes, for the chosen rule, data/05_scores.json (its table and error-category counts at the top level, plus
"select", every rule's table and the oracle under "rules", and the candidate counts), data/05_results.jsonl (one
record per task: score, both attempts and the category of each test output) and data/05_submission.json (Kaggle
format).
Tasks without solutions (a Kaggle test set, or tasks a solutions file lacks) are not scored: the table counts the
tasks with solutions and says how many have none ("problems_without_solutions"); the submission holds every task.
A task or test input without any record in --predictions (04 cut short, or run with --limit) is warned about by id;
its attempts are [[0]], Kaggle's filler, and the counts are in 05_scores.json under "candidates". An unreadable
line in --predictions stops 05 with the command that repairs it (rerunning 04 with the same options resumes and
redoes a torn last line).

Examples:
  python 05_score.py
  python 05_score.py --select vote      # after python 04_predict.py --views all --colour-perms 1 --samples 2
  python 05_score.py --select score     # after python 04_predict.py --views all --score-candidates
  python 05_score.py --predictions runs/a/04_predictions.jsonl --out-dir runs/a
"""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from arcft.io import (DATA, HelpFormatter, UnreadableLine, UserError, cli, read_original_tasks, save_args,  # noqa: E402
                      warn, write_json, write_jsonl)
from arcft.poe import read_scores  # noqa: E402
from arcft.scoring import (RULES, missing_records_warning, read_candidates, score_all, submission,  # noqa: E402
                           table_lines)


def read_scored(path: Path, select: str):
    """04_scores.jsonl's scored candidates (arcft.poe.read_scores), None when there is no such file."""
    if select == "score" and not path.is_file():
        raise UserError(f"{path}: file not found: --select score needs 04_predict.py --score-candidates first")
    try:
        return read_scores(path) if path.is_file() else None
    except UnreadableLine as e:
        raise e.repair("04_predict.py --score-candidates with the options that wrote it") from None


def main(args):
    tasks = read_original_tasks(Path(args.eval))
    cands = read_candidates(Path(args.predictions), tasks, args.eval)
    missing = missing_records_warning(cands, tasks)
    if missing:
        warn(f"{args.predictions}: {missing}")
    results, scores = score_all(tasks, cands, args.select, read_scored(Path(args.scores), args.select))
    out = Path(args.out_dir)
    write_jsonl(out / "05_results.jsonl", results)
    write_json(out / "05_submission.json", submission(results))
    write_json(out / "05_scores.json", scores)
    save_args(out / "05_args.json", args)

    c = scores["candidates"]
    print(f"candidates: {c['records']} record(s) ({c['with_grid']} with a grid), {c['per_test_input']:g} per test "
          "input")
    print("\n".join(table_lines(scores)))
    if scores["scored"]:
        print(f"test outputs by category ({args.select}): "
              + ", ".join(f"{k} {v}" for k, v in scores["categories"].items()))
        n = scores["problems_without_solutions"]
        if n:
            print(f"{n} of {n + scores['problems']} tasks have no solutions: not scored (the table counts the "
                  f"{scores['problems']} with solutions; the submission holds every task)")
    else:
        print("nothing to score: the evaluation tasks have no solutions (the submission file is still written)")
    print(f"05_score: wrote {out / '05_scores.json'}, {out / '05_results.jsonl'}, {out / '05_submission.json'}")


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=HelpFormatter)
    p.add_argument("--eval", default=str(DATA / "01_eval.jsonl"), help="evaluation tasks written by 01_augment")
    p.add_argument("--predictions", default=str(DATA / "04_predictions.jsonl"), help="written by 04_predict")
    p.add_argument("--scores", default=str(DATA / "04_scores.jsonl"),
                   help="candidates scored under every view by 04_predict.py --score-candidates (the score rule; "
                        "read when present)")
    p.add_argument("--select", default="seed", choices=list(RULES),
                   help="the rule that picks the two attempts written to the submission (all are printed)")
    p.add_argument("--out-dir", default=str(DATA), help="where to write the 05_* files")
    cli(main, p)
