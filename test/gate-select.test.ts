import { describe, expect, it } from 'vitest';
import {
  selectBaseline,
  selectCheckpoints,
  type PromotedBaseline,
  type RunRow,
  type SelectQuery,
} from '../src/gate/select.js';

const NOW = new Date('2026-11-23T12:00:00Z');

function row(run_id: string, over: Partial<RunRow>): RunRow {
  return {
    run_id,
    path: `runs/2026-11/${run_id}`,
    kind: 'branch',
    suite: 'quick',
    model: 'cand',
    branch: 'main',
    sha: null,
    pr: null,
    created_at: '2026-11-20T12:00:00Z',
    ...over,
  };
}

const rows: RunRow[] = [
  row('r-merge-base', { sha: 'aaa1111', created_at: '2026-11-20T12:00:00Z' }),
  row('r-latest-main', { sha: 'bbb2222', created_at: '2026-11-22T12:00:00Z' }),
  row('r-full-main', { sha: 'bbb2222', suite: 'full', created_at: '2026-11-22T13:00:00Z' }),
  row('r-pr', { sha: 'ccc3333', kind: 'pr', pr: 7, branch: 'feature', created_at: '2026-11-23T11:00:00Z' }),
  row('r-release', { sha: 'ddd4444', branch: 'release', created_at: '2026-11-21T12:00:00Z' }),
  row('r-base-model', { sha: 'aaa1111', model: 'base', created_at: '2026-11-20T12:00:00Z' }),
];
const promoted: PromotedBaseline[] = [
  {
    branch: 'main',
    model: 'cand',
    suite: 'quick',
    run_id: 'r-merge-base',
    path: 'runs/2026-11/r-merge-base',
  },
];

function query(over: Partial<SelectQuery>): SelectQuery {
  return { model: 'cand', suite: 'quick', context: {}, default_branch: 'main', now: NOW, ...over };
}

describe('baseline selection', () => {
  it.each([
    {
      name: 'a pull request uses the run on its merge-base',
      q: { context: { event: 'pull_request', base_ref: 'main', base_sha: 'aaa1111', sha: 'ccc3333' } },
      run: 'r-merge-base',
      by: 'merge-base',
    },
    {
      name: 'a pull request whose merge-base has no run uses the latest on the base branch',
      q: { context: { event: 'pull_request', base_ref: 'main', base_sha: 'fff0000', sha: 'ccc3333' } },
      run: 'r-latest-main',
      by: 'latest-on-base',
    },
    {
      name: 'a push uses the run of its parent commit',
      q: { context: { event: 'push', branch: 'main', sha: 'eee5555', parent_sha: 'aaa1111' } },
      run: 'r-merge-base',
      by: 'parent',
    },
    {
      name: 'a push whose parent has no run uses the latest on its branch',
      q: { context: { event: 'push', branch: 'release', sha: 'eee5555', parent_sha: 'fff0000' } },
      run: 'r-release',
      by: 'latest-on-branch',
    },
    {
      name: 'a schedule uses the promoted baseline, not the latest run',
      q: { context: { event: 'schedule', branch: 'main' } },
      run: 'r-merge-base',
      by: 'promoted',
    },
    {
      name: 'a pinned run id wins over every rule',
      q: { pinned: 'r-release', context: { event: 'schedule', branch: 'main' } },
      run: 'r-release',
      by: 'pinned',
    },
    {
      name: 'a full-suite run stands in when there is no run of the quick suite',
      q: {
        suite: 'smoke',
        context: { event: 'pull_request', base_ref: 'main', base_sha: 'zzz', sha: 'ccc3333' },
      },
      run: 'r-full-main',
      by: 'latest-on-base',
    },
    {
      name: '--baseline-model looks for the other model’s runs',
      q: { model: 'base', context: { event: 'pull_request', base_ref: 'main', base_sha: 'aaa1111' } },
      run: 'r-base-model',
      by: 'merge-base',
    },
    {
      name: 'a local compare with no event uses the default branch’s promoted baseline',
      q: { context: { branch: 'feature' } },
      run: 'r-merge-base',
      by: 'promoted',
    },
  ])('$name', ({ q, run, by }) => {
    const selection = selectBaseline(rows, promoted, query(q as Partial<SelectQuery>));
    expect(selection.row?.run_id).toBe(run);
    if (selection.row) expect(selection.selected_by).toBe(by);
  });

  it('says which run and how old', () => {
    const selection = selectBaseline(
      rows,
      promoted,
      query({ context: { event: 'pull_request', base_ref: 'main', base_sha: 'aaa1111' } }),
    );
    expect(selection.row && selection.description).toBe(
      'the run on merge-base aaa1111 of main, quick suite, 3 days old',
    );
    expect(selection.row && selection.age_days).toBeCloseTo(3, 10);
  });

  it.each([
    {
      name: 'a schedule with nothing promoted has no baseline, and says how to get one',
      q: { context: { event: 'schedule', branch: 'release' } },
      reason: /no promoted baseline .*evalwarden promote/,
    },
    {
      name: 'a pull request never pairs with another pull request’s run',
      q: { context: { event: 'pull_request', base_ref: 'feature' } },
      reason: /no quick run of cand on feature yet/,
    },
    { name: 'an unknown pinned run has no baseline', q: { pinned: 'nope' }, reason: /pinned run nope/ },
  ])('$name', ({ q, reason }) => {
    const selection = selectBaseline(rows, promoted, query(q as Partial<SelectQuery>));
    expect(selection.row).toBeNull();
    if (!selection.row) expect(selection.reason).toMatch(reason);
  });
});

describe('checkpoint sweeps', () => {
  const sweep: RunRow[] = [
    row('s1000', { model: 'ckpt', kind: 'sweep', step: 1000, score: 0.81 }),
    row('s2000', { model: 'ckpt', kind: 'sweep', step: 2000, score: 0.78 }),
    row('s4000', { model: 'ckpt', kind: 'sweep', step: 4000, score: 0.9 }),
  ];

  it('compares a checkpoint with the previous step and with the best earlier one', () => {
    const { previous, best } = selectCheckpoints(sweep, {
      model: 'ckpt',
      suite: 'quick',
      step: 3000,
      now: NOW,
    });
    expect(previous.row?.run_id).toBe('s2000');
    expect(best.row?.run_id).toBe('s1000');
    expect(best.row && best.description).toMatch(/best checkpoint so far \(step 1000, score 0.810\)/);
  });

  it('the first checkpoint has neither', () => {
    const { previous, best } = selectCheckpoints(sweep, {
      model: 'ckpt',
      suite: 'quick',
      step: 500,
      now: NOW,
    });
    expect(previous.row).toBeNull();
    expect(best.row).toBeNull();
  });
});
