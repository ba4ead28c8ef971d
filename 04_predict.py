"""Stage 4: predict every evaluation test output from the identity and the transposed prompt (or more views,
colour permutations and samples: augmented inference).

Reads data/02_eval.jsonl and the adapter in data/03_adapter/ (its base model is read from the adapter's config).
Writes data/04_predictions.jsonl as it goes: one record per (task_id, test_index, view, colours, sample) with the
raw generated text, the parsed grid mapped back to the original orientation and colours (or null, with the parse
error), the number of generated tokens, their log-probability under the model and the time; at the end they are put
in order (the prompts' order in --eval, then the rows of each). A rerun skips the prompts whose records are all
written, so an interrupted run resumes.

Augmented inference (05_score.py --select vote chooses among the candidates): --views all predicts from all 8 views
(01_augment.py --eval-views all writes them), --colour-perms K adds K random permutations of the colours 1-9 per
prompt, --samples N draws N samples per prompt sharing its prefill, --with-greedy adds the argmax one.

Sampling follows the seed: top-k 50 (--greedy for argmax), seeded. Generation stops at the end-of-output marker or
EOS, at most --max-new-tokens (a 30x30 grid and the marker fit in the default). Prompts are grouped by expected
answer size and length into batches as large as the free GPU memory allows. The default engine (arcft.fastgen)
prefills each batch's prompts packed without padding, keeps one KV cache per batch and drops rows as they finish;
on CUDA each row's attention reads only its own cache slots (a Triton kernel; ARCFT_DECODE_ATTENTION=sdpa in the
environment uses PyTorch's SDPA instead); --engine hf uses transformers' generate instead.

On several GPUs (torchrun, one process per GPU; run_all.sh does this by default): each process predicts its shard of
the prompts (balanced by expected work: prompt + reserved answer tokens, times rows per prompt) on its own GPU into
its own part file beside the output (04_predictions.jsonl.part-R-of-N); at the end process 0 merges the parts into
--predictions, exactly as one process writes it (every record once, in the order of the prompts in --eval, each
followed by its colour permutations, then the rows of each), and removes them. A rerun resumes from the parts and
the merged file (also with another number of GPUs), and the same records as one process: each sampled row draws
from a random stream of its own (--seed, record id, sample index), whatever its batch. --score-candidates runs in
one process (process 0).

Examples:
  python 04_predict.py
  python 04_predict.py --greedy --engine hf --batch-size 32
  python 04_predict.py --adapter runs/a/03_adapter --predictions runs/a/04_predictions.jsonl --views identity
  python 04_predict.py --views all --colour-perms 1 --samples 2 --with-greedy   # 8 x 2 x 3 = 48 per test input
  torchrun --standalone --nproc_per_node 8 04_predict.py   # 8 GPUs: one process each, its shard of the prompts
"""
import random
import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from arcft.io import (DATA, HelpFormatter, UnreadableLine, UserError, cli, read_jsonl, save_args,  # noqa: E402
                      write_jsonl)
from arcft.ggufmodel import resolve_model  # noqa: E402
from arcft.modeling import choose_backend, inference_format, load_for_inference, want_4bit  # noqa: E402
from arcft.generation import ENGINES, inference_backend  # noqa: E402
from arcft.shard import (Group, balance, bind_local_gpu, dist_env, find_parts, merge_parts,  # noqa: E402
                         merge_records, part_path, prompt_work, write_merged)
from arcft.textformat import MAX_OUTPUT_TOKENS  # noqa: E402


def pending_records(prompts: list[dict], out: Path, overwrite: bool, n_rows: int = 1) -> tuple[list[dict], list[dict]]:
    """(prompts still to predict, records already written): a prompt is done when all its `n_rows` records are
    there, in `out` or in the part files of an interrupted run on several GPUs (arcft/shard.py); the records of a
    prompt cut short by a kill (and a torn last line) are left out, so it is redone."""
    first: dict[str, dict] = {}  # each id once (a merge killed before it removed the parts leaves two)
    for f in [] if overwrite else [out, *find_parts(out)]:
        if f.exists():
            for r in resume_records(f, "its prompt is predicted again"):
                first.setdefault(r["id"], r)
    complete = {p["id"] for p in prompts if all(record_id(p, j, n_rows) in first for j in range(n_rows))}
    return ([p for p in prompts if p["id"] not in complete],
            [r for r in first.values() if r.get("prompt", r["id"]) in complete])


def record_order(prompts: list[dict], n_rows: int) -> list[str]:
    """The ids of the prompts' records in the order 04 writes them, on one GPU or several: the prompts' order (02's
    file, each prompt followed by its colour permutations), then the rows of each."""
    return [record_id(p, j, n_rows) for p in prompts for j in range(n_rows)]


