import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  buildPlan
} from "./chunk-HIXJSJH2.js";
import {
  loadConfig
} from "./chunk-6WR6ZVYL.js";
import "./chunk-BHQOCA2E.js";
import "./chunk-DENRS3T3.js";
import "./chunk-JF5I76B5.js";
import "./chunk-R5XGLPLO.js";
import {
  EXIT
} from "./chunk-IFKRUCDA.js";
import {
  parseCommandArgs
} from "./chunk-CC7CSC57.js";
import "./chunk-USY4V3ED.js";
import "./chunk-2UXU3PFN.js";
import "./chunk-QTR7GT5E.js";

// src/cli/commands/validate.ts
import path from "node:path";
var USAGE = "evalwarden validate --config evalwarden.yml [--suite full]";
var validate = async (args, io) => {
  const { values } = parseCommandArgs(
    args,
    { config: { type: "string", default: "evalwarden.yml" }, suite: { type: "string", default: "full" } },
    USAGE
  );
  const loaded = await loadConfig(path.resolve(io.cwd, values.config), { env: io.env });
  const plan = await buildPlan(loaded, {
    suite: values.suite,
    models: [],
    cacheDir: path.resolve(loaded.dir, loaded.config.run.cache.dir)
  });
  io.stdout(
    `${values.config}: ${loaded.config.models.length} models, ${plan.tasks.length} tasks, ${plan.tasks.reduce((a, t) => a + t.items.length, 0)} items in suite ${values.suite}: valid`
  );
  return EXIT.ok;
};
export {
  validate
};
