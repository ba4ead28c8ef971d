"""Shared library of the ARC fine-tuning pipeline.

The numbered scripts at the top of the repository are thin command-line wrappers; everything they share lives here:
grids and dihedral views (`grids`), task loading and JSONL/JSON io (`io`), the grid text format and its per-cell
tokenization (`textformat`), scoring (`scoring`), model loading (`modeling`) and pictures (`plots`).
"""
