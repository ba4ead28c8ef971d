#!/usr/bin/env bash
# One session on the 2-GPU machine (nvidia-h200-x2), in the background after `gpu_session.sh setup gguf_a` and
# `gguf_b` (bench/README.md):
#   GPU 0: SmolLM2: round `tttlr` (TTT's learning rate chosen on held-out train pairs, then the evaluation set once)
#   GPU 1: the 8B architecture: 04 on one GPU at full load (all 838 prompts; the vote's 2 rows per prompt over 8
#          views on 100 tasks), then SmolLM2's vote over 16 on the evaluation set with the round's base adapter
#          (issue 10's figure), once that adapter exists
#   both, once both are free: the same 04 runs on two GPUs (issue 13's prediction scaling)
# Figures: /tmp/x2/acc.json (accuracy), /tmp/x2/bench.json (speed); logs: /tmp/steplogs, /tmp/x2/*.log.
# Poll with `sleep N; tail /tmp/x2/*.log` calls; copy /tmp/x2/*.json and the logs to $OUT at the end.
#
#   mkdir -p /tmp/x2; setsid nohup bash bench/two_gpu_session.sh > /tmp/x2/driver.log 2>&1 < /dev/null &
#
# What ran on 2026-11-28 (session c) was the previous form of this script, `git show 3416fa0:bench/two_gpu_session.sh`
# (round `ttt` with TTT_AUG=1 on GPU 0; the 8B TTT stage and 03 on 1 GPU on GPU 1; 03 on 2 GPUs):
# bench/logs/2026-11-28c/README.md.
set -u
cd "$(dirname "$0")/.."
mkdir -p /tmp/x2
export NCCL_NVLS_ENABLE=0 TORCH_SYMM_MEM_DISABLE_MULTICAST=1 NVSHMEM_DISABLE_NVLS=1  # no NVLink multicast here
export PYTHONPATH=/tmp/site HF_HUB_OFFLINE=1 PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
export BENCH_OUT=/tmp/x2/bench.json OUT=/tmp/x2/out STEP_TIMEOUT=${STEP_TIMEOUT:-1500}
E="python3 bench/accuracy.py --model smollm2-135m --out /tmp/x2/acc.json"
VOTE=(--a4="--views all --samples 1 --with-greedy" --a5="--select vote")
(export CUDA_VISIBLE_DEVICES=0
 RESULTS=/tmp/x2/acc.json bash bench/smollm2_sweep.sh tttlr > /tmp/x2/tttlr.log 2>&1
 echo "=== tttlr rc=$? at $(date +%T)" >> /tmp/x2/tttlr.log) &
# GPU 1 starts once the round has loaded unsloth (which compiles its modules on first use); 04's data for the
# vote's rows: all 8 evaluation views (01 --eval-views all)
P="python3 bench/bench.py --model /tmp/llama3-8b-random --out /tmp/x2/bench.json --parts predict04"
ROWS="--views all --samples 1 --with-greedy"
(sleep 60; export CUDA_VISIBLE_DEVICES=1
 bash bench/gpu_session.sh model_bg wait_model data
 $P --tag p04_1gpu_838 --p04-limit 0 --work /tmp/b5
 python3 01_augment.py --out-dir /tmp/d8 --eval-views all && python3 02_format.py --out-dir /tmp/d8 \
   --train /tmp/d8/01_train.jsonl --eval /tmp/d8/01_eval.jsonl
 $P --tag p04_1gpu_rows --p04-limit 100 --eval /tmp/d8/02_eval.jsonl --p04-args "$ROWS" --work /tmp/b6
 # the round's base adapter written (or the round over without it)
 while [ ! -f /tmp/acc/tttlr/03_train.log ] && ! grep -q "=== tttlr rc=" /tmp/x2/tttlr.log 2>/dev/null; do
   sleep 5; done
 [ -f /tmp/acc/tttlr/03_adapter/adapter_config.json ] &&
   $E --tag eval_vote16 --reuse /tmp/acc/tttlr --from 4 "${VOTE[@]}"
 echo "=== gpu 1 done at $(date +%T)") > /tmp/x2/gpu1.log 2>&1 &
wait
($P --gpus 2 --tag p04_2gpu_838 --p04-limit 0 --work /tmp/b7
 $P --gpus 2 --tag p04_2gpu_rows --p04-limit 100 --eval /tmp/d8/02_eval.jsonl --p04-args "$ROWS" --work /tmp/b8
) > /tmp/x2/both.log 2>&1
echo "=== all done at $(date +%T)" >> /tmp/x2/both.log
