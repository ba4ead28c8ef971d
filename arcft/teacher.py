"""Teacher-forced scoring of continuations after shared prompts, on 04's engine (arcft.fastgen): the log-probability
of each candidate answer after its prompt, with the prompt prefilled once for all of its candidates
(product-of-experts scoring: 04_predict.py --score-candidates, arcft.poe).

  score_continuations: groups of (prompt, candidates) -> summed log-probabilities; batches of prompts by length
      within the free GPU memory, each prompt prefilled once into one cache row (fastgen's packed prefill), which
      all of its candidates read;
  extend: a pass of candidates' tokens after their cached prompts, packed one after another without padding;
      attention is one variable-length flash call on CUDA (fastgen.varlen_attention).

Measured on an H200 (bench/score_step.py, 8 layers of Llama-3-8B's shapes, 1,024 pairs; bench/README.md,
2026-11-29): packed 6.09 s against 7.21 s for rows padded to each pass's longest with a mask (7.74 s in the
order of their prompts, as before).
"""
from __future__ import annotations

import torch

from .fastgen import Varlen, _attention_backends, _auto_budget, _Engine, device_tensor, varlen_attention

_SCORE_LOGITS = 1 << 28  # logits (floats) one head call of the scoring makes at most: 1 GiB, ~2,000 tokens of 128K
_SCORE_TOKENS = 16384  # continuation tokens one scoring pass runs at most (its activations; the matmuls are at
#                        full speed well before that)
_SCORE_KEYS = 1 << 19  # keys one pass gathers per layer at most (each candidate's prompt slots and its own tokens:
#                        2 GiB of K and V for Llama-3-8B, freed layer by layer)


def extend(eng: _Engine, tokens: torch.Tensor, pos: torch.Tensor, seqs: list[tuple[int, int, int]],
           cache: list[list[torch.Tensor]], width: int) -> torch.Tensor:
    """Teacher forcing after cached prompts, sequences one after another: tokens [N] at positions `pos` [N];
    `seqs` [(cache row, prompt length p, tokens n)] in that order. A sequence's tokens attend to its row's prompt
    slots [width - p, width) and causally to each other. Nothing is written to the cache. Returns the final-normed
    hidden states [N, hidden]: the caller runs the head on the positions it needs."""
    N, H, D = tokens.shape[0], eng.H, eng.D
    gather, own = _key_layout(seqs, width, tokens.device)
    packed = Varlen([(p, n) for _, p, n in seqs], tokens.device)
    h = eng.embed(tokens[None])
    cos, sin = eng.rotary(h, pos[None])
    for i, layer in enumerate(eng.layers):
        q, k, v = eng._qkv_roped(i, eng._rms(layer.input_layernorm, h), cos, sin)
        K, V = (_packed_keys(c, x, gather, own) for c, x in zip(cache[i], (k, v)))
        o = varlen_attention(q, K, V, packed)
        h = h + layer.self_attn.o_proj(o.reshape(1, N, H * D))
        h = h + eng._mlp(i, eng._rms(layer.post_attention_layernorm, h))
    return eng._rms(eng.norm, h)[0]


def _key_layout(seqs: list[tuple[int, int, int]], width: int, device) -> tuple:
    """Where extend()'s keys come from, once per pass: each sequence's prompt slots (cache row, slot) and its own
    tokens, one sequence after another. Returns ((rows, slots, positions) of the prompt keys, positions of the own
    keys), index tensors on `device`."""
    rows, slots, at, own, k = [], [], [], [], 0
    for r, p, n in seqs:
        rows += [r] * p
        slots += range(width - p, width)
        at += range(k, k + p)
        own += range(k + p, k + p + n)
        k += p + n
    t = lambda x: device_tensor(x, device)  # noqa: E731
    return (t(rows), t(slots), t(at)), t(own)


def _packed_keys(c: torch.Tensor, x: torch.Tensor, gather: tuple, own: torch.Tensor) -> torch.Tensor:
    """One layer's keys (or values) for extend(): the prompt slots of cache `c` [rows, Hkv, L, D] and the pass's own
    `x` [N, Hkv, D], laid out as _key_layout says ([keys, Hkv, D])."""
    rows, slots, at = gather
    out = x.new_empty(len(at) + len(own), *x.shape[1:])
    out[at] = c[rows, :, slots]
    out[own] = x
    return out


