"""03_train and 04_predict through the real code path (transformers + peft on CPU) on tiny random-weight Llamas
with the real Llama 3 tokenizer, and the learning test: memorise two tasks, predict them, score them solved."""
import json
import shutil

import pytest

from conftest import T1, T2, predict_args, run_script, train_args


def jsonl(path):
    return [json.loads(line) for line in open(path)]


def test_learns_two_tasks_end_to_end(trained, formatted, tiny, tmp_path):
    """Masking, one-token-per-cell encoding, parsing and view inversion must agree, or this cannot pass.
    The training, 04 --greedy and 05 are the shared `trained` fixture's (conftest.py): checked here."""
    d = trained
    stdout = (d / "03_train.out").read_text()
    assert "backend peft" in stdout and "loss on outputs" in stdout
    log = jsonl(d / "03_train_log.jsonl")
    assert {"step", "epoch", "loss", "lr", "tokens_per_s", "gpu_mem"} <= set(log[0])
    assert log[-1]["loss"] < 0.2 < log[0]["loss"]
    assert (d / "03_adapter" / "adapter_model.safetensors").is_file()
    assert (d / "03_adapter" / "vocab_keep.json").is_file()  # --shrink-vocab is the default
    assert json.load(open(d / "03_adapter" / "adapter_config.json"))["base_model_name_or_path"] == str(tiny)
    assert not (d / "03_checkpoints").exists()  # removed after success

    preds = jsonl(d / "04_predictions.jsonl")  # 04 --greedy
    assert sorted((r["task_id"], r["test_index"], r["view"]) for r in preds) == [
        ("aaa", 0, "identity"), ("aaa", 0, "transpose"), ("bbb", 0, "identity"), ("bbb", 0, "transpose"),
        ("bbb", 1, "identity"), ("bbb", 1, "transpose")]
    # the transposed prediction is mapped back to the original orientation
    tr = next(r for r in preds if r["task_id"] == "bbb" and r["view"] == "transpose" and r["test_index"] == 0)
    assert tr["text"] == "79\n79\n87\n87\nend" and tr["grid"] == T2["test"][0]["output"]

    scores = json.load(open(d / "05_scores.json"))  # 05 on those predictions
    assert scores["score"] == 1.0 and scores["solved_by_first_guess"] == 2 and scores["solved_by_transposed_guess"] == 2

    # augmented inference with the same adapter: all 8 views, one colour permutation, 2 samples + the greedy row
    a = tmp_path / "augmented"
    run_script("01_augment.py", "--source", formatted / "tasks", "--allow-overlap", "--train-views", "identity",
               "--eval-views", "all", "--out-dir", a)
    run_script("02_format.py", "--train", a / "01_train.jsonl", "--eval", a / "01_eval.jsonl", "--out-dir", a)
    aug = ["04_predict.py", "--eval", a / "02_eval.jsonl", "--adapter", d / "03_adapter", "--predictions",
           a / "04_predictions.jsonl", "--views", "all", "--colour-perms", "1", "--samples", "2", "--with-greedy",
           "--max-new-tokens", "24"]
    run_script(*aug)
    recs = jsonl(a / "04_predictions.jsonl")
    assert len(recs) == 3 * 8 * 2 * 3 == len({r["id"] for r in recs})  # test inputs x views x colours x rows
    assert {r["sample"] for r in recs} == {0, 1, 2} and all(r["greedy"] == (r["sample"] == 0) for r in recs)
    perms = [r["colours"] for r in recs if r["colours"] is not None]
    assert len(perms) == len(recs) // 2 and all(p[0] == 0 and sorted(p) == list(range(10)) for p in perms)
    assert all(isinstance(r["logprob"], float) and r["logprob"] <= 0 for r in recs)
    # the model memorised the identity and transposed views in their own colours: their greedy rows are right,
    # mapped back to the original orientation
    truth = {("aaa", 0): T1["test"][0]["output"], ("bbb", 0): T2["test"][0]["output"],
             ("bbb", 1): T2["test"][1]["output"]}
    plain = [r for r in recs if r["greedy"] and r["colours"] is None and r["view"] in ("identity", "transpose")]
    assert len(plain) == 6 and all(r["grid"] == truth[(r["task_id"], r["test_index"])] for r in plain)
    # a colour-permuted prompt's text is in its colours; the grid is mapped back from it
    from arcft.grids import to_original
    from arcft.textformat import parse_grid
    for r in recs:
        if r["grid"] is not None:
            assert r["grid"] == to_original(parse_grid(r["text"]), r["view"], r["colours"])
    # resume by prompt: a prompt whose rows were cut short by a kill is predicted again, whole
    lines = (a / "04_predictions.jsonl").read_text().splitlines(keepends=True)
    (a / "04_predictions.jsonl").write_text("".join(lines[:-2]))
    p = run_script(*aug)
    assert "1 prompts to go (141 records already done)" in p.stdout
    assert sorted(r["id"] for r in jsonl(a / "04_predictions.jsonl")) == sorted(r["id"] for r in recs)
    # 05 chooses by vote among the 48 candidates per test input, and reports every rule and the oracle
    p = run_script("05_score.py", "--eval", a / "01_eval.jsonl", "--predictions", a / "04_predictions.jsonl",
                   "--out-dir", a, "--select", "vote")
    scores = json.load(open(a / "05_scores.json"))
    assert scores["select"] == "vote" and set(scores["rules"]) >= {"seed", "vote", "oracle"}
    assert scores["rules"]["seed"]["score"] == 1.0 and scores["rules"]["oracle"]["score"] == 1.0
    assert scores["candidates"]["per_test_input"] == 48 and "oracle" in p.stdout
    # product of experts: the 2 leading candidates of each test input, scored in all 8 views, then --select score
    score = ["04_predict.py", "--eval", a / "02_eval.jsonl", "--adapter", d / "03_adapter", "--predictions",
             a / "04_predictions.jsonl", "--views", "all", "--score-candidates", "--score-top", "2"]
    p = run_script(*score, "--scores", a / "04_scores.jsonl")
    assert "each prompt prefilled once for its candidates" in p.stdout
    sc = jsonl(a / "04_scores.jsonl")
    # the same scores as running every (prompt + candidate) whole (transformers' forward, --engine hf)
    run_script(*score, "--engine", "hf", "--scores", a / "04_scores_whole.jsonl")
    whole = {r["id"]: r["logprob"] for r in jsonl(a / "04_scores_whole.jsonl")}
    assert whole.keys() == {r["id"] for r in sc}
    assert all(abs(r["logprob"] - whole[r["id"]]) < 1e-3 * max(1, abs(r["logprob"])) for r in sc)
    per_test = {}
    for r in sc:
        per_test.setdefault((r["task_id"], r["test_index"]), set()).add((r["candidate"], r["view"]))
    assert len(per_test) == 3 and all(len({v for _, v in s}) == 8 for s in per_test.values())
    assert all(r["logprob"] < 0 for r in sc) and len(sc) == sum(len(s) for s in per_test.values())
    p = run_script("05_score.py", "--eval", a / "01_eval.jsonl", "--predictions", a / "04_predictions.jsonl",
                   "--scores", a / "04_scores.jsonl", "--out-dir", a, "--select", "score")
    scores = json.load(open(a / "05_scores.json"))
    assert scores["select"] == "score" and scores["rules"]["score"]["scored"]
    assert scores["rules"]["score"]["score"] <= scores["rules"]["oracle"]["score"]
    res = jsonl(a / "05_results.jsonl")
    assert all(t["scored"] >= 1 and len(t["logprobs"]) == 2 for r in res for t in r["tests"])


