#!/bin/sh
# The gate's simulation benchmark: bundles main.ts with esbuild (no TS runtime needed) and runs it.
# Usage: bench/gate-sim/run.sh [--prs 10000] [--quick] [--sizes 100,500] [--seed n]
set -eu
cd "$(dirname "$0")/../.."
# --real: simulated PRs through the real code path, fixed and sequential gate (real-main.ts):
#   [--prs 10000] [--workers 2] [--correlations 0.5,0.7,0.9] [--drops 0,0.06] [--looks 50,100,150,200,300]
#   [--futility 0.3] [--futility-spend 0.1]; the full run takes about 13 min on 2 cores (RESULTS.md).
entry=main
case " $* " in *" --real "*) entry=real-main ;; esac
npx esbuild "bench/gate-sim/$entry.ts" --bundle --platform=node --format=esm --packages=external --log-level=warning --outfile="bench/out/gate-sim-$entry.mjs"
exec ./node_modules/.bin/node "bench/out/gate-sim-$entry.mjs" "$@"