def score_continuations(model, groups: list[tuple[list[int], list[list[int]]]], *, kv_budget_tokens: int = 0,
                         max_rows: int = 256, prefill_tokens: int = 16384) -> list[list[float]]:
    """Teacher-forced log-probability (summed log-softmax, temperature 1) of each continuation after its group's
    prefix: groups [(prefix ids, [continuation ids, ...])] -> per group, one float per continuation. Each prefix
    is prefilled once into one cache row, which its continuations read: the prompt is not recomputed per
    candidate (product-of-experts scoring, 04 --score-candidates).
    kv_budget_tokens: cache slots per batch (prefixes x widest prefix); 0 = what the free GPU memory holds, 1<<16
    on CPU. max_rows: prefixes per batch at most. Raises arcft.fastgen.Unsupported for a model that is not
    Llama-like."""
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
    for g in todo:  # by prefix length (the widest last); each batch's cache within the budget
        if cur and ((len(cur) + 1) * len(groups[g][0]) > budget or len(cur) >= max_rows):
            batches.append(cur)
            cur = []
        cur.append(g)
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


def _score_batch(eng: _Engine, groups: list, out: list[list[float]], prefill_tokens: int) -> None:
    """One batch of score_continuations: a cache row per prefix. A continuation's token 0 is predicted by its
    prefix's last logits, the rest by _score_passes."""
    width = max(len(p) for p, _ in groups)
    cache = eng.new_cache(len(groups), width)
    first = eng.prefill([p for p, _ in groups], cache, width, prefill_tokens)  # [prefixes, V], float32
    rows = [(g, j, len(p), c) for g, (p, cs) in enumerate(groups) for j, c in enumerate(cs)]
    rest = _score_passes(eng, rows, cache, width, first.shape[-1])
    dev = eng.device
    firsts = _logprobs(first[device_tensor([g for g, _, _, _ in rows], dev)],
                       device_tensor([c[0] for _, _, _, c in rows], dev)).tolist()
    for (g, j, _, _), lp in zip(rows, firsts):
        out[g][j] = lp + rest.get((g, j), 0.0)


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


def _passes(rows: list[tuple], max_tokens: int, max_keys: int) -> list[tuple[int, int]]:
    """Consecutive rows [a, b) of (group, candidate, prompt length p, continuation) run by one extend(): at most
    `max_tokens` tokens (a continuation's tokens after its first) and `max_keys` keys (p + those tokens), a row
    alone where it is longer."""
    passes, a = [], 0
    while a < len(rows):
        b, tokens, keys = a, 0, 0
        while b < len(rows) and (b == a or (tokens + len(rows[b][3]) - 1 <= max_tokens and
                                            keys + rows[b][2] + len(rows[b][3]) - 1 <= max_keys)):
            tokens += len(rows[b][3]) - 1
            keys += rows[b][2] + len(rows[b][3]) - 1
            b += 1
        passes.append((a, b))
        a = b
    return passes


def _score_passes(eng: _Engine, rows: list[tuple], cache: list[list[torch.Tensor]], width: int,
                  vocab: int) -> dict[tuple[int, int], float]:
    """The extend() passes over rows (group, candidate, prompt length, continuation) of 2 tokens or more, longest
    first (_passes). Returns {(group, candidate): summed log-probability of the continuation's tokens after its
    first}; the cache row of group g is g."""
    dev = eng.device
    rows = sorted((x for x in rows if len(x[3]) > 1), key=lambda x: -len(x[3]))
    done: list[tuple[list, torch.Tensor]] = []
    for a, b in _passes(rows, _SCORE_TOKENS, _SCORE_KEYS):
        part = rows[a:b]
        tokens = device_tensor([t for _, _, _, c in part for t in c[:-1]], dev)
        target = device_tensor([t for _, _, _, c in part for t in c[1:]], dev)
        pos = device_tensor([q for _, _, p, c in part for q in range(p, p + len(c) - 1)], dev)
        h = extend(eng, tokens, pos, [(g, p, len(c) - 1) for g, _, p, c in part], cache, width)
        seg = device_tensor([k for k, (_, _, _, c) in enumerate(part) for _ in range(len(c) - 1)], dev)
        sums = torch.zeros(len(part), dtype=torch.float32, device=dev).index_add_(0, seg,
                                                                                 _head_logprobs(eng, h, target, vocab))
        done.append((part, sums))
    # read back once, after the last pass: a read per pass would leave the GPU idle while the next one is built
    sums = torch.cat([x for _, x in done]).tolist() if done else []
    return {(g, j): x for (g, j, _, _), x in zip((r for part, _ in done for r in part), sums)}
