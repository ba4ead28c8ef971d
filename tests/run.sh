#!/usr/bin/env bash
# The test command: sets up .venv (CPU requirements on a machine without a GPU) and runs the whole suite.
# Extra arguments go to pytest, e.g.  bash tests/run.sh -k textformat
set -euo pipefail
source "$(cd "$(dirname "$0")/.." && pwd)/scripts/env.sh"
cd "$ROOT"
# Two or more cores: the test files spread over worker processes (pytest-xdist, each file in one worker, so its
# fixtures are built once there); most tests wait on subprocess start-ups, so 2 workers on 2 cores finish sooner.
N=$(python -c 'import os; print(min(4, len(os.sched_getaffinity(0))))')
X=()
if [ "$N" -gt 1 ] && python -c 'import xdist' 2>/dev/null; then
  X=(-n "$N" --dist loadfile)
  # one compute thread per process: N workers on N cores, each torch spinning N OpenMP threads, ran the suite in
  # 8 min 40 s against 5 min 38 s with one thread each (2 cores, 2026-11-29)
  export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1}
fi
python -m pytest -q ${X[@]+"${X[@]}"} "$@" tests
