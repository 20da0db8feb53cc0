/**
 * The example browser: a run's published samples (samples.jsonl), filtered by task, item
 * category, correct / wrong / flipped (against a second run, by default the run's baseline) and
 * text, 20 to a page. Every filter is in the hash.
 */
import { append, h, link, select } from '../ui/dom.js';
import { pager } from '../ui/cells.js';
import { routeHref, withQuery } from '../router.js';
import type { EvalRecord } from '../data/protocol.js';
import type { View } from './context.js';
import { inputsNotice, inputsPublished, itemContext, sampleBody } from './example-card.js';
import { byItem, flips } from './flips.js';
import { latest } from './pick.js';

const PAGE = 20;
const FILTERS: [string, string][] = [
  ['all', 'All'],
  ['correct', 'Correct'],
  ['wrong', 'Wrong'],
  ['flipped', 'Flipped'],
  ['error', 'Errors'],
];

export const examples: View = async (ctx) => {
  const m = await ctx.store.manifest();
  const q = ctx.route.query;
  let runId = q.get('run');
  if (!runId) {
    // No run named: the newest candidate run on the default branch, written into the hash so
    // the page is a link to the same thing tomorrow.
    const pick =
      latest(m.leaderboard.filter((r) => r.role === 'candidate' && r.branch === m.default_branch)) ??
      latest(m.leaderboard);
    if (!pick) throw new Error('No runs published yet.');
    runId = pick.run_id;
    window.history.replaceState(null, '', withQuery(ctx.route, { run: runId }));
  }
  const run = await ctx.store.findRun(runId);
  if (!run) throw new Error(`No published run has the id "${runId}".`);
  const [records, cmp] = await Promise.all([ctx.store.samples(run.path), ctx.store.comparison(run.path)]);
  const vsId = q.get('vs') ?? (await ctx.store.baselineOf(cmp)) ?? '';
  const vs = vsId ? await ctx.store.findRun(vsId) : null;
  const other = vs ? await ctx.store.samples(vs.path) : [];

  const task = q.get('task') ?? '';
  const category = q.get('category') ?? '';
  const filter = FILTERS.some(([f]) => f === q.get('filter')) ? q.get('filter')! : 'all';
  const text = (q.get('q') ?? '').trim().toLowerCase();
  const page = Math.max(1, Number(q.get('page')) || 1);

  const flippedKeys = new Set(vs ? flips(other, records).map((f) => `${f.task}\u0000${f.item_id}`) : []);
  const items = byItem(records);
  const otherItems = byItem(other);
  const matching = records.filter((r) => {
    if (task && r.task !== task) return false;
    if (category && r.category !== category) return false;
    const key = `${r.task}\u0000${r.item_id}`;
    if (filter === 'correct' && !(r.error === null && (r.score ?? 0) >= 0.5)) return false;
    if (filter === 'wrong' && !(r.error === null && r.score !== null && r.score < 0.5)) return false;
    if (filter === 'error' && r.error === null) return false;
    if (filter === 'flipped' && !flippedKeys.has(key)) return false;
    if (
      text &&
      ![r.output, r.answer, r.item_id, r.task, r.reasoning, ...(r.input ?? []).map((m) => m.content)].some(
        (s) => s?.toLowerCase().includes(text),
      )
    )
      return false;
    return true;
  });
  const pages = Math.max(1, Math.ceil(matching.length / PAGE));
  const shown = matching.slice((page - 1) * PAGE, page * PAGE);

  const tasks = [...new Set(records.map((r) => r.task))].sort();
  const categories = [
    ...new Set(
      records
        .filter((r) => !task || r.task === task)
        .map((r) => r.category)
        .filter((c): c is string => c !== null),
    ),
  ].sort();
  const search = h('input', {
    type: 'search',
    id: 'f-q',
    name: 'q',
    value: q.get('q') ?? '',
    placeholder: 'output, answer or item id',
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => ctx.setQuery({ q: search.value, page: null }), 200);
  });
  ctx.onDispose(() => clearTimeout(timer));

  append(ctx.root, [
    h('h1', { tabindex: '-1' }, 'Examples'),
    h(
      'p',
      { class: 'lede' },
      'Run ',
      link(routeHref('run', [runId]), runId),
      ` of ${run.model ?? records[0]?.model ?? 'an unknown model'}`,
      vs
        ? [' · flipped against ', link(routeHref('run', [vsId]), vsId)]
        : filter === 'flipped'
          ? ' · no second run to find flips against (add vs=<run id>)'
          : null,
    ),
    h(
      'div',
      { class: 'controls' },
      select('Task', 'task', [['', 'All tasks'], ...tasks.map((t): [string, string] => [t, t])], task, (v) =>
        ctx.setQuery({ task: v, category: null, page: null }),
      ),
      select(
        'Category',
        'category',
        [['', 'All categories'], ...categories.map((c): [string, string] => [c, c])],
        category,
        (v) => ctx.setQuery({ category: v, page: null }),
      ),
      select('Show', 'filter', FILTERS, filter, (v) =>
        ctx.setQuery({ filter: v === 'all' ? null : v, page: null }),
      ),
      h('label', { class: 'field', for: 'f-q' }, h('span', null, 'Search'), search),
    ),
    inputsPublished(records) ? null : inputsNotice(),
    h('p', { 'data-testid': 'example-count' }, `${matching.length} of ${records.length} examples`),
    h(
      'ol',
      { class: 'examples', start: String((page - 1) * PAGE + 1) },
      ...shown.map((r) =>
        example(
          r,
          items.get(`${r.task}\u0000${r.item_id}`)?.records.length ?? 1,
          vs ? otherItems.get(`${r.task}\u0000${r.item_id}`)?.records[0] : undefined,
          flippedKeys.has(`${r.task}\u0000${r.item_id}`),
          vsId,
        ),
      ),
    ),
    pager(page, pages, (n) => withQuery(ctx.route, { page: n })),
  ]);
};

function example(
  r: EvalRecord,
  samples: number,
  before: EvalRecord | undefined,
  flipped: boolean,
  vsId: string,
): HTMLElement {
  return h(
    'li',
    { class: 'example', 'data-testid': 'example', 'data-task': r.task, 'data-item': r.item_id },
    h(
      'h3',
      null,
      r.task,
      ' / ',
      r.item_id,
      r.category ? ` · ${r.category}` : '',
      samples > 1 ? ` · sample ${r.sample + 1} of ${samples}` : '',
      flipped ? h('span', { class: 'tag' }, 'flipped') : null,
    ),
    itemContext(r) ?? itemContext(before),
    // Against a second run, both sides of every item: a flip cannot be judged from one output.
    vsId
      ? h('div', { class: 'side-by-side' }, sampleBody(before, `Before (${vsId})`), sampleBody(r, 'This run'))
      : sampleBody(r),
  );
}
