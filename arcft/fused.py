"""Fused elementwise kernels (Triton) for fastgen's RMSNorm, gated MLP and rotary embedding.

Prefilling or scoring thousands of tokens, these are memory-bound: torch launches several kernels per op, each
reading and writing the whole activation (RMSNorm: to float32, the norm, back to the dtype, times the weight; the
MLP: silu of the gate, then times up, over a strided half of gate_up; the rotary embedding: two products, a
rotated copy, a sum). In a small model's decoding step the kernel count itself bounds the step. These kernels read
the input once and write the output once, with torch's roundings:
  rms_norm: Llama's RMSNorm as transformers computes it: float32 norm rounded to x's dtype, then times the weight
            (computed in float32, rounded once); one program per row;
  silu_mul: silu(gate) * up of gate_up = [gate | up]: silu in float32 rounded to the dtype, then the product in
            float32 rounded; grid (rows, column blocks);
  rope:     x * cos + rotate_half(x) * sin per token, each product rounded before the sum; grid (tokens, head blocks).
`usable(device, dtype)` says whether they run here: on CUDA (or the CPU interpreter, TRITON_INTERPRET=1, for tests)
and passing a check against the torch references on their first use on a device. Measured on an H200 (bench/README.md,
2026-11-29 b; RMSNorm and silu_mul): the 8B scoring pass on 8 layers 5.72 s against 5.96 s.
"""
from __future__ import annotations

import functools
import os
import sys

import torch
import torch.nn.functional as F

try:
    import triton
    import triton.language as tl
except ImportError:  # the CPU test environment: fastgen keeps the torch ops
    triton = None

_SILU_BLOCK = 1024


def rms_norm_reference(x: torch.Tensor, weight: torch.Tensor, eps: float) -> torch.Tensor:
    """Llama's RMSNorm as transformers computes it (what rms_norm must equal)."""
    xf = x.float()
    return weight * (xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + eps)).to(x.dtype)


def silu_mul_reference(gate_up: torch.Tensor) -> torch.Tensor:
    """silu(gate) * up of gate_up = [gate | up] in torch (what silu_mul must equal)."""
    gate, up = gate_up.chunk(2, -1)
    return F.silu(gate) * up


