import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  countsSentence
} from "./chunk-EDHOFPSA.js";
import {
  config_schema_default
} from "./chunk-UA4HWNG3.js";

// src/gate/policy.ts
function gateDefaults() {
  const properties = config_schema_default.definitions.gate.properties;
  const defaults = {};
  for (const [key, property] of Object.entries(properties)) {
    if (property.default !== void 0) defaults[key] = structuredClone(property.default);
  }
  return defaults;
}
function resolveGatePolicy(gate, tasks = []) {
  const full = { ...gateDefaults(), ...stripUndefined(gate ?? {}) };
  const defaults = {
    max_drop: full.max_drop,
    alpha: full.alpha,
    critical: false,
    min_items: full.min_items,
    max_error_rate: full.max_error_rate
  };
  const perTask = {};
  for (const task of tasks) {
    if (task.gate) perTask[task.id] = { ...defaults, ...stripUndefined(task.gate) };
  }
  return {
    correction: full.correction,
    paired_test: full.paired_test,
    fail_on: full.fail_on,
    accept: full.accept ?? [],
    accept_label: full.accept_label,
    defaults,
    tasks: perTask
  };
}
function taskPolicy(policy, task) {
  return policy.tasks[task] ?? policy.defaults;
}
function stripUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}

// src/gate/comparison.ts
var COMPARISON_SCHEMA_VERSION = 1;
var VERDICT_ORDER = [
  "error",
  "regression",
  "inconclusive",
  "no-baseline",
  "pass",
  "improvement"
];

// src/gate/run-verdict.ts
function isFailing(verdict, critical, gating, failOn) {
  if (gating === "none") return false;
  if (gating === "errors-only") return verdict === "error" && failOn.includes("error");
  return failOn.includes(verdict) || critical && verdict === "regression";
}
function runVerdict(models) {
  const counted = models.flatMap(
    (m) => m.gating === "none" ? [] : m.tasks.map((t) => {
      const effective = t.accepted ? "pass" : m.gating === "errors-only" && t.verdict !== "error" ? "pass" : t.verdict;
      return {
        name: `${m.model}/${t.task}`,
        verdict: effective,
        underpowered: effective === "pass" && t.verdict === "pass" && t.underpowered,
        reason: effective === t.verdict ? t.reason : t.accepted ? `accepted: ${t.accepted.reason}` : t.reason
      };
    })
  );
  if (counted.length === 0) return { verdict: "pass", reason: "no gated model in this run" };
  return worst(counted);
}
function worst(entries) {
  if (entries.length === 0) return { verdict: "pass", reason: "no tasks" };
  const rank = (v) => VERDICT_ORDER.indexOf(v);
  const verdict = entries.reduce((w, e) => rank(e.verdict) < rank(w) ? e.verdict : w, entries[0].verdict);
  const hits = entries.filter((e) => e.verdict === verdict);
  if (verdict === "pass" || verdict === "improvement") {
    return {
      verdict,
      reason: countsSentence(
        entries.map((e) => e.verdict),
        entries.filter((e) => e.verdict === "pass" && e.underpowered).length
      )
    };
  }
  return { verdict, reason: hits.map((h) => `${h.name}: ${h.reason}`).join("; ") };
}

// src/gate/error-rule.ts
var GATING = {
  candidate: "full",
  training: "errors-only",
  reference: "none"
};
function errorVerdict(task, policy) {
  if (task.error_rate > policy.max_error_rate) {
    return {
      verdict: "error",
      reason: `${pct(task.error_rate)} of calls failed (${task.errors}), above max_error_rate ${pct(policy.max_error_rate)}`
    };
  }
  if (task.n !== null && task.n < policy.min_items) {
    return { verdict: "error", reason: `only ${task.n} items scored, below min_items ${policy.min_items}` };
  }
  return null;
}
function failingErrors(summary, policy) {
  const failing = [];
  for (const model of summary.models) {
    for (const task of model.tasks) {
      const task_policy = taskPolicy(policy, task.task);
      const error = errorVerdict(task, task_policy);
      if (error && isFailing("error", task_policy.critical, GATING[model.role], policy.fail_on))
        failing.push(`${model.model}/${task.task}: ${error.reason}`);
    }
  }
  return failing;
}
function pct(value) {
  return `${(Math.round(value * 1e3) / 10).toFixed(1)}%`;
}

export {
  resolveGatePolicy,
  taskPolicy,
  COMPARISON_SCHEMA_VERSION,
  isFailing,
  runVerdict,
  worst,
  GATING,
  errorVerdict,
  failingErrors
};
