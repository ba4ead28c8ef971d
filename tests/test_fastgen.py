"""arcft.fastgen against Hugging Face: greedy tokens equal HF generate run on each prompt alone (whatever the
batching, prefill chunking, cache growth or compaction), first-step logits equal HF's forward, stop ids cut and
`lengths` fix the output, sampling is seeded, stays in the top k and gives each row the same tokens in any batch,
weight fusion leaves the model unchanged."""
import random

import pytest
import torch

from arcft import fastgen, teacher
from arcft.fastgen import Sampling

GREEDY = Sampling(greedy=True)

NEVER = 128255  # a reserved special token the random model never produces here
STEPS = 24      # > 16: the stop/compaction check runs once mid-way
LENS = (3, 60, 17, 4, 33)


def _prompts(lens=LENS, seed=0) -> list[list[int]]:
    rng = random.Random(seed)
    return [[128000] + [rng.choice(list(range(15, 25)) + [198]) for _ in range(n - 1)] for n in lens]


def _load(path):
    from transformers import AutoModelForCausalLM
    return AutoModelForCausalLM.from_pretrained(path).eval()


def _hf_greedy(model, prompt: list[int], steps: int) -> list[int]:
    """HF generate on one prompt alone: no padding, no batching."""
    with torch.inference_mode():
        ids = torch.tensor([prompt])
        g = model.generate(input_ids=ids, attention_mask=torch.ones_like(ids), do_sample=False, max_new_tokens=steps,
                           eos_token_id=NEVER, pad_token_id=0)
    return g[0, len(prompt):].tolist()


def _hf_last_logits(model, prompt: list[int]) -> torch.Tensor:
    with torch.inference_mode():
        return model(torch.tensor([prompt])).logits[0, -1].float()


@pytest.fixture(scope="module")
def model(tiny):
    """The tiny random model with sharper attention: at init its attention is nearly uniform, so a wrong position
    or mask would hardly change the tokens; q and k scaled by sqrt(30) make them depend on both."""
    m = _load(tiny)
    with torch.no_grad():
        for layer in m.model.layers:
            layer.self_attn.q_proj.weight.mul_(30 ** 0.5)
            layer.self_attn.k_proj.weight.mul_(30 ** 0.5)
    return m


@pytest.fixture(scope="module")
def refs(model):
    prompts = _prompts()
    return prompts, [_hf_greedy(model, p, STEPS) for p in prompts]


def _cut(row: list[int], stops) -> list[int]:
    k = next((j for j, t in enumerate(row) if t in stops), None)
    return row if k is None else row[:k + 1]


@pytest.mark.parametrize("kw,expect", [
    ({}, {"batches": 1, "prefill_chunks": 1}),
    ({"kv_budget_tokens": 2 * (60 + 20 + 64)}, {"batches": 3}),                 # at most 2 prompts a batch
    ({"prefill_tokens": 8}, {"prefill_chunks": 4}),                             # 3+4 packed, the rest alone
    ({"reserve": [1] * 5}, {"grows": 1}),                                       # cache starts short, grows
], ids=["one_batch", "several_batches", "prefill_chunks", "cache_grows"])
def test_greedy_equals_hf_generate_alone(model, refs, kw, expect):
    prompts, ref = refs
    out = fastgen.generate(model, prompts, stop_ids=[NEVER], max_new_tokens=20, sampling=GREEDY, **kw)
    assert out == [r[:20] for r in ref]
    for k, v in expect.items():
        assert fastgen._stats.get(k, 0) >= v if k == "grows" else fastgen._stats.get(k) == v, (k, fastgen._stats)


def test_first_logits_match_hf_forward(model):
    prompts = _prompts()
    for chunk in (16384, 8):
        got = fastgen._first_logits(model, prompts, prefill_tokens=chunk)
        for p, g in zip(prompts, got):
            torch.testing.assert_close(g, _hf_last_logits(model, p), atol=1e-4, rtol=1e-4)


