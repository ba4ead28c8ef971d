"""Stage 3: LoRA fine-tuning of Llama-3-8B on the formatted training texts.

Reads data/02_train.jsonl. Writes the LoRA adapter and tokenizer to data/03_adapter/ (atomically, when training
ends), data/03_train_log.jsonl (one record per logged step: step, epoch, loss, lr, grad_norm, tokens (since the last
record), tokens_per_s, gpu_mem: peak GiB)
and data/03_args.json. Checkpoints go to data/03_checkpoints/; rerunning the same command resumes from the last one.

Defaults are the seed's LoRA: r=16, alpha=16, dropout 0, bias none, q/k/v/o/gate/up/down plus embed_tokens and
lm_head, rsLoRA, unsloth gradient checkpointing, random_state 1212, 3 epochs, 8192 tokens. On a GPU with unsloth
installed the unsloth backend is used (4-bit on cards under 40 GB, bf16 otherwise); elsewhere transformers + peft.
Loss is on the output grids only (--loss all: the whole text, as the seed did).

Examples:
  python 03_train.py
  python 03_train.py --quant 4bit --batch-size 1 --grad-accum 8          # a 24 GB card
  python 03_train.py --model data/00_tiny_llama --max-steps 30 --lr 3e-3   # the smoke run (CPU)
"""
import argparse
import json
import math
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from arcft.io import DATA, HelpFormatter, UserError, cli, iter_jsonl, read_jsonl, save_args  # noqa: E402
from arcft.modeling import (DEFAULT_MODEL, LORA_TARGETS, VOCAB_FILE, LoraSettings, choose_backend,  # noqa: E402
                            load_for_training, want_4bit)
from arcft.textformat import LOSS_MODES  # noqa: E402

OOM_HINT = ("CUDA out of memory. Lower the memory need: --quant 4bit, --batch-size 1 with a larger --grad-accum, "
            "or a shorter context (rerun 02_format.py --max-len 4096 and pass the same --max-len here)")


def make_log_callback(path: Path, tokens_per_step: list[int], steps_per_epoch: float):
    import torch
    from transformers import TrainerCallback

    class JsonlLog(TrainerCallback):
        """Appends one record per logging step; on resume, drops records past the checkpoint."""

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


