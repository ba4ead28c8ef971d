"""Stage 3: LoRA fine-tuning of Llama-3-8B on the formatted training texts.

Reads data/02_train.jsonl. Writes the LoRA adapter and tokenizer to data/03_adapter/ (atomically, when training
ends), data/03_train_log.jsonl (one record per logged step: step, epoch, loss, lr, grad_norm, tokens (since the last
record), tokens_per_s, gpu_mem: peak GiB)
and data/03_args.json. Checkpoints go to data/03_checkpoints/; rerunning the same command resumes from the last one.

Defaults are the seed's LoRA: r=16, alpha=16, dropout 0, bias none, q/k/v/o/gate/up/down plus embed_tokens and
lm_head, rsLoRA, random_state 1212, 8 sequences per optimizer step, 3 epochs, 8192 tokens. Unlike the seed, for
speed: embed_tokens/lm_head are cut to the format's tokens (--no-shrink-vocab keeps all 128K rows), each step's
sequences go through the model in passes of up to --max-batch-tokens (right-padded, no attention mask needed), and
gradient checkpointing is off whenever the longest text fits the GPU without it (--grad-ckpt auto). On a GPU with
unsloth installed the unsloth backend is used (4-bit on cards under 40 GB, bf16 otherwise); elsewhere
transformers + peft. Loss is on the output grids only (--loss all: the whole text, as the seed did).

With ARCFT_STEP_PROFILE=FILE set, each step's time split (trainer and optimizer, forward, backward; the GPU
synchronised around each, so a little slower) is written to FILE as JSONL: what bench/bench.py's logs keep.

Several GPUs: launch the same command under `torchrun --nproc_per_node N` (or `accelerate launch`), one process per
GPU (DDP; gloo on CPU). Every process builds the same steps and runs its share of each step's sequences, balanced
by tokens; the gradients are summed over the processes, so the global batch (sequences per optimizer step), the
number of steps and the learning-rate schedule are the one-GPU run's, and so is the adapter (up to rounding).
Process 0 alone prints, writes the log, the adapter and the arguments. Both backends run under DDP (unsloth
measured on 2 H200s: 1.89x one GPU's tokens/s at 64K-token steps, 1.16x at the default 8 sequences, whose small
shares leave the GPUs waiting). Put `--` before 03_train.py when passing --log: torchrun would take it for an
abbreviation of its --log-dir.

Examples:
  python 03_train.py
  python 03_train.py --quant 4bit --gpu-mem-cap 24                        # check that a 24 GB card suffices
  python 03_train.py --model data/00_tiny_llama --max-steps 30 --lr 3e-3   # the smoke run (CPU)
  NCCL_NVLS_ENABLE=0 torchrun --nproc_per_node 2 -- 03_train.py            # both GPUs of a 2-GPU machine
"""
import argparse
import os
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from arcft.io import (DATA, HelpFormatter, UserError, cli, iter_jsonl, read_jsonl, save_args,  # noqa: E402
                      write_json)
from arcft.ggufmodel import resolve_model  # noqa: E402
from arcft.modeling import (DEFAULT_MODEL, LORA_TARGETS, PRESETS, LoraSettings,  # noqa: E402
                            apply_preset, choose_backend, load_for_training, model_max_len, want_4bit)
from arcft.textformat import LOSS_MODES  # noqa: E402

OOM_HINT = ("CUDA out of memory. Lower the memory need: a smaller --max-batch-tokens, --grad-ckpt unsloth, "
            "--quant 4bit, or a shorter context (rerun 02_format.py --max-len 4096 and pass the same --max-len here)")


def read_texts(path: str, what: str = "training") -> list[dict]:
    records = read_jsonl(Path(path), required=("id", "task_id", "train", "test_input", "test_output", "n_tokens"))
    if not records:
        raise UserError(f"{path}: no {what} texts")
    return records


