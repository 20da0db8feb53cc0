import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  EXIT
} from "./chunk-IFKRUCDA.js";
import {
  parseCommandArgs,
  parseCount
} from "./chunk-K4ZSLQGV.js";
import {
  COMMENT_LIMIT,
  renderReport
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

// src/cli/commands/report.ts
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
var USAGE = `evalwarden report --results DIR [--comparison FILE] [--limit 65536] [--dashboard-url URL]
  Prints the markdown report the Action posts (PR comment, job summary) for a gated results folder.`;
var report = async (args, io) => {
  const { values } = parseCommandArgs(
    args,
    {
      results: { type: "string" },
      comparison: { type: "string" },
      limit: { type: "string" },
      "dashboard-url": { type: "string" },
      help: { type: "boolean" }
    },
    USAGE
  );
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (!values.results) throw new EvalwardenError("report needs --results DIR", { hint: USAGE });
  const dir = path.resolve(io.cwd, values.results);
  const comparisonFile = values.comparison ? path.resolve(io.cwd, values.comparison) : path.join(dir, "comparison.json");
  if (!existsSync(comparisonFile)) {
    throw new EvalwardenError(`no ${path.relative(io.cwd, comparisonFile) || comparisonFile}`, {
      hint: "gate the run first: evalwarden compare --candidate DIR --baseline \u2026"
    });
  }
  const comparison = JSON.parse(await readFile(comparisonFile, "utf8"));
  const summary = JSON.parse(await readFile(path.join(dir, "summary.json"), "utf8"));
  const runFile = path.join(dir, "run.json");
  const run = existsSync(runFile) ? JSON.parse(await readFile(runFile, "utf8")) : null;
  io.stdout(
    renderReport(
      { comparison, summary, run, dashboardUrl: values["dashboard-url"] ?? null },
      parseCount(values.limit, "--limit") ?? COMMENT_LIMIT
    ).trimEnd()
  );
  return EXIT.ok;
};
export {
  report
};