@pytest.mark.parametrize("vocab", ["--shrink-vocab", "--no-shrink-vocab"])
def test_learns_with_shrunk_and_full_vocabulary(request, tiny, tmp_path, vocab):
    """--shrink-vocab (default): embed_tokens/lm_head cut to the format's tokens; the adapter records the rows, 04
    applies the same cut. --no-shrink-vocab: all 128K rows trained, as the seed did. Either way the predictions come
    out in the same format, right. The --shrink-vocab run is the shared `trained` one (the default; test_ttt.py
    passes the option by name); --no-shrink-vocab trains here."""
    if vocab == "--shrink-vocab":
        d = request.getfixturevalue("trained")
        assert json.load(open(d / "03_args.json"))["shrink_vocab"] is True
    else:
        d, formatted = tmp_path, request.getfixturevalue("formatted")
        for f in ("01_eval.jsonl", "02_train.jsonl", "02_eval.jsonl"):
            (d / f).write_text((formatted / f).read_text())
        # the fused AdamW (the GPU default) steps the 2 x 16M trained embedding rows in a fraction of adamw_torch's
        # time on a CPU too: the same update, the same learning
        run_script(*train_args(d, tiny, "--epochs", "60", "--lr", "3e-3", "--keep-pair-order", vocab, "--optim",
                               "adamw_torch_fused"))
        assert json.load(open(d / "03_args.json"))["shrink_vocab"] is False
    from safetensors import safe_open
    with safe_open(str(d / "03_adapter" / "adapter_model.safetensors"), "pt") as f:
        shapes = {k: f.get_slice(k).get_shape() for k in f.keys() if "embed_tokens" in k or "lm_head" in k}
    if vocab == "--shrink-vocab":
        keep = json.load(open(d / "03_adapter" / "vocab_keep.json"))
        assert len(keep) < 20 and 15 in keep  # "0" is token 15
        assert shapes and all(s[0] == len(keep) for s in shapes.values())
    else:
        assert not (d / "03_adapter" / "vocab_keep.json").exists()
        rows = json.load(open(tiny / "config.json"))["vocab_size"]
        assert shapes and all(s[0] == rows > 128000 for s in shapes.values())
        run_script(*predict_args(d, "--greedy"))
        run_script("05_score.py", "--eval", d / "01_eval.jsonl", "--predictions", d / "04_predictions.jsonl",
                   "--out-dir", d)
    preds = jsonl(d / "04_predictions.jsonl")  # 04 --greedy: `trained`'s, or the one above
    assert len(preds) == 6 and all(r["text"].endswith("\nend") for r in preds)
    assert json.load(open(d / "05_scores.json"))["score"] == 1.0


