import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);

// src/cli/commands/gate-after-run.ts
async function gateAfterRun(input) {
  const { compareWith } = await import("./compare-YRVZYJTO.js");
  const args = [
    "--candidate",
    input.result.outDir,
    "--baseline",
    input.baseline,
    "--config",
    input.result.loaded.file
  ];
  if (input.baselineModel) args.push("--baseline-model", input.baselineModel);
  return compareWith(args, input.io, { rescoreBaseline: input.rescoreBaseline });
}

export {
  gateAfterRun
};