def test_stop_ids_cut_rows_and_compaction_keeps_the_rest_exact(model, refs):
    prompts, ref = refs
    # stop tokens that end rows 0-2 early but never occur in rows 3-4, which must run all STEPS
    later = set(ref[3]) | set(ref[4])
    stops = []
    for r in range(3):
        stops.append(next(t for t in ref[r][:10] if t not in later))
    expect = [_cut(r, stops) for r in ref]
    assert sum(len(e) <= 12 for e in expect) >= 2 and len(expect[3]) == len(expect[4]) == STEPS
    seen = []
    out = fastgen.generate(model, prompts, stop_ids=stops, max_new_tokens=STEPS, sampling=GREEDY,
                           on_batch=lambda idx, outs, dt, lps: seen.append((idx, outs)))
    assert out == expect
    assert fastgen._stats.get("compactions", 0) >= 1
    # the one batch reported every prompt once, with its outputs
    assert len(seen) == 1 and sorted(seen[0][0]) == list(range(5))
    assert all(out[i] == o for i, o in zip(*seen[0]))


def test_lengths_are_exact_even_past_stop_ids(model, refs):
    prompts, ref = refs
    lengths = [1, 20, 7, 0, 13]
    stops = [ref[1][2], ref[4][0]]  # would end rows 1 and 4 early
    out = fastgen.generate(model, prompts, stop_ids=stops, lengths=lengths, sampling=GREEDY)
    assert out == [r[:n] for r, n in zip(ref, lengths)]


def test_sampling_seeded_top_k_and_top1_is_greedy(model, refs):
    prompts, ref = refs
    kw = dict(stop_ids=[NEVER], max_new_tokens=8)
    a = fastgen.generate(model, prompts, sampling=Sampling(seed=3), **kw)
    assert a == fastgen.generate(model, prompts, sampling=Sampling(seed=3), **kw)
    assert a != fastgen.generate(model, prompts, sampling=Sampling(seed=4), **kw)
    ids = [f"task{i}" for i in range(5)]
    k = fastgen.generate(model, prompts, sampling=Sampling(seed=3), keys=ids, **kw)
    assert k == fastgen.generate(model, prompts, sampling=Sampling(seed=3), keys=ids, **kw) and k != a
    assert fastgen.generate(model, prompts, sampling=Sampling(top_k=1, seed=5), **kw) == [r[:8] for r in ref]
    # the first sampled token is always one of the reference's top 3
    top = [set(_hf_last_logits(model, p).topk(3).indices.tolist()) for p in prompts]
    firsts = [fastgen.generate(model, prompts, stop_ids=[NEVER], lengths=[1] * 5,
                               sampling=Sampling(top_k=3, temperature=2.0, seed=s)) for s in range(6)]
    for run in firsts:
        assert all(o[0] in t for o, t in zip(run, top))
    assert len({o[0] for run in firsts for o in run}) > 5  # and it does sample


def test_sampled_rows_do_not_depend_on_the_batch(model, refs):
    """Each row draws from its own stream (seed, key, sample index): the rows are the same whether the prompts run
    together, one by one, or in another order, which is what lets several processes write one process's records."""
    prompts, _ = refs
    ids = [f"task{i}" for i in range(5)]
    kw = dict(stop_ids=[NEVER], max_new_tokens=STEPS, sampling=Sampling(seed=3, samples=3, top_k=5))
    together = fastgen.generate(model, prompts, keys=ids, **kw)
    alone = [fastgen.generate(model, [p], keys=[k], **kw) for p, k in zip(prompts, ids)]
    assert together == [row for rows in alone for row in rows]
    order = [3, 0, 4, 1, 2]
    shuffled = fastgen.generate(model, [prompts[i] for i in order], keys=[ids[i] for i in order], **kw)
    assert shuffled == [together[i * 3 + j] for i in order for j in range(3)]
    assert len({tuple(r) for r in together}) > 5  # and the samples differ


def test_noise_made_step_by_step_gives_the_same_rows(model, refs, monkeypatch):
    """Where a batch's noise for every step would not fit (full-vocabulary sampling), it is made step by step: the
    same numbers, so the same rows."""
    prompts, _ = refs
    kw = dict(stop_ids=[NEVER], max_new_tokens=STEPS, keys=[f"t{i}" for i in range(5)],
              sampling=Sampling(seed=1, samples=2, top_k=0))
    whole = fastgen.generate(model, prompts, **kw)
    monkeypatch.setattr(fastgen, "_NOISE_ELEMENTS", 0)
    assert fastgen.generate(model, prompts, **kw) == whole


