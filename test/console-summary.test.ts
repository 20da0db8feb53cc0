import { describe, expect, test } from 'vitest';
import type { MetricSummary, Summary, TaskSummary } from '../src/artifacts.js';
import { renderSummaryTable } from '../src/report/summary-table.js';
import { aggregate } from '../src/run/summarize.js';

function metric(mean: number, se: number): MetricSummary {
  return {
    n: 400,
    mean,
    se,
    ci: { low: Math.max(0, mean - 2 * se), high: mean + 2 * se },
    ci_method: 'wilson',
  };
}

function task(id: string, primary: string, metrics: Record<string, MetricSummary>): TaskSummary {
  return {
    task: id,
    primary_metric: primary,
    n: 400,
    n_planned: 400,
    samples_per_item: 1,
    errors: 2,
    error_rate: 0.005,
    metrics,
    sample_spread: null,
    categories: {},
    latency_ms: { p50: 120, p95: 300 },
    tokens: { prompt: 0, completion: 0 },
    cost: 0,
    weight: 1,
    instrument: { scorer: 'ifeval', judge: null, hash: 'h' },
    prompt_hash: 'p',
  } as TaskSummary;
}

describe('the console summary', () => {
  test("shows every metric of a task, IFEval's four, the primary first", () => {
    const ifeval = task('ifeval', 'prompt_level_strict_acc', {
      inst_level_loose_acc: metric(0.81, 0.01),
      inst_level_strict_acc: metric(0.78, 0.01),
      prompt_level_loose_acc: metric(0.72, 0.02),
      prompt_level_strict_acc: metric(0.69, 0.02),
    });
    const summary = {
      schema_version: 1,
      run_id: 'r',
      suite: 'full',
      status: 'complete',
      models: [{ model: 'cand', tasks: [ifeval], aggregate: null, cost: 0 }],
    } as unknown as Summary;
    const lines = renderSummaryTable(summary).split('\n').slice(2);
    expect(lines.map((l) => l.split('|')[3].trim())).toEqual([
      'prompt_level_strict_acc',
      'inst_level_loose_acc',
      'inst_level_strict_acc',
      'prompt_level_loose_acc',
    ]);
    expect(lines[1]).toContain('0.810');
    // Errors belong to the task: counted once, on the primary row.
    expect(lines.filter((l) => l.split('|')[7].trim() === '2')).toHaveLength(1);
  });

  test("the suite aggregate's 95% CI never starts below 0", () => {
    const near0 = [
      task('a', 'acc', { acc: metric(0.004, 0.004) }),
      task('b', 'acc', { acc: metric(0.004, 0.004) }),
    ];
    const suite = aggregate(near0);
    expect(suite?.score).toBeCloseTo(0.004, 12);
    expect(suite?.ci?.low).toBe(0);
    const near1 = aggregate([task('a', 'acc', { acc: metric(0.998, 0.002) })]);
    expect(near1?.ci?.high).toBe(1);
  });
});
