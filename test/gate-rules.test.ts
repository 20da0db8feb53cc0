import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare as compareCommand } from '../src/cli/commands/compare.js';
import type { CommandIO } from '../src/cli/command.js';
import type { GateConfig, TaskConfig } from '../src/config/types.js';
import { compareRuns, type RunArtifacts } from '../src/gate/compare.js';
import type { BaselineRef, Comparison } from '../src/gate/comparison.js';
import { resolveGatePolicy } from '../src/gate/policy.js';
import { renderComparisonTable } from '../src/report/comparison-table.js';
import { gateFolders } from '../src/gate/run.js';
import { publishRun } from '../src/publish/index.js';
import { renderReport } from '../src/report/index.js';
import { buildRun, flip, scores, writeRun, type TaskSpec } from './fixtures/gate/build.js';

// The rules of issue 17's "wrong or unclear" list, each on the data that showed it.
const NOW = new Date('2026-11-23T12:00:00Z');
const base200 = scores(200, 160);

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

function single(tasks: TaskSpec[], runId = 'cand-run'): RunArtifacts {
  return buildRun({ run_id: runId, models: [{ model: 'm', tasks }] });
}

function compare(
  candidate: RunArtifacts,
  baseline: RunArtifacts,
  gate: Partial<GateConfig> = {},
  taskGates: { id: string; gate: NonNullable<TaskConfig['gate']> }[] = [],
): Comparison {
  return compareRuns({
    candidate,
    baselines: new Map([['m', { ...baseline, ref: ref(baseline) }]]),
    policy: resolveGatePolicy(gate, taskGates),
    now: NOW,
  });
}

function report(c: Comparison, run: RunArtifacts): string {
  return renderReport({ comparison: c, summary: run.summary, run: null });
}

const fiveTasks = (first: number[]): TaskSpec[] => [
  { task: 't0', scores: first },
  ...['t1', 't2', 't3', 't4'].map((task) => ({ task, scores: base200 })),
];

describe('the error rules apply to the baseline too', () => {
  it('a baseline task with 6% errored items is no baseline, with the reason, and the PR passes', () => {
    const base = single([{ task: 'math', scores: base200, errors: 12 }], 'base-run');
    const c = compare(single([{ task: 'math', scores: base200 }]), base);
    const task = c.models[0].tasks[0];
    expect(task.verdict).toBe('no-baseline');
    expect(task.reason).toMatch(
      /baseline run base-run fails the error rule on this task \(6\.0% of items errored/,
    );
    expect(c.exit_code).toBe(0);
  });

  it('a baseline task with fewer items than min_items is no baseline', () => {
    const base = single([{ task: 'math', scores: scores(15, 12) }], 'base-run');
    const c = compare(single([{ task: 'math', scores: base200 }]), base);
    expect(c.models[0].tasks[0].verdict).toBe('no-baseline');
    expect(c.models[0].tasks[0].reason).toMatch(/only 15 items scored, below min_items 20/);
  });
});

describe('a published baseline failing the error rule is skipped for the next eligible one', () => {
  let dir: string;
  let pages: string;
  const goodSha = 'aaa1111aaa1111aaa1111aaa1111aaa1111aaa1';
  const badSha = 'bbb2222bbb2222bbb2222bbb2222bbb2222bbb2';

  async function publish(runId: string, sha: string, startedAt: string, errors: number): Promise<void> {
    const run = buildRun({
      run_id: runId,
      models: [{ model: 'cand', tasks: [{ task: 'math', scores: base200, errors }] }],
      git: { sha, branch: 'main', event: 'push' },
      started_at: startedAt,
    });
    const runDir = await writeRun(join(dir, runId), run);
    const now = new Date(Date.parse(startedAt) + 3_600_000);
    const self = await gateFolders({ candidateDir: runDir, baseline: runDir, now });
    await publishRun({
      resultsDir: runDir,
      pagesDir: pages,
      context: { kind: 'branch', branch: 'main', defaultBranch: 'main', sha },
      comparison: self,
      now,
    });
  }

  async function gatePr(mergeBase: string): Promise<Comparison> {
    const cand = buildRun({
      run_id: `pr-${mergeBase.slice(0, 3)}`,
      models: [{ model: 'cand', tasks: [{ task: 'math', scores: flip(base200, 26, 6) }] }],
    });
    return gateFolders({
      candidateDir: await writeRun(join(dir, `pr-${mergeBase.slice(0, 3)}`), cand),
      baseline: pages,
      context: { event: 'pull_request', base_ref: 'main', base_sha: mergeBase },
      now: NOW,
    });
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'evalwarden-gate-rules-'));
    pages = join(dir, 'pages');
    await publish('main-good', goodSha, '2026-11-20T12:00:00Z', 0);
    await publish('main-bad', badSha, '2026-11-21T12:00:00Z', 12);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a PR whose merge-base run errored on 6% of items is gated against the older clean run', async () => {
    const c = await gatePr(badSha);
    expect(c.models[0].baseline?.run_id).toMatch(/main-good/);
    expect(c.notes.join('\n')).toMatch(/skipped baseline run .*main-bad.*: task math fails the error rule/);
    expect(c.models[0].tasks[0].verdict).toBe('regression');
  });
});

