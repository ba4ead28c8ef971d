"""03's training machinery: the step trainer, its JSONL log, checkpoints, the adapter it starts from and the one it
writes, and the held-out validation (loss and greedy exact match) before and after training.

Import this module only after `arcft.modeling.choose_backend` (unsloth must be imported before trl/transformers).
"""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import time
from pathlib import Path

import torch
from transformers import TrainerCallback
from trl import SFTTrainer

from .io import UserError, iter_jsonl
from .modeling import VOCAB_FILE, masked_lm_loss, teacher_forced

PROFILE_ENV = "ARCFT_STEP_PROFILE"  # a path: per-step timings written there (bench/bench.py keeps them)


class StepSFTTrainer(SFTTrainer):
    """SFTTrainer whose batch is one optimizer step (--batch-size sequences, or --batch-tokens tokens), run through
    the model in the passes StepCollator planned (at most --max-batch-tokens tokens each); the loss is normalised
    over the whole step's trained tokens, so the gradient does not depend on how the step was split. Each pass
    projects only the trained positions through lm_head (arcft.modeling.masked_lm_loss; trl's fused LM head does the
    same but needs Triton). Nothing in a step waits for the GPU: inputs are planned on the CPU and copied from pinned
    memory without blocking, so the host runs ahead (small models are launch-bound).

    `fused_backend`: unsloth's kernels cast their LoRA weights themselves; autocast around them only adds a dispatch
    and a cast per op, which doubled the (CPU-bound) time of short passes on an H100."""

    def __init__(self, *a, fused_backend: bool = False, **kw):
        super().__init__(*a, **kw)
        self.fused_backend = fused_backend
        self.profile = [] if os.environ.get(PROFILE_ENV) else None
        self.profile_t = time.time()

    def _prepare_input(self, data):
        if isinstance(data, torch.Tensor) and data.is_pinned():
            return data.to(self.args.device, non_blocking=True)
        return super()._prepare_input(data)

    def floating_point_ops(self, inputs):
        return 0  # the trainer's FLOP count walks every parameter each step; nothing here reads it

    def _timer(self) -> float:
        if self.profile is not None and torch.cuda.is_available():
            torch.cuda.synchronize()
        return time.time()

    def training_step(self, model, inputs, num_items_in_batch=None):
        t0 = self._timer()
        if not model.training:  # walking every module each step costs milliseconds on an 8B model
            model.train()
        inputs = self._prepare_inputs(inputs)
        n_items = inputs["n_items"]
        total = torch.zeros((), device=n_items.device)
        context = contextlib.nullcontext if self.fused_backend else self.compute_loss_context_manager
        fwd = bwd = 0.0
        for chunk in inputs["passes"]:
            t1 = self._timer()
            with context():
                loss = masked_lm_loss(model, chunk, n_items)
            t2 = self._timer()
            self.accelerator.backward(loss)
            total += loss.detach()
            t3 = self._timer()
            fwd, bwd = fwd + t2 - t1, bwd + t3 - t2
        if self.profile is not None:  # where the time goes: before this call (trainer, optimizer), forward, backward
            self.profile.append({"outside_s": round(t0 - self.profile_t, 4), "fwd_s": round(fwd, 4),
                                 "bwd_s": round(bwd, 4), "tokens": inputs["n_tokens"]})
            self.profile_t = self._timer()
        return total

    def write_profile(self) -> None:
        if self.profile is not None:
            Path(os.environ[PROFILE_ENV]).write_text("".join(json.dumps(r) + "\n" for r in self.profile))


def log_callback(path: Path, tokens_per_step: list[int], steps_per_epoch: float) -> TrainerCallback:
    """Appends one record per logging step to `path`; on resume, drops records past the checkpoint."""

    class JsonlLog(TrainerCallback):
        def on_train_begin(self, args, state, control, **kw):
            kept = []
            if path.exists():
                kept = [r for r in iter_jsonl(path, tolerate_torn_tail=True) if r["step"] <= state.global_step]
            path.write_text("".join(json.dumps(r) + "\n" for r in kept))
            self.t, self.step = time.time(), state.global_step

        def on_log(self, args, state, control, logs=None, **kw):
            if not logs or "loss" not in logs:
                return
            now = time.time()
            tokens = sum(tokens_per_step[self.step:state.global_step])
            rec = {"step": state.global_step, "epoch": round(state.global_step / steps_per_epoch, 4),
                   "loss": logs["loss"], "lr": logs.get("learning_rate"), "grad_norm": logs.get("grad_norm"),
                   "tokens": tokens, "tokens_per_s": round(tokens / max(now - self.t, 1e-9), 1),
                   "gpu_mem": round(torch.cuda.max_memory_allocated() / 2**30, 2) if torch.cuda.is_available()
                   else None}
            with open(path, "a") as f:
                f.write(json.dumps(rec) + "\n")
            self.t, self.step = now, state.global_step

    return JsonlLog()


CHECKPOINT_DONE = "trainer_state.json"  # the trainer writes it last, after the weights, optimizer and rng states


