import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunInfo, Summary } from '../artifacts.js';
import { DataError, EvalwardenError } from '../errors.js';
import { readRecordsArray } from '../run/index.js';
import type { RunArtifacts } from './compare.js';
import type { PromotedBaseline, RunRow } from './select.js';

/**
 * The gate's only I/O: reading a results folder and a folder in the published layout
 * (docs/data-protocol.md). Everything it returns goes to the pure comparison.
 */

/** A results folder holds summary.json and records.jsonl (run.json when the engine wrote it). */
export function isResultsFolder(dir: string): boolean {
  return existsSync(join(dir, 'summary.json'));
}

export async function readResultsFolder(dir: string): Promise<RunArtifacts> {
  if (!isResultsFolder(dir)) {
    throw new EvalwardenError(`${dir}: not a results folder (no summary.json)`, {
      hint: 'point at the folder `evalwarden run` wrote (it holds summary.json and records.jsonl)',
    });
  }
  return readRunFiles(dir);
}

async function readRunFiles(dir: string): Promise<RunArtifacts> {
  const summary = await readJson<Summary>(join(dir, 'summary.json'));
  if (!Array.isArray(summary.models) || typeof summary.suite !== 'string') {
    throw new DataError(
      { file: join(dir, 'summary.json') },
      'not an evalwarden summary (no models or suite)',
    );
  }
  const plain = join(dir, 'records.jsonl');
  const gz = join(dir, 'records.jsonl.gz');
  const recordsFile = existsSync(plain) ? plain : existsSync(gz) ? gz : null;
  const runFile = join(dir, 'run.json');
  const run = existsSync(runFile) ? await readJson<RunInfo>(runFile) : null;
  // Imports from harnesses that report aggregates only have no records: compared on their summaries.
  if (!recordsFile && run?.kind !== 'import') {
    throw new DataError({ file: plain }, 'no records.jsonl (or records.jsonl.gz) next to summary.json', {
      hint: 'the gate pairs items from the records; copy the whole results folder',
    });
  }
  const records = recordsFile ? await readRecordsArray(recordsFile) : [];
  return { summary, records, run };
}

/** The `data` folder of a pages checkout (or the folder itself when it is one); null when neither. */
export function findDataDir(dir: string): string | null {
  for (const candidate of [join(dir, 'data'), dir]) {
    if (existsSync(join(candidate, 'index.json')) || existsSync(join(candidate, 'baselines.json')))
      return candidate;
  }
  return null;
}

export interface PagesIndex {
  dataDir: string;
  default_branch: string | null;
  rows: RunRow[];
  promoted: PromotedBaseline[];
}

/** data/index.json, every month index it lists, and data/baselines.json when present. */
export async function readPagesIndex(dataDir: string): Promise<PagesIndex> {
  const indexFile = join(dataDir, 'index.json');
  const index = existsSync(indexFile)
    ? await readJson<{ default_branch?: string; months?: string[] }>(indexFile)
    : {};
  const rows: RunRow[] = [];
  for (const month of index.months ?? []) {
    if (!/^\d{4}-\d{2}$/.test(month))
      throw new DataError({ file: indexFile, path: 'months' }, `"${month}" is not a yyyy-mm month`);
    const monthFile = join(dataDir, 'index', `${month}.json`);
    if (!existsSync(monthFile)) continue;
    const shard = await readJson<{ runs?: RunRow[] }>(monthFile);
    rows.push(...(shard.runs ?? []));
  }
  const baselinesFile = join(dataDir, 'baselines.json');
  const promoted = existsSync(baselinesFile)
    ? ((await readJson<{ baselines?: PromotedBaseline[] }>(baselinesFile)).baselines ?? [])
    : [];
  return { dataDir, default_branch: index.default_branch ?? null, rows, promoted };
}

/** A published run's summary.json, records.jsonl.gz and run.json. */
export async function readPublishedRun(dataDir: string, path: string): Promise<RunArtifacts> {
  // Paths come from published JSON, which anyone with push access to the pages branch can write:
  // only `runs/<month>/<id>` built from safe segments is read, so nothing escapes data/.
  if (!/^runs\/[A-Za-z0-9_-][A-Za-z0-9._-]*\/[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(path)) {
    throw new DataError(
      { file: join(dataDir, 'index') },
      `run path "${path}" is not of the form runs/<month>/<id>`,
    );
  }
  const dir = join(dataDir, path);
  if (!existsSync(join(dir, 'summary.json'))) {
    throw new DataError({ file: join(dir, 'summary.json') }, 'published run has no summary.json', {
      hint: 'the pages checkout may be shallow or partial; fetch the whole gh-pages branch',
    });
  }
  return readRunFiles(dir);
}

async function readJson<T>(file: string): Promise<T> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new DataError({ file }, 'cannot be read', { cause });
  }
  try {
    return JSON.parse(text) as T;
  } catch (cause) {
    throw new DataError({ file }, `not valid JSON: ${(cause as Error).message}`, { cause });
  }
}