def test_row_streams_are_splitmix64_and_sample_the_softmax():
    """The counter-based generator: SplitMix64's output function (checked against Python's integers), uniform in
    (0, 1); the Gumbel-max draw over rows with their own seeds follows softmax(logits / temperature)."""
    mask = (1 << 64) - 1

    def ref(z):
        z = (z + 0x9E3779B97F4A7C15) & mask
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & mask
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & mask
        return z ^ (z >> 31)
    xs = [0, 1, 12345, (1 << 63) - 1, 2 ** 62 + 7]
    assert [int(v) & mask for v in fastgen._splitmix(torch.tensor(xs))] == [ref(x) for x in xs]
    assert fastgen.row_seed(0, "a", 1) == fastgen.row_seed(0, "a", 1) != fastgen.row_seed(0, "a", 0)
    n = 20000
    seeds = torch.tensor([fastgen.row_seed(7, f"p{i}", 0) for i in range(n)])
    u = fastgen._uniform(seeds, torch.tensor([4]), 3)[:, 0]
    assert u.min() > 0 and u.max() < 1 and abs(u.mean().item() - 0.5) < 0.01
    # the noise made for all steps at once is the noise of each step alone
    block = fastgen._gumbel(seeds[:50], torch.arange(6), 3)
    assert torch.equal(block[:, 4], fastgen._gumbel(seeds[:50], torch.tensor([4]), 3)[:, 0])
    logits = torch.tensor([[0.0, 1.0, 2.0, -9.0]]).repeat(n, 1)
    for top_k, temperature in ((0, 1.0), (3, 2.0)):
        noise = fastgen._gumbel(seeds, torch.tensor([4]), fastgen._draw_columns(top_k, 4))[:, 0]
        tok = fastgen._sample(logits, None, top_k, temperature, noise)
        want = (logits[0] / temperature).softmax(-1)
        if top_k:
            want = torch.cat([(logits[0, :3] / temperature).softmax(-1), torch.zeros(1)])
        got = torch.bincount(tok, minlength=4) / n
        assert torch.allclose(got, want, atol=0.015), (got, want)  # ~4 standard errors


def test_whole_cache_step_equals_sliced_step(model, refs):
    """The CUDA-graph form of a decoding step (slot as a tensor, attention over the whole cache) gives the
    logits of the eager form (attention up to the slot)."""
    prompts, ref = refs
    eng = fastgen._Engine(model)
    width = max(len(p) for p in prompts)
    runs = []
    with torch.inference_mode():
        for whole in (False, True):
            cache, length = eng.new_cache(len(prompts), width + 64), width + 64
            plen = torch.tensor([len(p) for p in prompts])
            bias = torch.zeros(len(prompts), 1, 1, length)
            slot = torch.arange(length)[None]
            bias.masked_fill_(((slot < width - plen[:, None]) | (slot >= width))[:, None, None], float("-inf"))
            eng.prefill(prompts, cache, width, 16384)
            logits = []
            for s in range(4):
                tok = torch.tensor([r[s] for r in ref])
                cur = torch.tensor([width + s]) if whole else width + s
                logits.append(eng.step(tok, plen + s, cache, bias, cur))
            runs.append(torch.stack(logits))
    torch.testing.assert_close(runs[1], runs[0], atol=1e-5, rtol=1e-5)
    assert runs[0][:, :, :].argmax(-1).T.tolist() == [r[1:5] for r in ref]


def test_plan_batches_cover_everything_within_budget():
    rng = random.Random(1)
    lens = [rng.randint(20, 3000) for _ in range(200)]
    res = [rng.randint(5, 931) for _ in range(200)]
    budget = 40000
    batches = fastgen.plan_batches(lens, res, 500, budget, 16)
    assert sorted(i for b in batches for i in b) == list(range(200))
    for b in batches:
        assert 1 <= len(b) <= 16
        cost = len(b) * (max(lens[i] for i in b) + max(min(res[i], 500) for i in b) + 64)
        assert len(b) == 1 or cost <= budget
    # largest reserve first
    firsts = [max(min(res[i], 500) for i in b) for b in batches]
    assert firsts == sorted(firsts, reverse=True)
    assert fastgen.plan_batches([10**6], None, 931, 100, 8) == [[0]]
    assert fastgen.plan_batches([5, 5, 5], None, 10, 10**9, 2) == [[0, 1], [2]]


