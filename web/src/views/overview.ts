/**
 * The leaderboard: the latest run of each model on each branch and suite, plus the best
 * checkpoint of each training model, from the manifest alone (no other file is fetched).
 */
import { append, h, link, select } from '../ui/dom.js';
import { score, verdict } from '../ui/cells.js';
import { date, scaleOf } from '../ui/format.js';
import { table, type Sort } from '../ui/table.js';
import { routeHref } from '../router.js';
import type { RunRow } from '../data/protocol.js';
import type { View } from './context.js';
import { isBestCheckpoint, isLowerBetter, rowLabel, rowScore } from './pick.js';

export const overview: View = async (ctx) => {
  const m = await ctx.store.manifest();
  const q = ctx.route.query;
  const suite = q.get('suite') ?? '';
  const task = q.get('task') ?? '';
  const role = q.get('role') ?? '';
  const sortKey = q.get('sort') ?? 'score';
  // Best first by default: for a lower-is-better task (perplexity, a loss) that is the lowest.
  const bestFirst = sortKey === 'score' && task && isLowerBetter(m, task) ? 'asc' : 'desc';
  const dir = q.get('dir');
  const sort: Sort = { key: sortKey, dir: dir === 'asc' || dir === 'desc' ? dir : bestFirst };

  // A training model's latest checkpoint can also be its best: the publisher lists it twice
  // (latest row and `best` row); show it once, with both facts.
  const bestIds = new Set(m.leaderboard.filter((r) => isBestCheckpoint(r, m)).map((r) => r.run_id));
  const seen = new Set<string>();
  const rows = m.leaderboard
    .filter((r) => (!suite || r.suite === suite) && (!role || r.role === role))
    .filter((r) => !(bestIds.has(r.run_id) && !isBestCheckpoint(r, m)))
    .filter((r) => !seen.has(r.run_id) && Boolean(seen.add(r.run_id)));
  const taskNames = m.tasks.map((t) => t.task);
  const controls = h(
    'div',
    { class: 'controls' },
    select(
      'Suite',
      'suite',
      [['', 'All suites'], ...m.suites.map((s): [string, string] => [s, s])],
      suite,
      (v) => ctx.setQuery({ suite: v }),
    ),
    select(
      'Score',
      'task',
      [['', 'Suite aggregate'], ...taskNames.map((t): [string, string] => [t, t])],
      task,
      (v) => ctx.setQuery({ task: v }),
    ),
    select(
      'Role',
      'role',
      [
        ['', 'All roles'],
        ['candidate', 'candidate'],
        ['reference', 'reference'],
        ['training', 'training'],
      ],
      role,
      (v) => ctx.setQuery({ role: v }),
    ),
  );

  const grid = table<RunRow>({
    caption: `${rows.length} entries: the latest run of each model, branch and suite, and each training model's best checkpoint. Scores ×100 with 95% CI.`,
    testId: 'leaderboard',
    sort,
    onSort: (s) => ctx.setQuery({ sort: s.key, dir: s.dir }),
    rowAttrs: (r) => ({ 'data-run': r.run_id }),
    rows,
    columns: [
      {
        key: 'model',
        label: 'Model',
        value: (r) => r.model,
        cell: (r) => [
          link(routeHref('run', [r.run_id]), rowLabel(r, m)),
          isBestCheckpoint(r, m) ? h('span', { class: 'tag' }, 'best checkpoint') : null,
        ],
      },
      { key: 'role', label: 'Role', value: (r) => r.role, cell: (r) => r.role },
      { key: 'branch', label: 'Branch', value: (r) => r.branch, cell: (r) => r.branch ?? '—' },
      { key: 'suite', label: 'Suite', value: (r) => r.suite, cell: (r) => r.suite },
      {
        key: 'score',
        label: task ? `${task}${isLowerBetter(m, task) ? ' ↓' : ''}` : 'Score',
        numeric: true,
        value: (r) => rowScore(r, task)?.[0] ?? null,
        cell: (r) => {
          const s = rowScore(r, task);
          return s ? score(...s, scaleOf(s[0])) : h('span', { class: 'muted' }, 'not run');
        },
      },
      {
        key: 'coverage',
        label: 'Tasks',
        numeric: true,
        value: (r) => Object.keys(r.tasks).length,
        cell: (r) => `${Object.keys(r.tasks).length}/${taskNames.length}`,
      },
      { key: 'verdict', label: 'Verdict', value: (r) => r.verdict ?? null, cell: (r) => verdict(r.verdict) },
      { key: 'created_at', label: 'When', value: (r) => r.created_at, cell: (r) => date(r.created_at) },
    ],
  });

  const recent = [...m.alerts].sort((a, b) => b.created_at.localeCompare(a.created_at)).slice(0, 3);
  append(ctx.root, [
    h('h1', { tabindex: '-1' }, 'Leaderboard'),
    h(
      'p',
      { class: 'lede' },
      `${m.run_count.toLocaleString('en-US')} runs of ${m.models.length} models on ${m.tasks.length} tasks.`,
    ),
    recent.length
      ? h(
          'aside',
          { class: 'alerts-strip', 'aria-label': 'Latest alerts' },
          h('strong', null, 'Latest alerts: '),
          ...recent.map((a) =>
            h(
              'span',
              { class: 'alert-item' },
              verdict(a.verdict),
              ' ',
              link(routeHref('run', [a.run_id]), a.model),
              ` (${a.suite}) ${date(a.created_at)}`,
            ),
          ),
          ' ',
          link(routeHref('alerts'), 'all alerts'),
        )
      : null,
    controls,
    grid,
  ]);
};
