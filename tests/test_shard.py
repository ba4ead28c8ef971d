"""04_predict on several processes (arcft/shard.py): shards balanced by expected work, the parts merged into one file
exactly as a single process writes it (every record once, whatever the order parts were written or listed, torn
last lines dropped), resume; and a real two-process gloo run of 04 on the CPU that matches a single-process run."""
import importlib.util
import json
import os
import random
import subprocess
import sys

import pytest

from conftest import REPO, predict_args, run_script
from arcft.io import UserError
from arcft.shard import (balance, bind_local_gpu, dist_env, find_parts, merge_parts, merge_records, part_path,
                         prompt_work)


def rec(i, **kw):
    return {"id": f"r{i}", "prompt": f"r{i}", "text": str(i), **kw}


def write(path, records, tail=""):
    path.write_text("".join(json.dumps(r) + "\n" for r in records) + tail)


def jsonl(path):
    return [json.loads(line) for line in open(path)]


# ---------------------------------------------------------------- balancing

def test_balance_is_by_work_not_count_and_deterministic():
    work = [10, 10, 100, 10, 10, 10, 10, 10, 10, 10, 10]
    shards = balance(work, 2)
    assert shards == [[2], [0, 1, 3, 4, 5, 6, 7, 8, 9, 10]]  # the big one alone: balanced by work, not by count
    work = [100, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 50, 50]
    shards = balance(work, 2)
    assert sorted(i for s in shards for i in s) == list(range(len(work)))  # every item exactly once
    assert [sum(work[i] for i in s) for s in shards] == [105, 105]
    assert balance(work, 2) == shards and balance(list(work), 2) == shards
    assert balance(work, 1) == [list(range(len(work)))]
    assert balance([3, 2], 4) == [[0], [1], [], []] and balance([], 3) == [[], [], []]
    with pytest.raises(ValueError):
        balance(work, 0)


def test_balance_keeps_shards_within_the_largest_item_of_each_other():
    rng = random.Random(0)
    for n in (2, 3, 8):
        work = [rng.randint(1, 2000) for _ in range(rng.randint(n, 300))]
        loads = [sum(work[i] for i in s) for s in balance(work, n)]
        assert max(loads) - min(loads) <= max(work)  # longest-first onto the least-loaded shard


def test_prompt_work_counts_prompt_and_capped_answer_per_row():
    assert prompt_work(1000, 200, 931) == 1200
    assert prompt_work(1000, 2000, 931, samples=3) == 3 * 1931


# ---------------------------------------------------------------- parts and the merge

def test_part_names_and_listing(tmp_path):
    out = tmp_path / "04_predictions.jsonl"
    assert part_path(out, 1, 8) == tmp_path / "04_predictions.jsonl.part-1-of-8"
    for name in ("04_predictions.jsonl.part-1-of-2", "04_predictions.jsonl.part-0-of-3",
                 "04_predictions.jsonl.part-0-of-2", "04_predictions.jsonl.part-x-of-2", "other.jsonl.part-0-of-2",
                 ".04_predictions.jsonl.part-0-of-2.tmp", "04_predictions.jsonl"):
        (tmp_path / name).write_text("")
    assert [p.name for p in find_parts(out)] == ["04_predictions.jsonl.part-0-of-2", "04_predictions.jsonl.part-1-of-2",
                                                 "04_predictions.jsonl.part-0-of-3"]


def test_merge_records_each_id_once_in_the_given_order():
    got = merge_records([rec(2), rec(0), rec(2, text="again"), rec(9), rec(1)], ["r0", "r1", "r2", "r3"])
    assert got == [rec(0), rec(1), rec(2)]  # the first of a duplicate, ids outside the order dropped


