"""Every stage answers --help with its docstring, example commands and defaults, from any directory."""
import subprocess
import sys

import pytest

from conftest import REPO


@pytest.mark.parametrize("script", sorted(p.name for p in REPO.glob("0[1-6]_*.py")) + ["bench/bench.py"])
def test_help(script, tmp_path):
    p = subprocess.run([sys.executable, str(REPO / script), "--help"], capture_output=True, text=True,
                       cwd=tmp_path, timeout=120)
    assert p.returncode == 0, p.stderr
    assert "Examples" in p.stdout and "(default:" in p.stdout
    if script.startswith("0"):
        assert str(REPO / "data") in p.stdout  # defaults point at the repo's data/, not the current directory


def test_six_stages_exist():
    assert sorted(p.name[:2] for p in REPO.glob("0[1-6]_*.py")) == ["01", "02", "03", "04", "05", "06"]
