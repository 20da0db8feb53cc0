import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  startSim
} from "./chunk-LMUVFRMM.js";
import {
  EXIT
} from "./chunk-IFKRUCDA.js";
import {
  parseCommandArgs,
  parseCount
} from "./chunk-K4ZSLQGV.js";
import {
  simItemsFromPlan
} from "./chunk-7HWHQXER.js";
import {
  buildPlan
} from "./chunk-HJ6QT7E2.js";
import "./chunk-533WVKLP.js";
import {
  loadConfig
} from "./chunk-36CHZPWI.js";
import "./chunk-MZFRBW5I.js";
import {
  EvalwardenError
} from "./chunk-2UXU3PFN.js";
import "./chunk-SYQIWND2.js";
import "./chunk-QTR7GT5E.js";

// src/cli/commands/sim.ts
import path from "node:path";
var USAGE = `evalwarden sim [--port 8000] [--host 127.0.0.1] --model NAME=ACCURACY \u2026 [--config evalwarden.yml]
  [--capacity 64] [--latency-ms 200] [--jitter-ms 0] [--queue-limit N]
  [--fault-429 RATE] [--fault-500 RATE] [--fault-drop RATE] [--fault-slow RATE] [--api-key-env VAR] [--seed N]`;
var OPTIONS = {
  port: { type: "string", default: "8000" },
  host: { type: "string", default: "127.0.0.1" },
  model: { type: "string", multiple: true, default: [] },
  config: { type: "string" },
  suite: { type: "string", default: "full" },
  capacity: { type: "string", default: "64" },
  "latency-ms": { type: "string", default: "200" },
  "jitter-ms": { type: "string", default: "0" },
  "queue-limit": { type: "string" },
  "fault-429": { type: "string" },
  "fault-500": { type: "string" },
  "fault-drop": { type: "string" },
  "fault-slow": { type: "string" },
  "api-key-env": { type: "string" },
  seed: { type: "string", default: "1" }
};
function rate(value, flag) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (!(n >= 0 && n <= 1)) throw new EvalwardenError(`${flag} takes a rate between 0 and 1, not "${value}"`);
  return n;
}
function parseModels(specs) {
  if (specs.length === 0)
    throw new EvalwardenError("name at least one model: --model NAME=ACCURACY", { hint: USAGE });
  return Object.fromEntries(
    specs.map((spec) => {
      const [name, accuracy] = spec.split("=");
      const value = Number(accuracy);
      if (!name || !(value >= 0 && value <= 1))
        throw new EvalwardenError(`--model takes NAME=ACCURACY with accuracy in [0,1], not "${spec}"`);
      return [name, { accuracy: value }];
    })
  );
}
var sim = async (args, io) => {
  const { values } = parseCommandArgs(args, OPTIONS, USAGE);
  const options = {
    host: values.host,
    port: Number(values.port),
    models: parseModels(values.model),
    capacity: parseCount(values.capacity, "--capacity"),
    latencyMs: Number(values["latency-ms"]),
    jitterMs: Number(values["jitter-ms"]),
    queueLimit: values["queue-limit"] === void 0 ? void 0 : Number(values["queue-limit"]),
    faults: {
      rate429: rate(values["fault-429"], "--fault-429"),
      rate500: rate(values["fault-500"], "--fault-500"),
      rateDrop: rate(values["fault-drop"], "--fault-drop"),
      rateSlow: rate(values["fault-slow"], "--fault-slow")
    },
    apiKey: values["api-key-env"] ? io.env[values["api-key-env"]] : void 0,
    seed: Number(values.seed)
  };
  if (values.config) {
    const loaded = await loadConfig(path.resolve(io.cwd, values.config), { env: io.env });
    const plan = await buildPlan(loaded, {
      suite: values.suite,
      models: [],
      cacheDir: path.resolve(loaded.dir, loaded.config.run.cache.dir)
    });
    options.items = simItemsFromPlan(plan);
  }
  const server = await startSim(options);
  io.stdout(
    `simulator listening on ${server.url} (models: ${Object.keys(options.models).join(", ")}; ${options.items?.length ?? 0} known items)`
  );
  await new Promise((resolve) => io.signal.addEventListener("abort", () => resolve(), { once: true }));
  await server.close();
  return EXIT.ok;
};
export {
  sim
};
