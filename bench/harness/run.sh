#!/usr/bin/env bash
# The harness benchmark (issue 8): IFEval + GSM8K end to end: builds dist/ and the bench, then runs the named cases (all by default).
set -euo pipefail
cd "$(dirname "$0")/../.."
# Node 24 from the node@24 devDependency, as npm scripts and the Action use.
export PATH="$PWD/node_modules/.bin:$PATH"
# Built beside the committed dist/, which stays as it is.
node scripts/build.mjs --no-dashboard --outdir bench/out/dist
mkdir -p bench/out
npx esbuild bench/harness/main.ts --bundle --platform=node --format=esm --log-level=warning \
  --banner:js="import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" \
  --outfile=bench/out/harness.mjs
node bench/out/harness.mjs "$@"
