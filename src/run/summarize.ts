import type { EvalRecord, MetricSummary, ModelSummary, Summary, TaskSummary } from '../artifacts.js';
import { SCHEMA_VERSION } from '../artifacts.js';
import { estimateMean, scoreInterval } from '../stats/index.js';
import type { ModelConfig } from '../config/index.js';
import type { PlannedTask, Plan } from './plan.js';
import { shortHash } from '../hash.js';

/** What summaries need of a record: outputs stay on disk, so 100,000 items fit in memory. */
export type ScoreFacts = Pick<
  EvalRecord,
  | 'model'
  | 'task'
  | 'item_id'
  | 'sample'
  | 'category'
  | 'cluster'
  | 'score'
  | 'scores'
  | 'weights'
  | 'latency_ms'
  | 'usage'
  | 'cost'
  | 'error'
>;

export function scoreFacts(r: EvalRecord): ScoreFacts {
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
    error,
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
    error,
  };
}

export interface ModelMeta {
  config: ModelConfig;
  servedModel: string;
}

function percentile(sorted: number[], q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

interface ItemScores {
  category: string | null;
  cluster: string | null;
  /** Per metric, the mean over the item's scored samples: the item, not the sample, is the unit. */
  metrics: Record<string, number>;
  /** Per metric, the item's mean weight; null when every weight is 1 (most tasks). */
  weights: Record<string, number> | null;
  /** Standard deviation of the primary score across the item's samples; null with one sample. */
  spread: number | null;
}

function itemScores(records: readonly ScoreFacts[], primary: string): ItemScores | undefined {
  const scored = records.filter((r) => r.error === null && r.score !== null);
  if (scored.length === 0) return undefined;
  const metrics: Record<string, number> = {};
  let weights: Record<string, number> | null = null;
  for (const name of Object.keys(scored[0].scores)) {
    metrics[name] = scored.reduce((a, r) => a + (r.scores[name] ?? 0), 0) / scored.length;
    const weight = scored.reduce((a, r) => a + (r.weights?.[name] ?? 1), 0) / scored.length;
    if (weight !== 1) (weights ??= {})[name] = weight;
  }
  metrics[primary] ??= scored.reduce((a, r) => a + (r.score ?? 0), 0) / scored.length;
  const spread = scored.length > 1 ? std(scored.map((r) => r.score ?? 0)) : null;
  return { category: scored[0].category, cluster: scored[0].cluster, metrics, weights, spread };
}

/** Each item's scores, from records sorted by item: one group at a time, none held in between. */
function itemsOf(sorted: readonly ScoreFacts[], primary: string): ItemScores[] {
  const items: ItemScores[] = [];
  for (let start = 0; start < sorted.length; ) {
    let end = start + 1;
    while (end < sorted.length && sorted[end].item_id === sorted[start].item_id) end++;
    const item = itemScores(sorted.slice(start, end), primary);
    if (item) items.push(item);
    start = end;
  }
  return items;
}

function metricSummary(items: ItemScores[], metric: string, binaryUnweighted: boolean): MetricSummary {
  const values = items.map((i) => i.metrics[metric] ?? 0);
  const weights = items.map((i) => i.weights?.[metric] ?? 1);
  const clusters = items.map((i) => i.cluster);
  const hasClusters = clusters.some((c) => c !== null);
  const weighted = weights.some((w) => w !== 1);
  const estimate = estimateMean(values, {
    clusters: hasClusters ? clusters : undefined,
    weights: weighted ? weights : undefined,
  });
  const isBinary = binaryUnweighted && !weighted && !hasClusters && values.every((v) => v === 0 || v === 1);
  const ci = scoreInterval(values, estimate, isBinary);
  return { n: values.length, mean: estimate.mean, se: estimate.se, ci, ci_method: isBinary ? 'wilson' : 't' };
}

export function summarizeTask(task: PlannedTask, unordered: ScoreFacts[]): TaskSummary {
  // In item order, not finishing order: the same records give the same summary to the last digit.
  const records = [...unordered].sort((a, b) =>
    a.item_id < b.item_id ? -1 : a.item_id > b.item_id ? 1 : a.sample - b.sample,
  );
  const items = itemsOf(records, task.primaryMetric);
  const metricNames = [...new Set([task.primaryMetric, ...items.flatMap((i) => Object.keys(i.metrics))])];
  const metrics = Object.fromEntries(
    items.length ? metricNames.map((m) => [m, metricSummary(items, m, task.binary)]) : [],
  );
  const categories: Record<string, MetricSummary> = {};
  for (const category of new Set(items.map((i) => i.category).filter((c): c is string => c !== null))) {
    categories[category] = metricSummary(
      items.filter((i) => i.category === category),
      task.primaryMetric,
      task.binary,
    );
  }
  const latencies = records
    .map((r) => r.latency_ms)
    .filter((l): l is number => l !== null)
    .sort((a, b) => a - b);
  const errors = records.filter((r) => r.error !== null).length;
  const planned = task.items.length * task.samples;
  const spreads = items.map((i) => i.spread).filter((s): s is number => s !== null);
  return {
    task: task.id,
    primary_metric: task.primaryMetric,
    n: items.length,
    n_planned: task.items.length,
    samples_per_item: task.samples,
    errors,
    error_rate: planned ? errors / planned : 0,
    metrics,
    sample_spread: spreads.length
      ? { mean_item_std: spreads.reduce((a, b) => a + b, 0) / spreads.length }
      : null,
    categories,
    latency_ms: { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95) },
    tokens: {
      prompt: records.reduce((a, r) => a + (r.usage?.prompt ?? 0), 0),
      completion: records.reduce((a, r) => a + (r.usage?.completion ?? 0), 0),
    },
    cost: records.reduce((a, r) => a + (r.cost ?? 0), 0),
    weight: task.weight,
    instrument: task.instrument,
    prompt_hash: task.promptHash,
    category: task.config.category ?? null,
  };
}

