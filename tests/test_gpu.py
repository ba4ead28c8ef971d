"""GPU-only checks of the unsloth path (skipped without CUDA + unsloth): the learning test through unsloth in bf16,
and a 4-bit train + predict round. On the GPU machine: python -m pytest -q -m gpu tests/test_gpu.py"""
import importlib.util
import json

import pytest

from conftest import predict_args, run_script, train_args


def _gpu_ready():
    try:
        import torch
        return torch.cuda.is_available() and importlib.util.find_spec("unsloth") is not None
    except ImportError:
        return False


pytestmark = [pytest.mark.gpu, pytest.mark.skipif(not _gpu_ready(), reason="needs a CUDA GPU and unsloth")]


@pytest.mark.parametrize("extra", [[], ["--shrink-vocab"]], ids=["full_vocab", "shrunk_vocab"])
def test_unsloth_bf16_learns_two_tasks(formatted, tiny, tmp_path, extra):
    d = tmp_path
    for f in ("01_eval.jsonl", "02_train.jsonl", "02_eval.jsonl"):
        (d / f).write_text((formatted / f).read_text())
    p = run_script(*train_args(d, tiny, "--backend", "unsloth", "--quant", "none", "--optim", "adamw_torch",
                               "--epochs", "60", "--lr", "3e-3", "--keep-pair-order", "--log-every", "20", *extra))
    assert "backend unsloth" in p.stdout
    log = [json.loads(line) for line in open(d / "03_train_log.jsonl")]
    assert log[-1]["loss"] < 0.2 and log[-1]["gpu_mem"] > 0
    run_script(*predict_args(d, "--backend", "unsloth", "--quant", "none", "--greedy"))
    run_script("05_score.py", "--eval", d / "01_eval.jsonl", "--predictions", d / "04_predictions.jsonl",
               "--out-dir", d)
    assert json.load(open(d / "05_scores.json"))["score"] == 1.0


def test_unsloth_4bit_train_and_predict(formatted, tiny, tmp_path):
    d = tmp_path
    for f in ("02_train.jsonl", "02_eval.jsonl"):
        (d / f).write_text((formatted / f).read_text())
    p = run_script(*train_args(d, tiny, "--backend", "unsloth", "--quant", "4bit", "--max-steps", "4"))
    assert "4-bit" in p.stdout
    run_script(*predict_args(d, "--backend", "unsloth", "--quant", "4bit", "--max-new-tokens", "16"))
    assert len((d / "04_predictions.jsonl").read_text().splitlines()) == 6


PADDING_FREE_CHECK = r'''
import sys, torch
import unsloth  # noqa: F401  (first, as 03 does)
from unsloth import FastLanguageModel
sys.path.insert(0, sys.argv[2])
from arcft.modeling import LORA_TARGETS, masked_lm_loss
from arcft.textformat import GridFormat
from arcft.trainset import StepCollator

torch.backends.cuda.enable_cudnn_sdp(False)  # as 03 does
model, tok = FastLanguageModel.from_pretrained(model_name=sys.argv[1], max_seq_length=2048, dtype=torch.bfloat16,
                                               load_in_4bit=False)
model = FastLanguageModel.get_peft_model(model, r=8, target_modules=list(LORA_TARGETS[:7]), lora_alpha=8,
                                         use_gradient_checkpointing=False, random_state=0)
model.train()
fmt = GridFormat(tok)
feats = []
for i in range(3):
    pairs = [{"input": [[i, k, 3], [k, 1, i]], "output": [[k, k + 1], [i, 2]]} for k in range(2 + i)]
    e = fmt.encode(pairs, [[i, 5, 3], [1, 1, i]], [[9, i], [4, 2]])
    feats.append({"input_ids": e.ids, "labels": e.labels("outputs")})
# 03's training step: one step's passes; flattened passes carry the sequence lengths
def passes(**kw):
    return [{k: v.cuda() for k, v in p.items()} for p in StepCollator(fmt.pad, 10**6, **kw)(feats)["passes"]]
with torch.no_grad():
    padded = sum(masked_lm_loss(model, p) for p in passes())
    flat_passes = passes(padding_free=True, seq_lengths=True)
    assert len(flat_passes) == 1 and "packed_seq_lengths" in flat_passes[0]
    flat = masked_lm_loss(model, flat_passes[0])
    mixed = masked_lm_loss(model, {k: v for k, v in flat_passes[0].items()
                                   if k not in ("packed_seq_lengths", "position_ids")})
print(f"RESULT padded={padded.item():.6f} flat={flat.item():.6f} mixed={mixed.item():.6f}")
'''


