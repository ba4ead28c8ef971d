"""Stage 4: predict every evaluation test output from the identity and the transposed prompt.

Reads data/02_eval.jsonl and the adapter in data/03_adapter/ (its base model is read from the adapter's config).
Writes data/04_predictions.jsonl as it goes: one record per (task_id, test_index, view) with the raw generated
text, the parsed grid mapped back to the original orientation (or null, with the parse error), the number of
generated tokens and the time. A rerun skips the records already written, so an interrupted run resumes.

Sampling follows the seed: top-k 50 (--greedy for argmax), seeded. Generation stops at the end-of-output marker or
EOS, at most --max-new-tokens (a 30x30 grid and the marker fit in the default). Prompts are grouped by expected
answer size and length into batches as large as the free GPU memory allows. The default engine (arcft.fastgen)
prefills each batch's prompts packed without padding, keeps one KV cache per batch and drops rows as they finish;
--engine hf uses transformers' generate instead.

Examples:
  python 04_predict.py
  python 04_predict.py --greedy --engine hf --batch-size 32
  python 04_predict.py --adapter runs/a/03_adapter --predictions runs/a/04_predictions.jsonl --views identity
"""
import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from arcft.io import (DATA, HelpFormatter, UserError, cli, iter_jsonl, read_jsonl, save_args,  # noqa: E402
                      write_jsonl)
from arcft.ggufmodel import resolve_model  # noqa: E402
from arcft.modeling import choose_backend, inference_format, load_for_inference, want_4bit  # noqa: E402
from arcft.generation import ENGINES, inference_backend  # noqa: E402
from arcft.textformat import MAX_OUTPUT_TOKENS  # noqa: E402


def pending_records(prompts: list[dict], out: Path, overwrite: bool) -> tuple[list[dict], list[dict]]:
    """(prompts still to predict, records already written); a torn last line of a killed run is left out."""
    done = [] if overwrite or not out.exists() else list(iter_jsonl(out, tolerate_torn_tail=True))
    ids = {r["id"] for r in done}
    return [p for p in prompts if p["id"] not in ids], done


