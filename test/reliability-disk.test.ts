import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, open, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { RecordWriter } from '../src/run/records-file.js';
import { startSim, type SimItem } from '../src/sim/index.js';
import { buildAction } from './support/action-harness.js';
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
    const writer = await RecordWriter.open(FULL, (text) => text);
    writer.write({ item_id: 'x' } as never);
    await expect(writer.close()).rejects.toThrow(/cannot write \/dev\/full: ENOSPC/);
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

  describe('a disk that blocks (records.jsonl a pipe no one reads: a hung network disk)', () => {
    let cli: string;
    beforeAll(() => {
      cli = buildAction('reliability-disk').cli;
    });

    /**
     * Starts `evalwarden run --resume` (which keeps records.jsonl) as its own process with
     * records.jsonl a FIFO, and makes the FIFO a file whose writes block: the run reads it first
     * (it is handed an empty file), then it opens it for appending, and the test holds the read
     * end open without reading, so the run's writes stop once the pipe's 64 KB buffer is full.
     */
    async function runOnBlockedDisk(project: { dir: string }, rows: number) {
      const data = numericRows(rows);
      await writeJsonl(path.join(project.dir, 'data/math.jsonl'), data);
      const sim = await startSim({
        models: { 'sim-cand': { accuracy: 1 } },
        items: itemsOf(data),
        latencyMs: 10,
        capacity: 4,
      });
      await writeConfig(
        project.dir,
        numericConfig(sim.url, { run: { concurrency: 4, cache: { enabled: false } } }),
      );
      const out = path.join(project.dir, 'out');
      await mkdir(out);
      const fifo = path.join(out, 'records.jsonl');
      execFileSync('mkfifo', [fifo]);
      const child = spawn(process.execPath, [cli, 'run', '--suite', 'full', '--out', 'out', '--resume'], {
        cwd: project.dir,
        env: { PATH: process.env.PATH },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.on('exit', (code, signal) => resolve({ code, signal })),
      );
      // The resumed run reads the records first: an empty file (a writer that closes at once).
      await (await open(fifo, 'w')).close();
      // Then it appends: the read end, held and not read.
      const reader = await open(fifo, 'r');
      // Far more records than the pipe holds (about 120): the writes block. (Where a blocked write
      // stalls the whole process, the count stops near 120: the test goes on after 5 s.)
      for (const started = performance.now(); sim.counters.chat < 400 && performance.now() - started < 5000; )
        await sleep(20);
      return {
        sim,
        child,
        exited,
        reader,
        stderr: () => stderr,
        /** Reads the pipe to its end (the run's close), as a disk that wakes up. */
        drain: async () => (await reader.readFile('utf8')).split('\n').filter(Boolean),
        [Symbol.asyncDispose]: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
          await reader.close();
          await sim.close();
        },
      };
    }

    test('a SIGTERM stops a run whose record writes block at once: no request more, and every finished record reaches the disk once it wakes', async () => {
      await using project = await tempProject();
      await using run = await runOnBlockedDisk(project, 2000);
      run.child.kill('SIGTERM');
      await vi.waitFor(() => expect(run.stderr()).toContain('SIGTERM: stopping'), { timeout: 2000 });
      // Requests in flight end (cut or answered); none starts after them.
      await sleep(300);
      const after = run.sim.counters.chat;
      await sleep(1000);
      expect(run.sim.counters.chat).toBe(after);
      expect(after).toBeLessThan(2000);
      const lines = await run.drain();
      expect(await run.exited).toEqual({ code: 130, signal: null });
      const records = lines.map((line) => JSON.parse(line) as { item_id: string; error: unknown });
      const summary = JSON.parse(await readFile(path.join(project.dir, 'out/summary.json'), 'utf8'));
      expect(summary.status).toBe('partial');
      // Every record that finished, once each: far more than the pipe held when it blocked.
      expect(new Set(records.map((r) => r.item_id)).size).toBe(records.length);
      expect(records.length).toBe(summary.models[0].tasks[0].n);
      expect(records.length).toBeGreaterThan(after - 8);
      expect(after).toBeGreaterThanOrEqual(400);
      expect(lines.join('\n').length).toBeGreaterThan(2 * 65_536);
    }, 30_000);

    test('a second SIGTERM quits at once while the writes still block', async () => {
      await using project = await tempProject();
      await using run = await runOnBlockedDisk(project, 2000);
      run.child.kill('SIGTERM');
      await vi.waitFor(() => expect(run.stderr()).toContain('SIGTERM: stopping'), { timeout: 2000 });
      run.child.kill('SIGTERM');
      const quit = await Promise.race([run.exited, sleep(2000).then(() => 'still running')]);
      expect(quit).toEqual({ code: null, signal: 'SIGTERM' });
    }, 30_000);
  });
});
