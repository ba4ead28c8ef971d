"""Accuracy benchmark: the whole pipeline (01 -> 05) with a real pretrained model, each stage timed, the score and
the settings merged into bench/results.json under "accuracy" -> --tag.

The stages run as a user runs them (the numbered scripts, in a work folder of their own). --valid N scores N
training tasks held out from training instead of the evaluation set: the way to choose settings without looking at
evaluation scores. Figures: score, tasks with a valid prediction, solved by each attempt, near misses, seconds per
stage, training tokens/s and the exact arguments of every stage.

Augmented inference: --a1="--eval-views all" --a4="--views all --samples 1 --with-greedy" --a5="--select vote"; the
results then hold every selection rule's figures and the oracle (05_scores.json "rules").

Examples (on the GPU machine; named models such as smollm2-135m are imported offline on first use):
  python bench/accuracy.py --model smollm2-135m --tag smollm2_eval
  python bench/accuracy.py --model smollm2-135m --valid 80 --tag val_lr3e-3 --a3="--lr 3e-3"
  python bench/accuracy.py --valid 80 --tag val_r128 --reuse /tmp/acc/val_lr3e-3 --from 3 --a3="--lora-r 128"
  python bench/accuracy.py --tag ttt_lr1e-4 --ttt --reuse /tmp/acc/ttt --from 3 --keep-base --a3t="--lr 1e-4"
"""
import argparse
import fcntl
import json
import re
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from arcft.io import HelpFormatter, iter_jsonl, write_json  # noqa: E402

# what each stage leaves for the next ones (copied from --reuse for the stages skipped by --from)
OUTPUTS = {1: ("01_train.jsonl", "01_eval.jsonl", "01_stats.json", "01_args.json", "01_augment.log", "01_ttt.jsonl",
               "01_ttt_valid.jsonl"),
           2: ("02_train.jsonl", "02_eval.jsonl", "02_stats.json", "02_args.json", "02_format.log", "02_ttt.jsonl",
               "02_ttt_valid.jsonl"),
           3: ("03_adapter", "03_train_log.jsonl", "03_args.json", "03_train.log", "03_ttt_adapter",
               "03_ttt_train_log.jsonl", "03_ttt_args.json", "03_ttt.log", "03_ttt_valid.json"),
           4: ("04_predictions.jsonl", "04_args.json", "04_predict.log", "04_scores.jsonl")}  # scores: if any


BASE_OUTPUTS = ("03_adapter", "03_train_log.jsonl", "03_args.json", "03_train.log")  # --keep-base: stage 3's own


def copy(src: Path, dst: Path) -> None:
    """An earlier run's output into this run's folder (a folder replaces a folder)."""
    if src.exists() and src.resolve() != dst.resolve():
        shutil.rmtree(dst, ignore_errors=True) if dst.is_dir() else dst.unlink(missing_ok=True)
        (shutil.copytree if src.is_dir() else shutil.copy)(src, dst)


def stage_commands(args, w: Path) -> list[tuple[int, str, list[str]]]:
    """(number, name, argv) of each stage, every file in the work folder `w`. With --ttt, 03_ttt (stage 3 too)
    continues 03's adapter on the evaluation tasks' own train pairs and 04 predicts with that adapter."""
    a1 = (["--valid", str(args.valid)] if args.valid else []) + ["--ttt"] * args.ttt + shlex.split(args.a1)
    adapter = w / ("03_ttt_adapter" if args.ttt else "03_adapter")
    ttt_in = ["--ttt", "--ttt-in", str(w / "01_ttt.jsonl"), "--ttt-valid-in", str(w / "01_ttt_valid.jsonl")]
    ttt_in = ttt_in if args.ttt else []
    stages = [
        (1, "01_augment", ["01_augment.py", "--out-dir", str(w), *a1]),
        (2, "02_format", ["02_format.py", "--train", str(w / "01_train.jsonl"), "--eval", str(w / "01_eval.jsonl"),
                          "--tokenizer", args.model, "--out-dir", str(w), *ttt_in, *shlex.split(args.a2)]),
        (3, "03_train", ["03_train.py", "--train", str(w / "02_train.jsonl"), "--model", args.model,
                         "--adapter", str(w / "03_adapter"), "--checkpoints", str(w / "03_checkpoints"),
                         "--log", str(w / "03_train_log.jsonl"), "--seed", str(args.seed), "--overwrite",
                         *shlex.split(args.a3)]),
        (3, "03_ttt", ["03_train.py", "--train", str(w / "02_ttt.jsonl"), "--model", args.model,
                       "--init-adapter", str(w / "03_adapter"), "--adapter", str(w / "03_ttt_adapter"),
                       "--valid", str(w / "02_ttt_valid.jsonl"), "--valid-out", str(w / "03_ttt_valid.json"),
                       "--checkpoints", str(w / "03_ttt_checkpoints"), "--log", str(w / "03_ttt_train_log.jsonl"),
                       "--seed", str(args.seed), "--overwrite", "--preset", "ttt", *shlex.split(args.a3t)]),
        (4, "04_predict", ["04_predict.py", "--eval", str(w / "02_eval.jsonl"), "--adapter", str(adapter),
                           "--predictions", str(w / "04_predictions.jsonl"), "--seed", str(args.seed), "--overwrite",
                           *shlex.split(args.a4)]),
        (5, "05_score", ["05_score.py", "--eval", str(w / "01_eval.jsonl"), "--predictions",
                         str(w / "04_predictions.jsonl"), "--scores", str(w / "04_scores.jsonl"), "--out-dir", str(w),
                         *shlex.split(args.a5)]),
    ]
    return [s for s in stages if args.ttt or s[1] != "03_ttt"]


