#!/usr/bin/env bash
# One session on the 2-GPU machine (nvidia-h200-x2), in the background after `gpu_session.sh setup gguf_a` and
# `gguf_b` (bench/README.md), the steps in order of need on each GPU:
#   GPU 0: SmolLM2's prediction speed after session d's engine changes (`small_data small_speed small_speed16`),
#          then round 3 of the sweep (colour-permuted copies of the training tasks, on 80 held-out tasks)
#   GPU 1: one decoding step's costs and kernel count (SmolLM2 and the 8B architecture: `decode_step`), then
#          issue 10's 8B targets (`aug8b`: 6,704 generations, then the scoring pass)
#   both, once both are free: 04 over all 838 prompts on one and on two GPUs (issue 13's prediction scaling)
# Figures: /tmp/x2/acc.json (accuracy), /tmp/x2/bench.json (speed); logs: /tmp/steplogs, /tmp/x2/*.log.
# Poll with `sleep N; tail /tmp/x2/*.log` calls; copy /tmp/x2/*.json and the logs to $OUT at the end.
#
#   mkdir -p /tmp/x2; setsid nohup bash bench/two_gpu_session.sh > /tmp/x2/driver.log 2>&1 < /dev/null &
#
# Earlier forms of this script ran on 2026-11-28: `git show 3416fa0:bench/two_gpu_session.sh` (session c,
# bench/logs/2026-11-28c/README.md) and `git show c5edc53:bench/two_gpu_session.sh` (session d, round `tttlr` and
# the votes; bench/logs/2026-11-28d/README.md).
set -u
cd "$(dirname "$0")/.."
mkdir -p /tmp/x2
export NCCL_NVLS_ENABLE=0 TORCH_SYMM_MEM_DISABLE_MULTICAST=1 NVSHMEM_DISABLE_NVLS=1  # no NVLink multicast here
export PYTHONPATH=/tmp/site HF_HUB_OFFLINE=1 PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
export BENCH_OUT=/tmp/x2/bench.json OUT=/tmp/x2/out STEP_TIMEOUT=${STEP_TIMEOUT:-1500}
(export CUDA_VISIBLE_DEVICES=0
 bash bench/gpu_session.sh small_data small_speed small_speed16 > /tmp/x2/small.log 2>&1
 bash bench/smollm2_sweep.sh 3 > /tmp/x2/sweep3.log 2>&1
 echo "=== gpu 0 done at $(date +%T)" >> /tmp/x2/sweep3.log) &
(export CUDA_VISIBLE_DEVICES=1
 bash bench/gpu_session.sh model_bg wait_model decode_step aug8b
 echo "=== gpu 1 done at $(date +%T)") > /tmp/x2/gpu1.log 2>&1 &
wait
P="python3 bench/bench.py --model /tmp/llama3-8b-random --out /tmp/x2/bench.json --parts predict04"
(bash bench/gpu_session.sh data  # 04's prompts in data/ (on 2026-11-28, session d, they were missing)
 $P --tag p04_1gpu_838 --p04-limit 0 --work /tmp/b5
 $P --gpus 2 --tag p04_2gpu_838 --p04-limit 0 --work /tmp/b7
) > /tmp/x2/both.log 2>&1
echo "=== all done at $(date +%T)" >> /tmp/x2/both.log
