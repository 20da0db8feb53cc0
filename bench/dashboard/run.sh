#!/usr/bin/env bash
# Dashboard bench: generates 10,000 runs of protocol data, serves it with `evalwarden dashboard`,
# and times the overview and view switches in Debian's headless Chromium (median of 5).
# BENCH_RUNS / BENCH_REPEATS override the size and repeats. Output: bench/out/dashboard/results.json
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p bench/out/dashboard
npx --no-install esbuild --bundle --platform=node --format=esm --packages=external --log-level=warning \
  bench/dashboard/bench.ts --outfile=bench/out/dashboard/bench.mjs
exec node_modules/.bin/node bench/out/dashboard/bench.mjs
