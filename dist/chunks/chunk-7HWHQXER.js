import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  SCHEMA_VERSION,
  ScoringWorker,
  adjustPValues,
  buildPlan,
  cacheKeyOf,
  callModel,
  canaryKey,
  conditionalPower,
  connect,
  countUnits,
  estimateMean,
  intervalStandardError,
  makeJudge,
  mcnemarExact,
  minimumDetectableEffect,
  moreItemsToTell,
  newcombePairedInterval,
  openEndpoint,
  pairedBootstrap,
  pairedT,
  refusal,
  rememberReference,
  require_lib,
  require_lib2,
  resolveModels,
  scoreFacts,
  scoreInterval,
  scoreRecord,
  spendingBoundaries,
  summarize,
  weightedCombination,
  welch
} from "./chunk-HJ6QT7E2.js";
import {
  ResponseCache,
  isCallError,
  scrubber,
  secretValues,
  toRecordError
} from "./chunk-533WVKLP.js";
import {
  canonicalJson,
  config_schema_default,
  loadConfig,
  locate,
  parseLocated,
  sequentialOrder
} from "./chunk-36CHZPWI.js";
import {
  require_ajv
} from "./chunk-MZFRBW5I.js";
import {
  DataError,
  EvalwardenError,
  LocatedError
} from "./chunk-2UXU3PFN.js";
import {
  packageVersion
} from "./chunk-SYQIWND2.js";
import {
  __toESM
} from "./chunk-QTR7GT5E.js";

// src/run/atomic-write.ts
import { rename, rm, writeFile } from "node:fs/promises";
async function writeFileAtomic(file, data) {
  const partial = `${file}.partial`;
  try {
    await writeFile(partial, data);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true }).catch(() => void 0);
    throw writeError(file, error);
  }
}
function writeError(file, error) {
  const code = error.code;
  const detail = error instanceof Error ? error.message : String(error);
  return new EvalwardenError(`cannot write ${file}: ${detail}`, {
    hint: code === "ENOSPC" ? "the disk is full: free space, then run again with --resume to keep what finished" : code === "EACCES" || code === "EPERM" || code === "EROFS" ? "the folder is not writable: choose another with --out" : void 0,
    cause: error
  });
}

