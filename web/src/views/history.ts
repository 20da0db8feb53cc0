/**
 * Branch history, the drift timeline: one model's suite or task score on a branch (the default
 * one unless chosen), commit by commit, with the gate's regressions and improvements marked.
 * Every point links to its run, and every row to its commit on GitHub. The x axis is clock time
 * or, with `x=commit`, commit order: one step per published commit, evenly spaced, the order
 * reviewers think in (a quiet week and a busy hour take the same room).
 */
import { append, h, link, select } from '../ui/dom.js';
import { delta, pager, score, verdict } from '../ui/cells.js';
import { ciOrUnknown, date, pct, scaleOf, shortSha } from '../ui/format.js';
import { tooltipLines } from '../ui/escape.js';
import { commitUrl } from '../ui/safe-url.js';
import { routeHref, withQuery } from '../router.js';
import type { View } from './context.js';
import { chartSlot } from './chart-slot.js';
import { defaultSuite, rowScore, type Score } from './pick.js';

const PAGE = 50;

export const branchHistory: View = async (ctx) => {
  const m = await ctx.store.manifest();
  const q = ctx.route.query;
  const gated = m.models.filter((x) => x.role !== 'training').map((x) => x.model);
  const model =
    q.get('model') ??
    m.leaderboard.find((r) => r.role === 'candidate' && r.branch === m.default_branch)?.model ??
    gated[0] ??
    '';
  const suite = q.get('suite') ?? defaultSuite(m);
  const task = q.get('task') ?? '';
  if (!model) {
    append(ctx.root, [
      h('h1', { tabindex: '-1' }, 'Branch history'),
      h('p', { class: 'muted' }, 'No candidate or reference model has published a run yet.'),
    ]);
    return;
  }
  const [series, baselines] = await Promise.all([ctx.store.series(model), ctx.store.baselines()]);
  const promoted = new Set(
    (baselines?.baselines ?? []).filter((b) => b.model === model).map((b) => b.run_id),
  );
  const branches = [
    ...new Set((series?.points ?? []).filter((p) => p.kind !== 'sweep').map((p) => p.branch ?? '')),
  ]
    .filter(Boolean)
    .sort();
  const branch = q.get('branch') ?? m.default_branch;
  const page = Math.max(1, Number(q.get('page')) || 1);
  const byCommit = q.get('x') === 'commit';

  const points = (series?.points ?? [])
    .filter((p) => p.kind !== 'sweep' && p.suite === suite && (p.branch ?? '') === branch)
    .map((row) => ({ row, s: rowScore(row, task) }))
    .filter((p): p is { row: typeof p.row; s: Score } => p.s !== null)
    .sort((a, b) => a.row.created_at.localeCompare(b.row.created_at));
  const scale = scaleOf(...points.map((x) => x.s[0]));

  const controls = h(
    'div',
    { class: 'controls' },
    select(
      'Model',
      'model',
      gated.map((x): [string, string] => [x, x]),
      model,
      (v) => ctx.setQuery({ model: v, page: null }),
    ),
    select(
      'Branch',
      'branch',
      (branches.includes(branch) ? branches : [branch, ...branches]).map((b): [string, string] => [b, b]),
      branch,
      (v) => ctx.setQuery({ branch: v, page: null }),
    ),
    select(
      'Suite',
      'suite',
      m.suites.map((s): [string, string] => [s, s]),
      suite,
      (v) => ctx.setQuery({ suite: v, page: null }),
    ),
    select(
      'X axis',
      'x',
      [
        ['time', 'Clock time'],
        ['commit', 'Commit order'],
      ],
      byCommit ? 'commit' : 'time',
      (v) => ctx.setQuery({ x: v === 'commit' ? v : null }),
    ),
    select(
      'Score',
      'task',
      [['', 'Suite aggregate'], ...m.tasks.map((t): [string, string] => [t.task, t.task])],
      task,
      (v) => ctx.setQuery({ task: v, page: null }),
    ),
  );

  // In commit order each point is a category "n · sha": runs of one commit stay apart.
  const xOf = (x: (typeof points)[number], i: number) =>
    byCommit ? `${i + 1} · ${shortSha(x.row.sha)}` : x.row.created_at;
  const marked = (v: string | null | undefined) =>
    v === 'regression' || v === 'improvement' || v === 'inconclusive' || v === 'error';
  const chart = chartSlot(
    ctx,
    `Score of ${model} on ${branch} by ${byCommit ? 'commit order' : 'clock time'}; regressions and improvements marked; the table below lists every point.`,
    ({ palette }) => {
      const p = palette();
      const colour = (v: string | null | undefined) =>
        v === 'regression' || v === 'error'
          ? p.bad
          : v === 'improvement'
            ? p.good
            : v === 'inconclusive'
              ? p.warn
              : p.series[0];
      const data = points.map((x, i) => ({
        value: [xOf(x, i), x.s[0]],
        runId: x.row.run_id,
        row: x.row,
        ci: [x.s[1], x.s[2]],
        symbol:
          x.row.verdict === 'regression'
            ? 'triangle'
            : x.row.verdict === 'improvement'
              ? 'diamond'
              : 'circle',
        symbolRotate: x.row.verdict === 'regression' ? 180 : 0,
        symbolSize: marked(x.row.verdict) ? 11 : 5,
        itemStyle: { color: colour(x.row.verdict) },
      }));
      return {
        option: {
          tooltip: {
            confine: true,
            trigger: 'item',
            formatter: (e: {
              data: {
                row?: (typeof points)[number]['row'];
                ci?: [number | null, number | null];
                value: [string, number];
              };
              // value[0] is a time or a commit label; the tooltip names both.
            }) => {
              const r = e.data.row;
              if (!r) return '';
              return tooltipLines([
                `${shortSha(r.sha)} · ${date(r.created_at)}`,
                `${pct(e.data.value[1], scale)} ${ciOrUnknown(e.data.ci?.[0], e.data.ci?.[1], scale)}`,
                r.verdict ? `verdict: ${r.verdict}` : 'not gated',
                'click to open the run',
              ]);
            },
          },
          grid: { left: 8, right: 24, top: 24, bottom: 32, containLabel: true },
          xAxis: byCommit
            ? {
                type: 'category',
                data: points.map(xOf),
                axisLabel: { color: p.muted },
                splitLine: { show: false },
              }
            : { type: 'time', axisLabel: { color: p.muted }, splitLine: { show: false } },
          yAxis: {
            type: 'value',
            scale: true,
            axisLabel: { color: p.muted, formatter: (v: number) => pct(v, scale) },
            splitLine: { lineStyle: { color: p.grid } },
          },
          dataZoom: [{ type: 'inside' }],
          series: [
            {
              type: 'line',
              name: 'CI low',
              data: points.map((x, i) => [xOf(x, i), x.s[1]]),
              stack: 'band',
              symbol: 'none',
              lineStyle: { opacity: 0 },
              silent: true,
              tooltip: { show: false },
            },
            {
              type: 'line',
              name: 'CI',
              // No band where the interval is unknown (an import without SE), not a zero-width one.
              data: points.map((x, i) => [
                xOf(x, i),
                x.s[1] === null || x.s[2] === null ? null : x.s[2] - x.s[1],
              ]),
              stack: 'band',
              symbol: 'none',
              lineStyle: { opacity: 0 },
              areaStyle: { color: p.series[0], opacity: 0.15 },
              silent: true,
              tooltip: { show: false },
            },
            { type: 'line', name: model, data, color: p.series[0], showAllSymbol: true },
          ],
        },
        onClick: (e) => {
          const runId = (e.data as { runId?: string } | null)?.runId;
          if (runId) location.hash = routeHref('run', [runId]);
        },
      };
    },
  );

  const newestFirst = [...points].reverse();
  const pages = Math.ceil(newestFirst.length / PAGE);
  const shown = newestFirst.slice((page - 1) * PAGE, page * PAGE);
  const previous = new Map(points.map((x, i) => [x.row.run_id, points[i - 1]]));
  const rowsTable = h(
    'table',
    { 'data-testid': 'history-table' },
    h(
      'caption',
      null,
      `${points.length} runs of ${model} on ${branch}, newest first (×100, 95% CI; Δ to the previous commit; Commit # is the position in commit order).`,
    ),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        ...['When', 'Commit', 'Score', 'Δ previous', 'Verdict', 'Run', 'Commit #'].map((t) =>
          h('th', { scope: 'col' }, t),
        ),
      ),
    ),
    h(
      'tbody',
      null,
      ...shown.map((x) => {
        const prev = previous.get(x.row.run_id);
        return h(
          'tr',
          { 'data-run': x.row.run_id, class: marked(x.row.verdict) ? `marked v-${x.row.verdict}` : null },
          h('td', null, date(x.row.created_at)),
          h('td', null, link(commitUrl(m.repository, x.row.sha), h('code', null, shortSha(x.row.sha)))),
          h('td', { class: 'num' }, score(...x.s, scale)),
          h('td', { class: 'num' }, prev ? delta(x.s[0] - prev.s[0], undefined, undefined, scale) : '—'),
          h(
            'td',
            null,
            verdict(x.row.verdict),
            promoted.has(x.row.run_id)
              ? h('span', { class: 'tag', title: 'the promoted baseline in baselines.json' }, 'baseline')
              : null,
          ),
          h('td', null, link(routeHref('run', [x.row.run_id]), 'open')),
          h('td', { class: 'num', 'data-testid': 'commit-position' }, String(points.indexOf(x) + 1)),
        );
      }),
    ),
  );

  append(ctx.root, [
    h('h1', { tabindex: '-1' }, `Branch history: ${model}`),
    controls,
    points.length ? chart : h('p', { class: 'muted' }, `No ${suite} runs of ${model} on ${branch}.`),
    h('div', { class: 'table-wrap' }, rowsTable),
    pages > 1 ? pager(page, pages, (n) => withQuery(ctx.route, { page: n })) : null,
  ]);
};
