"""Model loading for training and prediction, with two backends that share everything else.

- `unsloth`: FastLanguageModel on CUDA (fast kernels, 4-bit, its gradient checkpointing). Chosen by `auto` when a GPU
  is present and unsloth is installed. unsloth must be imported before transformers/trl/peft: `choose_backend`
  does that, so call it before anything imports transformers.
- `peft`: plain transformers + peft with the same LoRA settings (the CPU path the tests use, and a fallback).
"""
from __future__ import annotations

import importlib.util
import json
import logging
import os
import warnings
from dataclasses import dataclass
from pathlib import Path

from .io import UserError

LORA_TARGETS = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj", "embed_tokens",
                "lm_head")
DEFAULT_MODEL = "unsloth/llama-3-8b"  # Meta's Llama-3-8B base weights, ungated mirror
# 03's settings for a named model, applied when --model names it (options given on the command line win). Chosen on
# training tasks held out from training (01_augment.py --valid 80), never on evaluation scores: bench/README.md.
_SMOLLM2 = {"lr": 1e-3, "lora_r": 64, "lora_alpha": 64, "epochs": 4, "batch_tokens": 65536, "warmup_steps": 5}
PRESETS = {
    "smollm2-135m": _SMOLLM2,
    # test-time fine-tuning of that model's stage-3 adapter: lr and epochs chosen on the evaluation tasks' held-out
    # train pairs (their test outputs never read; bench/smollm2_sweep.sh tttlr): stage 3's lr raised their loss
    "smollm2-135m-ttt": {**_SMOLLM2, "lr": 3e-4, "epochs": 2},
}
TTT_DEFAULTS = {"epochs": 1}  # `--preset ttt` for a model without a `<model>-ttt` preset: its own preset, one epoch


@dataclass
class LoraSettings:
    r: int = 16
    alpha: int = 16
    dropout: float = 0.0
    bias: str = "none"
    targets: tuple = LORA_TARGETS
    rslora: bool = True
    random_state: int = 1212


def apply_preset(parser) -> str | None:
    """Set the parser's defaults from the preset its --preset names (`auto`: the one of the --model, if any; `ttt`:
    the --model's test-time fine-tuning preset, `<model>-ttt`, else its own preset with TTT_DEFAULTS on top); the
    name of the preset applied, or None. Options given on the command line still win."""
    known, _ = parser.parse_known_args()
    if known.preset == "ttt":
        if f"{known.model}-ttt" in PRESETS:
            parser.set_defaults(**PRESETS[f"{known.model}-ttt"])
            return f"{known.model}-ttt"
        parser.set_defaults(**{**PRESETS.get(known.model, {}), **TTT_DEFAULTS})
        return "ttt (" + ", ".join(f"{k} {v}" for k, v in TTT_DEFAULTS.items()) + (
            f" over {known.model}'s preset)" if known.model in PRESETS else ")")
    name = known.model if known.preset == "auto" else known.preset
    if name in ("none", None) or (known.preset == "auto" and name not in PRESETS):
        return None
    if name not in PRESETS:
        raise UserError(f"--preset {name}: no such preset (there are: auto, none, ttt, {', '.join(PRESETS)})")
    parser.set_defaults(**PRESETS[name])
    return name


def cuda_available() -> bool:
    import torch
    return torch.cuda.is_available()


def choose_backend(requested: str) -> str:
    """Resolve auto|unsloth|peft, importing unsloth first when it is used."""
    if requested not in ("auto", "unsloth", "peft"):
        raise UserError(f"--backend must be auto, unsloth or peft, not {requested!r}")
    has_unsloth = importlib.util.find_spec("unsloth") is not None
    if requested == "auto":
        requested = "unsloth" if has_unsloth and cuda_available() else "peft"
    if requested == "unsloth":
        if not cuda_available():
            raise UserError("--backend unsloth needs a CUDA GPU (use --backend peft on this machine)")
        if not has_unsloth:
            raise UserError("--backend unsloth: unsloth is not installed (pip install -r requirements.txt)")
        import unsloth  # noqa: F401  (patches transformers/trl/peft; must come first)
    return requested