def test_fusion_keeps_the_model_forward(tiny):
    model = _load(tiny)
    ids = torch.tensor([_prompts()[1]])
    with torch.inference_mode():
        before = model(ids).logits
    fastgen.generate(model, [ids[0].tolist()], stop_ids=[NEVER], max_new_tokens=2, sampling=GREEDY)
    attn, mlp = model.model.layers[0].self_attn, model.model.layers[0].mlp
    fused = attn.__dict__["_fastgen_fused"]
    assert attn.k_proj.weight.untyped_storage().data_ptr() == fused.untyped_storage().data_ptr()
    assert (mlp.up_proj.weight.untyped_storage().data_ptr()
            == mlp.__dict__["_fastgen_fused"].untyped_storage().data_ptr())
    with torch.inference_mode():
        after = model(ids).logits
    torch.testing.assert_close(after, before, atol=1e-6, rtol=0)
    fastgen.generate(model, [ids[0].tolist()], stop_ids=[NEVER], max_new_tokens=2, sampling=GREEDY)
    assert attn.__dict__["_fastgen_fused"] is fused  # fused once per model


def test_lora_wrapped_model_runs_through_its_modules(tiny):
    """peft LoRA layers (not plain Linear: no fusion) with non-zero B, so the adapter changes the output."""
    from peft import LoraConfig, get_peft_model
    torch.manual_seed(0)
    model = get_peft_model(_load(tiny), LoraConfig(r=4, target_modules=["q_proj", "v_proj", "gate_proj"],
                                                   init_lora_weights=False)).eval()
    assert fastgen.supports(model)
    prompts = _prompts((9, 40))
    out = fastgen.generate(model, prompts, stop_ids=[NEVER], max_new_tokens=6, sampling=GREEDY)
    assert out == [_hf_greedy(model, p, 6) for p in prompts]
    assert "_fastgen_fused" not in model.get_base_model().model.layers[0].self_attn.__dict__


def test_unsupported_models():
    assert not fastgen.supports(torch.nn.Linear(2, 2))
    with pytest.raises(fastgen.Unsupported):
        fastgen.generate(torch.nn.Linear(2, 2), [[1, 2]], stop_ids=[0])


def test_lengths_with_reserve_batch_like_a_real_run(model, refs, monkeypatch):
    """A benchmark passes the true lengths and 02's estimates: batches must come from the estimates (all a real
    run knows), and answers longer than their estimate grow the cache and stay exact."""
    prompts, ref = refs
    lengths, reserve = [20, 3, 20, 5, 12], [2, 1, 2, 1, 2]
    seen = []
    plan = fastgen.plan_batches
    monkeypatch.setattr(fastgen, "plan_batches", lambda lens, res, *a: seen.append(res) or plan(lens, res, *a))
    out = fastgen.generate(model, prompts, stop_ids=[NEVER], lengths=lengths, reserve=reserve, sampling=GREEDY,
                           kv_budget_tokens=10**6)
    assert seen == [reserve]
    assert out == [r[:n] for r, n in zip(ref, lengths)]
    assert fastgen._stats.get("grows", 0) >= 1


def _hf_logprob(model, prompt: list[int], new: list[int]) -> float:
    """Teacher-forced log-probability of `new` after `prompt` under HF's forward (temperature 1)."""
    with torch.inference_mode():
        logits = model(torch.tensor([prompt + new])).logits[0, len(prompt) - 1:-1].float()
    return logits.log_softmax(-1).gather(-1, torch.tensor(new)[:, None]).sum().item()