@pytest.mark.parametrize("seed", range(4))
def test_merge_parts_is_independent_of_how_the_parts_were_written_and_listed(tmp_path, seed):
    """Every record exactly once, in the canonical order, whatever the shards, their order in each part, the order
    the parts are listed in, records already merged earlier, a duplicate (a merge killed before the parts went) or a
    stale part of another number of processes."""
    rng = random.Random(seed)
    order = [f"r{i}" for i in range(20)]
    out = tmp_path / "p.jsonl"
    merged = rng.sample(range(20), 5)
    write(out, [rec(i) for i in merged])
    rest = [i for i in range(20) if i not in merged]
    rng.shuffle(rest)
    chunks = [rest[:4], rest[4:9], rest[9:]]
    paths = [part_path(out, r, 3) for r in range(3)]
    for p, chunk in zip(paths, chunks):
        write(p, [rec(i) for i in chunk] + [rec(merged[0])])
    write(part_path(out, 0, 2), [rec(rest[0]), rec(99)])  # stale, from a run on 2 processes
    listed = paths + [part_path(out, 0, 2)]
    rng.shuffle(listed)
    assert merge_parts(out, order, listed) == 20
    assert jsonl(out) == [rec(i) for i in range(20)]
    assert find_parts(out) == []  # the parts removed
    assert merge_parts(out, order) == 20 and jsonl(out) == [rec(i) for i in range(20)]  # idempotent


def test_merge_parts_drops_a_torn_last_line_and_refuses_a_gap(tmp_path, capsys):
    out = tmp_path / "p.jsonl"
    order = [f"r{i}" for i in range(4)]
    write(part_path(out, 0, 2), [rec(0), rec(2)], tail='{"id": "r3", "te')  # killed while writing r3
    write(part_path(out, 1, 2), [rec(1)])
    with pytest.raises(UserError, match="1 records missing .*r3.*the part files are kept"):
        merge_parts(out, order)
    assert "unreadable last line dropped" in capsys.readouterr().err
    assert not out.exists() and len(find_parts(out)) == 2  # nothing changed
    assert merge_parts(out, order, complete=False) == 3  # the records there are, in order
    assert jsonl(out) == [rec(0), rec(1), rec(2)] and find_parts(out) == []
    write(part_path(out, 0, 2), [rec(3)], tail='{"id": "r1", "te\n' + json.dumps(rec(0)) + "\n")
    with pytest.raises(UserError, match=r"part-0-of-2:2: not valid JSON.*delete line 2"):
        merge_parts(out, order)  # an unreadable line before the last is no kill: said, not dropped


def predict_module():
    spec = importlib.util.spec_from_file_location("predict04", REPO / "04_predict.py")
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def test_pending_reads_the_merged_file_and_every_part(tmp_path, capsys):
    """A prompt is done when all its rows are written, in the merged file or in any part; a prompt cut short is
    redone; the canonical order: the prompts' order, then their rows."""
    m = predict_module()
    prompts = [{"id": f"p{i}"} for i in range(5)]
    out = tmp_path / "p.jsonl"
    row = lambda i, j: {"id": f"p{i}.s{j}", "prompt": f"p{i}"}  # noqa: E731
    write(out, [row(0, 0), row(0, 1)])
    write(part_path(out, 0, 2), [row(1, 0), row(1, 1), row(2, 0)], tail='{"id": "p2.s1", "pro')
    write(part_path(out, 1, 2), [row(3, 1), row(3, 0)])
    todo, done = m.pending_records(prompts, out, False, 2)
    assert [p["id"] for p in todo] == ["p2", "p4"]
    assert sorted(r["id"] for r in done) == ["p0.s0", "p0.s1", "p1.s0", "p1.s1", "p3.s0", "p3.s1"]
    assert "part-0-of-2:4: unreadable last line dropped" in capsys.readouterr().err
    assert m.record_order(prompts[:2], 2) == ["p0.s0", "p0.s1", "p1.s0", "p1.s1"]
    assert m.record_order(prompts[:2], 1) == ["p0", "p1"]
    todo, done = m.pending_records(prompts, out, True, 2)
    assert len(todo) == 5 and done == []


def test_dist_env_and_gpu_binding(monkeypatch):
    for k in ("RANK", "WORLD_SIZE", "LOCAL_RANK", "CUDA_VISIBLE_DEVICES"):
        monkeypatch.setenv(k, "")  # restored (or removed) afterwards, whatever the binding sets
        monkeypatch.delenv(k)
    assert dist_env() == (0, 1, 0)
    monkeypatch.setenv("RANK", "3")
    monkeypatch.setenv("WORLD_SIZE", "4")
    monkeypatch.setenv("LOCAL_RANK", "1")
    assert dist_env() == (3, 4, 1)
    bind_local_gpu(1)
    assert os.environ["CUDA_VISIBLE_DEVICES"] == "1"
    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "4,6")
    bind_local_gpu(1)
    assert os.environ["CUDA_VISIBLE_DEVICES"] == "6"
    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "4,6")
    with pytest.raises(UserError, match="process 2 has no GPU"):
        bind_local_gpu(2)
    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "")
    bind_local_gpu(1)  # no GPU asked for: the CPU
    assert os.environ["CUDA_VISIBLE_DEVICES"] == ""