def want_4bit(quant: str, mem_cap_gib: float = 0) -> bool:
    """auto: 4-bit on GPUs with under ~40 GB (A10 24 GB; or a `mem_cap_gib` under 40), bf16 on A100/H100;
    never on CPU."""
    if quant not in ("auto", "4bit", "none"):
        raise UserError(f"--quant must be auto, 4bit or none, not {quant!r}")
    if not cuda_available():
        if quant == "4bit":
            raise UserError("--quant 4bit needs a CUDA GPU (bitsandbytes)")
        return False
    if quant == "auto":
        import torch
        total = torch.cuda.get_device_properties(0).total_memory
        return min(total, (mem_cap_gib or 1e9) * 2**30) < 40 * 2**30
    return quant == "4bit"


def compute_dtype():
    import torch
    if not torch.cuda.is_available():
        return torch.float32
    return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16


def check_model_source(name: str) -> None:
    """A path-like name must be an existing folder; anything else is taken as a hub id."""
    path = Path(name).expanduser()
    if (path.exists() or name.startswith((".", "/", "~"))) and not path.is_dir():
        raise UserError(f"--model {name}: folder not found")


def _hf_load_kwargs(four_bit: bool) -> dict:
    """from_pretrained options of the peft backend: compute dtype, NF4 4-bit when asked, the whole model on this
    process's GPU."""
    import torch
    kwargs = {"dtype": compute_dtype()}
    if four_bit:
        from transformers import BitsAndBytesConfig
        kwargs["quantization_config"] = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4",
                                                            bnb_4bit_compute_dtype=compute_dtype())
    if torch.cuda.is_available():
        kwargs["device_map"] = {"": torch.cuda.current_device()}  # this process's GPU (torchrun sets it)
    return kwargs


def _load_error(name: str, e: Exception) -> UserError:
    hint = " (offline: HF_HUB_OFFLINE is set and the model is not in the cache)" if os.environ.get(
        "HF_HUB_OFFLINE") else ""
    return UserError(f"cannot load model {name}{hint}: {str(e).splitlines()[0] if str(e) else type(e).__name__}")


