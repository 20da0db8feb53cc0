import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  startSim
} from "./chunk-LMUVFRMM.js";
import {
  gateAfterRun
} from "./chunk-VNWS3A2Q.js";
import {
  EXIT
} from "./chunk-IFKRUCDA.js";
import {
  parseCommandArgs
} from "./chunk-K4ZSLQGV.js";
import {
  NO_GIT,
  renderSummaryTable,
  runEval,
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
import "./chunk-2UXU3PFN.js";
import {
  packageRoot
} from "./chunk-SYQIWND2.js";
import {
  __callDispose,
  __using
} from "./chunk-QTR7GT5E.js";

// src/cli/commands/demo.ts
import path from "node:path";
var USAGE = "evalwarden demo [--out results/demo] [--suite quick] [--base-accuracy 0.86] [--cand-accuracy 0.74]";
var demo = async (args, io) => {
  var _stack = [];
  try {
    const { values } = parseCommandArgs(
      args,
      {
        out: { type: "string", default: "results/demo" },
        suite: { type: "string", default: "quick" },
        "base-accuracy": { type: "string", default: "0.86" },
        "cand-accuracy": { type: "string", default: "0.74" }
      },
      USAGE
    );
    const configPath = path.join(packageRoot(), "examples", "evalwarden.yml");
    const env = { ...io.env, EVALWARDEN_BASE_URL: "http://127.0.0.1:1/v1" };
    const loaded = await loadConfig(configPath, { env });
    const plan = await buildPlan(loaded, {
      suite: values.suite,
      models: [],
      cacheDir: path.resolve(loaded.dir, loaded.config.run.cache.dir)
    });
    const sim = __using(_stack, await startSim({
      models: {
        "sim-base": { accuracy: Number(values["base-accuracy"]) },
        "sim-cand": { accuracy: Number(values["cand-accuracy"]) }
      },
      items: simItemsFromPlan(plan),
      capacity: 32,
      latencyMs: 25,
      jitterMs: 10
    }), true);
    io.stderr(
      `simulator on ${sim.url}: sim-base (accuracy ${values["base-accuracy"]}) and sim-cand (${values["cand-accuracy"]})`
    );
    const runModel = (model) => runEval({
      configPath,
      suite: values.suite,
      outDir: path.resolve(io.cwd, values.out, model),
      models: [{ id: model }],
      cache: false,
      resume: false,
      phase: "all",
      dryRun: false,
      env: { ...io.env, EVALWARDEN_BASE_URL: sim.url },
      git: NO_GIT,
      signal: io.signal,
      log: io.stderr
    });
    const base = await runModel("base");
    const cand = await runModel("cand");
    for (const result of [base, cand]) if (result.summary) io.stdout(`
${renderSummaryTable(result.summary)}`);
    io.stdout("\nThe gate: cand (candidate) against the run of base (its baseline), item by item:\n");
    const code = await gateAfterRun({ result: cand, baseline: base.outDir, baselineModel: "base", io });
    if (code === EXIT.failed)
      io.stdout("\nIn CI this verdict exits 1 and fails the job; the demo itself succeeded.");
    return code === EXIT.error ? EXIT.error : EXIT.ok;
  } catch (_) {
    var _error = _, _hasError = true;
  } finally {
    var _promise = __callDispose(_stack, _error, _hasError);
    _promise && await _promise;
  }
};
export {
  demo
};
