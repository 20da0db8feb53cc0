import { describe, expect, it } from 'vitest';
import type { GateConfig } from '../src/config/types.js';
import { compareRuns, type RunArtifacts } from '../src/gate/compare.js';
import type { BaselineRef, Comparison } from '../src/gate/comparison.js';
import { resolveGatePolicy } from '../src/gate/policy.js';
import { buildRun, flip, scores, type ModelSpec, type TaskSpec } from './fixtures/gate/build.js';

const NOW = new Date('2026-11-23T12:00:00Z');

function ref(run: RunArtifacts, model: string): BaselineRef {
  return {
    kind: 'folder',
    location: '/tmp/base',
    run_id: run.summary.run_id,
    model,
    suite: run.summary.suite,
    selected_by: 'folder',
    sha: null,
    branch: null,
    created_at: null,
    age_days: null,
    description: 'test baseline',
  };
}

interface Case {
  gate?: Partial<GateConfig>;
  taskGates?: { id: string; gate: NonNullable<import('../src/config/types.js').TaskConfig['gate']> }[];
  labels?: string[];
  baselineModel?: string;
  seed?: number;
}

function compare(candidate: RunArtifacts, baseline: RunArtifacts | null, c: Case = {}): Comparison {
  const baselines = new Map(
    candidate.summary.models.map((m) => [
      m.model,
      baseline
        ? { ...baseline, ref: ref(baseline, c.baselineModel ?? m.model) }
        : { reason: 'no baseline run of this model yet' },
    ]),
  );
  return compareRuns({
    candidate,
    baselines,
    policy: resolveGatePolicy(c.gate, c.taskGates),
    labels: c.labels,
    now: NOW,
    seed: c.seed,
  });
}

function single(tasks: TaskSpec[], extra: Partial<ModelSpec> = {}, runId = 'cand-run'): RunArtifacts {
  return buildRun({ run_id: runId, models: [{ model: 'm', tasks, ...extra }] });
}

const base200 = scores(200, 160); // 80% on 200 items
const unchanged = (task: string): TaskSpec => ({ task, scores: base200 });

