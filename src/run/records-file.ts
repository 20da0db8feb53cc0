import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';
import readline from 'node:readline';
import type { EvalRecord } from '../artifacts.js';
import { writeError, writeFileAtomic } from './atomic-write.js';

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
 * write per record would cost a thread-pool round trip each, thousands a run.
 */
export class RecordWriter {
  readonly #fd: number;
  readonly #file: string;
  #pending: string[] = [];
  #scheduled = false;
  /** A failed write (a full disk): the next write or the close throws it, so the run stops. */
  #failure: unknown;

  constructor(file: string) {
    this.#file = file;
    this.#fd = openSync(file, 'a');
  }

  write(record: EvalRecord): void {
    if (this.#failure) throw this.#failure;
    this.#pending.push(`${JSON.stringify(record)}\n`);
    if (!this.#scheduled) {
      this.#scheduled = true;
      setImmediate(() => this.#flush());
    }
  }

  close(): void {
    this.#flush();
    closeSync(this.#fd);
    if (this.#failure) throw this.#failure;
  }

  #flush(): void {
    this.#scheduled = false;
    if (this.#pending.length === 0 || this.#failure) return;
    const bytes = Buffer.from(this.#pending.join(''));
    this.#pending = [];
    try {
      // A write may take less than it was given: the rest follows.
      for (let written = 0; written < bytes.length; ) written += writeSync(this.#fd, bytes, written);
    } catch (error) {
      this.#failure = writeError(this.#file, error);
    }
  }
}

/** Every record of a file in order; a torn last line (a killed process) is skipped. */
export async function* readRecords(file: string): AsyncGenerator<EvalRecord> {
  const stream = createReadStream(file, { encoding: 'utf8' });
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      if (line.trim() === '') continue;
      try {
        yield JSON.parse(line) as EvalRecord;
      } catch {
        // A line cut short by a kill: the item is redone on resume.
      }
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** The latest record of each key. */
export async function latestRecords(file: string): Promise<Map<string, EvalRecord>> {
  const latest = new Map<string, EvalRecord>();
  for await (const record of readRecords(file)) latest.set(recordKey(record), record);
  return latest;
}

/** Rewrites a records file in one step (re-scoring, merging shards). */
export async function writeRecordsFile(file: string, records: Iterable<EvalRecord>): Promise<void> {
  const lines: string[] = [];
  for (const record of records) lines.push(JSON.stringify(record));
  await writeFileAtomic(file, lines.length ? `${lines.join('\n')}\n` : '');
}
