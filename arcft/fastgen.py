"""A lean batched generation engine for Llama-architecture Hugging Face models, used instead of `model.generate`.

Why: HF generate took 116-190 ms per decoding step for Llama-3-8B on an H100. This engine:
  - prefills the prompts packed into one row without padding (attention per prompt segment: one variable-length
    flash call on CUDA, varlen_attention), writing their K/V to the cache in one indexed copy per layer;
  - keeps one preallocated K/V cache per layer with the prompts left-aligned to end at the same slot, so each
    decoding step writes one slot for every row;
  - folds the query heads that share a K/V head into the query length, so K/V are read once per step;
  - syncs with the host only every 16 steps, and then drops finished rows from the cache (compaction);
  - fuses q/k/v and gate/up of plain `nn.Linear` layers into one matmul each (weights become views into one
    tensor: no extra memory, the model's own forward is unchanged; `save_pretrained` would see shared storage);
  - on CUDA with plain weights, replays the decoding step as a CUDA graph (Python launched the step's ~1000
    kernels slower than the GPU ran them), and keeps SDPA off cuDNN (its per-shape planning cost ~3 ms a call);
  - launches fewer kernels per step, which bounds a small model's step: Llama's RMSNorm through torch's rms_norm
    (exactly its computation), q and k roped as one tensor; on CUDA, RMSNorm, silu(gate) * up and the rotary
    embedding as one Triton kernel each (arcft/fused.py, torch's roundings), which also saves a long prefill's
    memory traffic;
  - samples each row from a random stream of its own (seed, key, sample index: counter-based, Gumbel-max), so a
    row's tokens do not depend on its batch;
  - holds a prompt's K/V once for its several samples and reads it once per step for all of them (step_shared);
  - on CUDA, reads each row's own cache slots alone, none of the left padding, with a Triton kernel
    (arcft/decode_kernel.py: 838 SmolLM2 predictions took 18.7 s against 38.8 s through SDPA's masked reads);
  - serves arcft/teacher.py, which scores candidate answers after prompts prefilled once (product of experts).
Measured on an H100, Llama-3-8B shapes with random weights in bf16, prompts of 1.5-4K tokens: 15 ms per step
with 16 rows and 27 ms with 64, against 188 ms for HF generate with 16 rows.
It calls the model's modules (norms, projections, MLP, rotary embedding, lm_head), so LoRA wrappers (peft) and
4-bit layers (bitsandbytes) work. A model it cannot run raises `Unsupported`: fall back to HF generate.
"""
from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass

import torch
import torch.nn.functional as F

from . import fused as kernels

_FUSED = True  # arcft.fused's RMSNorm, silu * up and rope kernels where they run (CUDA; score_step.py --no-fused)
_CHECK_EVERY = 16   # decoding steps between host syncs (stop test, compaction)
_GROW = 256         # cache slots added when a batch generates past its reserve
_NOISE_ELEMENTS = 1 << 24  # sampling noise made for all of a batch's steps at once up to this size (64 MiB, ~0.4 GiB
#                            of int64 temporaries while made; the KV budget leaves 15% of the free memory)
_ALIGN = 64         # cache length multiple: keeps the attention mask's strides aligned for the CUDA kernels
_stats: dict = {}   # counters of the last generate call (tests look at them)


class Unsupported(Exception):
    """The model is not one this engine can run: use model.generate instead."""


@dataclass(frozen=True)
class Sampling:
    """How to pick tokens, one settings object for 04, the benchmark and both engines.
    greedy: argmax for every sequence. Otherwise temperature + top-k sampling, each row drawing its own random
    numbers from `seed`, its prompt's key and its sample index alone (row_seed): a row gets the same tokens in any
    batch, on any number of processes. samples: sequences per prompt, sharing the prompt's prefill and KV cache;
    with_greedy: the first of them is the argmax one, the others sampled."""
    greedy: bool = False
    top_k: int = 50
    temperature: float = 1.0
    seed: int = 0
    samples: int = 1
    with_greedy: bool = False

    def __post_init__(self):
        if self.samples < 1:
            raise ValueError("samples must be >= 1")
        if not self.greedy and self.temperature <= 0:
            raise ValueError("temperature must be > 0 for sampling (or use greedy)")

    def greedy_rows(self, n_prompts: int, device) -> torch.Tensor | bool | None:
        """Which of the n_prompts x samples rows take the argmax: all (True), none (None), or a mask."""
        if self.greedy:
            return True
        if not self.with_greedy:
            return None
        return (torch.arange(n_prompts * self.samples, device=device) % self.samples) == 0


def kv_bytes_per_token(model) -> int:
    """KV-cache bytes one token takes (all layers, keys and values)."""
    cfg = model.config
    head_dim = getattr(cfg, "head_dim", None) or cfg.hidden_size // cfg.num_attention_heads
    dtype_bytes = 2 if str(getattr(model, "dtype", "")).endswith(("16", "bfloat16")) else 4
    return 2 * cfg.num_hidden_layers * cfg.num_key_value_heads * head_dim * dtype_bytes


def _base(model):
    return model.get_base_model() if hasattr(model, "get_base_model") else model


def _check(model):
    """The underlying LlamaForCausalLM-like model, or Unsupported with the reason."""
    m = _base(model)
    cfg = getattr(m, "config", None)
    inner = m.get_decoder() if hasattr(m, "get_decoder") else None
    if cfg is None or inner is None or m.get_output_embeddings() is None:
        raise Unsupported("not a causal LM with a decoder and an output layer")
    if inner.get_input_embeddings() is None:
        raise Unsupported("the decoder has no input embedding")
    for name in ("layers", "norm", "rotary_emb"):
        if not hasattr(inner, name):
            raise Unsupported(f"the decoder has no {name}")
    if getattr(cfg, "sliding_window", None) and getattr(cfg, "use_sliding_window", True):
        raise Unsupported("sliding-window attention")
    if getattr(cfg, "attn_logit_softcapping", None) or getattr(cfg, "final_logit_softcapping", None):
        raise Unsupported("logit soft-capping")
    head_dim = getattr(cfg, "head_dim", None) or cfg.hidden_size // cfg.num_attention_heads
    for layer in inner.layers:
        attn = getattr(layer, "self_attn", None)
        if attn is None or not all(hasattr(attn, n) for n in ("q_proj", "k_proj", "v_proj", "o_proj")):
            raise Unsupported("attention without q/k/v/o_proj")
        if hasattr(attn, "q_norm") or hasattr(attn, "k_norm"):  # Qwen3-like: per-head norms we would skip
            raise Unsupported("attention with q/k norms")
        if abs(getattr(attn, "scaling", head_dim ** -0.5) - head_dim ** -0.5) > 1e-9:
            raise Unsupported("attention scaling other than 1/sqrt(head_dim)")
        if not all(callable(getattr(layer, n, None)) for n in ("mlp", "input_layernorm", "post_attention_layernorm")):
            raise Unsupported("decoder layer is not input_layernorm/self_attn/post_attention_layernorm/mlp")
        extra = {n for n, _ in layer.named_children()} - {"self_attn", "mlp", "input_layernorm",
                                                         "post_attention_layernorm"}
        if extra:  # e.g. Gemma's extra norms
            raise Unsupported(f"decoder layer has more parts: {sorted(extra)}")
    return m


