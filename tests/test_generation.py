"""Batching for 04_predict: length-grouped, capped in prompts and in tokens, every prompt exactly once."""
import random

from arcft.fastgen import kv_bytes_per_token
from arcft.generation import length_batches


def test_length_batches_cover_everything_once_within_caps():
    rng = random.Random(0)
    costs = [rng.randint(50, 9000) for _ in range(300)]
    keys = [(c // 100, c) for c in costs]
    batches = list(length_batches(keys, costs, batch_size=16, max_batch_tokens=40000))
    assert sorted(i for b in batches for i in b) == list(range(300))
    for b in batches:
        assert len(b) <= 16
        assert len(b) == 1 or len(b) * max(costs[i] for i in b) <= 40000
    # biggest first, and each batch holds neighbours in key order
    firsts = [keys[b[0]] for b in batches]
    assert firsts == sorted(firsts, reverse=True)


def test_single_oversized_prompt_still_gets_a_batch():
    assert list(length_batches([(5,)], [10**6], batch_size=8, max_batch_tokens=100)) == [[0]]


def test_kv_bytes_per_token_llama3_8b():
    class Cfg:
        hidden_size, num_attention_heads, num_key_value_heads, num_hidden_layers, head_dim = 4096, 32, 8, 32, None

    class M:
        config, dtype = Cfg(), "torch.bfloat16"
    # 32 layers x (K and V) x 8 heads x 128 dims x 2 bytes = 128 KiB per token
    assert kv_bytes_per_token(M()) == 128 * 1024


def test_static_cache_generates_what_the_dynamic_one_does(tiny):
    """04 --cache static: same greedy tokens as the default cache for a left-padded batch of unequal prompts."""
    from transformers import AutoModelForCausalLM

    from arcft.generation import generate_batch
    model = AutoModelForCausalLM.from_pretrained(tiny).eval()
    prompts = [[128000, 15, 16, 198, 17] * 3, [128000, 18, 198] * 2, [128000] + [19] * 20]
    seen = []
    generate = model.generate

    def spy(**kw):
        out = generate(**kw, return_dict_in_generate=True)
        seen.append(type(out.past_key_values).__name__)
        return out.sequences
    model.generate = spy
    dyn, _ = generate_batch(model, prompts, 0, [128001], 12, greedy=True)
    sta, _ = generate_batch(model, prompts, 0, [128001], 12, greedy=True, cache="static")
    assert seen == ["DynamicCache", "StaticCache"]
    assert dyn == sta and all(len(d) == 12 for d in dyn)
