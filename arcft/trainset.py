"""Training steps in the order the trainer sees them: epoch after epoch, train pairs reshuffled each epoch.

Each epoch visits every text once. A step holds a fixed number of texts (--batch-size) or texts up to a token
budget (--batch-tokens). Within an epoch the texts are shuffled; for padded passes they are grouped into steps of
similar length (little padding) and the steps shuffled again, while padding-free steps stay random (every step then
holds about the same number of tokens, which keeps the GPU busy). 03's dataset row is a whole step, and
`StepCollator` plans its passes through the model on the CPU. With `shuffle_pairs` each text's
train pairs come in a new order every epoch: the seed's proposed fix for its main failure, the model copying the
last train output.
Everything is a function of the seed, so a resumed run sees the same sequence, and so does every process of a
multi-GPU run: each builds all the steps and takes its share of each step's sequences (`rank_shares`).
"""
from __future__ import annotations

import random

from .textformat import GridFormat

GROUP = 64  # steps of similar length are formed within windows of GROUP steps


def _cut(order: list[int], lengths: list[int], batch_size: int, batch_tokens: int) -> list[list[int]]:
    """Consecutive steps of `order`: `batch_size` texts each, or with `batch_tokens` as many texts as fit in that
    many tokens (a longer text gets a step of its own)."""
    if not batch_tokens:
        return [order[b:b + batch_size] for b in range(0, len(order), batch_size)]
    steps, cur, total = [], [], 0
    for i in order:
        if cur and total + lengths[i] > batch_tokens:
            steps.append(cur)
            cur, total = [], 0
        cur.append(i)
        total += lengths[i]
    return steps + ([cur] if cur else [])


