"""The training data path: example order, pair reshuffling, loss masks, and padding-free batches."""
import pytest
import torch

from arcft.textformat import GridFormat
from arcft.trainset import build_examples, epoch_order


def rec(i, n_pairs=3):
    pairs = [{"input": [[i % 10, k]], "output": [[k, k + 1]]} for k in range(n_pairs)]
    return {"id": f"t{i}", "train": pairs, "test_input": [[i % 10]], "test_output": [[9]], "n_tokens": 0}


@pytest.fixture(scope="module")
def fmt(tokenizer):
    return GridFormat(tokenizer)


def test_epoch_order_is_a_permutation_grouped_by_length():
    import random
    lengths = [random.Random(i).randint(10, 1000) for i in range(200)]
    order = epoch_order(lengths, 4, random.Random(0))
    assert sorted(order) == list(range(200))
    spreads = [max(lengths[i] for i in order[b:b + 4]) - min(lengths[i] for i in order[b:b + 4])
               for b in range(0, 200, 4)]
    assert sum(spreads) / len(spreads) < 100  # random batches would spread ~500
    lengths += [500, 501, 502]
    odd = epoch_order(lengths, 4, random.Random(0))  # 203 = 50 batches of 4 and one of 3
    assert sorted(odd) == list(range(203))
    assert all(max(lengths[i] for i in odd[b:b + 4]) - min(lengths[i] for i in odd[b:b + 4]) < 200
               for b in range(0, 200, 4))  # the short batch did not shift the others off their boundaries


def test_examples_epochs_shuffling_and_determinism(fmt):
    records = [rec(i) for i in range(6)]
    for r in records:
        r["n_tokens"] = len(fmt.encode(r["train"], r["test_input"], r["test_output"]).ids)
    ex = build_examples(records, fmt, epochs=3, batch_size=2, seed=1)
    assert len(ex) == 18 and [e["epoch"] for e in ex] == [0] * 6 + [1] * 6 + [2] * 6
    assert all(sorted(e["id"] for e in ex if e["epoch"] == k) == [f"t{i}" for i in range(6)] for k in range(3))
    # each text's train pairs come in a different order across epochs, unless asked to keep them
    per_id = {}
    for e in ex:
        per_id.setdefault(e["id"], set()).add(tuple(e["input_ids"]))
    assert sum(len(v) > 1 for v in per_id.values()) >= 4
    kept = build_examples(records, fmt, epochs=3, batch_size=2, shuffle_pairs=False, seed=1)
    assert all(e["input_ids"] == fmt.encode(records[int(e["id"][1:])]["train"], [[int(e["id"][1:]) % 10]],
                                            [[9]]).ids for e in kept)
    assert build_examples(records, fmt, epochs=3, batch_size=2, seed=1) == ex
    assert build_examples(records, fmt, epochs=3, batch_size=2, seed=2) != ex
    # the test output's labels are always trained; prompt tokens never are
    for e in ex:
        assert e["labels"][-3] == fmt.end and e["labels"][0] == -100


def test_padding_free_batches_do_not_mix_sequences(fmt, tmp_path):
    """Flattened batches with restarting position ids must give exactly the loss of padded batches: attention
    stays within each sequence (transformers 5 builds a block-diagonal mask from the position ids)."""
    from transformers import LlamaConfig, LlamaForCausalLM
    from trl.trainer.sft_trainer import DataCollatorForLanguageModeling

    from arcft.modeling import masked_lm_loss
    torch.manual_seed(0)
    cfg = LlamaConfig(vocab_size=128256, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                      num_attention_heads=4, num_key_value_heads=2, initializer_range=0.5)
    model = LlamaForCausalLM(cfg).eval()  # large random weights: every prediction depends on its context
    feats = []
    for i in range(3):
        r = rec(i, n_pairs=2 + i)
        e = fmt.encode(r["train"], r["test_input"], r["test_output"])
        feats.append({"input_ids": e.ids, "labels": e.labels("outputs")})
    with torch.no_grad():
        padded = masked_lm_loss(model, DataCollatorForLanguageModeling(pad_token_id=0)(feats))
        flat = masked_lm_loss(model, DataCollatorForLanguageModeling(pad_token_id=0, padding_free=True)(feats))
        ids = sum((f["input_ids"] for f in feats), [])
        labels = sum((f["labels"] for f in feats), [])
        mixed = masked_lm_loss(model, {"input_ids": torch.tensor([ids]), "labels": torch.tensor([labels])})
    assert flat.item() == pytest.approx(padded.item(), rel=1e-5)
    assert abs(mixed.item() - padded.item()) > 1e-3  # what cross-contamination would look like


def test_micro_batches_respect_the_cap_and_cover_each_sequence_once():
    from arcft.trainset import micro_batches
    lengths = [500, 120, 3000, 130, 480, 9000, 125]
    for flat in (False, True):
        passes = micro_batches(lengths, 1000, padding_free=flat)
        assert sorted(i for p in passes for i in p) == list(range(len(lengths)))
        for p in passes:
            cost = sum(lengths[i] for i in p) if flat else len(p) * max(lengths[i] for i in p)
            assert len(p) == 1 or cost <= 1000  # an over-long sequence goes alone
    assert micro_batches(lengths, 1000) == [[5], [2], [0, 4], [3, 6, 1]]
    assert micro_batches(lengths, 10**6) == [[5, 2, 0, 4, 3, 6, 1]]


@pytest.mark.parametrize("flat", [False, True], ids=["padded", "padding_free"])
def test_a_step_split_into_passes_has_the_gradient_of_the_whole_step(fmt, flat):
    """03's training step: the step's sequences go through the model in passes under a token cap, each pass's loss
    normalised by the whole step's trained tokens. The summed loss and the gradients must equal one pass over the
    whole (right-padded, unmasked) batch, and that must equal the per-sequence losses: padding changes nothing."""
    from transformers import LlamaConfig, LlamaForCausalLM

    from arcft.modeling import masked_lm_loss
    from arcft.trainset import StepCollator, split_step
    torch.manual_seed(0)
    cfg = LlamaConfig(vocab_size=128256, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                      num_attention_heads=4, num_key_value_heads=2, initializer_range=0.5)
    model = LlamaForCausalLM(cfg)
    feats = []
    for i in range(5):
        e = fmt.encode(rec(i, n_pairs=1 + i)["train"], [[i % 10]], [[9]])
        feats.append({"input_ids": e.ids, "labels": e.labels("outputs")})
    batch = StepCollator(pad_id=0)(feats)
    n = (batch["labels"][:, 1:] != -100).sum()

    def grads(passes):
        model.zero_grad()
        total = sum(masked_lm_loss(model, p, n) for p in passes)
        total.backward()
        return total.item(), torch.cat([p.grad.flatten() for p in model.parameters() if p.grad is not None])

    whole_loss, whole_grad = grads(split_step(batch, 10**6))
    passes = split_step(batch, 2 * max(len(f["input_ids"]) for f in feats), padding_free=flat)
    assert len(passes) >= 2
    split_loss, split_grad = grads(passes)
    assert split_loss == pytest.approx(whole_loss, rel=1e-5)
    assert torch.allclose(split_grad, whole_grad, rtol=1e-4, atol=1e-6)
    # the same loss from each sequence alone (no padding at all)
    alone = sum(masked_lm_loss(model, {"input_ids": torch.tensor([f["input_ids"]]),
                                       "labels": torch.tensor([f["labels"]])}, n).item() for f in feats)
    assert alone == pytest.approx(whole_loss, rel=1e-5)
