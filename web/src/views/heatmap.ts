/**
 * Models and checkpoints × tasks, coloured by score or by Δ to a chosen reference model. Tasks
 * are grouped by category; a missing cell is drawn as missing (never as 0) and each row says its
 * coverage. Rows are the leaderboard's, or with `rows=checkpoints` every checkpoint of one
 * training model (its series file). The same numbers follow as a table.
 */
import { append, h, link, select } from '../ui/dom.js';
import { ciOrUnknown, pct, type Scale, scaleOf, signed } from '../ui/format.js';
import { tooltipLines } from '../ui/escape.js';
import { routeHref } from '../router.js';
import type { RunRow } from '../data/protocol.js';
import type { View } from './context.js';
import { chartSlot } from './chart-slot.js';
import { defaultSuite, isLowerBetter, referenceRow, rowLabel, tasksByCategory } from './pick.js';

const MAX_CHECKPOINT_ROWS = 60;

export const heatmap: View = async (ctx) => {
  const m = await ctx.store.manifest();
  const q = ctx.route.query;
  const suite = q.get('suite') ?? defaultSuite(m);
  const refModel = q.get('ref') ?? '';
  const mode = refModel ? 'delta' : 'score';
  const trainingModels = m.models.filter((x) => x.role === 'training').map((x) => x.model);
  const checkpointsOf = q.get('rows') === 'checkpoints' ? (q.get('model') ?? trainingModels[0] ?? '') : '';

  let rows: RunRow[];
  if (checkpointsOf) {
    const series = await ctx.store.series(checkpointsOf);
    const points: RunRow[] = (series?.points ?? [])
      .filter((p) => p.suite === suite && p.step !== null)
      .sort((a, b) => a.step! - b.step!)
      .map((p) => ({ ...p, model: checkpointsOf, role: series!.role, pr: null }));
    // Evenly thinned so a long sweep still fits on a screen; the last checkpoint always shows.
    const stride = Math.ceil(points.length / MAX_CHECKPOINT_ROWS);
    rows = points.filter((_, i) => i % stride === 0 || i === points.length - 1);
  } else {
    const seen = new Set<string>(); // a checkpoint both latest and best is listed twice in the manifest
    rows = m.leaderboard
      .filter((r) => r.suite === suite && !seen.has(r.run_id) && Boolean(seen.add(r.run_id)))
      .sort(
        (a, b) =>
          a.role.localeCompare(b.role) || a.model.localeCompare(b.model) || (a.step ?? 0) - (b.step ?? 0),
      );
  }
  const tasks = tasksByCategory(m);
  const ref = refModel ? referenceRow(m, refModel, suite) : null;

  const value = (r: RunRow, task: string): number | null => {
    const cell = r.tasks[task];
    if (!cell) return null;
    if (mode === 'score') return cell[0];
    const base = ref?.tasks[task];
    if (!base) return null;
    // Better is positive, as the gate gives Δ: a lower-is-better task's rise is coloured as a drop.
    return isLowerBetter(m, task) ? base[0] - cell[0] : cell[0] - base[0];
  };
  const lowerTasks = tasks.filter((t) => t.higher_is_better === false).length;
  /** Each task's numbers on its own scale when it is no proportion (a loss, a perplexity). */
  const scales = new Map(tasks.map((t) => [t.task, scaleOf(...rows.map((r) => r.tasks[t.task]?.[0]))]));
  const taskScale = (t: (typeof tasks)[number]): Scale => scales.get(t.task) ?? 'points';
  const label = (r: RunRow) => (checkpointsOf ? `step ${r.step}` : rowLabel(r, m));
  const coverage = (r: RunRow) => tasks.filter((t) => r.tasks[t.task]).length;

  const controls = h(
    'div',
    { class: 'controls' },
    select(
      'Suite',
      'suite',
      m.suites.map((s): [string, string] => [s, s]),
      suite,
      (v) => ctx.setQuery({ suite: v }),
    ),
    select(
      'Colour',
      'ref',
      [['', 'Score'], ...m.models.map((x): [string, string] => [x.model, `Δ to ${x.model}`])],
      refModel,
      (v) => ctx.setQuery({ ref: v }),
    ),
    select(
      'Rows',
      'rows',
      [
        ['', 'Leaderboard'],
        ...trainingModels.map((t): [string, string] => [`checkpoints:${t}`, `Checkpoints of ${t}`]),
      ],
      checkpointsOf ? `checkpoints:${checkpointsOf}` : '',
      (v) =>
        ctx.setQuery(
          v ? { rows: 'checkpoints', model: v.slice('checkpoints:'.length) } : { rows: null, model: null },
        ),
    ),
  );

  const data: [number, number, number][] = [];
  const missing: [number, number, number][] = [];
  rows.forEach((r, y) =>
    tasks.forEach((t, x) => {
      const v = value(r, t.task);
      if (v === null) missing.push([x, y, 0]);
      else data.push([x, y, v]);
    }),
  );
  const span = mode === 'delta' ? Math.max(0.05, ...data.map((d) => Math.abs(d[2]))) : 1;
  const cats = tasks.map((t) => t.category ?? 'uncategorised');
  const boundary = (i: number) => i === 0 || cats[i] !== cats[i - 1];
  const middle = (i: number) => {
    let a = i;
    while (a > 0 && cats[a - 1] === cats[i]) a--;
    let b = i;
    while (b < cats.length - 1 && cats[b + 1] === cats[i]) b++;
    return i === Math.floor((a + b) / 2);
  };

  const chart = chartSlot(
    ctx,
    `Heatmap of ${rows.length} rows by ${tasks.length} tasks, ${mode === 'delta' ? `Δ to ${refModel}` : 'score'}; the table below has the same numbers.`,
    ({ palette }) => {
      const p = palette();
      return {
        option: {
          tooltip: {
            confine: true,
            formatter: (e: { data: [number, number, number]; seriesIndex: number }) => {
              const [x, y, v] = e.data;
              const r = rows[y];
              const t = tasks[x];
              const cell = r.tasks[t.task];
              return tooltipLines([
                label(r),
                `${t.task} (${t.category ?? 'uncategorised'})`,
                e.seriesIndex === 1
                  ? 'not run'
                  : mode === 'delta'
                    ? `Δ ${signed(v, taskScale(t))} (score ${pct(cell?.[0], taskScale(t))})`
                    : `${pct(v, taskScale(t))} ${ciOrUnknown(cell?.[1], cell?.[2], taskScale(t))}`,
                ...(t.higher_is_better === false ? ['lower is better'] : []),
              ]);
            },
          },
          grid: { left: 8, right: 16, top: 56, bottom: 96, containLabel: true },
          xAxis: [
            {
              type: 'category',
              data: tasks.map((t) => t.task),
              axisLabel: {
                rotate: 60,
                color: p.muted,
                interval: 0,
                fontSize: 10,
                formatter: (v: string) => clip(v, 18),
              },
              splitArea: { show: false },
            },
            {
              type: 'category',
              position: 'top',
              data: cats,
              show: new Set(cats).size > 1,
              axisTick: { show: false },
              axisLine: { show: false },
              axisLabel: { interval: (i: number) => middle(i), color: p.text, fontWeight: 'bold' },
              splitLine: {
                show: true,
                interval: (i: number) => boundary(i + 1),
                lineStyle: { color: p.text, width: 2 },
              },
            },
          ],
          yAxis: {
            type: 'category',
            data: rows.map((r) => `${clip(label(r), 36)}  (${coverage(r)}/${tasks.length})`),
            inverse: true,
            axisLabel: { color: p.text, fontSize: 11 },
          },
          visualMap: [
            {
              seriesIndex: 0,
              min: mode === 'delta' ? -span : 0,
              max: span,
              calculable: true,
              orient: 'horizontal',
              left: 'center',
              bottom: 0,
              textStyle: { color: p.text },
              formatter: (v: number) => (mode === 'delta' ? signed(v) : pct(v)),
              inRange: {
                color: mode === 'delta' ? [p.bad, p.missing, p.good] : ['#f7fbff', '#6baed6', '#08306b'],
              },
            },
            {
              // ECharts wants a visual map for every heatmap series; missing cells get one flat colour.
              seriesIndex: 1,
              show: false,
              min: 0,
              max: 1,
              inRange: { color: [p.missing, p.missing] },
            },
          ],
          series: [
            // Drawn in one pass: progressive drawing would keep painting into a chart the user
            // may already have navigated away from (and disposed).
            {
              type: 'heatmap',
              name: 'score',
              data,
              xAxisIndex: 0,
              progressive: 0,
              emphasis: { disabled: true },
            },
            {
              type: 'heatmap',
              name: 'missing',
              data: missing,
              xAxisIndex: 0,
              progressive: 0,
              itemStyle: { color: p.missing },
            },
          ],
        },
        onClick: (e) => {
          const y = (e.data as [number, number, number])[1];
          if (rows[y]) location.hash = routeHref('run', [rows[y].run_id]);
        },
      };
    },
    Math.max(320, 230 + rows.length * 24),
  );

  const tableEl = h(
    'table',
    { 'data-testid': 'heatmap-table' },
    h(
      'caption',
      null,
      `${mode === 'delta' ? `Δ to ${refModel} (×100)` : 'Score (×100)'}; — = not run${
        lowerTasks && mode === 'delta'
          ? '; ↓ = lower is better, its Δ turned round so that positive is better, as the gate gives it'
          : lowerTasks
            ? '; ↓ = lower is better'
            : ''
      }`,
    ),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, 'Category'),
        ...groups(cats).map(([c, n]) => h('th', { scope: 'colgroup', colspan: n }, c)),
        h('th', null, ''),
      ),
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, 'Row'),
        ...tasks.map((t) =>
          h(
            'th',
            {
              scope: 'col',
              class: 'num',
              title: t.higher_is_better === false ? 'lower is better' : null,
              'data-lower-is-better': t.higher_is_better === false ? 'true' : null,
            },
            t.higher_is_better === false ? `${t.task} ↓` : t.task,
          ),
        ),
        h('th', { scope: 'col', class: 'num' }, 'Coverage'),
      ),
    ),
    h(
      'tbody',
      null,
      ...rows.map((r) =>
        h(
          'tr',
          { 'data-run': r.run_id },
          h('th', { scope: 'row' }, link(routeHref('run', [r.run_id]), label(r))),
          ...tasks.map((t) => {
            const v = value(r, t.task);
            return h(
              'td',
              { class: v === null ? 'num missing' : 'num', 'data-task': t.task },
              v === null ? '—' : mode === 'delta' ? signed(v, taskScale(t)) : pct(v, taskScale(t)),
            );
          }),
          h('td', { class: 'num' }, `${coverage(r)}/${tasks.length}`),
        ),
      ),
    ),
    h(
      'tfoot',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'row' }, 'Rows with the task'),
        ...tasks.map((t) =>
          h('td', { class: 'num' }, `${rows.filter((r) => r.tasks[t.task]).length}/${rows.length}`),
        ),
        h('td', null, ''),
      ),
    ),
  );

  append(ctx.root, [
    h('h1', { tabindex: '-1' }, checkpointsOf ? `Heatmap: checkpoints of ${checkpointsOf}` : 'Heatmap'),
    controls,
    mode === 'delta' && !ref
      ? h(
          'p',
          { class: 'error', role: 'alert' },
          `${refModel} has no ${suite} run on the leaderboard to compare with.`,
        )
      : null,
    rows.length ? chart : h('p', { class: 'muted' }, 'No runs for this selection.'),
    // Open when small; a closed <details> keeps a big table out of layout until it is wanted.
    h(
      'details',
      { open: rows.length * tasks.length <= 600 },
      h('summary', null, `The numbers (${rows.length} rows × ${tasks.length} tasks)`),
      h('div', { class: 'table-wrap' }, tableEl),
    ),
  ]);
};

/** Cut by characters, not by measured width: measuring every label is most of an axis's cost. */
function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function groups(cats: string[]): [string, number][] {
  const out: [string, number][] = [];
  for (const c of cats) {
    const last = out.at(-1);
    if (last && last[0] === c) last[1]++;
    else out.push([c, 1]);
  }
  return out;
}