def test_samples_share_one_prefill_and_every_row_is_exact(model, refs):
    """Several samples per prompt: one prefill, the prompt's K/V copied to each of its rows. With top-k 1 every row
    must be the greedy reference (a wrong copy would show), and with_greedy makes the first row the argmax one."""
    prompts, ref = refs
    out = fastgen.generate(model, prompts, stop_ids=[NEVER], max_new_tokens=12,
                           sampling=Sampling(top_k=1, samples=3), kv_budget_tokens=10**6)
    assert fastgen._stats["prefill_chunks"] == 1 and fastgen._stats["batches"] == 1
    assert out == [r[:12] for r in ref for _ in range(3)]
    mixed, lps = fastgen.generate(model, prompts, stop_ids=[NEVER], max_new_tokens=12, return_logprobs=True,
                                  sampling=Sampling(samples=4, with_greedy=True, top_k=5, seed=2))
    assert len(mixed) == len(lps) == 20
    assert [mixed[4 * i] for i in range(5)] == [r[:12] for r in ref]  # row 0 of each prompt: greedy
    assert len({tuple(mixed[4 * i + j]) for i in range(5) for j in (1, 2, 3)}) > 5  # the others sampled
    # the log-probability of each row is its tokens' teacher-forced log-probability under the model
    for i, p in enumerate(prompts):
        for j in (0, 1):
            assert lps[4 * i + j] == pytest.approx(_hf_logprob(model, p, mixed[4 * i + j]), abs=1e-3)


def test_shared_prompt_step_equals_the_step_on_copied_prompts(model, refs):
    """Several rows per prompt read its K/V held once (step_shared): the logits of step() on a cache with the
    prompt copied to each row, in the eager form and in the CUDA-graph form (slot a tensor, the whole cache)."""
    prompts, ref = refs
    eng, S, n = fastgen._Engine(model), 2, len(prompts)
    width, plen = max(len(p) for p in prompts), torch.tensor([len(p) for p in prompts])
    rows_plen = plen.repeat_interleave(S)
    toks = [torch.tensor([r[s] for r in ref for _ in range(S)]) for s in range(4)]
    with torch.inference_mode():
        copied = eng.new_cache(n * S, width + 64)
        eng.prefill([p for p in prompts for _ in range(S)], copied, width, 16384)
        bias = fastgen._prompt_bias(rows_plen, width, width + 64, torch.float32)
        expect = torch.stack([eng.step(toks[s], rows_plen + s, copied, bias, width + s) for s in range(4)])
        shared = fastgen._SharedPrompts(eng.new_cache(n, width), fastgen._prompt_bias(plen, width, width,
                                                                                      torch.float32), S)
        eng.prefill(prompts, shared.cache, width, 16384)
        for whole in (False, True):
            gen, gen_bias = eng.new_cache(n * S, 64), fastgen._prompt_bias(rows_plen, 0, 64, torch.float32)
            got = torch.stack([eng.step_shared(toks[s], rows_plen + s, shared, gen, gen_bias,
                                               torch.tensor([s]) if whole else s) for s in range(4)])
            torch.testing.assert_close(got, expect, atol=1e-5, rtol=1e-5)


def test_shared_prompt_rows_end_apart_and_stay_exact(model, refs, monkeypatch):
    """Rows of a prompt that end at different steps (stop tokens) leave the cache a prompt at a time (compaction
    every 4 steps here): every row equals its prompt's run alone, the greedy row the reference, and each row's
    log-probability the teacher-forced one."""
    prompts, ref = refs
    monkeypatch.setattr(fastgen, "_CHECK_EVERY", 4)
    ids = [f"task{i}" for i in range(5)]
    stops = [ref[0][1], ref[2][3]]
    kw = dict(stop_ids=stops, max_new_tokens=STEPS, sampling=Sampling(seed=2, samples=3, top_k=3, with_greedy=True))
    out, lps = fastgen.generate(model, prompts, keys=ids, return_logprobs=True, **kw)
    assert fastgen._stats.get("compactions", 0) >= 1
    assert len({len(r) for r in out}) > 2  # the rows did end apart
    assert [out[3 * i] for i in range(5)] == [_cut(r, stops) for r in ref]
    alone = [fastgen.generate(model, [p], keys=[k], **kw) for p, k in zip(prompts, ids)]
    assert out == [row for rows in alone for row in rows]
    for i, p in enumerate(prompts):
        for j in range(3):
            assert lps[3 * i + j] == pytest.approx(_hf_logprob(model, p, out[3 * i + j]), abs=1e-3)
    # top-k 1: a prompt's rows end together; prompts 0-2 end early (prompt 1, the longest, leads the batch), 3-4
    # run on: the prompts' K/V must follow their rows out of the cache
    later = set(ref[3]) | set(ref[4])
    stops = [next(t for t in ref[r][:10] if t not in later) for r in range(3)]
    out = fastgen.generate(model, prompts, stop_ids=stops, max_new_tokens=STEPS, sampling=Sampling(top_k=1, samples=3))
    assert fastgen._stats.get("compactions", 0) >= 1
    assert out == [_cut(r, stops) for r in ref for _ in range(3)]


