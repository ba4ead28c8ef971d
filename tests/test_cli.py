"""Every stage answers --help with its docstring, example commands and defaults, from any directory; so does
run_all.sh, with every option it accepts."""
import re
import subprocess
import sys

import pytest

from conftest import REPO

STAGES = sorted(p.name for p in REPO.glob("0[1-6]_*.py"))


@pytest.fixture(scope="module")
def help_of(tmp_path_factory):
    """`python SCRIPT --help`, run once per script from a folder outside the repository."""
    cwd, done = tmp_path_factory.mktemp("cwd"), {}

    def run(script):
        if script not in done:
            done[script] = subprocess.run([sys.executable, str(REPO / script), "--help"], capture_output=True,
                                          text=True, cwd=cwd, timeout=120)
        return done[script]
    return run


@pytest.mark.parametrize("script", STAGES + ["bench/bench.py"])
def test_help(script, help_of):
    p = help_of(script)
    assert p.returncode == 0, p.stderr
    assert "Examples" in p.stdout and "(default:" in p.stdout
    if script.startswith("0"):
        assert str(REPO / "data") in p.stdout  # defaults point at the repo's data/, not the current directory


def option_blocks(help_text: str) -> dict[str, str]:
    """{invocation ('--lr LR', '--ttt-colours, --no-ttt-colours'): its help text on one line} of the options
    section."""
    lines = help_text.splitlines()
    start = next(i for i, line in enumerate(lines) if line in ("options:", "optional arguments:"))
    blocks, name = {}, None
    for line in lines[start + 1:]:
        if not line.strip() or not line.startswith("  "):
            break  # the epilog
        if re.match(r" {2}-", line):
            name, _, text = line.strip().partition("  ")
            blocks[name] = text.strip()
        else:
            blocks[name] += " " + line.strip()
    return blocks


@pytest.mark.parametrize("script", STAGES)
def test_help_shows_every_default_once(script, help_of):
    """Each option that takes a value says its default: argparse's "(default: X)", or a "default: ..." spelled out
    in the help where the value alone would say nothing; never "(default: None)", never twice. A store_true flag
    is off unless given and says nothing; a --x/--no-x pair shows which is on."""
    blocks = option_blocks(help_of(script).stdout)
    assert len(blocks) > 3
    bad = []
    for name, text in blocks.items():
        words = [w.strip(",") for w in name.split()]
        is_flag = all(w.startswith("-") for w in words)  # no metavar: takes no value
        if "(default: None)" in text or len(re.findall(r"\bdefault:", text, re.IGNORECASE)) > 1:
            bad.append(f"{name}: a default that says nothing, or twice: {text!r}")
        elif name.startswith("-h"):
            continue
        elif is_flag and any(f"--no-{w[2:]}" in words for w in words):  # BooleanOptionalAction: on or off?
            if "(default: " not in text:
                bad.append(f"{name}: which of the pair is the default? {text!r}")
        elif is_flag:
            if "(default:" in text:
                bad.append(f"{name}: a flag's '(default: False)' says nothing: {text!r}")
        elif not re.search(r"\bdefault", text, re.IGNORECASE):
            bad.append(f"{name}: no default: {text!r}")
    assert not bad, f"{script} --help:\n" + "\n".join(bad)


def test_run_all_help(tmp_path):
    """`run_all.sh --help` prints the header comment, stops before the code, and shows each option it parses on a
    line of its own."""
    p = subprocess.run(["bash", str(REPO / "run_all.sh"), "--help"], capture_output=True, text=True, cwd=tmp_path,
                       timeout=60)
    assert p.returncode == 0, p.stderr
    out = p.stdout
    assert "set -e" not in out and "pipefail" not in out and "FROM=" not in out, out
    assert not re.search(r"^#", out, re.MULTILINE)  # the comment marks are removed
    script = (REPO / "run_all.sh").read_text()
    parser = script[script.index("while [ $# -gt 0 ]"):script.index("done", script.index("while [ $# -gt 0 ]"))]
    options = {o for pattern in re.findall(r"^\s+([-\w|=*]+)\)", parser, re.MULTILINE)
               for o in pattern.split("|") if o.startswith("--") and "=" not in o}
    assert {"--from", "--smoke", "--full", "--model", "--help"} <= options, options
    for option in options:
        assert re.search(rf"^\s*bash run_all\.sh {option}\b", out, re.MULTILINE), f"{option} not listed in --help"


def test_six_stages_exist():
    assert sorted(p.name[:2] for p in REPO.glob("0[1-6]_*.py")) == ["01", "02", "03", "04", "05", "06"]