// src/gate/policy.ts
function gateDefaults() {
  const properties = config_schema_default.definitions.gate.properties;
  const defaults = {};
  for (const [key2, property] of Object.entries(properties)) {
    if (property.default !== void 0) defaults[key2] = structuredClone(property.default);
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

// src/gate/verdict-words.ts
var VERDICT_ICON = {
  error: "\u{1F6D1}",
  regression: "\u274C",
  inconclusive: "\u26A0\uFE0F",
  "no-baseline": "\u2139\uFE0F",
  pass: "\u2705",
  improvement: "\u{1F680}"
};
var UNDERPOWERED_ICON = "\u2754";
function points(value) {
  if (value === null || value === void 0 || !Number.isFinite(value)) return "n/a";
  const rounded = Math.round(value * 1e3) / 10;
  const sign = rounded > 0 ? "+" : rounded < 0 ? "\u2212" : "\xB1";
  return `${sign}${Math.abs(rounded).toFixed(1)} pts`;
}
function size(value) {
  return `${(Math.round(value * 1e3) / 10).toFixed(1)} pts`;
}
function pText(value) {
  if (value === null || value === void 0 || !Number.isFinite(value)) return "n/a";
  if (value < 1e-4) return "<0.0001";
  return value.toPrecision(2);
}
function verdictIcon(task) {
  return task.verdict === "pass" && task.underpowered ? UNDERPOWERED_ICON : VERDICT_ICON[task.verdict];
}
function verdictLabel(task) {
  let text = task.verdict === "pass" && task.underpowered ? "pass (underpowered)" : task.verdict;
  const d = task.delta;
  if (d && (task.verdict === "regression" || task.verdict === "inconclusive"))
    text += ` (p drop = ${pText(task.verdict === "regression" ? d.p_drop_adjusted : d.p_drop)})`;
  if (d && task.verdict === "improvement") text += ` (p rise = ${pText(d.p_improvement_adjusted)})`;
  if (task.accepted) text += " (accepted)";
  if (task.policy.critical) text += " \xB7 critical";
  return text;
}
function underpoweredSentence(task) {
  if (task.verdict !== "pass" || !task.underpowered) return null;
  const more = task.more_items;
  if (!more) return "this run cannot tell whether it dropped beyond max_drop";
  const items = more.items.toLocaleString("en-US");
  return more.goal === "detect" ? `this run cannot tell; about ${items} more items would find a ${(more.drop * 100).toFixed(1)}-point drop 80% of the time` : `this run cannot tell; about ${items} more items would rule out a drop beyond ${size(more.drop)} if \u0394 held`;
}
function changeWords(task) {
  const words = [];
  const details = task.change_details ?? {};
  for (const change of task.changes) {
    const detail = details[change];
    const fromTo = detail ? ` (${detail.from} \u2192 ${detail.to})` : "";
    if (change === "prompt") words.push("prompt changed since the baseline; gated as usual");
    else if (change === "scorer") words.push(`scorer changed${fromTo}: not compared`);
    else if (change === "primary_metric") words.push(`primary metric changed${fromTo}: not compared`);
    else if (change === "instrument" && !task.changes.includes("scorer"))
      words.push("scorer options, judge or rubric changed: not compared");
  }
  return words;
}
function pairedNote(task) {
  if (!task.delta?.paired || !task.candidate.own) return null;
  const own = task.candidate.own;
  if (own.n === task.candidate.n) return null;
  return `over the ${task.candidate.n} paired items; the candidate\u2019s own score is ${percent(own.mean)} on ${own.n}`;
}
function percent(x) {
  return x === null || x === void 0 || !Number.isFinite(x) ? "\u2014" : `${(x * 100).toFixed(1)}%`;
}
var MDE_FOOTNOTE = "MDE: the smallest true drop this run finds 80% of the time \u2014 one-sided, at the task\u2019s \u03B1 after the correction across tasks (\u03B1/m under Holm), and beyond max_drop; never below what the 95% interval allows.";
var PAIRED_FOOTNOTE = "Baseline and Candidate average over the items both runs scored (the paired items) when the test is paired; a row says so when that differs from the candidate\u2019s own score.";
function countsSentence(verdicts, underpowered = 0) {
  const total = verdicts.length;
  const counts = /* @__PURE__ */ new Map();
  for (const v of verdicts) counts.set(v, (counts.get(v) ?? 0) + 1);
  const parts = [];
  const passed = counts.get("pass") ?? 0;
  if (passed > 0)
    parts.push(underpowered > 0 ? `${passed} passed (${underpowered} underpowered)` : `${passed} passed`);
  if (counts.get("improvement")) parts.push(`${counts.get("improvement")} improved`);
  if (counts.get("no-baseline")) parts.push(`${counts.get("no-baseline")} without a baseline`);
  return `${total} task${total === 1 ? "" : "s"}: ${parts.join(", ")}`;
}
function stoppedSentence(task) {
  const s = task.sequential;
  if (!s || s.why === "no-test") return null;
  const where = s.stopped_at < s.of ? `stopped at ${s.stopped_at} of ${s.of}` : `ran all ${s.of} items`;
  const why = s.why === "regression" ? "the drop crossed the boundary" : s.why === "futility" && s.ruled_out !== null ? `a ${(s.ruled_out * 100).toFixed(0)}-point drop ruled out` : s.why === "ended" ? "the run ended before the looks decided" : "decided at the last look";
  const capped = s.capped_by_baseline !== null ? `; the baseline covers ${s.capped_by_baseline} items, so the looks stop there` : "";
  return `${where}: ${why}${capped}`;
}
function savingSentence(c) {
  const s = c.sequential;
  if (!s) return null;
  const n = (x) => x.toLocaleString("en-US");
  const rest = `${n(s.calls_saved)} calls and $${s.cost_saved.toFixed(4)} fewer than the full set`;
  return s.stopped_early ? `sequential looks ran ${n(s.calls_used)} of ${n(s.calls_full)} calls: ${rest}` : `sequential looks needed ${n(s.calls_used)} of ${n(s.calls_full)} calls: ${rest}`;
}

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
      reason: `${pct(task.error_rate)} of items errored (${task.errors}), above max_error_rate ${pct(policy.max_error_rate)}`
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

// src/gate/run.ts
import { existsSync as existsSync3 } from "node:fs";
import { resolve } from "node:path";

// src/gate/changes.ts
function instrumentChange(task, base) {
  if (task.instrument.scorer !== base.instrument.scorer)
    return `scorer changed (${base.instrument.scorer} \u2192 ${task.instrument.scorer})`;
  if (scorerVersion(task) !== scorerVersion(base))
    return `scorer updated (${base.instrument.scorer} v${scorerVersion(base)} \u2192 v${scorerVersion(task)})`;
  if (task.primary_metric !== base.primary_metric)
    return `primary metric changed (${base.primary_metric} \u2192 ${task.primary_metric})`;
  if (task.instrument.judge !== base.instrument.judge)
    return `judge model changed (${base.instrument.judge ?? "none"} \u2192 ${task.instrument.judge ?? "none"})`;
  if (task.instrument.hash !== base.instrument.hash)
    return `scorer options, judge or rubric changed (instrument ${base.instrument.hash} \u2192 ${task.instrument.hash})`;
  return null;
}
function taskChanges(task, base) {
  const changes = [];
  const details = {};
  if (task.prompt_hash !== base.prompt_hash) changes.push("prompt");
  if (task.instrument.scorer !== base.instrument.scorer) {
    changes.push("scorer");
    details.scorer = { from: base.instrument.scorer, to: task.instrument.scorer };
  }
  if (task.primary_metric !== base.primary_metric) {
    changes.push("primary_metric");
    details.primary_metric = { from: base.primary_metric, to: task.primary_metric };
  }
  if (task.instrument.hash !== base.instrument.hash || task.instrument.scorer !== base.instrument.scorer || scorerVersion(task) !== scorerVersion(base) || task.instrument.judge !== base.instrument.judge) {
    changes.push("instrument");
  }
  return { changes, details };
}
function scorerVersion(task) {
  return task.instrument.version ?? 1;
}

// src/gate/direction.ts
function orientTest(test, higherIsBetter) {
  if (higherIsBetter) return test;
  return {
    ...test,
    estimate: -test.estimate,
    ci: { low: -test.ci.high, high: -test.ci.low },
    p_drop: test.p_improvement,
    p_improvement: test.p_drop
  };
}

// src/gate/acceptance.ts
function findAcceptance(query) {
  if (query.verdict === "error") return null;
  const today = query.now.toISOString().slice(0, 10);
  const entry = query.entries.find(
    (e) => e.task === query.task && (e.model === void 0 || e.model === query.model) && (e.until === void 0 || today <= e.until)
  );
  if (entry) return { by: "config", reason: entry.reason, until: entry.until ?? null };
  if (query.labels.includes(query.label))
    return { by: "label", reason: `pull request labelled ${query.label}`, until: null };
  return null;
}

// src/gate/flips.ts
var FLIPS_PER_SIDE = 20;
var OUTPUT_CHARS = 500;
function findFlips(pairs, limit = FLIPS_PER_SIDE) {
  const worse = pairs.filter((p) => p.candidate.score < p.baseline.score);
  const better = pairs.filter((p) => p.candidate.score > p.baseline.score);
  const order = (a, b) => Math.abs(b.candidate.score - b.baseline.score) - Math.abs(a.candidate.score - a.baseline.score) || (a.candidate.item_id < b.candidate.item_id ? -1 : a.candidate.item_id > b.candidate.item_id ? 1 : 0);
  return {
    worse: worse.sort(order).slice(0, limit).map(toFlip),
    better: better.sort(order).slice(0, limit).map(toFlip),
    worse_total: worse.length,
    better_total: better.length
  };
}
function toFlip({ candidate, baseline }) {
  return {
    item_id: candidate.item_id,
    category: candidate.category,
    baseline_score: baseline.score,
    candidate_score: candidate.score,
    baseline_answer: baseline.answer,
    candidate_answer: candidate.answer,
    candidate_output: candidate.output === null ? null : candidate.output.slice(0, OUTPUT_CHARS)
  };
}

// src/gate/items.ts
function itemKey(itemId, itemHash) {
  return `${itemId}\0${itemHash}`;
}
function indexItems(records, primaryMetric = () => void 0) {
  const index = /* @__PURE__ */ new Map();
  const samples = /* @__PURE__ */ new Map();
  for (const record of records) {
    if (record.error !== null || record.score === null || !Number.isFinite(record.score)) continue;
    let tasks = index.get(record.model);
    if (!tasks) index.set(record.model, tasks = /* @__PURE__ */ new Map());
    let items = tasks.get(record.task);
    if (!items) tasks.set(record.task, items = /* @__PURE__ */ new Map());
    const key2 = itemKey(record.item_id, record.item_hash);
    const item = items.get(key2);
    const binary = record.score === 0 || record.score === 1;
    if (!item) {
      const created = {
        item_id: record.item_id,
        item_hash: record.item_hash,
        score: record.score,
        weight: primaryWeight(record, primaryMetric(record.task)),
        cluster: record.cluster,
        category: record.category,
        binary,
        answer: record.answer,
        output: record.output
      };
      items.set(key2, created);
      if (record.sample !== 0) samples.set(created, { count: 1, first: record.sample });
      continue;
    }
    let seen = samples.get(item);
    if (!seen) samples.set(item, seen = { count: 1, first: 0 });
    item.score += record.score;
    seen.count += 1;
    item.binary &&= binary;
    if (record.sample < seen.first) {
      seen.first = record.sample;
      item.answer = record.answer;
      item.output = record.output;
    }
  }
  for (const [item, { count }] of samples) {
    if (count === 1) continue;
    item.score /= count;
    item.binary &&= item.score === 0 || item.score === 1;
  }
  return index;
}
function primaryWeight(record, metric) {
  const weight = metric === void 0 ? void 0 : record.weights?.[metric];
  return weight !== void 0 && weight > 0 ? weight : 1;
}

// src/gate/task-test.ts
function testTask(candidateItems, baseline, options) {
  const keyed = (items) => Array.isArray(items) ? new Map(items.map((b) => [itemKey(b.item_id, b.item_hash), b])) : items;
  const baseMap = keyed(baseline);
  const candidateMap = keyed(candidateItems);
  const pairs = [];
  for (const [key2, item] of candidateMap) {
    const match = baseMap.get(key2);
    if (match) pairs.push({ candidate: item, baseline: match });
  }
  pairs.sort((a, b) => compareItems(a.candidate, b.candidate));
  if (pairs.length >= options.min_pairs && pairs.length >= 2) {
    const hasClusters = pairs.some((p) => p.candidate.cluster !== null);
    const result = testPaired(
      pairs.map((p) => p.candidate.score),
      pairs.map((p) => p.baseline.score),
      {
        paired_test: options.paired_test,
        binary: pairs.every((p) => p.candidate.binary && p.baseline.binary),
        weights: pairs.some((p) => p.candidate.weight !== 1) ? pairs.map((p) => p.candidate.weight) : void 0,
        clusters: hasClusters ? pairs.map((p) => p.candidate.cluster) : void 0,
        seed: options.seed
      }
    );
    return { ...result, pairs };
  }
  const baseItems = [...baseMap.values()].sort(compareItems);
  const candEstimate = estimateSide([...candidateMap.values()].sort(compareItems));
  const baseEstimate = estimateSide(baseItems);
  return {
    method: "welch",
    paired: false,
    pairing: `unpaired: ${pairs.length} shared item${pairs.length === 1 ? "" : "s"}, fewer than ${Math.max(2, options.min_pairs)} (Welch on the means)`,
    candidate: candEstimate.side,
    baseline: baseEstimate.side,
    test: welch(candEstimate.estimate, baseEstimate.estimate),
    discordant: null,
    pairs: []
  };
}
function compareItems(a, b) {
  return a.item_id < b.item_id ? -1 : a.item_id > b.item_id ? 1 : a.item_hash < b.item_hash ? -1 : a.item_hash > b.item_hash ? 1 : 0;
}
function testPaired(candidate, baseline, options) {
  const n = candidate.length;
  const diffs = new Array(n);
  let worse = 0;
  let better = 0;
  for (let i = 0; i < n; i++) {
    diffs[i] = candidate[i] - baseline[i];
    if (diffs[i] < 0) worse++;
    else if (diffs[i] > 0) better++;
  }
  const stats = { clusters: options.clusters, weights: options.weights };
  let method;
  let test;
  if (options.paired_test === "bootstrap") {
    method = "bootstrap";
    test = pairedBootstrap(diffs, { ...stats, seed: options.seed });
  } else {
    test = pairedT(diffs, stats);
    method = "paired-t";
    if (options.paired_test === "auto" && options.binary && !options.clusters && !options.weights) {
      const exact = mcnemarExact(worse, better);
      let both = 0;
      for (let i = 0; i < n; i++) if (candidate[i] === 1 && baseline[i] === 1) both++;
      const ci = newcombePairedInterval({
        both,
        firstOnly: better,
        secondOnly: worse,
        neither: n - both - better - worse
      });
      test = { ...test, ci, p_drop: exact.p_worse, p_improvement: exact.p_better };
      method = "mcnemar";
    }
  }
  return {
    method,
    paired: true,
    candidate: side(candidate, options),
    baseline: side(baseline, options),
    test,
    discordant: options.binary ? { worse, better } : null
  };
}
function side(scores, options) {
  const estimate = estimateMean([...scores], { clusters: options.clusters, weights: options.weights });
  if (scores.length === 0) return { n: 0, mean: null, ci: null };
  return {
    n: scores.length,
    mean: estimate.mean,
    ci: scoreInterval(scores, estimate, options.binary && !options.clusters && !options.weights)
  };
}
function estimateSide(items) {
  const scores = items.map((i) => i.score);
  const clustered = items.some((i) => i.cluster !== null);
  const weighted = items.some((i) => i.weight !== 1);
  const estimate = estimateMean(scores, {
    clusters: clustered ? items.map((i) => i.cluster) : void 0,
    weights: weighted ? items.map((i) => i.weight) : void 0
  });
  const binary = items.every((i) => i.binary) && !clustered && !weighted;
  return {
    side: {
      n: items.length,
      mean: items.length > 0 ? estimate.mean : null,
      ci: items.length > 0 ? scoreInterval(scores, estimate, binary) : null
    },
    estimate
  };
}
var UNPAIRED_AGGREGATES = "unpaired: aggregates only (Welch on the means)";
function testFromSummaries(candidate, baseline) {
  const side2 = (s) => {
    if (s.items.length > 0) return estimateSide(s.items);
    const { n, se } = s.summary ?? {};
    if (!s.summary || n === null || n === void 0 || n < 2 || se === null || se === void 0) return null;
    return {
      side: { n: s.summary.n, mean: s.summary.mean, ci: s.summary.ci },
      estimate: { mean: s.summary.mean, se, units: n }
    };
  };
  const cand = side2(candidate);
  const base = side2(baseline);
  if (!cand || !base) return null;
  return {
    method: "welch",
    paired: false,
    pairing: UNPAIRED_AGGREGATES,
    candidate: cand.side,
    baseline: base.side,
    test: welch(cand.estimate, base.estimate),
    discordant: null,
    pairs: []
  };
}

// src/gate/verdict.ts
function decideVerdicts(inputs, correction, runAlpha) {
  const family = inputs.filter((input) => input.test !== null && !input.policy.critical);
  const dropAdjusted = adjustPValues(
    family.map((f) => f.test.p_drop),
    correction
  );
  const riseAdjusted = adjustPValues(
    family.map((f) => f.test.p_improvement),
    correction
  );
  const adjusted = new Map(family.map((f, i) => [f, { drop: dropAdjusted[i], rise: riseAdjusted[i] }]));
  const m = family.length;
  return inputs.map((input) => {
    const { test, policy } = input;
    if (input.preset || !test) {
      const preset = input.preset ?? { verdict: "no-baseline", reason: "nothing to compare with" };
      return {
        task: input.task,
        ...preset,
        underpowered: false,
        tested: null,
        more_items: null
      };
    }
    const inFamily = adjusted.get(input);
    const pDrop = inFamily?.drop ?? test.p_drop;
    const pRise = inFamily?.rise ?? test.p_improvement;
    const levelForMde = inFamily && correction !== "none" ? policy.alpha / m : policy.alpha;
    const se = Math.max(test.se, intervalStandardError(test.ci));
    const mde = minimumDetectableEffect({ se, alpha: levelForMde, df: test.df, margin: policy.max_drop });
    const base = {
      task: input.task,
      tested: { p_drop_adjusted: pDrop, p_improvement_adjusted: pRise, mde },
      more_items: null
    };
    const family2 = inFamily ? `${correction === "none" ? "uncorrected" : correction} across ${m} task${m === 1 ? "" : "s"}` : "critical: own \u03B1";
    const delta = `\u0394 ${points(test.estimate)} (95% CI ${points(test.ci.low)} to ${points(test.ci.high)})`;
    if (test.estimate < -policy.max_drop && pDrop < policy.alpha) {
      return {
        ...base,
        verdict: "regression",
        underpowered: false,
        reason: `${delta}: p = ${pText(pDrop)} (${family2}) below \u03B1 = ${policy.alpha}, and beyond max_drop ${size(policy.max_drop)}`
      };
    }
    if (test.estimate < -policy.max_drop && test.p_drop < policy.alpha) {
      return {
        ...base,
        verdict: "inconclusive",
        underpowered: false,
        reason: `${delta}: p = ${pText(test.p_drop)} alone but ${pText(pDrop)} after ${family2}; not significant once corrected`
      };
    }
    const warnAt = runAlpha ?? policy.alpha;
    if (!inFamily && test.estimate < -policy.max_drop && test.p_drop < warnAt) {
      return {
        ...base,
        verdict: "inconclusive",
        underpowered: false,
        reason: `${delta}: p = ${pText(test.p_drop)} is below the run's \u03B1 = ${warnAt} but not this critical task's own \u03B1 = ${policy.alpha}`
      };
    }
    if (test.estimate > policy.max_drop && pRise < policy.alpha) {
      return {
        ...base,
        verdict: "improvement",
        underpowered: false,
        reason: `${delta}: p = ${pText(pRise)} (${family2}) below \u03B1 = ${policy.alpha}`
      };
    }
    const underpowered = test.ci.low < -policy.max_drop;
    const more = underpowered && input.n != null ? moreItemsToTell({
      n: input.n,
      se,
      estimate: test.estimate,
      alpha: levelForMde,
      margin: policy.max_drop
    }) : null;
    return {
      ...base,
      more_items: more,
      verdict: "pass",
      underpowered,
      reason: underpowered ? `${delta}: no significant change, but the CI still reaches below \u2212${size(policy.max_drop)}; this n detects drops of ${mde === null ? "unknown size" : size(mde)} or more` : `${delta}: no change beyond max_drop ${size(policy.max_drop)}`
    };
  });
}

// src/gate/compare.ts
function compareRuns(options) {
  const { candidate, policy } = options;
  const primaryOf = primaryMetrics(candidate.summary);
  const candidateItems = indexItems(candidate.records, (task) => primaryOf.get(task));
  const baselineItems = /* @__PURE__ */ new Map();
  const models = candidate.summary.models.map((model) => {
    const choice = options.baselines.get(model.model) ?? {
      reason: `no baseline run found for model ${model.model}`
    };
    let items;
    if ("ref" in choice) {
      items = baselineItems.get(choice) ?? indexBaseline(choice);
      baselineItems.set(choice, items);
    }
    const comparison = compareModel(model, candidateItems, choice, items, options);
    const best = options.bestSoFar?.get(model.model);
    if (best) {
      let bestItems = baselineItems.get(best);
      if (!bestItems) {
        const bestPrimary = primaryMetrics(best.summary);
        bestItems = indexItems(best.records, (task) => bestPrimary.get(task));
        baselineItems.set(best, bestItems);
      }
      comparison.best_so_far = {
        baseline: best.ref,
        delta: aggregateDelta(model, candidateItems, best, bestItems, options)
      };
    }
    return comparison;
  });
  const notes = [...options.notes ?? []];
  for (const model of models) {
    const choice = options.baselines.get(model.model);
    const baseModel = choice && "ref" in choice ? choice.summary.models.find((m) => m.model === choice.ref.model) : void 0;
    const missing = baseModel?.tasks.filter((t) => !model.tasks.some((c) => c.task === t.task)).map((t) => t.task) ?? [];
    if (missing.length > 0)
      notes.push(`${model.model}: the baseline ran ${missing.join(", ")}, which this run did not`);
  }
  const failing = models.flatMap(
    (m) => m.tasks.filter((t) => t.failing).map((t) => ({ model: m.model, task: t.task, verdict: t.verdict }))
  );
  const accepted = models.flatMap(
    (m) => m.tasks.flatMap(
      (t) => t.accepted ? [{ model: m.model, task: t.task, verdict: t.verdict, by: t.accepted.by, reason: t.accepted.reason }] : []
    )
  );
  const { verdict, reason: verdictReason } = runVerdict(models);
  const reason = withPairing(verdictReason, models);
  const exit_code = failing.some((f) => f.verdict === "error") ? 2 : failing.length > 0 ? 1 : 0;
  return {
    schema_version: COMPARISON_SCHEMA_VERSION,
    created_at: options.now.toISOString(),
    candidate: {
      run_id: candidate.summary.run_id,
      suite: candidate.summary.suite,
      sha: candidate.run?.git.sha ?? null,
      branch: candidate.run?.git.branch ?? null
    },
    policy: { correction: policy.correction, paired_test: policy.paired_test, fail_on: [...policy.fail_on] },
    models,
    verdict,
    reason,
    exit_code,
    failing,
    accepted,
    notes
  };
}
function compareModel(model, candidateItems, choice, baselineItems, options) {
  const gating = GATING[model.role];
  const baseline = "ref" in choice ? choice : null;
  const baseModel = baseline?.summary.models.find((m) => m.model === baseline.ref.model) ?? null;
  const noBaselineReason = !baseline ? choice.reason : !baseModel ? `baseline run ${baseline.ref.run_id} has no model ${baseline.ref.model}` : null;
  const tests = /* @__PURE__ */ new Map();
  const changes = /* @__PURE__ */ new Map();
  const inputs = model.tasks.map((task) => {
    const policy = taskPolicy(options.policy, task.task);
    const preset = errorVerdict(task, policy);
    if (preset) return { task: task.task, policy, preset, test: null };
    if (noBaselineReason || !baseModel)
      return {
        task: task.task,
        policy,
        preset: { verdict: "no-baseline", reason: noBaselineReason ?? "" },
        test: null
      };
    const baseTask = baseModel.tasks.find((t) => t.task === task.task);
    const baseFailure = baseTask ? presetVerdict(baseTask, policy) : null;
    if (baseFailure)
      return {
        task: task.task,
        policy,
        preset: {
          verdict: "no-baseline",
          reason: `baseline run ${baseline.ref.run_id} fails the error rule on this task (${baseFailure.reason}): not a baseline to gate against`
        },
        test: null
      };
    if (!baseTask)
      return {
        task: task.task,
        policy,
        preset: {
          verdict: "no-baseline",
          reason: `task ${task.task} is not in baseline run ${baseline.ref.run_id}`
        },
        test: null
      };
    changes.set(task.task, taskChanges(task, baseTask));
    const instrument = instrumentChange(task, baseTask);
    if (instrument)
      return { task: task.task, policy, preset: { verdict: "no-baseline", reason: instrument }, test: null };
    const cand = candidateItems.get(model.model)?.get(task.task) ?? /* @__PURE__ */ new Map();
    const base = baselineItems?.get(baseModel.model)?.get(task.task) ?? /* @__PURE__ */ new Map();
    const aggregateOnly = cand.size === 0 || base.size === 0;
    const test = aggregateOnly ? testFromSummaries(
      { items: [...cand.values()], summary: task.metrics[task.primary_metric] },
      { items: [...base.values()], summary: baseTask.metrics[baseTask.primary_metric] }
    ) : testTask(cand, base, {
      paired_test: options.policy.paired_test,
      min_pairs: policy.min_items,
      seed: options.seed ?? 0
    });
    if (!test)
      return {
        task: task.task,
        policy,
        preset: {
          verdict: "no-baseline",
          reason: "neither per-item records nor a summary with n and SE to compare"
        },
        test: null
      };
    if (!test.paired && test.baseline.n !== null && test.baseline.n < policy.min_items) {
      return {
        task: task.task,
        policy,
        preset: {
          verdict: "no-baseline",
          reason: `baseline has ${test.baseline.n} scored items of this task (min_items ${policy.min_items})`
        },
        test: null
      };
    }
    test.test = orientTest(test.test, task.higher_is_better !== false);
    tests.set(task.task, test);
    return { task: task.task, policy, preset: null, test: test.test, n: test.candidate.n };
  });
  const decided = decideVerdicts(inputs, options.policy.correction, options.policy.defaults.alpha);
  const tasks = model.tasks.map((task, i) => {
    const decision = decided[i];
    const policy = inputs[i].policy;
    const test = tests.get(task.task);
    const fails = isFailing(decision.verdict, policy.critical, gating, options.policy.fail_on);
    const accepted = fails ? findAcceptance({
      model: model.model,
      task: task.task,
      verdict: decision.verdict,
      entries: options.policy.accept,
      labels: options.labels ?? [],
      label: options.policy.accept_label,
      now: options.now
    }) : null;
    const primary = task.metrics[task.primary_metric];
    return {
      task: task.task,
      primary_metric: task.primary_metric,
      weight: task.weight,
      verdict: decision.verdict,
      reason: decision.reason,
      underpowered: decision.underpowered,
      failing: fails && !accepted,
      accepted,
      policy,
      candidate: test ? {
        ...test.candidate,
        errors: task.errors,
        error_rate: task.error_rate,
        ...test.paired && primary ? { own: { n: task.n, mean: primary.mean } } : {}
      } : {
        n: task.n,
        mean: primary?.mean ?? null,
        ci: primary?.ci ?? null,
        errors: task.errors,
        error_rate: task.error_rate
      },
      baseline: test ? test.baseline : null,
      delta: test ? {
        method: test.method,
        paired: test.paired,
        ...test.pairing ? { pairing: test.pairing } : {},
        estimate: test.test.estimate,
        se: test.test.se,
        ci: test.test.ci,
        p_drop: test.test.p_drop,
        p_drop_adjusted: decision.tested?.p_drop_adjusted ?? test.test.p_drop,
        p_improvement: test.test.p_improvement,
        p_improvement_adjusted: decision.tested?.p_improvement_adjusted ?? test.test.p_improvement,
        mde: decision.tested?.mde ?? null,
        discordant: test.discordant
      } : null,
      changes: changes.get(task.task)?.changes ?? [],
      change_details: changes.get(task.task)?.details ?? {},
      more_items: decision.more_items,
      flips: test?.paired ? findFlips(test.pairs) : null
    };
  });
  const compared = tasks.filter((t) => t.delta);
  const delta = weightedCombination(
    compared.map((t) => ({ value: t.delta.estimate, se: t.delta.se, weight: t.weight }))
  );
  const { verdict, reason } = worst(
    tasks.map((t) => ({
      name: `${model.model}/${t.task}`,
      verdict: t.verdict,
      reason: t.reason,
      underpowered: t.underpowered
    }))
  );
  return {
    model: model.model,
    role: model.role,
    step: model.step,
    gating,
    baseline: baseline?.ref ?? null,
    no_baseline_reason: noBaselineReason,
    changes: {
      served_model: baseModel && baseModel.served_model !== model.served_model ? { from: baseModel.served_model, to: model.served_model } : null,
      params_hash: baseModel && baseModel.params_hash !== model.params_hash ? { from: baseModel.params_hash, to: model.params_hash } : null,
      prompt_tasks: [...changes].filter(([, c]) => c.changes.includes("prompt")).map(([task]) => task)
    },
    tasks,
    aggregate: {
      candidate: model.aggregate ? { score: model.aggregate.score, ci: model.aggregate.ci } : null,
      baseline: baseModel?.aggregate ? { score: baseModel.aggregate.score, ci: baseModel.aggregate.ci } : null,
      delta: delta ? { estimate: delta.value, se: delta.se, ci: delta.ci, tasks: compared.map((t) => t.task) } : null
    },
    best_so_far: null,
    verdict,
    reason
  };
}
function aggregateDelta(model, candidateItems, other, otherItems, options) {
  const otherModel = other.summary.models.find((m) => m.model === other.ref.model);
  if (!otherModel) return null;
  const parts = [];
  for (const task of model.tasks) {
    const otherTask = otherModel.tasks.find((t) => t.task === task.task);
    if (!otherTask || instrumentChange(task, otherTask)) continue;
    const policy = taskPolicy(options.policy, task.task);
    const cand = candidateItems.get(model.model)?.get(task.task) ?? /* @__PURE__ */ new Map();
    const base = otherItems.get(otherModel.model)?.get(task.task) ?? /* @__PURE__ */ new Map();
    if (cand.size < policy.min_items || base.size < policy.min_items) continue;
    const test = testTask(cand, base, {
      paired_test: options.policy.paired_test,
      min_pairs: policy.min_items,
      seed: options.seed ?? 0
    });
    parts.push({ task: task.task, value: test.test.estimate, se: test.test.se, weight: task.weight });
  }
  const combined = weightedCombination(parts);
  return combined ? { estimate: combined.value, se: combined.se, ci: combined.ci, tasks: parts.map((p) => p.task) } : null;
}
function presetVerdict(task, policy) {
  return errorVerdict(task, policy);
}
var baselineIndexes = /* @__PURE__ */ new WeakMap();
function indexBaseline(run) {
  const cached = baselineIndexes.get(run.records);
  if (cached && cached.summary === run.summary) return cached.index;
  const primary = primaryMetrics(run.summary);
  const index = indexItems(run.records, (task) => primary.get(task));
  baselineIndexes.set(run.records, { summary: run.summary, index });
  return index;
}
function primaryMetrics(summary) {
  const map = /* @__PURE__ */ new Map();
  for (const model of summary.models) for (const task of model.tasks) map.set(task.task, task.primary_metric);
  return map;
}
function withPairing(reason, models) {
  const deltas = models.flatMap((m) => m.tasks.flatMap((t) => t.delta ? [t.delta] : []));
  const aggregates = deltas.filter((d) => d.pairing === UNPAIRED_AGGREGATES).length;
  if (aggregates === 0) return reason;
  const which = aggregates === deltas.length ? "all tasks" : `${aggregates} of ${deltas.length} tasks`;
  return `${reason} (${which} ${UNPAIRED_AGGREGATES})`;
}

// src/gate/load.ts
import { existsSync as existsSync2 } from "node:fs";
import { readFile as readFile3 } from "node:fs/promises";
import { join } from "node:path";

// src/run/records-file.ts
import { open, stat, truncate } from "node:fs/promises";
import { createGunzip } from "node:zlib";

// src/artifact-schemas.ts
var import_ajv = __toESM(require_ajv(), 1);

// schemas/record.schema.json
var record_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://evalwarden.dev/schemas/record.schema.json",
  title: "a line of records.jsonl",
  description: "One task \xD7 item \xD7 sample \xD7 model. An infrastructure failure is `error`, never a score of 0.",
  type: "object",
  additionalProperties: false,
  required: [
    "schema_version",
    "run_id",
    "model",
    "task",
    "item_id",
    "item_hash",
    "sample",
    "category",
    "cluster",
    "prompt_hash",
    "output",
    "reasoning",
    "score",
    "scores",
    "answer",
    "details",
    "latency_ms",
    "usage",
    "cost",
    "cached",
    "error"
  ],
  properties: {
    schema_version: {
      const: 1
    },
    run_id: {
      type: "string"
    },
    model: {
      type: "string"
    },
    task: {
      type: "string"
    },
    item_id: {
      type: "string"
    },
    item_hash: {
      type: "string"
    },
    sample: {
      type: "integer",
      minimum: 0
    },
    category: {
      type: [
        "string",
        "null"
      ]
    },
    cluster: {
      type: [
        "string",
        "null"
      ]
    },
    prompt_hash: {
      type: "string"
    },
    input: {
      description: "The rendered messages the model was sent (absent in older records and imports; published per publish.inputs, redacted).",
      type: [
        "array",
        "null"
      ],
      items: {
        type: "object",
        required: [
          "role",
          "content"
        ],
        properties: {
          role: {
            type: "string"
          },
          content: {
            type: "string"
          }
        }
      }
    },
    target: {
      description: "The dataset's target (absent in older records and imports; published per publish.inputs, redacted).",
      anyOf: [
        {
          type: "string"
        },
        {
          type: "array",
          items: {
            type: "string"
          }
        },
        {
          type: "null"
        }
      ]
    },
    output: {
      type: [
        "string",
        "null"
      ]
    },
    reasoning: {
      type: [
        "string",
        "null"
      ]
    },
    tool_calls: {
      description: "The reply's tool calls, in order; absent when it made none. `arguments` is the JSON text the model wrote, unparsed.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "id",
          "name",
          "arguments"
        ],
        properties: {
          id: {
            type: [
              "string",
              "null"
            ]
          },
          name: {
            type: "string"
          },
          arguments: {
            type: "string"
          }
        }
      }
    },
    score: {
      type: [
        "number",
        "null"
      ],
      minimum: 0,
      maximum: 1
    },
    scores: {
      type: "object",
      additionalProperties: {
        type: "number"
      }
    },
    weights: {
      type: "object",
      additionalProperties: {
        type: "number",
        minimum: 0
      }
    },
    answer: {
      type: [
        "string",
        "null"
      ]
    },
    details: {
      type: [
        "object",
        "null"
      ]
    },
    latency_ms: {
      type: [
        "number",
        "null"
      ]
    },
    usage: {
      oneOf: [
        {
          type: "null"
        },
        {
          type: "object",
          additionalProperties: false,
          required: [
            "prompt",
            "completion"
          ],
          properties: {
            prompt: {
              type: "integer",
              minimum: 0
            },
            completion: {
              type: "integer",
              minimum: 0
            }
          }
        }
      ]
    },
    cost: {
      type: [
        "number",
        "null"
      ]
    },
    cached: {
      type: "boolean"
    },
    error: {
      oneOf: [
        {
          type: "null"
        },
        {
          type: "object",
          additionalProperties: false,
          required: [
            "kind",
            "message"
          ],
          properties: {
            kind: {
              type: "string"
            },
            message: {
              type: "string"
            }
          }
        }
      ]
    }
  }
};

