import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  estimateMean,
  scoreInterval
} from "./chunk-GDLDIX63.js";
import {
  shortHash
} from "./chunk-BHQOCA2E.js";

// src/artifacts.ts
var SCHEMA_VERSION = 1;

// src/run/summarize.ts
function scoreFacts(r) {
  const {
    model,
    task,
    item_id,
    sample,
    category,
    cluster,
    score,
    scores,
    weights,
    latency_ms,
    usage,
    cost,
    error
  } = r;
  return {
    model,
    task,
    item_id,
    sample,
    category,
    cluster,
    score,
    scores,
    weights,
    latency_ms,
    usage,
    cost,
    error
  };
}
function percentile(sorted, q) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
function itemScores(records, primary) {
  const scored = records.filter((r) => r.error === null && r.score !== null);
  if (scored.length === 0) return void 0;
  const metrics = {};
  let weights = null;
  for (const name of Object.keys(scored[0].scores)) {
    metrics[name] = scored.reduce((a, r) => a + (r.scores[name] ?? 0), 0) / scored.length;
    const weight = scored.reduce((a, r) => a + (r.weights?.[name] ?? 1), 0) / scored.length;
    if (weight !== 1) (weights ??= {})[name] = weight;
  }
  metrics[primary] ??= scored.reduce((a, r) => a + (r.score ?? 0), 0) / scored.length;
  const spread = scored.length > 1 ? std(scored.map((r) => r.score ?? 0)) : null;
  return { category: scored[0].category, cluster: scored[0].cluster, metrics, weights, spread };
}
function itemsOf(sorted, primary) {
  const items = [];
  for (let start = 0; start < sorted.length; ) {
    let end = start + 1;
    while (end < sorted.length && sorted[end].item_id === sorted[start].item_id) end++;
    const item = itemScores(sorted.slice(start, end), primary);
    if (item) items.push(item);
    start = end;
  }
  return items;
}
function metricSummary(items, metric, binaryUnweighted) {
  const values = items.map((i) => i.metrics[metric] ?? 0);
  const weights = items.map((i) => i.weights?.[metric] ?? 1);
  const clusters = items.map((i) => i.cluster);
  const hasClusters = clusters.some((c) => c !== null);
  const weighted = weights.some((w) => w !== 1);
  const estimate = estimateMean(values, {
    clusters: hasClusters ? clusters : void 0,
    weights: weighted ? weights : void 0
  });
  const isBinary = binaryUnweighted && !weighted && !hasClusters && values.every((v) => v === 0 || v === 1);
  const ci = scoreInterval(values, estimate, isBinary);
  return { n: values.length, mean: estimate.mean, se: estimate.se, ci, ci_method: isBinary ? "wilson" : "t" };
}
function summarizeTask(task, unordered) {
  const records = [...unordered].sort(
    (a, b) => a.item_id < b.item_id ? -1 : a.item_id > b.item_id ? 1 : a.sample - b.sample
  );
  const items = itemsOf(records, task.primaryMetric);
  const metricNames = [.../* @__PURE__ */ new Set([task.primaryMetric, ...items.flatMap((i) => Object.keys(i.metrics))])];
  const metrics = Object.fromEntries(
    items.length ? metricNames.map((m) => [m, metricSummary(items, m, task.binary)]) : []
  );
  const categories = {};
  for (const category of new Set(items.map((i) => i.category).filter((c) => c !== null))) {
    categories[category] = metricSummary(
      items.filter((i) => i.category === category),
      task.primaryMetric,
      task.binary
    );
  }
  const latencies = records.map((r) => r.latency_ms).filter((l) => l !== null).sort((a, b) => a - b);
  const errors = records.filter((r) => r.error !== null).length;
  const planned = task.items.length * task.samples;
  const spreads = items.map((i) => i.spread).filter((s) => s !== null);
  return {
    task: task.id,
    primary_metric: task.primaryMetric,
    n: items.length,
    n_planned: task.items.length,
    samples_per_item: task.samples,
    errors,
    error_rate: planned ? errors / planned : 0,
    metrics,
    sample_spread: spreads.length ? { mean_item_std: spreads.reduce((a, b) => a + b, 0) / spreads.length } : null,
    categories,
    latency_ms: { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95) },
    tokens: {
      prompt: records.reduce((a, r) => a + (r.usage?.prompt ?? 0), 0),
      completion: records.reduce((a, r) => a + (r.usage?.completion ?? 0), 0)
    },
    cost: records.reduce((a, r) => a + (r.cost ?? 0), 0),
    weight: task.weight,
    instrument: task.instrument,
    prompt_hash: task.promptHash,
    category: task.config.category ?? null
  };
}
function std(values) {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1));
}
function aggregate(tasks) {
  const measured = tasks.filter((t) => t.metrics[t.primary_metric] !== void 0);
  if (measured.length === 0 || measured.some((t) => t.metrics[t.primary_metric].mean < 0 || t.metrics[t.primary_metric].mean > 1))
    return null;
  const total = measured.reduce((a, t) => a + t.weight, 0);
  const score = measured.reduce((a, t) => a + t.weight * t.metrics[t.primary_metric].mean, 0) / total;
  if (measured.some((t) => t.metrics[t.primary_metric].se === null)) return { score, se: null, ci: null };
  const se = Math.sqrt(measured.reduce((a, t) => a + (t.weight * t.metrics[t.primary_metric].se) ** 2, 0)) / total;
  return {
    score,
    se,
    ci: { low: Math.max(0, score - 1.959964 * se), high: Math.min(1, score + 1.959964 * se) }
  };
}
function paramsHash(model) {
  return shortHash({ params: model.params, system: model.system ?? null, api: model.api });
}
function summarize(options) {
  const grouped = /* @__PURE__ */ new Map();
  for (const f of options.facts) {
    const key = `${f.model}\0${f.task}`;
    const list = grouped.get(key);
    if (list) list.push(f);
    else grouped.set(key, [f]);
  }
  const models = options.models.map(({ config, servedModel }) => {
    const tasks = options.plan.tasks.map(
      (t) => summarizeTask(t, grouped.get(`${config.id}\0${t.id}`) ?? [])
    );
    return {
      model: config.id,
      role: config.role,
      step: config.step ?? null,
      served_model: servedModel,
      params_hash: paramsHash(config),
      tasks,
      aggregate: aggregate(tasks),
      tokens: {
        prompt: tasks.reduce((a, t) => a + t.tokens.prompt, 0),
        completion: tasks.reduce((a, t) => a + t.tokens.completion, 0)
      },
      cost: tasks.reduce((a, t) => a + t.cost, 0)
    };
  });
  return {
    schema_version: SCHEMA_VERSION,
    run_id: options.runId,
    suite: options.plan.suite,
    status: options.status,
    models
  };
}

export {
  SCHEMA_VERSION,
  scoreFacts,
  summarizeTask,
  aggregate,
  summarize
};