def test_predict_resumes_and_samples_reproducibly(formatted, tiny, tmp_path):
    d = formatted
    out = tmp_path / "p.jsonl"
    args = ["04_predict.py", "--eval", d / "02_eval.jsonl", "--model", tiny, "--no-adapter", "--predictions", out,
            "--max-new-tokens", "8", "--batch-size", "4"]
    p = run_script(*args)
    # what the engine did, for when generation is slower than expected
    assert "04_predict: engine: 2 batches, " in p.stdout and "CUDA graphs off (eager steps)" in p.stdout
    first = jsonl(out)
    assert len(first) == 6 and all(r["grid"] is None and r["error"] for r in first)  # random weights: no grid
    assert all(r["n_tokens"] <= 8 for r in first)
    # kill mid-write: two records and a torn third line; the rerun keeps them and predicts the rest
    lines = out.read_text().splitlines(keepends=True)
    out.write_text("".join(lines[:2]) + lines[2][:15])
    p = run_script(*args)
    assert "4 prompts to go (2 records already done)" in p.stdout
    again = jsonl(out)
    assert sorted(r["id"] for r in again) == sorted(r["id"] for r in first)
    # the 4 redone in other batches drew the same samples: each row has its own random stream
    assert {r["id"]: r["text"] for r in again} == {r["id"]: r["text"] for r in first}
    assert "all 6 predictions already in" in run_script(*args).stdout
    run_script(*args, "--overwrite")
    assert [r["text"] for r in jsonl(out)] == [r["text"] for r in first]  # same seed, same samples


