#!/usr/bin/env bash
# One session on the 2-GPU machine (nvidia-h200-x2), in the background after `gpu_session.sh setup gguf_a` and
# `gguf_b` (bench/README.md), the steps in order of need on each GPU:
#   GPU 0: SmolLM2: round `tttlr` (TTT's learning rate chosen on held-out train pairs, then the evaluation set once,
#          seed rule), then the vote over 16 on the evaluation set with the round's base adapter (issue 10's figure),
#          then with the chosen TTT adapter (issue 11's figure with voting), if one was chosen
#   GPU 1: SmolLM2's decoding through 04's engine with its counts, once the round's 02 has written the evaluation
#          prompts (issue 9); then issue 10's 8B targets (`gpu_session.sh aug8b`)
#   both, once both are free: 04 over all 838 prompts on one and on two GPUs (issue 13's prediction scaling)
# Figures: /tmp/x2/acc.json (accuracy), /tmp/x2/bench.json (speed); logs: /tmp/steplogs, /tmp/x2/*.log.
# Poll with `sleep N; tail /tmp/x2/*.log` calls; copy /tmp/x2/*.json and the logs to $OUT at the end.
#
#   mkdir -p /tmp/x2; setsid nohup bash bench/two_gpu_session.sh > /tmp/x2/driver.log 2>&1 < /dev/null &
#
# Earlier forms of this script: `git show 3416fa0:bench/two_gpu_session.sh` ran on 2026-11-28 (session c;
# bench/logs/2026-11-28c/README.md); `git show 6bcd112:bench/two_gpu_session.sh` was planned, not run.
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
 echo "=== tttlr rc=$? at $(date +%T)" >> /tmp/x2/tttlr.log
 [ -f /tmp/acc/tttlr/03_adapter/adapter_config.json ] &&
   $E --tag eval_vote16 --reuse /tmp/acc/tttlr --from 4 "${VOTE[@]}" > /tmp/x2/vote16.log 2>&1
 C=$(cat /tmp/acc/tttlr_chosen 2>/dev/null)
 [ -n "$C" ] && $E --tag eval_vote16_ttt --ttt --reuse "$C" --from 4 "${VOTE[@]}" > /tmp/x2/vote16_ttt.log 2>&1
 echo "=== gpu 0 done at $(date +%T)" >> /tmp/x2/tttlr.log) &
(export CUDA_VISIBLE_DEVICES=1
 bash bench/gpu_session.sh model_bg
 while [ ! -f /tmp/acc/tttlr/02_eval.jsonl ]; do sleep 5; done; sleep 5
 SW=/tmp/acc/tttlr bash bench/gpu_session.sh small_speed wait_model aug8b
 echo "=== gpu 1 done at $(date +%T)") > /tmp/x2/gpu1.log 2>&1 &
wait
P="python3 bench/bench.py --model /tmp/llama3-8b-random --out /tmp/x2/bench.json --parts predict04"
(bash bench/gpu_session.sh data  # 04's prompts in data/ (on 2026-11-28, session d, they were missing)
 $P --tag p04_1gpu_838 --p04-limit 0 --work /tmp/b5
 $P --gpus 2 --tag p04_2gpu_838 --p04-limit 0 --work /tmp/b7
) > /tmp/x2/both.log 2>&1
echo "=== all done at $(date +%T)" >> /tmp/x2/both.log