def resume_records(out: Path, redo: str) -> list[dict]:
    """The records of an earlier run's output file, each with an id; an unreadable last line (a kill while it was
    written) is dropped, saying so (`redo`: what happens to it), an unreadable line elsewhere is an error saying
    what repairs it."""
    try:
        return read_jsonl(out, required=("id",), tolerate_torn_tail=redo)
    except UnreadableLine as e:
        raise e.repair("the same command (or add --overwrite to start afresh)") from None


def record_id(prompt: dict, sample: int, n_rows: int) -> str:
    """A prediction's id: the prompt's (02's id, plus .cK for colour permutation K), plus .sJ with several rows."""
    return prompt["id"] + (f".s{sample}" if n_rows > 1 else "")


def prediction_record(p: dict, sample: int, n_rows: int, text: str, n_tokens: int, logprob, greedy: bool,
                      seconds: float) -> dict:
    """04's record of one generated answer, its grid mapped back to the original colours and orientation (null,
    with the parse error, when the text is not a grid)."""
    from arcft.grids import to_original
    from arcft.textformat import ParseError, parse_grid
    rec = {"id": record_id(p, sample, n_rows), "prompt": p["id"], "task_id": p["task_id"],
           "test_index": p["test_index"], "view": p["view"], "colours": p["colours"], "sample": sample,
           "greedy": greedy, "grid": None, "error": None, "text": text, "n_tokens": n_tokens,
           "logprob": None if logprob is None else round(logprob, 4), "time_s": round(seconds, 3)}
    try:
        rec["grid"] = to_original(parse_grid(text), p["view"], p["colours"])
    except ParseError as e:
        rec["error"] = str(e)
    return rec


def colour_prompts(records: list[dict], k: int, seed: int) -> list[dict]:
    """Each 02 prompt record as it is (colours null) and under `k` random permutations of the colours 1-9 (0 kept),
    drawn per prompt from (seed, record id, index): the same run gives the same permutations."""
    from arcft.grids import colour_task, random_colours
    out = []
    for r in records:
        out.append({**r, "colours": None})
        for c in range(1, k + 1):
            perm = random_colours(random.Random(f"{seed}/{r['id']}/{c}"))
            task = colour_task({"train": r["train"], "test": [{"input": r["test_input"]}]}, perm)
            out.append({**r, "id": f"{r['id']}.c{c}", "colours": list(perm), "train": task["train"],
                        "test_input": task["test"][0]["input"]})
    return out


def load_prompts(args) -> list[dict]:
    """02's prompts in --views, of the first --limit tasks."""
    from arcft.grids import VIEWS
    views = list(VIEWS) if args.views == "all" else args.views.split(",")
    prompts = [r for r in read_jsonl(Path(args.eval), required=("id", "task_id", "view", "test_index", "train",
                                                                "test_input", "n_prompt_tokens",
                                                                "answer_tokens_reserved"))
               if r["view"] in views]
    if args.limit:
        keep = sorted({r["task_id"] for r in prompts})[:args.limit]
        prompts = [r for r in prompts if r["task_id"] in keep]
    if not prompts:
        raise UserError(f"{args.eval}: no prompts for views {args.views}")
    return prompts


def load_model(args, backend: str):
    """(model, tokenizer, its GridFormat, adapter or None) as --adapter / --model / --no-adapter say."""
    adapter = None if args.no_adapter else Path(args.adapter)
    base = resolve_model(args.model) if args.model else None
    model, tok = load_for_inference(adapter, base, backend, want_4bit(args.quant), args.max_len)
    return model, tok, inference_format(tok, adapter)


