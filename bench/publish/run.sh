#!/bin/sh
# Bundles the publish benchmark with esbuild and runs it on Node 24 (node_modules/.bin/node).
# Usage: bench/publish/run.sh [--runs 10000] [--small 100] [--tasks 50] [--models 20] [--repeats 5]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$root/node_modules/.bin/esbuild" "$root/bench/publish/bench.ts" --bundle --platform=node --format=esm \
  --outfile="$out/bench.mjs" --log-level=warning \
  --banner:js="import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);"
"$root/node_modules/.bin/node" "$out/bench.mjs" --out "$root/bench/publish/results.json" "$@"
