/**
 * Two runs side by side: per task Δ (second minus first) with its 95% CI and verdict, then the
 * examples that flipped. Uses the gate's paired comparison when the second run was gated
 * against the first; otherwise estimates Δ from the two summaries (unpaired) and says so.
 */
import { append, h, link } from '../ui/dom.js';
import { delta, lowerIsBetterMark, score, verdict } from '../ui/cells.js';
import { scaleOf } from '../ui/format.js';
import { gateVerdict, underpoweredNote, unpairedTasks } from '../ui/verdict.js';
import { routeHref, withQuery } from '../router.js';
import type { EvalRecord, Summary, TaskSummary } from '../data/protocol.js';
import type { Comparison, ComparisonFlip, TaskComparison } from '../data/comparison.js';
import type { View } from './context.js';
import { flips } from './flips.js';
import { isLowerBetter } from './pick.js';
import { inputsNotice, inputsPublished, itemContext, sampleBody } from './example-card.js';

/** Flip cards shown per direction: both broken and fixed items are always on the page. */
const FLIPS_SHOWN = 20;
const FLIP_FILTERS = ['all', 'broken', 'fixed'] as const;
type FlipFilter = (typeof FLIP_FILTERS)[number];

export const compare: View = async (ctx) => {
  const [aId = '', bId = ''] = ctx.route.args;
  const [m, a, b] = await Promise.all([ctx.store.manifest(), ctx.store.findRun(aId), ctx.store.findRun(bId)]);
  if (!a || !b) throw new Error(`No published run has the id "${!a ? aId : bId}".`);
  const [sa, sb, cmp, recA, recB] = await Promise.all([
    ctx.store.summary(a.path),
    ctx.store.summary(b.path),
    ctx.store.comparison(b.path),
    ctx.store.samples(a.path),
    ctx.store.samples(b.path),
  ]);
  const gate = cmp && matches(cmp, aId, a.path, sa) ? cmp : null;
  const unpaired = gate ? unpairedTasks(gate) : null;
  const ta = tasksOf(sa);
  const tb = tasksOf(sb);
  const category = new Map(m.tasks.map((t) => [t.task, t.category]));
  const names = [...new Set([...ta.keys(), ...tb.keys()])];
  const lowerBetter = (task: string) =>
    tb.get(task)?.higher_is_better === false ||
    ta.get(task)?.higher_is_better === false ||
    isLowerBetter(m, task);
  const rows = names
    .map((task) => ({
      task,
      a: ta.get(task),
      b: tb.get(task),
      lower: lowerBetter(task),
      // The gate's Δ is already "better is positive"; an estimate is turned round the same way.
      d: gate?.tasks.get(task) ?? estimate(ta.get(task), tb.get(task), lowerBetter(task)),
    }))
    .sort((x, y) => (x.d?.delta ?? Infinity) - (y.d?.delta ?? Infinity));

  const flipped = gate
    ? gateFlips(gate, recA, recB)
    : flips(recA, recB).map((f) => ({ ...f, first: f.a.records[0], second: f.b.records[0], gateFlip: null }));
  const broken = flipped.filter((f) => f.kind === 'broken').length;
  const wanted = ctx.route.query.get('flips');
  const flipFilter: FlipFilter = FLIP_FILTERS.find((f) => f === wanted) ?? 'all';
  const shownFlips = (['broken', 'fixed'] as const)
    .filter((kind) => flipFilter === 'all' || flipFilter === kind)
    .flatMap((kind) => flipped.filter((f) => f.kind === kind).slice(0, FLIPS_SHOWN));
  const totals = gate
    ? [...gate.tasks.values()].reduce(
        (t, c) => ({
          worse: t.worse + (c.flips?.worse_total ?? 0),
          better: t.better + (c.flips?.better_total ?? 0),
        }),
        { worse: 0, better: 0 },
      )
    : { worse: broken, better: flipped.length - broken };
  const label = (s: Summary, id: string) =>
    `${s.models[0]?.model ?? id}${s.models[0]?.step !== null && s.models[0]?.step !== undefined ? ` @ step ${s.models[0].step}` : ''}`;

  append(ctx.root, [
    h('h1', { tabindex: '-1' }, 'Compare runs'),
    h(
      'p',
      { class: 'lede' },
      'From ',
      link(routeHref('run', [aId]), `${label(sa, aId)} (${aId})`),
      ' to ',
      link(routeHref('run', [bId]), `${label(sb, bId)} (${bId})`),
      '. ',
      link(routeHref('compare', [bId, aId]), 'Swap'),
    ),
    h(
      'p',
      { class: gate && !unpaired ? 'note' : 'note warn', 'data-testid': 'delta-source' },
      gate
        ? unpaired
          ? `Δ and verdicts from the gate’s comparison (comparison.json), as the PR comment gives them: ${unpaired}.`
          : 'Δ and verdicts from the gate’s paired comparison (comparison.json), as the PR comment gives them.'
        : 'Estimated from the two summaries: unpaired, so the CIs are wider than a paired comparison’s, and the verdicts are only whether the CI excludes 0.',
    ),
    gate ? underpoweredNote(gate) : null,
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { 'data-testid': 'compare-table' },
        h(
          'caption',
          null,
          `Per task, ×100 with 95% CI; Δ = second − first, worst first${
            rows.some((r) => r.lower)
              ? '; for a task marked ↓ (lower is better) Δ is turned round, as the gate gives it: positive is better, a rise is a drop'
              : ''
          }.`,
        ),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            ...['Task', 'Category', 'First', 'Second', 'Δ', 'Verdict'].map((t) =>
              h('th', { scope: 'col' }, t),
            ),
          ),
        ),
        h(
          'tbody',
          null,
          ...rows.map((r) => {
            const ma = r.a?.metrics[r.a.primary_metric];
            const mb = r.b?.metrics[r.b.primary_metric];
            const scale = scaleOf(ma?.mean, mb?.mean);
            return h(
              'tr',
              { 'data-task': r.task },
              h('th', { scope: 'row' }, r.task, r.lower ? lowerIsBetterMark() : null),
              h('td', null, category.get(r.task) ?? '—'),
              h(
                'td',
                { class: 'num' },
                ma ? score(ma.mean, ma.ci?.low ?? null, ma.ci?.high ?? null, scale) : 'not run',
              ),
              h(
                'td',
                { class: 'num' },
                mb ? score(mb.mean, mb.ci?.low ?? null, mb.ci?.high ?? null, scale) : 'not run',
              ),
              h('td', { class: 'num' }, r.d ? delta(r.d.delta, r.d.low, r.d.high, scale) : '—'),
              h('td', null, !r.d ? verdict(null) : gate ? gateVerdict(r.d) : estimated(r.d)),
            );
          }),
        ),
      ),
    ),
    h(
      'section',
      null,
      h(
        'h2',
        null,
        `Flipped examples (${totals.worse + totals.better}: ${totals.worse} broken, ${totals.better} fixed)`,
      ),
      h(
        'p',
        { class: 'muted' },
        gate
          ? 'As the gate paired them (it keeps up to 20 per task and direction). '
          : 'Among the published sample heads of both runs. ',
        link(routeHref('examples', [], { run: bId, vs: aId, filter: 'flipped' }), 'Browse flipped samples'),
      ),
      h(
        'nav',
        { class: 'actions', 'aria-label': 'Which flips', 'data-testid': 'flip-filter' },
        ...FLIP_FILTERS.map((f) => {
          const count =
            f === 'all' ? totals.worse + totals.better : f === 'broken' ? totals.worse : totals.better;
          const text = `${f === 'all' ? 'All' : f === 'broken' ? '✕ Broken' : '✓ Fixed'} (${count})`;
          return f === flipFilter
            ? h('strong', { 'aria-current': 'true', 'data-filter': f }, text)
            : h(
                'span',
                { 'data-filter': f },
                link(withQuery(ctx.route, { flips: f === 'all' ? null : f }), text),
              );
        }),
      ),
      inputsPublished([...recA, ...recB]) ? null : inputsNotice(),
      ...shownFlips.map((f) =>
        h(
          'article',
          { class: `flip f-${f.kind}`, 'data-testid': 'flip', 'data-task': f.task, 'data-item': f.item_id },
          h(
            'h3',
            null,
            `${f.kind === 'broken' ? '✕ broken' : '✓ fixed'}: `,
            f.task,
            ' / ',
            f.item_id,
            f.category ? ` (${f.category})` : '',
          ),
          itemContext(f.first) ?? itemContext(f.second),
          h(
            'div',
            { class: 'side-by-side' },
            side(
              'First',
              f.first,
              f.gateFlip
                ? { score: f.gateFlip.baseline_score, answer: f.gateFlip.baseline_answer, output: null }
                : null,
            ),
            side(
              'Second',
              f.second,
              f.gateFlip
                ? {
                    score: f.gateFlip.candidate_score,
                    answer: f.gateFlip.candidate_answer,
                    output: f.gateFlip.candidate_output,
                  }
                : null,
            ),
          ),
        ),
      ),
    ),
  ]);
};

