#!/usr/bin/env bash
# The next session on the 2-GPU machine (nvidia-h200-x2), in the background after `gpu_session.sh setup gguf_a` and
# `gguf_b` (bench/README.md, "Next GPU session"):
#   GPU 0: the engine's GPU tests, then round `levers 1` on the 80 held-out training tasks (RE-ARC's generated
#          tasks at 4 epochs beside the seed's whole-text loss), then SmolLM2's 838 predictions
#   GPU 1: round `levers 2` (RE-ARC at 2 epochs beside the preset at seed 1), then the 8B build and 04 over all
#          838 prompts on the 8B architecture
# Figures: /tmp/x2/acc.json (accuracy), /tmp/x2/bench.json (speed); logs: /tmp/steplogs, /tmp/x2/*.log. Poll with
# `bash bench/poll.sh 240 /tmp/x2`, one call right after another: it reports and brings the figures and logs back.
# Keep figures out of the repository: each call copies the working tree there again.
#
#   mkdir -p /tmp/x2; setsid nohup bash bench/two_gpu_session.sh > /tmp/x2/driver.log 2>&1 < /dev/null &
#
# Earlier forms of this script: `git show 3416fa0:bench/two_gpu_session.sh` (2026-11-28 session c),
# `c5edc53` (d), `b862180` (e), `11af7a1` (2026-11-29 a; bench/logs/2026-11-29a/README.md), `910a06a` (planned for
# 2026-11-29 b, which got one H200: bench/one_gpu_session.sh), `3fc6b01` (planned for 2026-11-29 c, likewise).
set -u
cd "$(dirname "$0")/.."
mkdir -p /tmp/x2
export NCCL_NVLS_ENABLE=0 TORCH_SYMM_MEM_DISABLE_MULTICAST=1 NVSHMEM_DISABLE_NVLS=1  # no NVLink multicast here
export PYTHONPATH=/tmp/site HF_HUB_OFFLINE=1 PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
export BENCH_OUT=/tmp/x2/bench.json RESULTS=/tmp/x2/acc.json OUT=/tmp/x2/out STEP_TIMEOUT=${STEP_TIMEOUT:-1500}
# the data of round `levers` once, before the two GPUs' halves use it
bash bench/smollm2_sweep.sh levers prep > /tmp/x2/prep.log 2>&1
(export CUDA_VISIBLE_DEVICES=0
 bash bench/gpu_session.sh gputests_engine > /tmp/x2/levers1.log 2>&1
 bash bench/smollm2_sweep.sh levers 1 >> /tmp/x2/levers1.log 2>&1
 bash bench/gpu_session.sh small_data small_speed >> /tmp/x2/levers1.log 2>&1
 echo "=== gpu 0 done at $(date +%T)" >> /tmp/x2/levers1.log) &
(export CUDA_VISIBLE_DEVICES=1
 bash bench/smollm2_sweep.sh levers 2 > /tmp/x2/levers2.log 2>&1
 bash bench/gpu_session.sh model_bg wait_model data p04_838
 echo "=== gpu 1 done at $(date +%T)") > /tmp/x2/gpu1.log 2>&1 &
wait
echo "=== all done at $(date +%T)"
