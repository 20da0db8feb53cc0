/**
 * Training curves: a task's score (or the suite aggregate) by checkpoint step, one line per
 * training model with its 95% CI as a band, reference models as flat dashed lines, and each
 * model's best checkpoint marked. Loads only the series files of the models shown.
 */
import { append, h, link, select } from '../ui/dom.js';
import { score } from '../ui/cells.js';
import { ciOrUnknown, pct, scaleOf } from '../ui/format.js';
import { tooltipLines } from '../ui/escape.js';
import { routeHref } from '../router.js';
import type { Manifest, SeriesPoint } from '../data/protocol.js';
import type { View } from './context.js';
import { chartSlot } from './chart-slot.js';
import { defaultSuite, referenceRow, rowScore, type Score } from './pick.js';

interface Curve {
  model: string;
  points: { row: SeriesPoint; step: number; s: Score }[];
  best: Curve['points'][number] | null;
}

export const curves: View = async (ctx) => {
  const m = await ctx.store.manifest();
  const q = ctx.route.query;
  const suite = q.get('suite') ?? defaultSuite(m);
  const task = q.get('task') ?? '';
  const training = m.models.filter((x) => x.role === 'training').map((x) => x.model);
  const chosen = q.has('models')
    ? (q.get('models') ?? '').split(',').filter((x) => training.includes(x))
    : training.slice(0, 4);
  const references = m.models.filter((x) => x.role === 'reference').map((x) => x.model);
  const showRefs = q.get('refs') !== '0';
  const lower = lowerIsBetter(m, task);

  const series = await Promise.all(chosen.map((model) => ctx.store.series(model)));
  const curvesList: Curve[] = series.map((s, i) => {
    // One point per step: a re-run of a checkpoint replaces the older one.
    const byStep = new Map<number, Curve['points'][number]>();
    for (const row of s?.points ?? []) {
      if (row.suite !== suite || row.step === null) continue;
      const sc = rowScore(row, task);
      if (sc) byStep.set(row.step, { row, step: row.step, s: sc });
    }
    const points = [...byStep.values()].sort((a, b) => a.step - b.step);
    const best = points.reduce<Curve['points'][number] | null>(
      (b, p) => (!b || (lower ? p.s[0] < b.s[0] : p.s[0] > b.s[0]) ? p : b),
      null,
    );
    return { model: chosen[i], points, best };
  });
  const scale = scaleOf(...curvesList.flatMap((c) => c.points.map((x) => x.s[0])));
  const refs = showRefs
    ? references
        .map((model) => ({ model, row: referenceRow(m, model, suite) }))
        .filter((r) => r.row && rowScore(r.row, task))
    : [];

  const toggle = (model: string) => {
    const next = chosen.includes(model) ? chosen.filter((x) => x !== model) : [...chosen, model];
    ctx.setQuery({ models: next.join(',') });
  };
  const controls = h(
    'div',
    { class: 'controls' },
    h(
      'fieldset',
      null,
      h('legend', null, 'Training runs'),
      ...training.map((model) => {
        const box = h('input', {
          type: 'checkbox',
          id: `m-${training.indexOf(model)}`,
          checked: chosen.includes(model),
        });
        box.addEventListener('change', () => toggle(model));
        return h('label', { class: 'check', for: `m-${training.indexOf(model)}` }, box, ` ${model}`);
      }),
    ),
    select(
      'Task',
      'task',
      [['', 'Suite aggregate'], ...m.tasks.map((t): [string, string] => [t.task, t.task])],
      task,
      (v) => ctx.setQuery({ task: v }),
    ),
    select(
      'Suite',
      'suite',
      m.suites.map((x): [string, string] => [x, x]),
      suite,
      (v) => ctx.setQuery({ suite: v }),
    ),
    (() => {
      const box = h('input', { type: 'checkbox', id: 'refs', checked: showRefs });
      box.addEventListener('change', () => ctx.setQuery({ refs: box.checked ? null : '0' }));
      return h('label', { class: 'check', for: 'refs' }, box, ' reference models');
    })(),
  );

  const allSteps = curvesList.flatMap((c) => c.points.map((p) => p.step));
  const [minStep, maxStep] = [Math.min(...allSteps), Math.max(...allSteps)];
  const chart = chartSlot(
    ctx,
    `Score by checkpoint step for ${chosen.length} training runs; the table below lists best and latest checkpoints.`,
    ({ palette }) => {
      const p = palette();
      const out: Record<string, unknown>[] = [];
      curvesList.forEach((c, i) => {
        const color = p.series[i % p.series.length];
        const stack = `band-${i}`;
        out.push({
          type: 'line',
          name: `${c.model} CI low`,
          data: c.points.map((x) => [x.step, x.s[1]]),
          stack,
          lineStyle: { opacity: 0 },
          symbol: 'none',
          silent: true,
          tooltip: { show: false },
        });
        out.push({
          type: 'line',
          name: `${c.model} CI`,
          // No band where the interval is unknown (an import without SE): a gap, not a zero-width band.
          data: c.points.map((x) => [x.step, x.s[1] === null || x.s[2] === null ? null : x.s[2] - x.s[1]]),
          stack,
          lineStyle: { opacity: 0 },
          areaStyle: { color, opacity: 0.18 },
          symbol: 'none',
          silent: true,
          tooltip: { show: false },
        });
        out.push({
          type: 'line',
          name: c.model,
          data: c.points.map((x) => ({ value: [x.step, x.s[0]], runId: x.row.run_id, ci: [x.s[1], x.s[2]] })),
          color,
          // Hundreds of symbols cost more to draw than the lines; long sweeps show them on hover only.
          showSymbol: c.points.length <= 60,
          symbolSize: 4,
          markPoint: c.best
            ? {
                symbol: 'pin',
                symbolSize: 38,
                data: [{ coord: [c.best.step, c.best.s[0]], value: pct(c.best.s[0], scale) }],
                label: { color: '#fff', fontSize: 10 },
              }
            : undefined,
        });
      });
      refs.forEach((r, i) => {
        const s = rowScore(r.row!, task)!;
        out.push({
          type: 'line',
          name: r.model,
          data: [
            [minStep, s[0]],
            [maxStep, s[0]],
          ],
          symbol: 'none',
          lineStyle: { type: 'dashed', width: 1.5 },
          color: p.series[(curvesList.length + i) % p.series.length],
        });
      });
      return {
        option: {
          legend: {
            data: [...curvesList.map((c) => c.model), ...refs.map((r) => r.model)],
            textStyle: { color: p.text },
            type: 'scroll',
          },
          tooltip: {
            confine: true,
            trigger: 'axis',
            formatter: (
              params: {
                seriesName: string;
                data: { value?: [number, number]; ci?: [number | null, number | null] } | [number, number];
              }[],
            ) => {
              const lines: unknown[] = [];
              for (const e of params) {
                const d = e.data;
                if (Array.isArray(d)) lines.push(`${e.seriesName} (reference): ${pct(d[1], scale)}`);
                else if (d?.value) {
                  if (!lines.length) lines.push(`step ${d.value[0]}`);
                  lines.push(
                    `${e.seriesName}: ${pct(d.value[1], scale)} ${ciOrUnknown(d.ci?.[0], d.ci?.[1], scale)}`,
                  );
                }
              }
              return tooltipLines(lines);
            },
          },
          grid: { left: 8, right: 24, top: 40, bottom: 56, containLabel: true },
          xAxis: {
            type: 'value',
            name: 'step',
            nameLocation: 'middle',
            nameGap: 28,
            min: 'dataMin',
            max: 'dataMax',
            axisLabel: { color: p.muted },
            splitLine: { lineStyle: { color: p.grid } },
          },
          yAxis: {
            type: 'value',
            name: task || 'aggregate',
            scale: true,
            axisLabel: { color: p.muted, formatter: (v: number) => pct(v, scale) },
            splitLine: { lineStyle: { color: p.grid } },
          },
          dataZoom: [{ type: 'inside', xAxisIndex: 0 }],
          series: out,
        },
        onClick: (e) => {
          const runId = (e.data as { runId?: string } | null)?.runId;
          if (runId) location.hash = routeHref('run', [runId]);
        },
      };
    },
  );

  const summary = h(
    'table',
    { 'data-testid': 'curves-table' },
    h(
      'caption',
      null,
      `Best and latest checkpoint of each training run, ${task || 'suite aggregate'} (×100, 95% CI).`,
    ),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        ...['Training run', 'Checkpoints', 'Best step', 'Best score', 'Latest step', 'Latest score'].map(
          (t) => h('th', { scope: 'col' }, t),
        ),
      ),
    ),
    h(
      'tbody',
      null,
      ...curvesList.map((c) => {
        const last = c.points.at(-1);
        return h(
          'tr',
          { 'data-model': c.model },
          h('th', { scope: 'row' }, c.model),
          h('td', { class: 'num' }, String(c.points.length)),
          h(
            'td',
            { class: 'num', 'data-testid': 'best-step' },
            c.best ? link(routeHref('run', [c.best.row.run_id]), String(c.best.step)) : '—',
          ),
          h('td', { class: 'num' }, c.best ? score(...c.best.s, scale) : '—'),
          h(
            'td',
            { class: 'num' },
            last ? link(routeHref('run', [last.row.run_id]), String(last.step)) : '—',
          ),
          h('td', { class: 'num' }, last ? score(...last.s, scale) : '—'),
        );
      }),
      ...refs.map((r) =>
        h(
          'tr',
          { 'data-model': r.model, class: 'reference' },
          h('th', { scope: 'row' }, `${r.model} (reference)`),
          h('td', null, ''),
          h('td', null, ''),
          h('td', { class: 'num' }, score(...rowScore(r.row!, task)!, scale)),
          h('td', null, ''),
          h('td', null, ''),
        ),
      ),
    ),
  );

  append(ctx.root, [
    h('h1', { tabindex: '-1' }, 'Training curves'),
    controls,
    curvesList.some((c) => c.points.length)
      ? chart
      : h(
          'p',
          { class: 'muted' },
          training.length
            ? 'Pick a training run with checkpoints for this suite.'
            : 'No training models in this data yet: sweeps publish them.',
        ),
    h('div', { class: 'table-wrap' }, summary),
  ]);
};

/**
 * Whether the lowest score is the best (perplexity, loss): the task's `higher_is_better: false`,
 * or for the suite aggregate every task's. Sites without the field are higher-is-better.
 */
function lowerIsBetter(m: Manifest, task: string): boolean {
  const tasks = task ? m.tasks.filter((t) => t.task === task) : m.tasks;
  return tasks.length > 0 && tasks.every((t) => t.higher_is_better === false);
}