// schemas/run.schema.json
var run_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://evalwarden.dev/schemas/run.schema.json",
  title: "run.json",
  description: "Where a run came from: provenance of config, datasets, models, git and counts.",
  type: "object",
  additionalProperties: false,
  required: [
    "schema_version",
    "run_id",
    "suite",
    "kind",
    "evalwarden_version",
    "config_hash",
    "datasets",
    "models",
    "git",
    "shard",
    "started_at",
    "finished_at",
    "status",
    "stopped_reason",
    "counts"
  ],
  properties: {
    schema_version: {
      const: 1
    },
    run_id: {
      type: "string"
    },
    suite: {
      type: "string"
    },
    kind: {
      enum: [
        "pr",
        "branch",
        "manual",
        "sweep",
        "import"
      ]
    },
    evalwarden_version: {
      type: "string"
    },
    config_hash: {
      type: "string"
    },
    datasets: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "task",
          "path",
          "sha256",
          "items"
        ],
        properties: {
          task: {
            type: "string"
          },
          path: {
            type: "string"
          },
          sha256: {
            type: "string"
          },
          items: {
            description: "Items the task's dataset holds; null when an imported file does not say (never 0).",
            type: [
              "integer",
              "null"
            ],
            minimum: 0
          }
        }
      }
    },
    models: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "model",
          "role",
          "step",
          "served_model",
          "endpoint",
          "endpoint_kind",
          "revision",
          "params"
        ],
        properties: {
          model: {
            type: "string"
          },
          role: {
            enum: [
              "candidate",
              "reference",
              "training"
            ]
          },
          step: {
            type: [
              "integer",
              "null"
            ]
          },
          served_model: {
            type: "string"
          },
          endpoint: {
            type: "string"
          },
          endpoint_kind: {
            type: "string"
          },
          revision: {
            type: [
              "string",
              "null"
            ]
          },
          params: {
            type: "object"
          },
          cache: {
            description: "Whether cached replies were reused for this model, and what vouched for them; null: cache off or unused.",
            oneOf: [
              { type: "null" },
              {
                type: "object",
                additionalProperties: false,
                required: ["used", "note", "canaries"],
                properties: {
                  used: { type: "boolean" },
                  note: { type: "string" },
                  canaries: {
                    oneOf: [
                      { type: "null" },
                      {
                        type: "object",
                        additionalProperties: false,
                        required: ["asked", "differ", "failed"],
                        properties: {
                          asked: { type: "integer", minimum: 1 },
                          differ: { type: "integer", minimum: 0 },
                          failed: { type: "integer", minimum: 0 }
                        }
                      }
                    ]
                  }
                }
              }
            ]
          }
        }
      }
    },
    git: {
      type: "object",
      additionalProperties: false,
      required: [
        "sha",
        "ref",
        "branch",
        "repository",
        "pr",
        "event",
        "base_ref",
        "base_sha"
      ],
      properties: {
        sha: {
          type: [
            "string",
            "null"
          ]
        },
        ref: {
          type: [
            "string",
            "null"
          ]
        },
        branch: {
          type: [
            "string",
            "null"
          ]
        },
        repository: {
          type: [
            "string",
            "null"
          ]
        },
        pr: {
          type: [
            "integer",
            "null"
          ]
        },
        event: {
          type: [
            "string",
            "null"
          ]
        },
        base_ref: {
          type: [
            "string",
            "null"
          ]
        },
        base_sha: {
          type: [
            "string",
            "null"
          ]
        }
      }
    },
    shard: {
      oneOf: [
        {
          type: "null"
        },
        {
          type: "object",
          additionalProperties: false,
          required: [
            "index",
            "count"
          ],
          properties: {
            index: {
              type: "integer",
              minimum: 1
            },
            count: {
              type: "integer",
              minimum: 1
            }
          }
        }
      ]
    },
    started_at: {
      type: [
        "string",
        "null"
      ]
    },
    finished_at: {
      type: [
        "string",
        "null"
      ]
    },
    status: {
      enum: [
        "complete",
        "partial"
      ]
    },
    stopped_reason: {
      type: [
        "string",
        "null"
      ]
    },
    counts: {
      type: "object",
      additionalProperties: false,
      required: [
        "planned",
        "done",
        "errors",
        "requests",
        "cached"
      ],
      properties: {
        planned: {
          type: "integer",
          minimum: 0
        },
        done: {
          type: "integer",
          minimum: 0
        },
        errors: {
          type: "integer",
          minimum: 0
        },
        requests: {
          type: "integer",
          minimum: 0
        },
        cached: {
          type: "integer",
          minimum: 0
        }
      }
    },
    sequential: {
      description: "A sequential suite run look by look against a baseline: each task's item order (the looks are its prefixes), where each model's task stopped and why, and the calls and cost the looks saved. Absent when the run ran its whole plan.",
      type: "object",
      additionalProperties: false,
      required: ["looks", "baseline", "orders", "stops", "calls_used", "calls_full", "calls_saved", "cost_saved"],
      properties: {
        looks: { type: "array", items: { type: "integer", minimum: 1 } },
        baseline: { type: "string" },
        orders: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["task", "items"],
            properties: { task: { type: "string" }, items: { type: "array", items: { type: "string" } } }
          }
        },
        stops: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["model", "task", "stopped_at", "of", "why", "verdict"],
            properties: {
              model: { type: "string" },
              task: { type: "string" },
              stopped_at: { type: "integer", minimum: 0 },
              of: { type: "integer", minimum: 0 },
              why: { enum: ["regression", "futility", "last-look", "no-test", "ended"] },
              verdict: { enum: ["regression", "inconclusive", "improvement", "pass", "error", "no-baseline"] }
            }
          }
        },
        calls_used: { type: "integer", minimum: 0 },
        calls_full: { type: "integer", minimum: 0 },
        calls_saved: { type: "integer", minimum: 0 },
        cost_saved: { type: "number", minimum: 0 }
      }
    }
  }
};

// schemas/summary.schema.json
var summary_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://evalwarden.dev/schemas/summary.schema.json",
  title: "summary.json",
  description: "Per model and task: n, errors, metrics with standard errors and 95% CIs, categories, latency, tokens, cost; the suite's weighted aggregate.",
  type: "object",
  additionalProperties: false,
  required: [
    "schema_version",
    "run_id",
    "suite",
    "status",
    "models"
  ],
  properties: {
    schema_version: {
      const: 1
    },
    run_id: {
      type: "string"
    },
    suite: {
      type: "string"
    },
    status: {
      enum: [
        "complete",
        "partial"
      ]
    },
    models: {
      type: "array",
      items: {
        $ref: "#/definitions/model"
      }
    }
  },
  definitions: {
    interval: {
      type: "object",
      additionalProperties: false,
      required: [
        "low",
        "high"
      ],
      properties: {
        low: {
          type: "number"
        },
        high: {
          type: "number"
        }
      }
    },
    metric: {
      type: "object",
      additionalProperties: false,
      required: [
        "n",
        "mean",
        "se",
        "ci",
        "ci_method"
      ],
      properties: {
        n: {
          type: [
            "integer",
            "null"
          ],
          minimum: 0
        },
        mean: {
          type: "number"
        },
        se: {
          type: [
            "number",
            "null"
          ]
        },
        ci: {
          oneOf: [
            {
              $ref: "#/definitions/interval"
            },
            {
              type: "null"
            }
          ]
        },
        ci_method: {
          enum: [
            "wilson",
            "t"
          ]
        }
      }
    },
    distribution: {
      type: "object",
      additionalProperties: false,
      required: [
        "p50",
        "p95"
      ],
      properties: {
        p50: {
          type: [
            "number",
            "null"
          ]
        },
        p95: {
          type: [
            "number",
            "null"
          ]
        }
      }
    },
    tokens: {
      type: "object",
      additionalProperties: false,
      required: [
        "prompt",
        "completion"
      ],
      properties: {
        prompt: {
          type: "integer",
          minimum: 0
        },
        completion: {
          type: "integer",
          minimum: 0
        }
      }
    },
    instrument: {
      type: "object",
      additionalProperties: false,
      required: [
        "scorer",
        "hash",
        "judge"
      ],
      properties: {
        scorer: {
          type: "string"
        },
        version: {
          type: "integer",
          minimum: 1
        },
        hash: {
          type: "string"
        },
        judge: {
          type: [
            "string",
            "null"
          ]
        }
      }
    },
    task: {
      type: "object",
      additionalProperties: false,
      required: [
        "task",
        "primary_metric",
        "n",
        "n_planned",
        "samples_per_item",
        "errors",
        "error_rate",
        "metrics",
        "sample_spread",
        "categories",
        "latency_ms",
        "tokens",
        "cost",
        "weight",
        "instrument",
        "prompt_hash"
      ],
      properties: {
        task: {
          type: "string"
        },
        primary_metric: {
          type: "string"
        },
        n: {
          type: [
            "integer",
            "null"
          ],
          minimum: 0
        },
        n_planned: {
          type: [
            "integer",
            "null"
          ],
          minimum: 0
        },
        higher_is_better: {
          type: "boolean",
          description: "False when a lower primary metric is better (perplexity, loss); absent means true."
        },
        samples_per_item: {
          type: "integer",
          minimum: 1
        },
        errors: {
          type: "integer",
          minimum: 0
        },
        error_rate: {
          type: "number",
          minimum: 0
        },
        metrics: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/metric"
          }
        },
        sample_spread: {
          oneOf: [
            {
              type: "null"
            },
            {
              type: "object",
              additionalProperties: false,
              required: [
                "mean_item_std"
              ],
              properties: {
                mean_item_std: {
                  type: "number"
                }
              }
            }
          ]
        },
        categories: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/metric"
          }
        },
        latency_ms: {
          $ref: "#/definitions/distribution"
        },
        tokens: {
          $ref: "#/definitions/tokens"
        },
        cost: {
          type: "number"
        },
        weight: {
          type: "number"
        },
        instrument: {
          $ref: "#/definitions/instrument"
        },
        prompt_hash: {
          type: "string"
        },
        category: {
          description: "The task's category (tasks[].category of the config); absent in older summaries.",
          type: [
            "string",
            "null"
          ]
        }
      }
    },
    model: {
      type: "object",
      additionalProperties: false,
      required: [
        "model",
        "role",
        "step",
        "served_model",
        "params_hash",
        "tasks",
        "aggregate",
        "tokens",
        "cost"
      ],
      properties: {
        model: {
          type: "string"
        },
        role: {
          enum: [
            "candidate",
            "reference",
            "training"
          ]
        },
        step: {
          type: [
            "integer",
            "null"
          ]
        },
        served_model: {
          type: "string"
        },
        params_hash: {
          type: "string"
        },
        tasks: {
          type: "array",
          items: {
            $ref: "#/definitions/task"
          }
        },
        aggregate: {
          oneOf: [
            {
              type: "null"
            },
            {
              type: "object",
              additionalProperties: false,
              required: [
                "score",
                "se",
                "ci"
              ],
              properties: {
                score: {
                  type: "number"
                },
                se: {
                  type: [
                    "number",
                    "null"
                  ]
                },
                ci: {
                  oneOf: [
                    {
                      $ref: "#/definitions/interval"
                    },
                    {
                      type: "null"
                    }
                  ]
                }
              }
            }
          ]
        },
        tokens: {
          $ref: "#/definitions/tokens"
        },
        cost: {
          type: "number"
        }
      }
    }
  }
};

// src/artifact-schemas.ts
var compiled = /* @__PURE__ */ new Map();
function validator(schema) {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = new import_ajv.Ajv({ allErrors: true, strict: false }).compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}
var artifactValidators = {
  record: () => validator(record_schema_default),
  summary: () => validator(summary_schema_default),
  run: () => validator(run_schema_default)
};

// src/run/records-file.ts
function recordKey(r) {
  return [r.model, r.task, r.item_id, r.sample].join("\0");
}
var RecordWriter = class _RecordWriter {
  #handle;
  #file;
  #scrub;
  #pending = [];
  #scheduled = false;
  /** Every write so far, chained: each starts when the one before it has ended. */
  #written = Promise.resolve();
  /** A write is chained and not started yet: lines pending now go in it. */
  #queued = false;
  /** A failed write (a full disk): the next write or the close throws it, so the run stops. */
  #failure;
  constructor(handle, file, scrub) {
    this.#handle = handle;
    this.#file = file;
    this.#scrub = scrub;
  }
  /**
   * Opens `file` for appending: a file that cannot be opened fails here, before any request.
   * `scrub` sees every line before it is written: no secret reaches the file.
   */
  static async open(file, scrub) {
    try {
      return new _RecordWriter(await open(file, "a"), file, scrub);
    } catch (error) {
      throw writeError(file, error);
    }
  }
  write(record) {
    if (this.#failure) throw this.#failure;
    this.#pending.push(`${this.#scrub(JSON.stringify(record))}
`);
    if (!this.#scheduled) {
      this.#scheduled = true;
      setImmediate(() => this.#flush());
    }
  }
  /** Writes what is pending, waits for every write, closes the file; throws a failed write's error. */
  async close() {
    this.#flush();
    await this.#written;
    await this.#handle.close().catch((error) => {
      this.#failure ??= writeError(this.#file, error);
    });
    if (this.#failure) throw this.#failure;
  }
  #flush() {
    this.#scheduled = false;
    if (this.#pending.length === 0 || this.#queued) return;
    this.#queued = true;
    this.#written = this.#written.then(() => this.#append());
  }
  /** Writes every line pending when it starts: the turns that finished during a slow write go in one. */
  async #append() {
    this.#queued = false;
    const bytes = Buffer.from(this.#pending.join(""));
    this.#pending = [];
    if (this.#failure) return;
    try {
      for (let written = 0; written < bytes.length; )
        written += (await this.#handle.write(bytes, written)).bytesWritten;
    } catch (error) {
      this.#failure = writeError(this.#file, error);
    }
  }
};
async function* readRecords(file, options = {}) {
  const resume = options.mode === "resume";
  let input;
  try {
    input = await openRecords(file);
  } catch (error) {
    if (resume && error.code === "ENOENT") return;
    throw new DataError({ file }, "cannot read the records file", {
      hint: "point at a results folder written by `evalwarden run`",
      cause: error
    });
  }
  const validate = artifactValidators.record();
  let line = 0;
  let rest = "";
  for await (const chunk of input) {
    const rows = (rest + chunk).split("\n");
    rest = rows.pop() ?? "";
    for (const row of rows) {
      line++;
      const record2 = parseRecord(row, file, line, validate);
      if (record2) yield record2;
    }
  }
  if (rest === "") return;
  line++;
  if (resume) {
    options.onTornLine?.({ line, bytes: Buffer.byteLength(rest) });
    return;
  }
  const record = parseRecord(rest, file, line, validate);
  if (record) yield record;
}
async function cutTornLine(file, torn, log) {
  const { size: size2 } = await stat(file);
  await truncate(file, size2 - torn.bytes);
  log(
    `${file}:${torn.line}: cut a torn last line (${torn.bytes} bytes, a run stopped mid-write); its item is redone`
  );
}
async function readRecordsArray(file) {
  const records = [];
  for await (const record of readRecords(file)) records.push(record);
  return records;
}
async function openRecords(file) {
  const handle = await open(file, "r");
  const raw = handle.createReadStream();
  const stream = file.endsWith(".gz") ? raw.pipe(createGunzip()) : raw;
  if (stream !== raw) raw.on("error", (error) => stream.destroy(error));
  return stream.setEncoding("utf8");
}
function parseRecord(row, file, line, validate) {
  if (row.trim() === "") return null;
  let value;
  try {
    value = JSON.parse(row);
  } catch (cause) {
    throw new DataError({ file, line }, "not valid JSON", {
      hint: "a killed run leaves a torn last line: `evalwarden run --resume` cuts it and redoes the item",
      cause
    });
  }
  if (!validate(value)) {
    const first = validate.errors?.[0];
    throw new DataError(
      { file, line },
      `not an evalwarden record: ${`${first?.instancePath ?? ""} ${first?.message ?? ""}`.trim()}`
    );
  }
  return value;
}
async function latestRecords(file) {
  const latest2 = /* @__PURE__ */ new Map();
  for await (const record of readRecords(file)) latest2.set(recordKey(record), record);
  return latest2;
}
async function writeRecordsFile(file, records, scrub) {
  const lines = [];
  for (const record of records) lines.push(scrub(JSON.stringify(record)));
  await writeFileAtomic(file, lines.length ? `${lines.join("\n")}
` : "");
}

// src/run/pipeline.ts
import { mkdir, readFile, rm as rm2 } from "node:fs/promises";
import path3 from "node:path";

// src/report/annotations.ts
import path from "node:path";
var ANNOTATIONS_PER_REQUEST = 50;
function batchAnnotations(annotations, size2 = ANNOTATIONS_PER_REQUEST) {
  const batches = [];
  for (let i = 0; i < annotations.length; i += size2) batches.push(annotations.slice(i, i + size2));
  return batches;
}
function repoPath(file, workspace) {
  const relative = path.relative(workspace, path.resolve(workspace, file));
  if (relative.startsWith("..") || path.isAbsolute(relative) || relative === "") return null;
  return relative.split(path.sep).join("/");
}
function annotationForError(error, workspace) {
  if (!(error instanceof LocatedError)) return null;
  const file = repoPath(error.file, workspace);
  if (!file) return null;
  const line = error.line ?? 1;
  return {
    path: file,
    start_line: line,
    end_line: line,
    ...error.col !== void 0 ? { start_column: error.col, end_column: error.col } : {},
    annotation_level: "failure",
    title: error.name === "DataError" ? "evalwarden: dataset error" : "evalwarden: config error",
    message: `${error.message}${error.hint ? `
${error.hint}` : ""}`.slice(0, 4e3)
  };
}
function annotationsForComparison(comparison, config, workspace) {
  const file = repoPath(config.file, workspace);
  if (!file) return [];
  const located = parseLocated(file, config.text);
  const tasks = located.doc.toJS();
  const annotations = [];
  for (const model of comparison.models) {
    for (const task of model.tasks) {
      const warns = task.verdict === "inconclusive" || task.verdict === "regression" && !task.failing;
      if (!task.failing && !warns) continue;
      const index = tasks?.tasks?.findIndex((t) => t?.id === task.task) ?? -1;
      const pos = index >= 0 ? locate(located, `/tasks/${index}`) : void 0;
      annotations.push({
        path: file,
        start_line: pos?.line ?? 1,
        end_line: pos?.line ?? 1,
        annotation_level: task.failing ? "failure" : "warning",
        title: `evalwarden: ${task.verdict} on ${model.model} / ${task.task}`.slice(0, 255),
        message: task.reason.slice(0, 4e3)
      });
    }
  }
  return annotations;
}

// src/report/escape.ts
var ZWJ = "\u200D";
function escapeInline(text, maxChars = 300) {
  const flat = text.replace(/[\r\n\t\u2028\u2029]+/g, " ");
  const cut = flat.length > maxChars ? `${flat.slice(0, maxChars)}\u2026` : flat;
  return cut.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`).replace(/@/g, `@${ZWJ}`).replace(/[\u0000-\u001f\u007f]/g, "");
}
function codeBlock(text, maxChars = 500) {
  let body = text.length > maxChars ? `${text.slice(0, maxChars)}\u2026` : text;
  body = body.replace(/<!--/g, `<${ZWJ}!--`).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}text
${body}
${fence}`;
}
function markerValue(text) {
  return text.replace(/[^A-Za-z0-9._:/@+=-]/g, "_").replace(/-{2,}/g, "_").slice(0, 120);
}

// src/report/history-chart.ts
var HISTORY_POINTS = 12;
function renderHistoryChart(input) {
  const points2 = [...input.history].filter((p) => Number.isFinite(p.score)).sort((a, b) => a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0).slice(-HISTORY_POINTS);
  if (points2.length < 2) return null;
  const labels = points2.map(
    (p, i) => p.sha && /^[0-9a-f]{7,40}$/i.test(p.sha) ? p.sha.slice(0, 7) : `#${i + 1}`
  );
  const values = points2.map((p) => p.score * 100);
  if (input.candidate !== null && Number.isFinite(input.candidate)) {
    labels.push("this PR");
    values.push(input.candidate * 100);
  }
  const low = Math.max(0, Math.floor(Math.min(...values) / 5) * 5 - 5);
  const high = Math.min(100, Math.ceil(Math.max(...values) / 5) * 5 + 5);
  const branch = input.branch.replace(/[^A-Za-z0-9._/-]/g, "_");
  return [
    "```mermaid",
    "xychart-beta",
    `  title "Suite score on ${branch}, recent runs"`,
    `  x-axis [${labels.map((l) => `"${l}"`).join(", ")}]`,
    `  y-axis "score (%)" ${low} --> ${high}`,
    `  line [${values.map((v) => v.toFixed(1)).join(", ")}]`,
    "```"
  ].join("\n");
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size2 = stringLength(cell);
        sizes2[columnIndex2] = size2;
        if (longestCellByColumn[columnIndex2] === void 0 || size2 > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size2;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size2 = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size2) + after;
    if (settings.alignDelimiters !== false) {
      size2 = before.length + size2 + after.length;
      if (size2 > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size2;
      }
      sizes[columnIndex] = size2;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size2 = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size2);
        } else if (code === 99) {
          const half = size2 / 2;
          if (size2 % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size2);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/report/flips.ts
function renderFlips(comparison, budget) {
  if (budget.perTask <= 0) return "";
  const sections = [];
  for (const model of comparison.models) {
    for (const task of model.tasks) {
      if (!task.flips) continue;
      const { worse, better, worse_total, better_total } = task.flips;
      const where = `${escapeInline(model.model, 80)} / ${escapeInline(task.task, 80)}`;
      if (worse.length > 0)
        sections.push(
          section(
            `${where}: ${worse_total} worse (correct \u2192 wrong first)`,
            worse.slice(0, budget.perTask),
            worse_total,
            budget
          )
        );
      if (better.length > 0)
        sections.push(
          section(`${where}: ${better_total} better`, better.slice(0, budget.perTask), better_total, budget)
        );
    }
  }
  return sections.length ? ["#### Flipped examples", "", ...sections].join("\n") : "";
}
function section(title, flips, total, budget) {
  const lines = ["<details>", `<summary>${title}</summary>`, ""];
  for (const flip of flips) {
    const category = flip.category ? ` (${escapeInline(flip.category, 60)})` : "";
    lines.push(
      `- **${escapeInline(flip.item_id, 80)}**${category}: score ${fmt(flip.baseline_score)} \u2192 ${fmt(flip.candidate_score)}; answer ${quote(flip.baseline_answer)} \u2192 ${quote(flip.candidate_answer)}`
    );
    if (flip.candidate_output !== null && budget.outputChars > 0)
      lines.push("", indent(codeBlock(flip.candidate_output, budget.outputChars)), "");
  }
  if (total > flips.length) lines.push("", `\u2026and ${total - flips.length} more on the dashboard.`);
  lines.push("", "</details>", "");
  return lines.join("\n");
}
function quote(answer) {
  return answer === null ? "\u2014" : `\u201C${escapeInline(answer, 80)}\u201D`;
}
function fmt(score2) {
  return Number.isInteger(score2) ? String(score2) : score2.toFixed(2);
}
function indent(block) {
  return block.split("\n").map((l) => `  ${l}`).join("\n");
}

// src/report/pr-report.ts
var COMMENT_LIMIT = 65536;
var CHECK_SUMMARY_LIMIT = 65535;
var BUDGETS = [
  { perTask: 5, outputChars: 500 },
  { perTask: 3, outputChars: 240 },
  { perTask: 2, outputChars: 0 },
  { perTask: 1, outputChars: 0 },
  { perTask: 0, outputChars: 0 }
];
function renderReport(input, limit = COMMENT_LIMIT) {
  for (const budget of BUDGETS) {
    const body2 = compose(input, budget);
    if (body2.length <= limit) return body2;
  }
  const note = "\n\n_\u2026report cut to fit GitHub\u2019s size limit; the full report is in the job summary and the dashboard._\n";
  const body = compose(input, { perTask: 0, outputChars: 0 });
  return body.slice(0, limit - note.length) + note;
}
function compose(input, budget) {
  const c = input.comparison;
  const parts = [];
  if (input.marker) parts.push(input.marker);
  parts.push(
    `### ${VERDICT_ICON[c.verdict]} evalwarden: **${c.verdict}** on suite \`${escapeInline(c.candidate.suite, 60).replace(/`/g, "")}\``,
    "",
    escapeInline(c.reason, 600),
    ""
  );
  for (const notice of input.notices ?? []) parts.push(`> ${notice}`, "");
  for (const model of c.models) parts.push(renderModel(model), "");
  const saving2 = savingSentence(c);
  if (saving2) parts.push(`${saving2}.`, "");
  if (c.accepted.length > 0) {
    parts.push("**Accepted by a maintainer:**", "");
    for (const a of c.accepted)
      parts.push(
        `- ${escapeInline(a.model, 80)} / ${escapeInline(a.task, 80)}: ${a.verdict} accepted (${a.by}): ${escapeInline(a.reason, 300)}`
      );
    parts.push("");
  }
  if (c.notes.length > 0) {
    for (const note of c.notes) parts.push(`- note: ${escapeInline(note, 400)}`);
    parts.push("");
  }
  parts.push(renderCosts(input.summary, input.run), "");
  const candidateScore = c.models.find((m) => m.gating === "full")?.aggregate.candidate?.score ?? null;
  const chart = input.history ? renderHistoryChart({
    branch: input.history.branch,
    history: input.history.points,
    candidate: candidateScore
  }) : null;
  if (chart) parts.push(chart, "");
  const flips = renderFlips(c, budget);
  if (flips) parts.push(flips, "");
  const links = [
    input.dashboardUrl ? `[Dashboard](${safeUrl(input.dashboardUrl)})` : null,
    input.runUrl ? `[Workflow run](${safeUrl(input.runUrl)})` : null
  ].filter(Boolean);
  parts.push(
    `<sub>${[...links, `run \`${escapeInline(c.candidate.run_id, 60).replace(/`/g, "")}\``].join(" \xB7 ")} \xB7 evalwarden</sub>`
  );
  return `${parts.join("\n")}
