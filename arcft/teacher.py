"""Teacher-forced scoring of continuations after shared prompts, on 04's engine (arcft.fastgen): the log-probability
of each candidate answer after its prompt, with the prompt prefilled once for all of its candidates
(product-of-experts scoring: 04_predict.py --score-candidates, arcft.poe).

  score_continuations: groups of (prompt, candidates) -> summed log-probabilities; batches by prompt length within
      the free GPU memory, each prompt prefilled once (fastgen's packed prefill) and its K/V copied to its
      candidates' cache rows;
  extend: a pass of candidates' tokens after their cached prompts, rows padded to the pass's longest, attention
      with a mask (the default layout);
  extend_packed: the same without padding, the candidates one after another, variable-length flash attention on
      CUDA (the "packed" layout, opt-in until measured: bench/score_step.py --layout packed).
"""
from __future__ import annotations

import torch
import torch.nn.functional as F

from .fastgen import _attention_backends, _auto_budget, _Engine, _prompt_bias

_SCORE_LOGITS = 1 << 28  # logits (floats) one head call of the scoring makes at most: 1 GiB, ~2,000 tokens of 128K
_SCORE_TOKENS = 16384  # continuation tokens one scoring pass runs at most (activations; its attention mask, ~1 GB
#                        for Llama-3-8B's 4 query heads per K/V head and 7K-token prompts)
_SCORE_ORDER = "longest"  # scoring passes take rows longest first ("prefix": as they come, before 2026-11-29;
#                           bench/score_step.py compares the two)
_SCORE_LAYOUT = "padded"  # a scoring pass's rows padded to its longest, masked attention; "packed": one after
#                           another, no padding, variable-length flash attention on CUDA (extend_packed; opt-in until
#                           measured: bench/score_step.py --layout packed)


def extend(eng: _Engine, tokens: torch.Tensor, pos: torch.Tensor, cache: list[list[torch.Tensor]],
           rows: torch.Tensor, width: int, bias: torch.Tensor) -> torch.Tensor:
    """Teacher forcing after cached prompts: tokens [B, T] at positions `pos` [B, T] attend to the slots
    [0, width) of cache rows `rows` [B] (where `bias` [B, 1, 1, width] is 0) and causally to each other.
    Nothing is written to the cache. Returns the final-normed hidden states [B, T, hidden]: the caller runs the
    head on the positions it needs (a whole [B, T, vocabulary] of logits would limit a pass to a few rows)."""
    B, T = tokens.shape
    G = eng.G
    causal = torch.full((T, T), float("-inf"), dtype=eng.dtype, device=eng.device).triu(1)
    mask = torch.cat([bias.expand(B, 1, T, width), causal.expand(B, 1, T, T)], 3)
    # query head h uses K/V head h // G: the G heads of a group become G x T queries (as in fastgen's step()), so
    # K/V are read once, and SDPA's memory-efficient kernel takes the mask (with enable_gqa it fell back to the math
    # one)
    mask = mask[:, :, None].expand(B, 1, G, T, width + T).reshape(B, 1, G * T, width + T)
    h = eng.embed(tokens)
    cos, sin = eng.rotary(h, pos)
    for i, layer in enumerate(eng.layers):
        q, k, v = eng._proj_qkv(i, eng._rms(layer.input_layernorm, h))
        q = q.view(B, T, eng.H, eng.D).transpose(1, 2)
        k = k.view(B, T, eng.Hkv, eng.D).transpose(1, 2)
        v = v.view(B, T, eng.Hkv, eng.D).transpose(1, 2)
        q, k = eng.rope(q, k, cos, sin)
        K, V = (torch.cat([c.index_select(0, rows)[:, :, :width], x], 2) for c, x in zip(cache[i], (k, v)))
        o = F.scaled_dot_product_attention(q.reshape(B, eng.Hkv, G * T, eng.D), K, V, attn_mask=mask)
        # reshape: the flash kernel on CUDA returns o with strides a view cannot split
        o = o.reshape(B, eng.H, T, eng.D).transpose(1, 2).reshape(B, T, eng.H * eng.D)
        h = h + layer.self_attn.o_proj(o)
        h = h + eng._mlp(i, eng._rms(layer.post_attention_layernorm, h))
    return eng._rms(eng.norm, h)


