import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../src/cli/commands/compare.js';
import type { CommandIO } from '../src/cli/command.js';
import type { Comparison } from '../src/gate/comparison.js';
import { EvalwardenError } from '../src/errors.js';
import { buildRun, flip, scores, writeRun } from './fixtures/gate/build.js';

let dir: string;
const base200 = scores(200, 160);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'evalwarden-compare-'));
  const five = (first: number[]) => [
    { task: 't0', scores: first },
    ...['t1', 't2', 't3', 't4'].map((task) => ({ task, scores: base200 })),
  ];
  await writeRun(
    join(dir, 'base'),
    buildRun({ run_id: 'base', models: [{ model: 'base', tasks: five(base200) }] }),
  );
  await writeRun(
    join(dir, 'same'),
    buildRun({ run_id: 'same', models: [{ model: 'cand', tasks: five(base200) }] }),
  );
  await writeRun(
    join(dir, 'drop'),
    buildRun({ run_id: 'drop', models: [{ model: 'cand', tasks: five(flip(base200, 26, 6)) }] }),
  );
  // 12 worse / 3 better: significant alone (p = 0.0176), not after Holm over 5 tasks.
  await writeRun(
    join(dir, 'moderate'),
    buildRun({ run_id: 'moderate', models: [{ model: 'cand', tasks: five(flip(base200, 12, 3)) }] }),
  );
  await writeFile(
    join(dir, 'evalwarden.yml'),
    [
      'version: 1',
      'models:',
      '  - { id: cand, base_url: "http://127.0.0.1:8000/v1", model: m }',
      'tasks:',
      '  - { id: t0, dataset: { path: t0.jsonl }, scorer: exact, gate: { critical: true } }',
      'gate:',
      '  fail_on: [error]',
      '',
    ].join('\n'),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = {
    stdout: (l) => out.push(l),
    stderr: (l) => err.push(l),
    cwd: dir,
    env: {},
    signal: new AbortController().signal,
  };
  const code = await compare(args, io);
  return { code, out, err };
}

describe('evalwarden compare', () => {
  it('prints the table, writes comparison.json into the candidate folder and exits 1 on a regression', async () => {
    const { code, out } = await run([
      '--baseline',
      'base',
      '--candidate',
      'drop',
      '--baseline-model',
      'base',
    ]);
    expect(code).toBe(1);
    expect(out[0]).toMatch(/^\*\*regression\*\*/);
    expect(out.join('\n')).toMatch(/\| cand +\| t0 +\|.*−10\.0 pts.*regression/);
    const written = JSON.parse(await readFile(join(dir, 'drop', 'comparison.json'), 'utf8')) as Comparison;
    expect(written.verdict).toBe('regression');
    expect(written.models[0].baseline?.model).toBe('base');
  });

  it('exits 0 on the same data and writes to --out', async () => {
    const { code } = await run([
      '--baseline',
      'base',
      '--candidate',
      'same',
      '--baseline-model',
      'base',
      '--out',
      'out-same',
    ]);
    expect(code).toBe(0);
    const written = JSON.parse(
      await readFile(join(dir, 'out-same', 'comparison.json'), 'utf8'),
    ) as Comparison;
    expect(written.verdict).toBe('pass');
  });

  it('--fail-on decides what fails: an inconclusive drop fails only when named', async () => {
    expect(
      (
        await run([
          '--baseline',
          'base',
          '--candidate',
          'moderate',
          '--baseline-model',
          'base',
          '--out',
          'o1',
        ])
      ).code,
    ).toBe(0);
    expect(
      (
        await run([
          '--baseline',
          'base',
          '--candidate',
          'moderate',
          '--baseline-model',
          'base',
          '--out',
          'o2',
          '--fail-on',
          'inconclusive,regression,error',
        ])
      ).code,
    ).toBe(1);
  });

  it('with --config the policy comes from the config: a critical task fails whatever fail_on says', async () => {
    const { code } = await run([
      '--config',
      'evalwarden.yml',
      '--baseline',
      'base',
      '--candidate',
      'moderate',
      '--baseline-model',
      'base',
      '--out',
      'o3',
    ]);
    const written = JSON.parse(await readFile(join(dir, 'o3', 'comparison.json'), 'utf8')) as Comparison;
    expect(written.policy.fail_on).toEqual(['error']);
    expect(written.models[0].tasks[0]).toMatchObject({ verdict: 'regression', failing: true });
    expect(code).toBe(1);
  });

  it.each([
    { args: ['--baseline', 'base'], message: /--candidate/ },
    { args: ['--candidate', 'drop'], message: /--baseline/ },
    {
      args: ['--baseline', 'base', '--candidate', 'drop', '--fail-on', 'regresion'],
      message: /unknown verdict "regresion"/,
    },
    { args: ['--baseline', 'base', '--candidate', 'drop', '--bogus'], message: /bogus/ },
  ])(
    'a usage mistake ($args) is an EvalwardenError the entry point turns into exit 2',
    async ({ args, message }) => {
      const attempt = run(args);
      await expect(attempt).rejects.toThrow(EvalwardenError);
      await expect(attempt).rejects.toThrow(message);
    },
  );
});
