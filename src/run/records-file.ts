import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import readline from 'node:readline';
import type { EvalRecord } from '../artifacts.js';

/** Identity of a record: a later line with the same key replaces an earlier one (resume, re-score). */
export function recordKey(r: Pick<EvalRecord, 'model' | 'task' | 'item_id' | 'sample'>): string {
  return `${r.model}\u0000${r.task}\u0000${r.item_id}\u0000${r.sample}`;
}

/** Appends records as they finish, so a cancelled run keeps every one that finished. */
export class RecordWriter {
  readonly #stream: WriteStream;

  constructor(file: string) {
    this.#stream = createWriteStream(file, { flags: 'a' });
  }

  async write(record: EvalRecord): Promise<void> {
    if (!this.#stream.write(`${JSON.stringify(record)}\n`)) await once(this.#stream, 'drain');
  }

  async close(): Promise<void> {
    this.#stream.end();
    await once(this.#stream, 'finish');
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
  const partial = `${file}.partial`;
  await writeFile(partial, lines.length ? `${lines.join('\n')}\n` : '');
  await rename(partial, file);
}