def rope_reference(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    """The rotary embedding as transformers' apply_rotary_pos_emb computes it, per token: x [N, heads, D], cos/sin
    [N, D] (what rope must equal)."""
    half = x.shape[-1] // 2
    rotated = torch.cat((-x[..., half:], x[..., :half]), -1)
    return x * cos[:, None] + rotated * sin[:, None]


def usable(device: torch.device, dtype: torch.dtype) -> bool:
    """Whether fastgen should use these kernels: Triton installed, on CUDA (or a CPU under TRITON_INTERPRET=1:
    tests), and passing their check on this device and dtype (_self_check)."""
    if triton is None:
        return False
    if device.type != "cuda" and not (device.type == "cpu" and os.environ.get("TRITON_INTERPRET") == "1"):
        return False
    return _self_check(device, dtype)


@functools.cache
def _self_check(device: torch.device, dtype: torch.dtype) -> bool:
    """The kernels' first use on a device: they compile, run, and agree with the torch references on small cases
    (a row length that is not a power of two, a column block only partly used). If not, fastgen keeps the torch
    ops and this says why, once (first_use)."""
    def check() -> bool:
        # 16-bit: a rounding or two may flip (summation order, exp); Triton's CPU interpreter truncates to bfloat16
        tol = 1e-5 if dtype == torch.float32 else 3e-2
        gen = torch.Generator().manual_seed(0)
        x, w, gu, r, cs = (torch.randn(*s, generator=gen).to(device, dtype)
                           for s in ((5, 96), (96,), (3, 400), (3, 7, 32), (2, 3, 32)))
        return (torch.allclose(rms_norm(x, w, 1e-5).float(), rms_norm_reference(x, w, 1e-5).float(), atol=tol,
                               rtol=tol)
                and torch.allclose(silu_mul(gu).float(), silu_mul_reference(gu).float(), atol=tol, rtol=tol)
                and torch.allclose(rope(r, cs[0], cs[1]).float(), rope_reference(r, cs[0], cs[1]).float(), atol=tol,
                                   rtol=tol))
    return first_use("arcft.fused", device, check, "torch",
                     "RMSNorm, the MLP and the rotary embedding run as torch ops")


def first_use(name: str, device: torch.device, check, reference: str, instead: str) -> bool:
    """A Triton module's first use on a device (arcft.fused, arcft.decode_kernel): `check()` compiles and runs its
    kernels and says whether they agree with `reference`. If they fail or differ, one line on stderr says why and
    what runs `instead`, and this returns False: an unusual GPU or Triton build must not stop a run."""
    try:
        why = None if check() else f"its results differ from {reference}'s"
    except Exception as e:  # noqa: BLE001 (any failure to compile or run means: not here)
        why = f"{type(e).__name__}: {(str(e).splitlines() or [''])[0][:200]}"
    if why:
        print(f"{name}: not used on {device} ({why}); {instead}", file=sys.stderr)
    return why is None


if triton is not None:
    @triton.jit
    def _rms_kernel(X, W, Out, sx, N, eps, BLOCK: tl.constexpr):
        row = tl.program_id(0).to(tl.int64)  # int64: rows x N may pass 2**31 over a long prefill
        n = tl.arange(0, BLOCK)
        ok = n < N
        x = tl.load(X + row * sx + n, mask=ok, other=0.0).to(tl.float32)
        r = tl.math.rsqrt(tl.sum(x * x, 0) / N + eps)  # approximate on CUDA, as torch.rsqrt is
        y = (x * r).to(Out.dtype.element_ty).to(tl.float32)  # rounded to x's dtype before the weight, as Llama's
        w = tl.load(W + n, mask=ok, other=0.0).to(tl.float32)
        tl.store(Out + row * N + n, (w * y).to(Out.dtype.element_ty), mask=ok)

    @triton.jit
    def _silu_mul_kernel(GU, Out, sg, I, BLOCK: tl.constexpr):
        row = tl.program_id(0).to(tl.int64)
        i = tl.program_id(1) * BLOCK + tl.arange(0, BLOCK)
        ok = i < I
        g = tl.load(GU + row * sg + i, mask=ok, other=0.0).to(tl.float32)
        u = tl.load(GU + row * sg + I + i, mask=ok, other=0.0).to(tl.float32)
        s = (g / (1.0 + tl.exp(-g))).to(Out.dtype.element_ty).to(tl.float32)  # F.silu's rounding, then the product's
        tl.store(Out + row * I + i, (s * u).to(Out.dtype.element_ty), mask=ok)


    @triton.jit
    def _rope_kernel(X, Cos, Sin, Out, sx_t, sx_h, sc_t, ss_t, HEADS, HALF: tl.constexpr, HB: tl.constexpr):
        t = tl.program_id(0).to(tl.int64)
        h = tl.program_id(1) * HB + tl.arange(0, HB)
        d = tl.arange(0, HALF)
        ok = h[:, None] < HEADS
        x = X + t * sx_t + h[:, None] * sx_h + d[None, :]
        x1 = tl.load(x, mask=ok, other=0.0).to(tl.float32)
        x2 = tl.load(x + HALF, mask=ok, other=0.0).to(tl.float32)
        c1 = tl.load(Cos + t * sc_t + d).to(tl.float32)[None, :]
        c2 = tl.load(Cos + t * sc_t + HALF + d).to(tl.float32)[None, :]
        s1 = tl.load(Sin + t * ss_t + d).to(tl.float32)[None, :]
        s2 = tl.load(Sin + t * ss_t + HALF + d).to(tl.float32)[None, :]
        ty = Out.dtype.element_ty
        # x * cos + rotate_half(x) * sin, each product rounded to the dtype before the sum, as torch computes it
        o1 = (x1 * c1).to(ty).to(tl.float32) + (-x2 * s1).to(ty).to(tl.float32)
        o2 = (x2 * c2).to(ty).to(tl.float32) + (x1 * s2).to(ty).to(tl.float32)
        o = Out + t * HEADS * 2 * HALF + h[:, None] * 2 * HALF + d[None, :]
        tl.store(o, o1.to(ty), mask=ok)
        tl.store(o + HALF, o2.to(ty), mask=ok)


def _rows(t: torch.Tensor) -> torch.Tensor:
    """t as [rows, last] with the last stride 1 (a view where it can be)."""
    t2 = t.reshape(-1, t.shape[-1])
    return t2 if t2.stride(-1) == 1 else t2.contiguous()


def rms_norm(x: torch.Tensor, weight: torch.Tensor, eps: float) -> torch.Tensor:
    """rms_norm_reference(x, weight, eps) in one kernel: x [..., N] (N up to about 8K), weight [N] in x's dtype."""
    N = x.shape[-1]
    x2 = _rows(x)
    out = torch.empty(x2.shape, dtype=x.dtype, device=x.device)
    if x2.shape[0]:
        block = triton.next_power_of_2(N)
        warps = 4 if block <= 1024 else 8 if block <= 4096 else 16  # a row in registers: more threads for long ones
        _rms_kernel[(x2.shape[0],)](x2, weight.contiguous(), out, x2.stride(0), N, eps, BLOCK=block,
                                    num_warps=warps)
    return out.reshape(x.shape)


def silu_mul(gate_up: torch.Tensor) -> torch.Tensor:
    """silu_mul_reference(gate_up) in one kernel: gate_up [..., 2I] -> [..., I], contiguous, in its dtype."""
    I = gate_up.shape[-1] // 2
    g2 = _rows(gate_up)
    out = torch.empty(g2.shape[0], I, dtype=gate_up.dtype, device=gate_up.device)
    if out.numel():
        _silu_mul_kernel[(g2.shape[0], triton.cdiv(I, _SILU_BLOCK))](g2, out, g2.stride(0), I, BLOCK=_SILU_BLOCK)
    return out.reshape(*gate_up.shape[:-1], I)


def rope(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    """rope_reference(x, cos, sin) in one kernel: x [N, heads, D] (each head's D values contiguous, any token and
    head strides; D a power of two), cos/sin [N, D] -> [N, heads, D], contiguous, in x's dtype."""
    N, heads, D = x.shape
    out = torch.empty(N, heads, D, dtype=x.dtype, device=x.device)
    if out.numel():
        hb = min(8, triton.next_power_of_2(heads))
        cos, sin = (c if c.stride(-1) == 1 else c.contiguous() for c in (cos, sin))
        _rope_kernel[(N, triton.cdiv(heads, hb))](x, cos, sin, out, x.stride(0), x.stride(1), cos.stride(0),
                                                   sin.stride(0), heads, HALF=D // 2, HB=hb,
                                                   enable_fp_fusion=False)  # no FMA: each product rounded, as torch
    return out
