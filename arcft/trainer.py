"""03's training machinery: the step trainer, its JSONL log, checkpoints, the adapter it starts from and the one it
writes, and the held-out validation (loss and greedy exact match) before and after training.

Several processes (`torchrun --nproc_per_node N 03_train.py`, DDP, one per GPU): every process reads every
optimizer step and runs the passes of its share of the step's sequences (arcft.trainset.rank_shares); after them
the gradients are summed over the processes, so each step is the one-process step, whatever the number of GPUs.
Only process 0 writes the log, the adapter and the messages.

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

from .io import UserError, iter_jsonl, read_json
from .modeling import VOCAB_FILE, masked_lm_loss, teacher_forced

PROFILE_ENV = "ARCFT_STEP_PROFILE"  # a path: per-step timings written there (bench/bench.py keeps them)
BUCKET = 1 << 26  # elements per all-reduce of the gradients (256 MB in float32)


def dist_rank_world() -> tuple[int, int]:
    """(this process's rank, number of processes): (0, 1) unless torch.distributed is initialised."""
    import torch.distributed as dist
    if dist.is_available() and dist.is_initialized():
        return dist.get_rank(), dist.get_world_size()
    return 0, 1


def wait_for_everyone() -> None:
    """A barrier across the processes (nothing with one)."""
    if dist_rank_world()[1] > 1:
        from accelerate import PartialState
        PartialState().wait_for_everyone()


def sum_over_ranks(tensors: list[torch.Tensor]) -> None:
    """Replace each tensor by its sum over the processes, in place: one all-reduce per dtype and BUCKET elements
    (flattened), so a few calls per step whatever the number of tensors. Every process must pass tensors of the
    same shapes in the same order."""
    import torch.distributed as dist
    from torch._utils import _flatten_dense_tensors, _unflatten_dense_tensors
    buckets: dict = {}  # (dtype, device) -> [[tensors], elements in the last bucket]
    for t in tensors:
        group = buckets.setdefault((t.dtype, t.device), [[[]], 0])
        if group[1] and group[1] + t.numel() > BUCKET:
            group[0].append([])
            group[1] = 0
        group[0][-1].append(t)
        group[1] += t.numel()
    for group, _ in buckets.values():
        for bucket in group:
            flat = _flatten_dense_tensors(bucket)
            dist.all_reduce(flat)
            for t, summed in zip(bucket, _unflatten_dense_tensors(flat, bucket)):
                t.copy_(summed)


class StepSFTTrainer(SFTTrainer):
    """SFTTrainer whose batch is one optimizer step (--batch-size sequences, or --batch-tokens tokens), run through
    the model in the passes StepCollator planned (at most --max-batch-tokens tokens each); the loss is normalised
    over the whole step's trained tokens, so the gradient does not depend on how the step was split. Each pass
    projects only the trained positions through lm_head (arcft.modeling.masked_lm_loss; trl's fused LM head does the
    same but needs Triton). Nothing in a step waits for the GPU: inputs are planned on the CPU and copied from pinned
    memory without blocking, so the host runs ahead (small models are launch-bound).

    `fused_backend`: unsloth's kernels cast their LoRA weights themselves; autocast around them only adds a dispatch
    and a cast per op, which doubled the (CPU-bound) time of short passes on an H100.

    Under DDP (several processes) every process reads every step (the data loader is not sharded: see
    `get_train_dataloader`), and its collator keeps its share of the step's sequences, normalised by the whole
    step's trained tokens. The passes run without DDP's gradient hooks (they call the unwrapped model, and under
    no_sync), since the processes may run different numbers of passes, or none; after them one summing all-reduce
    of the trainable gradients (and the loss) makes every process hold the whole step's gradient, the one a
    single process would compute. The optimizer then takes the same step everywhere."""

    def __init__(self, *a, fused_backend: bool = False, **kw):
        super().__init__(*a, **kw)
        self.fused_backend = fused_backend
        self.profile = [] if os.environ.get(PROFILE_ENV) else None
        self.profile_t = time.time()
        self.world = dist_rank_world()[1]
        self.trained = None  # the trainable parameters, in the same order on every process

    def get_train_dataloader(self):
        """The trainer's loader, but every process reads every row (a row is a whole optimizer step, which the
        collator divides among the processes): accelerate's per-process sharding of the batches is undone, as
        transformers itself does for its rank-aware BatchRebalanceSampler."""
        loader = super().get_train_dataloader()
        if self.world > 1:
            from accelerate.data_loader import BatchSamplerShard
            shard = getattr(loader, "batch_sampler", None)
            if not isinstance(shard, BatchSamplerShard):
                raise RuntimeError(f"unexpected {type(loader).__name__} under DDP: each process must read every "
                                   "step (a newer transformers or accelerate?)")
            shard.num_processes, shard.process_index = 1, 0
            if len(loader) != len(self.train_dataset):
                raise RuntimeError(f"the data loader yields {len(loader)} of {len(self.train_dataset)} steps")
        return loader

    def _load_optimizer_and_scheduler(self, checkpoint):
        """The trainer's, except for CPU processes under DDP (the tests): it maps the optimizer state to the
        process's device, which accelerate names cpu:<local rank> and torch.load cannot restore to; load it to the
        CPU, as the trainer does with one process."""
        opt = os.path.join(checkpoint, "optimizer.pt") if checkpoint else None
        if self.world > 1 and self.args.device.type == "cpu" and opt and os.path.isfile(opt):
            self.optimizer.load_state_dict(torch.load(opt, map_location="cpu", weights_only=True))
            self.lr_scheduler.load_state_dict(torch.load(os.path.join(checkpoint, "scheduler.pt"), weights_only=True))
            return
        super()._load_optimizer_and_scheduler(checkpoint)

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
        # the model itself, not a DDP (or DataParallel) wrapper: masked_lm_loss calls its decoder directly
        inner = model.module if isinstance(model, (torch.nn.parallel.DistributedDataParallel,
                                                   torch.nn.DataParallel)) else model
        no_sync = self.accelerator.no_sync(model) if self.world > 1 else contextlib.nullcontext()
        fwd = bwd = 0.0
        with no_sync:
            for chunk in inputs["passes"]:
                t1 = self._timer()
                with context():
                    loss = masked_lm_loss(inner, chunk, n_items)
                t2 = self._timer()
                self.accelerator.backward(loss)
                total += loss.detach()
                t3 = self._timer()
                fwd, bwd = fwd + t2 - t1, bwd + t3 - t2
        t4 = self._timer()
        if self.world > 1:  # every process, also one without sequences in this step (zero gradients)
            if self.trained is None:
                self.trained = [p for p in inner.parameters() if p.requires_grad]
            for p in self.trained:
                if p.grad is None:
                    p.grad = torch.zeros_like(p)
            sum_over_ranks([p.grad for p in self.trained] + [total.view(1)])
        if self.profile is not None:  # where the time goes: before this call (trainer, optimizer), forward, backward
            self.profile.append({"outside_s": round(t0 - self.profile_t, 4), "fwd_s": round(fwd, 4),
                                 "bwd_s": round(bwd, 4), "tokens": inputs["n_tokens"]})
            if self.world > 1:  # this process's share of the step's tokens; the gradients' all-reduce
                self.profile[-1]["sync_s"] = round(self._timer() - t4, 4)
            self.profile_t = self._timer()
        return total  # the whole step's loss (summed over the processes): their mean, which the trainer logs

    def write_profile(self) -> None:
        """Process 0's step timings (under DDP its share of each step) to ARCFT_STEP_PROFILE."""
        if self.profile is not None and self.is_world_process_zero():
            Path(os.environ[PROFILE_ENV]).write_text("".join(json.dumps(r) + "\n" for r in self.profile))


def log_callback(path: Path, tokens_per_step: list[int], steps_per_epoch: float) -> TrainerCallback:
    """Appends one record per logging step to `path`; on resume, drops records past the checkpoint. Under DDP only
    process 0 writes (the loss the trainer logs is already the whole step's)."""

    class JsonlLog(TrainerCallback):
        def on_train_begin(self, args, state, control, **kw):
            if not state.is_world_process_zero:
                return
            kept = []
            if path.exists():
                kept = [r for r in iter_jsonl(path, tolerate_torn_tail=True) if r["step"] <= state.global_step]
            path.write_text("".join(json.dumps(r) + "\n" for r in kept))
            self.t, self.step = time.time(), state.global_step

        def on_log(self, args, state, control, logs=None, **kw):
            if not logs or "loss" not in logs or not state.is_world_process_zero:
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


def resume_checkpoint(ckpt_dir: Path) -> Path | None:
    """`last_complete_checkpoint` for every process: process 0 looks first (and removes torn checkpoints) while
    the others wait; then every process must find the same one, or they would resume at different steps (several
    machines need the checkpoints in a folder they all share)."""
    rank, world = dist_rank_world()
    found = last_complete_checkpoint(ckpt_dir) if rank == 0 and ckpt_dir.is_dir() else None
    if world == 1:
        return found
    wait_for_everyone()
    if rank:
        found = last_complete_checkpoint(ckpt_dir) if ckpt_dir.is_dir() else None
    import torch.distributed as dist
    names: list = [None] * world
    dist.all_gather_object(names, found and found.name)
    if len(set(names)) > 1:
        raise UserError(f"the {world} processes found different checkpoints to resume from in {ckpt_dir} "
                        f"({', '.join(str(n) for n in names)}): on several machines it must be a shared folder")
    return found


def _readable_json(path: Path) -> bool:
    try:
        read_json(path)
        return True
    except UserError:
        return False


def init_adapter_settings(adapter: Path) -> dict:
    """The LoRA settings of an adapter 03 wrote (its adapter_config.json), for continuing to train it: r, alpha,
    dropout, rsLoRA and the base model."""
    cfg = adapter / "adapter_config.json"
    if not (cfg.is_file() and (adapter / "adapter_model.safetensors").is_file()):
        raise UserError(f"--init-adapter {adapter}: not an adapter written by 03_train.py (no adapter_config.json "
                        "and adapter_model.safetensors)")
    c = read_json(cfg, dict)
    try:
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
    saved = read_json(vfile, list) if vfile.is_file() else None
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
    reproduce exactly (every token the argmax given the true prefix), which is the test pair solved. Under DDP
    every process must call it: each runs its share of the texts (balanced by tokens) and all get the result."""
    from .trainset import rank_shares
    seqs = []
    for r in records:
        enc = fmt.encode(r["train"], r["test_input"], r["test_output"])
        seqs.append((enc.ids, enc.labels("last")))
    rank, world = dist_rank_world()
    mine = rank_shares([len(ids) for ids, _ in seqs], world)[rank]
    was_training = model.training
    model.eval()
    try:
        got = teacher_forced(model, [seqs[i] for i in mine], fmt.pad, max_tokens)
    finally:
        model.train(was_training)
    if world > 1:
        import torch.distributed as dist
        parts: list = [None] * world
        dist.all_gather_object(parts, list(zip(mine, got)))
        got = [g for _, g in sorted((x for part in parts for x in part), key=lambda x: x[0])]
    tokens = sum(g["tokens"] for g in got)
    return {"texts": len(records), "tokens": tokens, "loss": round(-sum(g["logprob"] for g in got) / max(tokens, 1), 5),
            "accuracy": round(sum(g["greedy"] for g in got) / max(len(got), 1), 5),
            "solved": sorted(r["id"] for r, g in zip(records, got) if g["greedy"])}
