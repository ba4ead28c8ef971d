"""Decoding attention that reads only each row's own cache slots (Triton; fastgen's default on CUDA).

04's cache holds a batch's prompts left-padded to end at one slot, so row r's valid slots are one run,
[start[r], end): its prompt, then its generated tokens. SDPA with a mask reads every row's whole cache, padding
included. These kernels read each row's run alone, split in `splits` chunks for parallelism (flash-decoding), and
merge the chunks by their log-sum-exp:
  _chunk_kernel: grid (rows, K/V heads, splits); the G query heads of a K/V head are G rows of one tile;
  _merge_kernel: grid (rows, K/V heads).
`end` is a one-element device tensor, so a captured CUDA graph replays with the next slot.

fastgen uses it on CUDA wherever Triton is installed (it comes with CUDA torch): for one row per prompt over the
whole run, and for several (--samples) over the prompt's K/V held once, merged by log-sum-exp with each row's own
tokens. Measured on an H200 (bench/README.md, 2026-11-29): 838 SmolLM2 predictions 18.7 s against 38.8 s through
SDPA; one layer's attention at 256 rows x 8K slots 1.7 ms against 3.8 ms. ARCFT_DECODE_ATTENTION selects:
  auto (unset): the kernel on CUDA, SDPA elsewhere;  sdpa: SDPA always;  triton: the kernel wherever it can run,
  also on a CPU under TRITON_INTERPRET=1 (tests).
"""
from __future__ import annotations

import functools
import os

import torch

try:
    import triton
    import triton.language as tl
except ImportError:  # the CPU test environment: fastgen keeps SDPA
    triton = None


MODES = ("auto", "sdpa", "triton")


def chosen_mode() -> str:
    """ARCFT_DECODE_ATTENTION, checked (ValueError naming the variable)."""
    mode = os.environ.get("ARCFT_DECODE_ATTENTION", "") or "auto"
    if mode not in MODES:
        raise ValueError(f"ARCFT_DECODE_ATTENTION={mode!r}: expected one of {', '.join(MODES)}")
    return mode


def wanted(device: torch.device, head_dim: int, dtype: torch.dtype = torch.bfloat16) -> bool:
    """Whether fastgen should use these kernels: not turned off (ARCFT_DECODE_ATTENTION, MODES), runnable here
    (Triton installed, a head size that is a power of two, 16 or more; CUDA, or the CPU interpreter when asked
    for by name), and passing their check on this device (_self_check)."""
    mode = chosen_mode()
    if mode == "sdpa" or triton is None or head_dim < 16 or head_dim & (head_dim - 1):
        return False
    if device.type != "cuda" and not (mode == "triton" and os.environ.get("TRITON_INTERPRET") == "1"):
        return False
    return _self_check(device, dtype, head_dim)


@functools.cache
def _self_check(device: torch.device, dtype: torch.dtype, head_dim: int) -> bool:
    """The kernels' first use on a device: they compile, run, and agree with masked softmax attention on a small
    case (rows starting at different slots, 4 chunks, one of them empty). If not, fastgen reads the cache through
    SDPA and this says why, once (arcft.fused.first_use)."""
    from .fused import first_use

    def check() -> bool:
        gen = torch.Generator().manual_seed(0)
        q, K, V = (torch.randn(3, 2, n, head_dim, generator=gen).to(device, dtype) for n in (4, 100, 100))
        start = torch.tensor([0, 30, 90], dtype=torch.int32, device=device)
        bad = (torch.arange(100, device=device)[None] < start[:, None]) | (torch.arange(100, device=device) >= 97)
        w = (q.float() @ K.float().transpose(-1, -2) * head_dim ** -0.5).masked_fill(bad[:, None, None], -torch.inf)
        want = w.softmax(-1) @ V.float()
        got = attention(q, K, V, start, torch.tensor([97], dtype=torch.int32, device=device), 4).float()
        return torch.allclose(got, want, atol=3e-2, rtol=3e-2)
    return first_use("arcft.decode_kernel", device, check, "SDPA", "decoding attention reads through SDPA")


@functools.cache
def _sms(device: torch.device) -> int:
    return torch.cuda.get_device_properties(device).multi_processor_count if device.type == "cuda" else 4


def splits_for(rows: int, kv_heads: int, device: torch.device) -> int:
    """Chunks per row: enough programs for about 4 per streaming multiprocessor, at most 16."""
    sms = _sms(device)
    s = 1
    while s < 16 and rows * kv_heads * s < 4 * sms:
        s *= 2
    return s


