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
# 1. TTT's learning rate chosen on held-out train pairs, then the evaluation set once (about 15 minutes)
step tttlr; RESULTS=/tmp/x1/acc.json bash bench/smollm2_sweep.sh tttlr > /tmp/x1/tttlr.log 2>&1
# 2. the vote over 16 on the evaluation set with the base adapter, alone on the GPU (issue 10; 10-15 minutes)
step vote16; python3 bench/accuracy.py --model smollm2-135m --out /tmp/x1/acc.json --tag eval_vote16 \
  --reuse /tmp/acc/tttlr --from 4 --a4="--views all --samples 1 --with-greedy" --a5="--select vote" \
  > /tmp/x1/vote16.log 2>&1
# 3. SmolLM2's decoding through 04's engine, with its counts (about a minute)
step small_speed; SW=/tmp/acc/tttlr bash bench/gpu_session.sh small_speed > /tmp/x1/small_speed.log 2>&1
# 4. issue 10's 8B timings: 6,704 generations, product-of-experts scoring (about 15 minutes)
step aug8b; bash bench/gpu_session.sh model_bg wait_model aug8b > /tmp/x1/aug8b.log 2>&1
echo "=== all done $(date +%T)"
