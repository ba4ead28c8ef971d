"""Where the scoring pass's time goes (04 --score-candidates; issue 10's 8B target: 13,408 pairs in <= 300 s, 375 s
on 2026-11-29), part by part, on a model of Llama-3-8B's shapes with fewer layers, built in memory.

  python3 bench/score_step.py --eval /tmp/d8/02_eval.jsonl --eval01 /tmp/d8/01_eval.jsonl     # on the GPU
  python3 bench/score_step.py --layers 32 --pairs 2048 --no-fused       # arcft.fused's kernels off
  python3 bench/score_step.py --layers 1 --hidden 64 --pairs 16 --device cpu --eval data/02_eval.jsonl \\
      --eval01 data/01_eval.jsonl                                                            # dry run

The pairs are bench.py's score04 candidates (per test input the true output and 3 copies with one cell changed)
in every view of --eval, the first --pairs of them, scored as 04 scores them (arcft.poe.shared_prefix_logprobs:
each view's prompt prefilled once for its candidates): once to warm up, once timed, once under torch.profiler. It
prints the token counts (prompts prefilled, candidates' tokens), the time, and the CUDA time by phase (prefill,
extend) and by kind of kernel (matmuls, attention, copies, norms, ...), then a JSON line. --no-fused runs RMSNorm,
the MLP's silu * up and the rotary embedding as torch ops (arcft.fused's kernels off). Earlier forms compared
padded passes with the packed ones, now the only layout: `git show 910a06a:bench/score_step.py`.
"""
import argparse
import collections
import json
import sys
import tempfile
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from arcft import fastgen, poe, teacher  # noqa: E402
from arcft.io import DATA, HelpFormatter, read_jsonl  # noqa: E402
from arcft.grids import VIEWS  # noqa: E402

KINDS = [("attention", ("flash", "fmha", "attention", "efficient")), ("log_softmax", ("softmax",)),
         ("matmul", ("gemm", "cutlass", "nvjet", "sm90", "sm80", "xmma", "ampere", "aten::mm", "aten::addmm")),
         ("copy", ("copy", "cat", "index", "gather", "scatter", "fill")), ("norm", ("norm",)),
         ("elementwise", ("elementwise", "vectorized", "reduce", "unrolled"))]


def kind(name: str) -> str:
    n = name.lower()
    return next((k for k, keys in KINDS if any(x in n for x in keys)), "other")


def build_model(args, dev):
    from transformers import LlamaConfig, LlamaForCausalLM

    from arcft.textformat import load_tokenizer
    from arcft.tiny import ARCHS
    tok = load_tokenizer()
    shape = dict(ARCHS["llama3-8b"], num_hidden_layers=args.layers)
    if args.hidden:  # a narrow stand-in for dry runs
        shape.update(hidden_size=args.hidden, intermediate_size=2 * args.hidden, num_attention_heads=4,
                     num_key_value_heads=2)
    cfg = LlamaConfig(vocab_size=128256, max_position_embeddings=8192, rope_theta=500000.0, rms_norm_eps=1e-5,
                      tie_word_embeddings=False, bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id,
                      **shape)
    torch.manual_seed(0)
    dtype = torch.bfloat16 if dev.type == "cuda" else torch.float32
    torch.set_default_dtype(dtype)
    with dev:
        model = LlamaForCausalLM(cfg).eval()
    torch.set_default_dtype(torch.float32)
    return model, tok


def jobs_for(args, tok) -> list[dict]:
    from bench import candidate_records

    from arcft.modeling import inference_format
    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / "candidates.jsonl"
        f.write_text("".join(json.dumps(r) + "\n" for r in candidate_records(Path(args.eval01), 4, 0)))
        leading = poe.read_leading(f, 4)
    prompts = [r for r in read_jsonl(Path(args.eval)) if r["view"] in VIEWS]
    jobs, _ = poe.score_jobs(leading, prompts, inference_format(tok, None), 8192)
    return jobs[:args.pairs]


def counts(jobs: list[dict]) -> dict:
    """Tokens the pass runs: prompts prefilled (once per view) and candidates' tokens."""
    prefixes, conts = {}, []
    for j in jobs:
        prefix, cont = poe.prefix_and_candidate(j)
        prefixes[prefix] = len(prefix)
        conts.append(len(cont))
    return {"pairs": len(jobs), "prompts": len(prefixes), "prompt_tokens": sum(prefixes.values()),
            "candidate_tokens": sum(conts)}


