"""What one decoding step of 04's engine (arcft.fastgen) costs, by rows and cache length: the fixed cost of a step
(kernel launches) apart from the cost of reading the KV cache, and how many kernels a step launches.

  python3 bench/decode_step.py                                   # SmolLM2 (data/00_smollm2-135m), on the GPU
  python3 bench/decode_step.py --model /tmp/llama3-8b-random --shapes 16x2048,64x2048,64x8192
  python3 bench/decode_step.py --model /tmp/tinym --device cpu --shapes 2x128 --reps 2   # a dry run

For each ROWSxLENGTH it times the step as a CUDA graph (as 04 runs it) and eagerly, and prints ms per step, also
with the rows as 2 samples per prompt whose K/V is held once (04 --samples 2); then it counts the kernels of one
eager step with torch.profiler and lists the costliest. Two shapes with the same rows
and different lengths give the cost per cache slot, a small one the fixed cost. Prints a JSON line at the end.
"""
import argparse
import json
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from arcft import fastgen  # noqa: E402


def timed(fn, reps: int, cuda: bool) -> float:
    fn()
    if cuda:
        torch.cuda.synchronize()
    t = time.perf_counter()
    for _ in range(reps):
        fn()
    if cuda:
        torch.cuda.synchronize()
    return (time.perf_counter() - t) / reps * 1000


def main(args):
    from transformers import AutoModelForCausalLM
    dev = torch.device(args.device)
    cuda = dev.type == "cuda"
    model = AutoModelForCausalLM.from_pretrained(args.model, dtype=torch.bfloat16 if cuda else torch.float32)
    model.to(dev).eval()
    eng = fastgen._Engine(model, cuda_graphs=cuda)
    print(f"decode_step: {args.model} on {dev}; CUDA graphs {'on' if eng.graphs else 'off'}")
    rows_out = []
    with torch.inference_mode(), fastgen._attention_backends():
        for shape in args.shapes.split(","):
            rows, length = (int(x) for x in shape.lower().split("x"))
            cache = eng.new_cache(rows, length)
            bias = torch.zeros(rows, 1, 1, length, dtype=eng.dtype, device=dev)
            tok = torch.zeros(rows, dtype=torch.long, device=dev)
            pos = torch.full((rows,), length - 1, device=dev)
            cur = length - 1
            eager = timed(lambda: eng.step(tok, pos, cache, bias, cur), args.reps, cuda)
            graph = g = None
            if eng.graphs:
                g = fastgen._GraphStep(dev, rows, lambda t, p, c: eng.step(t, p, cache, bias, c))
                graph = timed(lambda: g(tok, pos, cur), args.reps, cuda)
            cache = g = None  # freed before the next allocation (the captured graph holds the cache)
            # the same rows as 2 samples of rows / 2 prompts (04 --samples 2, --with-greedy): the prompt's K/V held
            # once (step_shared), each row's own 64 generated slots apart
            S, gen = 2, 64
            shared = fastgen._SharedPrompts(eng.new_cache(rows // S, length - gen), torch.zeros(
                rows // S, 1, 1, length - gen, dtype=eng.dtype, device=dev), S)
            gcache, gbias = eng.new_cache(rows, gen), torch.zeros(rows, 1, 1, gen, dtype=eng.dtype, device=dev)
            two = timed(lambda: eng.step_shared(tok, pos, shared, gcache, gbias, gen - 1), args.reps, cuda)
            two_graph = None
            if eng.graphs:
                g = fastgen._GraphStep(dev, rows, lambda t, p, c: eng.step_shared(t, p, shared, gcache, gbias, c))
                two_graph = timed(lambda: g(tok, pos, gen - 1), args.reps, cuda)
            shared = gcache = g = None

            def ms(x):
                return "      -" if x is None else f"{x:7.2f}"
            print(f"  {rows:4} rows x {length:5} slots ({rows * length / 1e6:.2f} M): eager {ms(eager)} ms, graph "
                  f"{ms(graph)} ms per step; 2 rows a prompt, its K/V once: eager {ms(two)}, graph {ms(two_graph)}")
            rows_out.append({"rows": rows, "length": length, "eager_ms": round(eager, 3),
                             "graph_ms": None if graph is None else round(graph, 3),
                             "shared2_eager_ms": round(two, 3),
                             "shared2_graph_ms": None if two_graph is None else round(two_graph, 3)})
        rows, length = (int(x) for x in args.shapes.split(",")[0].lower().split("x"))
        cache = eng.new_cache(rows, length)
        bias = torch.zeros(rows, 1, 1, length, dtype=eng.dtype, device=dev)
        tok = torch.zeros(rows, dtype=torch.long, device=dev)
        pos = torch.full((rows,), length - 1, device=dev)
        from torch.profiler import ProfilerActivity, profile
        acts = [ProfilerActivity.CPU] + ([ProfilerActivity.CUDA] if cuda else [])
        with profile(activities=acts) as prof:
            eng.step(tok, pos, cache, bias, length - 1)
            if cuda:
                torch.cuda.synchronize()
    events = prof.key_averages()
    kernels = sum(e.count for e in events if cuda and e.device_type.name == "CUDA")
    ops = sum(e.count for e in events if e.key.startswith("aten::"))
    print(f"one eager step at {rows}x{length}: {kernels if cuda else 'n/a (CPU)'} CUDA kernels, {ops} aten calls")
    print(events.table(sort_by="cuda_time_total" if cuda else "cpu_time_total", row_limit=args.top))
    print(json.dumps({"model": args.model, "device": torch.cuda.get_device_name(dev) if cuda else "cpu",
                      "steps": rows_out, "kernels_per_step": kernels if cuda else None, "aten_calls_per_step": ops}))


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("--model", default=str(Path(__file__).resolve().parent.parent / "data" / "00_smollm2-135m"),
                   help="a model folder (Llama architecture)")
    p.add_argument("--shapes", default="16x1024,256x1024,256x4096,256x8192",
                   help="ROWSxLENGTH,...: rows in the batch and cache slots per row; the first is also profiled")
    p.add_argument("--reps", type=int, default=50, help="timed steps per shape")
    p.add_argument("--top", type=int, default=15, help="rows of the profiler's table")
    p.add_argument("--device", default="cuda", help="cuda, or cpu for a dry run")
    main(p.parse_args())
