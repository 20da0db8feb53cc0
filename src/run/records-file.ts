import { type FileHandle, open, stat, truncate } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { artifactValidators } from '../artifact-schemas.js';
import type { EvalRecord } from '../artifacts.js';
import { DataError } from '../errors.js';
import { writeError, writeFileAtomic } from './atomic-write.js';
import type { Scrub } from '../model/index.js';

/**
 * Identity of a record: a later line with the same key replaces an earlier one (resume, re-score).
 * Joined rather than concatenated: a run holds one key per unit, and a concatenation is a tree
 * of string pieces until something flattens it.
 */
export function recordKey(r: Pick<EvalRecord, 'model' | 'task' | 'item_id' | 'sample'>): string {
  return [r.model, r.task, r.item_id, r.sample].join('\u0000');
}

/**
 * Appends records as they finish, so a cancelled run keeps every one that finished. The records
 * that finish in one turn of the event loop go to the file in one write at the end of it: a
 * write per record would cost a thread-pool round trip each, thousands a run. Writes are
 * asynchronous (the file is under the user's `--out`, which may be a slow or hung disk: a
 * synchronous write there would keep even SIGTERM's handler from running) and chained, so the
 * lines keep their order.
 */
export class RecordWriter {
  readonly #handle: FileHandle;
  readonly #file: string;
  readonly #scrub: Scrub;
  #pending: string[] = [];
  #scheduled = false;
  /** Every write so far, chained: each starts when the one before it has ended. */
  #written: Promise<void> = Promise.resolve();
  /** A write is chained and not started yet: lines pending now go in it. */
  #queued = false;
  /** A failed write (a full disk): the next write or the close throws it, so the run stops. */
  #failure: unknown;

  private constructor(handle: FileHandle, file: string, scrub: Scrub) {
    this.#handle = handle;
    this.#file = file;
    this.#scrub = scrub;
  }

  /**
   * Opens `file` for appending: a file that cannot be opened fails here, before any request.
   * `scrub` sees every line before it is written: no secret reaches the file.
   */
  static async open(file: string, scrub: Scrub): Promise<RecordWriter> {
    try {
      return new RecordWriter(await open(file, 'a'), file, scrub);
    } catch (error) {
      throw writeError(file, error);
    }
  }

