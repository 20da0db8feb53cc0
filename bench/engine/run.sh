#!/usr/bin/env bash
# The engine's benchmarks (issue 3): builds dist/ and the bench, then runs the named cases (all by default).
set -euo pipefail
cd "$(dirname "$0")/../.."
# Node 24 from the node@24 devDependency, as npm scripts and the Action use.
export PATH="$PWD/node_modules/.bin:$PATH"
# Built beside the committed dist/, which stays as it is.
node scripts/build.mjs --no-dashboard --outdir bench/out/dist
mkdir -p bench/out
npx esbuild bench/engine/main.ts --bundle --platform=node --format=esm --log-level=warning \
  --banner:js="import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" \
  --outfile=bench/out/engine.mjs
npx esbuild bench/engine/client-floor.ts --bundle --platform=node --format=esm --log-level=warning \
  --banner:js="import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" \
  --outfile=bench/out/client-floor.mjs
node bench/out/engine.mjs "$@"