def run_stage(name: str, argv: list[str], log: Path) -> tuple[float, str]:
    """Run one stage script (stdout and stderr to `log`); (seconds, its output). Exits when it fails."""
    t = time.time()
    p = subprocess.run([sys.executable, str(REPO / argv[0]), *argv[1:]], capture_output=True, text=True)
    dt = time.time() - t
    log.write_text(p.stdout + p.stderr)
    print(f"accuracy: {name} {dt:.1f}s rc={p.returncode}: {(p.stdout.strip().splitlines() or [''])[-1][:300]}",
          flush=True)
    if p.returncode != 0:
        sys.exit(f"accuracy: {name} failed, see {log}:\n{p.stderr[-2000:]}")
    return dt, p.stdout


def summary(w: Path, outputs: dict) -> dict:
    """The figures of a finished run, from the files the stages wrote."""
    sc = json.loads((w / "05_scores.json").read_text())
    log = list(iter_jsonl(w / "03_train_log.jsonl", tolerate_torn_tail=True))
    m = re.search(r"03_train: (\d+) steps in (\d+)s", outputs["03_train"])
    tokens = sum(r["tokens"] for r in log)
    res = {k: sc.get(k) for k in ("problems", "problems_with_valid_prediction", "solved_by_any_guess",
                                  "solved_by_first_guess", "solved_by_transposed_guess", "score")}
    res["near_misses"] = sc.get("categories", {}).get("near_miss")
    # finer than the score on a small held-out set: the fraction of single predictions (one per view) that are right
    tests = [t for r in map(json.loads, (w / "05_results.jsonl").read_text().splitlines()) for t in r["tests"]]
    res["prediction_accuracy"] = round(sum(t.get("identity_correct", 0) + t.get("transpose_correct", 0)
                                           for t in tests) / max(2 * len(tests), 1), 4)
    res["categories"] = sc.get("categories")
    res["select"], res["rules"], res["candidates"] = sc.get("select", "seed"), sc.get("rules"), sc.get("candidates")
    res["train_steps"] = int(m.group(1)) if m else None
    res["train_loop_s"] = int(m.group(2)) if m else None
    res["train_tokens"] = tokens
    res["train_tokens_per_s"] = round(tokens / int(m.group(2))) if m and int(m.group(2)) else None
    res["final_loss"] = log[-1]["loss"] if log else None
    res["train_texts"] = json.loads((w / "02_stats.json").read_text())["train"]["records"]
    pm = re.search(r"04_predict: (\d+) predictions \((\d+) parsed", outputs["04_predict"])
    res["predictions"], res["parsed"] = (int(pm.group(1)), int(pm.group(2))) if pm else (None, None)
    em = re.search(r"04_predict: engine: (.*)", outputs["04_predict"])  # batches, steps, CUDA graphs
    res["predict_engine"] = em.group(1).strip() if em else None
    return res


