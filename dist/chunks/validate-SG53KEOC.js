import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  EXIT
} from "./chunk-IFKRUCDA.js";
import {
  parseCommandArgs
} from "./chunk-K4ZSLQGV.js";
import "./chunk-7HWHQXER.js";
import {
  buildPlan
} from "./chunk-HJ6QT7E2.js";
import "./chunk-533WVKLP.js";
import {
  loadConfig
} from "./chunk-36CHZPWI.js";
import "./chunk-MZFRBW5I.js";
import "./chunk-2UXU3PFN.js";
import "./chunk-SYQIWND2.js";
import "./chunk-QTR7GT5E.js";

// src/cli/commands/validate.ts
import path from "node:path";
var USAGE = "evalwarden validate --config evalwarden.yml [--suite full] [--require-env]";
var validate = async (args, io) => {
  const { values } = parseCommandArgs(
    args,
    {
      config: { type: "string", default: "evalwarden.yml" },
      suite: { type: "string", default: "full" },
      "require-env": { type: "boolean", default: false }
    },
    USAGE
  );
  const loaded = await loadConfig(path.resolve(io.cwd, values.config), { env: io.env });
  const plan = await buildPlan(loaded, {
    suite: values.suite,
    models: [],
    cacheDir: path.resolve(loaded.dir, loaded.config.run.cache.dir)
  });
  const unset = loaded.config.models.filter((m) => m.api_key_env && !io.env[m.api_key_env]);
  for (const model of unset)
    io.stderr(
      `${values["require-env"] ? "error" : "warning"}: ${path.relative(io.cwd, loaded.file) || loaded.file}: model ${model.id}: api_key_env names ${model.api_key_env}, which is not set: a run would fail (export ${model.api_key_env}=\u2026)`
    );
  if (values["require-env"] && unset.length > 0) return EXIT.error;
  io.stdout(
    `${values.config}: ${loaded.config.models.length} models, ${plan.tasks.length} tasks, ${plan.tasks.reduce((a, t) => a + t.items.length, 0)} items in suite ${values.suite}: valid`
  );
  return EXIT.ok;
};
export {
  validate
};
