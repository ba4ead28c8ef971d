"""Any Llama-family model: tied embeddings, modules found through the model, context from the config, presets,
and fastgen on a tied model. Small random models built here; the tokenizer is the real Llama 3 one."""
import argparse

import pytest
import torch

from arcft.io import UserError
from arcft.modeling import (LORA_TARGETS, LoraSettings, apply_preset, load_for_inference, load_for_training,
                            model_context, pass_cap, resolve_targets, untie_embeddings)
from arcft.textformat import GridFormat

TRAIN = [{"input": [[1, 2], [3, 4]], "output": [[4, 3], [2, 1]]}]


@pytest.fixture(scope="module")
def tied(tmp_path_factory):
    """A tiny tied-embedding Llama (as SmolLM2 is) with the Llama 3 tokenizer, saved as a model folder."""
    from arcft.tiny import build
    return build(tmp_path_factory.mktemp("tied") / "model", tie_word_embeddings=True, max_position_embeddings=4096)


def _llama(**kw):
    from transformers import LlamaConfig, LlamaForCausalLM
    torch.manual_seed(0)
    return LlamaForCausalLM(LlamaConfig(vocab_size=300, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                                        num_attention_heads=4, num_key_value_heads=2, **kw))


def test_untie_gives_lm_head_its_own_copy():
    m = _llama(tie_word_embeddings=True)
    emb, head = m.get_input_embeddings(), m.get_output_embeddings()
    assert head.weight is emb.weight
    untie_embeddings(m)
    assert head.weight is not emb.weight and torch.equal(head.weight, emb.weight)
    assert not m.config.tie_word_embeddings
    with torch.no_grad():
        head.weight.add_(1.0)  # training one no longer moves the other
    assert not torch.equal(head.weight, emb.weight)
    m.tie_weights()  # nothing ties them again
    assert head.weight is not emb.weight
    untie_embeddings(m)  # and an untied model is left alone
    assert not torch.equal(head.weight, emb.weight)


def test_targets_are_found_through_the_model():
    m = _llama()
    lora, full = resolve_targets(m, LORA_TARGETS)
    assert lora == ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
    assert full == ["embed_tokens", "lm_head"]
    # the output layer under another name is still found as "lm_head"
    m.output_layer = m.lm_head
    del m.lm_head
    m.get_output_embeddings = lambda: m.output_layer
    assert resolve_targets(m, ("q_proj", "lm_head"))[1] == ["output_layer"]
    with pytest.raises(UserError, match=r"no module named 'wq'.*q_proj"):
        resolve_targets(m, ("wq",))


def test_context_comes_from_the_config():
    assert model_context(_llama(max_position_embeddings=2048).config) == 2048
    assert pass_cap(_llama().config) == 16384 * 8  # narrow models: longer passes
    from transformers import LlamaConfig
    assert pass_cap(LlamaConfig(hidden_size=4096)) == 16384


@pytest.mark.parametrize("shrink", [True, False], ids=["shrunk", "full_vocab"])
def test_tied_model_trains_and_reloads_the_same(tied, tmp_path, shrink):
    """A tied model through 03's loading (peft backend): embed_tokens and lm_head become two trained copies; the
    adapter saved from it, loaded the way 04 loads it, gives the trained model's logits."""
    model, tok, _, _ = load_for_training(str(tied), "peft", False, 2048, LoraSettings(r=4, alpha=4), "off", shrink)
    base = model.get_base_model()
    fmt = GridFormat(tok, compact=shrink)
    assert base.get_output_embeddings().weight.shape[0] == (len(fmt.vocab) if shrink else len(tok))
    with torch.no_grad():  # a "trained" adapter: LoRA weights and the two full copies moved differently
        for n, p in model.named_parameters():
            if p.requires_grad:
                p.add_(0.05 * torch.randn_like(p))
    emb_w = base.get_input_embeddings().weight
    head_w = base.get_output_embeddings().weight
    assert emb_w.data_ptr() != head_w.data_ptr() and not torch.equal(emb_w, head_w)
    ids = torch.tensor([fmt.encode(TRAIN, [[1, 1], [2, 2]]).ids])
    model.eval()
    with torch.no_grad():
        want = model(input_ids=ids).logits
    adapter = tmp_path / "adapter"
    model.save_pretrained(str(adapter))
    tok.save_pretrained(str(adapter))
    if shrink:
        import json
        (adapter / "vocab_keep.json").write_text(json.dumps(fmt.vocab))
    loaded, _ = load_for_inference(adapter, str(tied), "peft", False, 0)
    with torch.no_grad():
        got = loaded(input_ids=ids).logits
    assert torch.allclose(got, want, atol=1e-4)


