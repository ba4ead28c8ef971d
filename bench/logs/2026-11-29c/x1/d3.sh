set -u
cd "$1"
export PYTHONPATH=/tmp/site HF_HUB_OFFLINE=1 PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
B="python3 bench/accuracy.py --model smollm2-135m --valid 80 --out /tmp/x1/acc.json"
echo "=== prep $(date +%T)"
$B --tag v4_prep --ttt --to 2 --a1="--extra-train arc2-train,arc2-eval --eval-views all" > /tmp/x1/prep.log 2>&1
echo "=== runs $(date +%T)"
$B --tag v4_e4 --ttt --reuse /tmp/acc/v4_prep --from 3 --a4="--views all --samples 1 --with-greedy" --a5="--select vote" > /tmp/x1/e4.log 2>&1 &
(sleep 45; $B --tag v4_e2_t1_vote8 --ttt --reuse /tmp/acc/v4_prep --from 3 --a3="--epochs 2" --a3t="--epochs 1" --a4="--views all --greedy" --a5="--select vote" > /tmp/x1/cheap.log 2>&1) &
wait
echo "=== all done $(date +%T)"
