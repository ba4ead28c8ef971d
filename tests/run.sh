#!/usr/bin/env bash
# The test command: sets up .venv (CPU requirements on a machine without a GPU) and runs the whole suite.
# Extra arguments go to pytest, e.g.  bash tests/run.sh -k textformat
set -euo pipefail
source "$(cd "$(dirname "$0")/.." && pwd)/scripts/env.sh"
cd "$ROOT"
python -m pytest -q "$@" tests
