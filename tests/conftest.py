import json
import os
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
