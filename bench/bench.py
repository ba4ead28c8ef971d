"""GPU benchmark of the real 03/04 code paths on a random-weight model of Llama-3-8B's exact architecture.

Parts (run any subset; each merges its figures into --out):
  train    03_train.py for --train-steps steps on the real data/02_train.jsonl (03's defaults; the seed's
           configuration is `-- --no-shrink-vocab --grad-ckpt unsloth`):
           tokens/s after --skip-steps warm-up steps, model FLOP utilisation, peak memory, and the projected time
           for the full 3 epochs from the dataset's real token count.
  predict  04's model loading and generation (arcft.generation.run_prompts, the engine 04 picks; --engine hf
           for transformers' generate) over every evaluation prompt x 2 views (or a length-stratified
           --predict-sample, scaled), the number of generated tokens forced to each true output's length plus the
           end marker (random weights never stop by themselves): the projected wall time of a full 04_predict run.
  decode   where generation time goes: prefill seconds and decode milliseconds per step for --decode-batches,
           with the dynamic and a static KV cache (base model, no adapter).
  mem24    03_train.py in 4-bit with the GPU capped at 24 GiB (--gpu-mem-cap) on the longest training texts
           (up to 8192 tokens): peak memory, and whether it ran out.
  predict04  04_predict.py itself, as run_all.sh runs it (under torchrun with --gpus N > 1): the base model on the
           first --p04-limit evaluation tasks, every answer capped at --p04-max-new tokens (random weights never
           stop, so every prompt generates about the cap: the same work for any number of GPUs). Wall time with
           the start-up, and 04's own generation time (the slowest shard's, with the merge).
  score04  04_predict.py --score-candidates (product of experts) as a user runs it: --p04-top candidates per test
           input of the first --p04-limit evaluation tasks (the true output and copies with a cell changed, written
           as 04 predictions), teacher-forced under every view --eval holds (all 8 after 01 --eval-views all).
  probe    forward + backward passes of fixed shapes through 03's model set-up, per checkpointing mode: seconds,
           tokens/s and activation bytes per token (what 03's automatic memory plan is calibrated on).
Extra 03_train.py options for an A/B comparison go after `--`; --tag names the variant in the results.
--gpus N runs train and predict04 on N GPUs, launched as run_all.sh launches them (torchrun, NCCL_NVLS_ENABLE=0).

Examples (on the GPU machine, after 01/02 wrote data/):
  python bench/bench.py --parts train,predict,mem24
  python bench/bench.py --parts train --tag no_ckpt -- --grad-ckpt off
  python bench/bench.py --parts train,predict04 --gpus 2 --tag ddp_2gpu      # many GPUs (README: Many GPUs)
"""
import argparse
import fcntl
import json
import math
import os
import re
import shlex
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from arcft.io import DATA, HelpFormatter, read_jsonl, write_json  # noqa: E402

SEED_H100 = {"train_s": 8243, "predict_s": 7688}
PART_KEYS = {"train": ("train_", "projected_train", "peak_gib_bf16"), "predict": ("predict_", "projected_predict"),
             "mem24": ("mem24_", "peak_gib_24gb"), "decode": ("decode_",), "probe": ("probe_",),
             "predict04": ("predict04_",), "score04": ("score04_",)}
PEAK_BF16_FLOPS = {"H100": 989e12, "H200": 989e12, "A100": 312e12, "A10": 125e12}  # datasheet, dense bf16


def peak_flops(device: str) -> float | None:
    return next((v for k, v in PEAK_BF16_FLOPS.items() if k in device), None)


def matmul_params(model_dir: str) -> float:
    """Parameters of the transformer layers' matrix products, which every token goes through. The lm_head is left
    out: with the loss on output grids it only sees the trained positions, and with --shrink-vocab it has 17 rows
    (so the MFU here is a lower bound)."""
    cfg = json.loads((Path(model_dir) / "config.json").read_text())
    d, ff, layers = cfg["hidden_size"], cfg["intermediate_size"], cfg["num_hidden_layers"]
    kv = d // cfg["num_attention_heads"] * cfg["num_key_value_heads"]
    return layers * (2 * d * d + 2 * d * kv + 3 * d * ff)


