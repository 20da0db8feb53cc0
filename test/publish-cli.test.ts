import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandIO } from '../src/cli/command.js';
import { importCmd } from '../src/cli/commands/import.js';
import { promote } from '../src/cli/commands/promote.js';
import { publish } from '../src/cli/commands/publish.js';
import { verifySite, type Baselines } from '../src/publish/index.js';
import { writeResultsFolder } from './support/results-folder.js';

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function io(env: Record<string, string> = {}) {
  const cwd = await mkdtemp(join(tmpdir(), 'ew-cli-'));
  temps.push(cwd);
  const out: string[] = [];
  const err: string[] = [];
  const value: CommandIO = {
    stdout: (l) => out.push(l),
    stderr: (l) => err.push(l),
    cwd,
    env,
    signal: new AbortController().signal,
  };
  return { io: value, out, err, cwd };
}

describe('the publish, promote and import commands', () => {
  it('import, publish with the comparison compare left beside the results, then promote by hand', async () => {
    const { io: cli, out, cwd } = await io();
    const fixture = join(import.meta.dirname, 'fixtures/import/lm-eval/base');
    expect(await importCmd(['lm-eval', fixture, '--out', 'imported'], cli)).toBe(0);
    expect(out.pop()).toMatch(
      /^imported: run lm-eval-[0-9a-f]{12}, EleutherAI__pythia-160m, 4 task\(s\), 70 per-item record\(s\)$/,
    );

    const results = await writeResultsFolder(join(cwd, 'results'), { runId: 'nightly' });
    await writeFile(
      join(results.dir, 'comparison.json'),
      JSON.stringify({ models: [{ model: 'cand', gating: 'full', verdict: 'pass', tasks: [] }] }),
    );
    expect(await publish(['--results', 'results', '--pages-dir', 'site'], cli)).toBe(0);
    expect(out).toContain('published nightly--cand → data/runs/2026-11/nightly--cand (pass)');
    expect(out).toContain('baseline of main · cand · full is now nightly--cand');
    expect(await publish(['--results', 'imported', '--pages-dir', 'site'], cli)).toBe(0);

    const imported = out.find((l) => l.startsWith('published lm-eval-'))!.split(' ')[1];
    // Imported outside a git checkout, the run has no branch: it cannot be a branch's baseline.
    await expect(promote([imported, '--pages-dir', 'site'], cli)).rejects.toThrow(/has no branch/);
    expect(await promote(['nightly--cand', '--pages-dir', 'site', '--reason', 'known good'], cli)).toBe(0);
    const baselines = JSON.parse(await readFile(join(cwd, 'site/data/baselines.json'), 'utf8')) as Baselines;
    expect(baselines.baselines.map((b) => [b.run_id, b.by, b.reason])).toEqual([
      ['nightly--cand', 'manual', 'known good'],
    ]);
    expect((await verifySite(join(cwd, 'site'))).problems).toEqual([]);
  });

  it('a folder of checkpoint scores imports to one folder per step, published in one command', async () => {
    const { io: cli, out } = await io();
    const fixture = join(import.meta.dirname, 'fixtures/import/scores-yaml/my-llm');
    expect(await importCmd(['scores-yaml', fixture, '--out', 'ckpts'], cli)).toBe(0);
    const folders = out.splice(0).map((l) => l.split(':')[0]);
    expect(folders).toHaveLength(3);
    expect(await publish([...folders.flatMap((f) => ['--results', f]), '--pages-dir', 'site'], cli)).toBe(0);
    expect(out.filter((l) => l.startsWith('published scores-my-llm-step-'))).toHaveLength(3);
  });

  it('publish without a place to publish says what to pass', async () => {
    const { io: cli } = await io();
    await expect(publish(['--results', 'x'], cli)).rejects.toThrow(/--remote.*--pages-dir|Cannot read/);
  });
});
