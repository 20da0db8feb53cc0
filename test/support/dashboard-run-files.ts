/**
 * The per-run files of a generated run, shaped like the engine's: a task's summary with Wilson
 * CIs and item categories, run.json provenance, and the samples head whose items flip between
 * runs as scores move. Used by dashboard-data.ts.
 */
import type { EvalRecord, MetricSummary, RunInfo, Summary, TaskSummary } from '../../src/artifacts.js';
import type { Role, RunRow, TaskInfo } from '../../web/src/data/protocol.js';
import { hashHex, hashUnit, type Random } from './dashboard-random.js';

export const ITEM_CATEGORIES = ['easy', 'medium', 'hard'];
export const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
export const clamp = (x: number, lo = 0.02, hi = 0.98) => Math.min(hi, Math.max(lo, x));

export function taskSummary(
  info: TaskInfo,
  p: number,
  nPlanned: number,
  errors: number,
  rand: Random,
): TaskSummary {
  const n = nPlanned - errors;
  const metric = proportion(Math.round(p * n), n);
  const perCat = Math.floor(n / ITEM_CATEGORIES.length);
  const categories = Object.fromEntries(
    ITEM_CATEGORIES.map((c, i) => {
      const k = i === ITEM_CATEGORIES.length - 1 ? n - perCat * i : perCat;
      return [c, proportion(Math.round(clamp(p + (1 - i) * 0.08 + (rand() - 0.5) * 0.04, 0, 1) * k), k)];
    }),
  );
  const p50 = Math.round(400 + 1200 * rand());
  return {
    task: info.task,
    primary_metric: 'acc',
    n,
    n_planned: nPlanned,
    samples_per_item: 1,
    errors,
    error_rate: r4(errors / nPlanned),
    metrics: { acc: metric },
    sample_spread: null,
    categories,
    latency_ms: { p50, p95: Math.round(p50 * (1.8 + rand())) },
    tokens: { prompt: n * 320, completion: n * 90 },
    cost: r4(n * 0.00041),
    weight: 1,
    instrument: { scorer: 'exact', hash: '0123456789abcdef', judge: null },
    prompt_hash: 'fedcba9876543210',
  };
}

/** Wilson 95% interval, as the engine's summaries use for 0/1 scores. */
function proportion(successes: number, n: number): MetricSummary {
  const z = 1.959964;
  const p = n ? successes / n : 0;
  const z2n = n ? (z * z) / n : 0;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = n ? (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n)) : 0.5;
  return {
    n,
    mean: r4(p),
    se: r4(n ? Math.sqrt((p * (1 - p)) / n) : 0),
    ci: { low: r4(Math.max(0, centre - half)), high: r4(Math.min(1, centre + half)) },
    ci_method: 'wilson',
  };
}

export function aggregateOf(tasks: TaskSummary[]): Summary['models'][number]['aggregate'] {
  if (!tasks.length) return null;
  const score = tasks.reduce((a, t) => a + t.metrics.acc.mean, 0) / tasks.length;
  const se = Math.sqrt(tasks.reduce((a, t) => a + t.metrics.acc.se! ** 2, 0)) / tasks.length;
  return { score: r4(score), se: r4(se), ci: { low: r4(score - 1.96 * se), high: r4(score + 1.96 * se) } };
}

export function sumTokens(tasks: TaskSummary[]) {
  return tasks.reduce(
    (a, t) => ({ prompt: a.prompt + t.tokens.prompt, completion: a.completion + t.tokens.completion }),
    { prompt: 0, completion: 0 },
  );
}

export function runInfo(
  row: RunRow,
  plan: { model: string; role: Role },
  tasks: TaskSummary[],
  repository: string,
): RunInfo {
  const started = new Date(Date.parse(row.created_at) - 20 * 60_000).toISOString();
  return {
    schema_version: 1,
    run_id: row.run_id.split('--')[0],
    suite: row.suite,
    kind: row.kind,
    evalwarden_version: '0.1.0',
    config_hash: 'c0ffee00c0ffee00',
    datasets: tasks.map((t) => ({
      task: t.task,
      path: `datasets/${t.task}.jsonl`,
      sha256: 'ab'.repeat(32),
      items: t.n_planned!,
    })),
    models: [
      {
        model: plan.model,
        role: plan.role,
        step: row.step,
        served_model: plan.role === 'training' ? `${plan.model}/checkpoint-${row.step}` : plan.model,
        endpoint: plan.role === 'reference' ? 'api.example.com/v1' : 'gpu-runner-3:8000/v1',
        endpoint_kind: plan.role === 'reference' ? 'openai' : 'vllm',
        revision: null,
        params: { temperature: 0, max_tokens: 512 },
      },
    ],
    git: {
      sha: row.sha,
      ref: row.pr ? `refs/pull/${row.pr}/merge` : `refs/heads/${row.branch}`,
      branch: row.branch,
      repository,
      pr: row.pr ?? null,
      event: row.kind === 'pr' ? 'pull_request' : row.kind === 'sweep' ? 'workflow_dispatch' : 'push',
      base_ref: row.pr ? 'main' : null,
      base_sha: null,
    },
    shard: null,
    started_at: started,
    finished_at: row.created_at,
    status: 'complete',
    stopped_reason: null,
    counts: {
      planned: tasks.reduce((a, t) => a + t.n_planned!, 0),
      done: tasks.reduce((a, t) => a + t.n!, 0),
      errors: tasks.reduce((a, t) => a + t.errors, 0),
      requests: tasks.reduce((a, t) => a + t.n!, 0),
      cached: 0,
    },
  };
}

/** The head of each task's items, scored so that a model's items flip between runs as scores move. */
export function samplesOf(
  row: RunRow,
  tasks: TaskSummary[],
  headSize: number,
  hostileOutputs: readonly string[] | null,
): EvalRecord[] {
  const out: EvalRecord[] = [];
  for (const t of tasks) {
    const p = t.metrics.acc.mean;
    for (let i = 0; i < headSize; i++) {
      const itemId = `item-${String(i).padStart(4, '0')}`;
      const difficulty = hashUnit(`${t.task}/${itemId}`);
      const noise = hashUnit(`${row.run_id}/${t.task}/${itemId}`) - 0.5;
      const correct = difficulty + 0.3 * noise < p;
      const output =
        hostileOutputs && i < hostileOutputs.length
          ? hostileOutputs[i]
          : `Reasoning about ${itemId}… the answer is ${correct ? 42 : 41}.`;
      out.push({
        schema_version: 1,
        run_id: row.run_id.split('--')[0],
        model: row.model,
        task: t.task,
        item_id: itemId,
        item_hash: hashHex(`${t.task}/${itemId}`),
        sample: 0,
        category: ITEM_CATEGORIES[i % ITEM_CATEGORIES.length],
        cluster: null,
        prompt_hash: t.prompt_hash,
        output,
        reasoning: null,
        score: correct ? 1 : 0,
        scores: { acc: correct ? 1 : 0 },
        answer: correct ? '42' : '41',
        details: null,
        latency_ms: 500 + Math.round(1000 * difficulty),
        usage: { prompt: 320, completion: 90 },
        cost: 0.00041,
        cached: false,
        error: null,
      });
    }
  }
  return out;
}