# ---------------------------------------------------------------- two processes of 04 (gloo, CPU)

@pytest.fixture(scope="module")
def adapter(tiny, tmp_path_factory):
    """A small LoRA adapter on the tiny model (random LoRA weights, --shrink-vocab's cut), saved as 03 saves one."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from arcft.modeling import VOCAB_FILE, shrink_vocab
    from arcft.textformat import GridFormat
    path = tmp_path_factory.mktemp("adapter") / "03_adapter"
    tok = AutoTokenizer.from_pretrained(tiny)
    model = AutoModelForCausalLM.from_pretrained(tiny)
    keep = GridFormat(tok, compact=True).vocab
    shrink_vocab(model, keep)
    torch.manual_seed(0)
    cfg = LoraConfig(r=4, target_modules=["q_proj", "v_proj"], modules_to_save=["embed_tokens", "lm_head"],
                     init_lora_weights=False)
    get_peft_model(model, cfg).save_pretrained(path)
    tok.save_pretrained(path)
    (path / VOCAB_FILE).write_text(json.dumps(keep))
    ac = json.loads((path / "adapter_config.json").read_text())
    ac["base_model_name_or_path"] = str(tiny)
    (path / "adapter_config.json").write_text(json.dumps(ac))
    return path


def torchrun(*args, n=2):
    """04 as `torchrun --standalone --nproc_per_node n` launches it (a free port of its own), offline."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    p = subprocess.run([sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", str(n),
                        *map(str, args)], capture_output=True, text=True, env=env, timeout=600, cwd=REPO)
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-3000:]
    return p


def same(a, b):
    """Equal records but for the time (and the log-probability's float rounding across batchings)."""
    strip = [[{k: v for k, v in r.items() if k not in ("time_s", "logprob")} for r in x] for x in (a, b)]
    return strip[0] == strip[1] and all(abs(x["logprob"] - y["logprob"]) < 1e-3 for x, y in zip(a, b))


def test_two_processes_write_what_one_writes_and_resume(formatted, adapter, tmp_path):
    """Sampled rows (top-k 5): each draws from its own random stream (seed, record id, sample index), so the two
    processes' records equal one process's, also after a resume."""
    args = ["--adapter", adapter, "--top-k", "5", "--max-new-tokens", "8", "--colour-perms", "1"]
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run_script(*predict_args(formatted, *args, "--predictions", one))
    ref = jsonl(one)
    assert len(ref) == 12 and [r["id"] for r in ref[:3]] == ["aaa.identity.0", "aaa.identity.0.c1", "aaa.transpose.0"]
    assert not any(r["greedy"] for r in ref) and len({r["text"] for r in ref}) > 3  # sampled, and they differ
    p = torchrun(*predict_args(formatted, *args, "--predictions", two))
    assert "12 prompts to go (0 records already done)" in p.stdout and "2 processes" in p.stdout
    assert "process 1 of 2" in p.stdout and "04_predict: 12 predictions" in p.stdout
    assert same(jsonl(two), ref) and find_parts(two) == []

    # killed mid-run: 3 records merged earlier, each part a few (part 0 with a torn last line), and a stale part
    # of a run on 3 processes; the rerun predicts only the rest, and the merged file is as before
    write(two, ref[:3])
    write(part_path(two, 0, 2), ref[3:7], tail=json.dumps(ref[7])[:30])
    write(part_path(two, 1, 2), ref[8:10])
    write(part_path(two, 2, 3), ref[10:11])
    p = torchrun(*predict_args(formatted, *args, "--predictions", two))
    assert "2 prompts to go (10 records already done)" in p.stdout
    assert "unreadable last line dropped" in p.stderr
    assert same(jsonl(two), ref) and find_parts(two) == []
    # killed during the merge: every record is in the merged file or a part; a rerun (here on one process) only
    # merges them, without loading the model
    write(two, ref[:6])
    write(part_path(two, 0, 2), ref[6:9] + ref[:2])
    write(part_path(two, 1, 2), ref[9:])
    p = run_script(*predict_args(formatted, *args, "--predictions", two))
    assert "all 12 predictions already in" in p.stdout and same(jsonl(two), ref) and find_parts(two) == []