interface FlipView {
  task: string;
  item_id: string;
  category: string | null;
  kind: 'fixed' | 'broken';
  first: EvalRecord | undefined;
  second: EvalRecord | undefined;
  gateFlip: ComparisonFlip | null;
}

/** The gate's flips, with each side's published sample where there is one (for the full output). */
function gateFlips(gate: Comparison, a: EvalRecord[], b: EvalRecord[]): FlipView[] {
  const key = (task: string, item: string) => `${task}\u0000${item}`;
  const A = new Map(a.map((r) => [key(r.task, r.item_id), r]));
  const B = new Map(b.map((r) => [key(r.task, r.item_id), r]));
  return [...gate.tasks.values()]
    .flatMap((t) =>
      [
        ...(t.flips?.worse ?? []).map((f) => ({ f, kind: 'broken' as const })),
        ...(t.flips?.better ?? []).map((f) => ({ f, kind: 'fixed' as const })),
      ].map(({ f, kind }) => ({
        task: t.task,
        item_id: f.item_id,
        category: f.category,
        kind,
        first: A.get(key(t.task, f.item_id)),
        second: B.get(key(t.task, f.item_id)),
        gateFlip: f,
      })),
    )
    .sort(
      (x, y) =>
        (x.kind === y.kind ? 0 : x.kind === 'broken' ? -1 : 1) ||
        x.task.localeCompare(y.task) ||
        x.item_id.localeCompare(y.item_id),
    );
}

