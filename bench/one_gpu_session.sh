#!/usr/bin/env bash
# The next session's plan on one H200 (bench/README.md, "Next GPU session"), in order, in the background after
# `gpu_session.sh setup gguf_a` and `gguf_b`; each step's log in /tmp/x1/, figures in /tmp/x1/acc.json (accuracy)
# and /tmp/x1/bench.json (speed). The device time runs out before the end: the steps are in order of need.
#
#   mkdir -p /tmp/x1; setsid nohup bash bench/one_gpu_session.sh > /tmp/x1/driver.log 2>&1 < /dev/null &
#   (then calls of `sleep 500; tail -3 /tmp/x1/*.log`; at the end copy /tmp/x1/*.json and the logs to $OUT)
set -u
cd "$(dirname "$0")/.."
mkdir -p /tmp/x1
export PYTHONPATH=/tmp/site HF_HUB_OFFLINE=1 PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
export BENCH_OUT=/tmp/x1/bench.json OUT=/tmp/x1/out STEP_TIMEOUT=${STEP_TIMEOUT:-1500}
step() { echo "=== $1 start $(date +%T)"; }
bash bench/gpu_session.sh model_bg > /tmp/x1/model_bg.log 2>&1  # the 8B build in the background (disk writes)
# 1. the GPU-only tests (session e's windows and Triton decoding kernel on CUDA), then SmolLM2's prediction speed
#    with windows and with the kernel: 838 prompts (39.1 s of generation before) and the vote's 3,352 x 2 rows
#    (191 s before); about 7 minutes
step small; bash bench/gpu_session.sh gputests small_data small_speed_whole small_speed small_speed_ragged \
  small_speed16 small_speed16_ragged > /tmp/x1/small.log 2>&1
# 2. one layer's attention computed several ways (decode_step --attention, about a minute), then issue 10's 8B
#    targets: 6,704 generations (794 s in session d, target 600 s) and the scoring pass (no figure
#    yet, target 300 s); about 15 minutes
step aug8b; bash bench/gpu_session.sh wait_model decode_step aug8b > /tmp/x1/aug8b.log 2>&1
# 3. round 3: colour-permuted copies of the training tasks at the same compute, on the 80 held-out tasks (12 min)
step sweep3; bash bench/smollm2_sweep.sh 3 > /tmp/x1/sweep3.log 2>&1
echo "=== all done $(date +%T)"
