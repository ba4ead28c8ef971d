"""The training data path: example order, pair reshuffling, loss masks, and padding-free batches."""
import pytest
import torch

from arcft.textformat import GridFormat
from arcft.trainset import StepCollator, build_steps, epoch_steps


def rec(i, n_pairs=3):
    pairs = [{"input": [[i % 10, k]], "output": [[k, k + 1]]} for k in range(n_pairs)]
    return {"id": f"t{i}", "train": pairs, "test_input": [[i % 10]], "test_output": [[9]], "n_tokens": 0}


@pytest.fixture(scope="module")
def fmt(tokenizer):
    return GridFormat(tokenizer)


def test_epoch_steps_are_a_permutation_grouped_by_length():
    import random
    lengths = [random.Random(i).randint(10, 1000) for i in range(203)]
    steps = epoch_steps(lengths, 4, random.Random(0))
    assert sorted(i for st in steps for i in st) == list(range(203))
    assert sorted(map(len, steps)) == [3] + [4] * 50  # 203 = 50 steps of 4 and one of 3
    spreads = [max(lengths[i] for i in st) - min(lengths[i] for i in st) for st in steps]
    assert sum(spreads) / len(spreads) < 100  # random steps would spread ~500
    assert epoch_steps(lengths, 4, random.Random(0)) == steps and epoch_steps(lengths, 4, random.Random(1)) != steps


def test_token_budget_steps():
    """--batch-tokens: each step holds texts up to the budget (a longer text alone), every text exactly once; the
    short texts' steps hold many, the long ones' few."""
    import random
    lengths = [random.Random(i).randint(10, 3000) for i in range(500)] + [9000]
    for group in (True, False):
        steps = epoch_steps(lengths, 8, random.Random(0), group=group, batch_tokens=6000)
        assert sorted(i for st in steps for i in st) == list(range(501))
        assert all(len(st) == 1 or sum(lengths[i] for i in st) <= 6000 for st in steps)
        assert [9000] in [[lengths[i] for i in st] for st in steps]
    steps = epoch_steps(lengths, 8, random.Random(0), batch_tokens=6000)
    sizes = {len(st): max(lengths[i] for i in st) for st in steps}
    assert max(sizes) >= 10 and sizes[max(sizes)] < 600  # many short texts in one step
    assert len(steps) < sum(lengths) / 6000 * 1.3  # and the budget is used well


def test_steps_epochs_shuffling_and_determinism(fmt):
    records = [rec(i) for i in range(6)]
    for r in records:
        r["n_tokens"] = len(fmt.encode(r["train"], r["test_input"], r["test_output"]).ids)
    steps = build_steps(records, fmt, epochs=3, batch_size=2, seed=1)
    ex = [e for st in steps for e in st]
    assert len(steps) == 9 and all(len(st) == 2 for st in steps)
    assert len(ex) == 18 and [e["epoch"] for e in ex] == [0] * 6 + [1] * 6 + [2] * 6
    assert all(sorted(e["id"] for e in ex if e["epoch"] == k) == [f"t{i}" for i in range(6)] for k in range(3))
    # each text's train pairs come in a different order across epochs, unless asked to keep them
    per_id = {}
    for e in ex:
        per_id.setdefault(e["id"], set()).add(tuple(e["input_ids"]))
    assert sum(len(v) > 1 for v in per_id.values()) >= 4
    kept = build_steps(records, fmt, epochs=3, batch_size=2, shuffle_pairs=False, seed=1)
    assert all(e["input_ids"] == fmt.encode(records[int(e["id"][1:])]["train"], [[int(e["id"][1:]) % 10]],
                                            [[9]]).ids for st in kept for e in st)
    assert build_steps(records, fmt, epochs=3, batch_size=2, seed=1) == steps
    assert build_steps(records, fmt, epochs=3, batch_size=2, seed=2) != steps
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
    torch.manual_seed(0)
    cfg = LlamaConfig(vocab_size=128256, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                      num_attention_heads=4, num_key_value_heads=2, initializer_range=0.5)
    model = LlamaForCausalLM(cfg)
    feats = []
    for i in range(5):
        e = fmt.encode(rec(i, n_pairs=1 + i)["train"], [[i % 10]], [[9]])
        feats.append({"input_ids": e.ids, "labels": e.labels("outputs")})
    # one dataset row holds a whole step, as 03 stores it
    step = [{"input_ids": [f["input_ids"] for f in feats], "labels": [f["labels"] for f in feats]}]
    whole = StepCollator(pad_id=0)(step)
    n = whole["n_items"]
    assert n == sum(sum(t != -100 for t in f["labels"][1:]) for f in feats)
    assert len(whole["passes"]) == 1 and whole["n_tokens"] == sum(len(f["input_ids"]) for f in feats)

    def grads(passes):
        model.zero_grad()
        total = sum(masked_lm_loss(model, p, n) for p in passes)
        total.backward()
        return total.item(), torch.cat([p.grad.flatten() for p in model.parameters() if p.grad is not None])

    whole_loss, whole_grad = grads(whole["passes"])
    passes = StepCollator(0, 2 * max(len(f["input_ids"]) for f in feats), padding_free=flat)(step)["passes"]
    assert len(passes) >= 2
    split_loss, split_grad = grads(passes)
    assert split_loss == pytest.approx(whole_loss, rel=1e-5)
    assert torch.allclose(split_grad, whole_grad, rtol=1e-4, atol=1e-6)
    # the same loss from each sequence alone (no padding at all)
    alone = sum(masked_lm_loss(model, {"input_ids": torch.tensor([f["input_ids"]]),
                                       "labels": torch.tensor([f["labels"]])}, n).item() for f in feats)
    assert alone == pytest.approx(whole_loss, rel=1e-5)
