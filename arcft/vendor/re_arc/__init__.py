"""RE-ARC (Michael Hodel, MIT License: LICENSE here): an example generator and a verifier for each of the 400
ARC-AGI-1 training tasks, vendored from https://github.com/michaelhodel/re-arc at commit e5b7f1d (its dsl.py,
generators.py, verifiers.py and utils.py; README.md here lists the changes). arcft.rearc is the one user."""