def test_scoring_passes_hold_a_token_and_a_key_budget():
    # rows (group, candidate, prompt length, continuation): a continuation's first token needs no pass (the
    # prefill's last logits score it), so a pass counts the others, and its keys as prompt + those
    rows = [(0, 0, 10, [1] * 9), (0, 1, 10, [1] * 6), (1, 0, 3, [1] * 4), (2, 0, 50, [1] * 2)]
    assert teacher._passes(rows, 100, 1000) == [(0, 4)]
    assert teacher._passes(rows, 13, 1000) == [(0, 2), (2, 4)]
    assert teacher._passes(rows, 100, 38) == [(0, 2), (2, 3), (3, 4)]  # 18 + 15 keys (+ 6 > 38), 6, 51 alone
    assert teacher._passes(rows, 100, 39) == [(0, 3), (3, 4)]
    assert teacher._passes(rows, 1, 1) == [(0, 1), (1, 2), (2, 3), (3, 4)]


def test_samples_count_against_the_batch_budget():
    assert fastgen.plan_batches([10, 10, 10, 10], None, 10, 4 * (10 + 10 + 64), 256, samples=2) == [[0, 1], [2, 3]]
    assert fastgen.plan_batches([10] * 4, None, 10, 10**9, 4, samples=2) == [[0, 1], [2, 3]]


def test_scoring_continuations_after_a_shared_prefix_equals_whole_sequences(model):
    """Product-of-experts scoring: each prefix prefilled once, its continuations run after its cache row, packed
    one after another, give the log-probabilities of scoring every (prefix + continuation) as a whole
    (arcft.modeling's teacher forcing), whatever the batching (one batch, or a budget that splits the groups, or
    one row per pass by tokens or by keys)."""
    from arcft.modeling import sequence_logprobs
    rng = random.Random(1)
    prefixes = _prompts((5, 40, 17, 3), seed=2)
    groups = [(p, [[rng.randrange(15, 25) for _ in range(n)] for n in lens])
              for p, lens in zip(prefixes, [(4, 9, 1, 6), (7,), (3, 3), (12, 2, 5)])]
    whole = [sequence_logprobs(model, [(p + c, [-100] * len(p) + c) for c in conts], 0, 4096) for p, conts in groups]
    got = teacher.score_continuations(model, groups)
    for a, b in zip(got, whole):
        assert a == pytest.approx(b, abs=1e-3)
    flat = [x for g in got for x in g]
    split = teacher.score_continuations(model, groups, kv_budget_tokens=60)
    assert [x for g in split for x in g] == pytest.approx(flat, abs=1e-4)
    import unittest.mock
    for limit in ("_SCORE_TOKENS", "_SCORE_KEYS"):
        with unittest.mock.patch.object(teacher, limit, 1):
            one_row = teacher.score_continuations(model, groups)
        assert [x for g in one_row for x in g] == pytest.approx(flat, abs=1e-4)
    vocab = model.get_output_embeddings().weight.shape[0]
    with unittest.mock.patch.object(teacher, "_SCORE_LOGITS", 3 * vocab):  # the head on 3 tokens at a time
        few_logits = teacher.score_continuations(model, groups)
    assert [x for g in few_logits for x in g] == pytest.approx(flat, abs=1e-4)
    assert teacher.score_continuations(model, [(prefixes[0], [])]) == [[]]


