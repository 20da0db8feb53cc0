import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  EXIT
} from "./chunk-IFKRUCDA.js";
import {
  parseCommandArgs,
  parseCount
} from "./chunk-K4ZSLQGV.js";
import {
  mergeShards,
  renderSummaryTable
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

// src/cli/commands/merge.ts
import path from "node:path";
var USAGE = `evalwarden merge --out DIR [--config evalwarden.yml] [--max-items N] SHARD_DIR\u2026
  Combines the results folders of \`run --shard i/N\` (or folders holding them) into one.`;
var merge = async (args, io) => {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      out: { type: "string" },
      config: { type: "string", default: "evalwarden.yml" },
      "max-items": { type: "string" }
    },
    USAGE
  );
  if (!values.out) throw new EvalwardenError("merge needs --out DIR", { hint: USAGE });
  if (positionals.length === 0)
    throw new EvalwardenError("merge needs at least one shard folder", { hint: USAGE });
  const result = await mergeShards({
    configPath: path.resolve(io.cwd, values.config),
    shardDirs: positionals.map((p) => path.resolve(io.cwd, p)),
    outDir: path.resolve(io.cwd, values.out),
    maxItems: parseCount(values["max-items"], "--max-items"),
    env: io.env
  });
  io.stdout(renderSummaryTable(result.summary));
  io.stderr(
    `merged ${result.shards} shard(s), ${result.records} records \u2192 ${path.relative(io.cwd, result.outDir) || "."} (${result.info.status})`
  );
  return EXIT.ok;
};
export {
  merge
};