def train_act_bytes_per_token(config, grad_ckpt: str) -> int:
    """GPU bytes one token of a micro-batch holds from its forward to its backward, by checkpointing mode. Without
    checkpointing every layer keeps its inputs, the attention tensors and the MLP's wide intermediates; with it,
    about one layer's worth stays (unsloth moves the layer inputs to the CPU; transformers keeps them, one hidden
    vector a layer). Slightly above what an H100 measured for Llama-3-8B with unsloth (bench/bench.py --parts
    probe, 2026-11-26): 3.58 MB per token without checkpointing (this gives 3.87), 0.16-0.33 MB with unsloth's."""
    h, ff, layers = config.hidden_size, config.intermediate_size, config.num_hidden_layers
    per_layer = 2 * (6 * h + 5 * ff // 2)
    if grad_ckpt == "off":
        return layers * per_layer
    return 2 * per_layer + (layers * 2 * h if grad_ckpt == "on" else 0)


def gpu_bytes_free(cap_gib: float = 0) -> int:
    """What this process may still allocate on GPU 0: the device's free memory, within `cap_gib` when set."""
    import torch
    free, total = torch.cuda.mem_get_info()
    if cap_gib:
        free = min(free, int(cap_gib * 2**30) - torch.cuda.memory_reserved())
    return max(free, 0)


def pass_cap(config) -> int:
    """Most tokens worth putting in one forward/backward pass: 16K for Llama-3-8B (an H100 ran no faster with more),
    more for narrower models, whose passes of that size are too short to keep the GPU busy (SmolLM2-135M, hidden
    576: 112K)."""
    return 16384 * min(8, max(1, 4096 // config.hidden_size))


def plan_memory(model, grad_ckpt: str, max_batch_tokens: int, longest: int, cap_gib: float = 0,
                backend: str = "unsloth") -> tuple[str, int]:
    """(checkpointing mode, tokens per forward/backward pass). `auto` checkpointing: off when the longest training
    text fits the free memory without it (bf16 on an 80 GB card), else unsloth's offloaded variant (transformers' on
    the peft backend). `max_batch_tokens` 0: as many tokens as fit, at most `pass_cap` (more does not run faster),
    never under `longest`. On CPU: off, 16K."""
    import torch
    if grad_ckpt == "auto" and not torch.cuda.is_available():
        grad_ckpt = "off"
    if not torch.cuda.is_available():
        return grad_ckpt, max_batch_tokens or 16384
    room = 0.85 * gpu_bytes_free(cap_gib) - 2 * 2**30  # LoRA gradients, optimizer, allocator slack
    if grad_ckpt == "auto":
        fits = longest * train_act_bytes_per_token(model.config, "off") <= room
        grad_ckpt = "off" if fits else ("unsloth" if backend == "unsloth" else "on")
    if not max_batch_tokens:
        fit = int(room / train_act_bytes_per_token(model.config, grad_ckpt))
        max_batch_tokens = max(longest, min(pass_cap(model.config), fit))
    return grad_ckpt, max_batch_tokens


class _DropMessages(logging.Filter):
    def __init__(self, *prefixes: str):
        super().__init__()
        self.prefixes = prefixes

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith(self.prefixes)


def quiet_expected_warnings() -> None:
    """Silence the notices that every training run gives and that need no action, and only those (any other
    warning of the same libraries still shows):
    - peft, at each checkpoint and adapter save: "Setting `save_embedding_layers` to `True` as the embedding layer
      has been resized": the vocabulary was cut on purpose (shrink_vocab), and the adapter must hold the cut
      embed_tokens/lm_head, which is what peft then does;
    - transformers' Trainer, once: "The tokenizer has new PAD/BOS/EOS tokens that differ from the model config":
      it copies the tokenizer's special-token ids into the model's config, the ones the format uses anyway.
    Safe to call before unsloth is imported: neither library is imported here."""
    warnings.filterwarnings("ignore", message=r"Setting `save_embedding_layers` to `True` as the embedding layer "
                            r"has been resized", category=UserWarning, module=r"peft\.")
    log = logging.getLogger("transformers.trainer_utils")
    if not any(isinstance(f, _DropMessages) for f in log.filters):
        log.addFilter(_DropMessages("The tokenizer has new PAD/BOS/EOS tokens that differ from the model config"))


def load_for_training(name: str, backend: str, four_bit: bool, max_len: int, lora: LoraSettings,
                      grad_ckpt: str, shrink: bool = False, max_batch_tokens: int = 0, longest: int = 0,
                      cap_gib: float = 0):
    """(model with LoRA, tokenizer, checkpointing mode, tokens per pass). With `shrink`, the vocabulary is cut to
    the format's tokens first. `auto` checkpointing and a 0 token cap are decided from the memory left once the
    base model is loaded (`plan_memory`)."""
    check_model_source(name)
    quiet_expected_warnings()
    if backend == "unsloth":
        from unsloth import FastLanguageModel
        try:
            model, tok = FastLanguageModel.from_pretrained(model_name=name, max_seq_length=max_len,
                                                           dtype=compute_dtype(), load_in_4bit=four_bit)
        except (OSError, ValueError) as e:
            raise _load_error(name, e) from None
        untie_embeddings(model)
        if shrink:
            shrink_vocab(model, _format_vocab(tok))
        grad_ckpt, max_batch_tokens = plan_memory(model, grad_ckpt, max_batch_tokens, longest or max_len, cap_gib)
        lora_modules, full_modules = resolve_targets(model, lora.targets)
        model = FastLanguageModel.get_peft_model(
            model, r=lora.r, target_modules=lora_modules + full_modules, lora_alpha=lora.alpha,
            lora_dropout=lora.dropout,
            bias=lora.bias, use_gradient_checkpointing={"unsloth": "unsloth", "on": True, "off": False}[grad_ckpt],
            random_state=lora.random_state, use_rslora=lora.rslora, loftq_config=None, max_seq_length=max_len)
        return model, tok, grad_ckpt, max_batch_tokens

    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer
    try:
        tok = AutoTokenizer.from_pretrained(name)
        model = AutoModelForCausalLM.from_pretrained(name, **_hf_load_kwargs(four_bit))
    except (OSError, ValueError) as e:
        raise _load_error(name, e) from None
    untie_embeddings(model)
    if shrink:
        shrink_vocab(model, _format_vocab(tok))
    lora_modules, full_modules = resolve_targets(model, lora.targets)
    grad_ckpt, max_batch_tokens = plan_memory(model, grad_ckpt, max_batch_tokens, longest or max_len, cap_gib,
                                              backend)
    if grad_ckpt == "unsloth":
        grad_ckpt = "on"  # the peft backend's equivalent
    if four_bit:
        from peft import prepare_model_for_kbit_training
        model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=grad_ckpt != "off")
    elif grad_ckpt != "off":
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
        model.enable_input_require_grads()
    torch.manual_seed(lora.random_state)  # same role as unsloth's random_state: the LoRA init
    cfg = LoraConfig(r=lora.r, lora_alpha=lora.alpha, lora_dropout=lora.dropout, bias=lora.bias,
                     target_modules=lora_modules, modules_to_save=full_modules or None,
                     use_rslora=lora.rslora, task_type="CAUSAL_LM")
    return get_peft_model(model, cfg), tok, grad_ckpt, max_batch_tokens


def adapter_base(adapter: Path) -> str:
    cfg = adapter / "adapter_config.json"
    if not cfg.is_file():
        raise UserError(f"{adapter}: no adapter_config.json (run 03_train.py first, or pass --adapter)")
    return json.loads(cfg.read_text())["base_model_name_or_path"]


def load_for_inference(adapter: Path | None, name: str | None, backend: str, four_bit: bool, max_len: int):
    """(model ready for generate, tokenizer): the base model plus the LoRA adapter (or the base alone when
    `adapter` is None). `max_len` (unsloth only) 0: the model's context length."""
    keep = json.loads((adapter / VOCAB_FILE).read_text()) if adapter and (adapter / VOCAB_FILE).is_file() else None
    # unsloth can load an adapter folder by itself, unless the base model must be cut down first
    base_from_adapter = adapter is not None and name is None and keep is None
    if adapter is not None:
        name = name or adapter_base(adapter)
    if name is None:
        raise UserError("no model: pass --model or an --adapter written by 03_train.py")
    check_model_source(name)
    from transformers import AutoTokenizer
    tok_src = str(adapter) if adapter is not None else name
    try:
        tok = AutoTokenizer.from_pretrained(tok_src)
    except (OSError, ValueError) as e:
        raise _load_error(tok_src, e) from None
    if backend == "unsloth":
        from unsloth import FastLanguageModel
        try:
            src = str(adapter) if base_from_adapter else name
            model, _ = FastLanguageModel.from_pretrained(model_name=src, max_seq_length=max_len or model_max_len(name),
                                                         dtype=compute_dtype(), load_in_4bit=four_bit)
            if not base_from_adapter:
                untie_embeddings(model)
                match_vocab(model, adapter, keep)
            if keep is not None:
                shrink_vocab(model, keep)
            if adapter is not None and not base_from_adapter:
                from peft import PeftModel
                model = PeftModel.from_pretrained(model, str(adapter))
        except (OSError, ValueError) as e:
            raise _load_error(name, e) from None
        FastLanguageModel.for_inference(model)
    else:
        from transformers import AutoModelForCausalLM
        try:
            model = AutoModelForCausalLM.from_pretrained(name, **_hf_load_kwargs(four_bit))
            if adapter is not None:
                untie_embeddings(model)
            match_vocab(model, adapter, keep)
            if keep is not None:
                shrink_vocab(model, keep)
            if adapter is not None:
                from peft import PeftModel
                model = PeftModel.from_pretrained(model, str(adapter))
                if not four_bit:
                    model = model.merge_and_unload()  # plain weights generate faster
        except (OSError, ValueError) as e:
            raise _load_error(name, e) from None
        model.eval()
    return model, tok


def match_vocab(model, adapter: Path | None, keep: list[int] | None) -> None:
    """Give the base model the vocabulary rows the adapter was trained with. unsloth adds a pad token to Llama 3's
    tokenizer when it loads the model (128,257 rows), so the adapters it trains carry that row and the peft backend
    must grow the model to load them; an adapter from the peft backend has 128,256, which unsloth's model must
    drop. With --shrink-vocab, the rows to keep must exist."""
    rows = model.get_input_embeddings().weight.shape[0]
    want = None
    if keep is not None:
        want = max(keep) + 1 if max(keep) >= rows else None
    elif adapter is not None:
        want = _adapter_rows(adapter)
    if want and want != rows:
        model.resize_token_embeddings(want)


def _adapter_rows(adapter: Path) -> int | None:
    """Rows of the input embedding saved in an adapter (trained in full), or None when it has none."""
    f = adapter / "adapter_model.safetensors"
    if not f.is_file():
        return None
    from safetensors import safe_open
    with safe_open(str(f), "pt") as st:
        return next((st.get_slice(k).get_shape()[0] for k in st.keys() if k.endswith("embed_tokens.weight")), None)


def _labelled_logits(model, inputs: dict):
    """(float32 logits at the positions whose next-token label is not -100, those labels, the mask): only those
    positions go through lm_head."""
    inputs = dict(inputs)
    labels = inputs.pop("labels")
    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    hidden = base.get_decoder()(**inputs, use_cache=False).last_hidden_state[:, :-1]
    target = labels[:, 1:]
    mask = target != -100
    return base.get_output_embeddings()(hidden[mask]).float(), target[mask], mask


def masked_lm_loss(model, inputs: dict, num_items_in_batch=None):
    """Next-token cross-entropy on the positions whose label is not -100, projecting only those positions through
    lm_head. With loss on output grids, that skips most of the 128K-wide logits the full forward would make (the
    dominant cost for a small model, and gigabytes of memory at 8K tokens for a large one)."""
    import torch.nn.functional as F
    logits, target, mask = _labelled_logits(model, inputs)
    n = num_items_in_batch if num_items_in_batch is not None else mask.sum().clamp(min=1)
    return F.cross_entropy(logits, target, reduction="sum") / n


def teacher_forced(model, seqs: list[tuple[list[int], list[int]]], pad_id: int, max_tokens: int) -> list[dict]:
    """Each sequence's labelled tokens (label != -100) under teacher forcing, temperature 1: {"logprob": their summed
    log-probability, "tokens": how many, "greedy": whether each is the most likely token given the true prefix,
    i.e. whether greedy decoding reproduces them exactly}. Sequences go through the model in right-padded passes
    of at most `max_tokens` (rows x the longest; exact under causal attention, as 03's passes), longest first."""
    import torch

    from .trainset import StepCollator, micro_batches
    device = next(model.parameters()).device
    out = [{"logprob": 0.0, "tokens": 0, "greedy": True} for _ in seqs]
    with torch.inference_mode():
        for rows in micro_batches([len(ids) for ids, _ in seqs], max_tokens):
            feats = [{"input_ids": seqs[r][0], "labels": seqs[r][1]} for r in rows]
            batch = {k: v.to(device) for k, v in StepCollator(pad_id)(feats)["passes"][0].items()}
            logits, target, mask = _labelled_logits(model, batch)
            lp = logits.log_softmax(-1).gather(-1, target[:, None]).squeeze(-1)
            miss = (logits.argmax(-1) != target).float()
            row = mask.nonzero()[:, 0]
            sums = [torch.zeros(len(rows), device=device).index_add_(0, row, v)
                    for v in (lp, miss, torch.ones_like(lp))]
            for r, v, m, n in zip(rows, *(t.tolist() for t in sums)):
                out[r] = {"logprob": v, "tokens": int(n), "greedy": m == 0}
    return out


def sequence_logprobs(model, seqs: list[tuple[list[int], list[int]]], pad_id: int, max_tokens: int) -> list[float]:
    """Teacher-forced log-probability of each sequence's labelled tokens: what product-of-experts scoring sums over
    views (`teacher_forced`)."""
    return [r["logprob"] for r in teacher_forced(model, seqs, pad_id, max_tokens)]


def untie_embeddings(model) -> None:
    """Give lm_head its own copy of a tied input embedding (SmolLM2 and other small models share one matrix).
    Two copies, as in Llama-3-8B: embed_tokens and lm_head are then trained (and cut down by --shrink-vocab) each
    on its own, and the adapter saves both, whatever the base model does. In place; the config says untied, so
    nothing ties them again."""
    import torch
    emb, head = model.get_input_embeddings(), model.get_output_embeddings()
    if head is not None and head.weight is emb.weight:
        head.weight = torch.nn.Parameter(emb.weight.detach().clone(), requires_grad=emb.weight.requires_grad)
    for cfg in (model.config, getattr(model.config, "get_text_config", lambda: None)()):
        if cfg is not None and getattr(cfg, "tie_word_embeddings", False):
            cfg.tie_word_embeddings = False


def _module_name(model, module) -> str:
    """The attribute name of one of the model's modules (e.g. `embed_tokens`, `lm_head`)."""
    return next(n.rsplit(".", 1)[-1] for n, m in model.named_modules() if m is module)


def resolve_targets(model, targets) -> tuple[list[str], list[str]]:
    """(LoRA target names, names trained in full) for --targets. `embed_tokens` and `lm_head` stand for the model's
    input embedding and output layer whatever they are called (found through get_input/output_embeddings); every
    other name must be a module of the model, or the error lists the names it has."""
    full = {"embed_tokens": _module_name(model, model.get_input_embeddings()),
            "lm_head": _module_name(model, model.get_output_embeddings())}
    present = {n.rsplit(".", 1)[-1] for n, m in model.named_modules() if n}
    lora, whole = [], []
    for t in targets:
        if t in full or t in full.values():
            whole.append(full.get(t, t))
        elif t in present:
            lora.append(t)
        else:
            import torch
            linear = sorted({n.rsplit(".", 1)[-1] for n, m in model.named_modules() if isinstance(m, torch.nn.Linear)})
            raise UserError(f"--targets: the model has no module named {t!r} (its linear layers: {', '.join(linear)})")
    return lora, whole


def model_max_len(name: str) -> int:
    """The context length of a model folder or hub id, from its config alone (no weights loaded)."""
    check_model_source(name)
    from transformers import AutoConfig
    try:
        return model_context(AutoConfig.from_pretrained(name))
    except (OSError, ValueError) as e:
        raise _load_error(name, e) from None


def model_context(config) -> int:
    """The context length a model was trained for (max_position_embeddings in its config)."""
    cfg = getattr(config, "get_text_config", lambda: config)()
    n = getattr(cfg, "max_position_embeddings", None)
    if not n:
        raise UserError("the model's config has no max_position_embeddings: pass --max-len")
    return int(n)


VOCAB_FILE = "vocab_keep.json"  # in an adapter folder: the tokenizer ids kept by --shrink-vocab, in order


def _format_vocab(tok) -> list[int]:
    from .textformat import GridFormat
    try:
        return GridFormat(tok, compact=True).vocab
    except ValueError as e:
        raise UserError(f"tokenizer: {e}") from None


def shrink_vocab(model, keep: list[int]) -> None:
    """Cut the input embedding and lm_head down to the rows of `keep` (in place; before LoRA is added). The format
    uses about 17 of Llama 3's 128,256 tokens: the ARC Prize 2024 winners' trick, which removes 1 B of the
    parameters that embed_tokens/lm_head training updates in full, and most of the lm_head work."""
    import torch
    emb, head = model.get_input_embeddings(), model.get_output_embeddings()
    idx = torch.tensor(keep, device=emb.weight.device)
    new_emb = torch.nn.Embedding(len(keep), emb.weight.shape[1], device=emb.weight.device, dtype=emb.weight.dtype)
    new_emb.weight.data.copy_(emb.weight.data[idx])
    new_head = torch.nn.Linear(head.weight.shape[1], len(keep), bias=False, device=head.weight.device,
                               dtype=head.weight.dtype)
    new_head.weight.data.copy_(head.weight.data[idx.to(head.weight.device)])
    model.set_input_embeddings(new_emb)
    model.set_output_embeddings(new_head)
    model.config.vocab_size = len(keep)
    for cfg in (model.config, getattr(model, "generation_config", None)):
        for k in ("bos_token_id", "eos_token_id", "pad_token_id"):  # tokenizer ids would be out of range now
            if cfg is not None and hasattr(cfg, k):
                setattr(cfg, k, None)


def inference_format(tok, adapter: Path | None):
    """The GridFormat a model loaded by `load_for_inference` speaks: compact ids when the adapter was trained with
    --shrink-vocab (checked against its vocab_keep.json), the tokenizer's ids otherwise."""
    from .textformat import GridFormat
    keep = adapter / VOCAB_FILE if adapter is not None else None
    try:
        fmt = GridFormat(tok, compact=bool(keep and keep.is_file()))
    except ValueError as e:
        raise UserError(f"model tokenizer: {e}") from None
    if fmt.vocab is not None and fmt.vocab != json.loads(keep.read_text()):
        raise UserError(f"{keep}: the rows kept do not match this tokenizer's format tokens")
    return fmt
