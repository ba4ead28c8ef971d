#!/usr/bin/env bash
# One session on the 2-GPU machine (nvidia-h200-x2), in the background after `gpu_session.sh setup gguf_a` and
# `gguf_b` (bench/README.md):
#   GPU 0: SmolLM2's test-time fine-tuning round on the evaluation set (smollm2_sweep.sh ttt, TTT_AUG=1: the vote
#          over 16 before and after TTT, and the validation table)
#   GPU 1: the 8B architecture: its model, the TTT stage timed (ttt8b), then 03 and 04 on one GPU (ddp_1, ddp_1_peft)
#   both, once GPU 0 is free: 03 and 04 on two GPUs (ddp_2), and unsloth under DDP tried (ddp_2_unsloth)
# Figures: /tmp/x2/acc.json (accuracy), /tmp/x2/bench.json (speed); logs: /tmp/steplogs, /tmp/x2/*.log.
#
#   nohup bash bench/two_gpu_session.sh > /tmp/x2/driver.log 2>&1 &
set -u
cd "$(dirname "$0")/.."
mkdir -p /tmp/x2
export NCCL_NVLS_ENABLE=0 TORCH_SYMM_MEM_DISABLE_MULTICAST=1 NVSHMEM_DISABLE_NVLS=1  # no NVLink multicast here
export PYTHONPATH=/tmp/site HF_HUB_OFFLINE=1 PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
export BENCH_OUT=/tmp/x2/bench.json OUT=/tmp/x2/out STEP_TIMEOUT=${STEP_TIMEOUT:-1500}
(CUDA_VISIBLE_DEVICES=0 TTT_AUG=1 RESULTS=/tmp/x2/acc.json bash bench/smollm2_sweep.sh ttt > /tmp/x2/ttt.log 2>&1
 echo "=== ttt round rc=$? at $(date +%T)" >> /tmp/x2/ttt.log) &
# GPU 1 starts once the round has loaded unsloth (which compiles its modules on first use)
(sleep 60; CUDA_VISIBLE_DEVICES=1 bash bench/gpu_session.sh model_bg wait_model ttt8b data ddp_1 ddp_1_peft) \
  > /tmp/x2/gpu1.log 2>&1 &
wait
bash bench/gpu_session.sh ddp_2 ddp_2_unsloth > /tmp/x2/both.log 2>&1
echo "=== all done at $(date +%T)" >> /tmp/x2/both.log
