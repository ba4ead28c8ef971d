"""GPU check of 04's sampler (arcft.fastgen): the row streams and Gumbel noise are the same numbers on CUDA as on the
CPU (so the CPU tests' guarantees hold on the GPU), and what a sampling step costs against torch.multinomial.

  python3 bench/sampling_check.py          # on the GPU machine, torch only (no wheels needed)

Measured on an H200 (2026-11-28): CPU == CUDA; per step at 256 rows: 0.042 ms with a shrunk 17-token vocabulary
(multinomial: 0.155 ms), 0.549 ms with the full 128,256 and top-k 50 (multinomial: 0.513 ms); the noise for a batch's
931 steps, made once per batch: 0.6-1.4 ms.
"""
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from arcft import fastgen as f  # noqa: E402


def timed(fn, n=100):
    fn()
    torch.cuda.synchronize()
    t = time.time()
    for _ in range(n):
        fn()
    torch.cuda.synchronize()
    return (time.time() - t) / n * 1000


def main():
    seeds = torch.tensor([f.row_seed(0, f"p{i}", j) for i in range(128) for j in range(2)]).cuda()
    a = f._gumbel(seeds.cpu(), torch.arange(20), 17)
    b = f._gumbel(seeds, torch.arange(20, device="cuda"), 17).cpu()
    print("gumbel noise, cpu == cuda:", torch.equal(a, b))
    for vocab, k in ((17, 50), (128256, 50)):
        logits = torch.randn(256, vocab, device="cuda")
        n = f._draw_columns(k, vocab)
        steps = torch.arange(931, device="cuda")
        noise = f._gumbel(seeds, steps, n)
        block = timed(lambda: f._gumbel(seeds, steps, n), 5)
        step = timed(lambda: f._sample(logits, None, k, 1.0, noise[:, 7]))
        old = timed(lambda: torch.multinomial((logits if k >= vocab else logits.topk(k, -1)[0]).softmax(-1), 1))
        print(f"vocabulary {vocab}, top-k {k}: noise for 931 steps {block:.1f} ms once per batch; per step "
              f"{step:.3f} ms (multinomial {old:.3f} ms)")


if __name__ == "__main__":
    main()