def extend_packed(eng: _Engine, tokens: torch.Tensor, pos: torch.Tensor, seqs: list[tuple[int, int, int]],
                  cache: list[list[torch.Tensor]], width: int) -> torch.Tensor:
    """extend() without padding: sequences one after another, tokens [N] at positions `pos` [N]; `seqs` [(cache
    row, prompt length p, tokens n)] in that order. A sequence's tokens attend to its row's prompt slots
    [width - p, width) and causally to each other (_varlen_attention). Returns the final-normed hidden states
    [N, hidden]."""
    N, H, Hkv, D = tokens.shape[0], eng.H, eng.Hkv, eng.D
    starts = [0]
    for _, _, n in seqs:
        starts.append(starts[-1] + n)
    h = eng.embed(tokens[None])
    cos, sin = eng.rotary(h, pos[None])
    for i, layer in enumerate(eng.layers):
        q, k, v = eng._proj_qkv(i, eng._rms(layer.input_layernorm, h))
        q, k = eng.rope(q.view(1, N, H, D).transpose(1, 2), k.view(1, N, Hkv, D).transpose(1, 2), cos, sin)
        q, k, v = q[0].transpose(0, 1).contiguous(), k[0].transpose(0, 1), v.view(N, Hkv, D)
        # each sequence's keys: its prompt's slots, then its own tokens ([slots, Hkv, D], packed)
        K, V = (torch.cat([x for (r, p, _), a, b in zip(seqs, starts, starts[1:])
                           for x in (c[r, :, width - p:width].transpose(0, 1), own[a:b])])
                for c, own in zip(cache[i], (k, v)))
        o = _varlen_attention(q, K, V, [(p, n) for _, p, n in seqs])
        h = h + layer.self_attn.o_proj(o.reshape(1, N, H * D))
        h = h + eng._mlp(i, eng._rms(layer.post_attention_layernorm, h))
    return eng._rms(eng.norm, h)[0]


def _varlen_attention(q: torch.Tensor, K: torch.Tensor, V: torch.Tensor, seqs: list[tuple[int, int]],
                      flash: bool | None = None) -> torch.Tensor:
    """Attention of packed sequences (extend_packed): q [N, H, D], K/V [sum(p + n), Hkv, D]; sequence s has n
    queries and p + n keys, query j seeing keys up to p + j (causal, aligned at the end). `flash` (default: on
    CUDA): one call of the flash kernel for all of them (variable lengths, grouped K/V heads); else SDPA per
    sequence."""
    if q.is_cuda if flash is None else flash:
        cq = torch.tensor([0] + [n for _, n in seqs], dtype=torch.int32).cumsum(0, dtype=torch.int32).to(q.device)
        ck = torch.tensor([0] + [p + n for p, n in seqs], dtype=torch.int32).cumsum(0, dtype=torch.int32).to(q.device)
        return torch.ops.aten._flash_attention_forward(q, K, V, cq, ck, max(n for _, n in seqs),
                                                       max(p + n for p, n in seqs), 0.0, True, False)[0]
    out, a, ka = [], 0, 0
    for p, n in seqs:
        allowed = torch.ones(n, p + n, dtype=torch.bool, device=q.device).tril(p)
        out.append(F.scaled_dot_product_attention(q[a:a + n].transpose(0, 1), K[ka:ka + p + n].transpose(0, 1),
                                                  V[ka:ka + p + n].transpose(0, 1), attn_mask=allowed,
                                                  enable_gqa=True).transpose(0, 1))
        a, ka = a + n, ka + p + n
    return torch.cat(out)


