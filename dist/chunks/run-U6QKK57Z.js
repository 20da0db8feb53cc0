import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  gateAfterRun
} from "./chunk-VNWS3A2Q.js";
import {
  EXIT
} from "./chunk-IFKRUCDA.js";
import {
  parseCommandArgs,
  parseConcurrency,
  parseCount,
  parseStep
} from "./chunk-K4ZSLQGV.js";
import {
  gitContext,
  heapGuardFromEnv,
  parseModelPicks
} from "./chunk-L5I7QCR6.js";
import {
  failingErrors,
  parseShard,
  renderEstimate,
  renderSummaryTable,
  resolveGatePolicy,
  runEval,
  runLooks
} from "./chunk-7HWHQXER.js";
import "./chunk-HJ6QT7E2.js";
import "./chunk-533WVKLP.js";
import "./chunk-36CHZPWI.js";
import "./chunk-MZFRBW5I.js";
import {
  EvalwardenError
} from "./chunk-2UXU3PFN.js";
import "./chunk-SYQIWND2.js";
import "./chunk-QTR7GT5E.js";

// src/cli/commands/run.ts
import path from "node:path";
var USAGE = `evalwarden run --config evalwarden.yml --suite quick --out results/
  [--model ID[=SERVED[@URL]]]\u2026 [--step N] [--max-items N] [--concurrency N|auto] [--no-cache] [--resume [--force]]
  [--only-generate | --only-score] [--dry-run] [--shard i/N]
  [--baseline DIR|PAGES_DIR|RUN_ID [--baseline-model ID]]`;
var OPTIONS = {
  config: { type: "string", default: "evalwarden.yml" },
  suite: { type: "string", default: "quick" },
  out: { type: "string", default: "results" },
  model: { type: "string", multiple: true, default: [] },
  "max-items": { type: "string" },
  step: { type: "string" },
  concurrency: { type: "string" },
  "no-cache": { type: "boolean", default: false },
  resume: { type: "boolean", default: false },
  force: { type: "boolean", default: false },
  "only-generate": { type: "boolean", default: false },
  "only-score": { type: "boolean", default: false },
  "dry-run": { type: "boolean", default: false },
  shard: { type: "string" },
  baseline: { type: "string" },
  "baseline-model": { type: "string" }
};
var run = async (args, io) => {
  const { values } = parseCommandArgs(args, OPTIONS, USAGE);
  if (values["only-generate"] && values["only-score"])
    throw new EvalwardenError("--only-generate and --only-score exclude each other", { hint: USAGE });
  if (values.force && !values.resume)
    throw new EvalwardenError("--force only goes with --resume", { hint: USAGE });
  let shard;
  try {
    shard = values.shard ? parseShard(values.shard) : void 0;
  } catch (error) {
    throw new EvalwardenError(error.message, { hint: USAGE });
  }
  const options = {
    configPath: path.resolve(io.cwd, values.config),
    suite: values.suite,
    outDir: path.resolve(io.cwd, values.out),
    models: parseModelPicks(values.model),
    maxItems: parseCount(values["max-items"], "--max-items"),
    step: parseStep(values.step),
    concurrency: parseConcurrency(values.concurrency),
    cache: values["no-cache"] ? false : void 0,
    resume: values.resume,
    force: values.force,
    phase: values["only-generate"] ? "generate" : values["only-score"] ? "score" : "all",
    dryRun: values["dry-run"],
    shard,
    env: io.env,
    git: gitContext(io.env, io.cwd),
    signal: io.signal,
    log: io.stderr,
    onRecordWritten: heapGuardFromEnv(io.env)
  };
  const looks = values.baseline ? await (await import("./compare-YRVZYJTO.js")).looksGate(values.baseline, values["baseline-model"], io) : void 0;
  const result = looks ? await runLooks(options, looks) : await runEval(options);
  if (result.estimate) {
    for (const line of renderEstimate(result.estimate)) io.stdout(line);
    return EXIT.ok;
  }
  if (result.summary) io.stdout(renderSummaryTable(result.summary));
  io.stderr(
    `results: ${path.relative(io.cwd, result.outDir) || "."} (run ${result.runId}, ${result.info?.counts.requests ?? 0} requests, ${result.info?.counts.cached ?? 0} from cache)`
  );
  if (result.stopped) {
    io.stderr(`stopped early: ${result.stopped}`);
    if (io.signal.aborted) return 130;
  }
  if (values.baseline)
    return gateAfterRun({
      result,
      baseline: values.baseline,
      baselineModel: values["baseline-model"],
      io,
      rescoreBaseline: looks?.rescorer()
    });
  if (result.info && result.info.counts.errors > 0)
    io.stderr(
      `${result.info.counts.errors} items failed with infrastructure errors (counted apart, never as wrong answers)`
    );
  return errorRuleExit(result, options, io);
};
function errorRuleExit(result, options, io) {
  if (!result.summary || options.shard || options.phase === "generate") return EXIT.ok;
  const { gate, tasks } = result.loaded.config;
  const failing = failingErrors(result.summary, resolveGatePolicy(gate, tasks));
  if (failing.length === 0) return EXIT.ok;
  for (const line of failing) io.stderr(`error: ${line}`);
  return EXIT.error;
}
export {
  run
};
