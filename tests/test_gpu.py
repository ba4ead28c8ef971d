"""GPU-only checks of the unsloth path (skipped without CUDA + unsloth): the learning test through unsloth in bf16,
and a 4-bit train + predict round. On the GPU machine: python -m pytest -q -m gpu tests/test_gpu.py"""
import importlib.util
import json

import pytest

from conftest import predict_args, run_script, train_args


def _gpu_ready():
    try:
        import torch
        return torch.cuda.is_available() and importlib.util.find_spec("unsloth") is not None
    except ImportError:
        return False


pytestmark = [pytest.mark.gpu, pytest.mark.skipif(not _gpu_ready(), reason="needs a CUDA GPU and unsloth")]


@pytest.mark.parametrize("extra", [[], ["--shrink-vocab"]], ids=["full_vocab", "shrunk_vocab"])
def test_unsloth_bf16_learns_two_tasks(formatted, tiny, tmp_path, extra):
    d = tmp_path
    for f in ("01_eval.jsonl", "02_train.jsonl", "02_eval.jsonl"):
        (d / f).write_text((formatted / f).read_text())
    p = run_script(*train_args(d, tiny, "--backend", "unsloth", "--quant", "none", "--optim", "adamw_torch",
                               "--epochs", "60", "--lr", "3e-3", "--keep-pair-order", "--log-every", "20", *extra))
    assert "backend unsloth" in p.stdout
    log = [json.loads(line) for line in open(d / "03_train_log.jsonl")]
    assert log[-1]["loss"] < 0.2 and log[-1]["gpu_mem"] > 0
    run_script(*predict_args(d, "--backend", "unsloth", "--quant", "none", "--greedy"))
    run_script("05_score.py", "--eval", d / "01_eval.jsonl", "--predictions", d / "04_predictions.jsonl",
               "--out-dir", d)
    assert json.load(open(d / "05_scores.json"))["score"] == 1.0


def test_unsloth_4bit_train_and_predict(formatted, tiny, tmp_path):
    d = tmp_path
    for f in ("02_train.jsonl", "02_eval.jsonl"):
        (d / f).write_text((formatted / f).read_text())
    p = run_script(*train_args(d, tiny, "--backend", "unsloth", "--quant", "4bit", "--max-steps", "4"))
    assert "4-bit" in p.stdout
    run_script(*predict_args(d, "--backend", "unsloth", "--quant", "4bit", "--max-new-tokens", "16"))
    assert len((d / "04_predictions.jsonl").read_text().splitlines()) == 6