def test_unsloth_padding_free_is_exact(tmp_path):
    """--padding-free with unsloth: 03's flattened passes (with the sequence lengths) give the padded passes' loss;
    the same flat pass without them (attention across sequences) does not."""
    import subprocess
    import sys

    from arcft.tiny import build
    from conftest import REPO
    model = build(tmp_path / "m", hidden_size=256, intermediate_size=512, initializer_range=0.3)
    p = subprocess.run([sys.executable, "-c", PADDING_FREE_CHECK, str(model), str(REPO)], capture_output=True,
                       text=True, timeout=600)
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-3000:]
    vals = dict(kv.split("=") for kv in p.stdout.split("RESULT ")[1].split())
    padded, flat, mixed = (float(vals[k]) for k in ("padded", "flat", "mixed"))
    print(p.stdout.split("RESULT ")[1])
    assert abs(flat - padded) < 0.015 * padded  # bf16
    assert abs(mixed - padded) > 5 * abs(flat - padded) + 1e-3  # what cross-contamination looks like


def test_fast_engine_graphs_with_a_prompts_kv_shared_by_its_samples(tiny):
    """04's engine on CUDA in bf16 (plain weights: the decoding step replays as a CUDA graph): the step where a
    prompt's K/V is held once for its samples gives the eager step's logits as a captured graph, generate() captures
    it without failing, and rows of one prompt under top-k 1 come out the same. Llama's RMSNorm through torch's
    rms_norm stays within bf16 rounding of the module."""
    import torch
    from transformers import AutoModelForCausalLM

    from arcft import fastgen
    m = AutoModelForCausalLM.from_pretrained(tiny, dtype=torch.bfloat16).cuda().eval()
    prompts = [[128000] + [15 + (i * 7 + j) % 10 for j in range(n)] for i, n in enumerate((5, 40, 17, 90))]
    eng, S, n = fastgen._Engine(m, cuda_graphs=True), 2, len(prompts)
    assert eng.graphs
    width, plen = max(map(len, prompts)), torch.tensor([len(p) for p in prompts], device="cuda")
    with torch.inference_mode(), fastgen._attention_backends():
        shared = fastgen._SharedPrompts(eng.new_cache(n, width), fastgen._prompt_bias(plen, width, width, eng.dtype), S)
        eng.prefill(prompts, shared.cache, width, 16384)
        gen, bias = eng.new_cache(n * S, 64), fastgen._prompt_bias(plen.repeat_interleave(S), 0, 64, eng.dtype)
        graph = fastgen._GraphStep(eng.device, n * S, lambda t, p, c: eng.step_shared(t, p, shared, gen, bias, c))
        for s in range(4):
            tok = torch.full((n * S,), 15 + s, device="cuda")
            pos = plen.repeat_interleave(S) + s
            eager = eng.step_shared(tok, pos, shared, gen, bias, s).clone()
            torch.testing.assert_close(graph(tok, pos, s), eager, atol=3e-2, rtol=3e-2)
        x = torch.randn(8, m.config.hidden_size, dtype=torch.bfloat16, device="cuda")
        norm = m.model.layers[0].input_layernorm
        torch.testing.assert_close(eng._rms(norm, x), norm(x), atol=2e-2, rtol=2e-2)
    rows = fastgen.generate(m, prompts, stop_ids=[128255], max_new_tokens=40,
                            sampling=fastgen.Sampling(samples=3, top_k=1))
    assert fastgen._stats.get("graphs", 0) >= 1 and not fastgen._stats.get("graph_failed")
    assert all(rows[3 * i] == rows[3 * i + 1] == rows[3 * i + 2] for i in range(n))