def main(args):
    dev = torch.device(args.device)
    cuda = dev.type == "cuda"
    t = time.time()
    model, tok = build_model(args, dev)
    jobs = jobs_for(args, tok)
    c = counts(jobs)
    print(f"score_step: {args.layers} layers of Llama-3-8B's shapes on {dev} ({time.time() - t:.0f} s to build); "
          f"{json.dumps(c)}")
    fastgen._FUSED = args.fused

    from torch.profiler import record_function
    def ranged(real, name):  # each phase a range of its own in the profile (the rest: the head, copies)
        def wrapped(*a, **k):
            with record_function(f"score.{name}"):
                return real(*a, **k)
        return wrapped
    fastgen._Engine.prefill = ranged(fastgen._Engine.prefill, "prefill")
    teacher.extend = ranged(teacher.extend, "extend")

    def run():
        if cuda:
            torch.cuda.synchronize()
        t0 = time.perf_counter()
        lps = poe.shared_prefix_logprobs(model, jobs, 0)
        if cuda:
            torch.cuda.synchronize()
        return time.perf_counter() - t0, lps
    run()  # warm-up (kernels chosen, memory pools grown)
    secs, _ = run()
    per_layer = secs / args.layers
    print(f"score_step: {len(jobs)} pairs in {secs:.2f} s ({len(jobs) / secs:.0f} pairs/s); "
          f"{(c['prompt_tokens'] + c['candidate_tokens']) / secs:.0f} tokens/s")
    out = {"layers": args.layers, "device": torch.cuda.get_device_name(dev) if cuda else "cpu", "fused": args.fused,
           **c, "seconds": round(secs, 3), "seconds_per_layer": round(per_layer, 4)}
    if args.profile:
        from torch.profiler import ProfilerActivity, profile
        acts = [ProfilerActivity.CPU] + ([ProfilerActivity.CUDA] if cuda else [])
        with profile(activities=acts) as prof:
            wall, _ = run()
        by_kind, top, phases = collections.Counter(), [], {}
        for e in prof.key_averages():
            if e.key.startswith("score."):  # the phase ranges: their kernels' time (device) or their own (CPU)
                phases[e.key[6:]] = (getattr(e, "device_time_total", 0) if cuda else e.cpu_time_total) / 1e6
                continue
            us = getattr(e, "self_device_time_total", 0) if cuda else e.self_cpu_time_total
            if us and (not cuda or e.device_type.name == "CUDA"):
                by_kind[kind(e.key)] += us
                top.append((us, e.count, e.key))
        total = sum(by_kind.values()) or 1
        print(f"score_step: profiled run {wall:.2f} s, kernels busy {total / 1e6:.2f} s; by phase (kernel time): "
              + ", ".join(f"{k} {v:.2f} s" for k, v in phases.items()))
        print("score_step: " + ("CUDA" if cuda else "CPU") + " time by kind: " + ", ".join(
            f"{k} {v / 1e6:.2f} s ({100 * v / total:.0f}%)" for k, v in by_kind.most_common()))
        for us, n, name in sorted(top, reverse=True)[:args.top]:
            print(f"  {us / 1e6:8.3f} s  {n:7}x  {name[:110]}")
        out["by_kind_s"] = {k: round(v / 1e6, 3) for k, v in by_kind.most_common()}
        out.update(profiled_s=round(wall, 3), busy_s=round(total / 1e6, 3),
                   phase_s={k: round(v, 3) for k, v in phases.items()})
    print(json.dumps(out))


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=HelpFormatter)
    p.add_argument("--eval", default=str(DATA / "02_eval.jsonl"), help="02's prompts, all views (01 --eval-views all)")
    p.add_argument("--eval01", default=str(DATA / "01_eval.jsonl"), help="01's eval records (the candidates' source)")
    p.add_argument("--layers", type=int, default=8, help="decoder layers (Llama-3-8B has 32; time scales with them)")
    p.add_argument("--hidden", type=int, default=0, help="a narrow model for a dry run (0: Llama-3-8B's 4096)")
    p.add_argument("--pairs", type=int, default=1024, help="(candidate, view) pairs scored (04 scores 1,024 a call)")
    p.add_argument("--fused", action=argparse.BooleanOptionalAction, default=True,
                   help="arcft.fused's RMSNorm, silu * up and rotary embedding kernels (where they run)")
    p.add_argument("--device", default="cuda")
    p.add_argument("--profile", action=argparse.BooleanOptionalAction, default=True, help="the torch.profiler run")
    p.add_argument("--top", type=int, default=15, help="costliest kernels listed")
    main(p.parse_args())
