"""Generated training tasks: RE-ARC's example generators (arcft/vendor/re_arc), `01_augment.py --extra-train re-arc`.

RE-ARC has, for each of the 400 ARC-AGI-1 training tasks, a generator that draws new examples of the task's
transformation and a verifier (the task's solver program). From each generator this draws `per_task` new tasks: as
many train pairs as the original task has, plus one test pair. A drawn pair is kept only when, as in RE-ARC's own
dataset, the verifier maps its input to its output, the output differs from the input, and no earlier pair of the
same new task has the same input. A task whose generator fails MAX_TRIES times in a row is given up (counted).

Task k of generator g is `g-rearc<k>` (k from 0), drawn under random.seed(f"{seed}/{g}/{k}"): the same tasks whatever
the order, the number of processes or PYTHONHASHSEED. Each task carries `generator` (g), by which the decontamination
removes every task drawn from a held-out or evaluation task's generator (arcft.sources, reason "generated_from"):
its examples are new, so comparing contents would not find them.
"""
from __future__ import annotations

import os
import random

from tqdm import tqdm

NAME = "re-arc"           # the source's name in --extra-train
DIFFICULTY = (0.0, 1.0)   # the generators' difficulty range, RE-ARC's default: each draw's sizes and counts (grid
#                           sides, objects, colours) are drawn from their bounds at a difficulty in this range
MAX_TRIES = 50            # draws in a row that fail a check before a task is given up


def check_difficulty(difficulty) -> tuple[float, float]:
    """(lower, upper) as floats, when 0 <= lower <= upper <= 1; else ValueError."""
    lb, ub = difficulty
    if not 0 <= lb <= ub <= 1:
        raise ValueError(f"difficulty must be 0 <= lower <= upper <= 1, not {lb}, {ub}")
    return float(lb), float(ub)


def _modules():
    from .vendor.re_arc import generators, utils, verifiers  # 0.4 s: only when the source is asked for
    return generators, verifiers, utils


def generator_ids() -> list[str]:
    """The ARC-AGI-1 training task ids that have a generator, sorted."""
    generators, _, _ = _modules()
    return sorted(n[len("generate_"):] for n in dir(generators) if n.startswith("generate_"))


def _grid(g) -> list[list[int]]:
    return [list(row) for row in g]


def draw_task(gid: str, n_train: int, k: int, seed: int, difficulty: tuple[float, float] = DIFFICULTY
              ) -> dict | None:
    """Task k of generator `gid`: {"train": n_train pairs, "test": [one pair], "generator": gid}, or None when its
    generator failed MAX_TRIES draws in a row. RE-ARC draws from the `random` module's global generator: it is
    seeded here, and its state put back afterwards."""
    state = random.getstate()
    try:
        random.seed(f"{seed}/{gid}/{k}")
        return _draw(gid, n_train, difficulty)
    finally:
        random.setstate(state)


def _draw(gid: str, n_train: int, difficulty: tuple[float, float]) -> dict | None:
    generators, verifiers, utils = _modules()
    generate, verify = getattr(generators, f"generate_{gid}"), getattr(verifiers, f"verify_{gid}")
    pairs, inputs, fails = [], set(), 0
    while len(pairs) < n_train + 1:
        utils.rng.clear()  # RE-ARC records every difficulty it draws there; nothing here reads them
        try:
            ex = generate(*difficulty)
            ok = (utils.is_grid(ex["input"]) and utils.is_grid(ex["output"]) and ex["input"] != ex["output"]
                  and ex["input"] not in inputs and verify(ex["input"]) == ex["output"])
        except Exception:  # noqa: BLE001 (a generator's or verifier's own failure: draw again)
            ok = False
        if not ok:
            fails += 1
            if fails >= MAX_TRIES:
                return None
            continue
        fails = 0
        inputs.add(ex["input"])
        pairs.append({"input": _grid(ex["input"]), "output": _grid(ex["output"])})
    return {"train": pairs[:n_train], "test": pairs[n_train:], "generator": gid}


def _job(args: tuple) -> tuple[str, dict | None]:
    gid, n_train, k, seed, difficulty = args
    return f"{gid}-rearc{k}", draw_task(gid, n_train, k, seed, difficulty)


def generate(originals: dict[str, dict], per_task: int, seed: int = 0, workers: int = 0,
             difficulty: tuple[float, float] = DIFFICULTY) -> tuple[dict, dict]:
    """`per_task` tasks from the generator of each task of `originals` ({id: ARC-AGI-1 training task}, which sets
    how many train pairs they get) that has one. Returns ({task id: task} in generator order, stats). `workers`: 0 =
    one process per CPU (at most 16), 1 = this process. `difficulty`: (lower, upper) within [0, 1]."""
    lb, ub = check_difficulty(difficulty)
    have = set(generator_ids())
    jobs = [(gid, len(task["train"]), k, seed, (lb, ub)) for gid, task in sorted(originals.items()) if gid in have
            for k in range(per_task)]
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    workers = workers or min(16, cpus)
    bar = dict(total=len(jobs), desc=NAME, unit="task", mininterval=1.0)
    if workers > 1 and len(jobs) > 1:
        import multiprocessing as mp
        with mp.get_context("fork").Pool(workers) as pool:  # fork: the children inherit the imported generators
            done = list(tqdm(pool.imap(_job, jobs, chunksize=4), **bar))
    else:
        done = [_job(j) for j in tqdm(jobs, **bar)]
    tasks = {tid: t for tid, t in done if t is not None}
    stats = {"per_task": per_task, "seed": seed, "difficulty": [lb, ub],
             "generators": len({j[0] for j in jobs}), "without_generator": sorted(set(originals) - have),
             "tasks": len(tasks), "given_up": sorted(tid for tid, t in done if t is None)}
    return tasks, stats
