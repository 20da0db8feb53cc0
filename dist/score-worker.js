import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  findScorer
} from "./chunks/chunk-MZFRBW5I.js";
import {
  ConfigError,
  DataError,
  EvalwardenError
} from "./chunks/chunk-2UXU3PFN.js";
import "./chunks/chunk-SYQIWND2.js";
import "./chunks/chunk-QTR7GT5E.js";

// src/run/score-worker.ts
import { workerData } from "node:worker_threads";
var port = workerData.port;
var scorers = /* @__PURE__ */ new Map();
var waiting = [];
var busy = false;
port.on("message", (message) => {
  if (message.type === "task") {
    define(message);
    return;
  }
  waiting.push(message);
  if (!busy) void drain();
});
port.postMessage({ type: "ready" });
function define(message) {
  const scorer = findScorer(message.scorer);
  try {
    if (!scorer) throw new EvalwardenError(`unknown scorer "${message.scorer}"`);
    scorers.set(message.key, scorer.create(message.options));
  } catch (error) {
    scorers.set(message.key, () => {
      throw error;
    });
  }
}
async function drain() {
  busy = true;
  for (let next = waiting.shift(); next; next = waiting.shift()) {
    const score = scorers.get(next.key);
    try {
      if (!score) throw new EvalwardenError(`scoring worker: no task ${next.key}`);
      const pending = score(next.input, { judge: null });
      const result = pending instanceof Promise ? await pending : pending;
      port.postMessage({ type: "scored", seq: next.seq, result });
    } catch (error) {
      port.postMessage({ type: "thrown", seq: next.seq, error: describe(error) });
    }
  }
  busy = false;
}
function describe(error) {
  if (error instanceof DataError || error instanceof ConfigError)
    return {
      class: error instanceof DataError ? "data" : "config",
      message: error.message,
      hint: error.hint,
      location: { file: error.file, line: error.line, col: error.col, path: error.path }
    };
  if (error instanceof EvalwardenError)
    return { class: "evalwarden", message: error.message, hint: error.hint };
  return { class: "error", message: error instanceof Error ? error.message : String(error) };
}
