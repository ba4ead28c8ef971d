"""Training examples in the order the trainer sees them: epoch after epoch, train pairs reshuffled each epoch.

Each epoch visits every text once. Within an epoch the texts are shuffled, grouped into batches of similar length
(little padding) and the batches shuffled again. With `shuffle_pairs` each text's train pairs come in a new order
every epoch: the seed's proposed fix for its main failure, the model copying the last train output.
Everything is a function of the seed, so a resumed run sees the same sequence.
"""
from __future__ import annotations

import random

from .textformat import GridFormat

GROUP = 64  # batches of similar length are formed within windows of GROUP batches


def epoch_order(lengths: list[int], batch_size: int, rng: random.Random) -> list[int]:
    idx = list(range(len(lengths)))
    rng.shuffle(idx)
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
                   shuffle_pairs: bool = True, seed: int = 0) -> list[dict]:
    """[{"input_ids", "labels", "epoch", "id"}] in training order (len = epochs * len(records))."""
    lengths = [r["n_tokens"] for r in records]
    out = []
    for epoch in range(epochs):
        rng = random.Random(f"{seed}/{epoch}")
        for i in epoch_order(lengths, batch_size, rng):
            r = records[i]
            train = list(r["train"])
            if shuffle_pairs:
                random.Random(f"{seed}/{epoch}/{r['id']}").shuffle(train)
            enc = fmt.encode(train, r["test_input"], r["test_output"])
            out.append({"input_ids": enc.ids, "labels": enc.labels(loss), "epoch": epoch, "id": r["id"]})
    return out
