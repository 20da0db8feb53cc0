#!/usr/bin/env bash
# The harness benchmark (issue 8): IFEval + GSM8K end to end: builds dist/ and the bench, then runs the named cases (all by default).
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PWD/node_modules/.bin:$PATH" # Node 24, as the Action runs
bash bench/build.sh bench/harness/main.ts
node bench/out/harness.mjs "$@"
