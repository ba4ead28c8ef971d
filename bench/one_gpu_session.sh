#!/usr/bin/env bash
# The next session's plan on one H200 (bench/README.md, "Next GPU session"), in order, in the background after
# `gpu_session.sh setup`; each step's log in /tmp/steplogs, the driver's in /tmp/x1/, figures in /tmp/x1/bench.json
# (speed). The device time may run out before the end: the steps are in order of need.
#
#   mkdir -p /tmp/x1; setsid nohup bash bench/one_gpu_session.sh > /tmp/x1/driver.log 2>&1 < /dev/null &
#   (then calls of `sleep 300; tail -3 /tmp/x1/driver.log`; at the end copy /tmp/x1/*.json and the logs to $OUT)
#
# Earlier forms: `git show 910a06a:bench/one_gpu_session.sh` (SmolLM2's training and the whole run at seed 2).
set -u
cd "$(dirname "$0")/.."
mkdir -p /tmp/x1
export PYTHONPATH=/tmp/site HF_HUB_OFFLINE=1 PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
export BENCH_OUT=/tmp/x1/bench.json RESULTS=/tmp/x1/acc.json OUT=/tmp/x1/out STEP_TIMEOUT=${STEP_TIMEOUT:-900}
# 1. the 8B build in the background; the scoring pass on 8 layers with arcft.fused's kernels and without, the GPU
#    tests of the packed pass, the kernels and the decoding engine (its prefill is the packed one now); then issue
#    10's scoring target (13,408 pairs: 375 s on 2026-11-29, target 300 s) and 04 over 838 prompts on the 8B
#    architecture (57 s of generation on 2026-11-29); then SmolLM2's 838 predictions (18.7 s on 2026-11-29; needs
#    `gguf_a` and `gguf_b` in the meantime)
bash bench/gpu_session.sh model_bg data8 score_step gputests_fast wait_model score8b p04_838 small_data small_speed
echo "=== all done $(date +%T)"
