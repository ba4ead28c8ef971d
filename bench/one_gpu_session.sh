#!/usr/bin/env bash
# The next session's plan on one H200 (bench/README.md, "Next GPU session"), in order, in the background after
# `gpu_session.sh setup gguf_a` and `gguf_b`; each step's log in /tmp/steplogs, the driver's in /tmp/x1/, figures in
# /tmp/x1/acc.json (accuracy) and /tmp/x1/bench.json (speed). The steps are in order of need.
#
#   mkdir -p /tmp/x1; setsid nohup bash bench/one_gpu_session.sh > /tmp/x1/driver.log 2>&1 < /dev/null &
#   (then, one call right after another, `bash bench/poll.sh 240`: it reports and brings the figures and logs back)
#
# Earlier forms: `git show 910a06a:bench/one_gpu_session.sh`, the one of 2026-11-29 b (the scoring target:
# `git log -- bench/one_gpu_session.sh`; bench/logs/2026-11-29b/README.md), and `git show 3fc6b01:...` (2026-11-29 c,
# bench/logs/2026-11-29c/README.md).
set -u
cd "$(dirname "$0")/.."
mkdir -p /tmp/x1
export PYTHONPATH=/tmp/site HF_HUB_OFFLINE=1 PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
export BENCH_OUT=/tmp/x1/bench.json RESULTS=/tmp/x1/acc.json OUT=/tmp/x1/out STEP_TIMEOUT=${STEP_TIMEOUT:-1500}
# 0. the engine's GPU tests (about a minute)
bash bench/gpu_session.sh gputests_engine
# 1. two levers on the 80 held-out training tasks with TTT and the vote over 16 (round `levers`, about 22 minutes
#    in two pairs): the seed's whole-text loss, and RE-ARC's generated tasks at 4 and 2 epochs; the preset at seed 1
echo "=== levers start $(date +%T)"; bash bench/smollm2_sweep.sh levers > /tmp/x1/levers.log 2>&1
# 2. if time is left: SmolLM2's 838 predictions with the exact rope kernel (16.5 s on 2026-11-29 b without it), and
#    04 over 838 prompts on the 8B architecture (57 s of generation on 2026-11-29 with the decoding kernel alone)
bash bench/gpu_session.sh small_data small_speed model_bg wait_model data p04_838
echo "=== all done $(date +%T)"