def score_candidates(args, backend: str) -> None:
    """--score-candidates: the leading candidates of --predictions, teacher-forced under every view of --views,
    one record per (candidate, view) in --scores (arcft/poe.py)."""
    from arcft import poe
    prompts = load_prompts(args)
    try:  # every input checked before the model loads
        leading = poe.read_leading(Path(args.predictions), args.score_top)
    except UnreadableLine as e:
        raise e.repair("04_predict.py with the options that wrote it") from None
    import torch
    from tqdm import tqdm

    from arcft.generation import pick_engine
    from arcft.modeling import model_context, pass_cap, sequence_logprobs
    out = Path(args.scores)
    done = [] if args.overwrite or not out.exists() else resume_records(out, "it is scored again")
    model, tok, fmt = load_model(args, backend)
    jobs, too_long = poe.score_jobs(leading, prompts, fmt, model_context(model.config))
    ids = {r["id"] for r in done}
    todo = [j for j in jobs if j["id"] not in ids]
    write_jsonl(out, done)  # without a torn tail
    save_args(out.with_name("04_scores_args.json"), args)
    max_tokens = args.max_batch_tokens or (pass_cap(model.config) if torch.cuda.is_available() else 4096)
    shared = pick_engine(args.engine, backend, model) == "fast"  # each view's prompt run once for its candidates
    print(f"04_predict: scoring {len(todo)} (candidate, view) pairs ({len(done)} already done, {too_long} too "
          f"long for the context): the {args.score_top} leading candidates of {len(leading)} test inputs"
          + (", each prompt prefilled once for its candidates" if shared else ""))
    t0 = time.time()
    with open(out, "a") as f, tqdm(total=len(todo), unit="pair", desc="score") as bar:
        step = 1024 if shared else 256
        for k in range(0, len(todo), step):  # written as they come: an interrupted run resumes
            chunk = todo[k:k + step]
            lps = (poe.shared_prefix_logprobs(model, chunk, args.max_batch_tokens) if shared else
                   sequence_logprobs(model, [(j["ids"], j["labels"]) for j in chunk], fmt.pad, max_tokens))
            for j, lp in zip(chunk, lps):
                rec = {key: v for key, v in j.items() if key not in ("ids", "labels")}
                f.write(json.dumps({**rec, "logprob": round(lp, 4), "n_tokens": len(j["ids"])}) + "\n")
            f.flush()
            os.fsync(f.fileno())
            bar.update(len(chunk))
    print(f"04_predict: {len(todo)} candidate scores in {time.time() - t0:.0f}s -> {out}")


def main(args):
    rank, world, local_rank = dist_env()
    if world > 1:  # under torchrun: this process on GPU LOCAL_RANK alone
        bind_local_gpu(local_rank)
    if args.score_candidates and world > 1:
        if rank == 0:
            print(f"04_predict: --score-candidates runs in one process: this one; the other {world - 1} stop")
        else:
            return
    try:  # the decoding attention's switch, checked before the model loads
        from arcft.decode_kernel import chosen_mode
        chosen_mode()
    except ValueError as e:
        raise UserError(str(e)) from None
    backend = choose_backend(inference_backend(args.backend, args.engine))
    if args.score_candidates:
        return score_candidates(args, backend)
    group = Group()
    try:
        predict(args, backend, group)
    finally:
        group.close()


def make_sampling(args):
    """The one sampling settings object (arcft.fastgen.Sampling) from 04's options."""
    from arcft.fastgen import Sampling
    if args.greedy and args.samples > 1:
        raise UserError("--greedy with --samples > 1 would give identical rows: use --with-greedy for one argmax row")
    try:
        return Sampling(greedy=args.greedy, top_k=args.top_k, temperature=args.temperature, seed=args.seed,
                        samples=args.samples + args.with_greedy, with_greedy=args.with_greedy)
    except ValueError as e:
        raise UserError(f"sampling: {e}") from None


def my_share(args, group: Group, todo: list[dict], S: int, out: Path) -> tuple[list[dict], Path]:
    """This process's prompts and the file it appends to: all of them into --predictions with one process; under
    torchrun its shard (balanced by expected work) into its own part file."""
    if group.world == 1:
        return todo, out
    shards = balance([prompt_work(p["n_prompt_tokens"], p["answer_tokens_reserved"], args.max_new_tokens, S)
                      for p in todo], group.world)
    return [todo[i] for i in shards[group.rank]], part_path(out, group.rank, group.world)


def encode_prompts(args, fmt, mine: list[dict]) -> list[list[int]]:
    """The prompts' token ids, which must be as many as 02 counted (the same tokenizer)."""
    encoded = [fmt.encode(p["train"], p["test_input"]).ids for p in mine]
    bad = next((p for p, e in zip(mine, encoded) if len(e) != p["n_prompt_tokens"]), None)
    if bad:
        raise UserError(f"{args.eval}: task {bad['task_id']}: prompt token count differs from this model's "
                        "tokenizer: rerun 02_format.py --tokenizer with the model")
    return encoded


