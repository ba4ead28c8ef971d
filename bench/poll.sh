#!/usr/bin/env bash
# One poll of a background GPU session (bench/one_gpu_session.sh, two_gpu_session.sh): wait, show where it stands,
# and bring every figure and log back with this call, so that nothing is lost if the machine goes back before the
# next one (2026-11-29 c lost a whole run so). Run it as the device tool's command, one call after another:
#
#   bash bench/poll.sh 240           # wait 240 s, then report /tmp/x1 (one GPU)
#   bash bench/poll.sh 240 /tmp/x2   # the two-GPU session's folder
#
# Reports: the driver's last lines, every accuracy.py summary line so far, and the last line of each step log.
# Brings back (under $OUT, which the device tool returns): the session folder's JSON figures, and one archive of the
# session folder, the step logs and each accuracy run's logs and small JSON files.
set -u
sleep "${1:-240}"
X=${2:-/tmp/x1}
echo "=== $(date +%T) $X"
last() { tail -c 2000 "$1" | tr '\r' '\n' | grep -v '^ *$' | tail -n "$2" | cut -c1-300; }  # tqdm redraws with \r
for f in "$X"/*.log; do [ -f "$f" ] && { echo "--- $f"; last "$f" 3; }; done
grep -h "^accuracy: [a-z0-9_]*: score" "$X"/*.log 2>/dev/null | cut -c1-300
for f in /tmp/steplogs/*.log; do [ -f "$f" ] && echo "$(basename "$f"): $(last "$f" 1)"; done
if [ -n "${OUT:-}" ]; then
  mkdir -p "$OUT"
  cp "$X"/*.json "$OUT/" 2>/dev/null
  tar -czf "$OUT/logs.tgz" --exclude='*submission*' --exclude='01_stats.json' "$X" /tmp/steplogs \
    /tmp/acc/*/*.log /tmp/acc/*/0[1-6]_*.json /tmp/acc/*/03_*train_log.jsonl 2>/dev/null
fi
true
