/**
 * Capability profile: each model's mean score per task category (its latest run on the default
 * branch, or a training model's best checkpoint) as a radar, and Δ to a reference model per
 * category as a table. A category mean is the unweighted mean of its tasks' primary metrics,
 * over the tasks both rows ran; its CI treats the tasks as independent. A category of one task
 * shows that task's interval from the summary as it is (Wilson intervals are not symmetric); a
 * category a model never ran is missing, on the radar too, never 0.
 */
import { append, h, link, select } from '../ui/dom.js';
import { delta, score } from '../ui/cells.js';
import { pct } from '../ui/format.js';
import { tooltipLines } from '../ui/escape.js';
import { routeHref } from '../router.js';
import type { Manifest, RunRow } from '../data/protocol.js';
import type { View } from './context.js';
import { chartSlot } from './chart-slot.js';
import { defaultSuite, isLowerBetter, latest, referenceRow, type Score } from './pick.js';

interface CategoryScore {
  mean: number;
  /** Null when a task's interval is unknown (an import without SE): the mean's is then unknown too. */
  low: number | null;
  high: number | null;
  tasks: number;
}

export const profile: View = async (ctx) => {
  const m = await ctx.store.manifest();
  const q = ctx.route.query;
  const suite = q.get('suite') ?? defaultSuite(m);
  const standing = standingRows(m, suite);
  const all = [...standing.keys()];
  const chosen = q.has('models')
    ? (q.get('models') ?? '').split(',').filter((x) => standing.has(x))
    : all.slice(0, 4);
  const refs = m.models.filter((x) => x.role === 'reference' && standing.has(x.model)).map((x) => x.model);
  const ref = q.get('ref') ?? refs[0] ?? '';
  const refRow = ref ? referenceRow(m, ref, suite) : null;
  const axes = axesOf(m);
  const categories = [...axes.keys()];
  const perModel = chosen.map((model) => ({
    model,
    row: standing.get(model)!,
    cats: byCategory(axes, standing.get(model)!, refRow, (task) => isLowerBetter(m, task)),
  }));

  const controls = h(
    'div',
    { class: 'controls' },
    h(
      'fieldset',
      null,
      h('legend', null, 'Models'),
      ...all.map((model, i) => {
        const box = h('input', { type: 'checkbox', id: `pm-${i}`, checked: chosen.includes(model) });
        box.addEventListener('change', () =>
          ctx.setQuery({
            models: (box.checked ? [...chosen, model] : chosen.filter((x) => x !== model)).join(','),
          }),
        );
        return h('label', { class: 'check', for: `pm-${i}` }, box, ` ${model}`);
      }),
    ),
    select('Reference', 'ref', [['', 'None'], ...all.map((x): [string, string] => [x, x])], ref, (v) =>
      ctx.setQuery({ ref: v }),
    ),
    select(
      'Suite',
      'suite',
      m.suites.map((s): [string, string] => [s, s]),
      suite,
      (v) => ctx.setQuery({ suite: v }),
    ),
  );

  const chart = chartSlot(
    ctx,
    `Radar of category scores for ${chosen.length} models; the table below has the numbers and Δ to ${ref || 'no reference'}.`,
    ({ palette }) => {
      const p = palette();
      return {
        option: {
          legend: { bottom: 0, textStyle: { color: p.text }, type: 'scroll' },
          tooltip: {
            confine: true,
            trigger: 'item',
            formatter: (e: { name: string; value: (number | null)[] }) =>
              tooltipLines([
                e.name,
                ...categories.map((c, i) => `${c}: ${e.value[i] === null ? 'not run' : pct(e.value[i])}`),
              ]),
          },
          radar: {
            radius: '68%',
            center: ['50%', '48%'],
            indicator: categories.map((c) => ({ name: c, max: 1, min: 0 })),
            axisName: { color: p.text },
            splitLine: { lineStyle: { color: p.grid } },
            splitArea: { show: false },
          },
          series: [
            {
              type: 'radar',
              data: perModel.map((x, i) => ({
                name: x.model,
                // A category the model never ran has no value (ECharts leaves a gap), not 0.
                value: categories.map((c) => x.cats.get(c)?.mean ?? null),
                itemStyle: { color: p.series[i % p.series.length] },
                areaStyle: { opacity: 0.08 },
              })),
            },
          ],
        },
      };
    },
    520,
  );

  const tableEl = h(
    'table',
    { 'data-testid': 'profile-table' },
    h(
      'caption',
      null,
      `Category means ×100 with 95% CI${refRow ? `, and Δ to ${ref} over the tasks both ran` : ''}.`,
    ),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, 'Category'),
        ...perModel.flatMap((x) => [
          h('th', { scope: 'col' }, x.model),
          refRow ? h('th', { scope: 'col' }, `Δ ${x.model}`) : null,
        ]),
      ),
    ),
    h(
      'tbody',
      null,
      ...categories.map((c) =>
        h(
          'tr',
          { 'data-category': c },
          h('th', { scope: 'row' }, c),
          ...perModel.flatMap((x) => {
            const s = x.cats.get(c);
            const d = refRow ? x.cats.get(`Δ${c}`) : undefined;
            const isRef = refRow !== null && x.row.run_id === refRow.run_id;
            return [
              h('td', { class: s ? 'num' : 'num missing' }, s ? score(s.mean, s.low, s.high) : 'not run'),
              refRow
                ? h(
                    'td',
                    { class: 'num' },
                    isRef
                      ? h('span', { class: 'muted' }, 'reference')
                      : d
                        ? delta(d.mean, d.low, d.high)
                        : '—',
                  )
                : null,
            ];
          }),
        ),
      ),
    ),
    h(
      'tfoot',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'row' }, 'Run'),
        ...perModel.flatMap((x) => [
          h(
            'td',
            null,
            link(
              routeHref('run', [x.row.run_id]),
              x.row.step !== null ? `step ${x.row.step}` : (x.row.branch ?? 'run'),
            ),
          ),
          refRow ? h('td', null, '') : null,
        ]),
      ),
    ),
  );

  append(ctx.root, [
    h('h1', { tabindex: '-1' }, 'Capability profile'),
    controls,
    perModel.length ? chart : h('p', { class: 'muted' }, 'Pick at least one model.'),
    h('div', { class: 'table-wrap' }, tableEl),
  ]);
};

