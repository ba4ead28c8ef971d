"""Training on several GPUs (DDP, one process each): the division of each optimizer step among the processes, and
03_train.py under torchrun with two CPU processes (gloo), whose adapter, log and validation must be the
one-process run's: same global batch, same learning-rate schedule, gradients summed over the processes."""
import json
import random
import shutil
import subprocess
import sys

import pytest
import torch
from safetensors.torch import load_file

from conftest import REPO, T1, T2, run_script, train_args
from arcft.trainset import StepCollator, rank_shares


def test_rank_shares_cover_each_sequence_once_balanced_by_tokens():
    for seed in range(50):
        rng = random.Random(seed)
        lengths = [rng.choice([rng.randint(50, 300), rng.randint(1000, 8000)]) for _ in range(rng.randint(0, 17))]
        for world in (1, 2, 3, 8):
            shares = rank_shares(lengths, world)
            assert len(shares) == world and all(s == sorted(s) for s in shares)
            assert sorted(i for s in shares for i in s) == list(range(len(lengths)))
            loads = [sum(lengths[i] for i in s) for s in shares]
            if lengths:  # longest first onto the least loaded: at most the mean plus one sequence
                assert max(loads) <= sum(lengths) / world + max(lengths)
                assert max(loads) - min(loads) <= max(lengths)
            assert rank_shares(lengths, world) == shares  # a pure function: every process divides alike
    assert rank_shares([100, 900, 500, 500], 2) == [[0, 1], [2, 3]]  # 900+100 and 500+500
    assert rank_shares([7], 3) == [[0], [], []]  # fewer sequences than processes: some get none
    assert rank_shares([5, 5, 5, 5], 1) == [[0, 1, 2, 3]]


def test_the_shares_gradients_sum_to_the_whole_steps(tokenizer):
    """What the processes compute, in one process: each rank's passes, normalised by the WHOLE step's trained
    tokens, summed over the ranks, give the one-process step's loss and gradient; a rank may have no passes."""
    from transformers import LlamaConfig, LlamaForCausalLM

    from arcft.modeling import masked_lm_loss
    from arcft.textformat import GridFormat
    fmt = GridFormat(tokenizer, compact=True)  # ids in a 17-row vocabulary: a small, quick model
    torch.manual_seed(0)
    model = LlamaForCausalLM(LlamaConfig(vocab_size=len(fmt.vocab), hidden_size=32, intermediate_size=64,
                                         num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2))
    encs = [fmt.encode(t["train"][:k], t["test"][0]["input"], t["test"][0]["output"])
            for t in (T1, T2) for k in (1, 2)] + [fmt.encode(T2["train"], T2["test"][1]["input"],
                                                             T2["test"][1]["output"])]
    step = [{"input_ids": [e.ids for e in encs], "labels": [e.labels("outputs") for e in encs]}]

    def run(batch):
        model.zero_grad()
        total = sum((masked_lm_loss(model, p, batch["n_items"]) for p in batch["passes"]), torch.zeros(()))
        if total.requires_grad:
            total.backward()
        return total.item(), [p.grad.clone() if p.grad is not None else torch.zeros_like(p)
                              for p in model.parameters()]

    whole_loss, whole_grad = run(StepCollator(0)(step))
    for world in (2, 3, 7):
        batches = [StepCollator(0, rank=r, world=world)(step) for r in range(world)]
        assert all(b["n_items"] == batches[0]["n_items"] for b in batches)  # the whole step's count, everywhere
        assert sum(b["n_tokens"] for b in batches) == sum(len(e.ids) for e in encs)
        assert (world == 7) == any(not b["passes"] for b in batches)
        parts = [run(b) for b in batches]
        assert sum(loss for loss, _ in parts) == pytest.approx(whole_loss, rel=1e-5)
        for i, g in enumerate(whole_grad):
            torch.testing.assert_close(sum(grads[i] for _, grads in parts), g, rtol=1e-4, atol=1e-6)


def jsonl(path):
    return [json.loads(line) for line in open(path)]


def torchrun(*args, env=None):
    """03_train.py under torchrun with two CPU processes (gloo); `--` keeps torchrun from reading 03's options
    (it would take --log for an abbreviation of its --log-dir)."""
    import os
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1", **(env or {})}
    p = subprocess.run([sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "2", "--",
                        str(REPO / args[0]), *map(str, args[1:])], capture_output=True, text=True, env=env,
                       timeout=600)
    if p.returncode != 0:
        raise AssertionError(f"torchrun failed ({p.returncode}):\n{p.stdout}\n{p.stderr}")
    return p


def texts(tokenizer, path):
    """Six training texts in 02's format: with --batch-size 5 each epoch is a step of five sequences, divided
    3/2 or so, and a step of one, which leaves one process without any."""
    from arcft.textformat import GridFormat
    fmt, recs = GridFormat(tokenizer), []
    for name, t in (("aaa", T1), ("bbb", T2)):
        pairs = t["train"] + t["test"]
        for k in range(3):  # each of three pairs the test, the others the train pairs
            train = [q for j, q in enumerate(pairs) if j != k]
            enc = fmt.encode(train, pairs[k]["input"], pairs[k]["output"])
            recs.append({"id": f"{name}-{k}", "task_id": name, "train": train, "test_input": pairs[k]["input"],
                         "test_output": pairs[k]["output"], "n_tokens": len(enc.ids)})
    path.write_text("".join(json.dumps(r) + "\n" for r in recs))
    return recs