describe('the MDE never claims more than the interval allows', () => {
  it('with no discordant pairs at n = 30 the MDE is at least the interval’s reach, not max_drop', () => {
    const same = scores(30, 24);
    const c = compare(
      single([{ task: 'math', scores: same }]),
      single([{ task: 'math', scores: same }], 'b'),
    );
    const d = c.models[0].tasks[0].delta!;
    expect(d.se).toBe(0);
    expect(d.ci.low).toBeLessThan(-0.05);
    expect(d.mde).toBeGreaterThanOrEqual(-d.ci.low);
  });
});

describe('the terminal shows text, not HTML entities', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'evalwarden-gate-terminal-'));
    await writeRun(join(dir, 'base'), single([{ task: 'math', scores: base200 }], 'base'));
    await writeRun(join(dir, 'drop'), single([{ task: 'math', scores: flip(base200, 40, 2) }], 'drop'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('`compare` prints "p = <0.0001" in its headline, never "&lt;"', async () => {
    const out: string[] = [];
    const io = {
      stdout: (l: string) => out.push(l),
      stderr: () => {},
      cwd: dir,
      env: {},
    } as unknown as CommandIO;
    const code = await compareCommand(
      ['--candidate', join(dir, 'drop'), '--baseline', join(dir, 'base'), '--out', join(dir, 'out')],
      io,
    );
    expect(code).toBe(1);
    expect(out[0]).toContain('p = <0.0001');
    expect(out.join('\n')).not.toContain('&lt;');
  });

  it('the markdown rendering still escapes artifact strings as HTML', () => {
    const c = compare(
      single([{ task: '<b>math</b>', scores: base200 }]),
      single([{ task: '<b>math</b>', scores: base200 }], 'b'),
    );
    expect(renderComparisonTable(c)).toContain('&lt;b&gt;math');
    expect(renderComparisonTable(c, 'terminal')).toContain('<b>math</b>');
  });
});

describe('improvements are counted and their p-values shown', () => {
  const base = single(fiveTasks(base200), 'base-run');
  const c = compare(single(fiveTasks(flip(base200, 2, 40))), base);

  it('a run with 4 passes and 1 improvement says so, not "4 of 5 tasks passed"', () => {
    expect(c.models[0].tasks[0].verdict).toBe('improvement');
    expect(c.verdict).toBe('pass');
    expect(c.reason).toBe('5 tasks: 4 passed, 1 improved');
  });

  it('the improvement’s p-value for a rise is in the table and the PR comment', () => {
    expect(renderComparisonTable(c, 'terminal')).toMatch(/rise <0\.0001 \(<0\.0001\)/);
    expect(report(c, single(fiveTasks(base200)))).toMatch(/🚀 improvement \(p rise = <0\.0001\)/);
  });
});

describe('a critical task warns where a non-critical one would', () => {
  it('p = 0.018 below the run’s α = 0.05 but not the critical task’s own α = 0.01 is inconclusive', () => {
    const base = single(fiveTasks(base200), 'base-run');
    const c = compare(single(fiveTasks(flip(base200, 12, 3))), base, {}, [
      { id: 't0', gate: { critical: true, alpha: 0.01 } },
    ]);
    const task = c.models[0].tasks[0];
    expect(task.delta?.p_drop).toBeCloseTo(576 / 32768, 12);
    expect(task.verdict).toBe('inconclusive');
    expect(task.reason).toMatch(/below the run's α = 0\.05 but not this critical task's own α = 0\.01/);
  });
});