def fit_texts(records: list[dict], path: str, max_len: int, limit: int = 0, what: str = "training") -> list[dict]:
    """The texts that fit `max_len` (the others are skipped and counted), the first `limit`."""
    too_long = [r["id"] for r in records if r["n_tokens"] > max_len]
    records = [r for r in records if r["n_tokens"] <= max_len]
    if too_long:
        print(f"03_train: skipping {len(too_long)} {what} texts longer than --max-len {max_len} "
              f"(rerun 02_format.py --max-len {max_len} to shorten them instead), e.g. {too_long[0]}")
    records = records[:limit] if limit else records
    if not records:
        raise UserError(f"{path}: no {what} texts fit --max-len {max_len}")
    return records


def load_model(args, model_name: str, backend: str, longest: int):
    """(model with LoRA, tokenizer, format): the base model, LoRA as --lora-* (or as --init-adapter's, whose
    weights are loaded), --shrink-vocab applied; 02's token counts checked against this tokenizer."""
    import torch
    from arcft.textformat import GridFormat
    if args.gpu_mem_cap:
        if not torch.cuda.is_available():
            raise UserError("--gpu-mem-cap needs a CUDA GPU")
        total = torch.cuda.get_device_properties(0).total_memory
        torch.cuda.set_per_process_memory_fraction(min(1.0, args.gpu_mem_cap * 2**30 / total))
    args.four_bit = want_4bit(args.quant, args.gpu_mem_cap)
    lora = LoraSettings(r=args.lora_r, alpha=args.lora_alpha, dropout=args.lora_dropout, bias="none",
                        targets=tuple(args.targets.split(",")), rslora=not args.no_rslora,
                        random_state=args.random_state)
    model, tok, args.grad_ckpt, args.max_batch_tokens = load_for_training(
        model_name, backend, args.four_bit, args.max_len, lora, args.grad_ckpt, args.shrink_vocab,
        args.max_batch_tokens, longest, args.gpu_mem_cap)
    if backend == "unsloth" and args.padding_free:
        from unsloth.utils.packing import mark_allow_overlength
        mark_allow_overlength(model)  # a flattened pass may be longer than --max-len
    try:
        fmt = GridFormat(tok, compact=args.shrink_vocab)
    except ValueError as e:
        raise UserError(f"model {args.model}: {e}") from None
    if args.init_adapter:
        from arcft.trainer import load_init_adapter
        n = load_init_adapter(model, Path(args.init_adapter), fmt.vocab)
        print(f"03_train: continuing from {args.init_adapter} ({n} tensors)")
    return model, tok, fmt


def check_token_counts(args, fmt, records: list[dict]) -> None:
    r0 = records[0]
    if len(fmt.encode(r0["train"], r0["test_input"], r0["test_output"]).ids) != r0["n_tokens"]:
        raise UserError(f"{args.train}: token counts differ from this model's tokenizer: rerun 02_format.py "
                        f"--tokenizer {args.model}")


def start_processes(world: int):
    """Join the other processes of a torchrun/accelerate launch (NCCL on CUDA, each on the GPU of its LOCAL_RANK;
    gloo on CPU): (rank, device). Only process 0 prints: the others' stdout goes nowhere."""
    from datetime import timedelta

    import torch
    from accelerate import PartialState
    # gloo on CPU only when asked (cpu=True), as 03's SFTConfig(use_cpu=...) does; timeout: transformers' default
    state = PartialState(cpu=not torch.cuda.is_available(), timeout=timedelta(minutes=30))
    if state.num_processes != world:
        raise UserError(f"WORLD_SIZE is {world} but the process group has {state.num_processes} processes")
    if state.process_index and sys.stdout is sys.__stdout__:
        sys.stdout = open(os.devnull, "w")
    return state.process_index, state.device


def on_device(model, device, four_bit: bool):
    """Make sure a DDP process's model sits on its own GPU (`device`): the peft backend loads onto GPU 0."""
    import torch
    if device.type != "cuda" or {p.device for p in model.parameters()} == {device}:
        return model
    if four_bit:
        raise UserError(f"the 4-bit model was loaded on {next(model.parameters()).device}, not this process's "
                        f"{device}: --quant none, or load it with device_map={{'': torch.cuda.current_device()}}")
    model.to(device)
    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    if getattr(base, "hf_device_map", None) is not None:  # the trainer would take it for a model split over GPUs
        base.hf_device_map = {"": device.index}
    torch.cuda.empty_cache()
    return model


