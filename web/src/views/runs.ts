/**
 * Every run of one month (its month shard, loaded on demand), newest first, filtered by kind,
 * model, branch and verdict: the way to PR runs, which are in no series.
 */
import { append, h, link, select } from '../ui/dom.js';
import { pager, score, verdict } from '../ui/cells.js';
import { date, shortSha } from '../ui/format.js';
import { commitUrl, pullUrl } from '../ui/safe-url.js';
import { routeHref, withQuery } from '../router.js';
import type { RunRow } from '../data/protocol.js';
import { table } from '../ui/table.js';
import type { View } from './context.js';

const PAGE = 100;

export const runs: View = async (ctx) => {
  const m = await ctx.store.manifest();
  const q = ctx.route.query;
  const asked = q.get('month');
  const unknownMonth = asked !== null && !m.months.includes(asked);
  const month = asked !== null && !unknownMonth ? asked : m.months.at(-1);
  if (!month) throw new Error('No runs published yet.');
  const idx = await ctx.store.month(month);
  const kind = q.get('kind') ?? '';
  const model = q.get('model') ?? '';
  const v = q.get('verdict') ?? '';
  const page = Math.max(1, Number(q.get('page')) || 1);
  const rows = [...idx.runs]
    .reverse()
    .filter((r) => (!kind || r.kind === kind) && (!model || r.model === model) && (!v || r.verdict === v));
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));

  append(ctx.root, [
    h('h1', { tabindex: '-1' }, `Runs of ${month}`),
    unknownMonth
      ? h(
          'p',
          { class: 'note warn', 'data-testid': 'unknown-month' },
          `No runs were published in month "${asked}"; showing the latest month, ${month}.`,
        )
      : null,
    h(
      'div',
      { class: 'controls' },
      select(
        'Month',
        'month',
        [...m.months].reverse().map((x): [string, string] => [x, x]),
        month,
        (x) => ctx.setQuery({ month: x, page: null }),
      ),
      select(
        'Kind',
        'kind',
        [
          ['', 'All kinds'],
          ['pr', 'pull request'],
          ['branch', 'branch'],
          ['manual', 'manual'],
          ['sweep', 'sweep'],
          ['import', 'import'],
        ],
        kind,
        (x) => ctx.setQuery({ kind: x, page: null }),
      ),
      select(
        'Model',
        'model',
        [['', 'All models'], ...m.models.map((x): [string, string] => [x.model, x.model])],
        model,
        (x) => ctx.setQuery({ model: x, page: null }),
      ),
      select(
        'Verdict',
        'verdict',
        [
          ['', 'Any verdict'],
          ...['regression', 'inconclusive', 'error', 'improvement', 'pass', 'no-baseline'].map(
            (x): [string, string] => [x, x],
          ),
        ],
        v,
        (x) => ctx.setQuery({ verdict: x, page: null }),
      ),
    ),
    h('p', { 'data-testid': 'run-count' }, `${rows.length} of ${idx.runs.length} runs this month`),
    table<RunRow>({
      testId: 'runs',
      rows: rows.slice((page - 1) * PAGE, page * PAGE),
      rowAttrs: (r) => ({ 'data-run': r.run_id }),
      columns: [
        { key: 'when', label: 'When', cell: (r) => date(r.created_at) },
        {
          key: 'kind',
          label: 'Kind',
          cell: (r) => (r.kind === 'pr' && r.pr ? link(pullUrl(m.repository, r.pr), `PR #${r.pr}`) : r.kind),
        },
        {
          key: 'model',
          label: 'Model',
          cell: (r) =>
            link(routeHref('run', [r.run_id]), r.step !== null ? `${r.model} @ step ${r.step}` : r.model),
        },
        { key: 'branch', label: 'Branch', cell: (r) => r.branch ?? '—' },
        {
          key: 'commit',
          label: 'Commit',
          cell: (r) => link(commitUrl(m.repository, r.sha), h('code', null, shortSha(r.sha))),
        },
        { key: 'suite', label: 'Suite', cell: (r) => r.suite },
        {
          key: 'score',
          label: 'Score',
          numeric: true,
          cell: (r) => (r.score === null ? '—' : score(r.score, r.ci?.[0], r.ci?.[1])),
        },
        { key: 'verdict', label: 'Verdict', cell: (r) => verdict(r.verdict) },
      ],
    }),
    pager(page, pages, (n) => withQuery(ctx.route, { page: n })),
  ]);
};