describe('verdicts on one task', () => {
  it('a 10-point drop on 200 items is a regression', () => {
    const base = single([{ task: 'math', scores: base200 }], {}, 'base-run');
    const cand = single([{ task: 'math', scores: flip(base200, 26, 6) }]);
    const c = compare(cand, base);
    const task = c.models[0].tasks[0];
    expect(task.verdict).toBe('regression');
    expect(task.delta?.estimate).toBeCloseTo(-0.1, 12);
    expect(task.delta?.method).toBe('mcnemar');
    expect(task.delta?.discordant).toEqual({ worse: 26, better: 6 });
    expect(c.verdict).toBe('regression');
    expect(c.exit_code).toBe(1);
    expect(c.failing).toEqual([{ model: 'm', task: 'math', verdict: 'regression' }]);
  });

  it('the same data passes with a zero difference', () => {
    const base = single([unchanged('math')], {}, 'base-run');
    const c = compare(single([unchanged('math')]), base);
    expect(c.models[0].tasks[0].verdict).toBe('pass');
    expect(c.models[0].tasks[0].delta?.estimate).toBe(0);
    expect(c.verdict).toBe('pass');
    expect(c.exit_code).toBe(0);
  });

  it('an error rate above 5% is an error and exits 2, whatever the scores say', () => {
    const base = single([unchanged('math')], {}, 'base-run');
    const c = compare(single([{ task: 'math', scores: base200, errors: 12 }]), base);
    const task = c.models[0].tasks[0];
    expect(task.verdict).toBe('error');
    expect(task.reason).toMatch(/6\.0% of items errored/);
    expect(task.delta).toBeNull();
    expect(c.exit_code).toBe(2);
  });

  it('fewer scored items than min_items is an error, never a pass', () => {
    const base = single([{ task: 'math', scores: scores(10, 8) }], {}, 'base-run');
    const c = compare(single([{ task: 'math', scores: scores(10, 8) }]), base);
    expect(c.models[0].tasks[0].verdict).toBe('error');
    expect(c.models[0].tasks[0].reason).toMatch(/only 10 items scored, below min_items 20/);
  });

  it.each([
    { change: { scorer: 'regex' }, reason: /scorer changed \(exact → regex\)/ },
    { change: { hash: 'instr11111111111' }, reason: /scorer options, judge or rubric changed/ },
    { change: { judge: 'gpt-judge' }, reason: /judge model changed \(none → gpt-judge\)/ },
    { change: { version: 2 }, reason: /scorer updated \(exact v1 → v2\)/ },
  ])(
    'a changed instrument ($change) makes the old run no baseline, with the reason',
    ({ change, reason }) => {
      const base = single([unchanged('math')], {}, 'base-run');
      const c = compare(single([{ ...unchanged('math'), instrument: change }]), base);
      const task = c.models[0].tasks[0];
      expect(task.verdict).toBe('no-baseline');
      expect(task.reason).toMatch(reason);
      expect(task.changes).toContain('instrument');
      expect(c.exit_code).toBe(0);
    },
  );

  it('a changed prompt, served model and params are compared and named', () => {
    const base = single([unchanged('math')], {}, 'base-run');
    const cand = single([{ ...unchanged('math'), prompt_hash: 'prompt1111111111' }], {
      served_model: 'llama-2',
      params_hash: 'params1111111111',
    });
    const c = compare(cand, base);
    expect(c.models[0].tasks[0].verdict).toBe('pass');
    expect(c.models[0].tasks[0].changes).toEqual(['prompt']);
    expect(c.models[0].changes).toEqual({
      served_model: { from: 'served-m', to: 'llama-2' },
      params_hash: { from: 'params0000000000', to: 'params1111111111' },
      prompt_tasks: ['math'],
    });
  });

  it('no baseline run gives no-baseline with the reason, and passes', () => {
    const c = compare(single([unchanged('math')]), null);
    expect(c.models[0].tasks[0].verdict).toBe('no-baseline');
    expect(c.models[0].no_baseline_reason).toBe('no baseline run of this model yet');
    expect(c.verdict).toBe('no-baseline');
    expect(c.exit_code).toBe(0);
  });

  it('a task the baseline ran but this run did not is named in the notes', () => {
    const base = single([unchanged('math'), unchanged('code')], {}, 'base-run');
    const c = compare(single([unchanged('math')]), base);
    expect(c.notes).toEqual(['m: the baseline ran code, which this run did not']);
  });

  it('a task the baseline never ran has no baseline', () => {
    const base = single([unchanged('math')], {}, 'base-run');
    const c = compare(single([unchanged('math'), unchanged('code')]), base);
    expect(c.models[0].tasks[1].verdict).toBe('no-baseline');
    expect(c.models[0].tasks[1].reason).toMatch(/task code is not in baseline run base-run/);
  });
});

