#!/usr/bin/env bash
# The next session on the 2-GPU machine (nvidia-h200-x2), in the background after `gpu_session.sh setup gguf_a` and
# `gguf_b` (bench/README.md, "Next GPU session"), the steps in order of need on each GPU:
#   GPU 0: where the scoring pass's time goes (score_step: 8 layers of the 8B shapes, 1,024 pairs, by kind of
#          kernel; rows longest first against prefix order, masked attention against the split one), SmolLM2's
#          training through each backend (03's start-up: 58 s with unsloth), then the whole evaluation run at
#          seed 2 (round `poe`: + ARC-AGI-2, TTT, the vote over 16, then product of experts), timed stage by stage
#   GPU 1: the 8B build, then issue 10's scoring target alone (`score8b`: 13,408 pairs, 375 s on 2026-11-29, target
#          300 s), then 04 over all 838 prompts on the 8B architecture (the kernel the default)
# Figures: /tmp/x2/acc.json (accuracy), /tmp/x2/bench.json (speed); logs: /tmp/steplogs, /tmp/x2/*.log. Poll with
# `sleep N; tail /tmp/x2/*.log` calls; copy /tmp/x2/*.json and the logs (one archive: at most 8 files come back) to
# $OUT at the end. Keep figures out of the repository: each call copies the working tree there again.
#
#   mkdir -p /tmp/x2; setsid nohup bash bench/two_gpu_session.sh > /tmp/x2/driver.log 2>&1 < /dev/null &
#
# Earlier forms of this script: `git show 3416fa0:bench/two_gpu_session.sh` (2026-11-28 session c),
# `c5edc53` (d), `b862180` (e), `11af7a1` (2026-11-29 a; bench/logs/2026-11-29a/README.md).
set -u
cd "$(dirname "$0")/.."
mkdir -p /tmp/x2
export NCCL_NVLS_ENABLE=0 TORCH_SYMM_MEM_DISABLE_MULTICAST=1 NVSHMEM_DISABLE_NVLS=1  # no NVLink multicast here
export PYTHONPATH=/tmp/site HF_HUB_OFFLINE=1 PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
export BENCH_OUT=/tmp/x2/bench.json RESULTS=/tmp/x2/acc.json OUT=/tmp/x2/out STEP_TIMEOUT=${STEP_TIMEOUT:-1500}
(export CUDA_VISIBLE_DEVICES=0 POE_SEED=2
 bash bench/gpu_session.sh data8 score_step small_data small_train_unsloth small_train_peft > /tmp/x2/gpu0.log 2>&1
 bash bench/smollm2_sweep.sh poe > /tmp/x2/poe.log 2>&1
 echo "=== gpu 0 done at $(date +%T)" >> /tmp/x2/poe.log) &
(export CUDA_VISIBLE_DEVICES=1  # the 8B build takes longer than GPU 0's data8, which score8b reads
 bash bench/gpu_session.sh model_bg wait_model score8b data p04_838
 echo "=== gpu 1 done at $(date +%T)") > /tmp/x2/gpu1.log 2>&1 &
wait
echo "=== all done at $(date +%T)"