def score_continuations(model, groups: list[tuple[list[int], list[list[int]]]], *, kv_budget_tokens: int = 0,
                         max_rows: int = 256, prefill_tokens: int = 16384) -> list[list[float]]:
    """Teacher-forced log-probability (summed log-softmax, temperature 1) of each continuation after its group's
    prefix: groups [(prefix ids, [continuation ids, ...])] -> per group, one float per continuation. Each prefix
    is prefilled once and its KV cache copied to the rows of its continuations, which then run together: the
    prompt is not recomputed per candidate (product-of-experts scoring, 04 --score-candidates).
    kv_budget_tokens: cache slots per batch (rows x (prefix + continuation)); 0 = what the free GPU memory holds,
    1<<16 on CPU. Raises arcft.fastgen.Unsupported for a model that is not Llama-like."""
    out: list[list[float]] = [[0.0] * len(c) for _, c in groups]
    todo = [g for g, (_, conts) in enumerate(groups) if conts]
    if not todo:
        return out
    if any(len(groups[g][0]) == 0 or any(len(c) == 0 for c in groups[g][1]) for g in todo):
        raise ValueError("empty prefix or continuation")
    eng = _Engine(model)
    budget = kv_budget_tokens or _auto_budget(eng, prefill_tokens)
    todo.sort(key=lambda g: (len(groups[g][0]), g))
    batches, cur = [], []
    for g in todo:  # by prefix length; each batch's cache (rows x (widest prefix + longest continuation)) in budget
        trial = cur + [g]
        rows = len(trial) * max(len(groups[x][1]) for x in trial)
        slots = rows * (max(len(groups[x][0]) for x in trial) + max(len(c) for x in trial for c in groups[x][1]))
        if cur and (slots > budget or rows > max_rows):
            batches.append(cur)
            trial = [g]
        cur = trial
    batches.append(cur)
    training = eng.model.training
    eng.model.eval()
    try:
        with torch.inference_mode(), _attention_backends():
            for b in batches:
                _score_batch(eng, [groups[g] for g in b], [out[g] for g in b], prefill_tokens)
    finally:
        eng.model.train(training)
    return out


def _score_passes(lens: list[int], max_tokens: int, min_tokens: int = 4096) -> list[tuple[int, int, int]]:
    """Consecutive rows [a, b) run together by extend(), each pass padded to its own longest continuation t (a
    continuation's first token needs no pass: t >= 2), with at most `max_tokens` tokens (b - a) x (t - 1) unless
    one row alone is longer. _score_batch hands the rows longest first; a pass of `min_tokens` or more also ends
    before a row under 90% of its longest, so it pads little (by count on the 8B benchmark's 13,408 pairs: 3% of
    the tokens run, against 16% without that rule and 27% with the rows in prefix order)."""
    passes, a = [], 0
    while a < len(lens):
        b, t = a, 1
        while b < len(lens) and (b == a or ((b + 1 - a) * (max(t, lens[b]) - 1) <= max_tokens and
                                            (lens[b] >= 0.9 * t or (b - a) * (t - 1) < min_tokens))):
            t = max(t, lens[b])
            b += 1
        if t > 1:
            passes.append((a, b, t))
        a = b
    return passes


def _prefill_copies(eng: _Engine, prompts: list[list[int]], cache: list[list[torch.Tensor]], width: int,
                    chunk_tokens: int, S: int) -> torch.Tensor:
    """prefill() with S cache rows per prompt (its candidates, for scoring): each prompt runs once and its K/V
    is copied to its other rows. Returns the float32 logits at each prompt's end, once per row [n * S, V]."""
    logits = eng.prefill(prompts, cache, width, chunk_tokens, stride=S)
    if S > 1:
        for kv in cache:
            for t in kv:
                grouped = t.view(len(prompts), S, *t.shape[1:])
                grouped[:, 1:] = grouped[:, :1]
        logits = logits.repeat_interleave(S, 0)
    return logits


