import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def run_script(name, *args, check=True, env=None):
    """Run a numbered script as a user would (offline: HF_HUB_OFFLINE=1); return the CompletedProcess."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", **(env or {})}
    p = subprocess.run([sys.executable, str(REPO / name), *map(str, args)], capture_output=True, text=True,
                       env=env, timeout=900)
    if check and p.returncode != 0:
        raise AssertionError(f"{name} failed ({p.returncode}):\n{p.stdout}\n{p.stderr}")
    return p


def write_task(folder: Path, task_id: str, task: dict):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{task_id}.json").write_text(json.dumps(task))


@pytest.fixture(scope="session")
def tokenizer():
    from arcft.textformat import load_tokenizer
    return load_tokenizer()


# Two small tasks (one with two test inputs) that a tiny model can memorise: the learning tests use them.
T1 = {"train": [{"input": [[1, 0, 0], [0, 2, 0], [0, 0, 3]], "output": [[3, 0, 0], [0, 2, 0], [0, 0, 1]]},
                {"input": [[4, 4, 0], [0, 0, 0], [0, 5, 5]], "output": [[5, 5, 0], [0, 0, 0], [0, 4, 4]]}],
      "test": [{"input": [[6, 0, 7], [0, 0, 0], [8, 0, 9]], "output": [[8, 0, 9], [0, 0, 0], [6, 0, 7]]}]}
T2 = {"train": [{"input": [[1, 2], [3, 4]], "output": [[1, 1, 2, 2], [3, 3, 4, 4]]},
                {"input": [[5, 0], [0, 6]], "output": [[5, 5, 0, 0], [0, 0, 6, 6]]}],
      "test": [{"input": [[7, 8], [9, 7]], "output": [[7, 7, 8, 8], [9, 9, 7, 7]]},
               {"input": [[2, 0], [0, 3]], "output": [[2, 2, 0, 0], [0, 0, 3, 3]]}]}


@pytest.fixture(scope="session")
def tiny(tmp_path_factory):
    """A tiny random-weight Llama (hidden 128) with the Llama 3 tokenizer, built once for the whole run: read-only."""
    from arcft.tiny import build
    return build(tmp_path_factory.mktemp("tiny") / "model", hidden_size=128, intermediate_size=256)


@pytest.fixture(scope="session")
def formatted(tmp_path_factory):
    """Two small tasks (one with two test inputs) as both training and evaluation set, through 01 and 02 once for
    the whole run: read-only (tests write their outputs elsewhere, or into a copy)."""
    d = tmp_path_factory.mktemp("two")
    write_task(d / "tasks", "aaa", T1)
    write_task(d / "tasks", "bbb", T2)
    run_script("01_augment.py", "--source", d / "tasks", "--allow-overlap", "--train-views", "identity,transpose",
               "--out-dir", d)
    run_script("02_format.py", "--train", d / "01_train.jsonl", "--eval", d / "01_eval.jsonl", "--out-dir", d)
    return d


def train_args(d, model, *extra):
    return ["03_train.py", "--train", d / "02_train.jsonl", "--model", model, "--adapter", d / "03_adapter",
            "--checkpoints", d / "03_checkpoints", "--log", d / "03_train_log.jsonl", "--grad-ckpt", "off",
            "--batch-size", "2", "--warmup-steps", "5", *extra]


def predict_args(d, *extra):
    return ["04_predict.py", "--eval", d / "02_eval.jsonl", "--adapter", d / "03_adapter",
            "--predictions", d / "04_predictions.jsonl", *extra]


@pytest.fixture(scope="session")
def trained(formatted, tiny, tmp_path_factory):
    """The one training that memorises the two tasks, shared by every test that needs a trained adapter: the tiny
    model, 60 epochs at lr 3e-3 with the default --shrink-vocab, then 04 --greedy and 05 on its adapter. The folder
    holds 02_*/01_eval.jsonl (copies of `formatted`'s), 03_adapter, 03_args.json, 03_train_log.jsonl,
    03_train.out (03's stdout), 04_predictions.jsonl and 05_*. Read-only: copy what a test changes."""
    d = tmp_path_factory.mktemp("trained")
    for f in ("01_eval.jsonl", "02_train.jsonl", "02_eval.jsonl"):
        shutil.copy(formatted / f, d / f)
    p = run_script(*train_args(d, tiny, "--epochs", "60", "--lr", "3e-3", "--keep-pair-order", "--log-every", "20"))
    (d / "03_train.out").write_text(p.stdout)
    run_script(*predict_args(d, "--greedy"))
    run_script("05_score.py", "--eval", d / "01_eval.jsonl", "--predictions", d / "04_predictions.jsonl",
               "--out-dir", d)
    return d