def test_ragged_decode_kernel_on_cuda(tiny, monkeypatch):
    """arcft.decode_kernel (Triton) compiled for CUDA, in bf16: attention over each row's own slots equals masked
    SDPA; a decoding step with it gives SDPA's logits, eagerly and as a captured graph, and so does the step of
    rows sharing a prompt's K/V; generate() with it (the default on CUDA) captures its steps as CUDA graphs, one
    row a prompt and two, and so does generate() through SDPA (ARCFT_DECODE_ATTENTION=sdpa)."""
    import torch
    import torch.nn.functional as F
    from transformers import AutoModelForCausalLM

    from arcft import decode_kernel, fastgen
    q = torch.randn(64, 8, 4, 128, dtype=torch.bfloat16, device="cuda")
    K, V = (torch.randn(64, 8, 1024, 128, dtype=torch.bfloat16, device="cuda") for _ in range(2))
    start = torch.randint(0, 900, (64,), dtype=torch.int32, device="cuda")
    end = torch.tensor([1000], dtype=torch.int32, device="cuda")
    slot = torch.arange(1024, device="cuda")
    bias = torch.zeros(64, 1, 1, 1024, dtype=torch.bfloat16, device="cuda").masked_fill_(
        ((slot[None] < start[:, None]) | (slot[None] >= 1000))[:, None, None], float("-inf"))
    want = F.scaled_dot_product_attention(q, K, V, attn_mask=bias)
    for splits in (1, 4, 16):
        torch.testing.assert_close(decode_kernel.attention(q, K, V, start, end, splits), want, atol=2e-2, rtol=2e-2)
    m = AutoModelForCausalLM.from_pretrained(tiny, dtype=torch.bfloat16).cuda().eval()
    prompts = [[128000] + [15 + (i * 7 + j) % 10 for j in range(n)] for i, n in enumerate((200, 150, 40, 17, 5))]
    eng, n = fastgen._Engine(m, cuda_graphs=True), len(prompts)
    width, plen = max(map(len, prompts)), torch.tensor([len(p) for p in prompts], device="cuda")
    ragged = ((width - plen).to(torch.int32), 4)
    with torch.inference_mode(), fastgen._attention_backends():
        cache = eng.new_cache(n, width + 64 - width % 64)
        bias = fastgen._prompt_bias(plen, width, cache[0][0].shape[2], eng.dtype)
        eng.prefill(prompts, cache, width, 16384)
        graph = fastgen._GraphStep(eng.device, n, lambda t, p, c: eng.step(t, p, cache, bias, c, ragged=ragged))
        for s in range(4):
            tok, pos = torch.full((n,), 15 + s, device="cuda"), plen + s
            whole = eng.step(tok, pos, cache, bias, width + s).clone()
            torch.testing.assert_close(eng.step(tok, pos, cache, bias, width + s, ragged=ragged), whole, atol=3e-2,
                                       rtol=3e-2)
            torch.testing.assert_close(graph(tok, pos, width + s), whole, atol=3e-2, rtol=3e-2)
        # 2 rows a prompt over its K/V held once (step_shared), the prompts' part through the kernel
        S = 2
        shared = fastgen._SharedPrompts(eng.new_cache(n, width), fastgen._prompt_bias(plen, width, width, eng.dtype), S)
        eng.prefill(prompts, shared.cache, width, 16384)
        gen, gbias = eng.new_cache(n * S, 64), fastgen._prompt_bias(plen.repeat_interleave(S), 0, 64, eng.dtype)
        for s in range(4):
            tok, pos = torch.full((n * S,), 15 + s, device="cuda"), plen.repeat_interleave(S) + s
            whole = eng.step_shared(tok, pos, shared, gen, gbias, s).clone()
            torch.testing.assert_close(eng.step_shared(tok, pos, shared, gen, gbias, s, ragged=ragged), whole,
                                       atol=3e-2, rtol=3e-2)
    for mode in ("", "sdpa"):
        monkeypatch.setenv("ARCFT_DECODE_ATTENTION", mode)
        assert decode_kernel.wanted(torch.device("cuda"), 128) == (mode == "")
        for sampling in (fastgen.Sampling(greedy=True), fastgen.Sampling(samples=2, with_greedy=True)):
            rows = fastgen.generate(m, prompts, stop_ids=[128255], lengths=[40] * n, sampling=sampling)
            assert [len(r) for r in rows] == [40] * n * sampling.samples and fastgen._stats.get("graphs", 0) >= 1
            assert not fastgen._stats.get("graph_failed")