def test_a_batch_leaves_nothing_alive_for_the_next(model, monkeypatch):
    """A batch's cache is freed when the batch ends, by reference counting alone: on an H200 a captured step that
    kept its batch alive (a reference cycle) held the 8B model's whole KV cache into the next batch, which then ran
    out of memory. Graphs are stood in for on CPU by an eager step kept the same way."""
    import gc
    import weakref

    class Graphs(fastgen._Engine):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self.graphs = True

    class EagerGraph:  # holds the step as _GraphStep does
        def __init__(self, device, rows, step):
            self.step = step

        def __call__(self, tok, pos, cur):
            return self.step(tok, pos, cur)

    alive = []

    class Tracked(fastgen._Decoding):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            alive.append(weakref.ref(self))

    monkeypatch.setattr(fastgen, "_Engine", Graphs)
    monkeypatch.setattr(fastgen, "_GraphStep", EagerGraph)
    monkeypatch.setattr(fastgen, "_Decoding", Tracked)
    gc.collect()
    gc.disable()
    try:
        for sampling in (GREEDY, Sampling(samples=2, seed=0)):
            alive.clear()
            fastgen.generate(model, _prompts(), stop_ids=[NEVER], sampling=sampling, max_new_tokens=STEPS,
                             kv_budget_tokens=200)
            assert len(alive) > 1 and fastgen._stats["batches"] > 1
            assert [r for r in alive if r() is not None] == []
    finally:
        gc.enable()


def test_scoring_takes_attention_output_in_any_memory_layout(model, monkeypatch):
    """CUDA's attention kernels return their output with strides of their own (a .view of it failed on an H200):
    scores stay the same when attention hands back a differently laid out tensor."""
    groups = [(p, [[16, 17, 18], [19]]) for p in _prompts((5, 12), seed=3)]
    want = teacher.score_continuations(model, groups)
    sdpa = torch.nn.functional.scaled_dot_product_attention

    def other_layout(*a, **k):
        o = sdpa(*a, **k)
        return o.transpose(1, 2).contiguous().transpose(1, 2)
    monkeypatch.setattr(fastgen.F, "scaled_dot_product_attention", other_layout)
    got = teacher.score_continuations(model, groups)
    assert [x for g in got for x in g] == pytest.approx([x for g in want for x in g], abs=1e-5)


def test_decode_attention_switch(monkeypatch):
    """ARCFT_DECODE_ATTENTION: unset or auto, the Triton kernel on CUDA where it can run (Triton installed, a
    power-of-two head size) and SDPA elsewhere; sdpa turns it off; anything else is an error naming the variable."""
    from arcft import decode_kernel
    monkeypatch.setattr(decode_kernel, "_self_check", lambda *a: True)  # the kernel's own check: the next test
    cuda, cpu = torch.device("cuda"), torch.device("cpu")
    for mode in ("", "auto"):
        monkeypatch.setenv("ARCFT_DECODE_ATTENTION", mode)
        assert decode_kernel.wanted(cuda, 64) == (decode_kernel.triton is not None)
        assert not decode_kernel.wanted(cuda, 48) and not decode_kernel.wanted(cpu, 64)
    monkeypatch.setenv("ARCFT_DECODE_ATTENTION", "sdpa")
    assert not decode_kernel.wanted(cuda, 64)
    monkeypatch.setenv("ARCFT_DECODE_ATTENTION", "whole")
    with pytest.raises(ValueError, match="ARCFT_DECODE_ATTENTION='whole'"):
        decode_kernel.wanted(cuda, 64)


def test_a_kernel_that_fails_its_check_is_not_used(monkeypatch, capsys):
    """The kernel's first use on a device is checked (_self_check): one that fails to compile or run, or gives
    other results than softmax attention, leaves fastgen on SDPA with one line saying why, not a crash."""
    from arcft import decode_kernel
    if decode_kernel.triton is None:
        pytest.skip("needs Triton")

    def broken(*a, **k):
        raise RuntimeError("no kernel image is available for execution on the device")
    monkeypatch.setenv("ARCFT_DECODE_ATTENTION", "triton")  # the CPU stands in for the device (no CUDA here)
    monkeypatch.setenv("TRITON_INTERPRET", "1")
    for fake, why in ((broken, "RuntimeError: no kernel image"), (lambda q, *a: q * 0, "differ from SDPA")):
        decode_kernel._self_check.cache_clear()
        monkeypatch.setattr(decode_kernel, "attention", fake)
        assert not decode_kernel.wanted(torch.device("cpu"), 64, torch.float32)
        assert why in capsys.readouterr().err
    decode_kernel._self_check.cache_clear()


