"""The GPU benchmark's dry run on CPU (tiny model): it must work end to end before a GPU session spends time on it."""
import json
import subprocess
import sys

from conftest import REPO


def test_bench_dry_run(tiny, formatted, tmp_path):
    """On the shared tiny model and the two formatted tasks (conftest.py); bench writes only under its --work."""
    out = tmp_path / "results.json"
    parts = "train,predict,decode,probe,predict04,score04"
    p = subprocess.run([sys.executable, str(REPO / "bench" / "bench.py"), "--parts", parts,
                        "--model", str(tiny), "--train", str(formatted / "02_train.jsonl"), "--eval",
                        str(formatted / "02_eval.jsonl"), "--eval01", str(formatted / "01_eval.jsonl"),
                        "--train-steps", "3", "--skip-steps", "1", "--predict-sample", "4", "--decode-batches", "1,2",
                        "--probe-shapes", "1x32,2x16", "--probe-ckpt", "off",
                        "--p04-limit", "1", "--p04-max-new", "4",
                        "--work",
                        str(tmp_path / "work"), "--out", str(out), "--", "--grad-ckpt", "off", "--batch-size", "2"],
                       capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stdout[-2000:] + p.stderr[-2000:]
    r = json.loads(out.read_text())
    assert r["device"] == "cpu (dry run)" and r["train_mfu"] is None
    assert r["train_tokens_per_s"] > 0 and r["projected_train_s"] > 0
    runs = r["runs"]["default"]
    assert runs["train_steps_timed"] == 2 and runs["predict_prompts_timed"] == 4
    assert r["projected_predict_s"] > 0 and r["predict_tokens_per_s"] > 0
    # 04_predict.py itself, on the first task's prompts, every answer cut at 4 tokens
    assert runs["predict04_predictions"] == 2 and runs["predict04_gpus"] == 1
    assert runs["predict04_wall_s_incl_start"] > 0
    # --score-candidates over 4 synthetic candidates of the first task's test input, in its 2 views, each view's
    # prompt prefilled once
    assert runs["score04_candidates"] == 4 and runs["score04_pairs"] == 8 and runs["score04_shared_prefill"]
    assert runs["train_backend"] == "peft" and runs["train_gpus"] == 1
    assert set(runs["commands"]) == set(parts.split(",")) and "--predict-sample 4" in r["command"]
    assert runs["probe_off_1x32"]["tokens_per_s"] > 0 and runs["probe_off_2x16"]["fwd_s"] > 0
    assert runs["projected_train_s_steady"] is None  # too few timed steps for the fit
    for cache in ("dynamic", "static"):
        for b in (1, 2):
            assert runs[f"decode_{cache}_b{b}"]["ms_per_step"] > 0, runs[f"decode_{cache}_b{b}"]


def test_score_step_dry_run(formatted):
    """bench/score_step.py (where the scoring pass's time goes) runs end to end on a narrow model on the CPU, with
    the fused kernels asked for or not (they run on CUDA only), and counts the tokens it runs."""
    for fused in ("--fused", "--no-fused"):
        p = subprocess.run([sys.executable, str(REPO / "bench" / "score_step.py"), "--layers", "1", "--hidden", "64",
                            "--pairs", "8", "--device", "cpu", fused, "--top", "2",
                            "--eval", str(formatted / "02_eval.jsonl"), "--eval01", str(formatted / "01_eval.jsonl")],
                           capture_output=True, text=True, timeout=300)
        assert p.returncode == 0, p.stdout[-2000:] + p.stderr[-2000:]
        r = json.loads(p.stdout.strip().splitlines()[-1])
        assert r["pairs"] == 8 and r["fused"] == (fused == "--fused") and r["seconds"] > 0
        assert r["by_kind_s"]["matmul"] > 0 and set(r["phase_s"]) == {"prefill", "extend"}
        assert r["prompt_tokens"] > 0 and r["candidate_tokens"] >= 8


def test_gpu_session_runs_steps_and_archives_their_logs(tmp_path):
    """The GPU runbook's driver: an unknown step fails alone, the next still runs, and logs come back archived."""
    import tarfile
    env = {"OUT": str(tmp_path), "PATH": "/usr/bin:/bin", "STEP_TIMEOUT": "30"}
    p = subprocess.run(["bash", str(REPO / "bench" / "gpu_session.sh"), "no_such_step", "wait_model"],
                       capture_output=True, text=True, timeout=120, env=env)
    assert "=== no_such_step: rc=2" in p.stdout and "=== wait_model: rc=" in p.stdout
    with tarfile.open(tmp_path / "logs.tgz") as t:
        names = t.getnames()
    assert "./no_such_step.log" in names and "./wait_model.log" in names


def test_step_fit_leaves_out_spikes():
    """The per-step fit (fixed cost + marginal rate) recovers a known line past a spike, and on the H100 log of
    2026-11-23 it finds the ~0.38 s per step and ~14.5K tokens/s the README reports, despite the 9 s step."""
    import random
    sys.path.insert(0, str(REPO / "bench"))
    from bench import step_fit
    tokens = [random.Random(i).randint(1000, 15000) for i in range(30)]
    secs = [0.4 + n / 14000 for n in tokens]
    secs[3] += 8
    assert step_fit(tokens, secs) == {"overhead_s": 0.4, "tokens_per_s": 14000, "spike_steps": 1, "spike_s": 8.0}
    log = [json.loads(line) for line in open(REPO / "bench" / "logs" / "2026-11-23" / "train_b8_03_train_log.jsonl")]
    timed = [r for r in log if r["step"] > 4]
    fit = step_fit([r["tokens"] for r in timed], [r["tokens"] / r["tokens_per_s"] for r in timed])
    assert 0.35 < fit["overhead_s"] < 0.4 and 14000 < fit["tokens_per_s"] < 15000 and fit["spike_s"] > 7
    assert step_fit(tokens[:3], secs[:3]) is None


def test_bench_results_merge_keeps_entries_written_meanwhile(tmp_path):
    """Two bench runs side by side (one per GPU): each saves its tag into the file as it is then, so an entry the
    other wrote after this one started is kept, and the default run's summary goes to the top level."""
    sys.path.insert(0, str(REPO / "bench"))
    from bench import save
    out = tmp_path / "r.json"
    save(out, "a", {"x": 1})
    out.write_text(json.dumps({**json.loads(out.read_text()), "accuracy": {"k": 1}}))  # another writer meanwhile
    save(out, "b", {"y": 2})
    save(out, "a", {"x": 3})
    save(out, "default", {"device": "d", "commands": {"train": "c"}})
    r = json.loads(out.read_text())
    assert r["runs"] == {"a": {"x": 3}, "b": {"y": 2}, "default": {"device": "d", "commands": {"train": "c"}}}
    assert r["accuracy"] == {"k": 1} and r["device"] == "d" and r["command"] == "c"


def test_ttt_table_names_rows_and_chooses_by_held_out_loss(tmp_path):
    """Each row named by its TTT data and training (lr, epochs); the chosen run is the lowest held-out loss, and
    the baseline (no TTT) when no run lowers it."""
    def run_folder(name, loss_after, lr, epochs, before=0.12):
        f = tmp_path / name
        f.mkdir()
        (f / "01_args.json").write_text(json.dumps({"ttt_views": "all", "ttt_copies": 4, "ttt_colours": True}))
        (f / "03_ttt_args.json").write_text(json.dumps({"lr": lr, "epochs": epochs}))
        v = {"texts": 100, "tokens": 1000, "accuracy": 0.02, "solved": ["a.valid.0", "b.valid.0"]}
        (f / "03_ttt_valid.json").write_text(json.dumps({"before": {**v, "loss": before},
                                                         "after": {**v, "loss": loss_after}}))
        return f

    def table(*folders):
        chosen, out = tmp_path / "chosen", tmp_path / "results.json"
        p = subprocess.run([sys.executable, str(REPO / "bench" / "ttt_table.py"), "--tag", "t", "--out", str(out),
                            "--chosen-out", str(chosen), *map(str, folders)], capture_output=True, text=True,
                           timeout=60)
        assert p.returncode == 0, p.stderr
        return p.stdout, chosen.read_text().strip(), json.loads(out.read_text())["ttt_table"]["t"]

    high, low = run_folder("high", 0.125, 1e-3, 1), run_folder("low", 0.110, 1e-4, 2)
    mid = run_folder("mid", 0.118, 3e-4, 1)
    text, chosen, rec = table(high, low, mid)
    assert chosen == str(low) and rec["chosen"] == "n-1, views all, 4 copies, colours on; lr 0.0001, 2 epochs"
    assert "lr 0.0001, 2 epochs (chosen)" in text and "lr 0.001, 1 epoch |" in text
    assert [r["loss"] for r in rec["rows"]] == [0.12, 0.125, 0.110, 0.118]
    text, chosen, rec = table(high)  # TTT raised the held-out loss: no TTT
    assert chosen == "" and rec["chosen"] == "baseline (no test-time fine-tuning)"