def test_fastgen_runs_a_tied_model(tied):
    from transformers import AutoModelForCausalLM

    from arcft import fastgen
    m = AutoModelForCausalLM.from_pretrained(tied).eval()
    assert m.get_output_embeddings().weight is m.get_input_embeddings().weight
    prompt = [128000] + [15, 16, 17, 198] * 5
    with torch.inference_mode():
        ref = m.generate(input_ids=torch.tensor([prompt]), do_sample=False, max_new_tokens=10, eos_token_id=128255,
                         pad_token_id=0)[0, len(prompt):].tolist()
    assert fastgen.generate(m, [prompt], stop_ids=[128255], max_new_tokens=10,
                            sampling=fastgen.Sampling(greedy=True)) == [ref]


def _parser():
    p = argparse.ArgumentParser()
    p.add_argument("--model", default="unsloth/llama-3-8b")
    p.add_argument("--preset", default="auto")
    p.add_argument("--lr", type=float, default=2e-4)
    p.add_argument("--lora-r", type=int, default=16)
    p.add_argument("--lora-alpha", type=int, default=16)
    p.add_argument("--epochs", type=int, default=3)
    p.add_argument("--batch-tokens", type=int, default=0)
    p.add_argument("--warmup-steps", type=int, default=10)
    return p


def test_presets(monkeypatch):
    from arcft.modeling import PRESETS

    def parse(*argv):
        monkeypatch.setattr("sys.argv", ["03_train.py", *argv])
        p = _parser()
        name = apply_preset(p)
        return name, p.parse_args()
    name, a = parse()
    assert name is None and a.lr == 2e-4  # Llama-3-8B: the seed's settings
    name, a = parse("--model", "smollm2-135m")
    assert name == "smollm2-135m" and a.lr == PRESETS[name]["lr"] and a.batch_tokens == PRESETS[name]["batch_tokens"]
    name, a = parse("--model", "smollm2-135m", "--lr", "5e-4")  # an option given wins
    assert a.lr == 5e-4 and a.lora_r == PRESETS[name]["lora_r"]
    assert parse("--model", "smollm2-135m", "--preset", "none")[1].lr == 2e-4
    assert parse("--model", "/my/folder", "--preset", "smollm2-135m")[1].lr == PRESETS["smollm2-135m"]["lr"]
    with pytest.raises(UserError, match="no such preset"):
        parse("--preset", "gpt5")
    # test-time fine-tuning: the model's own TTT preset, else its preset (or the defaults) for one epoch
    name, a = parse("--model", "smollm2-135m", "--preset", "ttt")
    assert name == "smollm2-135m-ttt" and (a.lr, a.epochs) == (3e-4, 2) and a.batch_tokens == 65536
    name, a = parse("--model", "/my/folder", "--preset", "ttt")
    assert name.startswith("ttt") and (a.lr, a.epochs) == (2e-4, 1)
    name, a = parse("--model", "smollm2-135m", "--preset", "ttt", "--epochs", "3")
    assert (a.lr, a.epochs) == (3e-4, 3)


def test_sequence_logprobs_are_teacher_forced_log_probabilities():
    """What --score-candidates sums over views: each sequence's labelled tokens' log-probability, the same whether
    it goes alone or padded into passes with others."""
    from arcft.modeling import sequence_logprobs
    m = _llama(initializer_range=0.5).eval()
    seqs = []
    for n, start in ((12, 3), (30, 20), (7, 2), (19, 10)):
        ids = [(5 * i + n) % 300 for i in range(n)]
        seqs.append((ids, [-100] * start + ids[start:]))
    want = []
    with torch.no_grad():
        for ids, labels in seqs:
            lp = m(torch.tensor([ids])).logits[0, :-1].float().log_softmax(-1)
            want.append(sum(lp[i - 1, t].item() for i, t in enumerate(labels) if t != -100 and i > 0))
    for cap in (10**6, 35):  # one pass, or several (a sequence longer than the cap goes alone)
        got = sequence_logprobs(m, seqs, pad_id=0, max_tokens=cap)
        assert got == pytest.approx(want, abs=1e-4)


def test_teacher_forced_greedy_flag_is_whether_greedy_decoding_reproduces_the_labels():
    """03 --valid counts a held-out pair as solved when every output token is the argmax given the true prefix:
    exactly what greedy decoding would generate. A sequence built by greedy decoding passes; change one labelled
    token and it fails; token counts are the labelled ones."""
    from arcft.modeling import teacher_forced
    m = _llama(initializer_range=0.5).eval()
    prompt = [7, 11, 13, 17, 19]
    with torch.no_grad():
        out = m.generate(torch.tensor([prompt]), max_new_tokens=6, do_sample=False, pad_token_id=0)[0].tolist()
    greedy_seq = (out, [-100] * len(prompt) + out[len(prompt):])
    wrong = list(out)
    wrong[-1] = (wrong[-1] + 1) % 300  # the last token: only its log-probability changes, and drops
    wrong_seq = (wrong, [-100] * len(prompt) + wrong[len(prompt):])
    got = teacher_forced(m, [greedy_seq, wrong_seq], pad_id=0, max_tokens=10**6)
    assert [g["greedy"] for g in got] == [True, False]
    assert [g["tokens"] for g in got] == [6, 6]
    assert got[0]["logprob"] > got[1]["logprob"]