RAGGED_CHECK = r"""
import os, sys, json
import torch
from transformers import AutoModelForCausalLM
from arcft import decode_kernel, fastgen
assert decode_kernel.wanted(torch.device("cpu"), 16, torch.float32)  # also its own check, interpreted
torch.manual_seed(0)
q, K, V = torch.randn(3, 2, 3, 16), torch.randn(3, 2, 240, 16)[:, :, :200], torch.randn(3, 2, 200, 16)
start, end = torch.tensor([0, 70, 170], dtype=torch.int32), torch.tensor([181], dtype=torch.int32)
slot = torch.arange(200)
bad = (slot[None] < start[:, None].long()) | (slot[None] >= 181)
want = ((q @ K.transpose(-1, -2)) * 0.25).masked_fill(bad[:, None, None], float("-inf")).softmax(-1) @ V
for splits in (1, 4, 16):  # 16: the last row's 11 slots leave chunks empty
    torch.testing.assert_close(decode_kernel.attention(q, K, V, start, end, splits), want, atol=1e-5, rtol=1e-5)
m = AutoModelForCausalLM.from_pretrained(sys.argv[1]).eval()
with torch.no_grad():
    for layer in m.model.layers:
        layer.self_attn.q_proj.weight.mul_(30 ** 0.5)
        layer.self_attn.k_proj.weight.mul_(30 ** 0.5)
prompts, stops = json.loads(sys.argv[2]), json.loads(sys.argv[3])
fastgen._CHECK_EVERY = 4  # rows leave the batch (compaction) between stop tokens
calls, real = [], decode_kernel.attention
decode_kernel.attention = lambda *a, **k: calls.append(a[-1]) or real(*a, **k)
for sampling in (fastgen.Sampling(greedy=True), fastgen.Sampling(top_k=1, samples=2),
                 fastgen.Sampling(samples=3, with_greedy=True, top_k=3, seed=1)):  # the last two: shared prompts
    out = {}
    for mode in ("", "triton"):
        os.environ["ARCFT_DECODE_ATTENTION"] = mode
        calls.clear()
        out[mode] = fastgen.generate(m, prompts, stop_ids=stops, max_new_tokens=20, sampling=sampling,
                                     keys=[str(i) for i in range(len(prompts))])
        if mode:  # prompts leave the batch (compaction) where all their rows end early: not when sampled here
            assert calls and (sampling.top_k == 3 or fastgen._stats.get("compactions", 0) >= 1), fastgen._stats
        else:
            assert not calls
    assert out[""] == out["triton"], (sampling, out)
print("RAGGED OK")
"""


def test_ragged_kernel_reads_each_rows_slots_and_gives_the_sdpa_tokens(tiny, refs):
    """arcft.decode_kernel (Triton; the default on CUDA) under Triton's CPU interpreter: attention over each row's
    own run of slots equals masked softmax attention, for any number of chunks (empty ones too), and generate() with
    it gives the tokens of the SDPA path through stop tokens' compactions: one row a prompt, and several sharing a
    prompt's K/V (greedy, and sampled from each row's stream). Skipped where Triton is not installed (the CI's CPU
    environment); tests/test_gpu.py runs it on CUDA."""
    pytest.importorskip("triton")
    import json
    import os
    import subprocess
    import sys
    prompts, ref = refs
    env = {**os.environ, "TRITON_INTERPRET": "1", "ARCFT_DECODE_ATTENTION": "triton"}
    stops = [ref[0][1], ref[2][3]]
    p = subprocess.run([sys.executable, "-c", RAGGED_CHECK, str(tiny), json.dumps(prompts), json.dumps(stops)],
                       env=env, capture_output=True, text=True, timeout=600)
    assert p.returncode == 0 and "RAGGED OK" in p.stdout, p.stderr[-3000:]