if triton is not None:
    @triton.jit
    def _chunk_kernel(Q, K, V, Start, End, O, L, sq_b, sq_h, sq_g, sk_b, sk_h, sk_n, sv_b, sv_h, sv_n,
                      so_b, so_h, so_s, so_g, sl_b, sl_h, sl_s, scale,
                      G: tl.constexpr, GP: tl.constexpr, D: tl.constexpr, BLOCK: tl.constexpr,
                      SPLITS: tl.constexpr):
        b, h, c = tl.program_id(0), tl.program_id(1), tl.program_id(2)
        start = tl.load(Start + b)
        end = tl.load(End)
        per = tl.cdiv(end - start, SPLITS)
        lo = start + c * per
        hi = tl.minimum(lo + per, end)
        g, d = tl.arange(0, GP), tl.arange(0, D)
        q = tl.load(Q + b * sq_b + h * sq_h + g[:, None] * sq_g + d[None, :], mask=g[:, None] < G, other=0.0)
        m = tl.full([GP], float("-inf"), tl.float32)
        den = tl.zeros([GP], tl.float32)
        acc = tl.zeros([GP, D], tl.float32)
        for s0 in range(lo, hi, BLOCK):
            n = s0 + tl.arange(0, BLOCK)
            ok = n < hi
            k = tl.load(K + b * sk_b + h * sk_h + n[:, None] * sk_n + d[None, :], mask=ok[:, None], other=0.0)
            v = tl.load(V + b * sv_b + h * sv_h + n[:, None] * sv_n + d[None, :], mask=ok[:, None], other=0.0)
            s = tl.where(ok[None, :], tl.dot(q, tl.trans(k)).to(tl.float32) * scale, float("-inf"))
            m_new = tl.maximum(m, tl.max(s, 1))  # finite: a block has one slot below hi at least
            alpha = tl.exp(m - m_new)
            p = tl.exp(s - m_new[:, None])
            den = den * alpha + tl.sum(p, 1)
            acc = acc * alpha[:, None] + tl.dot(p.to(v.dtype), v).to(tl.float32)
            m = m_new
        some = den > 0  # an empty chunk (a row shorter than the split) weighs nothing in the merge
        out = acc / tl.where(some, den, 1.0)[:, None]
        tl.store(O + b * so_b + h * so_h + c * so_s + g[:, None] * so_g + d[None, :], out, mask=g[:, None] < G)
        tl.store(L + b * sl_b + h * sl_h + c * sl_s + g, tl.where(some, m + tl.log(tl.where(some, den, 1.0)),
                                                                  float("-inf")), mask=g < G)

    @triton.jit
    def _merge_kernel(O, L, Out, Lse, so_b, so_h, so_s, so_g, sl_b, sl_h, sl_s, st_b, st_h, st_g,
                      G: tl.constexpr, GP: tl.constexpr, D: tl.constexpr, SPLITS: tl.constexpr):
        b, h = tl.program_id(0), tl.program_id(1)
        g, d = tl.arange(0, GP), tl.arange(0, D)
        top = tl.full([GP], float("-inf"), tl.float32)
        for c in tl.static_range(SPLITS):
            top = tl.maximum(top, tl.load(L + b * sl_b + h * sl_h + c * sl_s + g, mask=g < G, other=0.0))
        den = tl.zeros([GP], tl.float32)
        acc = tl.zeros([GP, D], tl.float32)
        for c in tl.static_range(SPLITS):
            w = tl.exp(tl.load(L + b * sl_b + h * sl_h + c * sl_s + g, mask=g < G, other=0.0) - top)
            den += w
            acc += w[:, None] * tl.load(O + b * so_b + h * so_h + c * so_s + g[:, None] * so_g + d[None, :],
                                        mask=g[:, None] < G, other=0.0)
        tl.store(Out + b * st_b + h * st_h + g[:, None] * st_g + d[None, :],
                 (acc / den[:, None]).to(Out.dtype.element_ty), mask=g[:, None] < G)
        tl.store(Lse + (b * tl.num_programs(1) + h) * G + g, top + tl.log(den), mask=g < G)


def attention(q: torch.Tensor, K: torch.Tensor, V: torch.Tensor, start: torch.Tensor, end: torch.Tensor,
              splits: int, lse: bool = False):
    """Softmax attention of q [B, Hkv, G, D] over slots [start[b], end) of K, V [B, Hkv, L, D] (any strides with
    the last one 1); start: int32 [B]; end: int32 [1]. Returns [B, Hkv, G, D] in q's dtype; with `lse` also the
    log-sum-exp of each query's scores, float32 [B, Hkv, G] (to merge with attention over other slots)."""
    B, Hkv, G, D = q.shape
    GP, block = max(16, triton.next_power_of_2(G)), 64
    o = torch.empty(B, Hkv, splits, G, D, dtype=torch.float32, device=q.device)
    parts = torch.empty(B, Hkv, splits, G, dtype=torch.float32, device=q.device)  # each chunk's log-sum-exp
    _chunk_kernel[(B, Hkv, splits)](q, K, V, start, end, o, parts, q.stride(0), q.stride(1), q.stride(2),
                                    K.stride(0), K.stride(1), K.stride(2), V.stride(0), V.stride(1), V.stride(2),
                                    o.stride(0), o.stride(1), o.stride(2), o.stride(3), parts.stride(0),
                                    parts.stride(1), parts.stride(2), D ** -0.5, G=G, GP=GP, D=D, BLOCK=block,
                                    SPLITS=splits)
    out, total = torch.empty_like(q), torch.empty(B, Hkv, G, dtype=torch.float32, device=q.device)
    _merge_kernel[(B, Hkv)](o, parts, out, total, o.stride(0), o.stride(1), o.stride(2), o.stride(3),
                            parts.stride(0), parts.stride(1), parts.stride(2), out.stride(0), out.stride(1),
                            out.stride(2), G=G, GP=GP, D=D, SPLITS=splits)
    return (out, total) if lse else out