describe('the run as a family of tasks', () => {
  // 12 worse, 3 better on 200 items: Δ = −4.5 pts; exact one-sided p = (C(15,12) + C(15,13) +
  // C(15,14) + C(15,15)) / 2¹⁵ = 576/32768 = 0.0176 (by hand); Holm over 5 tasks: 5 · 0.0176 = 0.088.
  const fiveTasks = (first: number[]): TaskSpec[] => [
    { task: 't0', scores: first },
    ...['t1', 't2', 't3', 't4'].map(unchanged),
  ];
  const base = single(fiveTasks(base200), {}, 'base-run');
  const moderate = single(fiveTasks(flip(base200, 12, 3)));

  it('a drop significant alone but not after Holm is inconclusive and does not fail by default', () => {
    const c = compare(moderate, base);
    const task = c.models[0].tasks[0];
    expect(task.verdict).toBe('inconclusive');
    expect(task.delta?.p_drop).toBeCloseTo(576 / 32768, 12);
    expect(task.delta?.p_drop_adjusted).toBeCloseTo((5 * 576) / 32768, 12);
    expect(c.verdict).toBe('inconclusive');
    expect(c.exit_code).toBe(0);
  });

  it('an inconclusive drop fails when fail_on names it', () => {
    const c = compare(moderate, base, { gate: { fail_on: ['regression', 'inconclusive', 'error'] } });
    expect(c.exit_code).toBe(1);
  });

  it('with no correction the same drop is a regression', () => {
    expect(compare(moderate, base, { gate: { correction: 'none' } }).models[0].tasks[0].verdict).toBe(
      'regression',
    );
  });

  it('Benjamini–Hochberg with one moved task adjusts like Holm (p · 5)', () => {
    const c = compare(moderate, base, { gate: { correction: 'bh' } });
    expect(c.models[0].tasks[0].delta?.p_drop_adjusted).toBeCloseTo((5 * 576) / 32768, 12);
  });

  it('a critical task is tested at its own α outside the family and fails whatever fail_on says', () => {
    const c = compare(moderate, base, {
      gate: { fail_on: ['error'] },
      taskGates: [{ id: 't0', gate: { critical: true } }],
    });
    const task = c.models[0].tasks[0];
    expect(task.verdict).toBe('regression');
    expect(task.delta?.p_drop_adjusted).toBeCloseTo(576 / 32768, 12);
    expect(task.failing).toBe(true);
    expect(c.exit_code).toBe(1);
  });

  it('a significant rise beyond max_drop is an improvement, and the run says so', () => {
    const up = single([{ task: 'math', scores: flip(base200, 4, 30) }]);
    const c = compare(up, single([unchanged('math')], {}, 'base-run'));
    expect(c.models[0].tasks[0].verdict).toBe('improvement');
    expect(c.verdict).toBe('improvement');
  });

  it('a pass whose CI still reaches below −max_drop is marked underpowered, with its MDE', () => {
    const small = scores(40, 30);
    const c = compare(
      single([{ task: 'math', scores: flip(small, 2, 2) }]),
      single([{ task: 'math', scores: small }], {}, 'base-run'),
    );
    const task = c.models[0].tasks[0];
    expect(task.verdict).toBe('pass');
    expect(task.underpowered).toBe(true);
    expect(task.delta!.mde).toBeGreaterThan(0.05);
    expect(task.reason).toMatch(/this n detects drops of/);
  });

  it('the suite aggregate weighs the task differences by the config weights', () => {
    const weighted = (first: number[]): TaskSpec[] => [
      { task: 'a', scores: first, weight: 3 },
      { task: 'b', scores: base200, weight: 1 },
    ];
    const c = compare(single(weighted(flip(base200, 26, 6))), single(weighted(base200), {}, 'base-run'));
    // By hand: 0.75 · (−0.10) + 0.25 · 0 = −0.075.
    expect(c.models[0].aggregate.delta?.estimate).toBeCloseTo(-0.075, 12);
    expect(c.models[0].aggregate.delta?.tasks).toEqual(['a', 'b']);
  });
});

describe('accepting an intended drop', () => {
  const base = single([unchanged('math')], {}, 'base-run');
  const dropped = single([{ task: 'math', scores: flip(base200, 26, 6) }]);

  it('an acceptance entry turns the regression into a recorded acceptance', () => {
    const c = compare(dropped, base, {
      gate: { accept: [{ task: 'math', reason: 'shorter answers on purpose', until: '2026-12-31' }] },
    });
    expect(c.models[0].tasks[0].verdict).toBe('regression');
    expect(c.models[0].tasks[0].accepted).toEqual({
      by: 'config',
      reason: 'shorter answers on purpose',
      until: '2026-12-31',
    });
    expect(c.accepted).toEqual([
      { model: 'm', task: 'math', verdict: 'regression', by: 'config', reason: 'shorter answers on purpose' },
    ]);
    expect(c.verdict).toBe('pass');
    expect(c.exit_code).toBe(0);
  });

  it('an expired acceptance no longer accepts', () => {
    const c = compare(dropped, base, {
      gate: { accept: [{ task: 'math', reason: 'old', until: '2026-11-01' }] },
    });
    expect(c.exit_code).toBe(1);
  });

  it('the accept label accepts a failing verdict', () => {
    const c = compare(dropped, base, { labels: ['evalwarden:accept'] });
    expect(c.models[0].tasks[0].accepted?.by).toBe('label');
    expect(c.exit_code).toBe(0);
  });

  it('an error is never accepted: a dead endpoint explains no intended change', () => {
    const c = compare(single([{ task: 'math', scores: base200, errors: 40 }]), base, {
      labels: ['evalwarden:accept'],
    });
    expect(c.models[0].tasks[0].accepted).toBeNull();
    expect(c.exit_code).toBe(2);
  });
});

