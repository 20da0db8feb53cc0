#!/usr/bin/env bash
# The engine's benchmarks (issue 3): builds dist/ and the bench, then runs the named cases (all by default).
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PWD/node_modules/.bin:$PATH" # Node 24, as the Action runs
bash bench/build.sh bench/engine/main.ts bench/engine/client-floor.ts
node bench/out/engine.mjs "$@"
