import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  SCHEMA_VERSION,
  type EvalRecord,
  type ModelRole,
  type RunInfo,
  type Summary,
} from '../../src/artifacts.js';
import { summarizeTask } from '../../src/import/summarize.js';
import { aggregate } from '../../src/run/summarize.js';

/**
 * Writes a realistic results folder (run.json, summary.json, records.jsonl) as `evalwarden run`
 * leaves it, for tests of the stages after the run: publish, gate, report. Scores are
 * deterministic: an item is right when a hash of (seed, model, task, item) falls under the
 * model's accuracy, so two runs of one model pair item by item.
 */
export interface ResultsSpec {
  runId?: string;
  suite?: string;
  kind?: RunInfo['kind'];
  /** ISO time; the run's month folder comes from it. @default 2026-11-23T10:00:00Z */
  startedAt?: string;
  branch?: string | null;
  sha?: string | null;
  pr?: number | null;
  repository?: string | null;
  models?: { model: string; role?: ModelRole; step?: number | null; accuracy: number }[];
  tasks?: { task: string; items: number; categories?: string[] }[];
  seed?: number;
  /** The model's output for an item. @default `"The answer is <n>."` */
  output?: (at: { model: string; task: string; item: string }) => string;
  /** Leave out records.jsonl (a run imported from aggregate numbers only). */
  records?: boolean;
}

export interface WrittenResults {
  dir: string;
  run: RunInfo;
  summary: Summary;
  records: EvalRecord[];
}

export async function writeResultsFolder(dir: string, spec: ResultsSpec = {}): Promise<WrittenResults> {
  const runId = spec.runId ?? 'run-1';
  const startedAt = spec.startedAt ?? '2026-11-23T10:00:00.000Z';
  const models = spec.models ?? [{ model: 'cand', role: 'candidate' as const, accuracy: 0.7 }];
  const tasks = spec.tasks ?? [
    { task: 'math', items: 40, categories: ['algebra', 'geometry'] },
    { task: 'qa', items: 30 },
  ];
  const seed = spec.seed ?? 1;
  const records: EvalRecord[] = [];
  for (const m of models) {
    for (const t of tasks) {
      for (let i = 0; i < t.items; i++) {
        const item = `${t.task}-${String(i).padStart(4, '0')}`;
        const right = unit(`${seed}|${m.model}|${t.task}|${item}`) < m.accuracy ? 1 : 0;
        records.push({
          schema_version: SCHEMA_VERSION,
          run_id: runId,
          model: m.model,
          task: t.task,
          item_id: item,
          item_hash: hex(`row|${t.task}|${item}`),
          sample: 0,
          category: t.categories ? t.categories[i % t.categories.length] : null,
          cluster: null,
          prompt_hash: hex(`prompt|${t.task}`),
          output: spec.output ? spec.output({ model: m.model, task: t.task, item }) : `The answer is ${i}.`,
          reasoning: null,
          score: right,
          scores: { acc: right },
          answer: String(i),
          details: null,
          latency_ms: 100 + (i % 7) * 10,
          usage: { prompt: 50, completion: 10 },
          cost: 0,
          cached: false,
          error: null,
        });
      }
    }
  }
  const summary: Summary = {
    schema_version: SCHEMA_VERSION,
    run_id: runId,
    suite: spec.suite ?? 'full',
    status: 'complete',
    models: models.map((m) => {
      const taskSummaries = tasks.map((t) =>
        summarizeTask(
          {
            task: t.task,
            primary_metric: 'acc',
            metrics: {},
            n: t.items,
            higher_is_better: true,
            notes: [],
            categories: {},
            instrument: { scorer: 'exact', options: {} },
          },
          records.filter((r) => r.model === m.model),
        ),
      );
      return {
        model: m.model,
        role: m.role ?? 'candidate',
        step: m.step ?? null,
        served_model: m.model,
        params_hash: hex('params'),
        tasks: taskSummaries,
        aggregate: aggregate(taskSummaries),
        tokens: { prompt: 0, completion: 0 },
        cost: 0,
      };
    }),
  };
  const run: RunInfo = {
    schema_version: SCHEMA_VERSION,
    run_id: runId,
    suite: summary.suite,
    kind: spec.kind ?? 'branch',
    evalwarden_version: '0.1.0',
    config_hash: hex('config'),
    datasets: tasks.map((t) => ({
      task: t.task,
      path: `datasets/${t.task}.jsonl`,
      sha256: hex(`data|${t.task}`).padEnd(64, '0'),
      items: t.items,
    })),
    models: models.map((m) => ({
      model: m.model,
      role: m.role ?? 'candidate',
      step: m.step ?? null,
      served_model: m.model,
      endpoint: '127.0.0.1:8000/v1',
      endpoint_kind: 'vllm',
      revision: null,
      params: { temperature: 0 },
    })),
    git: {
      sha: spec.sha ?? 'a'.repeat(40),
      ref: null,
      branch: spec.branch === undefined ? 'main' : spec.branch,
      repository: spec.repository === undefined ? 'owner/repo' : spec.repository,
      pr: spec.pr ?? null,
      event: 'push',
      base_ref: null,
      base_sha: null,
    },
    shard: null,
    started_at: startedAt,
    finished_at: new Date(Date.parse(startedAt) + 60_000).toISOString(),
    status: 'complete',
    stopped_reason: null,
    counts: { planned: records.length, done: records.length, errors: 0, requests: records.length, cached: 0 },
  };
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'run.json'), `${JSON.stringify(run, null, 2)}\n`);
  await writeFile(join(dir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  if (spec.records !== false)
    await writeFile(join(dir, 'records.jsonl'), records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  return { dir, run, summary, records };
}

function hex(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function unit(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0) / 2 ** 32;
}