/** The row that stands for each model: latest on the default branch, or best checkpoint. */
function standingRows(m: Manifest, suite: string): Map<string, RunRow> {
  const out = new Map<string, RunRow>();
  for (const info of m.models) {
    const rows = m.leaderboard.filter((r) => r.model === info.model && r.suite === suite);
    const pick =
      info.role === 'training'
        ? // The publisher's best checkpoint knows which way is better; a latest row stands in.
          (rows.find((r) => r.best) ??
          rows.reduce<RunRow | null>((b, r) => (!b || (r.score ?? -1) > (b.score ?? -1) ? r : b), null))
        : (latest(rows.filter((r) => r.branch === m.default_branch)) ?? latest(rows));
    if (pick) out.set(info.model, pick);
  }
  return out;
}

/**
 * The radar's axes: task categories when there are at least three, else the tasks themselves
 * (a publisher that knows no categories leaves them all null, and a one-axis radar says nothing).
 */
function axesOf(m: Manifest): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const t of m.tasks) {
    const c = t.category ?? 'uncategorised';
    groups.set(c, [...(groups.get(c) ?? []), t.task]);
  }
  if (groups.size >= 3) return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
  return new Map(m.tasks.map((t) => [t.task, [t.task]]));
}

/** Mean per axis (and `Δ<axis>` against the reference row, over the tasks both ran). */
function byCategory(
  groups: Map<string, string[]>,
  row: RunRow,
  ref: RunRow | null,
  lowerBetter: (task: string) => boolean,
): Map<string, CategoryScore> {
  const out = new Map<string, CategoryScore>();
  for (const [c, tasks] of groups) {
    const own = tasks.filter((t) => row.tasks[t]);
    if (own.length) out.set(c, meanOf(own.map((t) => row.tasks[t])));
    const shared = ref ? own.filter((t) => ref.tasks[t]) : [];
    if (ref && shared.length) {
      const a = meanOf(shared.map((t) => row.tasks[t]));
      const b = meanOf(shared.map((t) => ref.tasks[t]));
      const d = a.mean - b.mean;
      const known = a.low !== null && a.high !== null && b.low !== null && b.high !== null;
      // Unpaired: the Δ's lower side combines a's lower and b's upper half-widths, and back.
      const below = known ? Math.hypot(a.mean - a.low!, b.high! - b.mean) : null;
      const above = known ? Math.hypot(a.high! - a.mean, b.mean - b.low!) : null;
      const delta: CategoryScore = {
        mean: d,
        low: below === null ? null : d - below,
        high: above === null ? null : d + above,
        tasks: shared.length,
      };
      // A category of lower-is-better tasks (perplexity, loss) gets its Δ turned round, as the
      // gate does: positive is better, so a rise reads (and is coloured) as a drop.
      out.set(`Δ${c}`, shared.every((t) => lowerBetter(t)) ? turned(delta) : delta);
    }
  }
  return out;
}

function turned(d: CategoryScore): CategoryScore {
  return { ...d, mean: -d.mean, low: d.high === null ? null : -d.high, high: d.low === null ? null : -d.low };
}

function meanOf(scores: Score[]): CategoryScore {
  const k = scores.length;
  if (k === 1) return { mean: scores[0][0], low: scores[0][1], high: scores[0][2], tasks: 1 };
  const mean = scores.reduce((a, c) => a + c[0], 0) / k;
  // One task without an interval (an import without SE) leaves the mean's interval unknown.
  if (scores.some((c) => c[1] === null || c[2] === null)) return { mean, low: null, high: null, tasks: k };
  const cells = scores as [number, number, number][];
  // Each side's half-widths combine like independent SEs, sqrt(Σ h²) / k, keeping the
  // asymmetry of the tasks' intervals; a mean of scores in [0, 1] stays in [0, 1].
  const below = Math.sqrt(cells.reduce((a, c) => a + (c[0] - c[1]) ** 2, 0)) / k;
  const above = Math.sqrt(cells.reduce((a, c) => a + (c[2] - c[0]) ** 2, 0)) / k;
  const bounded = cells.every((c) => c[1] >= 0 && c[2] <= 1);
  return {
    mean,
    low: bounded ? Math.max(0, mean - below) : mean - below,
    high: bounded ? Math.min(1, mean + above) : mean + above,
    tasks: k,
  };
}