def ensure_model(path: Path) -> Path:
    if not (path / "config.json").is_file():
        import torch
        if not torch.cuda.is_available():
            sys.exit(f"bench: {path} has no model, and building the 8B one needs a GPU (pass --model)")
        from arcft.tiny import build
        t = time.time()
        build(path, arch="llama3-8b", dtype="bfloat16", device="cuda")
        print(f"bench: built random-weight Llama-3-8B architecture in {path} ({time.time() - t:.0f}s)")
    return path


def launcher(gpus: int) -> list:
    """How a stage starts: plain python, or torchrun with one process per GPU, as run_all.sh does it."""
    if gpus <= 1:
        return [sys.executable]
    os.environ["NCCL_NVLS_ENABLE"] = "0"  # NVLink multicast stays off on the lent machines
    return [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", gpus, "--"]


def run(cmd, log: Path):
    print("bench: $", " ".join(map(str, cmd)), flush=True)
    t = time.time()
    with open(log, "w") as f:
        p = subprocess.run([str(c) for c in cmd], stdout=f, stderr=subprocess.STDOUT)
    tail = log.read_text()[-3000:]
    return p.returncode, time.time() - t, tail


def part_train(args, work: Path, extra: list) -> dict:
    log = work / "train_log.jsonl"
    cmd = [*launcher(args.gpus), REPO / "03_train.py", "--train", args.train, "--model", args.model, "--adapter",
           work / "adapter", "--checkpoints", work / "ckpt", "--log", log, "--max-steps", args.train_steps,
           "--log-every", 1, "--save-every", 10**6, "--overwrite", *extra]
    rc, wall, tail = run(cmd, work / "train.out")
    if rc != 0:
        return {"train_error": tail}
    recs = read_jsonl(log)
    backend = re.search(r"03_train: backend (\w+)", (work / "train.out").read_text())
    timed = [r for r in recs if r["step"] > args.skip_steps]
    if not timed:
        return {"train_error": f"no step after the {args.skip_steps} warm-up steps (--skip-steps)"}
    # tokens/s over the timed steps: total tokens / total time (each record covers one step)
    secs = [r["tokens"] / r["tokens_per_s"] for r in timed]
    tokens = sum(r["tokens"] for r in timed)
    tps = tokens / sum(secs)
    texts = read_jsonl(Path(args.train))
    total_tokens = args.epochs * sum(r["n_tokens"] for r in texts)
    # LoRA on frozen weights: forward 2N + backward (activation gradients only) 2N FLOPs per token; the
    # recomputation of gradient checkpointing and the small LoRA/attention terms are not counted
    peak = peak_flops(args.device)
    mfu = round(4 * matmul_params(args.model) * tps / peak, 3) if peak else None
    fit = step_fit([r["tokens"] for r in timed], secs)
    ran = json.loads((work / "03_args.json").read_text())  # 03's options as resolved (batch size when auto)
    steps_total = args.epochs * math.ceil(len(texts) / ran["batch_size"])
    steady = (round(steps_total * fit["overhead_s"] + total_tokens / fit["tokens_per_s"])
              if fit and fit["tokens_per_s"] > 0 else None)
    return {"train_tokens_per_s": round(tps), "train_mfu": mfu,
            "projected_train_s": round(total_tokens / tps, 1), "train_tokens_3_epochs": total_tokens,
            "train_step_fit": fit, "projected_train_s_steady": steady,
            "peak_gib_bf16": max((r["gpu_mem"] or 0) for r in recs) or None, "train_steps_timed": len(timed),
            "train_wall_s_incl_load": round(wall), "train_loss_last": recs[-1]["loss"],
            "train_grad_ckpt": ran.get("grad_ckpt"), "train_max_batch_tokens": ran.get("max_batch_tokens"),
            "train_shrink_vocab": ran.get("shrink_vocab"), "train_gpus": args.gpus,
            "train_backend": backend.group(1) if backend else None}


def step_fit(tokens: list[int], secs: list[float]) -> dict | None:
    """Least-squares fit of step time = overhead + tokens / rate over the timed steps, leaving out spikes (allocator
    growth, kernel compilation for a new size): a step is a spike when it took over twice what the fit of the other
    steps predicts for it; the worst is dropped, and so on. The overhead is what every optimizer step costs whatever
    its length (optimizer, full-trained embeddings, launches); the rate is the marginal throughput. A diagnostic
    beside the measured mean, not a substitute for it."""
    import numpy as np
    if len(tokens) < 4:
        return None
    n, t = np.array(tokens, float), np.array(secs, float)

    def fit(mask):
        (c0, c1), *_ = np.linalg.lstsq(np.vstack([np.ones(mask.sum()), n[mask]]).T, t[mask], rcond=None)
        return c0, c1

    keep = np.ones(len(n), bool)
    while keep.sum() > 4:
        excess = {}
        for i in np.flatnonzero(keep):  # each step against the fit of the others (a spike bends a fit it is in)
            others = keep.copy()
            others[i] = False
            c0, c1 = fit(others)
            excess[i] = t[i] / (2 * (c0 + c1 * n[i]) + 0.05)
        worst = max(excess, key=excess.get)
        if excess[worst] <= 1:
            break
        keep[worst] = False
    c0, c1 = fit(keep)
    if c1 <= 0:
        return None
    return {"overhead_s": round(float(c0), 3), "tokens_per_s": round(float(1 / c1)),
            "spike_steps": int((~keep).sum()), "spike_s": round(float((t[~keep] - (c0 + c1 * n[~keep])).sum()), 1)}


def part_decode(args, work: Path) -> dict:
    """Where generation time goes: prefill time and decode milliseconds per step at several batch sizes, for the
    default dynamic KV cache and a static one (transformers' cache_implementation="static")."""
    from arcft.generation import generate_batch
    from arcft.modeling import choose_backend, inference_format, load_for_inference, want_4bit
    backend = choose_backend(args.backend)
    model, tok = load_for_inference(None, args.model, backend, want_4bit(args.quant), 8192)
    fmt = inference_format(tok, None)
    p = min(read_jsonl(Path(args.eval)), key=lambda r: abs(r["n_prompt_tokens"] - 1500))  # about the median
    ids = fmt.encode(p["train"], p["test_input"]).ids
    out = {"decode_prompt_tokens": len(ids), "decode_backend": backend}

    def timed(batch, new, cache):  # 04's generation call, exactly `new` tokens for each of `batch` prompts
        return generate_batch(model, [ids] * batch, fmt.pad, fmt.stop_ids, new, min_new_tokens=new, cache=cache)[1]

    for cache in ("dynamic", "static"):
        for batch in args.decode_batches:
            try:
                timed(batch, 2, cache)  # warm-up
                t1, t65 = timed(batch, 1, cache), timed(batch, 65, cache)
                step = max(t65 - t1, 1e-9) / 64
                out[f"decode_{cache}_b{batch}"] = {"prefill_s": round(t1, 3), "ms_per_step": round(step * 1e3, 1),
                                                   "tokens_per_s": round(batch / step)}
            except Exception as e:  # noqa: BLE001  (a diagnostic: record what failed and go on)
                out[f"decode_{cache}_b{batch}"] = {"error": f"{type(e).__name__}: {str(e)[:300]}"}
    return out


def part_predict(args, work: Path) -> dict:
    """04's model loading and generation (arcft.generation.run_prompts, the engine 04 picks) over every evaluation
    prompt, or a length-stratified sample scaled up; each prompt generates exactly its true output's tokens."""
    import torch

    from arcft.generation import inference_backend, pick_engine, run_prompts
    from arcft.grids import apply_view
    from arcft.modeling import choose_backend, inference_format, load_for_inference, want_4bit
    from arcft.textformat import grid_tokens

    backend = choose_backend(inference_backend(args.backend, args.engine))
    adapter = work / "adapter" if (work / "adapter" / "adapter_config.json").is_file() else None
    t = time.time()
    model, tok = load_for_inference(adapter, args.model, backend, want_4bit(args.quant), 0)
    load_s = time.time() - t
    engine = pick_engine(args.engine, backend, model)  # as 04 does
    cuda = torch.cuda.is_available()
    fmt = inference_format(tok, adapter)  # as 04 does
    truth = {}
    for r in read_jsonl(Path(args.eval01)):
        for i, t in enumerate(r["test"]):
            truth[(r["task_id"], r["view"], i)] = grid_tokens(apply_view(t["output"], "identity")) + 1
    prompts = read_jsonl(Path(args.eval))
    if args.predict_sample and args.predict_sample < len(prompts):
        srt = sorted(prompts, key=lambda p: (p["answer_tokens_reserved"], p["n_prompt_tokens"]))
        step = len(srt) / args.predict_sample
        sample = [srt[int(k * step)] for k in range(args.predict_sample)]
    else:
        sample = prompts
    enc = [fmt.encode(p["train"], p["test_input"]).ids for p in sample]
    want = [truth[(p["task_id"], p["view"], p["test_index"])] for p in sample]
    got, batches = {}, []

    S = args.predict_samples  # rows per prompt sharing its prefill (04 --samples)

    def collect(b, new, dt, logprobs):
        batches.append((len(b), round(dt, 2)))
        got.update((i, new[k * S:(k + 1) * S]) for k, i in enumerate(b))
    from arcft.fastgen import Sampling
    common = dict(engine=engine, stop_ids=fmt.stop_ids, pad_id=fmt.pad, max_new_tokens=931,
                  sampling=Sampling(samples=S),
                  batch_size=args.predict_batch, max_batch_tokens=args.max_batch_tokens, cache=args.cache)
    keys = [p["id"] for p in sample]
    # warm-up (kernels, allocator) on two small prompts
    run_prompts(model, enc[:2], reserve=want[:2], lengths=[8, 8], keys=keys[:2], **common)
    if cuda:
        torch.cuda.synchronize()
        torch.cuda.reset_peak_memory_stats()
    t0 = time.time()
    run_prompts(model, enc, reserve=[p["answer_tokens_reserved"] for p in sample], lengths=want, keys=keys,
                on_batch=collect, **common)
    if cuda:
        torch.cuda.synchronize()
    wall = time.time() - t0
    assert sorted(got) == list(range(len(sample))) and all(len(r) == want[i] for i in got for r in got[i]), "lengths"
    scale = len(prompts) / len(sample)
    return {"projected_predict_s": round(wall * scale, 2), "predict_tokens_per_s": round(S * sum(want) / wall),
            "predict_samples": S, "predict_generations_total": len(prompts) * S,
            "predict_prompt_tokens_per_s": round(sum(map(len, enc)) / wall), "predict_load_s": round(load_s, 1),
            "predict_prompts_timed": len(sample), "predict_prompts_total": len(prompts),
            "predict_batches": batches, "predict_engine": engine, "predict_backend": backend,
            "predict_engine_stats": engine_stats(),
            "predict_peak_gib": round(torch.cuda.max_memory_allocated() / 2**30, 2) if cuda else None}


def part_predict04(args, work: Path) -> dict:
    """04_predict.py as a user runs it, on --gpus GPUs: the base model, --p04-limit tasks, answers capped."""
    cmd = [*launcher(args.gpus), REPO / "04_predict.py", "--eval", args.eval, "--model", args.model, "--no-adapter",
           "--predictions", work / "p04.jsonl", "--max-new-tokens", args.p04_max_new, "--limit", args.p04_limit,
           "--overwrite", *shlex.split(args.p04_args)]
    rc, wall, tail = run(cmd, work / "predict04.out")
    done = re.search(r"04_predict: (\d+) predictions .* in (\d+)s, (\d+) generated tokens/s", tail)
    if rc != 0 or not done:
        return {"predict04_error": tail[-1500:]}
    return {"predict04_gpus": args.gpus, "predict04_predictions": int(done.group(1)),
            "predict04_generate_s": int(done.group(2)), "predict04_tokens_per_s": int(done.group(3)),
            "predict04_wall_s_incl_start": round(wall, 1), "predict04_max_new_tokens": args.p04_max_new,
            "predict04_tasks": args.p04_limit or "all", "predict04_args": args.p04_args}


def engine_stats() -> dict:
    """What the fast engine counted in its last run: batches, decoding steps, CUDA graphs captured (or failed),
    compactions, cache growths, prefill chunks (empty for transformers' generate)."""
    from arcft import fastgen
    return dict(fastgen._stats)


def candidate_records(eval01: Path, top: int, limit: int) -> list[dict]:
    """`top` distinct grids per test input as 04 prediction records (identity view): the true output, then copies
    with one cell changed; the first `limit` tasks (0: all)."""
    recs, tasks = [], []
    for r in read_jsonl(eval01):
        if r["view"] != "identity":
            continue
        if r["task_id"] not in tasks:
            tasks.append(r["task_id"])
        if limit and len(tasks) > limit:
            break
        for i, t in enumerate(r["test"]):
            for k in range(top):
                g = [row[:] for row in t["output"]]
                if k:
                    y, x = divmod(k - 1, len(g[0]))
                    g[y % len(g)][x] = (g[y % len(g)][x] + k) % 10  # + k: distinct even in a 1x1 grid
                recs.append({"id": f"{r['task_id']}.{i}.c{k}", "task_id": r["task_id"], "test_index": i,
                             "view": "identity", "colours": None, "sample": k, "greedy": False, "grid": g,
                             "logprob": None})
    return recs


def part_score04(args, work: Path) -> dict:
    """--score-candidates over synthetic candidates, timed (the scoring itself and the whole stage)."""
    preds = work / "score_candidates.jsonl"
    recs = candidate_records(Path(args.eval01), args.p04_top, args.p04_limit)
    preds.write_text("".join(json.dumps(r) + "\n" for r in recs))
    cmd = [sys.executable, REPO / "04_predict.py", "--eval", args.eval, "--model", args.model, "--no-adapter",
           "--predictions", preds, "--views", "all", "--score-candidates", "--score-top", args.p04_top, "--scores",
           work / "scores.jsonl", "--overwrite", *shlex.split(args.p04_args)]
    rc, wall, tail = run(cmd, work / "score04.out")
    done = re.search(r"04_predict: (\d+) candidate scores in (\d+)s", tail)
    if rc != 0 or not done:
        return {"score04_error": tail[-1500:]}
    return {"score04_pairs": int(done.group(1)), "score04_s": int(done.group(2)),
            "score04_wall_s_incl_start": round(wall, 1), "score04_candidates": len(recs),
            "score04_top": args.p04_top, "score04_tasks": args.p04_limit or "all",
            "score04_shared_prefill": "prefilled once" in (work / "score04.out").read_text()}


def part_probe(args, work: Path, extra: list) -> dict:
    """Forward + backward passes of fixed shapes through 03's model set-up (real training texts cut to the width):
    seconds per pass, tokens/s and the peak memory above the loaded model, for each --probe-ckpt mode. Gives the
    activation bytes per token that 03's automatic memory plan uses, and throughput against pass size."""
    import gc

    import torch

    from arcft.modeling import LoraSettings, choose_backend, load_for_training, masked_lm_loss, want_4bit
    from arcft.textformat import GridFormat
    backend = choose_backend(args.backend)
    if torch.cuda.is_available():
        torch.backends.cuda.enable_cudnn_sdp(False)  # as 03 does
    texts = read_jsonl(Path(args.train))
    cuda = torch.cuda.is_available()

    def sync():
        if cuda:
            torch.cuda.synchronize()
        return time.time()
    out = {}
    for ckpt in args.probe_ckpt.split(","):
        if cuda:
            torch.cuda.empty_cache()
        shrink = "--no-shrink-vocab" not in extra
        model, tok, ckpt, _ = load_for_training(args.model, backend, want_4bit(args.quant), 8192, LoraSettings(),
                                                ckpt, shrink, 1 << 20, 8192)
        model.train()
        fmt = GridFormat(tok, compact=shrink)
        params = [p for p in model.parameters() if p.requires_grad]
        seen = {}  # the dtype the residual stream enters the first layer in (float32 would mean slow matmuls)
        base_model = model.get_base_model() if hasattr(model, "get_base_model") else model
        base_model.model.layers[0].register_forward_pre_hook(
            lambda mod, a, kw: seen.update(dtype=str((a[0] if a else kw["hidden_states"]).dtype)), with_kwargs=True)
        out[f"probe_{ckpt}_trainable"] = {str(p.dtype): sum(q.numel() for q in params if q.dtype == p.dtype)
                                          for p in params}
        opt = torch.optim.AdamW(params, lr=1e-5)
        ids, labels = [], []  # the training texts one after another, cut into rows (timing and memory only)
        for r in texts[:64]:
            e = fmt.encode(r["train"], r["test_input"], r["test_output"])
            ids += e.ids
            labels += e.labels("outputs")
        for rows, width in args.probe_shapes:
            batch = {"input_ids": torch.tensor(ids[:rows * width]).view(rows, width),
                     "labels": torch.tensor(labels[:rows * width]).view(rows, width)}
            batch = {k: v.to("cuda" if cuda else "cpu") for k, v in batch.items()}
            key = f"probe_{ckpt}_{rows}x{width}"
            try:
                times = []
                for it in range(4):  # the first is warm-up
                    if cuda:
                        torch.cuda.reset_peak_memory_stats()
                        base = torch.cuda.memory_allocated()
                    t0 = sync()
                    loss = masked_lm_loss(model, batch)
                    t1 = sync()
                    loss.backward()
                    t2 = sync()
                    opt.step()
                    opt.zero_grad(set_to_none=True)
                    t3 = sync()
                    times.append((t3 - t0, t1 - t0, t2 - t1, t3 - t2))
                sec, fwd, bwd, step = sorted(times[1:])[1]
                res = {"s": round(sec, 3), "tokens_per_s": round(rows * width / sec), "fwd_s": round(fwd, 3),
                       "bwd_s": round(bwd, 3), "opt_s": round(step, 3), "hidden_dtype": seen.get("dtype")}
                if cuda:
                    res["act_bytes_per_token"] = round((torch.cuda.max_memory_allocated() - base) / (rows * width))
                    res["peak_gib"] = round(torch.cuda.max_memory_allocated() / 2**30, 2)
                out[key] = res
            except torch.OutOfMemoryError:
                out[key] = {"error": "out of memory"}
            print(f"bench: {key}: {out[key]}", flush=True)
        del model, opt, params
        gc.collect()
    return out


def part_mem24(args, work: Path, extra: list) -> dict:
    recs = sorted(read_jsonl(Path(args.train)), key=lambda r: -r["n_tokens"])[:16]
    longest = work / "longest.jsonl"
    longest.write_text("".join(json.dumps(r) + "\n" for r in recs))
    log = work / "mem24_log.jsonl"
    cmd = [sys.executable, REPO / "03_train.py", "--train", longest, "--model", args.model, "--adapter",
           work / "adapter24", "--checkpoints", work / "ckpt24", "--log", log, "--max-steps", 2,
           "--log-every", 1, "--save-every", 10**6, "--overwrite", "--gpu-mem-cap", 24, "--quant", "4bit", *extra]
    rc, wall, tail = run(cmd, work / "mem24.out")
    out = {"mem24_tokens_longest": recs[0]["n_tokens"], "mem24_ok": rc == 0 and "out of memory" not in tail}
    if log.exists() and log.read_text().strip():
        out["peak_gib_24gb_4bit"] = max(r["gpu_mem"] for r in read_jsonl(log))
    if rc != 0:
        out["mem24_error"] = tail[-1500:]
    return out


def main(args, extra):
    import torch
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    args.model = str(ensure_model(Path(args.model)))
    args.device = torch.cuda.get_device_name(0) if torch.cuda.is_available() else "cpu (dry run)"
    out = Path(args.out)
    tag = args.tag
    res = (json.loads(out.read_text()) if out.exists() else {}).get("runs", {}).get(tag, {})  # parts run before
    command = "python bench/bench.py " + " ".join(sys.argv[1:])
    res.update({"device": args.device, "extra_03_args": extra})
    parts = {"train": lambda: part_train(args, work, extra), "predict": lambda: part_predict(args, work),
             "mem24": lambda: part_mem24(args, work, extra), "decode": lambda: part_decode(args, work),
             "probe": lambda: part_probe(args, work, extra), "predict04": lambda: part_predict04(args, work),
             "score04": lambda: part_score04(args, work)}
    for part in args.parts.split(","):
        t = time.time()
        if part not in parts:
            sys.exit(f"bench: unknown part {part!r} ({', '.join(parts)})")
        # each part's figures with the command and date that produced them (parts of one tag may come from
        # different runs)
        res.setdefault("commands", {})[part] = command
        res.setdefault("dates", {})[part] = time.strftime("%Y-%m-%d %H:%M")
        for k in [k for k in res if k.startswith(PART_KEYS[part])]:  # no stale figures from an earlier run
            del res[k]
        res.update(parts[part]())
        print(f"bench: {part} done in {time.time() - t:.0f}s: {json.dumps(res)}", flush=True)
        save(out, tag, res)
    print(f"bench: results -> {out}")


def save(out: Path, tag: str, res: dict) -> None:
    """Merge this run's figures into `out` under runs -> tag, the file read afresh under a lock: bench runs side by
    side (one per GPU) each keep the others' entries (2026-11-29: one read at start, written at the end, lost
    three)."""
    with open(out.with_name(out.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        results = json.loads(out.read_text()) if out.exists() else {}
        results.setdefault("runs", {})[tag] = res
        if tag == "default":
            results.update({k: res[k] for k in ("device", "train_tokens_per_s", "train_mfu", "projected_train_s",
                                                 "projected_predict_s", "predict_tokens_per_s", "peak_gib_bf16",
                                                 "peak_gib_24gb_4bit") if k in res})
            results["command"] = " ; ".join(dict.fromkeys(res.get("commands", {}).values()))
            results["seed_h100"] = SEED_H100
        write_json(out, results)


if __name__ == "__main__":
    argv = sys.argv[1:]
    extra = argv[argv.index("--") + 1:] if "--" in argv else []
    argv = argv[:argv.index("--")] if "--" in argv else argv
    p = argparse.ArgumentParser(description=__doc__, formatter_class=HelpFormatter)
    p.add_argument("--parts", default="train,predict,mem24",
                   help="comma list of train, predict, predict04, score04, mem24, decode, probe")
    p.add_argument("--model", default="/tmp/llama3-8b-random",
                   help="random-weight Llama-3-8B-architecture folder (built there when missing)")
    p.add_argument("--train", default=str(DATA / "02_train.jsonl"))
    p.add_argument("--eval", default=str(DATA / "02_eval.jsonl"))
    p.add_argument("--eval01", default=str(DATA / "01_eval.jsonl"), help="for the true output lengths")
    p.add_argument("--epochs", type=int, default=3, help="epochs the projection is for")
    p.add_argument("--train-steps", type=int, default=30)
    p.add_argument("--skip-steps", type=int, default=5, help="warm-up steps left out of the throughput")
    p.add_argument("--predict-sample", type=int, default=0, help="prompts to time (0 = all), scaled up")
    p.add_argument("--predict-samples", type=int, default=1,
                   help="predict: top-k samples per prompt, sharing its prefill (04 --samples)")
    p.add_argument("--predict-batch", type=int, default=0, help="04's --batch-size (0 = its default)")
    p.add_argument("--engine", default="auto", choices=["auto", "fast", "hf"], help="04's --engine")
    p.add_argument("--decode-batches", type=lambda v: [int(x) for x in v.split(",")], default=[1, 16, 64],
                   help="batch sizes the decode part times")
    p.add_argument("--max-batch-tokens", type=int, default=0)
    p.add_argument("--probe-ckpt", default="off,unsloth", help="checkpointing modes the probe part loads in turn")
    p.add_argument("--probe-shapes", default=[(1, 1024), (1, 4096), (4, 2048), (1, 8192), (2, 8192)],
                   type=lambda v: [tuple(int(x) for x in s.split("x")) for s in v.split(",")],
                   help="rows x width of the probe's passes")
    p.add_argument("--cache", default="dynamic", choices=["dynamic", "static"], help="KV cache for predict (as 04)")
    p.add_argument("--gpus", type=int, default=1, help="GPUs for train and predict04 (torchrun when > 1)")
    p.add_argument("--p04-limit", type=int, default=0, help="predict04: only the first N tasks (0 = all)")
    p.add_argument("--p04-max-new", type=int, default=160, help="predict04: answer tokens per prompt (the cap)")
    p.add_argument("--p04-top", type=int, default=4, help="score04: candidates per test input")
    p.add_argument("--p04-args", default="", help="predict04, score04: more 04_predict.py options, e.g. '--views all "
                   "--samples 1 --with-greedy' (the vote's 16 rows per test input; 02_eval.jsonl with all 8 views)")
    p.add_argument("--backend", default="auto")
    p.add_argument("--quant", default="auto")
    p.add_argument("--work", default="/tmp/bench", help="scratch folder")
    p.add_argument("--tag", default="default", help="name of this variant in the results")
    p.add_argument("--out", default=str(REPO / "bench" / "results.json"))
    main(p.parse_args(argv), extra)