  write(record: EvalRecord): void {
    if (this.#failure) throw this.#failure;
    this.#pending.push(`${this.#scrub(JSON.stringify(record))}\n`);
    if (!this.#scheduled) {
      this.#scheduled = true;
      setImmediate(() => this.#flush());
    }
  }

  /** Writes what is pending, waits for every write, closes the file; throws a failed write's error. */
  async close(): Promise<void> {
    this.#flush();
    await this.#written;
    await this.#handle.close().catch((error: unknown) => {
      // Some file systems (NFS) report a failed write only when the file is closed.
      this.#failure ??= writeError(this.#file, error);
    });
    if (this.#failure) throw this.#failure;
  }

  #flush(): void {
    this.#scheduled = false;
    if (this.#pending.length === 0 || this.#queued) return;
    this.#queued = true;
    this.#written = this.#written.then(() => this.#append());
  }

  /** Writes every line pending when it starts: the turns that finished during a slow write go in one. */
  async #append(): Promise<void> {
    this.#queued = false;
    const bytes = Buffer.from(this.#pending.join(''));
    this.#pending = [];
    if (this.#failure) return;
    try {
      // A write may take less than it was given: the rest follows.
      for (let written = 0; written < bytes.length; )
        written += (await this.#handle.write(bytes, written)).bytesWritten;
    } catch (error) {
      this.#failure = writeError(this.#file, error);
    }
  }
}

export interface ReadRecordsOptions {
  /**
   * `strict` (the default): a missing file, or any line that is not a record, is a DataError at
   * file:line. `resume`: a missing file is an empty run, and a last line with no newline after it
   * (a process killed mid-write) is skipped and reported to `onTornLine`; any other bad line is
   * still an error. Only `--resume` reads leniently: everything else reads strictly.
   * @default 'strict'
   */
  mode?: 'strict' | 'resume';
  /** Called with the torn last line's number and length in bytes, so the caller can cut it. */
  onTornLine?: (torn: { line: number; bytes: number }) => void;
}

/**
 * Every record of a records file (`records.jsonl`, or `records.jsonl.gz` as published), in order,
 * each checked against `schemas/record.schema.json`: the one reader of records, for the engine's
 * own files, shards, baselines and untrusted fork artifacts alike.
 */
export async function* readRecords(
  file: string,
  options: ReadRecordsOptions = {},
): AsyncGenerator<EvalRecord> {
  const resume = options.mode === 'resume';
  let input: Readable;
  try {
    input = await openRecords(file);
  } catch (error) {
    if (resume && (error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new DataError({ file }, 'cannot read the records file', {
      hint: 'point at a results folder written by `evalwarden run`',
      cause: error,
    });
  }
  const validate = artifactValidators.record();
  let line = 0;
  let rest = '';
  for await (const chunk of input as AsyncIterable<string>) {
    const rows = (rest + chunk).split('\n');
    rest = rows.pop() ?? '';
    for (const row of rows) {
      line++;
      const record = parseRecord(row, file, line, validate);
      if (record) yield record;
    }
  }
  if (rest === '') return;
  line++;
  if (resume) {
    options.onTornLine?.({ line, bytes: Buffer.byteLength(rest) });
    return;
  }
  const record = parseRecord(rest, file, line, validate);
  if (record) yield record;
}

/**
 * Cuts a torn last line off a records file before a resumed run appends to it: appended as it is,
 * the next record would share its line and make the file unreadable.
 */
export async function cutTornLine(
  file: string,
  torn: { line: number; bytes: number },
  log: (line: string) => void,
): Promise<void> {
  const { size } = await stat(file);
  await truncate(file, size - torn.bytes);
  log(
    `${file}:${torn.line}: cut a torn last line (${torn.bytes} bytes, a run stopped mid-write); its item is redone`,
  );
}

/** All records of a file, strictly. */
export async function readRecordsArray(file: string): Promise<EvalRecord[]> {
  const records: EvalRecord[] = [];
  for await (const record of readRecords(file)) records.push(record);
  return records;
}

async function openRecords(file: string): Promise<Readable> {
  // Opened first so that a missing file fails here, not inside the loop.
  const handle = await open(file, 'r');
  const raw = handle.createReadStream();
  const stream = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  if (stream !== raw) raw.on('error', (error) => stream.destroy(error));
  return stream.setEncoding('utf8');
}

function parseRecord(
  row: string,
  file: string,
  line: number,
  validate: ReturnType<typeof artifactValidators.record>,
): EvalRecord | null {
  if (row.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(row);
  } catch (cause) {
    throw new DataError({ file, line }, 'not valid JSON', {
      hint: 'a killed run leaves a torn last line: `evalwarden run --resume` cuts it and redoes the item',
      cause,
    });
  }
  if (!validate(value)) {
    const first = validate.errors?.[0];
    throw new DataError(
      { file, line },
      `not an evalwarden record: ${`${first?.instancePath ?? ''} ${first?.message ?? ''}`.trim()}`,
    );
  }
  return value;
}

/** The latest record of each key. */
export async function latestRecords(file: string): Promise<Map<string, EvalRecord>> {
  const latest = new Map<string, EvalRecord>();
  for await (const record of readRecords(file)) latest.set(recordKey(record), record);
  return latest;
}

/** Rewrites a records file in one step (re-scoring, merging shards). */
export async function writeRecordsFile(
  file: string,
  records: Iterable<EvalRecord>,
  scrub: Scrub,
): Promise<void> {
  const lines: string[] = [];
  for (const record of records) lines.push(scrub(JSON.stringify(record)));
  await writeFileAtomic(file, lines.length ? `${lines.join('\n')}\n` : '');
}