SMALL_SHARE_TOKENS = 16384  # tokens per process and step below which DDP's fixed costs show (measured, README)


def describe_ddp(all_steps: list, steps: int, world: int, per_step: str) -> str:
    """The line that says how a DDP run divides each step: the global batch and schedule as with one process."""
    from arcft.trainset import rank_shares
    seqs = tokens = most = 0
    for st in all_steps[:steps]:
        lengths = [len(e["input_ids"]) for e in st]
        loads = [sum(lengths[i] for i in share) for share in rank_shares(lengths, world)]
        seqs, tokens, most = seqs + len(st), tokens + sum(lengths), most + max(loads)
    return (f"03_train: {world} processes (DDP): each optimizer step of up to {per_step} (the global batch, as with "
            f"one process; same {steps} steps and learning-rate schedule) is divided among them by tokens: "
            f"~{seqs / steps / world:.1f} sequences, ~{tokens / steps / world:.0f} tokens per process and step; "
            f"the most loaded process runs {most / max(tokens / world, 1):.2f}x the mean"
            + (". Shares this small scale poorly (2 H200s: 1.16x one GPU's speed at 8 sequences per step, 1.89x at "
               "64K-token steps); larger steps (--batch-tokens) change the training, so choose --lr again with them"
               if tokens / steps / world < SMALL_SHARE_TOKENS else ""))


def make_trainer(args, model, tok, fmt, all_steps: list, backend: str):
    """The step trainer over the first `steps` optimizer steps, logging to --log, checkpointing to
    --checkpoints. Under DDP its collator keeps this process's share of each step."""
    import torch
    from datasets import Dataset
    from trl import SFTConfig

    from arcft.trainer import StepSFTTrainer, dist_rank_world, log_callback
    from arcft.trainset import StepCollator
    steps = min(len(all_steps), args.max_steps or len(all_steps))
    tokens_per_step = [sum(len(e["input_ids"]) for e in st) for st in all_steps[:steps]]
    cuda = torch.cuda.is_available()
    bf16 = cuda and torch.cuda.is_bf16_supported()
    cfg = SFTConfig(
        output_dir=args.checkpoints, per_device_train_batch_size=1,  # a dataset row is a whole step
        gradient_accumulation_steps=1, num_train_epochs=1, max_steps=steps,
        learning_rate=args.lr, lr_scheduler_type=args.scheduler, warmup_steps=args.warmup_steps,
        weight_decay=args.weight_decay, optim=args.optim or ("adamw_torch_fused" if cuda else "adamw_torch"),
        logging_steps=args.log_every, save_steps=args.save_every, save_total_limit=1,
        seed=args.seed, bf16=bf16, fp16=cuda and not bf16, report_to="none",
        use_cpu=not cuda,  # also what makes accelerate run several CPU processes as one DDP group (gloo)
        train_sampling_strategy="sequential",  # our order already shuffles, groups by length and keeps epochs
        # batches come from our collator and training step (trl refuses a custom collator with its padding_free)
        dataset_kwargs={"skip_prepare_dataset": True}, padding_free=False,
        max_length=args.max_len, dataloader_num_workers=0, disable_tqdm=False, dataloader_pin_memory=cuda,
        logging_nan_inf_filter=False,  # its NaN test waits for the GPU every step
        gradient_checkpointing=False)  # trl's default is True; load_for_training sets --grad-ckpt itself
    if cfg.world_size == 1 and cfg.n_gpu > 1:  # one process drives one GPU: no DataParallel, which would also
        cfg._n_gpu = 1  # put n_gpu dataset rows (optimizer steps) in one batch; torchrun uses them all
    data = Dataset.from_list([{"input_ids": [e["input_ids"] for e in st], "labels": [e["labels"] for e in st]}
                              for st in all_steps[:steps]])
    rank, world = dist_rank_world()
    collator = StepCollator(fmt.pad, args.max_batch_tokens, args.padding_free, backend == "unsloth", rank, world)
    return StepSFTTrainer(model=model, args=cfg, train_dataset=data, processing_class=tok, data_collator=collator,
                          callbacks=[log_callback(Path(args.log), tokens_per_step, len(all_steps) / args.epochs)],
                          fused_backend=backend == "unsloth"), tokens_per_step


