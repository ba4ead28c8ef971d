"""Batched generation shared by 04_predict and the benchmark: length-grouped batches, left padding, stop at the
end marker or EOS."""
from __future__ import annotations

import time


def kv_bytes_per_token(model) -> int:
    """KV-cache bytes one token takes (all layers, keys and values)."""
    cfg = model.config
    head_dim = getattr(cfg, "head_dim", None) or cfg.hidden_size // cfg.num_attention_heads
    dtype_bytes = 2 if str(getattr(model, "dtype", "")).endswith(("16", "bfloat16")) else 4
    return 2 * cfg.num_hidden_layers * cfg.num_key_value_heads * head_dim * dtype_bytes


def act_bytes_per_token(model) -> int:
    """Peak activation bytes per prompt token while a batch's prompts go through the model at once (the MLP's
    gate/up/product tensors and the LoRA path's float32 temporaries dominate)."""
    return 16 * model.config.intermediate_size


def auto_batch_tokens(model, fraction: float = 0.5) -> int:
    """How many tokens (prompt + generated, summed over a batch) fit in `fraction` of the GPU memory still free:
    each holds its KV cache, and a prompt token also its share of the prefill activations (an H100 with 8B bf16
    ran out at ~131K tokens counting the KV cache alone); a large default on CPU."""
    import torch
    if not torch.cuda.is_available():
        return 1 << 16
    free, _ = torch.cuda.mem_get_info()
    return max(4096, int(free * fraction / (kv_bytes_per_token(model) + act_bytes_per_token(model))))


def length_batches(keys: list, costs: list[int], batch_size: int, max_batch_tokens: int):
    """Index batches in order of decreasing `keys` (similar lengths together, the biggest first so a memory
    problem shows at once); each batch has at most `batch_size` items and at most `max_batch_tokens` as
    (items x its largest cost)."""
    order = sorted(range(len(keys)), key=lambda i: keys[i], reverse=True)
    batch, width = [], 0
    for i in order:
        w = max(width, costs[i])
        if batch and (len(batch) >= batch_size or (len(batch) + 1) * w > max_batch_tokens):
            yield batch
            batch, w = [], costs[i]
        batch.append(i)
        width = w
    if batch:
        yield batch


def generate_batch(model, prompts: list[list[int]], pad_id: int, stop_ids: list[int], max_new_tokens: int,
                   greedy: bool = False, top_k: int = 50, temperature: float = 1.0,
                   min_new_tokens: int | None = None, cache: str = "dynamic") -> tuple[list[list[int]], float]:
    """Generate for a batch of prompt id lists (left-padded into one tensor). Returns each prompt's new tokens up
    to and including the first stop token (or all of them when none came), and the wall time. `cache`: the KV
    cache, transformers' default growing one ("dynamic") or one allocated once for the whole batch ("static")."""
    import torch
    device = next(model.parameters()).device
    width = max(len(p) for p in prompts)
    ids = torch.full((len(prompts), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(prompts), width), dtype=torch.long)
    for row, p in enumerate(prompts):  # left padding: every prompt ends where generation starts
        ids[row, width - len(p):] = torch.tensor(p)
        mask[row, width - len(p):] = 1
    sampling = {} if greedy else {"top_k": top_k, "temperature": temperature}
    if cache != "dynamic":
        sampling["cache_implementation"] = cache
    if torch.cuda.is_available():
        torch.cuda.synchronize()
    t0 = time.time()
    with torch.inference_mode():
        gen = model.generate(input_ids=ids.to(device), attention_mask=mask.to(device), do_sample=not greedy,
                             max_new_tokens=max_new_tokens, min_new_tokens=min_new_tokens, top_p=None,
                             eos_token_id=stop_ids, pad_token_id=pad_id, **sampling)
    if torch.cuda.is_available():
        torch.cuda.synchronize()
    dt = time.time() - t0
    out = []
    for row in gen[:, width:].tolist():
        stop = next((k for k, t in enumerate(row) if t in stop_ids), None)
        out.append(row[:stop + 1] if stop is not None else row)
    return out, dt