/** One side of a flip: the published sample, else what the gate kept of it. */
function side(
  label: string,
  record: EvalRecord | undefined,
  kept: { score: number; answer: string | null; output: string | null } | null,
): HTMLElement {
  if (record || !kept) return sampleBody(record, label);
  const right = kept.score >= 0.5;
  return h(
    'div',
    { class: `sample s-${right ? 'correct' : 'wrong'}` },
    h(
      'div',
      { class: 'sample-head' },
      h('strong', null, `${label} `),
      h('span', { class: `badge s-${right ? 'correct' : 'wrong'}` }, right ? '✓ correct' : '✕ wrong'),
      ` score ${kept.score}`,
      kept.answer !== null ? ' · answer: ' : '',
      kept.answer !== null ? h('code', null, kept.answer) : null,
    ),
    kept.output !== null
      ? h('pre', { class: 'output', 'data-testid': 'output' }, kept.output)
      : h('p', { class: 'muted' }, 'output not kept'),
  );
}

function tasksOf(s: Summary): Map<string, TaskSummary> {
  return new Map((s.models[0]?.tasks ?? []).map((t) => [t.task, t]));
}

/** Does the second run's comparison.json compare it with the first? Its ids may be engine ids. */
function matches(cmp: Comparison, aId: string, aPath: string, sa: Summary): boolean {
  const id = cmp.baselineRunId;
  return (
    id !== null && (id === aId || aPath.endsWith(`/${id}`) || (id === sa.run_id && aId.startsWith(`${id}--`)))
  );
}

/**
 * Unpaired Δ: difference of means, SE from both SEs, normal 95% interval; turned round for a
 * lower-is-better task (positive is better), as the gate does. None when either SE is unknown.
 */
function estimate(
  a: TaskSummary | undefined,
  b: TaskSummary | undefined,
  lowerIsBetter: boolean,
): TaskComparison | null {
  const ma = a?.metrics[a.primary_metric];
  const mb = b?.metrics[b.primary_metric];
  if (!ma || !mb || !a || ma.se === null || mb.se === null) return null;
  const d = lowerIsBetter ? ma.mean - mb.mean : mb.mean - ma.mean;
  const half = 1.96 * Math.hypot(ma.se, mb.se);
  const low = d - half;
  const high = d + half;
  // Not the gate's rule (no pairing, no multiple-comparison correction): only "the CI excludes 0".
  return { task: a.task, delta: d, low, high, verdict: null, paired: false };
}

/** An estimate gets no gate verdict, only whether its CI excludes 0. */
function estimated(d: TaskComparison): HTMLElement {
  return d.high < 0
    ? h('span', { class: 'badge v-inconclusive' }, '▼ CI below 0')
    : d.low > 0
      ? h('span', { class: 'badge v-improvement' }, '▲ CI above 0')
      : h('span', { class: 'muted' }, 'CI spans 0');
}