def assert_same_adapter(a, b):
    a, b = load_file(str(a / "adapter_model.safetensors")), load_file(str(b / "adapter_model.safetensors"))
    assert a.keys() == b.keys() and len(a) > 10
    for k in a:  # float32 sums in another order: equal up to rounding (the bugs this catches differ by ~1e-3)
        torch.testing.assert_close(a[k], b[k], rtol=0, atol=1e-5, msg=k)


def test_two_processes_train_the_one_process_adapter_and_resume(tokenizer, tiny, tmp_path):
    """One process trains 6 steps; two processes train 4 (same losses and gradient norms, logged once), then
    resume from their checkpoint for steps 5-6 (the learning rate is constant after warm-up, so stopping at 4 and
    resuming changes nothing): the same adapter, log and validation."""
    train = tmp_path / "02_train.jsonl"
    assert len(texts(tokenizer, train)) == 6
    common = ["--batch-size", "5", "--epochs", "3", "--lora-r", "8", "--lr", "1e-3", "--scheduler",
              "constant_with_warmup", "--warmup-steps", "1", "--log-every", "1", "--save-every", "100"]
    one, two = tmp_path / "one", tmp_path / "two"
    for d in (one, two):
        d.mkdir()
        (d / "02_train.jsonl").write_text(train.read_text())
    valid = ["--valid", train, "--valid-out"]
    run_script(*train_args(one, tiny, *common, "--max-steps", "6", *valid, one / "valid.json"))
    log1 = jsonl(one / "03_train_log.jsonl")
    assert [r["step"] for r in log1] == [1, 2, 3, 4, 5, 6]

    profile = tmp_path / "profile.jsonl"
    p = torchrun(*train_args(two, tiny, *common, "--max-steps", "4", "--keep-checkpoints"),
                 env={"ARCFT_STEP_PROFILE": str(profile)})
    assert "2 processes (DDP)" in p.stdout and "global batch" in p.stdout
    assert "Shares this small scale poorly" in p.stdout  # a few hundred tokens per process and step
    for line in ("03_train: backend peft", "03_train: 4 steps in"):  # printed once, by process 0
        assert p.stdout.count(line) == 1, line
    log2 = jsonl(two / "03_train_log.jsonl")
    assert [r["step"] for r in log2] == [1, 2, 3, 4]  # one record per step: process 1 writes none
    for a, b in zip(log1, log2):  # the loss and gradient norm of the whole step, not of one process's share
        assert a["loss"] == pytest.approx(b["loss"], rel=1e-5) and a["lr"] == b["lr"] and a["tokens"] == b["tokens"]
        assert a["grad_norm"] == pytest.approx(b["grad_norm"], rel=1e-4)
    # process 0 ran its share of each step, not the whole step (the profile is its own)
    steps = jsonl(profile)
    assert len(steps) == 4 and all("sync_s" in s for s in steps)
    assert sum(s["tokens"] for s in steps) < 0.75 * sum(r["tokens"] for r in log2)

    # resume: from the last complete checkpoint; a torn one after it (killed while saving) is removed, once
    ck = two / "03_checkpoints"
    torn = ck / "checkpoint-5"
    shutil.copytree(ck / "checkpoint-4", torn)
    (torn / "trainer_state.json").unlink()
    p = torchrun(*train_args(two, tiny, *common, "--max-steps", "6", *valid, two / "valid.json"))
    assert p.stdout.count("checkpoint-5 was not written to the end") == 1
    assert f"resuming from {ck / 'checkpoint-4'}" in p.stdout and "val accuracy" in p.stdout
    assert not ck.exists()
    assert sorted(f.name for f in two.iterdir()) == ["02_train.jsonl", "03_adapter", "03_args.json",
                                                     "03_train_log.jsonl", "valid.json"]

    assert_same_adapter(one / "03_adapter", two / "03_adapter")
    log2 = jsonl(two / "03_train_log.jsonl")
    assert [r["step"] for r in log2] == [1, 2, 3, 4, 5, 6]
    for a, b in zip(log1, log2):
        assert a["loss"] == pytest.approx(b["loss"], rel=1e-5) and a["lr"] == b["lr"]
        assert a["grad_norm"] == pytest.approx(b["grad_norm"], rel=1e-4)
    v1, v2 = (json.loads((d / "valid.json").read_text()) for d in (one, two))
    for when in ("before", "after"):  # each process validated its share of the texts
        assert v1[when]["loss"] == pytest.approx(v2[when]["loss"], abs=1e-4)
        assert [v1[when][k] for k in ("texts", "tokens", "solved")] == [v2[when][k] for k in ("texts", "tokens",
                                                                                              "solved")]
