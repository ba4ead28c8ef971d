"""arcft.fused (Triton RMSNorm, silu(gate) * up and rope for fastgen on CUDA): under Triton's CPU interpreter the
kernels equal the torch references with their roundings, for any row length and layout, and the engine gives the same
results with them; a kernel that fails its check on a device is not used, with one line saying why; a CPU without
the interpreter never uses them."""
import pytest
import torch

from arcft import fused

FUSED_CHECK = r"""
import torch
from arcft import fused


def ulps(a, b):
    # distance in representable 16-bit values: the bit patterns as integers ordered like the numbers
    ia, ib = (t.view(torch.int16).int() for t in (a, b))
    ia, ib = (torch.where(i < 0, -(i & 0x7FFF), i) for i in (ia, ib))
    return (ia - ib).abs()


def same(got, want, dtype):
    assert got.shape == want.shape and got.dtype == want.dtype and got.is_contiguous(), (got.shape, want.shape)
    if not got.numel():
        return
    if dtype == torch.float32:
        torch.testing.assert_close(got, want, rtol=2e-6, atol=2e-6)
        return
    d = ulps(got, want)
    # float16: the roundings are torch's (without the rounding after the norm or silu, ~25% of values differ);
    # a flip of one rounding (summation order) moves the product by up to 2 ulps. bfloat16: the interpreter
    # truncates float32 to bfloat16 where CUDA rounds to nearest, so up to 3 ulps (two truncated roundings)
    assert d.max() <= (2 if dtype == torch.float16 else 3), (dtype, d.max())
    if dtype == torch.float16:
        assert (d > 0).float().mean() < 0.01, (d > 0).float().mean()


gen = torch.Generator().manual_seed(0)
for dtype in (torch.float32, torch.float16, torch.bfloat16):
    assert fused.usable(torch.device("cpu"), dtype), dtype
    for shape in ((2, 7, 96), (5, 1000), (3, 4096), (0, 96)):
        x = (torch.randn(*shape, generator=gen) * 3).to(dtype)
        w = torch.randn(shape[-1], generator=gen).to(dtype)
        same(fused.rms_norm(x, w, 1e-5), fused.rms_norm_reference(x, w, 1e-5), dtype)
    wide = (torch.randn(4, 3, 130, generator=gen) * 3).to(dtype)[..., :100]  # rows 130 apart: a view, not a copy
    w = torch.randn(100, generator=gen).to(dtype)
    same(fused.rms_norm(wide, w, 1e-6), fused.rms_norm_reference(wide, w, 1e-6), dtype)
    for shape in ((2, 3, 400), (4, 3000), (0, 8)):  # I = 200, 1500 (a second block, partly used), empty
        gu = (torch.randn(*shape, generator=gen) * 3).to(dtype)
        same(fused.silu_mul(gu), fused.silu_mul_reference(gu), dtype)
    gu = (torch.randn(5, 2, 450, generator=gen) * 3).to(dtype)[..., :400]
    same(fused.silu_mul(gu), fused.silu_mul_reference(gu), dtype)
    for n, heads, d in ((5, 12, 64), (3, 3, 16), (0, 4, 32)):  # q and k as one tensor: a strided slice of q/k/v
        qkv = (torch.randn(n, heads + 7, d, generator=gen) * 3).to(dtype)
        cos, sin = torch.randn(2, n, d, generator=gen).to(dtype)
        got, want = fused.rope(qkv[:, 2:2 + heads], cos, sin), fused.rope_reference(qkv[:, 2:2 + heads], cos, sin)
        if dtype == torch.bfloat16:  # a sum of two truncated products: near 0 an ulp count means nothing
            torch.testing.assert_close(got, want, atol=0.1, rtol=0.02)
        else:
            same(got, want, dtype)
print("FUSED OK")
"""


def test_kernels_equal_the_torch_references_under_the_interpreter():
    """rms_norm and silu_mul under Triton's CPU interpreter, in float32, float16 and bfloat16: 3-D and 2-D inputs,
    row lengths that are not powers of two, a second column block partly used, rows that are strided views, no rows
    at all. float32 and float16 agree to their precision and roundings; bfloat16 within 3 ulps, as the interpreter
    truncates to bfloat16 (CUDA rounds to nearest: tests/test_gpu.py's territory). Skipped without Triton."""
    pytest.importorskip("triton")
    import os
    import subprocess
    import sys
    env = {**os.environ, "TRITON_INTERPRET": "1", "OMP_NUM_THREADS": "1"}
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    p = subprocess.run([sys.executable, "-c", FUSED_CHECK], env=env, capture_output=True, text=True, timeout=300,
                       cwd=root)
    assert p.returncode == 0 and "FUSED OK" in p.stdout, p.stderr[-3000:]


