#!/usr/bin/env bash
# The canary check's cost on a 2,000-item cached rerun (issue 12): builds dist/ and the bench, then runs it.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PWD/node_modules/.bin:$PATH" # Node 24, as the Action runs
bash bench/build.sh bench/cache/main.ts
node bench/out/cache.mjs "$@"