def test_packed_scoring_on_cuda(tiny, monkeypatch):
    """The scoring pass on CUDA: the flash kernel over variable-length sequences (grouped K/V heads, causal aligned
    at the end) equals SDPA per sequence, and score_continuations gives each candidate's log-probability after its
    prompt as the whole sequence through transformers gives it (bf16), with the flash kernel and arcft.fused's
    kernels or without them."""
    import random

    import torch
    from transformers import AutoModelForCausalLM

    from arcft import fastgen, teacher
    from arcft.modeling import sequence_logprobs
    seqs = [(37, 5), (0, 12), (200, 1), (64, 64)]
    H, Hkv, D = 8, 2, 64
    q = torch.randn(sum(n for _, n in seqs), H, D, dtype=torch.bfloat16, device="cuda")
    K, V = (torch.randn(sum(p + n for p, n in seqs), Hkv, D, dtype=torch.bfloat16, device="cuda") for _ in range(2))
    packed = fastgen.Varlen(seqs, q.device)
    torch.testing.assert_close(fastgen.varlen_attention(q, K, V, packed, flash=True),
                               fastgen.varlen_attention(q, K, V, packed, flash=False), atol=2e-2, rtol=2e-2)
    m = AutoModelForCausalLM.from_pretrained(tiny, dtype=torch.bfloat16).cuda().eval()
    rng = random.Random(0)
    groups = [([128000] + [rng.randrange(15, 25) for _ in range(n)], [[rng.randrange(15, 25) for _ in range(k)]
                                                                       for k in ks])
              for n, ks in ((5, (4, 9, 1)), (90, (7,)), (30, (30, 2, 5, 11)))]
    want = [x for p, cs in groups for x in sequence_logprobs(m, [(p + c, [-100] * len(p) + c) for c in cs], 0, 4096)]
    for fast in (True, False):
        monkeypatch.setattr(fastgen, "_FUSED", fast)
        monkeypatch.setattr(fastgen, "_flash_ok", lambda q: fast)
        assert fastgen._Engine(m).fused == fast
        got = [x for g in teacher.score_continuations(m, groups) for x in g]
        assert got == pytest.approx(want, rel=2e-2, abs=0.5), fast


def test_fused_kernels_on_cuda():
    """arcft.fused on CUDA at Llama-3-8B's widths: RMSNorm, silu * up and the rotary embedding (q and k as one
    strided slice of q/k/v) as transformers computes them in bf16: the first two but for a rare rounding (the sum's
    order, the exponential), the rotary embedding exactly."""
    import torch

    from arcft import fused
    assert fused.usable(torch.device("cuda"), torch.bfloat16)
    x = torch.randn(3000, 4096, dtype=torch.bfloat16, device="cuda") * 3
    w = torch.randn(4096, dtype=torch.bfloat16, device="cuda")
    gate_up = torch.randn(3000, 2 * 14336, dtype=torch.bfloat16, device="cuda") * 4
    qkv = torch.randn(3000, 48, 128, dtype=torch.bfloat16, device="cuda") * 3
    cos, sin = torch.randn(2, 3000, 128, dtype=torch.bfloat16, device="cuda")
    for got, want in ((fused.rms_norm(x, w, 1e-5), fused.rms_norm_reference(x, w, 1e-5)),
                      (fused.silu_mul(gate_up), fused.silu_mul_reference(gate_up))):
        assert got.shape == want.shape and got.dtype == want.dtype
        torch.testing.assert_close(got, want, atol=2e-2, rtol=2e-2)
        assert (got != want).float().mean() < 0.01
    # the rotary embedding has no sum or exponential: bit for bit, once FMA contraction is off (with it, 3.7M of these
    # 15.4M values differed, by up to 0.25: 2026-11-29 c)
    assert torch.equal(fused.rope(qkv[:, :40], cos, sin), fused.rope_reference(qkv[:, :40], cos, sin))

