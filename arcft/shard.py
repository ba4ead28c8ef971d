"""04_predict across several processes, one per GPU, launched by torchrun: the prompts split into shards balanced by
expected work, each process's records in its own part file beside the output, and the merge of the parts into the
one output file, exactly as a single process writes it (every record once, in the canonical order).

Part files: `04_predictions.jsonl.part-R-of-N` (rank R of N processes). They stay until the merge, so a rerun after a
kill resumes from them (and from the merged file); a rerun with another number of processes reads them too."""
from __future__ import annotations

import glob
import heapq
import os
import re
from datetime import timedelta
from pathlib import Path
from typing import Iterable, Sequence

from .io import UnreadableLine, UserError, listing, read_jsonl, write_jsonl

# how long a process waits at a barrier for the others (the slowest shard's prediction): torchrun ends every
# process as soon as one fails, so a long wait only ever means work still going on
BARRIER_TIMEOUT = timedelta(days=7)


def prompt_work(prompt_tokens: int, reserve: int, max_new: int, samples: int = 1) -> int:
    """Expected work of one prompt: the KV-cache slots its rows hold, as arcft.fastgen.plan_batches counts them
    (prompt tokens + the answer tokens reserved, capped at --max-new-tokens), times its rows (samples)."""
    return (prompt_tokens + min(reserve, max_new)) * samples


def balance(work: Sequence[float], n: int) -> list[list[int]]:
    """Split item indices into `n` shards of about equal summed `work`: the largest item first, each onto the shard
    with the least work so far (the lowest index among equals). Deterministic; each shard's indices ascending."""
    if n < 1:
        raise ValueError(f"shards must be >= 1, not {n}")
    heap = [(0, s) for s in range(n)]
    shards: list[list[int]] = [[] for _ in range(n)]
    for i in sorted(range(len(work)), key=lambda i: (-work[i], i)):
        load, s = heapq.heappop(heap)
        shards[s].append(i)
        heapq.heappush(heap, (load + work[i], s))
    return [sorted(s) for s in shards]


def part_path(out: Path, rank: int, world: int) -> Path:
    """Rank `rank`'s part file of `out` in a run of `world` processes."""
    out = Path(out)
    return out.with_name(f"{out.name}.part-{rank}-of-{world}")


def find_parts(out: Path) -> list[Path]:
    """Every part file of `out` there is (of any number of processes), sorted by (processes, rank)."""
    out = Path(out)
    pat = re.compile(re.escape(out.name) + r"\.part-(\d+)-of-(\d+)")
    found = []
    for p in out.parent.glob(glob.escape(out.name) + ".part-*-of-*"):
        m = pat.fullmatch(p.name)
        if m and p.is_file():
            found.append(((int(m.group(2)), int(m.group(1))), p))
    return [p for _, p in sorted(found)]


def read_records(paths: Iterable[Path], redo: str, rerun: str) -> list[dict]:
    """The records (each with an id) of the files that exist among `paths`, in that order. An unreadable last line
    (a kill while it was written) is dropped, saying `redo` (what happens to it); an unreadable line elsewhere is
    an error saying how to repair it (`rerun`: the command that resumes)."""
    out = []
    for path in paths:
        if not Path(path).is_file():
            continue
        try:
            out += read_jsonl(path, required=("id",), tolerate_torn_tail=redo)
        except UnreadableLine as e:
            raise e.repair(rerun) from None
    return out


def merge_records(records: Iterable[dict], order: Sequence[str]) -> list[dict]:
    """The records whose id is in `order`, each id once (its first record), in the order of `order`."""
    first: dict[str, dict] = {}
    wanted = set(order)
    for r in records:
        if r["id"] in wanted and r["id"] not in first:
            first[r["id"]] = r
    return [first[i] for i in order if i in first]


def write_merged(out: Path, records: list[dict], parts: Iterable[Path] = ()) -> int:
    """Write `records` as `out` (atomically: a kill leaves the old file), then remove the `parts` they came from."""
    n = write_jsonl(Path(out), records)
    for p in parts:
        Path(p).unlink(missing_ok=True)
    return n


def merge_parts(out: Path, order: Sequence[str], parts: Sequence[Path] | None = None, complete: bool = True,
                rerun: str = "the same command", redo: str = "it is predicted again") -> int:
    """Merge `out` (when it exists) and its part files (`parts`, default: every one there is) into `out`, atomically,
    as a single process writes it: the records of the ids in `order`, each once, in that order; then remove the
    parts. A torn last line of any file is dropped (saying `redo`). `complete`: every id of `order` must be there,
    else a UserError naming the missing ones, and nothing is changed. Returns the number of records written."""
    out = Path(out)
    parts = find_parts(out) if parts is None else sorted(parts, key=_part_key)
    records = merge_records(read_records([out, *parts], redo, rerun), order)
    if complete and len(records) < len(order):
        have = {r["id"] for r in records}
        missing = [i for i in order if i not in have]
        raise UserError(f"{out}: {len(missing)} records missing after all processes finished ({listing(missing)}): "
                        f"rerun {rerun} to predict them (the part files are kept)")
    return write_merged(out, records, parts)


def _part_key(p: Path):
    m = re.search(r"\.part-(\d+)-of-(\d+)$", Path(p).name)
    return (int(m.group(2)), int(m.group(1)), str(p)) if m else (0, 0, str(p))


# ---------------------------------------------------------------- the processes torchrun started

def dist_env() -> tuple[int, int, int]:
    """(rank, world size, local rank) from torchrun's environment; (0, 1, 0) without it."""
    return int(os.environ.get("RANK", 0)), int(os.environ.get("WORLD_SIZE", 1)), int(os.environ.get("LOCAL_RANK", 0))


def bind_local_gpu(local_rank: int) -> None:
    """Show this process only GPU `local_rank` of those visible (CUDA_VISIBLE_DEVICES), so everything that uses
    "cuda" or GPU 0 (model loading, free-memory checks) runs on it. Call before CUDA is initialised."""
    visible = os.environ.get("CUDA_VISIBLE_DEVICES")
    ids = [v for v in visible.split(",") if v.strip()] if visible is not None else None
    if ids == []:  # no GPU asked for: the processes run on the CPU
        return
    if ids is not None and local_rank >= len(ids):
        raise UserError(f"process {local_rank} has no GPU: CUDA_VISIBLE_DEVICES={visible} shows {len(ids)}; "
                        "start at most that many (torchrun --nproc_per_node)")
    os.environ["CUDA_VISIBLE_DEVICES"] = ids[local_rank] if ids is not None else str(local_rank)


class Group:
    """The processes of one torchrun launch (torch.distributed's default group on gloo, from torchrun's
    environment): barriers and small objects only, so gloo serves on GPUs too, with no NCCL timeouts."""

    def __init__(self):
        self.rank, self.world, self.local_rank = dist_env()
        self.dist = None
        if self.world > 1:
            import torch.distributed as dist
            dist.init_process_group("gloo", timeout=BARRIER_TIMEOUT)
            self.dist = dist

    @property
    def main(self) -> bool:
        return self.rank == 0

    def barrier(self) -> None:
        if self.dist:
            self.dist.barrier()

    def gather(self, obj) -> list:
        """Every process's `obj`, by rank (the list [obj] in a single process)."""
        if not self.dist:
            return [obj]
        out = [None] * self.world
        self.dist.all_gather_object(out, obj)
        return out

    def close(self) -> None:
        if self.dist and self.dist.is_initialized():
            self.dist.destroy_process_group()