def run_validation(args, model, fmt, records: list[dict] | None, when: str, results: dict) -> None:
    """--valid: loss and greedy exact match on the held-out texts, printed and recorded under `when` (under DDP
    every process runs its share and gets the whole result)."""
    if records is None:
        return
    from arcft.trainer import validate
    results[when] = validate(model, fmt, records, args.max_batch_tokens)
    r = results[when]
    print(f"03_train: validation {when} training: loss {r['loss']:.4f}, exact {r['accuracy']:.2%} "
          f"({len(r['solved'])} of {r['texts']} held-out outputs)")


def write_validation(args, results: dict) -> None:
    if not results:
        return
    results["valid_file"], results["train_file"] = args.valid, args.train
    results["init_adapter"] = args.init_adapter
    write_json(Path(args.valid_out), results)
    rows = [("before training" + (" (the --init-adapter)" if args.init_adapter else ""), results["before"]),
            ("after training on " + Path(args.train).name, results["after"])]
    print("\n".join([f"{'experiment':45} {'val loss':>9} {'val accuracy':>13}"] +
                    [f"{name:45} {r['loss']:9.4f} {r['accuracy']:13.2%}" for name, r in rows]))
    print(f"03_train: validation -> {args.valid_out}")


def args_file(adapter: Path) -> Path:
    """Where the arguments are recorded, beside the adapter: data/03_args.json, or data/03_ttt_args.json for
    data/03_ttt_adapter (any 03_*adapter names its own)."""
    name = adapter.name
    ok = name.startswith("03_") and name.endswith("adapter")
    return adapter.parent / (f"{name[:-len('adapter')]}args.json" if ok else "03_args.json")


def same_model(name: str) -> str:
    """A model's identity for comparison: a local folder's absolute path, else the hub id."""
    local = Path(name).expanduser()
    return str(local.resolve()) if local.is_dir() else name


def resolve_base(args) -> str:
    """The base model's folder or hub id: --model, else --init-adapter's base, else Llama-3-8B; with both, they
    must agree."""
    if args.init_adapter:
        from arcft.trainer import init_adapter_settings
        init = init_adapter_settings(Path(args.init_adapter))
        args.lora_r, args.lora_alpha, args.lora_dropout, args.no_rslora = (
            init["lora_r"], init["lora_alpha"], init["lora_dropout"], init["no_rslora"])
        if args.model is None:
            return init["base"]
        name = resolve_model(args.model)
        if same_model(name) != same_model(init["base"]):
            raise UserError(f"--init-adapter {args.init_adapter} was trained on {init['base']}, not --model "
                            f"{args.model}: leave --model out to continue it")
        return name
    return resolve_model(args.model or DEFAULT_MODEL)  # a named model (smollm2-135m) becomes its local folder


class Phases:
    """Where the stage's time goes, phase by phase (printed at the end): a small model's run is mostly start-up."""

    def __init__(self):
        self.times: dict[str, float] = {}
        self.t = time.time()

    def __call__(self, name: str) -> None:
        """The time since the previous call (or the start) goes to `name`."""
        now = time.time()
        self.times[name] = self.times.get(name, 0.0) + now - self.t
        self.t = now

    def __str__(self) -> str:
        return ", ".join(f"{k} {v:.1f}s" for k, v in self.times.items())


