import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { EvalRecord, RunInfo, Summary } from '../artifacts.js';
import { loadConfig } from '../config/index.js';
import { DataError } from '../errors.js';
import { runEval, buildPlan, recordKey, writeRecordsFile } from '../run/index.js';
import { validatedRecords } from './validate-artifact.js';

export interface RecomputeInput {
  /** The artifact, already validated against the schemas. */
  artifactDir: string;
  /** This repository's config (the default branch's checkout): tasks, datasets, scorers. */
  configPath: string;
  env: Record<string, string | undefined>;
  signal: AbortSignal;
  log: (line: string) => void;
}

export interface Recomputed {
  /** A fresh results folder: the artifact's outputs, scored and summarised here. */
  dir: string;
  /** Records dropped because this config plans no such item, model or task. */
  dropped: number;
}

/**
 * Report mode's figures, none taken from the fork: the records' outputs are kept, every score,
 * item hash and prompt hash is thrown away, the outputs are scored again by this repository's
 * scorers against this repository's datasets, and summary.json is rebuilt over this config's
 * plan. The fork's summary.json is never read for a figure; an item the plan does not hold is
 * dropped, and a key twice is refused (which of the two would count?).
 */
export async function recomputeReport(input: RecomputeInput): Promise<Recomputed> {
  const claimed = JSON.parse(await readFile(path.join(input.artifactDir, 'summary.json'), 'utf8')) as Summary;
  const loaded = await loadConfig(input.configPath, { env: input.env });
  // By id only: a fork's artifact cannot name another served model or endpoint for this run.
  const models = [...new Set(claimed.models.map((m) => m.model))].map((id) => ({ id }));
  const plan = await buildPlan(loaded, {
    suite: claimed.suite,
    models,
    cacheDir: path.resolve(loaded.dir, loaded.config.run.cache.dir),
  });
  const planned = new Map<string, { hash: string; promptHash: string }>();
  for (const task of plan.tasks)
    for (const item of task.items)
      for (const model of plan.models)
        for (let sample = 0; sample < task.samples; sample++)
          planned.set(recordKey({ model: model.id, task: task.id, item_id: item.id, sample }), {
            hash: item.hash,
            promptHash: item.promptHash,
          });

  const file = path.join(input.artifactDir, 'records.jsonl');
  const kept = new Map<string, EvalRecord>();
  let dropped = 0;
  let line = 0;
  for await (const record of validatedRecords(file)) {
    line++;
    const key = recordKey(record);
    const plannedItem = planned.get(key);
    if (!plannedItem) {
      dropped++;
      continue;
    }
    if (kept.has(key))
      throw new DataError(
        { file, line },
        `${record.model} / ${record.task} / ${record.item_id} sample ${record.sample} appears twice`,
        { hint: 'a results folder holds one record per item and sample; this artifact was altered' },
      );
    kept.set(key, unscored(record, plannedItem));
  }
  if (dropped > 0)
    input.log(`report: ${dropped} records name an item, model or task this config does not plan: dropped`);

  const dir = await mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'evalwarden-recomputed-'));
  const info = JSON.parse(await readFile(path.join(input.artifactDir, 'run.json'), 'utf8')) as RunInfo;
  await writeFile(path.join(dir, 'run.json'), `${JSON.stringify(info, null, 2)}\n`);
  // The fork's own text, in a temporary folder: it never held this repository's keys.
  await writeRecordsFile(path.join(dir, 'records.jsonl'), kept.values(), (text) => text);
  await runEval({
    configPath: input.configPath,
    suite: claimed.suite,
    outDir: dir,
    models,
    cache: false,
    resume: false,
    phase: 'score',
    dryRun: false,
    env: input.env,
    git: info.git,
    signal: input.signal,
    log: input.log,
    // The fork's outputs: scored under the per-item deadline (run.score_timeout_ms).
    untrustedOutputs: true,
  });
  return { dir, dropped };
}

/** The record as the model answered it, before any scoring, with this repository's hashes. */
function unscored(record: EvalRecord, item: { hash: string; promptHash: string }): EvalRecord {
  const failedCall = record.output === null;
  return {
    ...record,
    item_hash: item.hash,
    prompt_hash: item.promptHash,
    score: null,
    scores: {},
    weights: undefined,
    answer: null,
    details: null,
    cached: false,
    // A call that failed stays failed; a scoring or judge error is redone here.
    error: failedCall ? (record.error ?? { kind: 'unknown', message: 'no output' }) : null,
  };
}
