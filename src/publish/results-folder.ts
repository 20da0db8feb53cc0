import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EvalRecord, RunInfo, Summary } from '../artifacts.js';
import { EvalwardenError } from '../errors.js';
import { readRecords } from '../run/index.js';

/** A results folder as the engine (or an import) leaves it. */
export interface ResultsFolder {
  run: RunInfo;
  summary: Summary;
  /** Records by model; empty when the folder has no records.jsonl. */
  records: Map<string, EvalRecord[]>;
}

/** Reads run.json, summary.json and (when present) records.jsonl of a results folder. */
export async function readResultsFolder(dir: string): Promise<ResultsFolder> {
  const run = await readJsonFile<RunInfo>(join(dir, 'run.json'));
  const summary = await readJsonFile<Summary>(join(dir, 'summary.json'));
  if (run.run_id !== summary.run_id) {
    throw new EvalwardenError(
      `${dir}: run.json is run ${run.run_id} but summary.json is run ${summary.run_id}.`,
      {
        hint: 'A results folder holds the artifacts of one run; merge shards with `evalwarden merge` first.',
      },
    );
  }
  return { run, summary, records: await readRecordsByModel(join(dir, 'records.jsonl')) };
}

async function readJsonFile<T>(file: string): Promise<T> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new EvalwardenError(`Cannot read ${file}.`, {
      hint: 'Pass --results the folder an `evalwarden run` or `evalwarden import` wrote.',
      cause: error,
    });
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new EvalwardenError(`${file} is not valid JSON.`, { cause: error });
  }
}

async function readRecordsByModel(file: string): Promise<Map<string, EvalRecord[]>> {
  const byModel = new Map<string, EvalRecord[]>();
  if (!existsSync(file)) return byModel;
  for await (const record of readRecords(file)) {
    const list = byModel.get(record.model) ?? [];
    list.push(record);
    byModel.set(record.model, list);
  }
  return byModel;
}
