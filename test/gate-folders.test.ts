import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import comparisonSchema from '../schemas/comparison.schema.json' with { type: 'json' };
import type { Config } from '../src/config/types.js';
import { DataError, EvalwardenError } from '../src/errors.js';
import { gateFolders, gateRun } from '../src/gate/run.js';
import { gateDefaults } from '../src/gate/policy.js';
import { renderComparisonTable } from '../src/report/comparison-table.js';
import { buildRun, flip, scores, writeRun } from './fixtures/gate/build.js';

const validate = new Ajv({ allErrors: true, strict: true, validateFormats: false }).compile(comparisonSchema);
const NOW = new Date('2026-11-23T12:00:00Z');
const base200 = scores(200, 160);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'evalwarden-gate-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function config(gate: Partial<Config['gate']> = {}): Config {
  return {
    version: 1,
    models: [],
    tasks: [],
    suites: {},
    gate: { ...gateDefaults(), ...gate },
  } as unknown as Config;
}

/** One model on one task, as the engine writes a results folder. */
async function resultsFolder(
  name: string,
  model: string,
  taskScores: number[],
  extra: { errors?: number; scorer?: string } = {},
) {
  const run = buildRun({
    run_id: name,
    suite: 'quick',
    models: [
      {
        model,
        tasks: [
          {
            task: 'math',
            scores: taskScores,
            errors: extra.errors,
            instrument: extra.scorer ? { scorer: extra.scorer } : undefined,
          },
        ],
      },
    ],
  });
  return writeRun(join(dir, name), run);
}

/** A folder in the published layout of docs/data-protocol.md, holding the given runs of model `cand`. */
async function pagesFolder(
  name: string,
  runs: { id: string; sha: string; branch: string; created_at: string; scores: number[]; path?: string }[],
) {
  const root = join(dir, name);
  const data = join(root, 'data');
  await mkdir(join(data, 'index'), { recursive: true });
  await writeFile(
    join(data, 'index.json'),
    JSON.stringify({ schema_version: 1, default_branch: 'main', months: ['2026-11'] }),
  );
  const rows = runs.map((r) => ({
    run_id: r.id,
    path: r.path ?? `runs/2026-11/${r.id}`,
    kind: 'branch',
    suite: 'quick',
    model: 'cand',
    role: 'candidate',
    step: null,
    branch: r.branch,
    sha: r.sha,
    pr: null,
    created_at: r.created_at,
    verdict: null,
    score: 0.8,
    ci: [0.7, 0.9],
    tasks: {},
  }));
  await writeFile(
    join(data, 'index', '2026-11.json'),
    JSON.stringify({ schema_version: 1, month: '2026-11', runs: rows }),
  );
  await writeFile(join(data, 'baselines.json'), JSON.stringify({ schema_version: 1, baselines: [] }));
  for (const r of runs) {
    const run = buildRun({
      run_id: r.id,
      suite: 'quick',
      models: [{ model: 'cand', tasks: [{ task: 'math', scores: r.scores }] }],
      git: { sha: r.sha, branch: r.branch },
    });
    await writeRun(join(data, 'runs', '2026-11', r.id), run, { gzip: true });
  }
  return root;
}

