import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  SCHEMA_VERSION,
  type EvalRecord,
  type GitProvenance,
  type ModelSummary,
  type RunInfo,
  type Summary,
} from '../artifacts.js';
import { packageVersion } from '../package-root.js';
import type { ImportedRun } from './imported.js';
import { aggregate, NO_GIT, writeFileAtomic } from '../run/index.js';
import { shortHash } from '../hash.js';
import { summarizeTask } from './summarize.js';

/**
 * Writes an imported run as an evalwarden results folder: records.jsonl when the harness kept
 * per-item scores, summary.json, and run.json of kind `import`. The gate and the publisher take
 * it like a native run.
 */
export async function writeImportedRun(
  run: ImportedRun,
  dir: string,
  git?: GitProvenance,
): Promise<{ run: RunInfo; summary: Summary; records: EvalRecord[] }> {
  const records: EvalRecord[] = run.models.flatMap((model) =>
    model.items.map((item) => {
      const primary = model.tasks.find((t) => t.task === item.task)?.primary_metric;
      return {
        schema_version: SCHEMA_VERSION,
        run_id: run.run_id,
        model: model.model,
        task: item.task,
        item_id: item.item_id,
        item_hash: item.item_hash,
        sample: 0,
        category: item.category,
        cluster: null,
        prompt_hash: item.prompt_hash ?? '',
        output: item.output,
        reasoning: null,
        score: primary !== undefined && primary in item.scores ? item.scores[primary] : null,
        scores: item.scores,
        answer: item.answer,
        details: null,
        latency_ms: null,
        usage: null,
        cost: null,
        cached: false,
        error: null,
      } satisfies EvalRecord;
    }),
  );
  const models: ModelSummary[] = run.models.map((model) => {
    const tasks = model.tasks.map((task) =>
      summarizeTask(
        task,
        records.filter((r) => r.model === model.model),
      ),
    );
    return {
      model: model.model,
      role: model.role,
      step: model.step,
      served_model: model.served_model,
      params_hash: shortHash(null),
      tasks,
      aggregate: aggregate(tasks),
      tokens: { prompt: 0, completion: 0 },
      cost: 0,
    };
  });
  const summary: Summary = {
    schema_version: SCHEMA_VERSION,
    run_id: run.run_id,
    suite: run.suite,
    status: 'complete',
    models,
  };
  const info: RunInfo = {
    schema_version: SCHEMA_VERSION,
    run_id: run.run_id,
    suite: run.suite,
    kind: 'import',
    evalwarden_version: packageVersion(),
    config_hash: run.source.sha256.slice(0, 16),
    datasets: run.models[0].tasks.map((t) => ({
      task: t.task,
      path: run.source.path,
      sha256: run.source.sha256,
      items: t.n,
    })),
    models: run.models.map((m) => ({
      model: m.model,
      role: m.role,
      step: m.step,
      served_model: m.served_model,
      endpoint: `import:${run.source.format}`,
      endpoint_kind: run.source.format,
      revision: null,
      params: {},
    })),
    git: git ?? NO_GIT,
    shard: null,
    started_at: run.started_at,
    finished_at: run.finished_at,
    status: 'complete',
    stopped_reason: null,
    counts: { planned: records.length, done: records.length, errors: 0, requests: 0, cached: 0 },
  };
  await mkdir(dir, { recursive: true });
  // Each file whole or not at all (an import killed mid-write leaves the folder it found), and
  // records before summary.json before run.json: a folder with a new run.json is a whole import.
  // Without per-item data there is no records.jsonl, not even one left by an earlier import here.
  if (records.length > 0)
    await writeFileAtomic(join(dir, 'records.jsonl'), records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  else await rm(join(dir, 'records.jsonl'), { force: true });
  await writeFileAtomic(join(dir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  await writeFileAtomic(join(dir, 'run.json'), `${JSON.stringify(info, null, 2)}\n`);
  return { run: info, summary, records };
}