def _score_batch(eng: _Engine, groups: list, out: list[list[float]], prefill_tokens: int) -> None:
    """One batch of score_continuations: S rows per prefix (its most continuations; the spare rows score nothing).
    A continuation's token 0 is predicted by its prefix's last logits, the rest by the passes of _SCORE_LAYOUT."""
    S = max(len(c) for _, c in groups)
    width = max(len(p) for p, _ in groups)
    cache = eng.new_cache(len(groups) * S, width)
    first = _prefill_copies(eng, [p for p, _ in groups], cache, width, prefill_tokens, S)  # [n * S, V]
    rows = [(g * S + j, len(p), c) for g, (p, cs) in enumerate(groups) for j, c in enumerate(cs)]
    rest = (_score_packed if _SCORE_LAYOUT == "packed" else _score_padded)(eng, rows, cache, width, first.shape[-1])
    heads = torch.tensor([r for r, _, _ in rows], device=eng.device)
    firsts = _logprobs(first[heads], torch.tensor([c[0] for _, _, c in rows], device=eng.device)).tolist()
    for (r, _, _), lp in zip(rows, firsts):
        out[r // S][r % S] = lp + rest.get(r, 0.0)


def _logprobs(logits: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    """log_softmax(logits)[target] per position, float32 [N]."""
    return torch.log_softmax(logits.float(), -1).gather(-1, target[:, None])[:, 0]


def _head_logprobs(eng: _Engine, h: torch.Tensor, target: torch.Tensor, vocab: int) -> torch.Tensor:
    """_logprobs of the model's head on final hidden states h [N, hidden], a `vocab`-wide row of logits for at most
    _SCORE_LOGITS floats at a time (a whole [N, V] could not be held)."""
    out = torch.empty(len(target), dtype=torch.float32, device=target.device)
    step = max(1, _SCORE_LOGITS // vocab)
    for c in range(0, len(target), step):
        out[c:c + step] = _logprobs(eng.head(h[c:c + step]), target[c:c + step])
    return out


def _score_padded(eng: _Engine, rows: list[tuple[int, int, list[int]]], cache: list[list[torch.Tensor]],
                  width: int, vocab: int) -> dict[int, float]:
    """The passes in the padded layout (extend): rows (cache row, prefix length, continuation) longest first, each
    pass padded to its longest (_score_passes). Returns {cache row: summed log-probability of its continuation's
    tokens after the first}, for the continuations of 2 tokens or more."""
    dev = eng.device
    longest = _SCORE_ORDER == "longest"  # else as they come (before 2026-11-29)
    rows = sorted(rows, key=lambda x: -len(x[2])) if longest else rows
    out: dict[int, float] = {}
    lens = [len(c) for _, _, c in rows]
    bias = _prompt_bias(torch.tensor([p for _, p, _ in rows], device=dev), width, width, eng.dtype)
    for a, b, t in _score_passes(lens, _SCORE_TOKENS, 4096 if longest else 1 << 62):
        part = rows[a:b]
        tokens = torch.tensor([c + [0] * (t - len(c)) for _, _, c in part], device=dev)
        pos = torch.tensor([[p + k for k in range(t - 1)] for _, p, _ in part], device=dev)
        real = torch.tensor([[k < len(c) - 1 for k in range(t - 1)] for _, _, c in part], device=dev)
        h = extend(eng, tokens[:, :t - 1], pos, cache, torch.tensor([r for r, _, _ in part], device=dev), width,
                   bias[a:b])
        # the head runs on the continuations' own tokens only
        lp = torch.zeros(b - a, t - 1, dtype=torch.float32, device=dev)
        lp[real] = _head_logprobs(eng, h[real], tokens[:, 1:][real], vocab)
        out.update({r: x for (r, _, _), x in zip(part, lp.sum(-1).tolist())})
    return out


def _score_packed(eng: _Engine, rows: list[tuple[int, int, list[int]]], cache: list[list[torch.Tensor]],
                  width: int, vocab: int) -> dict[int, float]:
    """_score_padded in the packed layout (extend_packed): each continuation's tokens after its first, one after
    another, up to _SCORE_TOKENS a pass (a longer one alone), longest first."""
    dev = eng.device
    rows = sorted((x for x in rows if len(x[2]) > 1), key=lambda x: -len(x[2]))
    out: dict[int, float] = {}
    a = 0
    while a < len(rows):
        b, size = a, 0
        while b < len(rows) and (b == a or size + len(rows[b][2]) - 1 <= _SCORE_TOKENS):
            size += len(rows[b][2]) - 1
            b += 1
        part = rows[a:b]
        tokens = torch.tensor([t for _, _, c in part for t in c[:-1]], device=dev)
        target = torch.tensor([t for _, _, c in part for t in c[1:]], device=dev)
        pos = torch.tensor([q for _, p, c in part for q in range(p, p + len(c) - 1)], device=dev)
        h = extend_packed(eng, tokens, pos, [(r, p, len(c) - 1) for r, p, c in part], cache, width)
        seg = torch.tensor([k for k, (_, _, c) in enumerate(part) for _ in range(len(c) - 1)], device=dev)
        sums = torch.zeros(len(part), dtype=torch.float32, device=dev).index_add_(0, seg,
                                                                                 _head_logprobs(eng, h, target, vocab))
        out.update({r: x for (r, _, _), x in zip(part, sums.tolist())})
        a = b
    return out