def main(args):
    phase = Phases()
    # fewer out-of-memory failures and no stalls when micro-batch shapes change (set before CUDA starts)
    os.environ.setdefault("PYTORCH_CUDA_ALLOC_CONF", "expandable_segments:True")
    world = int(os.environ.get("WORLD_SIZE", "1"))  # torchrun / accelerate launch: one process per GPU
    if int(os.environ.get("RANK", "0")):
        sys.stdout = open(os.devnull, "w")  # process 0 alone prints
    backend = choose_backend(args.backend)  # imports unsloth before transformers when used
    import torch
    rank, device = start_processes(world) if world > 1 else (0, None)
    if torch.cuda.is_available():
        # cuDNN attention builds a new plan for every new batch shape (~3 ms of CPU per call and layer on an H100
        # with torch 2.11), and training batches rarely repeat a shape; flash attention needs no plan
        torch.backends.cuda.enable_cudnn_sdp(False)
    from arcft.trainer import resume_checkpoint, save_adapter
    from arcft.trainset import build_steps
    phase("imports")

    records = read_texts(args.train)
    valid = read_texts(args.valid, "validation") if args.valid else None
    model_name = resolve_base(args)
    args.max_len = args.max_len or model_max_len(model_name)
    records = fit_texts(records, args.train, args.max_len, args.limit)
    valid = fit_texts(valid, args.valid, args.max_len, what="validation") if valid else None
    adapter, ckpt_dir, log_path = Path(args.adapter), Path(args.checkpoints), Path(args.log)
    if args.overwrite and rank == 0:  # the others wait in resume_checkpoint
        shutil.rmtree(ckpt_dir, ignore_errors=True)
        log_path.unlink(missing_ok=True)
    longest = max(r["n_tokens"] for r in records + (valid or []))
    phase("data")
    model, tok, fmt = load_model(args, model_name, backend, longest)
    if world > 1:
        model = on_device(model, device, args.four_bit)
    elif torch.cuda.device_count() > 1:
        print(f"03_train: {torch.cuda.device_count()} GPUs visible, this run uses one: launch it with torchrun "
              f"--nproc_per_node {torch.cuda.device_count()} to use them all")
    phase("model load")
    check_token_counts(args, fmt, records)
    validation: dict = {}
    run_validation(args, model, fmt, valid, "before", validation)
    phase("validation")

    all_steps = build_steps(records, fmt, args.epochs, args.batch_size, args.loss, not args.keep_pair_order,
                            args.seed, group=not args.padding_free, batch_tokens=args.batch_tokens)
    trainer, tokens_per_step = make_trainer(args, model, tok, fmt, all_steps, backend)
    per_step = (f"{args.batch_tokens} tokens" if args.batch_tokens else f"{args.batch_size} sequences")
    print(f"03_train: backend {backend}, {'4-bit' if args.four_bit else str(model.dtype).replace('torch.', '')}, "
          f"{len(records)} texts x {args.epochs} epochs = {sum(map(len, all_steps))} sequences, "
          f"{sum(tokens_per_step)} tokens, {len(tokens_per_step)} optimizer steps of up to {per_step} in passes of "
          f"<= {args.max_batch_tokens} tokens{' (flattened)' if args.padding_free else ''}, gradient checkpointing "
          f"{args.grad_ckpt}, vocabulary {'shrunk to ' + str(len(fmt.vocab)) if fmt.vocab else 'full'}, loss on "
          f"{args.loss}, lr {args.lr}, LoRA r {args.lora_r}, preset {args.preset_applied or 'none'}")
    if world > 1:
        print(describe_ddp(all_steps, len(tokens_per_step), world, per_step))
    resume = resume_checkpoint(ckpt_dir)
    if resume:
        print(f"03_train: resuming from {resume}")
    phase("steps and trainer")
    try:
        trainer.train(resume_from_checkpoint=str(resume) if resume else None)
    except torch.OutOfMemoryError:
        raise UserError(OOM_HINT) from None
    trainer.write_profile()
    phase("training")
    train_s = phase.times["training"]
    run_validation(args, model, fmt, valid, "after", validation)
    phase("validation")
    if world > 1:
        torch.distributed.destroy_process_group()
    if rank:  # process 0 alone writes the results
        return
    write_validation(args, validation)
    save_adapter(model, tok, fmt.vocab, adapter, model_name)
    save_args(args_file(adapter), args)
    if not args.keep_checkpoints:
        shutil.rmtree(ckpt_dir, ignore_errors=True)
    last = [r for r in iter_jsonl(log_path, tolerate_torn_tail=True)] if log_path.exists() else []
    mem = f", peak GPU memory {torch.cuda.max_memory_allocated() / 2**30:.1f} GiB" if torch.cuda.is_available() else ""
    loss = f"{last[-1]['loss']:.4f}" if last else f"not logged (--log-every {args.log_every} > steps)"
    phase("saving")
    print(f"03_train: time: {phase} (imports: after the script's own; steps and trainer: the plan and set-up)")
    print(f"03_train: {len(tokens_per_step)} steps in {train_s:.0f}s, final loss {loss}{mem}; adapter -> {adapter}, "
          f"log -> {log_path}")