def main(args):
    backend = choose_backend(args.backend)  # imports unsloth before transformers when it is used
    import torch
    from datasets import Dataset
    from trl import SFTConfig, SFTTrainer
    from trl.trainer.sft_trainer import DataCollatorForLanguageModeling

    from arcft.modeling import masked_lm_loss
    from arcft.textformat import GridFormat
    from arcft.trainset import build_examples

    class MaskedLossSFTTrainer(SFTTrainer):
        """SFTTrainer whose loss projects only the trained positions through lm_head (arcft.modeling). trl's own
        fused LM head does the same but needs Triton, which CPU machines lack."""

        def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
            # normalised over the whole accumulated step when the Trainer counts its labels (num_items_in_batch);
            # otherwise per batch, and the Trainer divides by the accumulation steps itself
            loss = masked_lm_loss(model, inputs, num_items_in_batch)
            return (loss, None) if return_outputs else loss

    records = read_jsonl(Path(args.train), required=("id", "task_id", "train", "test_input", "test_output",
                                                      "n_tokens"))
    too_long = [r["id"] for r in records if r["n_tokens"] > args.max_len]
    records = [r for r in records if r["n_tokens"] <= args.max_len]
    if too_long:
        print(f"03_train: skipping {len(too_long)} texts longer than --max-len {args.max_len} "
              f"(rerun 02_format.py --max-len {args.max_len} to shorten them instead), e.g. {too_long[0]}")
    if args.limit:
        records = records[:args.limit]
    if not records:
        raise UserError(f"{args.train}: no training texts")
    adapter, ckpt_dir, log_path = Path(args.adapter), Path(args.checkpoints), Path(args.log)
    if args.overwrite:
        shutil.rmtree(ckpt_dir, ignore_errors=True)
        log_path.unlink(missing_ok=True)

    if args.gpu_mem_cap:
        if not torch.cuda.is_available():
            raise UserError("--gpu-mem-cap needs a CUDA GPU")
        total = torch.cuda.get_device_properties(0).total_memory
        torch.cuda.set_per_process_memory_fraction(min(1.0, args.gpu_mem_cap * 2**30 / total))
    four_bit = want_4bit(args.quant, args.gpu_mem_cap)
    if args.batch_size == 0:  # auto: 1 long sequence at a time on small cards, keeping 8 per optimizer step
        small = four_bit or not torch.cuda.is_available()
        args.batch_size, args.grad_accum = (1, args.grad_accum * 2) if small else (2, args.grad_accum)
    lora = LoraSettings(r=args.lora_r, alpha=args.lora_alpha, dropout=args.lora_dropout, bias="none",
                        targets=tuple(args.targets.split(",")), rslora=not args.no_rslora,
                        random_state=args.random_state)
    model, tok = load_for_training(args.model, backend, four_bit, args.max_len, lora, args.grad_ckpt,
                                   args.shrink_vocab)
    try:
        fmt = GridFormat(tok, compact=args.shrink_vocab)
    except ValueError as e:
        raise UserError(f"model {args.model}: {e}") from None
    r0 = records[0]
    if len(fmt.encode(r0["train"], r0["test_input"], r0["test_output"]).ids) != r0["n_tokens"]:
        raise UserError(f"{args.train}: token counts differ from this model's tokenizer: rerun 02_format.py "
                        f"--tokenizer {args.model}")

    examples = build_examples(records, fmt, args.epochs, args.batch_size, args.loss, not args.keep_pair_order,
                              args.seed)
    per_step = args.batch_size * args.grad_accum
    steps = math.ceil(len(examples) / per_step)
    if args.max_steps:
        steps = min(steps, args.max_steps)
    lengths = [len(e["input_ids"]) for e in examples]
    tokens_per_step = [sum(lengths[s * per_step:(s + 1) * per_step]) for s in range(steps)]
    print(f"03_train: backend {backend}, {'4-bit' if four_bit else str(model.dtype).replace('torch.', '')}, "
          f"{len(records)} texts x {args.epochs} epochs = {len(examples)} sequences, {sum(lengths)} tokens, "
          f"{steps} optimizer steps of {per_step} sequences, loss on {args.loss}")

    cuda = torch.cuda.is_available()
    bf16 = cuda and torch.cuda.is_bf16_supported()
    cfg = SFTConfig(
        output_dir=str(ckpt_dir), per_device_train_batch_size=args.batch_size,
        gradient_accumulation_steps=args.grad_accum, num_train_epochs=1, max_steps=steps,
        learning_rate=args.lr, lr_scheduler_type=args.scheduler, warmup_steps=args.warmup_steps,
        weight_decay=args.weight_decay, optim=args.optim or ("adamw_8bit" if cuda else "adamw_torch"),
        logging_steps=args.log_every, save_steps=args.save_every, save_total_limit=1,
        seed=args.seed, bf16=bf16, fp16=cuda and not bf16, report_to="none",
        train_sampling_strategy="sequential",  # our order already shuffles, groups by length and keeps epochs
        # padding-free batches come from our collator below (trl refuses a custom collator with its own flag)
        dataset_kwargs={"skip_prepare_dataset": True}, padding_free=False,
        max_length=args.max_len, dataloader_num_workers=0, disable_tqdm=False)
    data = Dataset.from_list([{"input_ids": e["input_ids"], "labels": e["labels"]} for e in examples])
    collator = DataCollatorForLanguageModeling(pad_token_id=fmt.pad, padding_free=args.padding_free)
    trainer = MaskedLossSFTTrainer(model=model, args=cfg, train_dataset=data, processing_class=tok,
                                   data_collator=collator,
                                   callbacks=[make_log_callback(log_path, tokens_per_step, len(records) / per_step)])
    if backend == "unsloth" and args.padding_free:
        # unsloth leaves a custom collator alone; this adds the sequence lengths of each flattened batch
        # (packed_seq_lengths), from which its attention builds per-sequence (block-diagonal) masks
        from unsloth.utils.packing import enable_padding_free_metadata
        enable_padding_free_metadata(trainer.model, trainer)
    resume = ckpt_dir.is_dir() and any(ckpt_dir.glob("checkpoint-*"))
    if resume:
        print(f"03_train: resuming from the last checkpoint in {ckpt_dir}")
    t0 = time.time()
    try:
        trainer.train(resume_from_checkpoint=True if resume else None)
    except torch.OutOfMemoryError:
        raise UserError(OOM_HINT) from None

    tmp = adapter.with_name(adapter.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    model.save_pretrained(str(tmp))
    tok.save_pretrained(str(tmp))
    if fmt.vocab is not None:  # 04 cuts the base model down to the same rows before loading the adapter
        (tmp / VOCAB_FILE).write_text(json.dumps(fmt.vocab))
    cfg_path = tmp / "adapter_config.json"
    ac = json.loads(cfg_path.read_text())
    # what 04_predict loads under the adapter: a local folder as an absolute path, so any directory works
    local = Path(args.model).expanduser()
    ac["base_model_name_or_path"] = str(local.resolve()) if local.is_dir() else args.model
    cfg_path.write_text(json.dumps(ac, indent=1))
    shutil.rmtree(adapter, ignore_errors=True)
    tmp.rename(adapter)
    save_args(adapter.parent / "03_args.json", args)
    if not args.keep_checkpoints:
        shutil.rmtree(ckpt_dir, ignore_errors=True)
    last = [r for r in iter_jsonl(log_path, tolerate_torn_tail=True)] if log_path.exists() else []
    mem = f", peak GPU memory {torch.cuda.max_memory_allocated() / 2**30:.1f} GiB" if cuda else ""
    print(f"03_train: {steps} steps in {time.time() - t0:.0f}s, final loss "
          f"{last[-1]['loss'] if last else float('nan'):.4f}{mem}; adapter -> {adapter}, log -> {log_path}")


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=HelpFormatter)
    p.add_argument("--train", default=str(DATA / "02_train.jsonl"), help="training texts from 02_format")
    p.add_argument("--model", default=DEFAULT_MODEL, help="base model: hub id or local folder")
    p.add_argument("--adapter", default=str(DATA / "03_adapter"), help="where the LoRA adapter is written")
    p.add_argument("--checkpoints", default=str(DATA / "03_checkpoints"), help="resumable checkpoints")
    p.add_argument("--log", default=str(DATA / "03_train_log.jsonl"), help="training log (JSONL)")
    p.add_argument("--backend", default="auto", choices=["auto", "unsloth", "peft"],
                   help="auto: unsloth on a CUDA GPU when installed, else transformers + peft")
    p.add_argument("--quant", default="auto", choices=["auto", "4bit", "none"],
                   help="auto: 4-bit on GPUs under 40 GB, bf16 on larger ones, float32 on CPU")
    p.add_argument("--gpu-mem-cap", type=float, default=0,
                   help="use at most this many GiB of the GPU (e.g. 24 to check that an A10 run fits); 0 = all")
    p.add_argument("--max-len", type=int, default=8192, help="longest text in tokens (longer ones are skipped)")
    p.add_argument("--epochs", type=int, default=3)
    p.add_argument("--max-steps", type=int, default=0, help="stop after this many optimizer steps (0 = all)")
    p.add_argument("--batch-size", type=int, default=0,
                   help="sequences per device batch; 0 = 2 (bf16 GPU) or 1 with --grad-accum doubled (4-bit, CPU)")
    p.add_argument("--grad-accum", type=int, default=4, help="batches per optimizer step")
    p.add_argument("--lr", type=float, default=2e-4, help="peak learning rate")
    p.add_argument("--scheduler", default="linear", help="transformers lr scheduler type")
    p.add_argument("--warmup-steps", type=int, default=10)
    p.add_argument("--weight-decay", type=float, default=0.01)
    p.add_argument("--optim", default=None, help="optimizer (default: adamw_8bit on CUDA, adamw_torch on CPU)")
    p.add_argument("--loss", default="outputs", choices=LOSS_MODES,
                   help="tokens trained on: every output grid, only the test output, or the whole text (seed)")
    p.add_argument("--keep-pair-order", action="store_true",
                   help="do not reshuffle each text's train pairs between epochs")
    p.add_argument("--padding-free", action="store_true",
                   help="flatten each batch into one sequence, no padding (exact with the peft backend: "
                        "transformers 5 masks attention by position_ids; unsloth by the sequence lengths)")
    p.add_argument("--shrink-vocab", action="store_true",
                   help="cut embed_tokens/lm_head down to the ~17 tokens the format uses (ARC Prize 2024 winners' "
                        "trick; the adapter records the rows kept and 04 applies the same cut)")
    p.add_argument("--lora-r", type=int, default=16)
    p.add_argument("--lora-alpha", type=int, default=16)
    p.add_argument("--lora-dropout", type=float, default=0.0)
    p.add_argument("--targets", default=",".join(LORA_TARGETS),
                   help="LoRA target modules (embed_tokens and lm_head are trained in full, as unsloth does)")
    p.add_argument("--no-rslora", action="store_true", help="plain LoRA scaling instead of rank-stabilised")
    p.add_argument("--grad-ckpt", default="unsloth", choices=["unsloth", "on", "off"],
                   help="gradient checkpointing (unsloth's offloaded variant; 'on' = transformers')")
    p.add_argument("--random-state", type=int, default=1212, help="LoRA initialisation seed")
    p.add_argument("--seed", type=int, default=0, help="data order and pair shuffling seed")
    p.add_argument("--limit", type=int, default=0, help="train on the first N texts only (0 = all)")
    p.add_argument("--log-every", type=int, default=10, help="optimizer steps between log records")
    p.add_argument("--save-every", type=int, default=200, help="optimizer steps between checkpoints")
    p.add_argument("--keep-checkpoints", action="store_true", help="keep data/03_checkpoints after success")
    p.add_argument("--overwrite", action="store_true", help="start afresh, ignoring checkpoints and the old log")
    cli(main, p)
