import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, test, vi } from 'vitest';
import type { EvalRecord } from '../src/artifacts.js';
import { RecordWriter } from '../src/run/records-file.js';
import { tempProject } from './support/engine.js';

const record = (item: number): EvalRecord =>
  ({ item_id: `i${item}`, model: 'm', task: 't', sample: 0 }) as unknown as EvalRecord;

describe('the records file', () => {
  test('records that finish in one turn go to the file after it, in order; close awaits every write', async () => {
    await using project = await tempProject();
    const file = path.join(project.dir, 'records.jsonl');
    const writer = await RecordWriter.open(file, (text) => text);
    for (let i = 0; i < 3; i++) writer.write(record(i));
    // Read at once, in this turn: nothing is written yet.
    expect(readFileSync(file, 'utf8')).toBe('');
    await nextTurn();
    writer.write(record(3));
    await writer.close();
    expect(
      readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).item_id),
    ).toEqual(['i0', 'i1', 'i2', 'i3']);
  });

  test.skipIf(!existsSync('/dev/full'))(
    'a write the disk refuses stops the next write and the close with its error, not the process',
    async () => {
      const writer = await RecordWriter.open('/dev/full', (text) => text);
      writer.write(record(0));
      await vi.waitFor(() => expect(() => writer.write(record(1))).toThrow(/ENOSPC/));
      await expect(writer.close()).rejects.toThrow(/ENOSPC/);
    },
  );

  test('a records file that cannot be opened fails before the first record, naming the file', async () => {
    await using project = await tempProject();
    const file = path.join(project.dir, 'missing-folder', 'records.jsonl');
    await expect(RecordWriter.open(file, (text) => text)).rejects.toThrow(`cannot write ${file}: ENOENT`);
  });
});
