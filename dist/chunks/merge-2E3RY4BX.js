import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  mergeShards
} from "./chunk-JLWZHAG6.js";
import {
  renderSummaryTable
} from "./chunk-GU67Z6ZN.js";
import "./chunk-LIG7DFOA.js";
import "./chunk-S7FZLBF4.js";
import "./chunk-HIXJSJH2.js";
import "./chunk-6WR6ZVYL.js";
import "./chunk-BHQOCA2E.js";
import "./chunk-DENRS3T3.js";
import "./chunk-JF5I76B5.js";
import "./chunk-R5XGLPLO.js";
import "./chunk-XINLANYU.js";
import "./chunk-UCYXHRQB.js";
import {
  EXIT
} from "./chunk-IFKRUCDA.js";
import {
  parseCommandArgs,
  parseCount
} from "./chunk-CC7CSC57.js";
import "./chunk-WLDSHAP3.js";
import "./chunk-USY4V3ED.js";
import {
  EvalwardenError
} from "./chunk-2UXU3PFN.js";
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
