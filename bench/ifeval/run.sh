#!/usr/bin/env bash
# IFEval conformance (see README.md): dumps this scorer's verdicts and tokens, then compares them
# with the Python reference when IFEVAL_REFERENCE and NLTK_SOURCES are set.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PWD/node_modules/.bin:$PATH"
mkdir -p bench/out
npx esbuild bench/ifeval/dump.ts --bundle --platform=node --format=esm --log-level=warning \
  --banner:js="import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" \
  --outfile=bench/out/ifeval-dump.mjs
node bench/out/ifeval-dump.mjs
if [[ -n "${IFEVAL_REFERENCE:-}" && -n "${NLTK_SOURCES:-}" ]]; then
  "${PYTHON:-python3}" bench/ifeval/reference.py
else
  echo "set IFEVAL_REFERENCE and NLTK_SOURCES to compare with the Python reference (bench/ifeval/README.md)"
fi