ENGINE_CHECK = r"""
import sys
import torch
from transformers import AutoModelForCausalLM
from transformers.models.llama.modeling_llama import apply_rotary_pos_emb
from arcft import fastgen, fused, teacher
x, cs = torch.randn(4, 6, 16), torch.randn(2, 4, 16)
assert torch.equal(fused.rope_reference(x, cs[0], cs[1]),
                   apply_rotary_pos_emb(x[None], x[None, :, :0], cs[0][None], cs[1][None], unsqueeze_dim=2)[0][0])
m = AutoModelForCausalLM.from_pretrained(sys.argv[1]).eval()
prompts = [[128000] + [15 + (i * 7 + j) % 10 for j in range(n)] for i, n in enumerate((30, 12, 5))]
groups = [(p, [[16, 17, 18], [19, 20]]) for p in prompts]
out = {}
for on in (True, False):
    fastgen._FUSED = on
    assert fastgen._Engine(m).fused_rope == on
    out[on] = (fastgen._first_logits(m, prompts),
               fastgen.generate(m, prompts, stop_ids=[128255], max_new_tokens=8,
                                sampling=fastgen.Sampling(greedy=True)),
               teacher.score_continuations(m, groups))
torch.testing.assert_close(out[True][0], out[False][0], atol=1e-5, rtol=1e-5)
assert out[True][1] == out[False][1]
torch.testing.assert_close(torch.tensor(out[True][2]), torch.tensor(out[False][2]), atol=1e-4, rtol=1e-5)
print("ENGINE OK")
"""


def test_the_engine_gives_the_same_logits_tokens_and_scores_with_the_kernels(tiny):
    """fastgen with arcft.fused's kernels (RMSNorm, silu * up, rope: under Triton's CPU interpreter, float32) gives
    the prefill logits, greedy tokens and teacher-forced scores it gives without them. Skipped without Triton."""
    pytest.importorskip("triton")
    import os
    import subprocess
    import sys
    env = {**os.environ, "TRITON_INTERPRET": "1", "OMP_NUM_THREADS": "1"}
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    p = subprocess.run([sys.executable, "-c", ENGINE_CHECK, str(tiny)], env=env, capture_output=True, text=True,
                       timeout=300, cwd=root)
    assert p.returncode == 0 and "ENGINE OK" in p.stdout, p.stderr[-3000:]


def test_kernels_that_fail_their_check_are_not_used(monkeypatch, capsys):
    """The kernels' first use on a device is checked (_self_check): one that fails to compile or run, or differs
    from torch, leaves fastgen on torch ops with one line saying why, not a crash."""
    if fused.triton is None:
        pytest.skip("needs Triton")

    def broken(*a, **k):
        raise RuntimeError("no kernel image is available for execution on the device")
    monkeypatch.setenv("TRITON_INTERPRET", "1")  # the CPU stands in for the device (no CUDA here)
    off_by_one = {"rms_norm": fused.rms_norm_reference, "silu_mul": lambda gu: fused.silu_mul_reference(gu) + 1}
    try:  # the kernels are stood in for: in this process Triton may not be the interpreter
        for fakes, why in (({"rms_norm": broken}, "RuntimeError: no kernel image"), (off_by_one, "differ from torch")):
            fused._self_check.cache_clear()
            with monkeypatch.context() as m:
                for name, fake in fakes.items():
                    m.setattr(fused, name, fake)
                assert not fused.usable(torch.device("cpu"), torch.float32)
            err = capsys.readouterr().err.splitlines()
            assert len(err) == 1 and err[0].startswith("arcft.fused: not used on cpu") and why in err[0], err
    finally:
        fused._self_check.cache_clear()


def test_not_used_on_a_cpu_without_the_interpreter(monkeypatch):
    """Off CUDA the kernels run only under TRITON_INTERPRET=1 (tests): a plain CPU keeps torch's ops."""
    monkeypatch.delenv("TRITON_INTERPRET", raising=False)
    assert not fused.usable(torch.device("cpu"), torch.float32)
    assert not fused.usable(torch.device("cpu"), torch.bfloat16)
