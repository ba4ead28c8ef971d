"""Third-party code the project ships because it is not on PyPI (each folder says from where and under which
license)."""
