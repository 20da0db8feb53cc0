#!/usr/bin/env bash
# The canary check's cost on a 2,000-item cached rerun (issue 12): builds dist/ and the bench, then runs it.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PWD/node_modules/.bin:$PATH"
# Built beside the committed dist/, which stays as it is.
node scripts/build.mjs --no-dashboard --outdir bench/out/dist
mkdir -p bench/out
npx esbuild bench/cache/main.ts --bundle --platform=node --format=esm --log-level=warning \
  --banner:js="import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" \
  --outfile=bench/out/cache.mjs
node bench/out/cache.mjs "$@"
