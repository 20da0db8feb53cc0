import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import comparisonSchema from '../schemas/comparison.schema.json' with { type: 'json' };
import type { Config } from '../src/config/types.js';
import { renderComparisonTable } from '../src/report/comparison-table.js';
import { gateFolders, sequentialDesign } from '../src/gate/run.js';
import { renderReport } from '../src/report/index.js';
import { compareRuns, type RunArtifacts } from '../src/gate/compare.js';
import type { BaselineRef } from '../src/gate/comparison.js';
import { resolveGatePolicy } from '../src/gate/policy.js';
import { compareSequential, type SequentialDesign } from '../src/gate/sequential.js';
import { sequentialOrder, stratifiedSample } from '../src/data/sample.js';
import { seededRandom } from '../src/stats/random.js';
import { buildRun, writeRun, type TaskSpec } from './fixtures/gate/build.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const DESIGN: SequentialDesign = {
  looks: [50, 100, 200, 300],
  design_drop: 0.06,
  futility_power: 0.2,
  seed: 1,
};

function ref(run: RunArtifacts): BaselineRef {
  return {
    kind: 'folder',
    location: '/tmp/base',
    run_id: run.summary.run_id,
    model: 'm',
    suite: run.summary.suite,
    selected_by: 'folder',
    sha: null,
    branch: null,
    created_at: null,
    age_days: null,
    description: 'test baseline',
  };
}

/** 0/1 scores of a model with item difficulty shared by both runs (seeded). */
function paired(n: number, drop: number, seed: number): { base: number[]; cand: number[] } {
  const random = seededRandom(seed);
  const base: number[] = [];
  const cand: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = random() < 0.7 ? 0.95 : 0.1;
    base.push(random() < p ? 1 : 0);
    cand.push(random() < p - drop ? 1 : 0);
  }
  return { base, cand };
}

function runs(
  first: { base: number[]; cand: number[] },
  baseIds?: number,
): { base: RunArtifacts; cand: RunArtifacts } {
  // The other tasks change no answer: each stops at its first look.
  const others = [1, 2, 3, 4].map((t) => {
    const same = paired(500, 0, 100 + t).base;
    return { t, base: same, cand: same };
  });
  const spec = (side: 'base' | 'cand'): TaskSpec[] => [
    { task: 't0', scores: first[side] },
    ...others.map((o) => ({ task: `t${o.t}`, scores: o[side] })),
  ];
  const base = buildRun({ run_id: 'base', models: [{ model: 'm', tasks: spec('base') }] });
  if (baseIds !== undefined) {
    // A baseline that ran only the first `baseIds` items of t0's sequential order.
    const order = sequentialOrder(
      first.base.map((_, i) => ({ id: `item-${i}`, category: i % 2 === 0 ? 'even' : 'odd' })),
      DESIGN.looks[0],
      DESIGN.seed,
    );
    const keep = new Set(order.slice(0, baseIds).map((i) => i.id));
    base.records = base.records.filter((r) => r.task !== 't0' || keep.has(r.item_id));
    const t0 = base.summary.models[0].tasks[0];
    base.summary.models[0].tasks[0] = { ...t0, n: baseIds, n_planned: baseIds };
  }
  return { base, cand: buildRun({ run_id: 'cand', models: [{ model: 'm', tasks: spec('cand') }] }) };
}

function gate(r: { base: RunArtifacts; cand: RunArtifacts }) {
  const options = {
    candidate: r.cand,
    baselines: new Map([['m', { ...r.base, ref: ref(r.base) }]]),
    policy: resolveGatePolicy(undefined),
    now: NOW,
  };
  return { seq: compareSequential({ ...options, design: DESIGN }), fixed: compareRuns(options) };
}

describe('the sequential order', () => {
  const items = Array.from({ length: 500 }, (_, i) => ({
    id: `item-${i}`,
    category: ['a', 'b', 'c'][i % 3],
  }));
  const order = sequentialOrder(items, 50, 7);

  it('starts with the pinned quick draw, so quick baselines keep pairing', () => {
    const quick = new Set(stratifiedSample(items, 50, 7).map((i) => i.id));
    expect(new Set(order.slice(0, 50).map((i) => i.id))).toEqual(quick);
    expect(new Set(order.map((i) => i.id)).size).toBe(500);
  });

  it('keeps every prefix within one item of each category’s share', () => {
    for (let n = 50; n <= 500; n++) {
      for (const c of ['a', 'b', 'c']) {
        const share = (n * items.filter((i) => i.category === c).length) / 500;
        const taken = order.slice(0, n).filter((i) => i.category === c).length;
        expect(Math.abs(taken - share)).toBeLessThanOrEqual(1.5);
      }
    }
  });
});