function std(values: number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1));
}

/** Weighted mean of the tasks' primary metrics; tasks are independent samples, so variances add. */
export function aggregate(tasks: TaskSummary[]): ModelSummary['aggregate'] {
  const measured = tasks.filter((t) => t.metrics[t.primary_metric] !== undefined);
  // A suite score averages scores in [0,1]; an imported metric on another scale (perplexity) has none.
  if (
    measured.length === 0 ||
    measured.some((t) => t.metrics[t.primary_metric].mean < 0 || t.metrics[t.primary_metric].mean > 1)
  )
    return null;
  const total = measured.reduce((a, t) => a + t.weight, 0);
  const score = measured.reduce((a, t) => a + t.weight * t.metrics[t.primary_metric].mean, 0) / total;
  // A task whose standard error is unknown (an import's "N/A") leaves the suite's unknown too.
  if (measured.some((t) => t.metrics[t.primary_metric].se === null)) return { score, se: null, ci: null };
  const se =
    Math.sqrt(measured.reduce((a, t) => a + (t.weight * t.metrics[t.primary_metric].se!) ** 2, 0)) / total;
  // Clipped to [0, 1] as the task rows' intervals are: a suite score cannot be below 0.
  return {
    score,
    se,
    ci: { low: Math.max(0, score - 1.959964 * se), high: Math.min(1, score + 1.959964 * se) },
  };
}

export function paramsHash(model: ModelConfig): string {
  return shortHash({ params: model.params, system: model.system ?? null, api: model.api });
}

export interface SummarizeOptions {
  runId: string;
  plan: Plan;
  models: ModelMeta[];
  facts: Iterable<ScoreFacts>;
  status: Summary['status'];
}

export function summarize(options: SummarizeOptions): Summary {
  const grouped = new Map<string, ScoreFacts[]>();
  for (const f of options.facts) {
    const key = `${f.model}\u0000${f.task}`;
    const list = grouped.get(key);
    if (list) list.push(f);
    else grouped.set(key, [f]);
  }
  const models: ModelSummary[] = options.models.map(({ config, servedModel }) => {
    const tasks = options.plan.tasks.map((t) =>
      summarizeTask(t, grouped.get(`${config.id}\u0000${t.id}`) ?? []),
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
        completion: tasks.reduce((a, t) => a + t.tokens.completion, 0),
      },
      cost: tasks.reduce((a, t) => a + t.cost, 0),
    };
  });
  return {
    schema_version: SCHEMA_VERSION,
    run_id: options.runId,
    suite: options.plan.suite,
    status: options.status,
    models,
  };
}
