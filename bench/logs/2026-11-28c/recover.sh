# after the vote-over-16 predictions on the evaluation set proved too slow for the session (killed): the seed rule
# before/after TTT, the validation table's geometric row again (it ran out of GPU memory beside 3 other jobs)
export PYTHONPATH=/tmp/site HF_HUB_OFFLINE=1 PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false CUDA_VISIBLE_DEVICES=0
E="python3 bench/accuracy.py --model smollm2-135m --out /tmp/x2/acc.json"
$E --tag ttt_eval_before_seedrule --reuse /tmp/acc/ttt_eval --from 4 &
$E --tag ttt_eval_seedrule --ttt --reuse /tmp/acc/ttt_eval --from 4 &
wait
W=/tmp/acc/ttt_eval_geometric; M=smollm2-135m
python3 03_train.py --model $M --train $W/02_ttt.jsonl --init-adapter /tmp/acc/ttt_eval/03_adapter --adapter $W/03_ttt_adapter --valid $W/02_ttt_valid.jsonl --valid-out $W/03_ttt_valid.json --epochs 1 --checkpoints $W/ck --log $W/03_ttt_train_log.jsonl --overwrite > $W/03_ttt.log 2>&1
tail -3 $W/03_ttt.log
python3 bench/ttt_table.py --tag ttt_eval --out /tmp/x2/acc.json /tmp/acc/ttt_eval_n1 /tmp/acc/ttt_eval_geometric /tmp/acc/ttt_eval
echo "=== recover done $(date +%T)"