describe('sequential looks', () => {
  it('a PR that changes no answer stops every task early for futility and says which drop it ruled out', () => {
    const same = paired(500, 0, 1).base;
    const { seq } = gate(runs({ base: same, cand: same }));
    for (const task of seq.models[0].tasks) {
      expect(task.sequential?.why).toBe('futility');
      expect(task.sequential!.stopped_at).toBeLessThan(500);
      expect(task.reason).toMatch(/^stopped at \d+ of 500: a 6-point drop ruled out/);
      expect(['pass', 'improvement']).toContain(task.verdict);
    }
    expect(seq.exit_code).toBe(0);
    const used = seq.models[0].tasks.reduce((a, t) => a + t.sequential!.stopped_at, 0);
    expect(seq.sequential!.calls_used).toBe(used);
    expect(seq.sequential!.calls_saved).toBe(2500 - used);
    expect(seq.sequential!.calls_full).toBe(2500);
  });

  it('a 25-point drop stops as a regression by 200 items and fails the run', () => {
    const { seq, fixed } = gate(runs(paired(500, 0.25, 2)));
    const t0 = seq.models[0].tasks[0];
    expect(t0.verdict).toBe('regression');
    expect(t0.sequential?.why).toBe('regression');
    expect(t0.sequential!.stopped_at).toBeLessThanOrEqual(200);
    expect(t0.reason).toMatch(/crossed the O'Brien–Fleming boundary/);
    expect(seq.exit_code).toBe(1);
    expect(fixed.exit_code).toBe(1);
  });

  it('a baseline with fewer items caps the looks, and the task says where', () => {
    const { seq } = gate(runs(paired(500, 0.25, 2), 200));
    const t0 = seq.models[0].tasks[0];
    expect(t0.sequential?.capped_by_baseline).toBe(200);
    expect(t0.sequential?.looks.at(-1)).toBe(200);
    expect(t0.sequential!.stopped_at).toBeLessThanOrEqual(200);
  });
});

describe('a candidate that stopped at its looks', () => {
  const orderOf = (n: number) =>
    sequentialOrder(
      Array.from({ length: n }, (_, i) => ({ id: `item-${i}`, category: i % 2 === 0 ? 'even' : 'odd' })),
      DESIGN.looks[0],
      DESIGN.seed,
    ).map((i) => i.id);

  it('is never decided on items it did not run: a task open where its records end says so', () => {
    const r = runs(paired(500, 0.05, 2));
    const first = new Set(orderOf(500).slice(0, DESIGN.looks[0]));
    r.cand.records = r.cand.records.filter((rec) => first.has(rec.item_id));
    const orders = new Map(['t0', 't1', 't2', 't3', 't4'].map((t) => [t, orderOf(500)]));
    const seq = compareSequential({
      candidate: r.cand,
      baselines: new Map([['m', { ...r.base, ref: ref(r.base) }]]),
      policy: resolveGatePolicy(undefined),
      now: NOW,
      design: DESIGN,
      orders,
    });
    for (const task of seq.models[0].tasks) {
      expect(task.sequential?.stopped_at).toBe(DESIGN.looks[0]);
      expect(task.sequential?.of).toBe(500);
    }
    const t0 = seq.models[0].tasks[0];
    expect(t0.sequential?.why).toBe('ended');
    expect(t0.reason).toMatch(/^stopped at 50 of 500: the run ended before the looks decided/);
    expect(seq.sequential).toMatchObject({ calls_used: 250, calls_full: 2500, stopped_early: true });
  });

  it('a task without a baseline runs its full set and counts it', () => {
    const r = runs(paired(500, 0, 1));
    r.base.records = r.base.records.filter((rec) => rec.task !== 't4');
    r.base.summary.models[0].tasks = r.base.summary.models[0].tasks.filter((t) => t.task !== 't4');
    const { seq } = gate(r);
    const t4 = seq.models[0].tasks.find((t) => t.task === 't4')!;
    expect(t4.verdict).toBe('no-baseline');
    expect(t4.sequential).toMatchObject({ stopped_at: 500, why: 'no-test' });
    const used = seq.models[0].tasks.reduce((a, t) => a + t.sequential!.stopped_at, 0);
    expect(seq.sequential!.calls_used).toBe(used);
    expect(seq.sequential!.stopped_early).toBe(false);
  });
});

describe('a sequential suite end to end', () => {
  it('the config’s sequential suite gives its design, defaults filled; a fixed suite gives none', () => {
    const config = {
      suites: { pr: { size: 'all', sequential: true, looks: [50, 150] }, full: { size: 'all' } },
      run: { seed: 9, default_quick_size: 50 },
    } as unknown as Config;
    expect(sequentialDesign(config, 'pr')).toEqual({
      looks: [50, 150],
      design_drop: 0.06,
      futility_power: 0.3,
      seed: 9,
    });
    expect(sequentialDesign(config, 'full')).toBeNull();
  });

  it('comparison.json, the terminal table and the PR comment say where each task stopped and what the run saved', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'evalwarden-seq-'));
    try {
      const same = paired(500, 0, 1).base;
      const r = runs({ base: same, cand: same });
      const c = await gateFolders({
        candidateDir: await writeRun(join(dir, 'cand'), r.cand),
        baseline: await writeRun(join(dir, 'base'), r.base),
        now: NOW,
        sequentialFor: () => DESIGN,
      });
      const validate = new Ajv({ allErrors: true, strict: true, validateFormats: false }).compile(
        comparisonSchema,
      );
      expect(validate(JSON.parse(JSON.stringify(c))), JSON.stringify(validate.errors)).toBe(true);
      const t0 = c.models[0].tasks[0];
      const stopped = `stopped at ${t0.sequential!.stopped_at} of 500: a 6-point drop ruled out`;
      const saving = `sequential looks needed ${c.sequential!.calls_used.toLocaleString('en-US')} of 2,500 calls`;
      for (const text of [
        renderComparisonTable(c, 'terminal'),
        renderReport({ comparison: c, summary: r.cand.summary, run: null }),
      ]) {
        expect(text).toContain(stopped);
        expect(text).toContain(saving);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