def main(args):
    import torch
    w = Path(args.work or f"/tmp/acc/{args.tag}")
    w.mkdir(parents=True, exist_ok=True)
    stages = stage_commands(args, w)
    if args.keep_base and not (args.ttt and args.start == 3 and args.reuse):
        sys.exit("accuracy: --keep-base needs --ttt --from 3 --reuse FOLDER")
    if args.start > 1:  # the outputs of the skipped stages come from an earlier run
        if not args.reuse:
            sys.exit("accuracy: --from needs --reuse (the work folder of the run whose outputs to start from)")
        for n in range(1, args.start):
            for f in OUTPUTS[n]:
                copy(Path(args.reuse) / f, w / f)
        if args.keep_base:  # the base adapter too: only its TTT runs again
            for f in BASE_OUTPUTS:
                copy(Path(args.reuse) / f, w / f)
    times, outputs = {}, {}
    t0 = time.time()
    for n, name, argv in stages:
        if args.start <= n <= args.stop and not (args.keep_base and name == "03_train"):
            times[name], outputs[name] = run_stage(name, argv, w / f"{name}.log")
    if args.stop < 5:  # data preparation for later runs (--reuse ... --from 3): no score yet
        print(f"accuracy: {args.tag}: stages {args.start}-{args.stop} done in {w}: {times}")
        return
    for n, name, _ in stages:  # the skipped stages' output, for the summary
        if name not in outputs and (w / f"{name}.log").is_file():
            outputs[name] = (w / f"{name}.log").read_text()
    res = summary(w, outputs)
    res.update({"stage_s": {k: round(v, 1) for k, v in times.items()}, "total_s": round(time.time() - t0, 1),
                "model": args.model, "seed": args.seed, "split": f"valid {args.valid}" if args.valid else "evaluation",
                "device": torch.cuda.get_device_name(0) if torch.cuda.is_available() else "cpu",
                "date": time.strftime("%Y-%m-%d %H:%M"), "reused": args.reuse and f"stages 1-{args.start - 1} "
                f"from {args.reuse}",
                "command": "python bench/accuracy.py " + " ".join(shlex.quote(a) for a in sys.argv[1:]),
                "stage_args": {name: argv[1:] for _, name, argv in stages}})
    if args.ttt and (w / "03_ttt_valid.json").is_file():  # held-out train pairs before and after TTT
        valid = json.loads((w / "03_ttt_valid.json").read_text())
        res["ttt_valid"] = {k: {m: v for m, v in valid[k].items() if m != "solved"} for k in ("before", "after")}
    for f in ("03_args.json", "03_ttt_args.json", "04_args.json"):  # what the model stages resolved (preset, ...)
        p = w / f
        if p.is_file():
            res[f.replace(".json", "")] = json.loads(p.read_text())
    out = Path(args.out)
    with open(out.with_name(out.name + ".lock"), "w") as lock:  # runs side by side merge one at a time
        fcntl.flock(lock, fcntl.LOCK_EX)
        results = json.loads(out.read_text()) if out.exists() else {}
        results.setdefault("accuracy", {})[args.tag] = res
        write_json(out, results)
    print(f"accuracy: {args.tag}: score {res['score']}, solved {res['solved_by_any_guess']} of {res['problems']}, "
          f"{res['problems_with_valid_prediction']} valid, {res['near_misses']} near misses; stages "
          f"{res['stage_s']}; -> {out}")


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=HelpFormatter)
    p.add_argument("--model", default="smollm2-135m", help="the model for 02, 03 and 04 (named, folder or hub id)")
    p.add_argument("--tag", required=True, help="the name of this run in the results")
    p.add_argument("--valid", type=int, default=0,
                   help="score N training tasks held out from training instead of the evaluation set (0 = off)")
    p.add_argument("--seed", type=int, default=0, help="03's data order and 04's sampling seed")
    p.add_argument("--a1", default="", help="extra 01_augment.py options, e.g. '--extra-train arc2-train'")
    p.add_argument("--a2", default="", help="extra 02_format.py options")
    p.add_argument("--a3", default="", help="extra 03_train.py options, e.g. '--lr 3e-3 --lora-r 128'")
    p.add_argument("--ttt", action="store_true",
                   help="test-time fine-tuning: 01/02 --ttt, then 03_ttt continues 03's adapter on the evaluation "
                        "tasks' train pairs (03 --preset ttt: the model's TTT settings; validated on held-out ones) "
                        "and 04 predicts with it")
    p.add_argument("--a3t", default="", help="extra options of the --ttt training (03_train.py), e.g. '--lr 3e-4'")
    p.add_argument("--a4", default="", help="extra 04_predict.py options, e.g. '--views all --with-greedy'")
    p.add_argument("--a5", default="", help="extra 05_score.py options, e.g. '--select vote'")
    p.add_argument("--reuse", default=None, help="an earlier run's work folder, whose outputs --from starts from")
    p.add_argument("--from", dest="start", type=int, default=1, choices=range(1, 6),
                   help="first stage to run; the earlier stages' outputs are copied from --reuse (2: new data "
                        "formatting, 3: new training on the same data, 4: new decoding with the same adapter)")
    p.add_argument("--to", dest="stop", type=int, default=5, choices=range(1, 6),
                   help="last stage to run (2: prepare the data that later runs --reuse; nothing is recorded)")
    p.add_argument("--keep-base", action="store_true",
                   help="with --ttt --from 3: take the base adapter from --reuse as well and run only its test-time "
                        "fine-tuning (another --a3t on the same base)")
    p.add_argument("--work", default=None, help="work folder (default: /tmp/acc/TAG)")
    p.add_argument("--out", default=str(REPO / "bench" / "results.json"), help="results file (merged into)")
    main(p.parse_args())