def supports(model) -> bool:
    """Whether `generate` can run this model (LlamaForCausalLM-like, plain, peft-wrapped or 4-bit)."""
    try:
        _check(model)
        return True
    except Unsupported:
        return False


def _aliases(fused: torch.Tensor, weights: list[torch.Tensor]) -> bool:
    """Whether the weights are still consecutive row blocks of `fused` (a .to() or reload breaks that)."""
    off = fused.storage_offset()
    for w in weights:
        if (w.device != fused.device or w.untyped_storage().data_ptr() != fused.untyped_storage().data_ptr()
                or w.storage_offset() != off or not w.is_contiguous()):
            return False
        off += w.numel()
    return off == fused.storage_offset() + fused.numel()


def _fuse(parent, names: tuple[str, ...]) -> torch.Tensor | None:
    """One weight [sum of outputs, inputs] for the plain bias-free Linear layers `names` of `parent`, whose
    weights become views into it; None when they are not all such layers (LoRA, 4-bit: call the modules)."""
    mods = [getattr(parent, n, None) for n in names]
    if not all(type(m) is torch.nn.Linear and m.bias is None for m in mods):
        return None
    ws = [m.weight for m in mods]
    if len({(w.dtype, w.device, w.shape[1]) for w in ws}) != 1:
        return None
    fused = parent.__dict__.get("_fastgen_fused")
    if fused is not None and _aliases(fused, ws):
        return fused
    # outside inference mode, so the new parameters stay usable by ordinary forward/backward code
    with torch.inference_mode(False), torch.no_grad():
        fused = torch.cat([w.detach() for w in ws])
        off = 0
        for m, w in zip(mods, ws):
            m.weight = torch.nn.Parameter(fused[off:off + w.shape[0]], requires_grad=w.requires_grad)
            off += w.shape[0]
    parent.__dict__["_fastgen_fused"] = fused  # a plain attribute: no buffer, not in the state dict
    return fused