def main(args):
    backend = choose_backend(inference_backend(args.backend, args.engine))
    import torch
    from tqdm import tqdm

    from arcft.generation import pick_engine, run_prompts
    from arcft.grids import invert_view
    from arcft.textformat import ParseError, parse_grid

    views = args.views.split(",")
    prompts = [r for r in read_jsonl(Path(args.eval), required=("id", "task_id", "view", "test_index", "train",
                                                                "test_input", "n_prompt_tokens",
                                                                "answer_tokens_reserved"))
               if r["view"] in views]
    if args.limit:
        keep = sorted({r["task_id"] for r in prompts})[:args.limit]
        prompts = [r for r in prompts if r["task_id"] in keep]
    if not prompts:
        raise UserError(f"{args.eval}: no prompts for views {args.views}")
    out = Path(args.predictions)
    todo, done = pending_records(prompts, out, args.overwrite)
    n_done = len(done)
    if not todo:
        print(f"04_predict: all {n_done} predictions already in {out} (--overwrite to redo them)")
        return
    adapter = None if args.no_adapter else Path(args.adapter)
    base = resolve_model(args.model) if args.model else None
    model, tok = load_for_inference(adapter, base, backend, want_4bit(args.quant), args.max_len)
    engine = pick_engine(args.engine, backend, model)
    # only now that the model loaded: keep the finished records (without a torn tail) and append to them
    write_jsonl(out, done)
    save_args(out.with_name("04_args.json"), args)
    fmt = inference_format(tok, adapter)

    encoded = [fmt.encode(p["train"], p["test_input"]).ids for p in todo]
    bad = next((p for p, e in zip(todo, encoded) if len(e) != p["n_prompt_tokens"]), None)
    if bad:
        raise UserError(f"{args.eval}: task {bad['task_id']}: prompt token count differs from this model's "
                        "tokenizer: rerun 02_format.py --tokenizer with the model")
    print(f"04_predict: {len(todo)} prompts to go ({n_done} already done), views {args.views}, "
          f"{'greedy' if args.greedy else f'top-k {args.top_k}'}, engine {engine}, "
          f"on {next(model.parameters()).device}")
    t_start, n_tokens, n_parsed = time.time(), 0, 0
    bar = tqdm(total=len(todo), unit="prompt", desc="predict")
    with open(out, "a") as f:
        def write(batch, new_tokens, dt):  # each finished batch goes to disk at once: an interrupted run resumes
            nonlocal n_tokens, n_parsed
            for i, new in zip(batch, new_tokens):
                p = todo[i]
                text = fmt.decode(new)
                rec = {"id": p["id"], "task_id": p["task_id"], "test_index": p["test_index"], "view": p["view"],
                       "grid": None, "error": None, "text": text, "n_tokens": len(new),
                       "time_s": round(dt / len(batch), 3)}
                try:
                    rec["grid"] = invert_view(parse_grid(text), p["view"])
                    n_parsed += 1
                except ParseError as e:
                    rec["error"] = str(e)
                n_tokens += len(new)
                f.write(json.dumps(rec) + "\n")
            f.flush()
            os.fsync(f.fileno())
            bar.update(len(batch))

        try:
            run_prompts(model, encoded, engine=engine, stop_ids=fmt.stop_ids, pad_id=fmt.pad,
                        max_new_tokens=args.max_new_tokens, reserve=[p["answer_tokens_reserved"] for p in todo],
                        greedy=args.greedy, top_k=args.top_k, temperature=args.temperature, seed=args.seed,
                        keys=[p["id"] for p in todo], batch_size=args.batch_size,
                        max_batch_tokens=args.max_batch_tokens, cache=args.cache, on_batch=write)
        except torch.OutOfMemoryError:
            raise UserError("CUDA out of memory while generating: lower --batch-size or --max-batch-tokens "
                            "(finished predictions are kept; rerun to resume)") from None
    bar.close()
    dt = time.time() - t_start
    print(f"04_predict: {len(todo)} predictions ({n_parsed} parsed into grids) in {dt:.0f}s, "
          f"{n_tokens / max(dt, 1e-9):.0f} generated tokens/s -> {out}")


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=HelpFormatter)
    p.add_argument("--eval", default=str(DATA / "02_eval.jsonl"), help="prompts from 02_format")
    p.add_argument("--adapter", default=str(DATA / "03_adapter"), help="LoRA adapter from 03_train")
    p.add_argument("--model", default=None,
                   help="base model: hub id, folder or named model (default: the one the adapter was trained on)")
    p.add_argument("--no-adapter", action="store_true", help="predict with the base model alone")
    p.add_argument("--predictions", default=str(DATA / "04_predictions.jsonl"), help="output JSONL")
    p.add_argument("--views", default="identity,transpose", help="which prompt views to predict")
    p.add_argument("--backend", default="auto", choices=["auto", "unsloth", "peft"],
                   help="model loading: auto = transformers + peft for the fast engine (LoRA merged), unsloth for "
                        "--engine hf on a GPU that has it")
    p.add_argument("--quant", default="auto", choices=["auto", "4bit", "none"])
    p.add_argument("--max-len", type=int, default=0,
                   help="model context length for unsloth (--engine hf); 0 = the model's own")
    p.add_argument("--greedy", action="store_true", help="argmax decoding instead of top-k sampling")
    p.add_argument("--top-k", type=int, default=50)
    p.add_argument("--temperature", type=float, default=1.0)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--max-new-tokens", type=int, default=MAX_OUTPUT_TOKENS,
                   help="generation bound (default: a 30x30 grid with its newlines and the end marker)")
    p.add_argument("--engine", default="auto", choices=ENGINES,
                   help="fast: arcft.fastgen (packed prefill, one KV cache per batch, finished rows dropped); "
                        "hf: transformers' generate; auto: fast for Llama-architecture models")
    p.add_argument("--batch-size", type=int, default=0,
                   help="most prompts generated together; 0 = 256 (fast engine) or 16 (hf)")
    p.add_argument("--cache", default="dynamic", choices=["dynamic", "static"],
                   help="hf engine's KV cache: transformers' growing one, or one allocated once per batch")
    p.add_argument("--max-batch-tokens", type=int, default=0,
                   help="KV-cache slots per batch, summed over its prompts (prompt + answer); 0 = what the free "
                        "GPU memory holds")
    p.add_argument("--limit", type=int, default=0, help="only the first N tasks (0 = all)")
    p.add_argument("--overwrite", action="store_true", help="start afresh instead of resuming")
    cli(main, p)
