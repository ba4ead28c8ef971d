"""Batched generation shared by 04_predict and the benchmark: length-grouped batches, left padding, stop at the
end marker or EOS."""
from __future__ import annotations

import time


def act_bytes_per_token(model) -> int:
    """Peak activation bytes per prompt token while a batch's prompts go through the model at once (the MLP's
    gate/up/product tensors and the LoRA path's float32 temporaries dominate)."""
    return 16 * model.config.intermediate_size


def auto_batch_tokens(model, fraction: float = 0.5) -> int:
    """How many tokens (prompt + generated, summed over a batch) fit in `fraction` of the GPU memory still free:
    each holds its KV cache, and a prompt token also its share of the prefill activations (an H100 with 8B bf16
    ran out at ~131K tokens counting the KV cache alone); a large default on CPU."""
    import torch

    from .fastgen import kv_bytes_per_token
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


ENGINES = ("auto", "fast", "hf")


def inference_backend(backend: str, engine: str) -> str:
    """The loading backend 04 asks for: the fast engine runs plain transformers modules (LoRA merged into the bf16
    weights), so `auto` means peft for it; transformers' generate keeps `auto` (unsloth on a GPU that has it)."""
    return "peft" if backend == "auto" and engine != "hf" else backend


def pick_engine(engine: str, backend: str, model) -> str:
    """`auto`: the fast engine where it can run this model (loaded by the peft backend, Llama architecture), else
    transformers' generate. Asking for `fast` where it cannot run is an error."""
    from . import fastgen
    from .io import UserError
    fits = backend == "peft" and fastgen.supports(model)
    if engine == "fast" and not fits:
        raise UserError("--engine fast runs Llama-architecture models loaded by --backend peft (or auto); "
                        "use --engine hf for this one")
    return engine if engine != "auto" else ("fast" if fits else "hf")


def run_prompts(model, prompts: list[list[int]], *, engine: str, stop_ids: list[int], pad_id: int,
                max_new_tokens: int, reserve: list[int], sampling=None, keys: list[str] | None = None,
                batch_size: int = 0, max_batch_tokens: int = 0, cache: str = "dynamic",
                lengths: list[int] | None = None, on_batch=None) -> None:
    """Generate for every prompt (token id lists) and hand each finished batch to `on_batch(prompt indices, rows,
    seconds, logprobs)`: what 04_predict and the benchmark both run. `sampling`: an arcft.fastgen.Sampling (default:
    one top-k 50 sample per prompt); rows and logprobs hold `sampling.samples` entries per prompt, prompt-major.
    `engine` "fast" is arcft.fastgen (packed prefill, one KV cache per batch, rows dropped as they finish, the
    samples of a prompt sharing its prefill, log-probabilities); "hf" is transformers' generate on length-grouped,
    left-padded batches (one sample per prompt, no log-probabilities: None). `reserve`: each prompt's expected
    answer size (02's answer_tokens_reserved), for grouping. `lengths` (benchmarks): generate exactly that many
    tokens per prompt, ignoring the stop ids. `keys` (record ids) seed the sampling: with the fast engine each
    row's own random stream (arcft.fastgen.row_seed), so a row gets the same tokens in any batch; with "hf" each
    batch by its contents, so the same batches give the same samples on a rerun."""
    from .fastgen import Sampling
    sampling = sampling or Sampling()
    keys = keys or [str(i) for i in range(len(prompts))]
    if engine == "fast":
        from . import fastgen
        fastgen.generate(model, prompts, stop_ids=stop_ids, sampling=sampling, max_new_tokens=max_new_tokens,
                         lengths=lengths, kv_budget_tokens=max_batch_tokens, reserve=reserve,
                         max_batch=batch_size or 256, keys=keys, on_batch=on_batch)
        return
    if sampling.samples > 1 or sampling.with_greedy:
        raise ValueError("several samples per prompt need the fast engine (--engine fast)")
    import zlib

    import torch
    budget = max_batch_tokens or auto_batch_tokens(model)
    order = [(r, len(p)) for r, p in zip(reserve, prompts)]
    costs = [len(p) + max_new_tokens for p in prompts]
    for b in length_batches(order, costs, batch_size or 16, budget):
        # the seed depends on the batch's contents, so the same prompts give the same samples on a rerun
        torch.manual_seed(sampling.seed + sum(zlib.crc32(keys[i].encode()) for i in b))
        n = max(lengths[i] for i in b) if lengths else max_new_tokens
        new, dt = generate_batch(model, [prompts[i] for i in b], pad_id, stop_ids, n, sampling.greedy,
                                 sampling.top_k, sampling.temperature, min_new_tokens=n if lengths else None,
                                 cache=cache)
        if lengths:
            new = [row[:lengths[i]] for i, row in zip(b, new)]
        if on_batch:
            on_batch(b, new, dt, [None] * len(b))
