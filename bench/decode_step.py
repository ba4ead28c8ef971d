"""What one decoding step of 04's engine (arcft.fastgen) costs, by rows and cache length: the fixed cost of a step
(kernel launches) apart from the cost of reading the KV cache, and how many kernels a step launches.

  python3 bench/decode_step.py                                   # SmolLM2 (data/00_smollm2-135m), on the GPU
  python3 bench/decode_step.py --model /tmp/llama3-8b-random --shapes 16x2048,64x2048,64x8192
  python3 bench/decode_step.py --model /tmp/tinym --device cpu --shapes 2x128 --reps 2 --attention 2x256  # dry run

For each ROWSxLENGTH it times the step as a CUDA graph (as 04 runs it) and eagerly, and prints ms per step, also
with the rows as 2 samples per prompt whose K/V is held once (04 --samples 2); then it counts the kernels of one
eager step with torch.profiler and lists the costliest; then one layer's attention, computed several ways, against
one read of its K/V (how near the memory's speed each gets). Two shapes with the same rows
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
        attention = attention_kernels(eng, args.attention, args.reps, cuda) if args.attention else {}
    events = prof.key_averages()
    kernels = sum(e.count for e in events if cuda and e.device_type.name == "CUDA")
    ops = sum(e.count for e in events if e.key.startswith("aten::"))
    print(f"one eager step at {rows}x{length}: {kernels if cuda else 'n/a (CPU)'} CUDA kernels, {ops} aten calls")
    print(events.table(sort_by="cuda_time_total" if cuda else "cpu_time_total", row_limit=args.top))
    print(json.dumps({"model": args.model, "device": torch.cuda.get_device_name(dev) if cuda else "cpu",
                      "steps": rows_out, "kernels_per_step": kernels if cuda else None, "aten_calls_per_step": ops,
                      "attention": attention}))


def attention_kernels(eng, shape: str, reps: int, cuda: bool) -> dict:
    """One layer's decoding attention at ROWSxLENGTH, by the ways it could be computed: SDPA with the left-padding
    mask (as 04), without a mask, explicit matmuls with a softmax, split along the cache in 4 chunks (memory-
    efficient kernel with its log-sum-exp, CUDA only), and arcft.decode_kernel (Triton, each row's own slots: here
    all but the padded eighth, so GB/s counts slots it skips); beside one read of K and V (the memory's speed).
    Prints ms and GB/s of K/V read; returns them."""
    import torch.nn.functional as F
    rows, length = (int(x) for x in shape.lower().split("x"))
    dev, Hkv, G, D = eng.device, eng.Hkv, eng.G, eng.D
    q = torch.randn(rows, Hkv, G, D, dtype=eng.dtype, device=dev)
    K, V = (torch.randn(rows, Hkv, length, D, dtype=eng.dtype, device=dev) for _ in range(2))
    mask = torch.zeros(rows, 1, 1, length, dtype=eng.dtype, device=dev)
    mask[:, :, :, :length // 8] = float("-inf")  # some left padding (no chunk of split4 wholly masked)

    def explicit():
        w = torch.matmul(q, K.transpose(-1, -2)).float().mul_(D ** -0.5).add_(mask).softmax(-1)
        return torch.matmul(w.to(q.dtype), V)

    def split(C=4):  # flash-decoding's split of the cache, merged by the chunks' log-sum-exp
        Lc = length // C
        qc = q[:, :, None].expand(rows, Hkv, C, G, D).reshape(rows, Hkv * C, G, D)
        mc = mask.view(rows, 1, C, 1, Lc).expand(rows, Hkv, C, G, Lc).reshape(rows, Hkv * C, G, Lc)
        o, lse = torch.ops.aten._scaled_dot_product_efficient_attention(
            qc, K.view(rows, Hkv * C, Lc, D), V.view(rows, Hkv * C, Lc, D), mc, True)[:2]
        lse = lse[..., :G].view(rows, Hkv, C, G, 1)
        w = (lse - lse.logsumexp(2, keepdim=True)).exp()
        return (o.view(rows, Hkv, C, G, D).float() * w).sum(2).to(q.dtype)

    from arcft import decode_kernel
    start = torch.full((rows,), length // 8, dtype=torch.int32, device=dev)
    end = torch.full((1,), length, dtype=torch.int32, device=dev)
    ragged = decode_kernel.splits_for(rows, Hkv, dev)

    ways = {"sdpa_mask": lambda: F.scaled_dot_product_attention(q, K, V, attn_mask=mask),
            "sdpa_no_mask": lambda: F.scaled_dot_product_attention(q, K, V),
            "explicit": explicit, "split4": split,
            f"triton_ragged{ragged}": lambda: decode_kernel.attention(q, K, V, start, end, ragged),
            "read_kv": lambda: (K.sum(dtype=torch.float32), V.sum(dtype=torch.float32))}
    gb = 2 * K.numel() * K.element_size() / 1e9
    out = {"rows": rows, "length": length, "kv_gb": round(gb, 3)}
    with torch.inference_mode(), fastgen._attention_backends():
        ref = explicit()
        for name, fn in ways.items():
            try:
                if name in ("sdpa_mask", "split4") or name.startswith("triton"):
                    torch.testing.assert_close(fn(), ref, atol=2e-2, rtol=2e-2)
                t = timed(fn, reps, cuda)
            except (RuntimeError, AssertionError) as e:
                print(f"  attention {name}: failed ({str(e).splitlines()[0][:100]})")
                continue
            out[name + "_ms"] = round(t, 3)
            print(f"  attention {name:12} at {rows}x{length}: {t:7.3f} ms, {gb / t * 1000:6.0f} GB/s of K/V")
    return out


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("--model", default=str(Path(__file__).resolve().parent.parent / "data" / "00_smollm2-135m"),
                   help="a model folder (Llama architecture)")
    p.add_argument("--shapes", default="16x1024,256x1024,256x4096,256x8192",
                   help="ROWSxLENGTH,...: rows in the batch and cache slots per row; the first is also profiled")
    p.add_argument("--reps", type=int, default=50, help="timed steps per shape")
    p.add_argument("--top", type=int, default=15, help="rows of the profiler's table")
    p.add_argument("--device", default="cuda", help="cuda, or cpu for a dry run")
    p.add_argument("--attention", default="256x8192",
                   help="ROWSxLENGTH for one layer's attention computed several ways ('' to skip)")
    main(p.parse_args())