def test_train_resumes_from_checkpoint(formatted, tiny, tmp_path):
    d = tmp_path
    for f in ("02_train.jsonl",):
        (d / f).write_text((formatted / f).read_text())
    # padding-free batches through the real trainer (their exactness is tested in test_trainset.py)
    run_script(*train_args(d, tiny, "--max-steps", "4", "--save-every", "2", "--log-every", "1",
                           "--keep-checkpoints", "--padding-free"))
    assert (d / "03_checkpoints" / "checkpoint-4").is_dir()
    assert [r["step"] for r in jsonl(d / "03_train_log.jsonl")] == [1, 2, 3, 4]
    # a kill while checkpoint-5 was being written: its weights are torn and the trainer state (written last) is
    # missing; the rerun must drop it and resume from checkpoint-4, the last one written to the end
    torn = d / "03_checkpoints" / "checkpoint-5"
    shutil.copytree(d / "03_checkpoints" / "checkpoint-4", torn)
    (torn / "trainer_state.json").unlink()
    weights = torn / "adapter_model.safetensors"
    weights.write_bytes(weights.read_bytes()[:100])
    p = run_script(*train_args(d, tiny, "--max-steps", "6", "--save-every", "2", "--log-every", "1",
                               "--padding-free"))
    assert "checkpoint-5 was not written to the end" in p.stdout
    assert f"resuming from {d / '03_checkpoints' / 'checkpoint-4'}" in p.stdout
    assert [r["step"] for r in jsonl(d / "03_train_log.jsonl")] == [1, 2, 3, 4, 5, 6]


def test_model_stage_errors(formatted, tmp_path):
    p = run_script(*train_args(formatted, tmp_path / "no_such_model"), check=False)
    assert p.returncode == 2 and "no_such_model: folder not found" in p.stderr and "Traceback" not in p.stderr
    p = run_script(*train_args(formatted, "nobody/no-such-model"), check=False)
    assert p.returncode == 2 and "cannot load model nobody/no-such-model (offline" in p.stderr
    assert "Traceback" not in p.stderr
    p = run_script("03_train.py", "--train", tmp_path / "missing.jsonl", check=False)
    assert p.returncode == 2 and "missing.jsonl: file not found" in p.stderr
    kept = tmp_path / "p.jsonl"
    kept.write_text('{"id": "aaa.identity.0", "task_id": "aaa", "test_index": 0, "view": "identity", "grid": null}\n')
    p = run_script(*predict_args(formatted, "--adapter", tmp_path / "nothing", "--predictions", kept, "--overwrite"),
                   check=False)
    assert p.returncode == 2 and "no adapter_config.json" in p.stderr
    assert "aaa.identity.0" in kept.read_text()  # a run that cannot start loses nothing
    p = run_script(*train_args(formatted, tmp_path, "--backend", "unsloth"), check=False)
    assert p.returncode == 2 and "needs a CUDA GPU" in p.stderr


@pytest.mark.parametrize("shrink", [False, True], ids=["full_vocab", "shrunk_vocab"])
def test_predict_loads_an_adapter_with_an_added_pad_token(formatted, tiny, tmp_path, shrink):
    """unsloth adds a pad token to Llama 3's tokenizer (128,257 rows), so the adapters it trains carry one more
    embedding row than the base model (seen on the H100: the peft backend could not load them). 04 must load such
    an adapter: the model grows to the adapter's rows before the adapter (or the --shrink-vocab cut) is applied."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from arcft.modeling import VOCAB_FILE, shrink_vocab
    from arcft.textformat import GridFormat
    tok = AutoTokenizer.from_pretrained(tiny)
    model = AutoModelForCausalLM.from_pretrained(tiny)
    rows = model.get_input_embeddings().weight.shape[0]
    tok.add_special_tokens({"pad_token": "<|PAD_TOKEN|>"})
    model.resize_token_embeddings(len(tok))
    assert len(tok) == rows + 1 and tok.pad_token_id == rows
    adapter = tmp_path / "adapter"
    if shrink:
        keep = GridFormat(tok, compact=True).vocab
        assert rows in keep  # the new pad token is one of the rows kept
        shrink_vocab(model, keep)
    torch.manual_seed(0)
    cfg = LoraConfig(r=4, target_modules=["q_proj", "v_proj"], modules_to_save=["embed_tokens", "lm_head"])
    get_peft_model(model, cfg).save_pretrained(adapter)
    tok.save_pretrained(adapter)
    if shrink:
        (adapter / VOCAB_FILE).write_text(json.dumps(keep))
    ac = json.loads((adapter / "adapter_config.json").read_text())
    ac["base_model_name_or_path"] = str(tiny)
    (adapter / "adapter_config.json").write_text(json.dumps(ac))
    out = tmp_path / "p.jsonl"
    run_script(*predict_args(formatted, "--adapter", adapter, "--predictions", out, "--max-new-tokens", "4",
                             "--greedy", "--backend", "peft"))
    assert len(jsonl(out)) == 6
