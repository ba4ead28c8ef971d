"""Training examples in the order the trainer sees them: epoch after epoch, train pairs reshuffled each epoch.

Each epoch visits every text once. Within an epoch the texts are shuffled; for padded batches they are grouped into
batches of similar length (little padding) and the batches shuffled again, while padding-free batches stay random
(every step then holds about the same number of tokens, which keeps the GPU busy). With `shuffle_pairs` each text's
train pairs come in a new order every epoch: the seed's proposed fix for its main failure, the model copying the
last train output.
Everything is a function of the seed, so a resumed run sees the same sequence.
"""
from __future__ import annotations

import random

from .textformat import GridFormat

GROUP = 64  # batches of similar length are formed within windows of GROUP batches


def epoch_order(lengths: list[int], batch_size: int, rng: random.Random, group: bool = True) -> list[int]:
    """One epoch's order: shuffled, and with `group` arranged so each batch holds texts of similar length."""
    idx = list(range(len(lengths)))
    rng.shuffle(idx)
    if not group:
        return idx
    batches = []
    window = GROUP * batch_size
    for w in range(0, len(idx), window):
        chunk = sorted(idx[w:w + window], key=lambda i: lengths[i])
        batches += [chunk[b:b + batch_size] for b in range(0, len(chunk), batch_size)]
    rng.shuffle(batches)
    # a short batch (the tail of the last window) goes last, so the trainer's batches line up with ours
    batches.sort(key=lambda b: len(b) < batch_size)
    return [i for b in batches for i in b]


def build_examples(records: list[dict], fmt: GridFormat, epochs: int, batch_size: int, loss: str = "outputs",
                   shuffle_pairs: bool = True, seed: int = 0, group: bool = True) -> list[dict]:
    """[{"input_ids", "labels", "epoch", "id"}] in training order (len = epochs * len(records)); `group`: batches of
    similar length (padded batches), else plain shuffled batches (padding-free ones waste nothing on length)."""
    lengths = [r["n_tokens"] for r in records]
    out = []
    for epoch in range(epochs):
        rng = random.Random(f"{seed}/{epoch}")
        for i in epoch_order(lengths, batch_size, rng, group):
            r = records[i]
            train = list(r["train"])
            if shuffle_pairs:
                random.Random(f"{seed}/{epoch}/{r['id']}").shuffle(train)
            enc = fmt.encode(train, r["test_input"], r["test_output"])
            out.append({"input_ids": enc.ids, "labels": enc.labels(loss), "epoch": epoch, "id": r["id"]})
    return out


def micro_batches(lengths: list[int], max_tokens: int, padding_free: bool = False) -> list[list[int]]:
    """Split one optimizer step's sequences into forward/backward passes of at most `max_tokens` tokens each:
    rows x the longest row when padded, the sum of lengths when flattened (`padding_free`). Longest first, so each
    pass holds neighbours in length (little padding); a sequence longer than the cap gets a pass of its own."""
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    out: list[list[int]] = []
    for i in order:
        if out:
            cur = out[-1]
            cost = sum(lengths[j] for j in cur) + lengths[i] if padding_free else (len(cur) + 1) * lengths[cur[0]]
            if cost <= max_tokens:
                cur.append(i)
                continue
        out.append([i])
    return out


class StepCollator:
    """One optimizer step's sequences as a right-padded batch (labels -100 on padding) plus their lengths; 03's
    training step splits it into micro-batches (`micro_batches`). Right padding needs no attention mask: with causal
    attention no real token ever sees a padding token after it, so the loss is exact."""

    def __init__(self, pad_id: int):
        self.pad_id = pad_id

    def __call__(self, features: list[dict]) -> dict:
        import torch
        width = max(len(f["input_ids"]) for f in features)
        ids = torch.full((len(features), width), self.pad_id, dtype=torch.long)
        labels = torch.full((len(features), width), -100, dtype=torch.long)
        for row, f in enumerate(features):
            ids[row, :len(f["input_ids"])] = torch.tensor(f["input_ids"])
            labels[row, :len(f["labels"])] = torch.tensor(f["labels"])
        return {"input_ids": ids, "labels": labels,
                "lengths": torch.tensor([len(f["input_ids"]) for f in features], dtype=torch.long)}


def split_step(batch: dict, max_tokens: int, padding_free: bool = False, seq_lengths: bool = False) -> list[dict]:
    """The model inputs of each micro-batch of a `StepCollator` batch (tensors on the batch's device). Padded: rows
    cut to the micro-batch's longest. Flattened: one row with `position_ids` restarting per sequence (transformers
    keeps attention within each), plus `packed_seq_lengths` with `seq_lengths` (what unsloth's attention reads)."""
    import torch
    lengths = batch["lengths"].tolist()
    out = []
    for rows in micro_batches(lengths, max_tokens, padding_free):
        if padding_free:
            ids = torch.cat([batch["input_ids"][r, :lengths[r]] for r in rows])[None]
            labels = torch.cat([batch["labels"][r, :lengths[r]] for r in rows])[None]
            pos = torch.cat([torch.arange(lengths[r], device=ids.device) for r in rows])[None]
            out.append({"input_ids": ids, "labels": labels, "position_ids": pos})
            if seq_lengths:
                out[-1]["packed_seq_lengths"] = torch.tensor([lengths[r] for r in rows], dtype=torch.int32)
        else:
            width = max(lengths[r] for r in rows)
            idx = torch.tensor(rows, device=batch["input_ids"].device)
            out.append({"input_ids": batch["input_ids"][idx, :width], "labels": batch["labels"][idx, :width]})
    return out