def _round_up(n: int, m: int) -> int:
    return -(-n // m) * m


def plan_batches(prompt_lens: list[int], reserve: list[int] | None, max_new: int, kv_budget_tokens: int,
                 max_batch: int, samples: int = 1) -> list[list[int]]:
    """Index batches: by expected answer length (reserve, capped at max_new) then prompt length, both
    decreasing; a batch grows while it has at most `max_batch` rows (prompts x `samples`) and its cache fits in
    `kv_budget_tokens`: prompts x longest prompt (held once per prompt) + rows x (largest reserve + 64). A prompt
    too big for the budget still gets a batch."""
    res = [max_new] * len(prompt_lens) if reserve is None else [min(r, max_new) for r in reserve]
    order = sorted(range(len(prompt_lens)), key=lambda i: (res[i], prompt_lens[i]), reverse=True)
    batches, batch, width, need = [], [], 0, 0
    for i in order:
        w, r = max(width, prompt_lens[i]), max(need, res[i])
        rows = (len(batch) + 1) * samples
        if batch and (rows > max_batch or (len(batch) + 1) * w + rows * (r + 64) > kv_budget_tokens):
            batches.append(batch)
            batch, w, r = [], prompt_lens[i], res[i]
        batch.append(i)
        width, need = w, r
    if batch:
        batches.append(batch)
    return batches


def _chunks(lens: list[int], limit: int) -> list[list[int]]:
    """Consecutive rows whose prompts together take at most `limit` tokens (a longer prompt goes alone)."""
    chunks, cur, total = [], [], 0
    for row, n in enumerate(lens):
        if cur and total + n > limit:
            chunks.append(cur)
            cur, total = [], 0
        cur.append(row)
        total += n
    if cur:
        chunks.append(cur)
    return chunks


def row_seed(seed: int, key: str, sample: int) -> int:
    """The random stream of one row: from the run's seed, its prompt's key (04: the record id) and its sample index,
    and nothing about the batch it runs in. A non-negative int64."""
    digest = hashlib.blake2b(f"{seed}:{key}:{sample}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little") >> 1


def _i64(x: int) -> int:
    """An unsigned 64-bit constant as the int64 that has its bits."""
    return x - (1 << 64) if x >= 1 << 63 else x


_GOLDEN, _MIX1, _MIX2 = _i64(0x9E3779B97F4A7C15), _i64(0xBF58476D1CE4E5B9), _i64(0x94D049BB133111EB)


def _shr(z: torch.Tensor, k: int) -> torch.Tensor:
    """Logical right shift of int64 bits (torch's >> keeps the sign)."""
    return (z >> k) & ((1 << (64 - k)) - 1)


def _splitmix(z: torch.Tensor) -> torch.Tensor:
    """SplitMix64's output function on int64 tensors (products wrap around, as uint64 arithmetic does)."""
    z = z + _GOLDEN
    z = (z ^ _shr(z, 30)) * _MIX1
    z = (z ^ _shr(z, 27)) * _MIX2
    return z ^ _shr(z, 31)


def _uniform(seeds: torch.Tensor, steps: torch.Tensor, n: int) -> torch.Tensor:
    """[rows, steps, n] uniform numbers in (0, 1), float64: a pure function of each row's seed, the step (the
    position in the answer) and the column. Counter-based, so no generator state depends on which rows share a
    batch."""
    per_step = _splitmix(seeds[:, None] ^ _splitmix(steps)[None])
    cols = torch.arange(n, device=seeds.device, dtype=torch.long)
    bits = _shr(_splitmix(per_step[:, :, None] ^ (cols * _MIX2)), 11)  # 53 bits
    return (bits.double() + 0.5) / float(1 << 53)


def _gumbel(seeds: torch.Tensor, steps: torch.Tensor, n: int) -> torch.Tensor:
    """[rows, steps, n] Gumbel noise from _uniform, float32."""
    return (-torch.log(-torch.log(_uniform(seeds, steps, n)))).float()


def _sample(logits: torch.Tensor, greedy: torch.Tensor | bool | None, top_k: int, temperature: float,
            gumbel: torch.Tensor | None) -> torch.Tensor:
    """Next token per row from float32 logits [B, V]: argmax where `greedy` (True: every row; a mask: those rows),
    else a draw from softmax(top-k logits / temperature), as HF samples, by the Gumbel-max trick with each row's
    own noise (`gumbel` [B, min(top_k, V)]: _gumbel of the row's seed at this step)."""
    if greedy is True:
        return logits.argmax(-1)
    scaled = logits / temperature
    idx = None
    if 0 < top_k < scaled.shape[-1]:
        scaled, idx = scaled.topk(top_k, -1)
    pick = (scaled + gumbel).argmax(-1)
    tok = pick if idx is None else idx.gather(-1, pick[:, None]).squeeze(-1)
    return tok if greedy is None else torch.where(greedy, logits.argmax(-1), tok)


def _draw_columns(top_k: int, vocab: int) -> int:
    """How many candidates a sampled token is drawn from."""
    return top_k if 0 < top_k < vocab else vocab


def device_tensor(values: list, device: torch.device, dtype: torch.dtype = torch.long) -> torch.Tensor:
    """torch.tensor(values) on `device`; to CUDA through pinned memory without waiting for the GPU (a plain copy
    from pageable memory waits for all the work queued before it, so the CPU could not prepare the next pass)."""
    t = torch.tensor(values, dtype=dtype)
    return t.pin_memory().to(device, non_blocking=True) if device.type == "cuda" else t.to(device)


class Varlen:
    """Sequences packed one after another for varlen_attention: (p, n) each, n queries after p earlier keys; their
    offsets made once for all the layers."""

    def __init__(self, seqs: list[tuple[int, int]], device: torch.device):
        self.seqs = seqs
        self.max_q, self.max_k = max(n for _, n in seqs), max(p + n for p, n in seqs)
        self.cq, self.ck = (device_tensor([0] + x, device, torch.int32).cumsum(0, dtype=torch.int32)
                            for x in ([n for _, n in seqs], [p + n for p, n in seqs]))


def varlen_attention(q: torch.Tensor, K: torch.Tensor, V: torch.Tensor, packed: Varlen,
                     flash: bool | None = None) -> torch.Tensor:
    """Attention of packed sequences (the prefill; arcft.teacher's scoring passes): q [N, H, D], K/V
    [sum(p + n), Hkv, D]; sequence s has n queries and p + n keys, query j seeing keys up to p + j (causal, aligned
    at the end). `flash` (default: where it runs, CUDA with compute capability 8.0+ in 16-bit floats): one call of
    the flash kernel for all of them (variable lengths, grouped K/V heads); else SDPA per sequence."""
    if _flash_ok(q) if flash is None else flash:
        return torch.ops.aten._flash_attention_forward(q.contiguous(), K, V, packed.cq, packed.ck, packed.max_q,
                                                       packed.max_k, 0.0, True, False)[0]
    out, a, ka = [], 0, 0
    for p, n in packed.seqs:
        allowed = None if p == 0 else torch.ones(n, p + n, dtype=torch.bool, device=q.device).tril(p)
        out.append(F.scaled_dot_product_attention(q[a:a + n].transpose(0, 1), K[ka:ka + p + n].transpose(0, 1),
                                                  V[ka:ka + p + n].transpose(0, 1), attn_mask=allowed,
                                                  is_causal=p == 0, enable_gqa=q.shape[1] != K.shape[1])
                   .transpose(0, 1))
        a, ka = a + n, ka + p + n
    return torch.cat(out) if len(out) > 1 else out[0]


def _flash_ok(q: torch.Tensor) -> bool:
    return (q.is_cuda and q.dtype in (torch.float16, torch.bfloat16) and q.shape[-1] % 8 == 0 and q.shape[-1] <= 256
            and torch.cuda.get_device_capability(q.device) >= (8, 0))


class _Engine:
    """The parts of one Llama model and the prefill / decoding step over them."""

    def __init__(self, model, cuda_graphs: bool = False):
        from transformers.models.llama.modeling_llama import apply_rotary_pos_emb
        m = _check(model)
        cfg = m.config
        self.model = m
        inner = m.get_decoder()
        self.layers = list(inner.layers)
        self.embed, self.norm, self.rotary = inner.get_input_embeddings(), inner.norm, inner.rotary_emb
        self.head = m.get_output_embeddings()
        self.H = cfg.num_attention_heads
        self.Hkv = getattr(cfg, "num_key_value_heads", None) or self.H
        self.G = self.H // self.Hkv
        self.D = getattr(cfg, "head_dim", None) or cfg.hidden_size // self.H
        self.hidden = cfg.hidden_size
        self.rope = apply_rotary_pos_emb
        self.device = next(m.parameters()).device
        with torch.inference_mode():
            self.dtype = self.embed(torch.zeros(1, 1, dtype=torch.long, device=self.device)).dtype
            self._check_rope()
        self.qkv = [_fuse(layer.self_attn, ("q_proj", "k_proj", "v_proj")) for layer in self.layers]
        self.gate_up = [_fuse(layer.mlp, ("gate_proj", "up_proj"))
                        if all(hasattr(layer.mlp, n) for n in ("down_proj", "act_fn")) else None
                        for layer in self.layers]
        self.fused = _FUSED and kernels.usable(self.device, self.dtype)  # RMSNorm, silu * up, rope: a kernel each
        self.fused_rope = self.fused and self.D >= 16 and not self.D & (self.D - 1)  # the kernel's halves: 2^k
        # graphs only where every module is a plain torch one: LoRA / 4-bit kernels might not replay correctly
        plain = [self.head] + [getattr(part, "o_proj", None) or getattr(part, "down_proj", None)
                               for layer in self.layers for part in (layer.self_attn, layer.mlp)]
        norms = [self.norm] + [n for layer in self.layers for n in (layer.input_layernorm,
                                                                    layer.post_attention_layernorm)]
        self.graphs = (cuda_graphs and self.device.type == "cuda" and type(self.embed) is torch.nn.Embedding
                       and all(w is not None for w in self.qkv + self.gate_up)
                       and all(type(mod) is torch.nn.Linear for mod in plain)
                       and all(type(n).__module__.startswith("transformers.") for n in norms))

    def _check_rope(self) -> None:
        """unsloth's rotary embedding returns its whole table, ignoring position ids: not usable here."""
        x = torch.zeros(1, 2, self.hidden, dtype=self.dtype, device=self.device)
        pos = torch.tensor([[0, 7]], device=self.device)
        try:
            cos, _ = self.rotary(x, pos)
            cos_r, _ = self.rotary(x, pos.flip(-1))
        except (TypeError, ValueError, RuntimeError) as e:
            raise Unsupported(f"rotary_emb(x, position_ids) failed: {e}") from None
        if (tuple(cos.shape) != (1, 2, self.D) or not torch.equal(cos[0, 0], cos_r[0, 1])
                or torch.equal(cos[0, 0], cos[0, 1])):
            raise Unsupported("rotary_emb does not give cos/sin per position id")

    def _qkv_roped(self, i: int, x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor):
        """Layer i's q [N, H, D] and k [N, Hkv, D], roped, and v [N, Hkv, D] for the N tokens of x [..., N, hidden]
        (their cos/sin [..., N, D]). With one fused q/k/v weight, q and k are roped as one tensor (half the rotary
        kernels of a decoding step)."""
        H, Hkv, D = self.H, self.Hkv, self.D
        cos, sin = cos.reshape(-1, D), sin.reshape(-1, D)
        if self.qkv[i] is not None:
            qkv = F.linear(x, self.qkv[i]).reshape(-1, H + 2 * Hkv, D)
            qk = self._rope(qkv[:, :H + Hkv], cos, sin)
            return qk[:, :H], qk[:, H:], qkv[:, H + Hkv:]
        a = self.layers[i].self_attn
        q, k, v = (m(x).reshape(-1, n, D) for m, n in ((a.q_proj, H), (a.k_proj, Hkv), (a.v_proj, Hkv)))
        return self._rope(q, cos, sin), self._rope(k, cos, sin), v

    def _rope(self, x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
        """The rotary embedding of x [N, heads, D] with each token's cos/sin [N, D]: arcft.fused's kernel where it
        runs, else transformers' function (the same roundings)."""
        if self.fused_rope and cos.dtype == x.dtype:
            return kernels.rope(x, cos, sin)
        return self.rope(x[None], x[None, :, :0], cos[None], sin[None], unsqueeze_dim=2)[0][0]

    def _rms(self, norm, x: torch.Tensor) -> torch.Tensor:
        """The model's RMSNorm `norm` on x; Llama's own computed as it does (float32, then the weight in x's dtype)
        with torch's rms_norm, one kernel on CUDA where it had seven (a decoding step runs 61 of them)."""
        if type(norm).__name__ != "LlamaRMSNorm" or not hasattr(norm, "variance_epsilon"):
            return norm(x)
        if self.fused and norm.weight.dtype == x.dtype:
            return kernels.rms_norm(x, norm.weight, norm.variance_epsilon)
        return norm.weight * F.rms_norm(x.float(), (x.shape[-1],), eps=norm.variance_epsilon).to(x.dtype)

    def _mlp(self, i: int, x: torch.Tensor) -> torch.Tensor:
        mlp = self.layers[i].mlp
        if self.gate_up[i] is None:
            return mlp(x)
        gate_up = F.linear(x, self.gate_up[i])
        if self.fused and type(mlp.act_fn) is torch.nn.SiLU:
            return mlp.down_proj(kernels.silu_mul(gate_up))
        gate, up = gate_up.chunk(2, -1)
        return mlp.down_proj(mlp.act_fn(gate) * up)

    def new_cache(self, rows: int, length: int) -> list[list[torch.Tensor]]:
        # zeros, not empty: masked slots still get multiplied by 0 in attention, and 0 * NaN would be NaN
        return [[torch.zeros(rows, self.Hkv, length, self.D, dtype=self.dtype, device=self.device)
                 for _ in range(2)] for _ in self.layers]

    def prefill(self, prompts: list[list[int]], cache: list[list[torch.Tensor]], width: int,
                chunk_tokens: int) -> torch.Tensor:
        """Run the prompts, packed into rows of at most `chunk_tokens` tokens without padding (each attending to
        itself alone: varlen_attention); write prompt r's K/V into cache row r at slots [width - len, width).
        Returns the float32 logits at each prompt's end [B, V]."""
        out: list[torch.Tensor | None] = [None] * len(prompts)
        last = len(self.layers) - 1
        for rows in _chunks([len(p) for p in prompts], chunk_tokens):
            lens = [len(prompts[r]) for r in rows]
            T = sum(lens)
            ids = device_tensor([t for r in rows for t in prompts[r]], self.device)[None]
            pos = device_tensor([j for n in lens for j in range(n)], self.device)[None]
            ends = device_tensor(lens, self.device).cumsum(0) - 1
            # where each token's K/V goes: (cache row, slot), for one indexed write per layer
            slot = device_tensor([(r, width - n + j) for r, n in zip(rows, lens) for j in range(n)], self.device).T
            packed = Varlen([(0, n) for n in lens], self.device)
            h = self.embed(ids)
            cos, sin = self.rotary(h, pos)
            for i, layer in enumerate(self.layers):
                q, k, v = self._qkv_roped(i, self._rms(layer.input_layernorm, h), cos, sin)
                K, V = cache[i]
                K[slot[0], :, slot[1]] = k
                V[slot[0], :, slot[1]] = v
                attn = varlen_attention(q, k, v, packed).reshape(1, T, -1)
                if i == last:  # only the prompts' last positions matter after the last attention
                    attn, h = attn[:, ends], h[:, ends]
                h = h + layer.self_attn.o_proj(attn)
                h = h + self._mlp(i, self._rms(layer.post_attention_layernorm, h))
            logits = self.head(self._rms(self.norm, h))[0].float()
            for j, r in enumerate(rows):
                out[r] = logits[j]
        return torch.stack(out)

    def _decode(self, tok: torch.Tensor, pos: torch.Tensor, attend) -> torch.Tensor:
        """The decoding step's layers for token `tok` [B] at positions `pos` [B]: attend(i, q [B, Hkv, G, D],
        k [B, Hkv, D], v [B, Hkv, D]) stores layer i's new K/V and returns its attention [B, Hkv, G, D]. Query head
        h uses K/V head h // G (as HF's repeat_kv): the G heads of a group are G queries of one K/V head, so K/V are
        read once. Returns float32 logits [B, V]."""
        B = tok.shape[0]
        h = self.embed(tok[:, None])
        cos, sin = self.rotary(h, pos[:, None])
        H, Hkv, D = self.H, self.Hkv, self.D
        for i, layer in enumerate(self.layers):
            q, k, v = self._qkv_roped(i, self._rms(layer.input_layernorm, h), cos, sin)
            o = attend(i, q.reshape(B, Hkv, self.G, D), k.reshape(B, Hkv, D), v.reshape(B, Hkv, D))
            h = h + layer.self_attn.o_proj(o.reshape(B, 1, H * D))
            h = h + self._mlp(i, self._rms(layer.post_attention_layernorm, h))
        return self.head(self._rms(self.norm, h))[:, 0].float()

    def step(self, tok: torch.Tensor, pos: torch.Tensor, cache: list[list[torch.Tensor]], bias: torch.Tensor,
             cur: int | torch.Tensor, ragged: tuple[torch.Tensor, int] | None = None) -> torch.Tensor:
        """One decoding step: token `tok` [B] at positions `pos` [B] goes into cache slot `cur` of every row;
        `bias` [B, 1, 1, L] is 0 where a row may attend, -inf elsewhere (slot `cur` is opened here). With `cur` an
        int, attention reads the slots up to it; with `cur` a device tensor [1] (CUDA graph: fixed shapes), the
        whole cache. `ragged` (each row's first slot, int32 [B]; chunks per row): arcft.decode_kernel reads each
        row's slots alone, up to `cur`, and `bias` is not read. Returns float32 logits [B, V]."""
        mask = _open_slot(bias, cur)
        if ragged is not None:
            from arcft import decode_kernel
            end = (cur + 1).to(torch.int32) if torch.is_tensor(cur) else torch.full(
                (1,), cur + 1, dtype=torch.int32, device=tok.device)

        def attend(i, q, k, v):
            K, V = _store(cache[i], k, v, cur)
            if ragged is not None:
                return decode_kernel.attention(q, K, V, ragged[0], end, ragged[1])
            return F.scaled_dot_product_attention(q, K, V, attn_mask=mask)
        return self._decode(tok, pos, attend)

    def step_shared(self, tok: torch.Tensor, pos: torch.Tensor, prompts: "_SharedPrompts",
                    cache: list[list[torch.Tensor]], bias: torch.Tensor, cur: int | torch.Tensor,
                    ragged: tuple[torch.Tensor, int] | None = None) -> torch.Tensor:
        """step() for rows that come S to a prompt (prompt-major: its samples), whose prompt K/V is held once per
        prompt (`prompts`) and read once per step for all S rows; `cache` / `bias` [B, 1, 1, L] hold each row's
        generated tokens only (slot `cur`). Attention over the two parts is one softmax, computed explicitly (the
        queries are few: S x G per prompt and K/V head). `ragged` (each prompt's first slot, int32 [n]; chunks per
        prompt): arcft.decode_kernel reads each prompt's own slots (_shared_ragged)."""
        mask = _open_slot(bias, cur)
        S = prompts.S
        if ragged is not None:
            end = torch.full((1,), prompts.cache[0][0].shape[2], dtype=torch.int32, device=tok.device)

        def attend(i, q, k, v):
            Kg, Vg = _store(cache[i], k, v, cur)
            Kp, Vp = prompts.cache[i]
            if ragged is not None:
                return _shared_ragged(q, (Kg, Vg, mask), (Kp, Vp, ragged[0], end, ragged[1]), S)
            return _shared_attention(q, (Kg, Vg, mask), (Kp, Vp, prompts.bias), S)
        return self._decode(tok, pos, attend)

def _per_prompt(x: torch.Tensor, S: int) -> torch.Tensor:
    """[B, Hkv, G, X] -> [B / S, Hkv, S * G, X]: the rows of a prompt (S consecutive) become queries of its K/V."""
    B, Hkv, G, X = x.shape
    return x.view(-1, S, Hkv, G, X).transpose(1, 2).reshape(-1, Hkv, S * G, X)


def _per_row(x: torch.Tensor, S: int, G: int) -> torch.Tensor:
    """The inverse of _per_prompt: [B / S, Hkv, S * G, X] -> [B, Hkv, G, X]."""
    n, Hkv, _, X = x.shape
    return x.view(n, Hkv, S, G, X).transpose(1, 2).reshape(n * S, Hkv, G, X)


def _shared_attention(q: torch.Tensor, own: tuple, prompt: tuple, S: int) -> torch.Tensor:
    """Attention of rows that come S to a prompt (prompt-major), over their prompt's K/V held once and their own
    generated tokens, as one softmax computed explicitly (the queries are few: S x G per prompt and K/V head).
    q [B, Hkv, G, D]; own = (K, V [B, Hkv, L, D], mask [B, 1, 1, L]); prompt = (K, V [B / S, Hkv, W, D], bias
    [B / S, 1, 1, W]). Returns [B, Hkv, G, D]."""
    (Kg, Vg, mask), (Kp, Vp, pbias) = own, prompt
    G, D = q.shape[2:]
    sp = torch.matmul(_per_prompt(q, S), Kp.transpose(-1, -2)).float().mul_(D ** -0.5).add_(pbias)
    sg = _per_prompt(torch.matmul(q, Kg.transpose(-1, -2)).float().mul_(D ** -0.5).add_(mask), S)
    top = torch.maximum(sp.amax(-1, keepdim=True), sg.amax(-1, keepdim=True))
    sp, sg = sp.sub_(top).exp_(), sg.sub_(top).exp_()
    total = sp.sum(-1, keepdim=True) + sg.sum(-1, keepdim=True)
    o = torch.matmul(sp.to(q.dtype), Vp).float() + _per_prompt(
        torch.matmul(_per_row(sg, S, G).to(q.dtype), Vg), S).float()
    return _per_row(o.div_(total), S, G).to(q.dtype)


def _shared_ragged(q: torch.Tensor, own: tuple, prompt: tuple, S: int) -> torch.Tensor:
    """_shared_attention with the prompts' part read by arcft.decode_kernel (each prompt's own slots, its S x G
    queries together), merged by log-sum-exp with the rows' own tokens (a few slots, explicit). prompt = (K, V
    [B / S, Hkv, W, D], first slot int32 [B / S], end int32 [1], chunks)."""
    from arcft import decode_kernel
    (Kg, Vg, mask), (Kp, Vp, start, end, splits) = own, prompt
    G, D = q.shape[2:]
    op, lp = decode_kernel.attention(_per_prompt(q, S), Kp, Vp, start, end, splits, lse=True)
    op, lp = _per_row(op, S, G).float(), _per_row(lp[..., None], S, G)[..., 0]
    sg = torch.matmul(q, Kg.transpose(-1, -2)).float().mul_(D ** -0.5).add_(mask)  # the row's own slots
    lg = sg.logsumexp(-1)
    og = torch.matmul(sg.sub_(lg[..., None]).exp_().to(q.dtype), Vg).float()
    top = torch.maximum(lp, lg)
    wp, wg = (lp - top).exp_()[..., None], (lg - top).exp_()[..., None]
    return ((op * wp + og * wg) / (wp + wg)).to(q.dtype)


def _open_slot(bias: torch.Tensor, cur: int | torch.Tensor) -> torch.Tensor:
    """Open cache slot `cur` in `bias` [B, 1, 1, L]; the mask attention reads: up to the slot (int `cur`) or the
    whole cache (`cur` a device tensor [1], under a CUDA graph)."""
    if torch.is_tensor(cur):
        return bias.index_fill_(3, cur, 0)
    bias[..., cur] = 0
    return bias[..., :cur + 1]


def _store(kv: list[torch.Tensor], k: torch.Tensor, v: torch.Tensor, cur: int | torch.Tensor):
    """Write one step's k, v [B, Hkv, D] into cache slot `cur` of kv = [K, V] ([B, Hkv, L, D]); returns the K, V
    that attention reads (as _open_slot's mask)."""
    K, V = kv
    if torch.is_tensor(cur):
        K.index_copy_(2, cur, k[:, :, None])
        V.index_copy_(2, cur, v[:, :, None])
        return K, V
    K[:, :, cur] = k
    V[:, :, cur] = v
    return K[:, :, :cur + 1], V[:, :, :cur + 1]


@dataclass
class _SharedPrompts:
    """The prompts' K/V held once per prompt for their S rows each (Sampling.samples > 1): cache [n, Hkv, width, D]
    per layer with the prompts left-padded to end at `width`, bias [n, 1, 1, width] (0 on a prompt's slots)."""
    cache: list[list[torch.Tensor]]
    bias: torch.Tensor
    S: int


def _prompt_bias(plen: torch.Tensor, width: int, length: int, dtype) -> torch.Tensor:
    """Attention bias [rows, 1, 1, length] of prompts left-padded to end at slot `width`: 0 on each row's prompt
    slots, -inf on its left padding and on the slots from `width` on (not yet written)."""
    slots = torch.arange(length, device=plen.device)
    closed = (slots[None] < (width - plen)[:, None]) | (slots[None] >= width)
    bias = torch.zeros(len(plen), 1, 1, length, dtype=dtype, device=plen.device)
    return bias.masked_fill_(closed[:, None, None], float("-inf"))


class _Decoding:
    """One batch's decoding state: the rows still in the cache, their tokens and log-probabilities, the attention
    bias; finished rows are dropped every _CHECK_EVERY steps (with shared prompts, a prompt's rows once all of them
    are finished), and the cache grows past its reserve when needed. `width`: the cache slot of the first generated
    token (0 where `shared` holds the prompts)."""

    def __init__(self, eng: _Engine, cache, plen: torch.Tensor, width: int, length: int, limits: list[int],
                 stop: list[int], exact: bool, greedy, steps: int, shared: _SharedPrompts | None = None,
                 seeds: list[int] | None = None):
        dev = eng.device
        self.eng, self.cache, self.plen, self.width, self.length = eng, cache, plen, width, length
        self.shared = shared
        self.limits, self.exact, self.steps, self.greedy = limits, exact, steps, greedy
        B = len(limits)
        self.bias = _prompt_bias(plen, width, length, eng.dtype)
        self.limit = torch.tensor(limits, device=dev)
        self.stop_t = torch.tensor(stop, dtype=torch.long, device=dev)
        self.stop_set = set(stop)
        self.toks = torch.zeros(B, steps, dtype=torch.long, device=dev)
        self.lps = torch.zeros(B, steps, dtype=torch.float32, device=dev)
        self.done = torch.zeros(B, dtype=torch.bool, device=dev)
        self.rows = list(range(B))  # batch row of each row still in the cache
        self.out: list[tuple[list[int], float] | None] = [None] * B
        self.graph: _GraphStep | None = None
        # each row's row_seed, when it samples
        self.seeds = None if seeds is None else torch.tensor(seeds, dtype=torch.long, device=dev)
        self.noise: torch.Tensor | None = None  # their Gumbel noise for every step [rows, steps, n], when it fits
        from arcft import decode_kernel
        self.kernel = decode_kernel.wanted(dev, eng.D, eng.dtype)  # each row's own slots alone (on CUDA)
        self._plan_reads()

    def _plan_reads(self) -> None:
        """Where the kernel (arcft.decode_kernel) reads each row, for the rows now in the cache: `ragged` = (each
        row's first slot, chunks per row); with shared prompts, of the prompts' own cache, per prompt. None: SDPA
        over the whole cache, masked."""
        S = 1 if self.shared is None else self.shared.S
        width = self.width if self.shared is None else self.shared.cache[0][0].shape[2]
        self.ragged = None
        if self.kernel:
            from arcft.decode_kernel import splits_for
            self.ragged = ((width - self.plen[::S]).to(torch.int32),
                           splits_for(len(self.rows) // S, self.eng.Hkv, self.eng.device))

    def _finish(self, r: int, row: list[int], lps: list[float]) -> None:
        row = row[:self.limits[r]]
        if not self.exact:
            k = next((j for j, t in enumerate(row) if t in self.stop_set), None)
            row = row if k is None else row[:k + 1]
        self.out[r] = (row, float(sum(lps[:len(row)])))

    def _droppable(self, d: torch.Tensor) -> torch.Tensor:
        """Rows that can leave the cache (host bool): the finished ones; with shared prompts, the rows of prompts all
        of whose rows are finished (a prompt's rows stay together, S consecutive)."""
        if self.shared is None:
            return d
        return d.view(-1, self.shared.S).all(1).repeat_interleave(self.shared.S)

    def _compact(self, s: int, d: torch.Tensor, tok: torch.Tensor) -> torch.Tensor:
        """Drop the rows `d` (host bool tensor, _droppable) after step s; returns `tok` for the rows kept."""
        dev = self.eng.device
        fin = d.nonzero().squeeze(1).tolist()
        sel = d.to(dev)
        for j, row, lps in zip(fin, self.toks[sel, :s + 1].tolist(), self.lps[sel, :s + 1].tolist()):
            self._finish(self.rows[j], row, lps)
        keep_l = (~d).nonzero().squeeze(1).tolist()
        keep = torch.tensor(keep_l, device=dev)
        self.graph = None  # drop the captured step (and its hold on the old cache) first
        for kv in self.cache:  # one tensor at a time: the copy never needs a second whole cache
            for j in range(2):
                kv[j] = kv[j].index_select(0, keep)
        self.bias, self.plen, self.limit, self.toks, self.lps, self.done, tok = (
            x.index_select(0, keep) for x in (self.bias, self.plen, self.limit, self.toks, self.lps, self.done, tok))
        if torch.is_tensor(self.greedy):
            self.greedy = self.greedy.index_select(0, keep)
        if self.seeds is not None:
            self.seeds = self.seeds.index_select(0, keep)
        if self.noise is not None:
            self.noise = self.noise.index_select(0, keep)
        if self.shared is not None:
            sh = self.shared
            prompts = torch.tensor(keep_l[::sh.S], device=dev) // sh.S
            for kv in sh.cache:
                for j in range(2):
                    kv[j] = kv[j].index_select(0, prompts)
            sh.bias = sh.bias.index_select(0, prompts)
        self.rows = [self.rows[j] for j in keep_l]
        self._plan_reads()
        _stats["compactions"] = _stats.get("compactions", 0) + 1
        return tok

    def _grow(self) -> None:
        """Generated past the reserve: a longer cache (rare)."""
        new = min(self.length + _GROW, _round_up(self.width + self.steps, _ALIGN))
        for kv in self.cache:
            for j, c in enumerate(kv):
                kv[j] = torch.cat([c, c.new_zeros(*c.shape[:2], new - self.length, c.shape[3])], 2)
        self.bias = torch.cat([self.bias, self.bias.new_full((*self.bias.shape[:3], new - self.length),
                                                             float("-inf"))], 3)
        self.length = new
        self.graph = None
        _stats["grows"] = _stats.get("grows", 0) + 1

    def _step(self, tok: torch.Tensor, pos: torch.Tensor, cur: int | torch.Tensor) -> torch.Tensor:
        if self.shared is None:
            return self.eng.step(tok, pos, self.cache, self.bias, cur, self.ragged)
        return self.eng.step_shared(tok, pos, self.shared, self.cache, self.bias, cur, self.ragged)

    def _next_logits(self, tok: torch.Tensor, s: int, cur: int) -> torch.Tensor:
        eng = self.eng
        if eng.graphs and self.graph is None:
            self.graph = _GraphStep(eng.device, len(self.rows), self._step)
        if self.graph is not None:
            try:
                return self.graph(tok, self.plen + s, cur)
            except RuntimeError:  # capture failed: go on without graphs (the step is idempotent)
                eng.graphs, self.graph = False, None
                _stats["graph_failed"] = True
        return self._step(tok, self.plen + s, cur)

    def _noise(self, s: int, n: int) -> torch.Tensor | None:
        """The rows' Gumbel noise at step s: made for every step at once where it fits in _NOISE_ELEMENTS (one
        set of kernels per batch instead of ~30 per step), else step by step (full-vocabulary sampling)."""
        if self.seeds is None:
            return None
        if self.noise is None and len(self.rows) * self.steps * n <= _NOISE_ELEMENTS:
            self.noise = _gumbel(self.seeds, torch.arange(self.steps, device=self.seeds.device), n)
        if self.noise is not None:
            return self.noise[:, s]
        return _gumbel(self.seeds, torch.tensor([s], device=self.seeds.device), n)[:, 0]

    def run(self, logits: torch.Tensor, sampling: Sampling) -> list[tuple[list[int], float]]:
        n = _draw_columns(sampling.top_k, logits.shape[-1])
        for s in range(self.steps):
            tok = _sample(logits, self.greedy, sampling.top_k, sampling.temperature, self._noise(s, n))
            self.toks[:, s] = tok
            self.lps[:, s] = torch.log_softmax(logits, -1).gather(-1, tok[:, None]).squeeze(-1)
            self.done |= s + 1 >= self.limit
            if not self.exact:
                self.done |= torch.isin(tok, self.stop_t)
            if s + 1 == self.steps:
                break
            if (s + 1) % _CHECK_EVERY == 0:
                d = self.done.cpu()
                if bool(d.all()):
                    break
                drop = self._droppable(d)
                n_drop = int(drop.sum())
                if n_drop and 4 * n_drop >= len(self.rows):  # drop finished rows: every later step gets cheaper
                    tok = self._compact(s, drop, tok)
            cur = self.width + s
            if cur >= self.length:
                self._grow()
            logits = self._next_logits(tok, s, cur)
            _stats["steps"] = _stats.get("steps", 0) + 1
        for r, row, lps in zip(self.rows, self.toks[:, :s + 1].tolist(), self.lps[:, :s + 1].tolist()):
            self._finish(r, row, lps)
        return self.out


def _run_batch(eng: _Engine, prompts: list[list[int]], limits: list[int], reserve: int, stop: list[int],
               exact: bool, sampling: Sampling, seeds: list[int] | None,
               prefill_tokens: int) -> list[tuple[list[int], float]]:
    """Generate for one batch: `sampling.samples` rows per prompt (prompt-major), up to limits[p] tokens for
    prompt p's rows, each cut at its first stop token unless `exact`; `seeds`: each row's row_seed (sampling).
    Returns (tokens, log-probability) per row: the summed log-softmax (temperature 1, no top-k) of the tokens
    kept."""
    S, n = sampling.samples, len(prompts)
    width, steps = max(len(p) for p in prompts), max(limits)
    if steps == 0:
        return [([], 0.0)] * (n * S)
    plens = torch.tensor([len(p) for p in prompts], device=eng.device)
    gen = min(reserve + 1, steps)  # slots for the generated tokens (the cache grows past them if needed)
    shared = None
    if S == 1:  # one cache: the prompt left-padded to end at `width`, its tokens after it
        cache = eng.new_cache(n, _round_up(width + gen, _ALIGN))
        logits = eng.prefill(prompts, cache, width, prefill_tokens)
    else:  # the prompts' K/V once per prompt, read once a step for its S rows; each row's own tokens apart
        shared = _SharedPrompts(eng.new_cache(n, width), _prompt_bias(plens, width, width, eng.dtype), S)
        logits = eng.prefill(prompts, shared.cache, width, prefill_tokens).repeat_interleave(S, 0)
        cache = eng.new_cache(n * S, _round_up(gen, _ALIGN))
    _stats["prefill_chunks"] = _stats.get("prefill_chunks", 0) + len(_chunks([len(p) for p in prompts],
                                                                                prefill_tokens))
    dec = _Decoding(eng, cache, plens.repeat_interleave(S), 0 if shared else width, cache[0][0].shape[2],
                    [lim for lim in limits for _ in range(S)], stop, exact, sampling.greedy_rows(n, eng.device),
                    steps, shared, seeds)
    try:
        return dec.run(logits, sampling)
    finally:  # the captured step holds dec._step, a cycle that kept this batch's cache alive into the next batch
        dec.graph = None


class _GraphStep:
    """The decoding step `step(tok, pos, cur)` for a fixed set of rows and cache length, captured once as a CUDA
    graph. On an H100 with Llama-3-8B, launching its ~1000 kernels from Python took longer than the GPU work; a
    replay is one launch."""

    def __init__(self, device: torch.device, rows: int, step):
        self.device, self.step = device, step
        self.tok = torch.zeros(rows, dtype=torch.long, device=device)
        self.pos = torch.zeros_like(self.tok)
        self.cur = torch.zeros(1, dtype=torch.long, device=device)
        self.graph: torch.cuda.CUDAGraph | None = None
        self.logits: torch.Tensor | None = None

    def __call__(self, tok: torch.Tensor, pos: torch.Tensor, cur: int) -> torch.Tensor:
        self.tok.copy_(tok)
        self.pos.copy_(pos)
        self.cur.fill_(cur)
        if self.graph is None:
            self._capture()
        self.graph.replay()
        return self.logits

    def _capture(self) -> None:
        def run():
            return self.step(self.tok, self.pos, self.cur)
        # a warm-up run on a side stream first, as capture wants; it computes this very step (the step only
        # rewrites the same slot), so running it and then the graph is harmless
        main, side = torch.cuda.current_stream(self.device), torch.cuda.Stream(self.device)
        side.wait_stream(main)
        with torch.cuda.stream(side):
            run()
        main.wait_stream(side)
        graph = torch.cuda.CUDAGraph()
        with torch.cuda.graph(graph):
            self.logits = run()
        self.graph = graph
        _stats["graphs"] = _stats.get("graphs", 0) + 1


def describe_last_run() -> str:
    """One line on the last generate(): batches, decoding steps, CUDA graphs captured (or failed: eager steps),
    compactions and cache growths; where generation time went when it is slower than expected."""
    st = dict(_stats)
    graphs = "failed, eager steps" if st.get("graph_failed") else (f"{st.get('graphs', 0)} captured" if
                                                                     st.get("graphs") else "off (eager steps)")
    return (f"{st.get('batches', 0)} batches, {st.get('steps', 0)} decoding steps, CUDA graphs {graphs}, "
            f"{st.get('compactions', 0)} compactions, {st.get('grows', 0)} cache growths")


def _attention_backends():
    """SDPA without the cuDNN backend: on an H100 (torch 2.11) it spent ~3 ms of CPU per call planning for each
    new key length, i.e. every decoding step in every layer; flash and memory-efficient attention don't."""
    from torch.nn.attention import SDPBackend, sdpa_kernel
    return sdpa_kernel([SDPBackend.FLASH_ATTENTION, SDPBackend.EFFICIENT_ATTENTION, SDPBackend.MATH])


def _auto_budget(eng: _Engine, prefill_tokens: int) -> int:
    """Cache slots that fit in 85% of the free GPU memory after the prefill's activations; 1<<16 on CPU."""
    if eng.device.type != "cuda":
        return 1 << 16
    free, _ = torch.cuda.mem_get_info(eng.device)
    free += torch.cuda.memory_reserved(eng.device) - torch.cuda.memory_allocated(eng.device)  # cached blocks
    act = prefill_tokens * 40 * eng.hidden * 2
    return max(0, int((0.85 * free - act) / kv_bytes_per_token(eng.model)))


def _first_logits(model, prompts: list[list[int]], prefill_tokens: int = 16384) -> torch.Tensor:
    """Float32 logits after each prompt, through the engine's packed prefill (for tests)."""
    eng = _Engine(model)
    width = max(len(p) for p in prompts)
    with torch.inference_mode(), _attention_backends():
        return eng.prefill(prompts, eng.new_cache(len(prompts), width), width, prefill_tokens)


def generate(model, prompts: list[list[int]], *, stop_ids: list[int], sampling: Sampling = Sampling(),
             max_new_tokens: int = 931, lengths: list[int] | None = None, kv_budget_tokens: int = 0,
             reserve: list[int] | None = None, max_batch: int = 256, prefill_tokens: int = 16384,
             keys: list[str] | None = None,
             on_batch: Callable[[list[int], list[list[int]], float, list[float]], None] | None = None,
             cuda_graphs: bool = True, return_logprobs: bool = False):
    """New tokens per row, up to and including the first stop token (all of them when none came): `sampling.samples`
    rows per prompt, prompt-major (row i * samples + j is sample j of prompt i); with `return_logprobs` also each
    row's log-probability (summed log-softmax of its tokens, temperature 1, no top-k).

    lengths: generate exactly lengths[i] tokens for prompt i, ignoring stop ids (benchmarks).
    kv_budget_tokens: cache slots (prompt + generated tokens summed over a batch's rows); 0 = what 85% of the free
        GPU memory holds, 1<<16 on CPU. reserve: expected answer tokens per prompt, for batching and the initial
        cache (also with `lengths`, so a benchmark batches like a real run). max_batch: most rows per batch.
    sampling: see Sampling; each row's random numbers come from sampling.seed, its prompt's `keys` entry (e.g. the
        record id; default: the prompt's tokens) and its sample index (row_seed), so a row gets the same tokens
        whatever it is batched with.
    on_batch(prompt indices, rows, seconds, logprobs) is called after each batch, so results can be written as they
        come (rows and logprobs: samples per prompt, prompt-major).
    cuda_graphs: replay the decoding step as a CUDA graph where the model allows it (plain weights on CUDA).
    Raises Unsupported for a model that is not Llama-like (use model.generate then)."""
    n, S = len(prompts), sampling.samples
    if any(x is not None and len(x) != n for x in (lengths, reserve, keys)):
        raise ValueError("lengths, reserve and keys need one entry per prompt")
    if any(len(p) == 0 for p in prompts):
        raise ValueError("empty prompt")
    _stats.clear()
    if n == 0:
        return ([], []) if return_logprobs else []
    eng = _Engine(model, cuda_graphs)
    limits = list(lengths) if lengths is not None else [max_new_tokens] * n
    max_new = max(limits)
    budget = kv_budget_tokens or _auto_budget(eng, prefill_tokens)
    # grouped by the expected answer sizes even when `lengths` fixes the real ones: a benchmark then batches as a
    # real run does, which cannot know them in advance
    batches = plan_batches([len(p) for p in prompts], reserve if reserve is not None else lengths, max_new, budget,
                           max_batch, S)
    _stats["batches"] = len(batches)
    out: list[tuple[list[int], float] | None] = [None] * (n * S)
    training = eng.model.training
    eng.model.eval()  # no dropout (LoRA's) while generating
    try:
        with torch.inference_mode(), _attention_backends():
            for b in batches:
                t0 = time.perf_counter()
                seeds = None if sampling.greedy else [
                    row_seed(sampling.seed, keys[i] if keys is not None else str(prompts[i]), j)
                    for i in b for j in range(S)]
                if reserve is not None:  # the cache grows past it when an answer runs longer (rare)
                    res = max(min(reserve[i], max_new) for i in b)
                else:
                    res = max(limits[i] for i in b)
                new = _run_batch(eng, [prompts[i] for i in b], [limits[i] for i in b], res, list(stop_ids),
                                 lengths is not None, sampling, seeds, prefill_tokens)
                if eng.device.type == "cuda":
                    torch.cuda.synchronize(eng.device)
                for k, i in enumerate(b):
                    out[i * S:(i + 1) * S] = new[k * S:(k + 1) * S]
                if on_batch is not None:
                    on_batch(list(b), [t for t, _ in new], time.perf_counter() - t0, [lp for _, lp in new])
    finally:
        eng.model.train(training)
    rows = [t for t, _ in out]
    return (rows, [lp for _, lp in out]) if return_logprobs else rows