describe('what changed is said in the task’s row, in words', () => {
  it('a changed scorer type is reported as a changed scorer, not as a changed primary metric', () => {
    const base = single([{ task: 'math', scores: base200 }], 'base-run');
    const cand = single([
      { task: 'math', scores: base200, instrument: { scorer: 'regex' }, primary_metric: 'match' },
    ]);
    const c = compare(cand, base);
    const task = c.models[0].tasks[0];
    expect(task.reason).toMatch(/^scorer changed \(exact → regex\)/);
    expect(task.changes).toEqual(['scorer', 'primary_metric', 'instrument']);
    const body = report(c, cand);
    expect(body).toMatch(
      /\| math .*scorer changed \(exact → regex\): not compared; primary metric changed \(acc → match\)/,
    );
  });

  it('a changed prompt is named in the row, not only in the footer', () => {
    const base = single([{ task: 'math', scores: base200 }], 'base-run');
    const cand = single([{ task: 'math', scores: base200, prompt_hash: 'prompt1111111111' }]);
    const c = compare(cand, base);
    expect(report(c, cand)).toMatch(/\| math .*✅ pass.*prompt changed since the baseline; gated as usual/);
    expect(renderComparisonTable(c, 'terminal')).toMatch(/\| math .*prompt changed since the baseline/);
  });
});

describe('Baseline and Candidate columns say when they hold paired items only', () => {
  it('with 5 items errored in the baseline the row gives the candidate’s own score beside the paired one', () => {
    const base = single([{ task: 'math', scores: base200, errors: 5 }], 'base-run');
    const cand = single([{ task: 'math', scores: base200 }]);
    const c = compare(cand, base);
    const task = c.models[0].tasks[0];
    expect(task.candidate.n).toBe(195);
    expect(task.candidate.own).toEqual({ n: 200, mean: 0.8 });
    const body = report(c, cand);
    expect(body).toContain('over the 195 paired items; the candidate’s own score is 80.0% on 200');
    expect(body).toContain('Baseline and Candidate average over the items both runs scored');
  });
});

describe('the MDE is explained where it is shown', () => {
  it('the PR comment and the terminal table carry the MDE footnote', () => {
    const base = single([{ task: 'math', scores: base200 }], 'base-run');
    const cand = single([{ task: 'math', scores: base200 }]);
    const c = compare(cand, base);
    for (const text of [report(c, cand), renderComparisonTable(c, 'terminal')])
      expect(text).toMatch(
        /MDE: the smallest true drop this run finds 80% of the time — one-sided, at the task’s α after the correction/,
      );
  });
});

describe('an underpowered pass has its own mark and says what would tell', () => {
  const small = scores(30, 24);
  const base = single([{ task: 'math', scores: small }], 'base-run');
  const cand = single([{ task: 'math', scores: flip(small, 6, 1) }]);
  const c = compare(cand, base);
  const task = c.models[0].tasks[0];

  it('−16.7 points at n = 30, not significant, is a pass marked ❔, never ✅', () => {
    expect(task.delta?.estimate).toBeCloseTo(-5 / 30, 12);
    expect(task.verdict).toBe('pass');
    expect(task.underpowered).toBe(true);
    const body = report(c, cand);
    expect(body).toMatch(/\| math .*❔ pass \(underpowered\)/);
    expect(body).not.toMatch(/\| math .*✅/);
  });

  it('says "this run cannot tell; N more items would" with N from the test’s SE at this n', () => {
    expect(task.more_items?.goal).toBe('detect');
    expect(task.more_items?.drop).toBeCloseTo(5 / 30, 12);
    expect(task.more_items?.items).toBeGreaterThan(0);
    expect(report(c, cand)).toMatch(
      new RegExp(
        `this run cannot tell; about ${task.more_items?.items} more items would find a 16\\.7-point drop 80% of the time`,
      ),
    );
  });

  it('a pass with Δ̂ near 0 says how many more items would rule out a drop beyond max_drop', () => {
    const t = compare(single([{ task: 'math', scores: flip(small, 1, 1) }]), base).models[0].tasks[0];
    expect(t.underpowered).toBe(true);
    expect(t.more_items?.goal).toBe('rule-out');
    expect(t.more_items?.drop).toBe(0.02);
  });
});

describe('one module holds the verdict’s words', () => {
  it('src/gate/verdict-words.ts imports types only, so a browser bundle can import it as is', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(new URL('../src/gate/verdict-words.ts', import.meta.url), 'utf8');
    const imports = text.split('\n').filter((line) => /^import\b/.test(line));
    expect(imports.length).toBeGreaterThan(0);
    for (const line of imports) expect(line).toMatch(/^import type /);
  });
});