def generate_into(args, model, fmt, engine: str, sampling, mine: list[dict], target: Path, show: bool):
    """Generate for `mine`, appending each finished batch's records to `target` (fsynced: a kill loses at most the
    batch in flight). Returns (grids parsed, tokens generated)."""
    import torch
    from tqdm import tqdm

    from arcft.generation import run_prompts
    S, counts = sampling.samples, [0, 0]
    bar = tqdm(total=len(mine), unit="prompt", desc="predict", disable=not show)
    with open(target, "a" if target == Path(args.predictions) else "w") as f:
        def write(batch, rows, dt, logprobs):
            for k, i in enumerate(batch):
                for j in range(S):
                    new = rows[k * S + j]
                    rec = prediction_record(mine[i], j, S, fmt.decode(new), len(new), logprobs[k * S + j],
                                            args.greedy or (args.with_greedy and j == 0), dt / len(rows))
                    counts[0] += rec["grid"] is not None
                    counts[1] += len(new)
                    f.write(json.dumps(rec) + "\n")
            f.flush()
            os.fsync(f.fileno())
            bar.update(len(batch))

        try:
            if mine:
                run_prompts(model, encode_prompts(args, fmt, mine), engine=engine, stop_ids=fmt.stop_ids,
                            pad_id=fmt.pad, max_new_tokens=args.max_new_tokens,
                            reserve=[p["answer_tokens_reserved"] for p in mine], sampling=sampling,
                            keys=[p["id"] for p in mine], batch_size=args.batch_size,
                            max_batch_tokens=args.max_batch_tokens, cache=args.cache, on_batch=write)
        except torch.OutOfMemoryError:
            raise UserError("CUDA out of memory while generating: lower --batch-size or --max-batch-tokens "
                            "(finished predictions are kept; rerun to resume)") from None
    bar.close()
    if mine and engine == "fast" and show:
        from arcft.fastgen import describe_last_run
        print(f"04_predict: engine: {describe_last_run()}")
    return tuple(counts)


