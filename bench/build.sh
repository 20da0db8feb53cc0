#!/usr/bin/env bash
# Builds dist/ beside the committed one (bench/out/dist) and bundles each named bench entry
# (bench/<name>/main.ts → bench/out/<name>.mjs, any other bench/<name>/<file>.ts → bench/out/<file>.mjs).
# Called by each bench's run.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# Node 24 from the node@24 devDependency, as npm scripts and the Action use.
export PATH="$PWD/node_modules/.bin:$PATH"
node scripts/build.mjs --no-dashboard --outdir bench/out/dist
mkdir -p bench/out
for entry in "$@"; do
  name=$(basename "$entry" .ts)
  [ "$name" = main ] && name=$(basename "$(dirname "$entry")")
  npx esbuild "$entry" --bundle --platform=node --format=esm --log-level=warning \
    --banner:js="import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" \
    --outfile="bench/out/$name.mjs"
done
