import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  parseCommandArgs
} from "./chunk-K4ZSLQGV.js";
import {
  fileAtCommit,
  gitContext,
  gitOutput
} from "./chunk-L5I7QCR6.js";
import {
  gateFolders,
  gateRun,
  refuseSystemPath,
  renderComparisonTable,
  writeFileAtomic
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

// src/cli/commands/compare.ts
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
var USAGE = `evalwarden compare --baseline <results dir | pages dir | run id> --candidate <results dir>
  [--config evalwarden.yml] [--baseline-model ID] [--out DIR] [--pages DIR]
  [--fail-on regression,error] [--label NAME]\u2026
  [--event pull_request|push|schedule|workflow_dispatch] [--sha SHA] [--branch B] [--base-ref B] [--base-sha SHA] [--parent-sha SHA]
exit code: 0 nothing in fail_on happened, 1 a failing verdict, 2 an error (bad config or data included)`;
var FAIL_ON = /* @__PURE__ */ new Set(["regression", "inconclusive", "error", "no-baseline"]);
var compare = (args, io) => compareWith(args, io);
async function compareWith(args, io, shared = {}) {
  const { values } = parseCommandArgs(
    args,
    {
      baseline: { type: "string" },
      candidate: { type: "string" },
      config: { type: "string" },
      "baseline-model": { type: "string" },
      out: { type: "string" },
      pages: { type: "string" },
      "fail-on": { type: "string" },
      label: { type: "string", multiple: true },
      event: { type: "string" },
      sha: { type: "string" },
      branch: { type: "string" },
      "base-ref": { type: "string" },
      "base-sha": { type: "string" },
      "parent-sha": { type: "string" }
    },
    USAGE
  );
  if (!values.candidate)
    throw new EvalwardenError("compare needs --candidate <results dir>", { hint: USAGE });
  const candidateDir = path.resolve(io.cwd, values.candidate);
  const failOn = parseFailOn(values["fail-on"]);
  const context = resolveContext(values, io);
  const common = {
    candidateDir,
    baselineModel: values["baseline-model"],
    context,
    labels: values.label ?? [],
    pages: values.pages === void 0 ? void 0 : path.resolve(io.cwd, values.pages)
  };
  let comparison;
  if (values.config !== void 0) {
    const { loadConfig } = await import("./config-S7S6VURT.js");
    const loaded = await loadConfig(path.resolve(io.cwd, values.config), { env: io.env });
    const config = failOn ? { ...loaded.config, gate: { ...loaded.config.gate, fail_on: failOn } } : loaded.config;
    const baseline = values.baseline ?? config.gate.baseline?.source;
    if (!baseline)
      throw new EvalwardenError("compare needs --baseline (or gate.baseline.source in the config)", {
        hint: USAGE
      });
    const { createBaselineRescorer } = await import("./rescore-baseline-URG2RD4Y.js");
    comparison = await gateRun({
      ...common,
      baseline: resolveBaselineArg(baseline, io.cwd),
      config,
      baseConfig: await configAtBase(loaded, context, io),
      rescoreBaseline: shared.rescoreBaseline ?? createBaselineRescorer(loaded, { env: io.env })
    });
  } else {
    if (!values.baseline)
      throw new EvalwardenError("compare needs --baseline <results dir | pages dir | run id>", {
        hint: USAGE
      });
    const gate = failOn ? { fail_on: failOn } : {};
    comparison = await gateFolders({
      ...common,
      baseline: resolveBaselineArg(values.baseline, io.cwd),
      gate
    });
  }
  const outDir = values.out === void 0 ? candidateDir : path.resolve(io.cwd, values.out);
  refuseSystemPath(outDir, "--out");
  await mkdir(outDir, { recursive: true });
  const file = path.join(outDir, "comparison.json");
  await writeFileAtomic(file, `${JSON.stringify(comparison, null, 2)}
`);
  for (const line of renderComparisonTable(comparison, "terminal").split("\n")) io.stdout(line);
  io.stderr(`wrote ${path.relative(io.cwd, file) || file}`);
  return comparison.exit_code;
}
async function looksGate(baseline, baselineModel, io) {
  const { createBaselineRescorer } = await import("./rescore-baseline-URG2RD4Y.js");
  let rescorer;
  const context = resolveContext({}, io);
  return {
    baseline: resolveBaselineArg(baseline, io.cwd),
    baselineModel,
    context,
    baseConfig: (loaded) => configAtBase(loaded, context, io),
    rescoreBaseline: (loaded) => rescorer ??= createBaselineRescorer(loaded, { env: io.env }),
    rescorer: () => rescorer
  };
}
async function configAtBase(loaded, context, io) {
  if (context.event !== "pull_request" && context.event !== "pull_request_target" || !context.base_sha)
    return void 0;
  const text = fileAtCommit(loaded.file, context.base_sha);
  if (text === void 0) return void 0;
  const { baseCommitConfig } = await import("./config-S7S6VURT.js");
  try {
    const displayName = `${path.basename(loaded.file)}@${context.base_sha.slice(0, 7)}`;
    return baseCommitConfig(loaded, text, { env: io.env, displayName });
  } catch (error) {
    io.stderr(
      `the base commit's config could not be read: ${error instanceof Error ? error.message : String(error)}`
    );
    return void 0;
  }
}
function resolveBaselineArg(value, cwd) {
  const asPath = path.resolve(cwd, value);
  if (/^(https?:\/\/|git@|ssh:\/\/)/.test(value)) return value;
  return value.includes("/") || value.startsWith(".") || existsSync(asPath) ? asPath : value;
}
function parseFailOn(value) {
  if (value === void 0) return void 0;
  const names = value.split(",").map((s) => s.trim()).filter((s) => s !== "");
  for (const name of names) {
    if (!FAIL_ON.has(name))
      throw new EvalwardenError(`--fail-on: unknown verdict "${name}"`, {
        hint: "use a comma-separated list of regression, inconclusive, error, no-baseline"
      });
  }
  return names;
}
function resolveContext(values, io) {
  const git = gitContext(io.env, io.cwd);
  const pick = (flag, fallback) => values[flag] ?? fallback ?? void 0;
  const context = {
    event: pick("event", git.event),
    sha: pick("sha", git.sha),
    branch: pick("branch", git.branch),
    base_ref: pick("base-ref", git.base_ref),
    base_sha: pick("base-sha", git.base_sha),
    parent_sha: pick("parent-sha", void 0)
  };
  if (context.event === "push" && context.parent_sha === void 0 && context.sha) {
    context.parent_sha = gitOutput(io.cwd, "rev-parse", `${context.sha}^`) ?? void 0;
  }
  if ((context.event === "pull_request" || context.event === "pull_request_target") && context.base_sha && context.sha) {
    context.base_sha = gitOutput(io.cwd, "merge-base", context.base_sha, context.sha) ?? context.base_sha;
  }
  return context;
}
export {
  compare,
  compareWith,
  looksGate
};