describe('roles', () => {
  const tasks = (s: number[]): TaskSpec[] => [{ task: 'math', scores: s }];
  const base = buildRun({
    run_id: 'base-run',
    models: [
      { model: 'cand', tasks: tasks(base200) },
      { model: 'frontier', role: 'reference', tasks: tasks(base200) },
      { model: 'ckpt', role: 'training', tasks: tasks(base200) },
    ],
  });

  it('reference models are context and training checkpoints fail only on errors', () => {
    const cand = buildRun({
      run_id: 'cand-run',
      models: [
        { model: 'cand', tasks: tasks(base200) },
        { model: 'frontier', role: 'reference', tasks: tasks(flip(base200, 40, 0)) },
        { model: 'ckpt', role: 'training', tasks: tasks(flip(base200, 40, 0)) },
      ],
    });
    const c = compare(cand, base);
    expect(c.models.map((m) => [m.model, m.gating, m.tasks[0].verdict])).toEqual([
      ['cand', 'full', 'pass'],
      ['frontier', 'none', 'regression'],
      ['ckpt', 'errors-only', 'regression'],
    ]);
    expect(c.verdict).toBe('pass');
    expect(c.exit_code).toBe(0);
  });

  it('a training checkpoint with failed calls fails the job', () => {
    const cand = buildRun({
      run_id: 'cand-run',
      models: [{ model: 'ckpt', role: 'training', tasks: [{ task: 'math', scores: base200, errors: 50 }] }],
    });
    expect(compare(cand, base).exit_code).toBe(2);
  });
});