def predict(args, backend: str, group: Group) -> None:
    """Predict the prompts still to go: on one GPU into --predictions; under torchrun each process its shard
    (balanced by expected work) into its own part file, merged into --predictions by process 0 at the end."""
    import torch

    from arcft.generation import pick_engine
    sampling = make_sampling(args)
    cuda = group.gather(torch.cuda.is_available())
    if len(set(cuda)) > 1:
        raise UserError(f"processes {[r for r, c in enumerate(cuda) if not c]} see no GPU: start at most one "
                        "process per GPU (torchrun --nproc_per_node)")
    prompts = colour_prompts(load_prompts(args), args.colour_perms, args.seed)
    S = sampling.samples
    out = Path(args.predictions)
    order = record_order(prompts, S)
    todo, done = pending_records(prompts, out, args.overwrite, S)
    parts = find_parts(out)
    group.barrier()  # every process has read the files before any of them changes one
    if not todo:
        if group.main:
            if parts:  # an interrupted merge: every record is there
                merge_parts(out, order, parts)
            print(f"04_predict: all {len(done)} predictions already in {out} (--overwrite to redo them)")
        return
    model, tok, fmt = load_model(args, backend)
    engine = pick_engine(args.engine, backend, model)
    if engine == "hf" and S > 1:
        raise UserError("--samples > 1 and --with-greedy need the fast engine (--engine fast or auto)")
    if group.main:  # only now that the model loaded: keep the finished records (without a torn tail, in order,
        # those of the part files too) and append to them; the parts start afresh
        write_merged(out, merge_records(done, order), parts)
        save_args(out.with_name("04_args.json"), args)
    group.barrier()
    mine, target = my_share(args, group, todo, S, out)
    where = next(model.parameters()).device
    if group.main:
        how = "greedy" if args.greedy else f"top-k {args.top_k}" + (f" x {args.samples}" if args.samples > 1 else "")
        spread = (f", {group.world} processes (one per GPU, shards balanced by expected work)" if group.world > 1
                  else "")
        print(f"04_predict: {len(todo)} prompts to go ({len(done)} records already done), views {args.views}, "
              f"{args.colour_perms} colour permutations, {how}{' + greedy' if args.with_greedy else ''}, "
              f"engine {engine}, on {where}{spread}")
    t_start = time.time()
    counts = generate_into(args, model, fmt, engine, sampling, mine, target, group.main)
    if group.world > 1:
        gpu = f" {os.environ.get('CUDA_VISIBLE_DEVICES')}" if where.type == "cuda" else ""
        print(f"04_predict [process {group.rank} of {group.world}, {where.type}{gpu}]: {len(mine)} prompts, "
              f"{len(mine) * S} predictions in {time.time() - t_start:.0f}s -> {target}")
    counts = group.gather(counts)  # waits for every process
    if group.main:  # in the order a single process writes them (the parts' records, then the parts removed)
        merge_parts(out, order, [part_path(out, r, group.world) for r in range(group.world)] if group.world > 1
                    else [], rerun="the same command")
        dt = time.time() - t_start
        n_parsed, n_tokens = (sum(c[i] for c in counts) for i in (0, 1))
        print(f"04_predict: {len(todo) * S} predictions ({n_parsed} parsed into grids) in {dt:.0f}s, "
              f"{n_tokens / max(dt, 1e-9):.0f} generated tokens/s -> {out}")
    # every process leaves the group together, after the merge: a process that tore its gloo connection down while
    # process 0 was still merging once aborted at exit ('terminate called without an active exception')
    group.barrier()


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=HelpFormatter)
    p.add_argument("--eval", default=str(DATA / "02_eval.jsonl"), help="prompts from 02_format")
    p.add_argument("--adapter", default=str(DATA / "03_adapter"), help="LoRA adapter from 03_train")
    p.add_argument("--model", default=None,
                   help="base model: hub id, folder or named model (default: the one the adapter was trained on)")
    p.add_argument("--no-adapter", action="store_true", help="predict with the base model alone")
    p.add_argument("--predictions", default=str(DATA / "04_predictions.jsonl"), help="output JSONL")
    p.add_argument("--views", default="identity,transpose",
                   help="which prompt views to predict: a comma list, or 'all' (the 8 that 01_augment.py "
                        "--eval-views all writes)")
    p.add_argument("--colour-perms", type=int, default=0,
                   help="K: also predict each prompt under K random permutations of the colours 1-9 (0 kept), "
                        "each prediction mapped back to the original colours")
    p.add_argument("--samples", type=int, default=1,
                   help="samples per prompt (top-k), sharing the prompt's prefill and KV cache (fast engine)")
    p.add_argument("--with-greedy", action="store_true",
                   help="one more row per prompt: the argmax one (sample 0), beside the --samples sampled ones")
    p.add_argument("--backend", default="auto", choices=["auto", "unsloth", "peft"],
                   help="model loading: auto = transformers + peft for the fast engine (LoRA merged), unsloth for "
                        "--engine hf on a GPU that has it")
    p.add_argument("--quant", default="auto", choices=["auto", "4bit", "none"],
                   help="auto: 4-bit on GPUs under 40 GB, bf16 on larger ones, float32 on CPU")
    p.add_argument("--max-len", type=int, default=0,
                   help="model context length for unsloth (--engine hf); 0 = the model's own")
    p.add_argument("--greedy", action="store_true", help="argmax decoding instead of top-k sampling")
    p.add_argument("--top-k", type=int, default=50, help="sample from the k most likely tokens (not with --greedy)")
    p.add_argument("--temperature", type=float, default=1.0,
                   help="divides the logits before sampling: below 1 sharper, above 1 flatter (not with --greedy)")
    p.add_argument("--seed", type=int, default=0,
                   help="seed of the sampling (each batch's generator: seed + a hash of its prompts' ids, so "
                        "reruns match) and of --colour-perms' permutations")
    p.add_argument("--max-new-tokens", type=int, default=MAX_OUTPUT_TOKENS,
                   help="generation bound: a 30x30 grid with its newlines and the end marker")
    p.add_argument("--engine", default="auto", choices=ENGINES,
                   help="fast: arcft.fastgen (packed prefill, one KV cache per batch, finished rows dropped); "
                        "hf: transformers' generate; auto: fast for Llama-architecture models")
    p.add_argument("--batch-size", type=int, default=0,
                   help="most prompts generated together; 0 = 256 (fast engine) or 16 (hf)")
    p.add_argument("--cache", default="dynamic", choices=["dynamic", "static"],
                   help="hf engine's KV cache: transformers' growing one, or one allocated once per batch")
    p.add_argument("--max-batch-tokens", type=int, default=0,
                   help="KV-cache slots per batch, summed over its prompts (prompt + answer); 0 = what the free "
                        "GPU memory holds; with --score-candidates: the fast engine's cache slots per batch "
                        "(prompts x longest prompt; 0 = what the free GPU memory holds), --engine hf's tokens per "
                        "scoring pass (rows x longest; 0 = arcft.modeling.pass_cap on a GPU, 4096 on the CPU)")
    p.add_argument("--score-candidates", action="store_true",
                   help="instead of predicting: score the --score-top leading candidates (by vote) of --predictions "
                        "under every view of --views, teacher-forced, into --scores (for 05_score.py --select "
                        "score: product of experts)")
    p.add_argument("--score-top", type=int, default=4, help="candidates per test input that --score-candidates scores")
    p.add_argument("--scores", default=str(DATA / "04_scores.jsonl"), help="--score-candidates' output JSONL")
    p.add_argument("--limit", type=int, default=0, help="only the first N tasks (0 = all)")
    p.add_argument("--overwrite", action="store_true", help="start afresh instead of resuming")
    cli(main, p)
