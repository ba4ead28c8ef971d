"""The seed-style test-time fine-tuning table (experiment, val loss, val accuracy) from 03_train.py --valid runs.

Each argument is a work folder holding 03_ttt_valid.json (written by 03_train.py --valid-out), in the order of the
table's rows after the baseline: the baseline is the first folder's "before" (the base adapter, before any
test-time fine-tuning); each folder then gives one row, its "after". All folders must have validated the same
held-out pairs (01_augment.py --ttt-valid/--ttt-seed alike). The row's name comes from the folder's 01_args.json
(its --ttt-views, --ttt-copies and --ttt-colours) and 03_ttt_args.json (lr, epochs). The row with the lowest val
loss is marked chosen (the baseline too can be chosen: then no TTT). Printed as a markdown table and merged into
bench/results.json under "ttt_table".

Example (bench/smollm2_sweep.sh ttt):
  python bench/ttt_table.py /tmp/acc/ttt_n1 /tmp/acc/ttt_geometric /tmp/acc/ttt_eval
"""
import argparse
import json
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from arcft.io import HelpFormatter, write_json  # noqa: E402


def describe(folder: Path) -> str:
    """The TTT data's augmentation, from 01's recorded arguments, and the TTT training's learning rate and epochs,
    from 03's (03_ttt_args.json)."""
    a = json.loads((folder / "01_args.json").read_text())
    views = "1 view" if a.get("ttt_views") == "identity" else f"views {a.get('ttt_views')}"
    text = f"n-1, {views}, {a.get('ttt_copies')} copies, colours {'on' if a.get('ttt_colours') else 'off'}"
    t = folder / "03_ttt_args.json"
    if t.is_file():
        t = json.loads(t.read_text())
        text += f"; lr {t.get('lr')}, {t.get('epochs')} epoch{'s' if t.get('epochs') != 1 else ''}"
    return text


def choose(rows: list[dict]) -> int:
    """The row to take: the lowest val loss (ties: more held-out outputs exact), the baseline included, so a TTT
    that does not lower the held-out loss is not chosen."""
    return min(range(len(rows)), key=lambda i: (rows[i]["loss"], -rows[i]["accuracy"], i))


def train_seconds(folder: Path) -> int | None:
    for name in ("03_ttt.log",):
        f = folder / name
        m = f.is_file() and re.search(r"03_train: \d+ steps in (\d+)s", f.read_text())
        if m:
            return int(m.group(1))
    return None


def main(args):
    folders = [Path(f) for f in args.folders]
    runs = [json.loads((f / "03_ttt_valid.json").read_text()) for f in folders]
    if len({(r["before"]["texts"], r["before"]["tokens"]) for r in runs}) != 1:
        sys.exit("ttt_table: the runs validated different held-out pairs (01_augment.py --ttt-valid/--ttt-seed)")
    rows = [{"experiment": "baseline (no test-time fine-tuning)", **runs[0]["before"]}]
    for f, r in zip(folders, runs):
        rows.append({"experiment": describe(f), **r["after"], "train_s": train_seconds(f),
                     "train_texts": sum(1 for _ in open(f / "02_ttt.jsonl")) if (f / "02_ttt.jsonl").is_file()
                     else None})
    best = choose(rows)
    print("| experiment | val loss | val accuracy | TTT texts | TTT seconds |\n|---|---|---|---|---|")
    for i, r in enumerate(rows):
        print(f"| {r['experiment']}{' (chosen)' if i == best else ''} | {r['loss']:.4f} | {r['accuracy']:.1%} "
              f"({len(r['solved'])}/{r['texts']}) | {r.get('train_texts') or ''} | {r.get('train_s') or ''} |")
    if args.chosen_out:  # the chosen run's folder, for a script to score on the evaluation set ("": no TTT)
        Path(args.chosen_out).write_text(("" if best == 0 else str(folders[best - 1])) + "\n")
    out = Path(args.out)
    results = json.loads(out.read_text()) if out.exists() else {}
    results.setdefault("ttt_table", {})[args.tag] = {
        "rows": [{k: v for k, v in r.items() if k != "solved"} | {"solved": len(r["solved"])} for r in rows],
        "folders": [str(f) for f in folders], "chosen": rows[best]["experiment"],
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "command": "python bench/ttt_table.py " + " ".join(args.folders)}
    write_json(out, results)
    print(f"ttt_table: {len(rows)} rows -> {out} (ttt_table -> {args.tag})")


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=HelpFormatter)
    p.add_argument("folders", nargs="+", help="work folders with 03_ttt_valid.json and 01_args.json, one per row")
    p.add_argument("--tag", default="smollm2_eval", help="the table's name in the results")
    p.add_argument("--out", default=str(REPO / "bench" / "results.json"), help="results file (merged into)")
    p.add_argument("--chosen-out", default=None,
                   help="write the chosen row's folder here (lowest val loss; an empty line when the baseline is)")
    main(p.parse_args())
