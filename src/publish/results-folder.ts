import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { EvalRecord, RunInfo, Summary } from '../artifacts.js';
import { EvalwardenError } from '../errors.js';

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
  return { run, summary, records: await readRecords(join(dir, 'records.jsonl')) };
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

async function readRecords(file: string): Promise<Map<string, EvalRecord[]>> {
  const byModel = new Map<string, EvalRecord[]>();
  if (
    !(await stat(file).then(
      (s) => s.isFile(),
      () => false,
    ))
  )
    return byModel;
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let record: EvalRecord;
    try {
      record = JSON.parse(line) as EvalRecord;
    } catch (error) {
      // A run cut short can leave half a last line; anything else is a broken file.
      throw new EvalwardenError(`${file}:${n} is not valid JSON.`, { cause: error });
    }
    const list = byModel.get(record.model) ?? [];
    list.push(record);
    byModel.set(record.model, list);
  }
  return byModel;
}
