import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  EvalwardenError
} from "./chunk-2UXU3PFN.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
var HelpRequested = class extends Error {
  constructor(usage) {
    super("help requested");
    this.usage = usage;
  }
  usage;
};
function parseCommandArgs(args, options, usage) {
  if (args.includes("--help") || args.includes("-h")) throw new HelpRequested(usage);
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new EvalwardenError(error.message, { hint: usage });
  }
}
function parseCount(value, flag) {
  if (value === void 0) return void 0;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new EvalwardenError(`${flag} takes a whole number \u2265 1, not "${value}"`);
  return Number(value);
}
function parseStep(value) {
  if (value === void 0) return void 0;
  if (!/^\d+$/.test(value))
    throw new EvalwardenError(
      `--step takes a checkpoint's training step (a whole number \u2265 0), not "${value}"`
    );
  return Number(value);
}
function parseConcurrency(value) {
  if (value === void 0 || value === "auto") return value;
  return parseCount(value, "--concurrency");
}

export {
  HelpRequested,
  parseCommandArgs,
  parseCount,
  parseStep,
  parseConcurrency
};
