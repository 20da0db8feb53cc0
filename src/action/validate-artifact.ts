import { createReadStream, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';
import type { EvalRecord } from '../artifacts.js';
import { artifactValidators } from '../artifact-schemas.js';
import { DataError, EvalwardenError } from '../errors.js';

/** Most records a report-mode artifact may hold: a bound on what an untrusted upload can cost us. */
const MAX_RECORDS = 2_000_000;

/**
 * `mode: report`: the results folder is an artifact a fork's `pull_request` job uploaded, so it
 * was written by code nobody reviewed. Every file is checked against its schema before the gate
 * reads it; anything else in the folder is ignored.
 */
export async function validateResultsFolder(dir: string): Promise<void> {
  for (const name of ['summary.json', 'run.json', 'records.jsonl']) {
    if (!existsSync(path.join(dir, name))) {
      throw new EvalwardenError(`${dir}: no ${name} in the results artifact`, {
        hint: 'upload the whole results folder (results-dir) from the pull_request job',
      });
    }
  }
  await checkJson(path.join(dir, 'summary.json'), artifactValidators.summary());
  await checkJson(path.join(dir, 'run.json'), artifactValidators.run());
  for await (const _ of validatedRecords(path.join(dir, 'records.jsonl'))) {
    // Each line is checked as it is read.
  }
}

/**
 * The records of an untrusted artifact, each checked as it is read: a line that is not JSON or
 * not a record stops everything with file:line. Nothing is skipped: a lenient reader would let
 * a forged file drop the lines that hurt it.
 */
export async function* validatedRecords(file: string): AsyncGenerator<EvalRecord> {
  const validate = artifactValidators.record();
  const lines = readline.createInterface({
    input: createReadStream(file, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  let line = 0;
  let count = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    if (++count > MAX_RECORDS) throw new DataError({ file, line }, `more than ${MAX_RECORDS} records`);
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch {
      throw new DataError({ file, line }, 'not valid JSON', {
        hint: 'upload the results folder exactly as the run wrote it',
      });
    }
    if (!validate(record))
      throw new DataError(
        { file, line },
        `not an evalwarden record: ${validate.errors?.[0]?.instancePath ?? ''} ${validate.errors?.[0]?.message ?? ''}`.trim(),
      );
    yield record as EvalRecord;
  }
}

async function checkJson(
  file: string,
  validate: ReturnType<typeof artifactValidators.summary> | ReturnType<typeof artifactValidators.run>,
): Promise<void> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (cause) {
    throw new DataError({ file }, 'not valid JSON', { cause });
  }
  if (!validate(value)) {
    const first = validate.errors?.[0];
    throw new DataError(
      { file, path: first?.instancePath || undefined },
      `does not match its schema: ${first?.message ?? 'invalid'}`,
    );
  }
}
