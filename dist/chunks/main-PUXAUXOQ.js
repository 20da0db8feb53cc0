import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  EXIT
} from "./chunk-IFKRUCDA.js";
import {
  HelpRequested
} from "./chunk-K4ZSLQGV.js";
import {
  apiKeyValues,
  scrubber
} from "./chunk-533WVKLP.js";
import "./chunk-36CHZPWI.js";
import "./chunk-MZFRBW5I.js";
import {
  EvalwardenError
} from "./chunk-2UXU3PFN.js";
import "./chunk-SYQIWND2.js";
import "./chunk-QTR7GT5E.js";

// src/cli/main.ts
import path from "node:path";
var COMMANDS = {
  run: {
    summary: "run a suite against the models and write records, summary and run.json",
    load: async () => (await import("./run-U6QKK57Z.js")).run
  },
  compare: {
    summary: "compare a results folder with a baseline and give the verdict",
    load: async () => (await import("./compare-YRVZYJTO.js")).compare
  },
  merge: {
    summary: "combine the results folders of sharded runs (run --shard i/N) into one",
    load: async () => (await import("./merge-UBJ5UNUO.js")).merge
  },
  publish: {
    summary: "publish results to the gh-pages data protocol (a git remote or a folder)",
    load: async () => (await import("./publish-U5SMQJWQ.js")).publish
  },
  promote: {
    summary: "make a published run the baseline for its branch, model and suite",
    load: async () => (await import("./promote-XZ5UK6NA.js")).promote
  },
  import: {
    summary: "turn results of lm-evaluation-harness, evalscope, lighteval or score files into a results folder",
    load: async () => (await import("./import-H5VFICWE.js")).importCmd
  },
  dashboard: {
    summary: "serve the dashboard over a published data folder on 127.0.0.1",
    load: async () => (await import("./dashboard-RE4YOWDM.js")).dashboard
  },
  validate: {
    summary: "check evalwarden.yml and its datasets without calling a model",
    load: async () => (await import("./validate-SG53KEOC.js")).validate
  },
  sim: {
    summary: "start the simulated vLLM-style server",
    load: async () => (await import("./sim-DVBC4BYM.js")).sim
  },
  report: {
    summary: "print the markdown report the Action posts, for a gated results folder",
    load: async () => (await import("./report-PIJQQNHH.js")).report
  },
  demo: {
    summary: "run the quick suite for two simulated models and gate the second",
    load: async () => (await import("./demo-32OO3GC3.js")).demo
  }
};
function usage() {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    "usage: evalwarden <command> [options]   (evalwarden <command> --help)",
    "",
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
  ].join("\n");
}
async function main(argv, io) {
  const debug = argv.includes("--debug");
  const args = argv.filter((a) => a !== "--debug");
  const [name, ...rest] = args;
  if (!name || name === "--help" || name === "help" || name === "-h") {
    io.stdout(usage());
    return name ? EXIT.ok : EXIT.error;
  }
  if (name === "--version") {
    const { packageVersion } = await import("./package-root-JBUNRHHW.js");
    io.stdout(packageVersion());
    return EXIT.ok;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0;
  if (!entry) {
    io.stderr(`evalwarden: unknown command "${name}"
${usage()}`);
    return EXIT.error;
  }
  const scrubbed = await scrubbedIO(io, rest);
  try {
    return await (await entry.load())(rest, scrubbed);
  } catch (error) {
    if (error instanceof HelpRequested) {
      scrubbed.stdout(`usage: ${error.usage}`);
      return EXIT.ok;
    }
    scrubbed.stderr(formatError(error, debug));
    return EXIT.error;
  }
}
async function scrubbedIO(io, args) {
  const at = args.findIndex((a) => a === "--config" || a.startsWith("--config="));
  const configArg = at === -1 ? "evalwarden.yml" : args[at].startsWith("--config=") ? args[at].slice(9) : args[at + 1];
  const scrub = scrubber(await apiKeyValues(path.resolve(io.cwd, configArg ?? "evalwarden.yml"), io.env));
  return { ...io, stdout: (line) => io.stdout(scrub(line)), stderr: (line) => io.stderr(scrub(line)) };
}
function formatError(error, debug) {
  if (error instanceof EvalwardenError) {
    const lines = [`error: ${error.message}`];
    if (error.hint) lines.push(`hint: ${error.hint}`);
    if (debug && error.stack) lines.push(error.stack);
    return lines.join("\n");
  }
  const message = error instanceof Error ? error.message : String(error);
  return debug && error instanceof Error && error.stack ? `error: ${error.stack}` : `error: ${message} (run with --debug for details)`;
}
export {
  formatError,
  main,
  usage
};
