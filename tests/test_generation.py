"""Batching for 04_predict: length-grouped, capped in prompts and in tokens, every prompt exactly once."""
import random

from arcft.generation import kv_bytes_per_token, length_batches


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