describe('gating results folders', () => {
  it('a 10-point drop on 200 items is a regression, and comparison.json follows its schema', async () => {
    const base = await resultsFolder('base-a', 'cand', base200);
    const cand = await resultsFolder('cand-a', 'cand', flip(base200, 26, 6));
    const c = await gateFolders({ candidateDir: cand, baseline: base, now: NOW });
    expect(c.verdict).toBe('regression');
    expect(c.exit_code).toBe(1);
    expect(c.models[0].baseline?.selected_by).toBe('folder');
    const written = JSON.parse(JSON.stringify(c));
    expect(validate(written), JSON.stringify(validate.errors)).toBe(true);
    expect(renderComparisonTable(c)).toMatch(/\| cand +\| math +\|.*regression/);
  });

  it('the same data passes', async () => {
    const base = await resultsFolder('base-b', 'cand', base200);
    const cand = await resultsFolder('cand-b', 'cand', base200);
    const c = await gateFolders({ candidateDir: cand, baseline: base, now: NOW });
    expect(c.verdict).toBe('pass');
    expect(c.exit_code).toBe(0);
    expect(validate(JSON.parse(JSON.stringify(c)))).toBe(true);
  });

  it('an error rate above 5% is an error', async () => {
    const base = await resultsFolder('base-c', 'cand', base200);
    const cand = await resultsFolder('cand-c', 'cand', base200, { errors: 20 });
    const c = await gateFolders({ candidateDir: cand, baseline: base, now: NOW });
    expect(c.verdict).toBe('error');
    expect(c.exit_code).toBe(2);
    expect(validate(JSON.parse(JSON.stringify(c)))).toBe(true);
  });

  it('a changed instrument gives no-baseline with the reason', async () => {
    const base = await resultsFolder('base-d', 'cand', base200);
    const cand = await resultsFolder('cand-d', 'cand', base200, { scorer: 'regex' });
    const c = await gateFolders({ candidateDir: cand, baseline: base, now: NOW });
    expect(c.verdict).toBe('no-baseline');
    expect(c.reason).toMatch(/scorer changed \(exact → regex\)/);
    expect(c.exit_code).toBe(0);
  });

  it('--baseline-model compares model cand with model base of the baseline run', async () => {
    const base = await resultsFolder('base-e', 'base', base200);
    const cand = await resultsFolder('cand-e', 'cand', flip(base200, 26, 6));
    const c = await gateFolders({ candidateDir: cand, baseline: base, baselineModel: 'base', now: NOW });
    expect(c.models[0].baseline?.model).toBe('base');
    expect(c.verdict).toBe('regression');
  });

  it('a folder that is no results folder is an error that says what to pass', async () => {
    await expect(
      gateFolders({ candidateDir: join(dir, 'nowhere'), baseline: join(dir, 'nowhere'), now: NOW }),
    ).rejects.toThrow(EvalwardenError);
  });
});

describe('gating against the published layout', () => {
  it('a pull request is compared with the run on its merge-base, and the report says which and how old', async () => {
    const pages = await pagesFolder('pages-a', [
      {
        id: 'old--cand',
        sha: 'aaa1111',
        branch: 'main',
        created_at: '2026-11-20T12:00:00Z',
        scores: base200,
      },
      {
        id: 'new--cand',
        sha: 'bbb2222',
        branch: 'main',
        created_at: '2026-11-22T12:00:00Z',
        scores: flip(base200, 0, 30),
      },
    ]);
    const cand = await resultsFolder('cand-p', 'cand', base200);
    const c = await gateFolders({
      candidateDir: cand,
      baseline: pages,
      context: { event: 'pull_request', base_ref: 'main', base_sha: 'aaa1111' },
      now: NOW,
    });
    expect(c.models[0].baseline).toMatchObject({
      kind: 'pages',
      run_id: 'old--cand',
      selected_by: 'merge-base',
      sha: 'aaa1111',
    });
    expect(c.models[0].baseline?.description).toMatch(/merge-base aaa1111 of main.*3 days old/);
    expect(c.verdict).toBe('pass');
    expect(validate(JSON.parse(JSON.stringify(c)))).toBe(true);
  });

  it('a pinned run id is looked up in --pages', async () => {
    const pages = await pagesFolder('pages-b', [
      {
        id: 'pinned--cand',
        sha: 'aaa1111',
        branch: 'main',
        created_at: '2026-11-20T12:00:00Z',
        scores: base200,
      },
    ]);
    const cand = await resultsFolder('cand-q', 'cand', flip(base200, 26, 6));
    const c = await gateFolders({ candidateDir: cand, baseline: 'pinned', pages, now: NOW });
    expect(c.models[0].baseline?.selected_by).toBe('pinned');
    expect(c.verdict).toBe('regression');
  });

  it('a run path that would leave data/ is refused', async () => {
    const pages = await pagesFolder('pages-c', [
      {
        id: 'evil',
        sha: 'aaa1111',
        branch: 'main',
        created_at: '2026-11-20T12:00:00Z',
        scores: base200,
        path: 'runs/../../etc',
      },
    ]);
    const cand = await resultsFolder('cand-r', 'cand', base200);
    await expect(
      gateFolders({
        candidateDir: cand,
        baseline: pages,
        context: { event: 'push', branch: 'main' },
        now: NOW,
      }),
    ).rejects.toThrow(DataError);
  });

  it('a git URL of the pages branch says to check it out first', async () => {
    const cand = await resultsFolder('cand-t', 'cand', base200);
    await expect(
      gateFolders({ candidateDir: cand, baseline: 'https://github.com/o/r.git', now: NOW }),
    ).rejects.toMatchObject({ hint: expect.stringMatching(/git clone --depth 1 --branch gh-pages/) });
  });

  it('a run id with no published layout to look in says what to pass', async () => {
    const cand = await resultsFolder('cand-s', 'cand', base200);
    await expect(gateFolders({ candidateDir: cand, baseline: 'some-run', now: NOW })).rejects.toMatchObject({
      hint: expect.stringMatching(/--pages/),
    });
  });
});

