import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);

// src/cli/commands/gate-after-run.ts
async function gateAfterRun(input) {
  const { compare } = await import("./compare-7KVAF6ES.js");
  const args = [
    "--candidate",
    input.result.outDir,
    "--baseline",
    input.baseline,
    "--config",
    input.result.loaded.file
  ];
  if (input.baselineModel) args.push("--baseline-model", input.baselineModel);
  return compare(args, input.io);
}

export {
  gateAfterRun
};
