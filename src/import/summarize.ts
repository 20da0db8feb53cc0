import { shortHash } from '../hash.js';
import type { EvalRecord, Interval, MetricSummary, TaskSummary } from '../artifacts.js';
import { estimateMean, scoreInterval, wilsonInterval } from '../stats/index.js';

/** What an importer knows of one task: aggregate numbers always, per-item scores when the harness kept them. */
export interface ImportedTask {
  task: string;
  primary_metric: string;
  /**
   * The harness' own numbers, used when there are no per-item scores. `unit_known: false` marks a
   * metric whose unit is not the task's item (IFEval's `inst_level_*` are over instructions): its
   * n, and so any SE derived from n, stay unknown.
   */
  metrics: Record<string, { mean: number; se: number | null; unit_known?: boolean }>;
  /** Items behind the numbers when the harness says; null when it does not (never 0). */
  n: number | null;
  /** False when the harness says a lower primary metric is better (perplexity): the gate turns round. */
  higher_is_better: boolean;
  /** What the file held that could not be read as a number (NaN, Infinity), said to the user. */
  notes: string[];
  /** Per-category numbers (evalscope subsets), when there are no per-item scores. */
  categories: Record<string, { mean: number; n: number }>;
  /** Where the numbers came from, so a change of harness version or task config breaks pairing. */
  instrument: { scorer: string; options: unknown };
}

/**
 * Whether a metric is a mean over the task's items (prompts). IFEval's `inst_level_*` metrics, as
 * lm-eval and evalscope both name them, are means over the prompts' instructions: the task's item
 * count is not their n, and no standard error may be derived from it.
 */
export function overItems(metric: string): boolean {
  return !metric.startsWith('inst_level');
}

/**
 * A task's summary. With per-item records the statistics are evalwarden's own (item means,
 * Wilson for 0/1 scores, t otherwise); without, the harness' mean and standard error are kept
 * and the interval is the normal one around them.
 */
export function summarizeTask(task: ImportedTask, records: EvalRecord[]): TaskSummary {
  const items = records.filter((r) => r.task === task.task && r.error === null);
  const metrics: Record<string, MetricSummary> = {};
  const categories: Record<string, MetricSummary> = {};
  if (items.length > 0) {
    const names = new Set(items.flatMap((r) => Object.keys(r.scores)));
    for (const name of names)
      metrics[name] = metricOf(items.filter((r) => name in r.scores).map((r) => r.scores[name]));
    const byCategory = new Map<string, number[]>();
    for (const r of items) {
      if (r.category === null || !(task.primary_metric in r.scores)) continue;
      const list = byCategory.get(r.category) ?? [];
      list.push(r.scores[task.primary_metric]);
      byCategory.set(r.category, list);
    }
    for (const [name, values] of byCategory) categories[name] = metricOf(values);
  } else {
    for (const [name, m] of Object.entries(task.metrics))
      metrics[name] = fromAggregate(m.mean, m.se, m.unit_known === false ? null : task.n);
    for (const [name, c] of Object.entries(task.categories))
      categories[name] = fromAggregate(c.mean, null, c.n);
  }
  const n = items.length > 0 ? new Set(items.map((r) => r.item_id)).size : task.n;
  return {
    task: task.task,
    primary_metric: task.primary_metric,
    n,
    n_planned: n,
    ...(task.higher_is_better ? {} : { higher_is_better: false }),
    samples_per_item: 1,
    errors: 0,
    error_rate: 0,
    metrics,
    sample_spread: null,
    categories,
    latency_ms: { p50: null, p95: null },
    tokens: { prompt: 0, completion: 0 },
    cost: 0,
    weight: 1,
    instrument: { scorer: task.instrument.scorer, hash: shortHash(task.instrument.options), judge: null },
    prompt_hash: shortHash(task.instrument.options),
  };
}

function metricOf(values: number[]): MetricSummary {
  const binary = values.every((v) => v === 0 || v === 1);
  const estimate = estimateMean(values);
  const ci = scoreInterval(values, estimate, binary);
  return { n: values.length, mean: estimate.mean, se: estimate.se, ci, ci_method: binary ? 'wilson' : 't' };
}

/**
 * The harness' mean with its own standard error. Without one ("N/A"), a proportion over a known
 * number of items still gets Wilson's interval; otherwise the SE and interval stay unknown.
 */
function fromAggregate(mean: number, se: number | null, n: number | null): MetricSummary {
  if (se === null && n !== null && n > 0 && mean >= 0 && mean <= 1) {
    return {
      n,
      mean,
      se: Math.sqrt((mean * (1 - mean)) / n),
      ci: wilsonInterval(Math.round(mean * n), n),
      ci_method: 'wilson',
    };
  }
  return { n, mean, se, ci: se === null ? null : normal(mean, se), ci_method: 't' };
}

function normal(mean: number, se: number): Interval {
  return { low: mean - 1.959964 * se, high: mean + 1.959964 * se };
}