if __name__ == "__main__":
    presets = "; ".join(f"{k}: " + ", ".join(f"--{o.replace('_', '-')} {v}" for o, v in d.items())
                        for k, d in PRESETS.items())
    p = argparse.ArgumentParser(description=__doc__, formatter_class=HelpFormatter, epilog=(
        f"presets (each replaces the defaults above; options given still win): {presets}"))
    p.add_argument("--train", default=str(DATA / "02_train.jsonl"), help="training texts from 02_format")
    p.add_argument("--model", default=None,
                   help=f"base model: hub id, local folder, or a named model imported offline (smollm2-135m); "
                        f"default: --init-adapter's base model, else {DEFAULT_MODEL} (Llama-3-8B)")
    p.add_argument("--preset", default="auto",
                   help="training settings for a model (listed below): auto = the --model's own preset if it has "
                        "one (smollm2-135m), none = the defaults shown here, ttt = test-time fine-tuning (run_all.sh "
                        "--ttt): the --model's `-ttt` preset if it has one, else its preset (or these defaults) "
                        "with one epoch")
    p.add_argument("--adapter", default=str(DATA / "03_adapter"),
                   help="where the LoRA adapter is written (its arguments go beside it: 03_adapter -> 03_args.json)")
    p.add_argument("--init-adapter", default=None,
                   help="continue training this adapter (test-time fine-tuning: data/03_adapter): its LoRA settings "
                        "and base model replace --lora-r/--lora-alpha/--lora-dropout/--no-rslora; optimizer and "
                        "learning-rate schedule start afresh; default: none, a new adapter")
    p.add_argument("--valid", default=None,
                   help="held-out texts in 02's training format (e.g. data/02_ttt_valid.jsonl): their test outputs' "
                        "loss and greedy exact match are measured before and after training; default: none")
    p.add_argument("--valid-out", default=str(DATA / "03_valid.json"), help="where --valid's results are written")
    p.add_argument("--checkpoints", default=str(DATA / "03_checkpoints"), help="resumable checkpoints")
    p.add_argument("--log", default=str(DATA / "03_train_log.jsonl"), help="training log (JSONL)")
    p.add_argument("--backend", default="auto", choices=["auto", "unsloth", "peft"],
                   help="auto: unsloth on a CUDA GPU when installed, else transformers + peft")
    p.add_argument("--quant", default="auto", choices=["auto", "4bit", "none"],
                   help="auto: 4-bit on GPUs under 40 GB, bf16 on larger ones, float32 on CPU")
    p.add_argument("--gpu-mem-cap", type=float, default=0,
                   help="use at most this many GiB of the GPU (e.g. 24 to check that an A10 run fits); 0 = all")
    p.add_argument("--max-len", type=int, default=0,
                   help="longest text in tokens (longer ones are skipped); 0 = the model's context length")
    p.add_argument("--epochs", type=int, default=3, help="passes over the training texts")
    p.add_argument("--max-steps", type=int, default=0, help="stop after this many optimizer steps (0 = all)")
    p.add_argument("--batch-size", type=int, default=8,
                   help="sequences per optimizer step (the seed's 2 x 4 gradient accumulation)")
    p.add_argument("--batch-tokens", type=int, default=0,
                   help="instead of --batch-size: each optimizer step holds texts of similar length up to this many "
                        "tokens (fewer, larger steps; small models are launch-bound with 8 texts a step); the "
                        "loss is a per-token mean either way, so choose --lr for the step size; 0 = off")
    p.add_argument("--max-batch-tokens", type=int, default=0,
                   help="tokens per forward/backward pass (rows x longest row); a step's sequences are split into "
                        "passes of at most this many; 0 = what the free GPU memory holds, at most 16384 for an 8B "
                        "model (more for smaller ones: arcft.modeling.pass_cap)")
    p.add_argument("--lr", type=float, default=2e-4, help="peak learning rate")
    p.add_argument("--scheduler", default="linear", help="transformers lr scheduler type")
    p.add_argument("--warmup-steps", type=int, default=10,
                   help="optimizer steps of linear learning-rate warm-up from 0 to --lr")
    p.add_argument("--weight-decay", type=float, default=0.01, help="AdamW weight decay")
    p.add_argument("--optim", default=None,
                   help="optimizer (default: adamw_torch_fused on CUDA, one kernel for all LoRA weights, whose "
                        "states take ~0.3 GB; the seed used adamw_8bit; adamw_torch on CPU)")
    p.add_argument("--loss", default="outputs", choices=LOSS_MODES,
                   help="tokens trained on: every output grid, only the test output, or the whole text (seed)")
    p.add_argument("--keep-pair-order", action="store_true",
                   help="do not reshuffle each text's train pairs between epochs")
    p.add_argument("--padding-free", action="store_true",
                   help="flatten each pass into one sequence, no padding, and draw each step's texts at random "
                        "instead of by similar length (exact with the peft backend: transformers 5 masks attention "
                        "by position_ids; unsloth by the sequence lengths)")
    p.add_argument("--shrink-vocab", action=argparse.BooleanOptionalAction, default=True,
                   help="cut embed_tokens/lm_head down to the ~17 tokens the format uses (ARC Prize 2024 winners' "
                        "trick; the adapter records the rows kept and 04 applies the same cut); "
                        "--no-shrink-vocab trains all 128K rows as the seed did")
    p.add_argument("--lora-r", type=int, default=16, help="LoRA rank")
    p.add_argument("--lora-alpha", type=int, default=16,
                   help="LoRA scaling numerator: updates are scaled by alpha/sqrt(r) (rsLoRA) or alpha/r (--no-rslora)")
    p.add_argument("--lora-dropout", type=float, default=0.0, help="dropout on the LoRA layers' input")
    p.add_argument("--targets", default=",".join(LORA_TARGETS),
                   help="LoRA target modules (embed_tokens and lm_head are trained in full, as unsloth does)")
    p.add_argument("--no-rslora", action="store_true", help="plain LoRA scaling instead of rank-stabilised")
    p.add_argument("--grad-ckpt", default="auto", choices=["auto", "unsloth", "on", "off"],
                   help="gradient checkpointing: auto = off when the longest text fits the GPU without it, else "
                        "unsloth's offloaded variant (the seed's); 'on' = transformers'")
    p.add_argument("--random-state", type=int, default=1212, help="LoRA initialisation seed")
    p.add_argument("--seed", type=int, default=0, help="data order and pair shuffling seed")
    p.add_argument("--limit", type=int, default=0, help="train on the first N texts only (0 = all)")
    p.add_argument("--log-every", type=int, default=10, help="optimizer steps between log records")
    p.add_argument("--save-every", type=int, default=200, help="optimizer steps between checkpoints")
    p.add_argument("--keep-checkpoints", action="store_true", help="keep data/03_checkpoints after success")
    p.add_argument("--overwrite", action="store_true", help="start afresh, ignoring checkpoints and the old log")
    try:
        p.set_defaults(preset_applied=apply_preset(p))
    except UserError as e:
        p.error(str(e))
    cli(main, p)
