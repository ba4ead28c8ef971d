"""Random-weight Llama models with the real Llama 3 tokenizer, built locally (no download).

`tiny`: hidden 64, 2 layers, the full 128K vocabulary: what the CPU tests and the smoke run train.
`llama3-8b`: Llama-3-8B's exact architecture (for GPU speed and memory work; about 16 GB in bf16).

  python -m arcft.tiny data/00_tiny_llama
  python -m arcft.tiny /tmp/llama3-8b-random --arch llama3-8b --dtype bfloat16 --device cuda
"""
from __future__ import annotations

import argparse
from pathlib import Path

ARCHS = {
    "tiny": dict(hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=4,
                 num_key_value_heads=2),
    "llama3-8b": dict(hidden_size=4096, intermediate_size=14336, num_hidden_layers=32, num_attention_heads=32,
                      num_key_value_heads=8),
}


def build(path: str | Path, arch: str = "tiny", dtype: str = "float32", device: str = "cpu", seed: int = 0,
          **overrides) -> Path:
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    from .textformat import load_tokenizer
    tok = load_tokenizer()
    torch.manual_seed(seed)
    cfg = LlamaConfig(**{"vocab_size": 128256 if arch == "llama3-8b" else len(tok), "max_position_embeddings": 8192,
                         "rope_theta": 500000.0, "rms_norm_eps": 1e-5, "tie_word_embeddings": False,
                         "bos_token_id": tok.bos_token_id, "eos_token_id": tok.eos_token_id,
                         **ARCHS[arch], **overrides})
    with torch.device(device):
        model = LlamaForCausalLM(cfg).to(getattr(torch, dtype))
    path = Path(path)
    model.save_pretrained(path)
    tok.save_pretrained(path)
    return path


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("path")
    p.add_argument("--arch", choices=sorted(ARCHS), default="tiny")
    p.add_argument("--dtype", default="float32")
    p.add_argument("--device", default="cpu")
    a = p.parse_args()
    print(f"random-weight {a.arch} Llama with the Llama 3 tokenizer -> {build(a.path, a.arch, a.dtype, a.device)}")