describe('pairing', () => {
  it('a quick run pairs with a full run restricted to the quick items', () => {
    const full = scores(400, 300);
    const ids = Array.from({ length: 400 }, (_, i) => `q${i}`);
    const base = buildRun({
      run_id: 'full-run',
      suite: 'full',
      models: [{ model: 'm', tasks: [{ task: 'math', scores: full, ids }] }],
    });
    // The quick suite took every 4th item.
    const quickIds = ids.filter((_, i) => i % 4 === 0);
    const quickScores = full.filter((_, i) => i % 4 === 0);
    const cand = buildRun({
      run_id: 'quick-run',
      suite: 'quick',
      models: [{ model: 'm', tasks: [{ task: 'math', scores: quickScores, ids: quickIds }] }],
    });
    const task = compare(cand, base).models[0].tasks[0];
    expect(task.delta?.paired).toBe(true);
    expect(task.baseline?.n).toBe(100);
    expect(task.baseline?.mean).toBeCloseTo(task.candidate.mean!, 12);
    expect(task.verdict).toBe('pass');
  });

  it('--baseline-model compares the candidate with another model of the baseline run', () => {
    const base = buildRun({
      run_id: 'base-run',
      models: [{ model: 'base', tasks: [{ task: 'math', scores: base200 }] }],
    });
    const cand = buildRun({
      run_id: 'cand-run',
      models: [{ model: 'cand', tasks: [{ task: 'math', scores: flip(base200, 26, 6) }] }],
    });
    const c = compare(cand, base, { baselineModel: 'base' });
    expect(c.models[0].baseline?.model).toBe('base');
    expect(c.models[0].tasks[0].verdict).toBe('regression');
  });

  it('with mean@N the item, not the sample, is the unit', () => {
    const perItem = (shift: number) =>
      Array.from({ length: 60 }, (_, i) => [1, i % 3 === 0 ? 0 : 1, (i + shift) % 2]);
    const c = compare(
      single([{ task: 'gen', scores: perItem(1) }]),
      single([{ task: 'gen', scores: perItem(0) }], {}, 'base-run'),
    );
    const task = c.models[0].tasks[0];
    expect(task.candidate.n).toBe(60);
    expect(task.delta?.method).toBe('paired-t');
  });

  it('clustered items are tested with the cluster-robust paired t', () => {
    const clusters = base200.map((_, i) => `passage-${Math.floor(i / 4)}`);
    const c = compare(
      single([{ task: 'read', scores: flip(base200, 10, 2), clusters }]),
      single([{ task: 'read', scores: base200, clusters }], {}, 'base-run'),
    );
    expect(c.models[0].tasks[0].delta?.method).toBe('paired-t');
  });

  it('a ratio metric weighs each item by its weight (IFEval: instructions per prompt)', () => {
    // 40 items; items 0–19 weigh 3, items 20–39 weigh 1. The candidate loses items 0 and 1 (weight 3
    // each) and gains item 39 (weight 1): Δ = (−3 − 3 + 1) / (20·3 + 20·1) = −5/80 (by hand).
    const weights = Array.from({ length: 40 }, (_, i) => (i < 20 ? 3 : 1));
    const baseScores = Array.from({ length: 40 }, (_, i) => (i < 30 ? 1 : 0));
    const candScores = baseScores.map((s, i) => (i < 2 ? 0 : i === 39 ? 1 : s));
    const c = compare(
      single([{ task: 'ifeval', scores: candScores, weights, primary_metric: 'inst_acc' }]),
      single([{ task: 'ifeval', scores: baseScores, weights, primary_metric: 'inst_acc' }], {}, 'base-run'),
    );
    const delta = c.models[0].tasks[0].delta!;
    expect(delta.estimate).toBeCloseTo(-5 / 80, 12);
    // Weighted items are not exchangeable coin flips: the paired t with the ratio SE, not McNemar.
    expect(delta.method).toBe('paired-t');
  });

  it.each([
    { paired_test: 'auto' as const, method: 'mcnemar' },
    { paired_test: 't' as const, method: 'paired-t' },
    { paired_test: 'bootstrap' as const, method: 'bootstrap' },
  ])('paired_test $paired_test on 0/1 scores uses $method', ({ paired_test, method }) => {
    const c = compare(
      single([{ task: 'math', scores: flip(base200, 26, 6) }]),
      single([unchanged('math')], {}, 'base-run'),
      { gate: { paired_test } },
    );
    expect(c.models[0].tasks[0].delta?.method).toBe(method);
    expect(c.models[0].tasks[0].verdict).toBe('regression');
  });

  it('runs that share too few items are compared unpaired (Welch)', () => {
    const base = single(
      [{ task: 'math', scores: base200, hashes: base200.map((_, i) => `old-${i}`) }],
      {},
      'base-run',
    );
    const c = compare(single([{ task: 'math', scores: base200 }]), base);
    expect(c.models[0].tasks[0].delta?.method).toBe('welch');
    expect(c.models[0].tasks[0].delta?.paired).toBe(false);
    expect(c.models[0].tasks[0].flips).toBeNull();
  });

  it('the paired bootstrap is an option and reproducible with its seed', () => {
    const base = single([unchanged('math')], {}, 'base-run');
    const cand = single([{ task: 'math', scores: flip(base200, 26, 6) }]);
    const a = compare(cand, base, { gate: { paired_test: 'bootstrap' }, seed: 3 });
    const b = compare(cand, base, { gate: { paired_test: 'bootstrap' }, seed: 3 });
    expect(a.models[0].tasks[0].delta?.method).toBe('bootstrap');
    expect(a.models[0].tasks[0].delta).toEqual(b.models[0].tasks[0].delta);
    expect(a.models[0].tasks[0].verdict).toBe('regression');
  });
});

describe('flipped examples', () => {
  it('lists correct → wrong and wrong → correct items with both answers, at most 20 each', () => {
    const base = single([unchanged('math')], {}, 'base-run');
    const cand = single([{ task: 'math', scores: flip(base200, 26, 6) }]);
    const flips = compare(cand, base).models[0].tasks[0].flips!;
    expect(flips.worse_total).toBe(26);
    expect(flips.worse).toHaveLength(20);
    expect(flips.better).toHaveLength(6);
    expect(flips.worse[0]).toMatchObject({
      item_id: 'item-0',
      baseline_score: 1,
      candidate_score: 0,
      baseline_answer: 'answer 1',
      candidate_answer: 'answer 0',
    });
  });
});