def epoch_steps(lengths: list[int], batch_size: int, rng: random.Random, group: bool = True,
                batch_tokens: int = 0) -> list[list[int]]:
    """One epoch's optimizer steps, as lists of text indices: every text once, shuffled. A step holds `batch_size`
    texts, or with `batch_tokens` texts up to that many tokens (small models: fewer, larger steps keep the GPU
    busy). With `group` the texts of a step have similar lengths (little padding), the steps in random order."""
    idx = list(range(len(lengths)))
    rng.shuffle(idx)
    if not group:
        return _cut(idx, lengths, batch_size, batch_tokens)
    per_step = batch_size if not batch_tokens else max(1, batch_tokens * len(idx) // max(sum(lengths), 1))
    steps = []
    for w in range(0, len(idx), GROUP * per_step):
        steps += _cut(sorted(idx[w:w + GROUP * per_step], key=lambda i: lengths[i]), lengths, batch_size,
                      batch_tokens)
    rng.shuffle(steps)
    return steps


def build_steps(records: list[dict], fmt: GridFormat, epochs: int, batch_size: int, loss: str = "outputs",
                shuffle_pairs: bool = True, seed: int = 0, group: bool = True,
                batch_tokens: int = 0) -> list[list[dict]]:
    """Every optimizer step in training order, epoch after epoch (`epoch_steps`), each a list of examples
    {"input_ids", "labels", "epoch", "id"}; `group`: texts of similar length together (padded passes), else random
    (padding-free passes waste nothing on length)."""
    lengths = [r["n_tokens"] for r in records]
    out = []
    for epoch in range(epochs):
        rng = random.Random(f"{seed}/{epoch}")
        for step in epoch_steps(lengths, batch_size, rng, group, batch_tokens):
            out.append([])
            for i in step:
                r = records[i]
                train = list(r["train"])
                if shuffle_pairs:
                    random.Random(f"{seed}/{epoch}/{r['id']}").shuffle(train)
                enc = fmt.encode(train, r["test_input"], r["test_output"])
                out[-1].append({"input_ids": enc.ids, "labels": enc.labels(loss), "epoch": epoch, "id": r["id"]})
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


def rank_shares(lengths: list[int], world: int) -> list[list[int]]:
    """One optimizer step's sequences divided among `world` processes (DDP ranks), balanced by tokens: longest
    first, each onto the rank with the fewest tokens so far (the lowest rank on a tie). Every sequence goes to
    exactly one rank; the most loaded rank holds at most the mean load plus one sequence. A rank may get none (a
    step with fewer sequences than ranks). Each share lists its sequence indices in ascending order. A pure
    function of its arguments: every rank computes the same division."""
    loads, shares = [0] * world, [[] for _ in range(world)]
    for i in sorted(range(len(lengths)), key=lambda i: (-lengths[i], i)):
        r = min(range(world), key=lambda r: (loads[r], r))
        loads[r] += lengths[i]
        shares[r].append(i)
    return [sorted(s) for s in shares]


class StepCollator:
    """One optimizer step as the model inputs of its passes, built on the CPU (the training step then needs no
    host sync to plan them): the step's sequences split into passes of at most `max_tokens` tokens
    (`micro_batches`), and the number of trained tokens, which normalises every pass's loss.

    Padded passes are right-padded (labels -100) and cut to their longest row; they need no attention mask: with
    causal attention no real token ever sees a padding token after it, so the loss is exact. Flattened passes
    (`padding_free`) are one row with `position_ids` restarting per sequence (transformers keeps attention within
    each), plus `packed_seq_lengths` with `seq_lengths` (what unsloth's attention reads).

    `features`: the dataset rows of one step, each either one sequence ({"input_ids": [...], "labels": [...]}) or
    a whole step (lists of sequences under the same keys, as 03's dataset stores them).

    With `world` > 1 (one of several DDP processes, this one `rank`): the passes cover only this rank's share of
    the step (`rank_shares`, possibly nothing), while `n_items` still counts the whole step's trained tokens, so
    that the passes' gradients summed over the ranks are the whole step's. `n_tokens`: the tokens this rank runs."""

    def __init__(self, pad_id: int, max_tokens: int = 1 << 62, padding_free: bool = False,
                 seq_lengths: bool = False, rank: int = 0, world: int = 1):
        self.pad_id, self.max_tokens = pad_id, max_tokens
        self.padding_free, self.seq_lengths = padding_free, seq_lengths
        self.rank, self.world = rank, world

    def __call__(self, features: list[dict]) -> dict:
        import torch
        seqs = []
        for f in features:
            nested = bool(f["input_ids"]) and isinstance(f["input_ids"][0], list)
            seqs += list(zip(f["input_ids"], f["labels"])) if nested else [(f["input_ids"], f["labels"])]
        n_items = sum(sum(t != -100 for t in labels[1:]) for _, labels in seqs)  # the whole step's, on every rank
        if self.world > 1:
            seqs = [seqs[i] for i in rank_shares([len(ids) for ids, _ in seqs], self.world)[self.rank]]
        lengths = [len(ids) for ids, _ in seqs]
        passes = []
        for rows in micro_batches(lengths, self.max_tokens, self.padding_free):
            if self.padding_free:
                p = {"input_ids": torch.tensor([[t for r in rows for t in seqs[r][0]]]),
                     "labels": torch.tensor([[t for r in rows for t in seqs[r][1]]]),
                     "position_ids": torch.cat([torch.arange(lengths[r]) for r in rows])[None]}
                if self.seq_lengths:
                    p["packed_seq_lengths"] = torch.tensor([lengths[r] for r in rows], dtype=torch.int32)
            else:
                width = max(lengths[r] for r in rows)
                p = {"input_ids": torch.full((len(rows), width), self.pad_id, dtype=torch.long),
                     "labels": torch.full((len(rows), width), -100, dtype=torch.long)}
                for j, r in enumerate(rows):
                    p["input_ids"][j, :lengths[r]] = torch.tensor(seqs[r][0])
                    p["labels"][j, :lengths[r]] = torch.tensor(seqs[r][1])
            passes.append(p)
        return {"passes": passes, "n_items": torch.tensor(n_items), "n_tokens": sum(lengths)}
