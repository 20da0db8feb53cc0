import { cp, readFile, writeFile, appendFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateResultsFolder } from '../src/action/validate-artifact.js';
import { startSim } from '../src/sim/index.js';
import {
  numericConfig,
  numericRows,
  readResults,
  runCli,
  tempProject,
  writeConfig,
  writeJsonl,
} from './support/engine.js';

/** A project with one finished 30-item run in `out/` (and a copy as `base/`). */
async function projectWithRun() {
  const project = await tempProject();
  const rows = numericRows(30);
  await writeJsonl(path.join(project.dir, 'data/math.jsonl'), rows);
  const sim = await startSim({
    models: { 'sim-cand': { accuracy: 0.8 } },
    items: rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'numeric' })),
    latencyMs: 1,
  });
  await writeConfig(project.dir, numericConfig(sim.url));
  const run = await runCli(['run', '--suite', 'full', '--out', 'out'], { cwd: project.dir });
  expect(run.code, run.stderr).toBe(0);
  await cp(path.join(project.dir, 'out'), path.join(project.dir, 'base'), { recursive: true });
  return {
    dir: project.dir,
    sim,
    records: path.join(project.dir, 'out', 'records.jsonl'),
    async [Symbol.asyncDispose]() {
      await sim[Symbol.asyncDispose]();
      await project[Symbol.asyncDispose]();
    },
  };
}

/** Replaces line `n` (1-based) of a file. */
async function replaceLine(file: string, n: number, text: string): Promise<void> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  lines[n - 1] = text;
  await writeFile(file, lines.join('\n'));
}

describe('one strict records reader', () => {
  test('a corrupt line in the middle of records.jsonl stops compare, publish, merge, --only-score and a fork artifact check at file:line', async () => {
    await using project = await projectWithRun();
    await replaceLine(project.records, 7, '{"schema_version": 1, "model": "cand", "tas');
    const where = `${path.join('out', 'records.jsonl')}:7`;
    const commands = [
      ['compare', '--baseline', 'base', '--candidate', 'out'],
      ['publish', '--results', 'out', '--pages-dir', 'pages'],
      ['merge', '--out', 'merged', 'out'],
      ['run', '--suite', 'full', '--out', 'out', '--only-score'],
    ];
    for (const args of commands) {
      const result = await runCli(args, { cwd: project.dir });
      expect(result.code, `${args[0]}: ${result.stderr}`).toBe(2);
      expect(result.stderr, args[0]).toContain(where);
    }
    await expect(validateResultsFolder(path.join(project.dir, 'out'))).rejects.toThrow(/records\.jsonl:7 /);
  });

  test('a line that is JSON but not a record (a forged score) is refused at its line', async () => {
    await using project = await projectWithRun();
    const lines = (await readFile(project.records, 'utf8')).split('\n');
    const forged = { ...JSON.parse(lines[2]), score: 'perfect' };
    await replaceLine(project.records, 3, JSON.stringify(forged));
    const result = await runCli(['compare', '--baseline', 'base', '--candidate', 'out'], {
      cwd: project.dir,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/records\.jsonl:3 not an evalwarden record: \/score/);
  });

  test('--resume cuts a torn last line, says so, and leaves a folder every command reads', async () => {
    await using project = await projectWithRun();
    const lines = (await readFile(project.records, 'utf8')).split('\n').filter(Boolean);
    // A process killed mid-write: the last five records lost, half of the next one on disk.
    await writeFile(project.records, `${lines.slice(0, 25).join('\n')}\n${lines[25].slice(0, 40)}`);
    const resumed = await runCli(['run', '--suite', 'full', '--out', 'out', '--resume'], {
      cwd: project.dir,
    });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(/records\.jsonl:26: cut a torn last line \(40 bytes/);
    const { records, summary } = await readResults(path.join(project.dir, 'out'));
    expect(records).toHaveLength(30);
    expect(summary.models[0].tasks[0].n).toBe(30);
    const compared = await runCli(['compare', '--baseline', 'base', '--candidate', 'out'], {
      cwd: project.dir,
    });
    expect(compared.code, compared.stderr).toBe(0);
    const published = await runCli(['publish', '--results', 'out', '--pages-dir', 'pages'], {
      cwd: project.dir,
    });
    expect(published.code, published.stderr).toBe(0);
  });

  test('--resume is lenient with the last line only: a bad line before it is still an error', async () => {
    await using project = await projectWithRun();
    await replaceLine(project.records, 4, 'not json');
    await appendFile(project.records, '{"half');
    const resumed = await runCli(['run', '--suite', 'full', '--out', 'out', '--resume'], {
      cwd: project.dir,
    });
    expect(resumed.code).toBe(2);
    expect(resumed.stderr).toContain(`${path.join('out', 'records.jsonl')}:4`);
  });
});
