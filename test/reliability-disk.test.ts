import { existsSync } from 'node:fs';
import { readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { RecordWriter } from '../src/run/records-file.js';
import { startSim, type SimItem } from '../src/sim/index.js';
import {
  numericConfig,
  numericRows,
  readResults,
  runCli,
  tempProject,
  writeConfig,
  writeJsonl,
} from './support/engine.js';

/** Linux's /dev/full answers every write with ENOSPC: a full disk without filling one. */
const FULL = '/dev/full';
const noFullDevice = !existsSync(FULL);

function itemsOf(rows: { question: string; answer: string }[]): SimItem[] {
  return rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'numeric' }));
}

describe('a full disk or a killed process leaves a folder that works', () => {
  test.skipIf(noFullDevice)('a record that cannot be written for lack of space names its file', async () => {
    const writer = new RecordWriter(FULL, (text) => text);
    writer.write({ item_id: 'x' } as never);
    expect(() => writer.close()).toThrow(/cannot write \/dev\/full: ENOSPC/);
  });

  test.skipIf(noFullDevice)(
    'run.json that cannot be written for lack of space leaves the one before it whole, and the run fails naming it',
    async () => {
      await using project = await tempProject();
      const rows = numericRows(20);
      await writeJsonl(path.join(project.dir, 'data/math.jsonl'), rows);
      await using sim = await startSim({
        models: { 'sim-cand': { accuracy: 1 } },
        items: itemsOf(rows),
        latencyMs: 1,
      });
      await writeConfig(project.dir, numericConfig(sim.url));
      const first = await runCli(['run', '--suite', 'full', '--out', 'out'], { cwd: project.dir });
      expect(first.code, first.stderr).toBe(0);
      const out = path.join(project.dir, 'out');
      const before = await readFile(path.join(out, 'run.json'), 'utf8');
      // The next run's run.json lands on a full disk.
      await symlink(FULL, path.join(out, 'run.json.partial'));
      const second = await runCli(['run', '--suite', 'full', '--out', 'out', '--resume'], {
        cwd: project.dir,
      });
      expect(second.code).toBe(2);
      expect(second.stderr).toMatch(/cannot write .*run\.json: ENOSPC/);
      expect(second.stderr).toContain('the disk is full');
      expect(await readFile(path.join(out, 'run.json'), 'utf8')).toBe(before);
      expect(existsSync(path.join(out, 'run.json.partial'))).toBe(false);
    },
  );

  test('a cache folder that cannot be written is a warning: every item is scored from the server’s answer', async () => {
    await using project = await tempProject();
    const rows = numericRows(30);
    await writeJsonl(path.join(project.dir, 'data/math.jsonl'), rows);
    await using sim = await startSim({
      models: { 'sim-cand': { accuracy: 1 } },
      items: itemsOf(rows),
      latencyMs: 1,
    });
    // A file where the cache's folder should be: no mkdir under it can succeed, root or not.
    await writeFile(path.join(project.dir, 'blocker'), 'not a folder');
    await writeConfig(
      project.dir,
      numericConfig(sim.url, { run: { cache: { enabled: true, dir: 'blocker/cache' } } }),
    );
    const result = await runCli(['run', '--suite', 'full', '--out', 'out'], { cwd: project.dir });
    expect(result.code, result.stderr).toBe(0);
    const { records } = await readResults(path.join(project.dir, 'out'));
    expect(records.filter((r) => r.error !== null)).toEqual([]);
    expect(records.every((r) => r.score === 1)).toBe(true);
    const warnings = result.stderr.split('\n').filter((l) => l.startsWith('warning:'));
    expect(warnings, result.stderr).toHaveLength(1);
    expect(warnings[0]).toMatch(/warning: the response cache at .*blocker\/cache cannot be written/);
  });
});
