import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  SITE_FLAGS,
  publishConfigFrom,
  siteFromFlags
} from "./chunk-I2CIVVIP.js";
import {
  promote
} from "./chunk-WN3ZVHKA.js";
import {
  EXIT
} from "./chunk-IFKRUCDA.js";
import {
  parseCommandArgs
} from "./chunk-K4ZSLQGV.js";
import "./chunk-7HWHQXER.js";
import "./chunk-HJ6QT7E2.js";
import "./chunk-533WVKLP.js";
import "./chunk-36CHZPWI.js";
import "./chunk-MZFRBW5I.js";
import {
  EvalwardenError
} from "./chunk-2UXU3PFN.js";
import "./chunk-SYQIWND2.js";
import "./chunk-QTR7GT5E.js";

// src/cli/commands/promote.ts
var USAGE = `evalwarden promote <run-id> [--remote <url> | --pages-dir <dir>] [--branch gh-pages] [--reason TEXT]
Makes a published run (an id from data/index/<month>.json) the baseline of its branch, model and suite.`;
var promote2 = async (args, io) => {
  const { values, positionals } = parseCommandArgs(
    args,
    { ...SITE_FLAGS, reason: { type: "string" } },
    USAGE
  );
  if (positionals.length !== 1) throw new EvalwardenError("promote takes one run id", { hint: USAGE });
  const result = await promote({
    ...await siteFromFlags(values, io),
    runId: positionals[0],
    reason: values.reason,
    config: await publishConfigFrom(values.config, io)
  });
  if (result.status === "forbidden") {
    io.stderr(`notice: ${result.notice}`);
    return EXIT.error;
  }
  const b = result.baseline;
  io.stdout(`baseline of ${b.branch} \xB7 ${b.model} \xB7 ${b.suite} is now ${b.run_id}`);
  return EXIT.ok;
};
export {
  promote2 as promote
};
