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
export BENCH_OUT=/tmp/x1/bench.json RESULTS=/tmp/x1/acc.json OUT=/tmp/x1/out STEP_TIMEOUT=${STEP_TIMEOUT:-1500}
step() { echo "=== $1 start $(date +%T)"; }
bash bench/gpu_session.sh model_bg > /tmp/x1/model_bg.log 2>&1  # the 8B build in the background (disk writes)
# 1. where the scoring pass's time goes (score_step, about 3 minutes), then issue 10's scoring target alone
#    (13,408 pairs: 375 s on 2026-11-29, target 300 s; about 8 minutes)
step score; bash bench/gpu_session.sh data8 score_step wait_model score8b > /tmp/x1/score.log 2>&1
# 2. SmolLM2's training through each backend: 3 epochs (target 60 s) and 03's start-up (about 6 minutes)
step train; bash bench/gpu_session.sh small_data small_train_unsloth small_train_peft > /tmp/x1/train.log 2>&1
# 3. the whole evaluation run at seed 2, timed stage by stage (round `poe`, about 12 minutes)
step poe; POE_SEED=2 bash bench/smollm2_sweep.sh poe > /tmp/x1/poe.log 2>&1
echo "=== all done $(date +%T)"