`;
}
function renderModel(model) {
  const role = model.gating === "none" ? " (reference, not gated)" : model.gating === "errors-only" ? " (training checkpoint: gated on errors only)" : "";
  const rows = [["Task", "Baseline", "Candidate", "\u0394 pts (95% CI)", "MDE pts", "Verdict"]];
  for (const task of model.tasks) rows.push(taskRow(task));
  if (model.aggregate.candidate) {
    const d = model.aggregate.delta;
    rows.push([
      "**suite (weighted)**",
      model.aggregate.baseline ? pct2(model.aggregate.baseline.score) : "\u2014",
      pct2(model.aggregate.candidate.score),
      d ? `${signed(d.estimate)} (${signed(d.ci.low)} to ${signed(d.ci.high)})` : "\u2014",
      "",
      `${VERDICT_ICON[model.verdict]} ${model.verdict}`
    ]);
  }
  const lines = [
    `#### ${escapeInline(model.model, 100)}${role}`,
    "",
    markdownTable(rows, { align: ["l", "r", "r", "r", "r", "l"] }),
    "",
    `<sub>${MDE_FOOTNOTE} ${PAIRED_FOOTNOTE}</sub>`,
    ""
  ];
  lines.push(
    model.baseline ? `Baseline: ${escapeInline(model.baseline.description, 300)}${model.baseline.model !== model.model ? ` (model ${escapeInline(model.baseline.model, 80)})` : ""}.` : `No baseline: ${escapeInline(model.no_baseline_reason ?? "none found", 300)}.`
  );
  const changed = [
    model.changes.served_model ? `served model ${escapeInline(model.changes.served_model.from, 80)} \u2192 ${escapeInline(model.changes.served_model.to, 80)}` : null,
    model.changes.params_hash ? "generation parameters" : null,
    model.changes.prompt_tasks.length > 0 ? `prompt of ${model.changes.prompt_tasks.map((t) => escapeInline(t, 80)).join(", ")}` : null
  ].filter((x) => x !== null);
  if (changed.length > 0) lines.push(`Changed since the baseline: ${changed.join("; ")}.`);
  return lines.join("\n");
}
function taskRow(task) {
  const d = task.delta;
  let verdict = `${verdictIcon(task)} ${verdictLabel(task)}`;
  if (task.verdict === "error" || task.verdict === "no-baseline")
    verdict += `: ${escapeInline(task.reason, 160)}`;
  const stopped = stoppedSentence(task);
  if (stopped) verdict += `; ${stopped}`;
  const sentence = underpoweredSentence(task);
  if (sentence) verdict += `: ${sentence}`;
  for (const words of changeWords(task)) verdict += `; ${escapeInline(words, 160)}`;
  const paired = pairedNote(task);
  if (d?.pairing) verdict += ` \xB7 ${escapeInline(d.pairing, 120)}`;
  return [
    escapeInline(task.task, 80),
    task.baseline ? `${pct2(task.baseline.mean)} (n=${task.baseline.n})` : "\u2014",
    `${pct2(task.candidate.mean)} (n=${task.candidate.n}${task.candidate.errors ? `, ${task.candidate.errors} errors` : ""})${paired ? `<br><sub>${paired}</sub>` : ""}`,
    d ? `${signed(d.estimate)} (${signed(d.ci.low)} to ${signed(d.ci.high)})` : "\u2014",
    d?.mde != null ? `${(d.mde * 100).toFixed(1)}` : "\u2014",
    verdict
  ];
}
function renderCosts(summary, run) {
  const cost = summary.models.reduce((a, m) => a + m.cost, 0);
  const tokens = summary.models.reduce((a, m) => a + m.tokens.prompt + m.tokens.completion, 0);
  const errors = summary.models.reduce((a, m) => a + m.tasks.reduce((b, t) => b + t.errors, 0), 0);
  const parts = [
    `errors: ${errors}`,
    `tokens: ${tokens.toLocaleString("en-US")}`,
    `cost: $${cost.toFixed(4)}`
  ];
  if (run) {
    const seconds = run.finished_at && run.started_at ? (Date.parse(run.finished_at) - Date.parse(run.started_at)) / 1e3 : Number.NaN;
    if (Number.isFinite(seconds)) parts.push(`time: ${duration(seconds)}`);
    parts.push(`requests: ${run.counts.requests} (+${run.counts.cached} cached)`);
    parts.push(...cacheNotes(run));
  }
  return `<sub>${parts.join(" \xB7 ")}</sub>`;
}
function cacheNotes(run) {
  const noted = run.models.filter((m) => m.cache);
  return noted.map(
    (m) => escapeInline(noted.length === 1 ? `cache ${m.cache.note}` : `cache (${m.model}) ${m.cache.note}`, 200)
  );
}
function duration(seconds) {
  if (seconds < 90) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}
function pct2(x) {
  return x !== null && Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : "\u2014";
}
function signed(x) {
  if (!Number.isFinite(x)) return "\u2014";
  const v = x * 100;
  return `${v >= 0 ? "+" : "\u2212"}${Math.abs(v).toFixed(1)}`;
}
function safeUrl(url) {
  return /^https?:\/\/[^\s()<>]+$/.test(url) ? url : "#";
}

// src/report/failure-report.ts
function renderFailureReport(input) {
  const lines = [];
  if (input.marker) lines.push(input.marker);
  lines.push("### \u{1F6D1} evalwarden: **error**", "", escapeInline(input.message, 2e3), "");
  if (input.hint) lines.push(`Hint: ${escapeInline(input.hint, 1e3)}`, "");
  lines.push("Nothing was gated: the model was not measured, which is never a pass.");
  if (input.runUrl && /^https?:\/\/[^\s()<>]+$/.test(input.runUrl))
    lines.push("", `<sub>[Workflow run](${input.runUrl}) \xB7 evalwarden</sub>`);
  return `${lines.join("\n")}
`;
}

// src/report/plan-estimate.ts
function renderEstimate(e) {
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const judgeCalls = (n) => n > 0 ? ` + ${plural(n, "judge call")}` : "";
  return [
    ...e.tasks.map(
      (t) => `${t.task}: ${plural(t.items, "item")} \xD7 ${plural(t.samples, "sample")} \xD7 ${plural(t.models, "model")} \u2192 ${plural(t.calls, "call")}${judgeCalls(t.judgeCalls)}`
    ),
    `models: ${e.models.join(", ")}${e.judge ? `; judge: ${e.judge}` : ""}`,
    `${plural(e.calls + e.judgeCalls, "call")}; ~${e.promptTokens} prompt + \u2264${e.completionTokens} completion tokens; ${e.cost === null ? "cost unknown (no price in the config: models[].price)" : `cost \u2264 ${e.cost.toFixed(4)} at the config's prices`}. No call was made.`
  ];
}

// src/report/summary-table.ts
function formatScore(value) {
  return value === void 0 || Number.isNaN(value) ? "\u2014" : value.toFixed(3);
}
function renderSummaryTable(summary) {
  const rows = [["model", "task", "metric", "n", "score", "95% CI", "errors", "p50 ms", "cost"]];
  for (const model of summary.models) {
    for (const task of model.tasks) {
      const names = [
        task.primary_metric,
        ...Object.keys(task.metrics).filter((m) => m !== task.primary_metric)
      ];
      for (const name of names) {
        const metric = task.metrics[name];
        const primary = name === task.primary_metric;
        rows.push([
          model.model,
          task.task,
          name,
          `${metric?.n ?? task.n ?? "?"}/${task.n_planned ?? "?"}`,
          formatScore(metric?.mean),
          metric?.ci ? `[${formatScore(metric.ci.low)}, ${formatScore(metric.ci.high)}]` : "\u2014",
          primary ? String(task.errors) : "",
          !primary ? "" : task.latency_ms.p50 === null ? "\u2014" : String(task.latency_ms.p50),
          !primary ? "" : task.cost ? task.cost.toFixed(4) : "0"
        ]);
      }
    }
    if (model.aggregate) {
      rows.push([
        model.model,
        "(suite, weighted)",
        "",
        "",
        formatScore(model.aggregate.score),
        model.aggregate.ci ? `[${formatScore(model.aggregate.ci.low)}, ${formatScore(model.aggregate.ci.high)}]` : "SE unknown",
        "",
        "",
        model.cost ? model.cost.toFixed(4) : "0"
      ]);
    }
  }
  return markdownTable(rows, { align: ["l", "l", "l", "r", "r", "r", "r", "r", "r"] });
}

// src/report/comparison-table.ts
function renderComparisonTable(c, medium = "markdown") {
  const cell = medium === "terminal" ? terminalCell : markdownCell;
  const rows = [
    ["Model", "Task", "Baseline", "Candidate", "\u0394 (95% CI)", "p (adj.)", "MDE", "Verdict"]
  ];
  for (const model of c.models) {
    for (const task of model.tasks) {
      rows.push([
        cell(model.model) + (model.gating === "none" ? " (reference)" : model.gating === "errors-only" ? " (training)" : ""),
        cell(task.task),
        task.baseline ? score(task.baseline.mean, task.baseline.ci, task.baseline.n) : "\u2014",
        score(task.candidate.mean, task.candidate.ci, task.candidate.n),
        task.delta ? `${points(task.delta.estimate)} (${points(task.delta.ci.low)} to ${points(task.delta.ci.high)})` : "\u2014",
        pCell(task),
        task.delta?.mde != null ? `${(task.delta.mde * 100).toFixed(1)} pts` : "\u2014",
        verdictCell(task, cell)
      ]);
    }
  }
  const lines = [
    `**${c.verdict}** \u2014 ${cell(c.reason)}`,
    "",
    markdownTable(rows, { align: ["l", "l", "r", "r", "r", "r", "r", "l"] }),
    "",
    MDE_FOOTNOTE,
    PAIRED_FOOTNOTE,
    ""
  ];
  const saving2 = savingSentence(c);
  if (saving2) lines.push(saving2);
  for (const model of c.models) {
    lines.push(
      model.baseline ? `${cell(model.model)}: baseline ${cell(model.baseline.model)} from ${cell(model.baseline.description)}` : `${cell(model.model)}: no baseline \u2014 ${cell(model.no_baseline_reason ?? "none found")}`
    );
    const changed = [
      model.changes.served_model ? `served model ${model.changes.served_model.from} \u2192 ${model.changes.served_model.to}` : null,
      model.changes.params_hash ? "generation params" : null,
      model.changes.prompt_tasks.length > 0 ? `prompt of ${model.changes.prompt_tasks.join(", ")}` : null
    ].filter((x) => x !== null);
    if (changed.length > 0) lines.push(`  changed since the baseline: ${cell(changed.join("; "))}`);
    if (model.aggregate.delta) {
      const d = model.aggregate.delta;
      lines.push(
        `  suite aggregate \u0394 ${points(d.estimate)} (${points(d.ci.low)} to ${points(d.ci.high)}) over ${d.tasks.length} task(s)`
      );
    }
  }
  for (const a of c.accepted)
    lines.push(`accepted ${a.verdict} on ${cell(a.model)}/${cell(a.task)} (${a.by}): ${cell(a.reason)}`);
  for (const note of c.notes) lines.push(`note: ${cell(note)}`);
  return lines.join("\n");
}
function verdictCell(task, cell) {
  const parts = [verdictLabel(task)];
  if (task.verdict === "error" || task.verdict === "no-baseline") parts[0] += `: ${cell(task.reason)}`;
  const stopped = stoppedSentence(task);
  if (stopped) parts.push(stopped);
  const sentence = underpoweredSentence(task);
  if (sentence) parts.push(sentence);
  parts.push(...changeWords(task).map(cell));
  const paired = pairedNote(task);
  if (paired) parts.push(paired);
  if (task.delta?.pairing) parts.push(cell(task.delta.pairing));
  return parts.join("; ");
}
function pCell(task) {
  const d = task.delta;
  if (!d) return "\u2014";
  return task.verdict === "improvement" ? `rise ${pValue(d.p_improvement)} (${pValue(d.p_improvement_adjusted)})` : `drop ${pValue(d.p_drop)} (${pValue(d.p_drop_adjusted)})`;
}
function score(mean, ci, n) {
  if (mean === null || !Number.isFinite(mean)) return "\u2014";
  const interval = ci ? ` [${(ci.low * 100).toFixed(1)}, ${(ci.high * 100).toFixed(1)}]` : " [SE unknown]";
  return `${(mean * 100).toFixed(1)}${interval} n=${n ?? "unknown"}`;
}
function pValue(p) {
  if (!Number.isFinite(p)) return "\u2014";
  return p < 1e-4 ? "<0.0001" : p.toFixed(4);
}
function terminalCell(text) {
  return text.replace(/[\r\n]+/g, " ").replace(/\|/g, "\\|").replace(/[\u0000-\u001f\u007f-\u009f]/g, "");
}
function markdownCell(text) {
  return text.replace(/[\r\n]+/g, " ").replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@/g, "@\u200B");
}

