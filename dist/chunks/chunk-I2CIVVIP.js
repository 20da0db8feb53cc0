import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  publishRun
} from "./chunk-WN3ZVHKA.js";
import {
  EXIT
} from "./chunk-IFKRUCDA.js";
import {
  parseCommandArgs
} from "./chunk-K4ZSLQGV.js";
import {
  apiKeyValues
} from "./chunk-533WVKLP.js";
import {
  EvalwardenError
} from "./chunk-2UXU3PFN.js";

// src/cli/commands/publish.ts
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
var USAGE = `evalwarden publish --results <dir>\u2026 [--remote <url> | --pages-dir <dir>] [--branch gh-pages]
  [--dashboard <dir>] [--comparison <file>] [--config evalwarden.yml] [--default-branch main] [--token-env GITHUB_TOKEN]
--results may be given several times (an import of checkpoints writes one folder each).
In GitHub Actions the remote defaults to the workflow's repository and the token to GITHUB_TOKEN.
A push refused for permissions is a notice (exit 0): the job needs \`permissions: contents: write\`.`;
var SITE_FLAGS = {
  remote: { type: "string" },
  "pages-dir": { type: "string" },
  branch: { type: "string" },
  "token-env": { type: "string" },
  config: { type: "string" }
};
async function siteFromFlags(values, io) {
  const pagesDir = values["pages-dir"] === void 0 ? void 0 : path.resolve(io.cwd, values["pages-dir"]);
  let remote = values.remote;
  if (remote === void 0 && pagesDir === void 0 && io.env.GITHUB_REPOSITORY) {
    remote = `${io.env.GITHUB_SERVER_URL ?? "https://github.com"}/${io.env.GITHUB_REPOSITORY}.git`;
  }
  if (remote !== void 0 && !/^[a-z][a-z0-9+.-]*:\/\//i.test(remote) && !remote.includes("@"))
    remote = path.resolve(io.cwd, remote);
  const tokenEnv = values["token-env"] ?? "GITHUB_TOKEN";
  const token = remote?.startsWith("https://") ? io.env[tokenEnv] || void 0 : void 0;
  const secrets = await apiKeyValues(path.resolve(io.cwd, values.config ?? "evalwarden.yml"), io.env);
  return { remote, pagesDir, branch: values.branch, token, secrets, log: io.stderr };
}
async function publishConfigFrom(file, io) {
  if (file === void 0) return {};
  const { loadConfig } = await import("./config-S7S6VURT.js");
  return (await loadConfig(path.resolve(io.cwd, file), { env: io.env })).config.publish;
}
var publish = async (args, io) => {
  const { values } = parseCommandArgs(
    args,
    {
      ...SITE_FLAGS,
      results: { type: "string", multiple: true },
      dashboard: { type: "string" },
      comparison: { type: "string" },
      "default-branch": { type: "string" }
    },
    USAGE
  );
  if (!values.results?.length) throw new EvalwardenError("publish needs --results <dir>", { hint: USAGE });
  if (values.comparison && values.results.length > 1)
    throw new EvalwardenError("--comparison goes with one --results folder", { hint: USAGE });
  const config = await publishConfigFrom(values.config, io);
  for (const results of values.results) {
    const resultsDir = path.resolve(io.cwd, results);
    const comparisonFile = values.comparison ? path.resolve(io.cwd, values.comparison) : path.join(resultsDir, "comparison.json");
    const comparison = existsSync(comparisonFile) ? JSON.parse(await readFile(comparisonFile, "utf8")) : void 0;
    if (values.comparison && comparison === void 0)
      throw new EvalwardenError(`--comparison: ${comparisonFile} does not exist`);
    const result = await publishRun({
      ...await siteFromFlags(values, io),
      resultsDir,
      dashboardDir: values.dashboard === void 0 ? void 0 : path.resolve(io.cwd, values.dashboard),
      config,
      context: { defaultBranch: values["default-branch"] ?? defaultBranch(io.env) },
      comparison
    });
    if (result.status === "forbidden") {
      io.stderr(
        io.env.GITHUB_ACTIONS === "true" ? `::notice title=evalwarden publish::${result.notice}` : `notice: ${result.notice}`
      );
      return EXIT.ok;
    }
    for (const run of result.runs)
      io.stdout(`published ${run.run_id} \u2192 data/${run.path}${run.verdict ? ` (${run.verdict})` : ""}`);
    for (const b of result.promoted)
      io.stdout(`baseline of ${b.branch} \xB7 ${b.model} \xB7 ${b.suite} is now ${b.run_id}`);
    if (result.pruned > 0) io.stderr(`retention removed ${result.pruned} old pull-request run(s)`);
    if (result.attempts > 1)
      io.stderr(`published after ${result.attempts} attempts (others were publishing too)`);
  }
  return EXIT.ok;
};
function defaultBranch(env) {
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? "", "utf8"));
    return event.repository?.default_branch ?? "main";
  } catch {
    return "main";
  }
}

export {
  SITE_FLAGS,
  siteFromFlags,
  publishConfigFrom,
  publish
};
