#!/usr/bin/env bash
# The next session on the 2-GPU machine (nvidia-h200-x2), in the background after `gpu_session.sh setup gguf_a` and
# `gguf_b` (bench/README.md, "Next GPU session"), the steps in order of need on each GPU:
#   GPU 0: the GPU-only tests (session e's windows and Triton decoding kernel on CUDA first), SmolLM2's prediction
#          speed with windows and with the kernel (`small_data small_speed small_speed_ragged small_speed16
#          small_speed16_ragged`), 04 over all 838 prompts on the 8B architecture both ways (72 s of generation
#          before windows), then round 3 of the sweep (colour-permuted copies of the training tasks)
#   GPU 1: the 8B build, one layer's attention computed several ways (`decode_step`, with --attention: where the
#          cache reads lose 70% of the bandwidth), then issue 10's 8B targets (`aug8b`: 6,704 generations, then the
#          scoring pass; neither has a figure yet: session d's ran out of time, session e's hit two bugs since fixed)
# Figures: /tmp/x2/acc.json (accuracy; bench/results.json for round 3), /tmp/x2/bench.json (speed); logs:
# /tmp/steplogs, /tmp/x2/*.log. Poll with `sleep N; tail /tmp/x2/*.log` calls; copy /tmp/x2/*.json,
# bench/results.json and the logs (one archive: at most 8 files come back) to $OUT at the end.
#
#   mkdir -p /tmp/x2; setsid nohup bash bench/two_gpu_session.sh > /tmp/x2/driver.log 2>&1 < /dev/null &
#
# Earlier forms of this script ran on 2026-11-28: `git show 3416fa0:bench/two_gpu_session.sh` (session c),
# `git show c5edc53:bench/two_gpu_session.sh` (session d) and `git show b862180:bench/two_gpu_session.sh` (session e:
# issue 13's 838-prompt scaling, round `poe`; bench/logs/2026-11-28e/README.md).
set -u
cd "$(dirname "$0")/.."
mkdir -p /tmp/x2
export NCCL_NVLS_ENABLE=0 TORCH_SYMM_MEM_DISABLE_MULTICAST=1 NVSHMEM_DISABLE_NVLS=1  # no NVLink multicast here
export PYTHONPATH=/tmp/site HF_HUB_OFFLINE=1 PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
export BENCH_OUT=/tmp/x2/bench.json OUT=/tmp/x2/out STEP_TIMEOUT=${STEP_TIMEOUT:-1500}
(export CUDA_VISIBLE_DEVICES=0
 bash bench/gpu_session.sh gputests small_data small_speed_whole small_speed small_speed_ragged small_speed16 \
   small_speed16_ragged data wait_model p04_838 p04_838_ragged > /tmp/x2/gpu0.log 2>&1
 bash bench/smollm2_sweep.sh 3 > /tmp/x2/sweep3.log 2>&1
 echo "=== gpu 0 done at $(date +%T)" >> /tmp/x2/sweep3.log) &
(export CUDA_VISIBLE_DEVICES=1
 bash bench/gpu_session.sh model_bg wait_model decode_step aug8b
 echo "=== gpu 1 done at $(date +%T)") > /tmp/x2/gpu1.log 2>&1 &
wait
echo "=== all done at $(date +%T)"