describe('checkpoint sweeps against the published layout', () => {
  it('a checkpoint is gated against the previous step, only on errors, and measured against the best so far', async () => {
    const root = join(dir, 'pages-sweep');
    const data = join(root, 'data');
    await mkdir(join(data, 'index'), { recursive: true });
    await writeFile(
      join(data, 'index.json'),
      JSON.stringify({ schema_version: 1, default_branch: 'main', months: ['2026-11'] }),
    );
    const steps = [
      { step: 1000, scores: scores(200, 180) },
      { step: 2000, scores: scores(200, 160) },
    ];
    const rows = steps.map(({ step, scores: s }) => ({
      run_id: `sweep-${step}--ckpt`,
      path: `runs/2026-11/sweep-${step}--ckpt`,
      kind: 'sweep',
      suite: 'quick',
      model: 'ckpt',
      role: 'training',
      step,
      branch: 'main',
      sha: 'aaa1111',
      pr: null,
      created_at: `2026-11-2${step / 1000}T12:00:00Z`,
      verdict: null,
      score: s.reduce((a, b) => a + b, 0) / s.length,
      ci: null,
      tasks: {},
    }));
    await writeFile(
      join(data, 'index', '2026-11.json'),
      JSON.stringify({ schema_version: 1, month: '2026-11', runs: rows }),
    );
    for (const { step, scores: s } of steps) {
      const run = buildRun({
        run_id: `sweep-${step}--ckpt`,
        suite: 'quick',
        models: [{ model: 'ckpt', role: 'training', step, tasks: [{ task: 'math', scores: s }] }],
      });
      await writeRun(join(data, 'runs', '2026-11', `sweep-${step}--ckpt`), run, { gzip: true });
    }
    // Step 3000 drops 10 points from step 2000 (and 20 from step 1000): a regression, but a sweep fails only on errors.
    const cand = buildRun({
      run_id: 'sweep-3000',
      suite: 'quick',
      models: [
        {
          model: 'ckpt',
          role: 'training',
          step: 3000,
          tasks: [{ task: 'math', scores: flip(scores(200, 160), 26, 6) }],
        },
      ],
    });
    const candDir = await writeRun(join(dir, 'cand-sweep'), cand);
    const c = await gateFolders({
      candidateDir: candDir,
      baseline: root,
      context: { event: 'workflow_dispatch', branch: 'main' },
      now: NOW,
    });
    const model = c.models[0];
    expect(model.baseline).toMatchObject({ run_id: 'sweep-2000--ckpt', selected_by: 'previous-checkpoint' });
    expect(model.tasks[0].verdict).toBe('regression');
    expect(model.best_so_far?.baseline).toMatchObject({
      run_id: 'sweep-1000--ckpt',
      selected_by: 'best-so-far',
    });
    expect(model.best_so_far?.delta?.estimate).toBeCloseTo(-0.2, 12);
    expect(c.exit_code).toBe(0);
    expect(validate(JSON.parse(JSON.stringify(c))), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('gateRun with a loaded config', () => {
  it("ignores acceptances in a pull request's own config and takes them from the base branch's", async () => {
    const base = await resultsFolder('base-f', 'cand', base200);
    const cand = await resultsFolder('cand-f', 'cand', flip(base200, 26, 6));
    const accepting = config({ accept: [{ task: 'math', reason: 'intended' }] });
    const own = await gateRun({
      candidateDir: cand,
      baseline: base,
      config: accepting,
      context: { event: 'pull_request' },
      now: NOW,
    });
    expect(own.exit_code).toBe(1);
    expect(own.notes.join(' ')).toMatch(/ignored/);
    const fromBase = await gateRun({
      candidateDir: cand,
      baseline: base,
      config: config(),
      baseConfig: accepting,
      context: { event: 'pull_request' },
      now: NOW,
    });
    expect(fromBase.exit_code).toBe(0);
    expect(fromBase.accepted).toHaveLength(1);
  });

  it("a pull request that raises max_drop still fails: the base branch's gate policy applies, and the row says so", async () => {
    const base = await resultsFolder('base-p', 'cand', base200);
    const cand = await resultsFolder('cand-p', 'cand', flip(base200, 26, 6));
    const loosened = config({ max_drop: 0.5 });
    const pushed = await gateRun({ candidateDir: cand, baseline: base, config: loosened, now: NOW });
    expect(pushed.exit_code).toBe(0);
    const pr = await gateRun({
      candidateDir: cand,
      baseline: base,
      config: loosened,
      baseConfig: config(),
      context: { event: 'pull_request' },
      now: NOW,
    });
    expect(pr.exit_code).toBe(1);
    expect(pr.models[0].tasks[0]).toMatchObject({ verdict: 'regression', policy: { max_drop: 0.02 } });
    expect(pr.models[0].tasks[0].reason).toContain(
      "gate policy changed by this PR; the base branch's applied",
    );
    expect(pr.notes.join(' ')).toMatch(/changes the gate policy/);
  });

  it("a pull request's own task gate, fail_on and pinned baseline run are ignored too", async () => {
    const base = await resultsFolder('base-q', 'cand', base200);
    const cand = await resultsFolder('cand-q', 'cand', flip(base200, 26, 6));
    const own = {
      ...config({ fail_on: ['error'], baseline: { run: 'some-other-run' } } as Partial<Config['gate']>),
      tasks: [{ id: 'math', gate: { max_drop: 0.5, critical: false } }],
    } as unknown as Config;
    const pr = await gateRun({
      candidateDir: cand,
      baseline: base,
      config: own,
      baseConfig: config(),
      context: { event: 'pull_request' },
      now: NOW,
    });
    expect(pr.exit_code).toBe(1);
    expect(pr.policy.fail_on).toEqual(config().gate.fail_on);
    const unchanged = await gateRun({
      candidateDir: cand,
      baseline: base,
      config: config(),
      baseConfig: config(),
      context: { event: 'pull_request' },
      now: NOW,
    });
    expect(unchanged.models[0].tasks[0].reason).not.toContain('gate policy changed');
  });

  it('writes nothing itself: comparison.json is the caller’s to write', async () => {
    const base = await resultsFolder('base-g', 'cand', base200);
    const cand = await resultsFolder('cand-g', 'cand', base200);
    await gateRun({ candidateDir: cand, baseline: base, config: config(), now: NOW });
    await expect(readFile(join(cand, 'comparison.json'))).rejects.toThrow();
  });
});
