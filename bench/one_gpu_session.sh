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
# 1. one decoding step's fixed cost, cost per cache slot and kernel count: SmolLM2, then the 8B architecture (issue 9's
#    20 s aim: which lever first; about 3 minutes with the 8B build)
step decode_step; bash bench/gpu_session.sh model_bg wait_model decode_step > /tmp/x1/decode_step.log 2>&1
# 2. issue 10's scoring target after session d's change to its passes (13,408 pairs, target 300 s)
step score8b; bash bench/gpu_session.sh score8b > /tmp/x1/score8b.log 2>&1
# 3. round 3: colour-permuted copies of the training tasks at the same compute, on the 80 held-out tasks (12 min)
step sweep3; RESULTS=/tmp/x1/acc.json bash bench/smollm2_sweep.sh 3 > /tmp/x1/sweep3.log 2>&1
echo "=== all done $(date +%T)"
