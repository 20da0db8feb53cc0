import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { EvalRecord } from '../artifacts.js';
import { artifactValidators } from '../artifact-schemas.js';
import { DataError, EvalwardenError } from '../errors.js';
import { readRecords } from '../run/index.js';

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
 * The records of an untrusted artifact through the one strict records reader (each line checked
 * against the record schema, the first bad one a DataError at file:line; nothing skipped), with
 * a bound on how many an upload may hold.
 */
export async function* validatedRecords(file: string): AsyncGenerator<EvalRecord> {
  let count = 0;
  for await (const record of readRecords(file)) {
    if (++count > MAX_RECORDS) throw new DataError({ file }, `more than ${MAX_RECORDS} records`);
    yield record;
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
