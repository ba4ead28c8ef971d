"""Test-time fine-tuning through 03: continuing an adapter (--init-adapter) and the held-out validation (--valid)
before and after, on a tiny random-weight Llama (transformers + peft on CPU)."""
import json

from safetensors.torch import load_file

from conftest import run_script, train_args


def test_continues_an_adapter_and_validates_before_and_after(formatted, tiny, tmp_path):
    d, valid = formatted, formatted / "02_train.jsonl"
    base = tmp_path / "03_adapter"
    run_script(*train_args(d, tiny, "--max-steps", "3", "--adapter", base, "--checkpoints", tmp_path / "ck",
                           "--log", tmp_path / "log.jsonl", "--lora-r", "8", "--lora-alpha", "16",
                           "--valid", valid, "--valid-out", tmp_path / "03_valid.json", "--shrink-vocab"))
    first = json.loads((tmp_path / "03_valid.json").read_text())
    assert (tmp_path / "03_args.json").is_file()
    # --shrink-vocab by name does what the default does (test_model_stages.py checks the default's adapter)
    assert json.loads((tmp_path / "03_args.json").read_text())["shrink_vocab"] is True
    assert (base / "vocab_keep.json").is_file()

    ttt = tmp_path / "03_ttt_adapter"
    args = ["03_train.py", "--train", valid, "--init-adapter", base, "--adapter", ttt, "--checkpoints",
            tmp_path / "ck2", "--log", tmp_path / "log2.jsonl", "--grad-ckpt", "off", "--batch-size", "2",
            "--epochs", "25", "--lr", "3e-3", "--warmup-steps", "2", "--log-every", "10", "--valid", valid,
            "--valid-out", tmp_path / "03_ttt_valid.json"]
    p = run_script(*args)  # no --model: the adapter's base; its LoRA rank (8), not the default 16
    assert "continuing from" in p.stdout and "val accuracy" in p.stdout
    res = json.loads((tmp_path / "03_ttt_valid.json").read_text())
    # "before" is the starting adapter: the same figures its own training measured "after" (the weights loaded)
    assert abs(res["before"]["loss"] - first["after"]["loss"]) < 1e-3
    assert res["before"]["texts"] == res["after"]["texts"] == 6 and res["before"]["tokens"] > 0
    assert res["after"]["loss"] < 0.5 * res["before"]["loss"]
    assert res["after"]["accuracy"] >= res["before"]["accuracy"]
    assert json.loads((ttt / "adapter_config.json").read_text())["r"] == 8
    assert (tmp_path / "03_ttt_args.json").is_file()
    a, b = load_file(str(base / "adapter_model.safetensors")), load_file(str(ttt / "adapter_model.safetensors"))
    assert a.keys() == b.keys() and any(not a[k].equal(b[k]) for k in a)

    # another base model than the adapter's is refused, in one line
    bad = run_script(*args[:-4], "--model", tmp_path / "elsewhere", check=False)
    assert bad.returncode == 2 and "was trained on" in bad.stderr and "Traceback" not in bad.stderr