def last_complete_checkpoint(ckpt_dir: Path) -> Path | None:
    """The newest checkpoint that was written to the end, or None. Checkpoints a kill interrupted mid-write (no
    readable trainer_state.json) are removed, so that the trainer neither resumes from nor rotates onto them."""
    done = None
    for ck in sorted(ckpt_dir.glob("checkpoint-*"), key=lambda p: int(p.name.split("-")[-1]) if
                     p.name.split("-")[-1].isdigit() else -1, reverse=True):
        if done is None and _readable_json(ck / CHECKPOINT_DONE):
            done = ck
        elif done is None:
            print(f"03_train: {ck} was not written to the end (killed while saving?): removing it")
            shutil.rmtree(ck, ignore_errors=True)
    return done


def _readable_json(path: Path) -> bool:
    try:
        json.loads(path.read_text())
        return True
    except (OSError, ValueError):
        return False


def init_adapter_settings(adapter: Path) -> dict:
    """The LoRA settings of an adapter 03 wrote (its adapter_config.json), for continuing to train it: r, alpha,
    dropout, rsLoRA and the base model."""
    cfg = adapter / "adapter_config.json"
    if not (cfg.is_file() and (adapter / "adapter_model.safetensors").is_file()):
        raise UserError(f"--init-adapter {adapter}: not an adapter written by 03_train.py (no adapter_config.json "
                        "and adapter_model.safetensors)")
    try:
        c = json.loads(cfg.read_text())
        return {"lora_r": int(c["r"]), "lora_alpha": int(c["lora_alpha"]), "lora_dropout": float(c["lora_dropout"]),
                "no_rslora": not c.get("use_rslora", False), "base": c["base_model_name_or_path"]}
    except (ValueError, KeyError, TypeError) as e:
        raise UserError(f"{cfg}: unreadable adapter settings ({e})") from None


def load_init_adapter(model, adapter: Path, vocab: list[int] | None) -> int:
    """Copy an adapter's weights into `model` (built with the same LoRA settings), to continue training it; the
    number of tensors loaded. Both must cut the vocabulary to the same rows (or neither)."""
    from peft import set_peft_model_state_dict
    from safetensors.torch import load_file
    vfile = adapter / VOCAB_FILE
    saved = json.loads(vfile.read_text()) if vfile.is_file() else None
    if saved != vocab:
        raise UserError(f"--init-adapter {adapter}: trained with {'a' if saved else 'no'} cut vocabulary, this run "
                        f"{'cuts' if vocab else 'does not cut'} it {'differently' if saved and vocab else ''}: "
                        "pass the same --shrink-vocab setting and tokenizer")
    weights = load_file(str(adapter / "adapter_model.safetensors"))
    res = set_peft_model_state_dict(model, weights)
    # every trained tensor must come from the adapter (the file may hold more: peft also saves the frozen
    # originals of embed_tokens/lm_head when their size changed)
    trained = {n for n, p in model.named_parameters() if p.requires_grad}
    missing = [k for k in res.missing_keys if k in trained]
    if missing or not trained:
        raise UserError(f"--init-adapter {adapter}: {len(missing)} of this model's trained tensors are not in it "
                        f"(e.g. {missing[:1]}); was it trained on another base model or with other --targets?")
    return len(trained)


def save_adapter(model, tok, vocab: list[int] | None, adapter: Path, model_name: str) -> None:
    """Write the LoRA adapter and tokenizer to `adapter` atomically (a .tmp folder renamed at the end), with the
    vocabulary rows kept and the base model as an absolute path when it is a local folder."""
    tmp = adapter.with_name(adapter.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    model.save_pretrained(str(tmp))
    tok.save_pretrained(str(tmp))
    if vocab is not None:  # 04 cuts the base model down to the same rows before loading the adapter
        (tmp / VOCAB_FILE).write_text(json.dumps(vocab))
    cfg_path = tmp / "adapter_config.json"
    ac = json.loads(cfg_path.read_text())
    # what 04_predict loads under the adapter: a local folder as an absolute path, so any directory works
    local = Path(model_name).expanduser()
    ac["base_model_name_or_path"] = str(local.resolve()) if local.is_dir() else model_name
    cfg_path.write_text(json.dumps(ac, indent=1))
    shutil.rmtree(adapter, ignore_errors=True)
    tmp.rename(adapter)


def validate(model, fmt, records: list[dict], max_tokens: int) -> dict:
    """Held-out texts (02's training format) under teacher forcing, loss on their test outputs only: the mean
    next-token loss per output token, and the share whose whole output (with its end marker) greedy decoding would
    reproduce exactly (every token the argmax given the true prefix), which is the test pair solved."""
    seqs = []
    for r in records:
        enc = fmt.encode(r["train"], r["test_input"], r["test_output"])
        seqs.append((enc.ids, enc.labels("last")))
    was_training = model.training
    model.eval()
    try:
        got = teacher_forced(model, seqs, fmt.pad, max_tokens)
    finally:
        model.train(was_training)
    tokens = sum(g["tokens"] for g in got)
    return {"texts": len(records), "tokens": tokens, "loss": round(-sum(g["logprob"] for g in got) / max(tokens, 1), 5),
            "accuracy": round(sum(g["greedy"] for g in got) / max(len(got), 1), 5),
            "solved": sorted(r["id"] for r, g in zip(records, got) if g["greedy"])}