// src/report/progress.ts
var Progress = class {
  #total;
  #label;
  #log;
  #everyMs;
  #started = performance.now();
  #done = 0;
  #errors = 0;
  #lastPrint = performance.now();
  #heartbeat;
  constructor(options) {
    this.#total = options.total;
    this.#label = options.label;
    this.#log = options.log;
    this.#everyMs = options.everyMs ?? 2e3;
  }
  /**
   * Prints a line every few seconds even when nothing finishes: a server that accepts requests
   * and never answers would otherwise leave the user with silence for minutes (timeout × retries).
   */
  start(extra) {
    this.#heartbeat = setInterval(() => {
      if (performance.now() - this.#lastPrint < this.#everyMs) return;
      this.#lastPrint = performance.now();
      this.#log(this.line(extra?.()));
    }, this.#everyMs);
    this.#heartbeat.unref();
    return this;
  }
  stop() {
    clearInterval(this.#heartbeat);
  }
  tick(error, extra) {
    this.#done++;
    if (error) this.#errors++;
    const now = performance.now();
    if (now - this.#lastPrint >= this.#everyMs) {
      this.#lastPrint = now;
      this.#log(this.line(extra?.()));
    }
  }
  line(extra) {
    const seconds = (performance.now() - this.#started) / 1e3;
    if (this.#done === 0 && this.#total > 0)
      return `${this.#label} 0/${this.#total} \xB7 waiting for the first reply (${Math.floor(seconds)} s)${extra ? ` \xB7 ${extra}` : ""}`;
    const rate = this.#done / Math.max(seconds, 1e-3);
    const eta = rate > 0 ? Math.ceil((this.#total - this.#done) / rate) : 0;
    const pct3 = this.#total ? Math.floor(100 * this.#done / this.#total) : 100;
    return `${this.#label} ${this.#done}/${this.#total} (${pct3}%) \xB7 ${rate.toFixed(1)}/s \xB7 ETA ${eta}s \xB7 ${this.#errors} errors${extra ? ` \xB7 ${extra}` : ""}`;
  }
};

// src/run/generate.ts
function messagesFor(unit, endpoint) {
  const system = unit.task.system ?? endpoint.config.system;
  return system ? [
    { role: "system", content: system },
    { role: "user", content: unit.item.prompt }
  ] : [{ role: "user", content: unit.item.prompt }];
}
function emptyRecord(unit, context, messages) {
  return {
    schema_version: SCHEMA_VERSION,
    run_id: context.runId,
    model: context.endpoint.config.id,
    task: unit.task.id,
    item_id: unit.item.id,
    item_hash: unit.item.hash,
    sample: unit.sample,
    category: unit.item.category,
    cluster: unit.item.cluster,
    prompt_hash: unit.item.promptHash,
    input: messages,
    target: unit.item.target,
    output: null,
    reasoning: null,
    score: null,
    scores: {},
    answer: null,
    details: null,
    latency_ms: null,
    usage: null,
    cost: null,
    cached: false,
    error: null
  };
}
async function runUnit(unit, context) {
  const { endpoint } = context;
  const messages = messagesFor(unit, endpoint);
  const record = emptyRecord(unit, context, messages);
  try {
    const { completion, fromCache } = await callModel(endpoint, context.cache, messages, unit.sample);
    const price = endpoint.config.price;
    Object.assign(record, {
      output: completion.output,
      reasoning: completion.reasoning,
      latency_ms: Math.round(completion.latencyMs),
      usage: completion.usage,
      cost: (completion.usage.prompt * price.input_per_mtok + completion.usage.completion * price.output_per_mtok) / 1e6,
      cached: fromCache
    });
    if (completion.toolCalls?.length) record.tool_calls = completion.toolCalls;
  } catch (error) {
    if (context.signal.aborted) throw error;
    const refused = refusal(endpoint, `model ${endpoint.config.id}`, error);
    if (refused) throw refused;
    record.error = toRecordError(error, endpoint.client.secrets);
    return record;
  }
  if (context.score)
    await scoreRecord(record, unit.task, unit.item, context.judge, context.references).catch(
      (error) => judgeFailure(record, error, context)
    );
  return record;
}
function judgeFailure(record, error, context) {
  if (error instanceof EvalwardenError || context.signal.aborted) throw error;
  record.error = judgeError(error, context.endpoint.client.secrets);
}
function judgeError(error, secrets) {
  const failure = toRecordError(error, secrets);
  return { kind: `judge_${failure.kind}`, message: failure.message };
}

// src/run/canaries.ts
var SCAN_BATCH = 64;
async function vouchForCache(endpoint, options) {
  const { revision, params } = endpoint.config;
  if (revision !== void 0) {
    endpoint.readCache = true;
    return { used: true, note: `vouched for by revision ${revision}`, canaries: null };
  }
  endpoint.readCache = false;
  if (params.temperature !== 0) {
    const temperature = params.temperature === void 0 ? "unset: the server's default" : String(params.temperature);
    return {
      used: false,
      note: `not used: sampled replies (temperature ${temperature}) are reused only under a pinned models[].revision`,
      canaries: null
    };
  }
  const cached = await longestCached(endpoint, options);
  if (cached.length === 0)
    return { used: false, note: "not used: nothing cached for this model yet", canaries: null };
  let differ = 0;
  let failed = 0;
  const replies = /* @__PURE__ */ new Map();
  await Promise.all(
    cached.map(async ({ unit, completion }) => {
      const messages = messagesFor(unit, endpoint);
      let live;
      try {
        live = await endpoint.scheduler.run(() => endpoint.client.complete(messages, unit.sample));
      } catch (error) {
        if (options.signal.aborted) throw error;
        failed++;
        return;
      }
      replies.set(canaryKey(messages, unit.sample), live);
      if (live.output !== completion.output || live.reasoning !== completion.reasoning) {
        differ++;
        await options.cache.set(cacheKeyOf(endpoint, messages, unit.sample), live);
      }
    })
  );
  const asked = cached.length;
  if (differ === 0 && failed === 0) {
    endpoint.readCache = true;
    return {
      used: true,
      note: `vouched for by ${asked} matching canaries`,
      canaries: { asked, differ, failed }
    };
  }
  endpoint.canaryReplies = replies;
  const reasons = [
    ...differ > 0 ? [`${differ} of ${asked} canaries differ`] : [],
    ...failed > 0 ? [`${failed} of ${asked} canaries could not be asked`] : []
  ];
  return { used: false, note: `not used: ${reasons.join(", ")}`, canaries: { asked, differ, failed } };
}
async function longestCached(endpoint, options) {
  const found2 = [];
  for (let start = 0; start < options.units.length; start += SCAN_BATCH) {
    const batch = options.units.slice(start, start + SCAN_BATCH);
    const hits = await Promise.all(
      batch.map((unit) => options.cache.get(cacheKeyOf(endpoint, messagesFor(unit, endpoint), unit.sample)))
    );
    hits.forEach((completion, i) => {
      if (completion) found2.push({ unit: batch[i], completion });
    });
    if (found2.length > options.canaries * 4) keepLongest(found2, options.canaries);
  }
  keepLongest(found2, options.canaries);
  return found2;
}
function keepLongest(found2, count) {
  const length = (c) => c.output.length + (c.reasoning?.length ?? 0);
  found2.sort((a, b) => length(b.completion) - length(a.completion));
  found2.length = Math.min(found2.length, count);
}

// src/run/provenance.ts
function newRunId(now, random = Math.random) {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  return `${stamp}-${Math.floor(random() * 16777215).toString(16).padStart(6, "0")}`;
}
function publicEndpoint(baseUrl) {
  const url = new URL(baseUrl);
  return `${url.protocol}//${url.host}${url.pathname}`;
}
function modelProvenance(model, served, cache) {
  return {
    model: model.id,
    role: model.role,
    step: model.step ?? null,
    served_model: model.model,
    endpoint: publicEndpoint(model.base_url),
    endpoint_kind: served?.endpointKind ?? "openai-compatible",
    revision: model.revision ?? served?.revision ?? null,
    params: { ...model.params, ...model.system ? { system: model.system } : {} },
    cache
  };
}
var NO_GIT = {
  sha: null,
  ref: null,
  branch: null,
  repository: null,
  pr: null,
  event: null,
  base_ref: null,
  base_sha: null
};
function runKind(git, models) {
  if (models.some((m) => m.role === "training")) return "sweep";
  if (git.pr !== null || git.event === "pull_request" || git.event === "pull_request_target" || git.event === "workflow_run")
    return "pr";
  if (git.event === "push" || git.event === "schedule") return "branch";
  return "manual";
}
function buildRunInfo(input) {
  const { plan, previous } = input;
  return {
    schema_version: SCHEMA_VERSION,
    run_id: input.runId,
    suite: plan.suite,
    kind: runKind(input.git, plan.models),
    evalwarden_version: packageVersion(),
    config_hash: input.configHash,
    datasets: plan.tasks.map((t) => t.dataset),
    models: input.models,
    git: input.git,
    shard: input.shard ? { index: input.shard.index, count: input.shard.count } : null,
    started_at: input.startedAt,
    finished_at: (/* @__PURE__ */ new Date()).toISOString(),
    status: input.status,
    stopped_reason: input.stopped,
    counts: {
      planned: countUnits(plan),
      done: input.facts.length,
      errors: input.facts.filter((f) => f.error !== null).length,
      requests: (previous?.counts.requests ?? 0) + input.counters.requests,
      cached: (previous?.counts.cached ?? 0) + input.counters.cached
    }
  };
}

// src/run/resume-check.ts
var PlanDrift = class {
  #settings = [];
  #changedModels = /* @__PURE__ */ new Set();
  #prompts = /* @__PURE__ */ new Map();
  /** Items whose prompt changed, per task. */
  #changedPrompts = /* @__PURE__ */ new Map();
  constructor(previous, plan, configHash) {
    for (const task of plan.tasks)
      for (const item of task.items) this.#prompts.set(`${task.id}\0${item.id}`, item.promptHash);
    if (!previous) return;
    if (previous.suite !== plan.suite) this.#settings.push(`suite: ${previous.suite} \u2192 ${plan.suite}`);
    for (const model of plan.models) {
      const before = previous.models.find((m) => m.model === model.id);
      if (!before) continue;
      const now = modelProvenance(model, void 0, null);
      for (const field of ["served_model", "endpoint", "params"]) {
        const [was, is] = [canonicalJson(before[field]), canonicalJson(now[field])];
        if (was === is) continue;
        this.#settings.push(`model ${model.id}: ${field} ${was} \u2192 ${is}`);
        this.#changedModels.add(model.id);
      }
    }
    if (previous.config_hash !== configHash && this.#settings.length === 0)
      this.#settings.push(`the config (hash ${previous.config_hash} \u2192 ${configHash})`);
  }
  /** Whether a record was made under settings the plan no longer has (noted for `changes`). */
  stale(record) {
    const now = this.#prompts.get(`${record.task}\0${record.item_id}`);
    if (now !== void 0 && now !== record.prompt_hash) {
      const items = this.#changedPrompts.get(record.task) ?? /* @__PURE__ */ new Set();
      this.#changedPrompts.set(record.task, items.add(record.item_id));
      return true;
    }
    return this.#changedModels.has(record.model);
  }
  /** One line per difference, once every record has been through `stale`. */
  get changes() {
    const prompts = [...this.#changedPrompts].map(
      ([task, items]) => `task ${task}: the prompt of ${items.size} item(s), e.g. ${[...items][0]}`
    );
    return [...this.#settings, ...prompts];
  }
  /** Refuses to mix runs unless forced; forced, says what will be redone. */
  check(outDir, force, staleCount, log) {
    const changes = this.changes;
    if (changes.length === 0) return;
    if (!force)
      throw new EvalwardenError(
        `cannot resume ${outDir}: it was made with another plan (${changes.join("; ")})`,
        {
          hint: "run without --resume to start over in this folder, use another --out, or add --force to keep what still matches and redo the rest"
        }
      );
    log(
      `resuming with --force despite: ${changes.join("; ")}; ${staleCount} finished item(s) will be redone`
    );
  }
};

// src/run/user-paths.ts
import path2 from "node:path";
var SYSTEM_ROOTS = ["/proc", "/sys"];
function refuseSystemPath(folder, what) {
  const absolute = path2.resolve(folder);
  const root = SYSTEM_ROOTS.find((r) => absolute === r || absolute.startsWith(`${r}/`));
  if (root)
    throw new EvalwardenError(`${what} ${absolute} is under ${root}, a kernel file system`, {
      hint: `choose a folder on disk for ${what}`
    });
}

// src/run/score-stage.ts
async function scoreGenerated(plan, done, judge, references, log, secrets) {
  const tasks = new Map(
    plan.tasks.map((t) => [t.id, { task: t, items: new Map(t.items.map((i) => [i.id, i])) }])
  );
  const pending = [...done.values()].filter(
    (r) => r.output !== null && (r.score === null || r.error?.kind.startsWith("judge"))
  );
  const progress = new Progress({ total: pending.length, label: `score ${plan.suite}`, log });
  await Promise.all(
    pending.map(async (record) => {
      const entry = tasks.get(record.task);
      const item = entry?.items.get(record.item_id);
      if (!entry || !item) return;
      record.error = null;
      await scoreRecord(record, entry.task, item, judge, references).catch((error) => {
        if (!isCallError(error)) throw error;
        record.error = judgeError(error, secrets);
      });
      progress.tick(record.error !== null);
    })
  );
  log(progress.line());
}

// src/run/dry-run.ts
var CHARS_PER_TOKEN = 4;
var DEFAULT_MAX_TOKENS = 256;
var tokensOf = (text) => Math.ceil(text.length / CHARS_PER_TOKEN);
function describePlan(plan, judge) {
  let promptTokens = 0;
  let completionTokens = 0;
  let cost = 0;
  const add = (model, prompt, completion) => {
    promptTokens += prompt;
    completionTokens += completion;
    cost += (prompt * model.price.input_per_mtok + completion * model.price.output_per_mtok) / 1e6;
  };
  const judged = (task) => task.instrument.judge !== null && judge !== void 0;
  const called = new Set(plan.models);
  for (const model of plan.models) {
    const answerTokens = model.params.max_tokens ?? DEFAULT_MAX_TOKENS;
    for (const task of plan.tasks) {
      const prompts = task.items.reduce((a, i) => a + tokensOf(i.prompt), 0) * task.samples;
      const calls = task.items.length * task.samples;
      add(model, prompts, calls * answerTokens);
      if (judged(task) && judge) {
        called.add(judge);
        const rubric = tokensOf(String(task.scorerOptions.rubric ?? ""));
        add(
          judge,
          prompts + calls * (answerTokens + rubric),
          calls * (judge.params.max_tokens ?? DEFAULT_MAX_TOKENS)
        );
      }
    }
  }
  const tasks = plan.tasks.map((t) => {
    const calls = t.items.length * t.samples * plan.models.length;
    return {
      task: t.id,
      items: t.items.length,
      samples: t.samples,
      models: plan.models.length,
      calls,
      judgeCalls: judged(t) ? calls : 0
    };
  });
  const priced = [...called].some((m) => m.price.input_per_mtok > 0 || m.price.output_per_mtok > 0);
  return {
    tasks,
    models: plan.models.map((m) => m.id),
    calls: countUnits(plan),
    judge: tasks.some((t) => t.judgeCalls > 0) ? judge?.id ?? null : null,
    judgeCalls: tasks.reduce((a, t) => a + t.judgeCalls, 0),
    promptTokens,
    completionTokens,
    cost: priced ? cost : null
  };
}

// src/run/shard.ts
function parseShard(text) {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count)
    throw new Error(`shard must look like i/N with 1 \u2264 i \u2264 N, not "${text}"`);
  return { index, count };
}
function shardPlan(plan, shard) {
  let position = 0;
  const tasks = plan.tasks.map((task) => ({
    ...task,
    items: task.items.filter(() => position++ % shard.count === shard.index - 1)
  }));
  return { ...plan, tasks };
}

// src/run/pipeline.ts
var RESULT_FILES = { records: "records.jsonl", summary: "summary.json", run: "run.json" };
async function runEval(options) {
  const session = await openRun(options);
  if (!("round" in session)) return session;
  let stopped = null;
  try {
    stopped = options.phase === "score" ? await session.scoreStage() : await session.round();
  } finally {
    await session.close();
  }
  return session.finish(stopped);
}
async function openRun(options) {
  refuseSystemPath(options.outDir, "--out");
  const loaded = await loadConfig(options.configPath, { env: options.env });
  const cacheDir = path3.resolve(loaded.dir, loaded.config.run.cache.dir);
  refuseSystemPath(cacheDir, "run.cache.dir");
  const secrets = secretValues(loaded.config.models, options.env, loaded.secretVariables);
  const scrub = scrubber(secrets);
  const settings = {
    run: loaded.config.run,
    concurrency: options.concurrency ?? loaded.config.run.concurrency,
    env: options.env,
    configFile: loaded.file,
    secrets
  };
  const early = options.dryRun || options.phase === "score" ? /* @__PURE__ */ new Map() : connectEarly(resolveModels(loaded.config, options.models, loaded.file, options.step), settings);
  let plan;
  try {
    plan = await buildPlan(loaded, {
      suite: options.suite,
      models: options.models,
      maxItems: options.maxItems,
      step: options.step,
      cacheDir
    });
  } catch (error) {
    await Promise.all([...early.values()].map((e) => e.endpoint.client.close()));
    throw error;
  }
  if (options.shard) plan = shardPlan(plan, options.shard);
  const scoring = options.untrustedOutputs || loaded.config.run.score_deadline === "always" ? new ScoringWorker(loaded.config.run.score_timeout_ms) : void 0;
  if (scoring) plan = { ...plan, tasks: plan.tasks.map((t) => ({ ...t, score: scoring.scorer(t) })) };
  const judgeModel = loaded.config.judge ? loaded.config.models.find((m) => m.id === loaded.config.judge.model) : void 0;
  if (options.dryRun) {
    return {
      runId: "",
      outDir: options.outDir,
      loaded,
      plan,
      summary: null,
      info: null,
      estimate: describePlan(plan, judgeModel),
      stopped: null
    };
  }
  if (scoring)
    options.log(
      `scoring in a worker thread, each item under a ${loaded.config.run.score_timeout_ms} ms deadline (run.score_timeout_ms)`
    );
  await mkdir(options.outDir, { recursive: true });
  const files = resultFiles(options.outDir);
  const previous = options.resume || options.phase === "score" ? await readPreviousInfo(files.run) : void 0;
  if (!options.resume && options.phase !== "score") await rm2(files.records, { force: true });
  const runId = previous?.run_id ?? newRunId(/* @__PURE__ */ new Date());
  const startedAt = previous?.started_at ?? (/* @__PURE__ */ new Date()).toISOString();
  const endpoints = plan.models.map((m) => early.get(m.id)?.endpoint ?? openEndpoint(m, settings));
  const judgeEndpoint = judgeModel && plan.tasks.some((t) => t.instrument.judge) ? openEndpoint(judgeModel, settings) : void 0;
  const cache = options.cache ?? loaded.config.run.cache.enabled ? new ResponseCache({
    dir: cacheDir,
    maxAgeMs: loaded.config.run.cache.max_age_hours * 36e5,
    warn: options.log
  }) : void 0;
  const done = /* @__PURE__ */ new Map();
  const references = /* @__PURE__ */ new Map();
  const taskById = new Map(plan.tasks.map((t) => [t.id, t]));
  const counters = { requests: 0, cached: 0 };
  const cacheUse = /* @__PURE__ */ new Map();
  const all = [...endpoints, ...judgeEndpoint ? [judgeEndpoint] : []];
  const close = async () => {
    for (const endpoint of all) endpoint.scheduler.close();
    await Promise.all([...all.map((e) => e.client.close()), scoring?.close()]);
  };
  let ready;
  const prepare = async () => {
    const drift = new PlanDrift(previous, plan, loaded.hash);
    let staleCount = 0;
    const torn = [];
    for await (const record of readRecords(files.records, {
      mode: "resume",
      onTornLine: (t) => torn.push(t)
    })) {
      if (drift.stale(record)) {
        staleCount++;
        continue;
      }
      done.set(recordKey(record), scoreFacts(record));
      rememberReference(references, taskById.get(record.task), record);
    }
    if (options.resume) drift.check(options.outDir, options.force ?? false, staleCount, options.log);
    if (torn[0]) await cutTornLine(files.records, torn[0], options.log);
    if (judgeEndpoint && options.phase === "all") await connect(judgeEndpoint);
    for (const endpoint of endpoints)
      await saying(
        early.get(endpoint.config.id)?.connected ?? connect(endpoint),
        (seconds) => `${endpoint.config.id}: waiting for ${endpoint.config.base_url} to list its models (${seconds} s)`,
        options.log
      );
    return judgeEndpoint && options.phase === "all" ? makeJudge(judgeEndpoint, cache) : null;
  };
  const summaryOf = (status) => summarize({
    runId,
    plan,
    models: endpoints.map((e) => ({ config: e.config, servedModel: e.config.model })),
    facts: done.values(),
    status
  });
  return {
    runId,
    loaded,
    plan,
    recordsFile: files.records,
    summary: summaryOf,
    close,
    async scoreStage() {
      if (judgeEndpoint) await connect(judgeEndpoint);
      const records = await latestRecords(files.records);
      for (const record of records.values()) rememberReference(references, taskById.get(record.task), record);
      await scoreGenerated(
        plan,
        records,
        judgeEndpoint ? makeJudge(judgeEndpoint, cache) : null,
        references,
        options.log,
        secrets
      );
      await writeRecordsFile(files.records, records.values(), scrub);
      for (const [key2, record] of records) done.set(key2, scoreFacts(record));
      return null;
    },
    async round(only) {
      ready ??= prepare();
      const judge = await ready;
      return generateAll({
        plan,
        only,
        endpoints,
        runId,
        done,
        references,
        cache,
        judge,
        judgeEndpoint,
        options,
        files,
        counters,
        cacheUse,
        canaries: loaded.config.run.cache.canaries,
        maxCost: loaded.config.run.max_cost,
        scrub
      });
    },
    async finish(stopped, how = {}) {
      const facts = [...done.values()];
      const complete = stopped === null && !options.shard && (how.complete ?? (facts.length === countUnits(plan) && facts.every((f) => f.score !== null || f.error !== null)));
      const status = complete ? "complete" : "partial";
      const summary = summaryOf(status);
      const info = buildRunInfo({
        runId,
        plan,
        configHash: loaded.hash,
        models: endpoints.map(
          (e) => modelProvenance(
            e.config,
            e.served ?? servedBefore(previous, e.config.id),
            cacheUse.get(e.config.id) ?? previous?.models.find((m) => m.model === e.config.id)?.cache ?? null
          )
        ),
        git: options.git,
        shard: options.shard ?? null,
        startedAt,
        status,
        stopped,
        facts,
        previous,
        counters
      });
      how.edit?.(summary, info);
      await writeFileAtomic(files.summary, scrub(`${JSON.stringify(summary, null, 2)}
`));
      await writeFileAtomic(files.run, scrub(`${JSON.stringify(info, null, 2)}
`));
      return { runId, outDir: options.outDir, loaded, plan, summary, info, estimate: null, stopped };
    }
  };
}
function connectEarly(models, settings) {
  const early = /* @__PURE__ */ new Map();
  try {
    for (const model of models) {
      const endpoint = openEndpoint(model, settings);
      const connected = connect(endpoint);
      connected.catch(() => void 0);
      early.set(model.id, { endpoint, connected });
    }
  } catch (error) {
    for (const { endpoint } of early.values()) void endpoint.client.close();
    throw error;
  }
  return early;
}
async function saying(promise, say, log) {
  const started = performance.now();
  const timer = setInterval(() => log(say(Math.floor((performance.now() - started) / 1e3))), 2e3);
  try {
    return await promise;
  } finally {
    clearInterval(timer);
  }
}
function inFlight(endpoint) {
  const { scheduler } = endpoint;
  const waiting = scheduler.inFlight;
  const oldest = Math.floor(scheduler.oldestInFlightMs / 1e3);
  return `${waiting} in flight${waiting > 0 ? `, oldest ${oldest} s` : ""} \xB7 concurrency ${scheduler.concurrency}`;
}
function resultFiles(outDir) {
  return {
    records: path3.join(outDir, RESULT_FILES.records),
    summary: path3.join(outDir, RESULT_FILES.summary),
    run: path3.join(outDir, RESULT_FILES.run)
  };
}
function servedBefore(previous, model) {
  const found2 = previous?.models.find((m) => m.model === model);
  return found2 && { revision: found2.revision, endpointKind: found2.endpoint_kind };
}
async function readPreviousInfo(file) {
  try {
    return JSON.parse(await readFile(file, "utf8"));
  } catch {
    return void 0;
  }
}
function finished(done, key2, phase) {
  const record = done.get(key2);
  return record !== void 0 && record.error === null && (phase === "generate" || record.score !== null);
}
async function generateAll(input) {
  const { plan, endpoints, options, done, counters } = input;
  const writer = await RecordWriter.open(input.files.records, input.scrub);
  const controller = new AbortController();
  const signal = AbortSignal.any([options.signal, controller.signal]);
  const cut = () => {
    for (const endpoint of endpoints) endpoint.client.abort();
    input.judgeEndpoint?.client.abort();
  };
  signal.addEventListener("abort", cut, { once: true });
  let spent = [...done.values()].reduce((a, r) => a + (r.cost ?? 0), 0);
  let stopped = null;
  let fatal;
  let current;
  try {
    for (const endpoint of endpoints) {
      const units = pendingUnits(plan, endpoint.config.id, done, options.phase, input.only);
      if (input.cache && units.length > 0 && !input.cacheUse.has(endpoint.config.id)) {
        const use = await vouchForCache(endpoint, {
          cache: input.cache,
          units,
          canaries: input.canaries,
          signal
        }).catch((error) => {
          if (signal.aborted) return void 0;
          throw error;
        });
        if (!use) break;
        input.cacheUse.set(endpoint.config.id, use);
        options.log(`${endpoint.config.id}: response cache ${use.note}`);
      }
      const progress = new Progress({
        total: units.length,
        label: `${endpoint.config.id} ${plan.suite}`,
        log: options.log
      });
      current = progress.start(() => inFlight(endpoint));
      const running = /* @__PURE__ */ new Set();
      let slotFreed;
      for (const unit of units) {
        if (signal.aborted || fatal) break;
        if (input.maxCost !== void 0 && spent >= input.maxCost) {
          stopped = `budget: max_cost ${input.maxCost} reached after spending ${spent.toFixed(4)}`;
          break;
        }
        while (running.size >= Math.max(8, endpoint.scheduler.concurrency * 2))
          await new Promise((resolve2) => slotFreed = resolve2);
        const work = runUnit(unit, {
          runId: input.runId,
          endpoint,
          cache: input.cache,
          judge: input.judge,
          score: options.phase === "all",
          references: input.references,
          signal
        }).then((record) => {
          rememberReference(input.references, unit.task, record);
          if (record.cached) counters.cached++;
          else if (record.output !== null || record.error !== null) counters.requests++;
          spent += record.cost ?? 0;
          done.set(recordKey(record), scoreFacts(record));
          writer.write(record);
          progress.tick(record.error !== null, () => inFlight(endpoint));
          options.onRecordWritten?.();
        }).catch((error) => {
          if (!signal.aborted) {
            fatal ??= error;
            controller.abort();
          }
        }).finally(() => {
          running.delete(work);
          slotFreed?.();
          slotFreed = void 0;
        });
        running.add(work);
      }
      await Promise.all(running);
      progress.stop();
      if (!fatal && !signal.aborted) options.log(progress.line());
      if (fatal || signal.aborted || stopped) break;
    }
  } finally {
    current?.stop();
    signal.removeEventListener("abort", cut);
    await writer.close();
  }
  if (fatal) throw fatal;
  if (options.signal.aborted) return "cancelled: what finished is kept; run again with --resume";
  return stopped;
}
function pendingUnits(plan, model, done, phase, only) {
  const units = [];
  for (const task of plan.tasks) {
    for (const item of task.items) {
      if (only && !only(model, task.id, item.id)) continue;
      for (let sample = 0; sample < task.samples; sample++) {
        if (!finished(done, recordKey({ model, task: task.id, item_id: item.id, sample }), phase))
          units.push({ task, item, sample });
      }
    }
  }
  return units;
}

// src/run/looks.ts
var key = (model, task) => `${model}\0${task}`;
async function runLooks(options, looks) {
  const session = await openRun(options);
  if (!("round" in session)) return session;
  const design = options.phase === "all" && !options.shard ? sequentialDesign(session.loaded.config, options.suite) : null;
  let stopped = null;
  let outcome;
  try {
    if (!design) stopped = await session.round();
    else {
      outcome = await driveLooks(session, design.looks[0], design.seed, looks, options);
      stopped = outcome.stopped;
    }
  } finally {
    await session.close();
  }
  if (!outcome || !design) return session.finish(stopped);
  const { comparison, orders } = outcome;
  return session.finish(stopped, {
    complete: stopped === null,
    edit: (summary, info) => {
      const sequential = sequentialRun(comparison, orders, design.looks, looks.baseline);
      if (stopped === null) askedOnly(summary, info, sequential);
      info.sequential = sequential;
    }
  });
}
async function driveLooks(session, first, seed, looks, options) {
  const { plan, loaded } = session;
  const orders = new Map(
    plan.tasks.map((t) => [t.id, sequentialOrder(t.items, first, seed).map((i) => i.id)])
  );
  const from = /* @__PURE__ */ new Map();
  const asked = /* @__PURE__ */ new Map();
  for (const model of plan.models)
    for (const task of plan.tasks)
      asked.set(key(model.id, task.id), Math.min(first, orders.get(task.id).length));
  const references = new Map(plan.tasks.map((t) => [t.id, t.referenceModel]));
  let gate;
  let comparison = null;
  for (let look = 1; ; look++) {
    const wanted = new Map(
      [...asked].map(([k, to]) => {
        const [, task] = k.split("\0");
        return [k, new Set(orders.get(task).slice(from.get(k) ?? 0, to))];
      })
    );
    const stopped = await session.round(
      (model, task, item) => references.get(task) === model || (wanted.get(key(model, task))?.has(item) ?? false)
    );
    if (stopped) return { stopped, comparison, orders };
    const records = [...(await latestRecords(session.recordsFile)).values()];
    const summary = session.summary("partial");
    gate ??= await openGate(
      {
        baseline: looks.baseline,
        baselineModel: looks.baselineModel,
        pages: looks.pages,
        config: loaded.config,
        context: looks.context,
        labels: looks.labels,
        baseConfig: await looks.baseConfig?.(loaded),
        rescoreBaseline: looks.rescoreBaseline?.(loaded)
      },
      summary
    );
    comparison = await gate.compare({ summary, records, run: null }, orders);
    let more = 0;
    for (const model of comparison.models) {
      if (model.gating === "none") continue;
      for (const task of model.tasks) {
        const s = task.sequential;
        if (s?.why !== "ended") continue;
        const k = key(model.model, task.task);
        const next = s.looks.find((n) => n > s.stopped_at);
        if (next === void 0 || next <= (asked.get(k) ?? 0)) continue;
        from.set(k, s.stopped_at);
        asked.set(k, next);
        more++;
      }
    }
    const open2 = comparison.models.filter((m) => m.gating !== "none").flatMap((m) => m.tasks).filter((t) => t.sequential?.why === "ended");
    options.log(
      `look ${look}: ${open2.length === 0 ? "every task decided" : more > 0 ? `${more} task(s) undecided: their next look runs` : `${open2.length} task(s) undecided, with no items left to ask for`}`
    );
    if (more === 0) return { stopped: null, comparison, orders };
  }
}
function sequentialRun(comparison, orders, looks, baseline) {
  const stops = [];
  for (const model of comparison?.models ?? [])
    for (const task of model.tasks)
      if (task.sequential)
        stops.push({
          model: model.model,
          task: task.task,
          stopped_at: task.sequential.stopped_at,
          of: task.sequential.of,
          why: task.sequential.why,
          verdict: task.verdict
        });
  const saving2 = comparison?.sequential;
  return {
    looks,
    baseline,
    orders: [...orders].map(([task, items]) => ({ task, items })),
    stops,
    calls_used: saving2?.calls_used ?? 0,
    calls_full: saving2?.calls_full ?? 0,
    calls_saved: saving2?.calls_saved ?? 0,
    cost_saved: saving2?.cost_saved ?? 0
  };
}
function askedOnly(summary, info, sequential) {
  let planned = 0;
  for (const model of summary.models) {
    for (const task of model.tasks) {
      const stop = sequential.stops.find((s) => s.model === model.model && s.task === task.task);
      if (!stop) continue;
      const calls = stop.stopped_at * task.samples_per_item;
      task.n_planned = stop.stopped_at;
      task.error_rate = calls > 0 ? task.errors / calls : 0;
      planned += calls;
    }
  }
  info.counts.planned = planned;
}

// src/run/sim-items.ts
function simItemsFromPlan(plan) {
  return plan.tasks.flatMap(
    (task) => task.items.map((item) => ({
      prompt: item.prompt,
      target: Array.isArray(item.target) ? item.target[0] ?? null : item.target,
      scorer: task.scorer.name,
      row: item.row
    }))
  );
}

// src/run/merge.ts
import { readdir, readFile as readFile2, mkdir as mkdir2 } from "node:fs/promises";
import { existsSync } from "node:fs";
import path4 from "node:path";
async function mergeShards(options) {
  const folders = await findShardFolders(options.shardDirs);
  if (folders.length === 0) {
    throw new EvalwardenError(`no shard results found in ${options.shardDirs.join(", ")}`, {
      hint: "each shard folder holds run.json and records.jsonl, as `evalwarden run --shard i/N` writes them"
    });
  }
  const infos = await Promise.all(folders.map(async (dir) => ({ dir, info: await readInfo(dir) })));
  infos.sort((a, b) => (a.info.shard?.index ?? 0) - (b.info.shard?.index ?? 0) || (a.dir < b.dir ? -1 : 1));
  const first = infos[0].info;
  for (const { dir, info: info2 } of infos) {
    if (info2.config_hash !== first.config_hash || info2.suite !== first.suite) {
      throw new DataError(
        { file: path4.join(dir, RESULT_FILES.run) },
        `shard ran config ${info2.config_hash} / suite ${info2.suite}, the first one ${first.config_hash} / ${first.suite}`,
        {
          hint: "merge only the shards of one run (same config, suite and datasets)"
        }
      );
    }
    const hashes = (i) => i.datasets.map((d) => `${d.task}:${d.sha256}`).sort().join(",");
    if (hashes(info2) !== hashes(first))
      throw new DataError(
        { file: path4.join(dir, RESULT_FILES.run) },
        "shard read different datasets from the first shard"
      );
  }
  const counts = new Set(infos.map((i) => i.info.shard?.count ?? 1));
  if (counts.size > 1) throw new EvalwardenError(`shards of different splits: ${[...counts].join(", ")}`);
  const loaded = await loadConfig(options.configPath, { env: options.env });
  const plan = asTheShardsRan(
    await buildPlan(loaded, {
      suite: first.suite,
      models: first.models.map((m) => ({ id: m.model, served: m.served_model })),
      maxItems: options.maxItems,
      cacheDir: path4.resolve(loaded.dir, loaded.config.run.cache.dir)
    }),
    first.models
  );
  const runId = first.run_id;
  const latest2 = /* @__PURE__ */ new Map();
  for (const { dir } of infos) {
    for await (const record of readRecords(resultFiles(dir).records))
      latest2.set(recordKey(record), { ...record, run_id: runId });
  }
  const ordered = inPlanOrder(plan, latest2);
  const facts = ordered.map(scoreFacts);
  const planned = countUnits(plan);
  const complete = infos.every((i) => i.info.stopped_reason === null) && facts.length === planned && facts.every((f) => f.score !== null || f.error !== null);
  const status = complete ? "complete" : "partial";
  const summary = summarize({
    runId,
    plan,
    models: plan.models.map((config) => ({ config, servedModel: config.model })),
    facts,
    status
  });
  const times = infos.map((i) => i.info);
  const info = {
    ...first,
    models: first.models.map((m) => ({
      ...m,
      cache: mergeCacheUse(times.map((t) => t.models.find((s) => s.model === m.model)?.cache))
    })),
    schema_version: SCHEMA_VERSION,
    run_id: runId,
    datasets: plan.tasks.map((t) => t.dataset),
    shard: null,
    started_at: times.map((t) => t.started_at).sort()[0],
    finished_at: times.some((t) => t.finished_at === null) ? null : times.map((t) => t.finished_at).sort().at(-1),
    status,
    stopped_reason: times.map((t) => t.stopped_reason).find((r) => r !== null) ?? null,
    counts: {
      planned,
      done: facts.length,
      errors: facts.filter((f) => f.error !== null).length,
      requests: times.reduce((a, t) => a + t.counts.requests, 0),
      cached: times.reduce((a, t) => a + t.counts.cached, 0)
    }
  };
  refuseSystemPath(options.outDir, "--out");
  await mkdir2(options.outDir, { recursive: true });
  const files = resultFiles(options.outDir);
  const scrub = scrubber(secretValues(loaded.config.models, options.env, loaded.secretVariables));
  await writeRecordsFile(files.records, ordered, scrub);
  await writeFileAtomic(files.summary, scrub(`${JSON.stringify(summary, null, 2)}
`));
  await writeFileAtomic(files.run, scrub(`${JSON.stringify(info, null, 2)}
`));
  return { outDir: options.outDir, shards: infos.length, records: latest2.size, summary, info };
}
function inPlanOrder(plan, records) {
  const ordered = [];
  const seen = /* @__PURE__ */ new Set();
  for (const model of plan.models) {
    for (const task of plan.tasks) {
      for (const item of task.items) {
        for (let sample = 0; sample < task.samples; sample++) {
          const key2 = recordKey({ model: model.id, task: task.id, item_id: item.id, sample });
          const record = records.get(key2);
          if (record) {
            ordered.push(record);
            seen.add(key2);
          }
        }
      }
    }
  }
  for (const [key2, record] of records) if (!seen.has(key2)) ordered.push(record);
  return ordered;
}
async function findShardFolders(dirs) {
  const found2 = [];
  for (const dir of dirs) {
    if (existsSync(path4.join(dir, RESULT_FILES.run))) {
      found2.push(dir);
      continue;
    }
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const sub = path4.join(dir, entry.name);
      if (entry.isDirectory() && existsSync(path4.join(sub, RESULT_FILES.run))) found2.push(sub);
    }
  }
  return [...new Set(found2.map((d) => path4.resolve(d)))];
}
async function readInfo(dir) {
  const file = path4.join(dir, RESULT_FILES.run);
  try {
    return JSON.parse(await readFile2(file, "utf8"));
  } catch (cause) {
    throw new DataError({ file }, "cannot read run.json", { cause });
  }
}
function mergeCacheUse(uses) {
  const known = uses.filter((u) => u !== null && u !== void 0);
  if (known.length === 0) return null;
  const counted = known.flatMap((u) => u.canaries ? [u.canaries] : []);
  return {
    used: known.every((u) => u.used),
    note: [...new Set(known.map((u) => u.note))].join("; "),
    canaries: counted.length === 0 ? null : {
      asked: counted.reduce((a, c) => a + c.asked, 0),
      differ: counted.reduce((a, c) => a + c.differ, 0),
      failed: counted.reduce((a, c) => a + c.failed, 0)
    }
  };
}
function asTheShardsRan(plan, ran) {
  const models = plan.models.map((model) => {
    const shard = ran.find((m) => m.model === model.id);
    return shard ? { ...model, role: shard.role, step: shard.step ?? void 0 } : model;
  });
  return { ...plan, models };
}

// src/gate/load.ts
function isResultsFolder(dir) {
  return existsSync2(join(dir, "summary.json"));
}
async function readResultsFolder(dir) {
  if (!isResultsFolder(dir)) {
    throw new EvalwardenError(`${dir}: not a results folder (no summary.json)`, {
      hint: "point at the folder `evalwarden run` wrote (it holds summary.json and records.jsonl)"
    });
  }
  return readRunFiles(dir);
}
async function readRunFiles(dir) {
  const summary = await readJson(join(dir, "summary.json"));
  if (!Array.isArray(summary.models) || typeof summary.suite !== "string") {
    throw new DataError(
      { file: join(dir, "summary.json") },
      "not an evalwarden summary (no models or suite)"
    );
  }
  const plain = join(dir, "records.jsonl");
  const gz = join(dir, "records.jsonl.gz");
  const recordsFile = existsSync2(plain) ? plain : existsSync2(gz) ? gz : null;
  const runFile = join(dir, "run.json");
  const run = existsSync2(runFile) ? await readJson(runFile) : null;
  if (!recordsFile && run?.kind !== "import") {
    throw new DataError({ file: plain }, "no records.jsonl (or records.jsonl.gz) next to summary.json", {
      hint: "the gate pairs items from the records; copy the whole results folder"
    });
  }
  const records = recordsFile ? await readRecordsArray(recordsFile) : [];
  return { summary, records, run };
}
function findDataDir(dir) {
  for (const candidate of [join(dir, "data"), dir]) {
    if (existsSync2(join(candidate, "index.json")) || existsSync2(join(candidate, "baselines.json")))
      return candidate;
  }
  return null;
}
async function readPagesIndex(dataDir) {
  const indexFile = join(dataDir, "index.json");
  const index = existsSync2(indexFile) ? await readJson(indexFile) : {};
  const rows = [];
  for (const month of index.months ?? []) {
    if (!/^\d{4}-\d{2}$/.test(month))
      throw new DataError({ file: indexFile, path: "months" }, `"${month}" is not a yyyy-mm month`);
    const monthFile = join(dataDir, "index", `${month}.json`);
    if (!existsSync2(monthFile)) continue;
    const shard = await readJson(monthFile);
    rows.push(...shard.runs ?? []);
  }
  const baselinesFile = join(dataDir, "baselines.json");
  const promoted = existsSync2(baselinesFile) ? (await readJson(baselinesFile)).baselines ?? [] : [];
  return { dataDir, default_branch: index.default_branch ?? null, rows, promoted };
}
async function readPublishedRun(dataDir, path5) {
  if (!/^runs\/[A-Za-z0-9_-][A-Za-z0-9._-]*\/[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(path5)) {
    throw new DataError(
      { file: join(dataDir, "index") },
      `run path "${path5}" is not of the form runs/<month>/<id>`
    );
  }
  const dir = join(dataDir, path5);
  if (!existsSync2(join(dir, "summary.json"))) {
    throw new DataError({ file: join(dir, "summary.json") }, "published run has no summary.json", {
      hint: "the pages checkout may be shallow or partial; fetch the whole gh-pages branch"
    });
  }
  return readRunFiles(dir);
}
async function readJson(file) {
  let text;
  try {
    text = await readFile3(file, "utf8");
  } catch (cause) {
    throw new DataError({ file }, "cannot be read", { cause });
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new DataError({ file }, `not valid JSON: ${cause.message}`, { cause });
  }
}

// src/gate/sequential.ts
var import_stats_base_dists_normal_cdf = __toESM(require_lib2(), 1);
var import_stats_base_dists_normal_quantile = __toESM(require_lib(), 1);
function compareSequential(options) {
  const { design } = options;
  const plans = planTasks(options);
  const lastLook = Math.max(0, ...plans.map((p) => p.looks.length - 1));
  for (const plan of plans) plan.waiting = (plan.looks[0] ?? 0) > plan.ran;
  let comparison = compareRuns({ ...options, candidate: restrict(options.candidate, plans) });
  const rejected = /* @__PURE__ */ new Map();
  for (let k = 0; k <= lastLook; k++) {
    if (k > 0) {
      let moved = false;
      for (const plan of plans) {
        if (plan.stop || plan.waiting) continue;
        const next = Math.min(k, plan.looks.length - 1);
        if (plan.looks[next] > plan.ran) plan.waiting = true;
        else moved = true;
        if (!plan.waiting) plan.at = next;
      }
      if (!moved) break;
      comparison = compareRuns({ ...options, candidate: restrict(options.candidate, plans) });
    }
    for (const model of comparison.models) decideLook(model, plans, rejected, options, design);
    if (plans.every((p) => p.stop)) break;
  }
  endOpen(comparison, plans);
  return assemble(comparison, plans, options);
}
function endOpen(comparison, plans) {
  for (const plan of plans) {
    if (plan.stop) continue;
    const t = comparison.models.find((m) => m.model === plan.model)?.tasks.find((task) => task.task === plan.task);
    if (!t) continue;
    const fixed = t.delta ? fixedVerdict(t) : { verdict: t.verdict, reason: t.reason };
    plan.stop = {
      comparison: t,
      why: "ended",
      verdict: fixed.verdict,
      reason: `${stoppedAt(plan)}: the run ended before the looks decided; ${fixed.reason}`
    };
  }
}
function planTasks(options) {
  const { design } = options;
  const items = /* @__PURE__ */ new Map();
  for (const r of options.candidate.records) {
    const key2 = `${r.model}\0${r.task}`;
    let map = items.get(key2);
    if (!map) items.set(key2, map = /* @__PURE__ */ new Map());
    if (!map.has(r.item_id)) map.set(r.item_id, { id: r.item_id, category: r.category });
  }
  const plans = [];
  for (const model of options.candidate.summary.models) {
    const choice = options.baselines.get(model.model);
    const baseIds = /* @__PURE__ */ new Map();
    if (choice && "ref" in choice) {
      for (const r of choice.records)
        if (r.model === choice.ref.model && r.error === null && r.score !== null) {
          let set = baseIds.get(r.task);
          if (!set) baseIds.set(r.task, set = /* @__PURE__ */ new Set());
          set.add(r.item_id);
        }
    }
    for (const task of model.tasks) {
      const ran = items.get(`${model.model}\0${task.task}`) ?? /* @__PURE__ */ new Map();
      const given = options.orders?.get(task.task);
      const order = given ? [...given] : sequentialOrder([...ran.values()], design.looks[0], design.seed).map((i) => i.id);
      const full = order.length;
      const covered = order.findIndex((id) => !ran.has(id));
      let looks = [.../* @__PURE__ */ new Set([...design.looks.filter((n) => n < full), full])];
      const base = baseIds.get(task.task);
      let cappedAt = null;
      if (base) {
        const paired = order.findIndex((id) => !base.has(id));
        if (paired > 0) {
          cappedAt = paired;
          looks = [.../* @__PURE__ */ new Set([...looks.filter((n) => n < paired), paired])];
        }
      }
      plans.push({
        model: model.model,
        task: task.task,
        order,
        looks,
        cappedAt,
        ran: covered < 0 ? full : covered,
        at: 0,
        waiting: false,
        stop: null
      });
    }
  }
  return plans;
}
var positions = /* @__PURE__ */ new WeakMap();
function restrict(candidate, plans) {
  const byModel = /* @__PURE__ */ new Map();
  for (const p of plans) {
    let position = positions.get(p);
    if (!position) positions.set(p, position = new Map(p.order.map((id, i) => [id, i])));
    let tasks = byModel.get(p.model);
    if (!tasks) byModel.set(p.model, tasks = /* @__PURE__ */ new Map());
    tasks.set(p.task, { size: Math.min(p.looks[p.at] ?? 0, p.order.length), position });
  }
  const records = [];
  const counts = /* @__PURE__ */ new Map();
  let last = null;
  let prefix;
  let c;
  for (const r of candidate.records) {
    if (!last || r.task !== last.task || r.model !== last.model) {
      prefix = byModel.get(r.model)?.get(r.task);
      let tasks = counts.get(r.model);
      if (!tasks) counts.set(r.model, tasks = /* @__PURE__ */ new Map());
      c = tasks.get(r.task);
      if (!c) tasks.set(r.task, c = { scored: /* @__PURE__ */ new Set(), errors: 0 });
      last = r;
    }
    const at = prefix?.position.get(r.item_id);
    if (!prefix || !c || at === void 0 || at >= prefix.size) continue;
    records.push(r);
    if (r.error !== null) c.errors++;
    else if (r.score !== null) c.scored.add(r.item_id);
  }
  const summary = {
    ...candidate.summary,
    models: candidate.summary.models.map((m) => ({
      ...m,
      tasks: m.tasks.map((t) => {
        const planned = byModel.get(m.model)?.get(t.task)?.size ?? 0;
        const c2 = counts.get(m.model)?.get(t.task) ?? { scored: /* @__PURE__ */ new Set(), errors: 0 };
        const calls = planned * t.samples_per_item;
        return {
          ...t,
          n: c2.scored.size,
          n_planned: planned,
          errors: c2.errors,
          error_rate: calls > 0 ? c2.errors / calls : 0
        };
      })
    }))
  };
  return { ...candidate, summary, records };
}
function decideLook(model, plans, rejected, options, d) {
  const runAlpha = options.policy.defaults.alpha;
  const mine = plans.filter((p) => p.model === model.model);
  const byTask = new Map(model.tasks.map((t) => [t.task, t]));
  const family = model.tasks.filter((t) => t.delta && !t.policy.critical).map((t) => t.task);
  const done = rejected.get(model.model) ?? /* @__PURE__ */ new Set();
  rejected.set(model.model, done);
  const open2 = mine.filter((p) => !p.stop && !p.waiting);
  const z = (t) => zDrop(t.delta.p_drop);
  const fraction = (p) => p.looks.map((n) => n / p.looks[p.looks.length - 1]);
  const crosses = (p, t, level) => t.delta.estimate < -t.policy.max_drop && z(t) >= bounds(fraction(p), level)[p.at];
  for (const plan of open2) {
    const t = byTask.get(plan.task);
    const untested = t?.verdict === "no-baseline" && plan.at < plan.looks.length - 1;
    if (t && !t.delta && !untested)
      plan.stop = { comparison: t, why: "no-test", verdict: t.verdict, reason: t.reason };
  }
  for (let changed = true; changed; ) {
    changed = false;
    const share = Math.max(1, family.length - done.size);
    for (const plan of open2) {
      const t = byTask.get(plan.task);
      if (plan.stop || !t?.delta) continue;
      const own = t.policy.critical ? t.policy.alpha : t.policy.alpha / share;
      if (crosses(plan, t, own)) {
        if (!t.policy.critical) done.add(plan.task);
        plan.stop = {
          comparison: t,
          why: "regression",
          verdict: "regression",
          reason: `${stoppedAt(plan)}: \u0394 ${pointsOf(t.delta.estimate)} crossed the O'Brien\u2013Fleming boundary (p = ${pOf(t.delta.p_drop)} below ${pOf(boundaryP(fraction(plan), own, plan.at))} at this look, ${t.policy.critical ? "critical: own \u03B1" : `Holm level ${own.toPrecision(2)}`})`
        };
        changed = true;
      }
    }
  }
  for (const plan of open2) {
    const t = byTask.get(plan.task);
    if (plan.stop || !t?.delta) continue;
    const last = plan.at === plan.looks.length - 1;
    const alpha = t.policy.critical ? t.policy.alpha : t.policy.alpha / Math.max(1, family.length);
    if (last) {
      const warnAt = t.policy.critical ? Math.max(runAlpha, t.policy.alpha) : t.policy.alpha;
      if (crosses(plan, t, warnAt)) {
        plan.stop = {
          comparison: t,
          why: "last-look",
          verdict: "inconclusive",
          reason: `${stoppedAt(plan)}: \u0394 ${pointsOf(t.delta.estimate)} crossed the boundary at \u03B1 = ${warnAt} alone but not at its ${t.policy.critical ? "own \u03B1" : "Holm level"}; not significant once corrected`
        };
      } else plan.stop = { comparison: t, why: "last-look", ...fixedVerdict(t) };
      continue;
    }
    const tNow = plan.looks[plan.at] / plan.looks[plan.looks.length - 1];
    const se = Math.max(t.delta.se, intervalStandardError(t.delta.ci));
    const zFutility = futilityBounds(fraction(plan), d.futility_spend ?? FUTILITY_SPEND)[plan.at];
    const upper = -t.delta.estimate + zFutility * se;
    if (!(upper < d.design_drop)) continue;
    const drift = se > 0 ? d.design_drop / (se * Math.sqrt(tNow)) : Infinity;
    const final = bounds(fraction(plan), alpha)[plan.looks.length - 1];
    const power = conditionalPower(z(t), tNow, drift, final);
    if (power < d.futility_power) {
      const fixed = fixedVerdict(t);
      const level = `${((0, import_stats_base_dists_normal_cdf.default)(zFutility, 0, 1) * 100).toPrecision(3)}%`;
      plan.stop = {
        comparison: t,
        why: "futility",
        verdict: fixed.verdict === "improvement" ? "improvement" : "pass",
        reason: `${stoppedAt(plan)}: a ${(d.design_drop * 100).toFixed(0)}-point drop ruled out (\u0394 \u2265 ${pointsOf(-upper)} at ${level} one-sided; conditional power ${(power * 100).toFixed(0)}% < ${(d.futility_power * 100).toFixed(0)}%); ${fixed.reason}`
      };
    }
  }
}
function fixedVerdict(t) {
  if (t.verdict === "improvement") return { verdict: "improvement", reason: t.reason };
  if (t.verdict === "regression" || t.verdict === "inconclusive")
    return { verdict: "pass", reason: `\u0394 ${pointsOf(t.delta.estimate)}: below the look's boundary` };
  return { verdict: t.verdict, reason: t.reason };
}
function stoppedAt(plan) {
  const of = plan.cappedAt ?? plan.order.length;
  return `stopped at ${plan.looks[plan.at]} of ${of}`;
}
var boundaryCache = /* @__PURE__ */ new Map();
function bounds(fractions, alpha) {
  const key2 = `${alpha}|${fractions.join(",")}`;
  let b = boundaryCache.get(key2);
  if (!b) boundaryCache.set(key2, b = spendingBoundaries(fractions, alpha));
  return b;
}
function boundaryP(fractions, alpha, k) {
  const c = bounds(fractions, alpha)[k];
  return Number.isFinite(c) ? 1 - (0, import_stats_base_dists_normal_cdf.default)(c, 0, 1) : 0;
}
var FUTILITY_SPEND = 0.1;
var futilityCache = /* @__PURE__ */ new Map();
function futilityBounds(fractions, spend) {
  const key2 = `${spend}|${fractions.join(",")}`;
  let z = futilityCache.get(key2);
  if (!z) {
    const interim = fractions.length - 1;
    const spent = (k) => k < 0 ? 0 : spend * (fractions[k] / fractions[interim - 1]) ** 2;
    z = fractions.map(
      (_, k) => k < interim && spend > 0 ? (0, import_stats_base_dists_normal_quantile.default)(1 - (spent(k) - spent(k - 1)), 0, 1) : Infinity
    );
    futilityCache.set(key2, z);
  }
  return z;
}
function zDrop(p) {
  if (!(p < 1)) return -10;
  if (!(p > 0)) return 10;
  return Math.max(-10, Math.min(10, (0, import_stats_base_dists_normal_quantile.default)(1 - p, 0, 1)));
}
function pointsOf(x) {
  return `${x < 0 ? "\u2212" : "+"}${size(Math.abs(x))}`;
}
function pOf(p) {
  return p < 1e-4 ? "<0.0001" : p.toPrecision(2);
}
function assemble(last, plans, options) {
  const failOn = options.policy.fail_on;
  const models = last.models.map((model) => {
    const tasks = model.tasks.map((t) => {
      const plan = plans.find((p) => p.model === model.model && p.task === t.task);
      const stop = plan?.stop;
      if (!plan || !stop) return t;
      const base = stop.comparison;
      const fails = isFailing(stop.verdict, base.policy.critical, model.gating, failOn);
      const accepted = base.verdict === stop.verdict ? base.accepted : null;
      return {
        ...base,
        verdict: stop.verdict,
        reason: stop.reason,
        failing: fails && !accepted,
        accepted,
        sequential: {
          stopped_at: plan.looks[plan.at],
          of: plan.order.length,
          looks: plan.looks,
          why: stop.why,
          ruled_out: stop.why === "futility" ? options.design.design_drop : null,
          capped_by_baseline: plan.cappedAt
        }
      };
    });
    const { verdict: verdict2, reason: reason2 } = worst(
      tasks.map((t) => ({
        name: `${model.model}/${t.task}`,
        verdict: t.verdict,
        reason: t.reason,
        underpowered: t.underpowered
      }))
    );
    return { ...model, tasks, verdict: verdict2, reason: reason2 };
  });
  const failing = models.flatMap(
    (m) => m.tasks.filter((t) => t.failing).map((t) => ({ model: m.model, task: t.task, verdict: t.verdict }))
  );
  const { verdict, reason } = runVerdict(models);
  return {
    ...last,
    models,
    verdict,
    reason,
    failing,
    exit_code: failing.some((f) => f.verdict === "error") ? 2 : failing.length > 0 ? 1 : 0,
    sequential: saving(options.candidate, plans)
  };
}
function saving(candidate, plans) {
  let used = 0;
  let full = 0;
  let costSaved = 0;
  let stoppedEarly = false;
  for (const plan of plans) {
    const task = candidate.summary.models.find((m) => m.model === plan.model)?.tasks.find((t) => t.task === plan.task);
    const samples = task?.samples_per_item ?? 1;
    const stoppedAt2 = plan.looks[plan.at] ?? plan.order.length;
    used += stoppedAt2 * samples;
    full += plan.order.length * samples;
    if (plan.ran < plan.order.length) stoppedEarly = true;
    if (task && plan.ran > 0) costSaved += task.cost * (plan.order.length - stoppedAt2) / plan.ran;
  }
  return {
    calls_used: used,
    calls_full: full,
    calls_saved: full - used,
    cost_saved: costSaved,
    stopped_early: stoppedEarly
  };
}

// src/gate/select.ts
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
function selectBaseline(rows, promoted, query) {
  const { context, now } = query;
  const forModel = rows.filter((r) => r.model === query.model);
  if (query.pinned !== void 0) {
    const pinned = forModel.find(
      (r) => r.run_id === query.pinned || r.run_id.startsWith(`${query.pinned}--`)
    );
    if (!pinned)
      return { row: null, reason: `pinned run ${query.pinned} has no published run of model ${query.model}` };
    return found(pinned, "pinned", `pinned run ${pinned.run_id}`, now);
  }
  const matching = suiteMatches(forModel, query.suite);
  const branchRuns = (branch) => matching.filter(
    (r) => r.branch === branch && r.kind !== "pr" && (context.sha === void 0 || r.sha !== context.sha)
  );
  if (context.event !== void 0 && PULL_REQUEST_EVENTS.has(context.event)) {
    const base = context.base_ref ?? query.default_branch;
    if (!base) return { row: null, reason: "the pull request has no base branch to find a baseline on" };
    const runs = branchRuns(base);
    const onMergeBase = context.base_sha ? latest(runs.filter((r) => r.sha === context.base_sha)) : void 0;
    if (onMergeBase)
      return found(
        onMergeBase,
        "merge-base",
        `the run on merge-base ${short(context.base_sha)} of ${base}`,
        now
      );
    const last = latest(runs);
    if (last)
      return found(
        last,
        "latest-on-base",
        `the latest run on ${base} (${short(last.sha)}; none on merge-base ${short(context.base_sha)})`,
        now
      );
    return { row: null, reason: `no ${query.suite} run of ${query.model} on ${base} yet` };
  }
  if (context.event === "push") {
    const branch = context.branch ?? query.default_branch;
    if (!branch) return { row: null, reason: "the push has no branch to find a baseline on" };
    const runs = branchRuns(branch);
    const onParent = context.parent_sha ? latest(runs.filter((r) => r.sha === context.parent_sha)) : void 0;
    if (onParent)
      return found(
        onParent,
        "parent",
        `the run on parent commit ${short(context.parent_sha)} of ${branch}`,
        now
      );
    const last = latest(runs);
    if (last)
      return found(
        last,
        "latest-on-branch",
        `the latest run on ${branch} (${short(last.sha)}; none on parent ${short(context.parent_sha)})`,
        now
      );
    return { row: null, reason: `no ${query.suite} run of ${query.model} on ${branch} yet` };
  }
  const branches = [
    ...new Set(
      [context.branch, ...context.event === void 0 ? [query.default_branch] : []].filter(
        (b) => !!b
      )
    )
  ];
  if (branches.length === 0) return { row: null, reason: "no branch to find a promoted baseline for" };
  for (const branch of branches) {
    const entries = promoted.filter((p) => p.branch === branch && p.model === query.model);
    const entry = entries.find((p) => p.suite === query.suite) ?? (query.suite !== "full" ? entries.find((p) => p.suite === "full") : void 0);
    if (!entry) continue;
    const row = rows.find((r) => r.run_id === entry.run_id) ?? {
      run_id: entry.run_id,
      path: entry.path,
      kind: "branch",
      suite: entry.suite,
      model: entry.model,
      branch: entry.branch,
      sha: null,
      pr: null,
      created_at: entry.promoted_at ?? ""
    };
    return found(row, "promoted", `the promoted baseline of ${branch}`, now);
  }
  if (context.event === void 0) {
    for (const branch of branches) {
      const last = latest(branchRuns(branch));
      if (last)
        return found(last, "latest-on-branch", `the latest run on ${branch} (no promoted baseline)`, now);
    }
  }
  return {
    row: null,
    reason: `no promoted baseline for (${branches.join(" or ")}, ${query.model}, ${query.suite}): promote one with \`evalwarden promote <run>\` or pin gate.baseline.run`
  };
}
function suiteMatches(rows, suite) {
  const same = rows.filter((r) => r.suite === suite);
  if (same.length > 0 || suite === "full") return same;
  return rows.filter((r) => r.suite === "full");
}
function latest(rows) {
  return rows.reduce(
    (best, r) => !best || r.created_at > best.created_at ? r : best,
    void 0
  );
}
function found(row, selectedBy, what, now) {
  const created = Date.parse(row.created_at);
  const age = Number.isFinite(created) ? Math.max(0, (now.getTime() - created) / 864e5) : null;
  const ageText = age === null ? "age unknown" : age < 1 ? `${Math.round(age * 24)} h old` : `${Math.round(age)} days old`;
  return {
    row,
    selected_by: selectedBy,
    age_days: age,
    description: `${what}, ${row.suite} suite, ${ageText}`
  };
}
function short(sha) {
  return sha ? sha.slice(0, 7) : "unknown";
}
function selectCheckpoints(rows, query) {
  const earlier = suiteMatches(
    rows.filter((r) => r.model === query.model && typeof r.step === "number" && r.step < query.step),
    query.suite
  );
  const previous = earlier.reduce(
    (best2, r) => !best2 || r.step > best2.step ? r : best2,
    void 0
  );
  const scored = earlier.filter((r) => typeof r.score === "number");
  const best = scored.reduce(
    (top, r) => !top || r.score > top.score ? r : top,
    void 0
  );
  return {
    previous: previous ? found(previous, "previous-checkpoint", `the previous checkpoint (step ${previous.step})`, query.now) : { row: null, reason: `no earlier checkpoint of ${query.model} than step ${query.step}` },
    best: best ? found(
      best,
      "best-so-far",
      `the best checkpoint so far (step ${best.step}, score ${best.score.toFixed(3)})`,
      query.now
    ) : { row: null, reason: `no scored earlier checkpoint of ${query.model}` }
  };
}

// src/gate/run.ts
async function gateRun(options) {
  const comparison = await gateFolders({ ...foldersOptions(options), candidateDir: options.candidateDir });
  if (options.baseConfig) markPolicyChanges(comparison, options.config, options.baseConfig);
  return comparison;
}
function foldersOptions(options) {
  const notes = [];
  const accept = acceptancesFor(options, notes);
  const policyConfig = options.baseConfig ?? options.config;
  if (isPullRequest(options.context) && !options.baseConfig)
    notes.push(
      "the base branch's config could not be read: this pull request's own gate policy applied, so a change it makes to `gate:` is not caught"
    );
  return {
    ...options,
    gate: { ...policyConfig.gate, accept },
    tasks: policyConfig.tasks,
    notes,
    pinned: policyConfig.gate?.baseline?.run,
    sequentialFor: (suite) => sequentialDesign(options.config, suite)
  };
}
async function openGate(options, candidate) {
  const prepared = await prepareGate(foldersOptions(options), candidate);
  return { design: prepared.design, compare: (run, orders) => compareWith(prepared, run, orders) };
}
var POLICY_CHANGED = "gate policy changed by this PR; the base branch's applied";
function markPolicyChanges(comparison, own, base) {
  const policyOf = (config) => {
    const { accept: _accept, baseline, ...gate } = config.gate ?? {};
    const policy = resolveGatePolicy(gate, config.tasks);
    return { policy, whole: JSON.stringify([{ ...policy, tasks: {} }, baseline?.run ?? null]) };
  };
  const mine = policyOf(own);
  const theirs = policyOf(base);
  const wholeChanged = mine.whole !== theirs.whole;
  const changed = /* @__PURE__ */ new Set();
  for (const model of comparison.models) {
    for (const task of model.tasks) {
      const differs = wholeChanged || JSON.stringify(taskPolicy(mine.policy, task.task)) !== JSON.stringify(taskPolicy(theirs.policy, task.task));
      if (!differs) continue;
      task.reason = task.reason ? `${task.reason}; ${POLICY_CHANGED}` : POLICY_CHANGED;
      changed.add(task.task);
    }
  }
  if (changed.size > 0)
    comparison.notes.push(
      `this pull request changes the gate policy (${wholeChanged ? "the gate section" : `tasks ${[...changed].join(", ")}`}): the base branch's policy was applied; it takes effect once merged`
    );
}
function sequentialDesign(config, suite) {
  const s = config.suites?.[suite];
  if (!s?.sequential) return null;
  return {
    looks: s.looks ?? [config.run?.default_quick_size ?? 50, 100, 150, 200, 300],
    design_drop: s.design_drop ?? 0.06,
    futility_power: s.futility_power ?? 0.3,
    futility_spend: s.futility_spend ?? FUTILITY_SPEND,
    seed: config.run?.seed ?? 0
  };
}
async function gateFolders(options) {
  const candidate = await readResultsFolder(options.candidateDir);
  const notes = [...options.notes ?? []];
  if (candidate.summary.status === "partial")
    notes.push(
      `candidate run ${candidate.summary.run_id} is partial: only the items it finished are compared`
    );
  const prepared = await prepareGate({ ...options, notes }, candidate.summary);
  return compareWith(prepared, candidate, sequentialOrders(candidate.run));
}
function sequentialOrders(run) {
  const orders = run?.sequential?.orders;
  return orders ? new Map(orders.map((o) => [o.task, o.items])) : void 0;
}
async function prepareGate(options, candidate) {
  const now = options.now ?? /* @__PURE__ */ new Date();
  const notes = [...options.notes ?? []];
  const policy = resolveGatePolicy(options.gate, options.tasks);
  const { choices, bestSoFar } = await resolveBaselines(candidate, {
    ...options,
    now,
    notes,
    policy
  });
  return {
    compareOptions: { baselines: choices, bestSoFar, policy, labels: options.labels, now, notes },
    design: options.sequentialFor?.(candidate.suite) ?? null,
    rescore: options.rescoreBaseline
  };
}
async function compareWith(prepared, candidate, orders) {
  const notes = [...prepared.compareOptions.notes];
  const baselines = new Map(prepared.compareOptions.baselines);
  if (prepared.rescore) await rescoreUpdated(candidate, baselines, prepared.rescore, notes);
  const options = { ...prepared.compareOptions, baselines, notes, candidate };
  return prepared.design ? compareSequential({ ...options, design: prepared.design, orders }) : compareRuns(options);
}
async function resolveBaselines(candidate, options) {
  const choices = /* @__PURE__ */ new Map();
  const bestSoFar = /* @__PURE__ */ new Map();
  const modelFor = (model) => options.baselineModel ?? model;
  if (/^(https?:\/\/|git@|ssh:\/\/)/.test(options.baseline)) {
    throw new EvalwardenError(
      `baseline "${options.baseline}" is a git URL: the gate reads a checked-out folder`,
      {
        hint: `check the pages branch out first (git clone --depth 1 --branch gh-pages ${options.baseline} pages) and pass --baseline pages`
      }
    );
  }
  const source = resolve(options.baseline);
  if (isResultsFolder(source)) {
    const run = await readResultsFolder(source);
    if (run.summary.suite !== candidate.suite) {
      options.notes.push(
        `baseline suite ${run.summary.suite} differs from the candidate's ${candidate.suite}: items pair where both ran them`
      );
    }
    for (const model of candidate.models) {
      const baseModel = modelFor(model.model);
      if (!run.summary.models.some((m) => m.model === baseModel)) {
        choices.set(model.model, { reason: `baseline folder ${options.baseline} has no model ${baseModel}` });
        continue;
      }
      choices.set(model.model, {
        ...run,
        ref: {
          kind: "folder",
          location: source,
          run_id: run.summary.run_id,
          model: baseModel,
          suite: run.summary.suite,
          selected_by: "folder",
          sha: run.run?.git.sha ?? null,
          branch: run.run?.git.branch ?? null,
          created_at: run.run?.started_at ?? null,
          age_days: ageDays(run.run?.started_at, options.now),
          description: `results folder ${options.baseline} (run ${run.summary.run_id}${run.run?.git.sha ? ` on ${run.run.git.sha.slice(0, 7)}` : ""})`
        }
      });
    }
    return { choices, bestSoFar };
  }
  const asLayout = existsSync3(source) ? findDataDir(source) : null;
  const pagesDir = asLayout ?? (options.pages ? findDataDir(resolve(options.pages)) : null);
  const pinned = asLayout ? options.pinned : options.baseline;
  if (!pagesDir) {
    throw new EvalwardenError(
      `baseline "${options.baseline}" is neither a results folder, a published data folder, nor a run id with a data folder to find it in`,
      {
        hint: "pass --baseline <results dir>, --baseline <gh-pages checkout>, or --baseline <run id> --pages <gh-pages checkout>"
      }
    );
  }
  const index = await readPagesIndex(pagesDir);
  const loaded = /* @__PURE__ */ new Map();
  const load = async (selection, baseModel) => {
    const row = selection.row;
    let run = loaded.get(row.path);
    if (!run) loaded.set(row.path, run = await readPublishedRun(pagesDir, row.path));
    const publishedModel = run.summary.models.some((m) => m.model === baseModel) ? baseModel : run.summary.models[0]?.model ?? baseModel;
    return {
      ...run,
      ref: {
        kind: "pages",
        location: pagesDir,
        run_id: row.run_id,
        model: publishedModel,
        suite: row.suite,
        selected_by: selection.selected_by,
        sha: row.sha,
        branch: row.branch,
        created_at: row.created_at || null,
        age_days: selection.age_days,
        description: selection.description
      }
    };
  };
  for (const model of candidate.models) {
    const baseModel = modelFor(model.model);
    let selection;
    if (model.role === "training" && model.step !== null && pinned === void 0) {
      const checkpoints = selectCheckpoints(index.rows, {
        model: baseModel,
        suite: candidate.suite,
        step: model.step,
        now: options.now
      });
      selection = checkpoints.previous;
      if (checkpoints.best.row) bestSoFar.set(model.model, await load(checkpoints.best, baseModel));
    } else {
      const skipped = [];
      for (; ; ) {
        selection = selectBaseline(
          index.rows.filter((r) => !skipped.includes(r.run_id)),
          index.promoted.filter((p) => !skipped.includes(p.run_id)),
          {
            model: baseModel,
            suite: candidate.suite,
            context: options.context ?? {},
            pinned,
            default_branch: index.default_branch,
            now: options.now
          }
        );
        if (!selection.row || pinned !== void 0) break;
        const run = await load(selection, baseModel);
        const failure = errorRuleFailure(model, run, options.policy);
        if (!failure) break;
        skipped.push(selection.row.run_id);
        options.notes.push(`${model.model}: skipped baseline run ${selection.row.run_id}: ${failure}`);
      }
      if (!selection.row && skipped.length > 0)
        selection = {
          row: null,
          reason: `${selection.reason}; ${skipped.length} run(s) skipped for failing the error rule (${skipped.join(", ")})`
        };
    }
    if (!selection.row) choices.set(model.model, { reason: selection.reason });
    else choices.set(model.model, await load(selection, baseModel));
  }
  return { choices, bestSoFar };
}
async function rescoreUpdated(candidate, choices, rescore, notes) {
  for (const model of candidate.summary.models) {
    const choice = choices.get(model.model);
    if (!choice || "reason" in choice || choice.records.length === 0) continue;
    const base = choice.summary.models.find((m) => m.model === choice.ref.model);
    const wanted = new Map(
      model.tasks.flatMap((task) => {
        const old = base?.tasks.find((t) => t.task === task.task);
        return old && rescorable(task, old) ? [[task.task, { task, old }]] : [];
      })
    );
    if (wanted.size === 0) continue;
    const { baseline, rescored, references } = await rescore(choice, [...wanted.keys()], candidate);
    choices.set(model.model, baseline);
    for (const id of rescored) {
      const { task, old } = wanted.get(id);
      const reference = references?.[id];
      const how = scorerVersion(task) !== scorerVersion(old) ? `re-scored from its stored outputs with scorer ${task.instrument.scorer} v${scorerVersion(task)} (it was measured by v${scorerVersion(old)})` : reference !== void 0 ? `re-judged by ${task.instrument.judge} against ${reference}'s outputs in this run, so both sides meet the same judge and the same reference` : `re-judged by ${task.instrument.judge} in this run, so both sides meet the same judge`;
      notes.push(`${model.model} / ${task.task}: baseline run ${choice.ref.run_id} ${how}`);
    }
  }
}
function rescorable(task, base) {
  const sameInstrument = task.instrument.scorer === base.instrument.scorer && task.instrument.hash === base.instrument.hash && task.instrument.judge === base.instrument.judge && task.primary_metric === base.primary_metric;
  return sameInstrument && (scorerVersion(task) !== scorerVersion(base) || task.instrument.judge !== null);
}
function errorRuleFailure(model, run, policy) {
  const baseModel = run.summary.models.find((m) => m.model === run.ref.model);
  for (const task of model.tasks) {
    const baseTask = baseModel?.tasks.find((t) => t.task === task.task);
    const failure = baseTask ? presetVerdict(baseTask, taskPolicy(policy, task.task)) : null;
    if (failure) return `task ${task.task} fails the error rule there (${failure.reason})`;
  }
  return null;
}
function acceptancesFor(options, notes) {
  if (options.baseConfig) return options.baseConfig.gate?.accept ?? [];
  if (isPullRequest(options.context)) {
    if ((options.config.gate?.accept ?? []).length > 0) {
      notes.push(
        "gate.accept entries in the pull request's own config are ignored: acceptances are read from the base branch's config"
      );
    }
    return [];
  }
  return options.config.gate?.accept ?? [];
}
function isPullRequest(context) {
  return context?.event === "pull_request" || context?.event === "pull_request_target";
}
function ageDays(iso, now) {
  const t = iso ? Date.parse(iso) : Number.NaN;
  return Number.isFinite(t) ? Math.max(0, (now.getTime() - t) / 864e5) : null;
}

export {
  artifactValidators,
  writeFileAtomic,
  recordKey,
  readRecords,
  writeRecordsFile,
  batchAnnotations,
  annotationForError,
  annotationsForComparison,
  markerValue,
  findDataDir,
  readPagesIndex,
  resolveGatePolicy,
  failingErrors,
  gateRun,
  gateFolders,
  COMMENT_LIMIT,
  CHECK_SUMMARY_LIMIT,
  renderReport,
  renderFailureReport,
  renderEstimate,
  renderSummaryTable,
  renderComparisonTable,
  NO_GIT,
  refuseSystemPath,
  parseShard,
  runEval,
  runLooks,
  simItemsFromPlan,
  mergeShards
};
