#!/usr/bin/env bash
# One session on the 2-GPU machine (nvidia-h200-x2), in the background after `gpu_session.sh setup gguf_a` and
# `gguf_b` (bench/README.md), in three phases:
#   1. GPU 0: SmolLM2's prediction speed after session d's engine changes (`small_data small_speed small_speed16`);
#      GPU 1: the 8B build, one decoding step's costs and kernel count (`decode_step`), then 04 over all 838 prompts
#      on that one GPU (issue 13's baseline at full load)
#   2. both: the same 04 run on two GPUs (issue 13's prediction scaling)
#   3. GPU 0: SmolLM2 on the evaluation set with --ttt and the vote over 16 at seed 1, then product of experts
#      (`smollm2_sweep.sh poe`, issue 10's last rule); GPU 1: issue 10's 8B targets (`aug8b`)
# Figures: /tmp/x2/acc.json (accuracy), /tmp/x2/bench.json (speed); logs: /tmp/steplogs, /tmp/x2/*.log.
# Poll with `sleep N; tail /tmp/x2/*.log` calls; copy /tmp/x2/*.json and the logs to $OUT at the end.
#
#   mkdir -p /tmp/x2; setsid nohup bash bench/two_gpu_session.sh > /tmp/x2/driver.log 2>&1 < /dev/null &
#
# Earlier forms of this script ran on 2026-11-28: `git show 3416fa0:bench/two_gpu_session.sh` (session c),
# `git show c5edc53:bench/two_gpu_session.sh` (session d, round `tttlr` and the votes) and
# `git show fedbfe9:bench/two_gpu_session.sh` (planned for session e, replaced by this one).
set -u
cd "$(dirname "$0")/.."
mkdir -p /tmp/x2
export NCCL_NVLS_ENABLE=0 TORCH_SYMM_MEM_DISABLE_MULTICAST=1 NVSHMEM_DISABLE_NVLS=1  # no NVLink multicast here
export PYTHONPATH=/tmp/site HF_HUB_OFFLINE=1 PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
export BENCH_OUT=/tmp/x2/bench.json OUT=/tmp/x2/out STEP_TIMEOUT=${STEP_TIMEOUT:-1500}
P="python3 bench/bench.py --model /tmp/llama3-8b-random --out /tmp/x2/bench.json --parts predict04"
echo "=== phase 1 at $(date +%T)"
(export CUDA_VISIBLE_DEVICES=0
 bash bench/gpu_session.sh small_data small_speed small_speed16 > /tmp/x2/small.log 2>&1) &
(export CUDA_VISIBLE_DEVICES=1
 bash bench/gpu_session.sh data model_bg wait_model decode_step > /tmp/x2/gpu1.log 2>&1
 $P --tag p04_1gpu_838 --p04-limit 0 --work /tmp/b5 > /tmp/x2/p04_1gpu.log 2>&1) &
wait
echo "=== phase 2 at $(date +%T)"
$P --gpus 2 --tag p04_2gpu_838 --p04-limit 0 --work /tmp/b7 > /tmp/x2/p04_2gpu.log 2>&1
echo "=== phase 3 at $(date +%T)"
(export CUDA_VISIBLE_DEVICES=0
 RESULTS=/tmp/x2/acc.json bash bench/smollm2_sweep.sh poe > /tmp/x2/poe.log 2>&1
 echo "=== poe done at $(date +%T)" >> /tmp/x2/poe.log) &
(export CUDA_VISIBLE_DEVICES=1
 bash bench/gpu_session.sh aug8b > /tmp/x2/aug8b.log 2>&1
 echo "=== aug8b done at $(date +%T)" >> /tmp/x2/aug8b.log) &
wait
echo "=== all done at $(date +%T)"
