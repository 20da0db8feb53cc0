/**
 * One published run: where it came from (commit, PR, endpoint, config and dataset hashes),
 * and per task and item category its score with CI, errors, latency and cost; with the gate's Δ
 * when the run was gated. Loads run.json, summary.json and (if there) comparison.json.
 */
import { append, h, link } from '../ui/dom.js';
import { delta, lowerIsBetterMark, score, verdict } from '../ui/cells.js';
import { gateVerdict, underpoweredNote } from '../ui/verdict.js';
import { date, duration, int, money, ms, scaleOf, shortSha } from '../ui/format.js';
import { commitUrl, pullUrl } from '../ui/safe-url.js';
import { routeHref } from '../router.js';
import type { View } from './context.js';

export const runDetail: View = async (ctx) => {
  const id = ctx.route.args[0] ?? '';
  const [m, found] = await Promise.all([ctx.store.manifest(), ctx.store.findRun(id)]);
  if (!found)
    throw new Error(`No published run has the id "${id}". It may be older than this data, or mistyped.`);
  const [info, summary, comparison, baselines] = await Promise.all([
    ctx.store.runInfo(found.path),
    ctx.store.summary(found.path),
    ctx.store.comparison(found.path),
    ctx.store.baselines(),
  ]);
  const promoted = (baselines?.baselines ?? []).filter((b) => b.run_id === id);
  const model = summary.models[0];
  const prov = info.models[0];
  const category = new Map(m.tasks.map((t) => [t.task, t.category]));
  const rowVerdict = found.verdict !== undefined ? found.verdict : comparison?.verdict;
  const repo = info.git.repository ?? m.repository;

  const facts: [string, Node | string][] = [
    [
      'Model',
      `${model?.model ?? '—'} (${model?.role ?? '—'}${model?.step !== null && model?.step !== undefined ? `, step ${model.step}` : ''})`,
    ],
    ['Served model', prov?.served_model ?? '—'],
    ['Endpoint', `${prov?.endpoint ?? '—'} (${prov?.endpoint_kind ?? '—'})`],
    ['Suite', `${summary.suite} · ${summary.status}`],
    ['Kind', `${info.kind} (${info.git.event ?? 'no event'})`],
    ['Repository', info.git.repository ?? '—'],
    ['Branch', info.git.branch ?? info.git.ref ?? '—'],
    ['Commit', link(commitUrl(repo, info.git.sha), h('code', null, shortSha(info.git.sha)))],
    ['Pull request', info.git.pr ? link(pullUrl(repo, info.git.pr), `#${info.git.pr}`) : '—'],
    ['Started', info.started_at ? date(info.started_at) : 'no date in the imported file'],
    [
      'Finished',
      info.finished_at && info.started_at
        ? `${date(info.finished_at)} (${duration(Date.parse(info.finished_at) - Date.parse(info.started_at))})`
        : 'not finished',
    ],
    ['evalwarden', info.evalwarden_version],
    ['Config hash', h('code', null, info.config_hash)],
    ['Params', h('code', null, JSON.stringify(prov?.params ?? {}))],
    [
      'Requests',
      `${int(info.counts.requests)} (${int(info.counts.cached)} cached), ${int(info.counts.errors)} errors of ${int(info.counts.planned)} planned`,
    ],
    [
      'Tokens',
      model ? `${int(model.tokens.prompt)} prompt + ${int(model.tokens.completion)} completion` : '—',
    ],
    ['Cost', money(model?.cost)],
  ];

  const tasks = [...(model?.tasks ?? [])].sort(
    (a, b) =>
      (a.category ?? category.get(a.task) ?? '').localeCompare(b.category ?? category.get(b.task) ?? '') ||
      a.task.localeCompare(b.task),
  );
  const taskTable = h(
    'table',
    { 'data-testid': 'run-tasks' },
    h('caption', null, 'Per task (primary metric) and per item category, ×100 with 95% CI.'),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        ...[
          'Task',
          'Category',
          'Items',
          'Score',
          ...(comparison ? ['Δ vs baseline', 'Verdict'] : []),
          'Errors',
          'Latency p50 / p95',
          'Cost',
        ].map((t) => h('th', { scope: 'col' }, t)),
      ),
    ),
    h(
      'tbody',
      null,
      ...tasks.flatMap((t) => {
        const metric = t.metrics[t.primary_metric];
        const c = comparison?.tasks.get(t.task);
        const scale = scaleOf(metric?.mean);
        const main = h(
          'tr',
          { 'data-task': t.task, class: 'task-row' },
          h(
            'th',
            { scope: 'row' },
            link(routeHref('examples', [], { run: id, task: t.task }), t.task),
            t.higher_is_better === false ? lowerIsBetterMark() : null,
          ),
          h('td', null, t.category ?? category.get(t.task) ?? '—'),
          h('td', { class: 'num' }, `${t.n ?? '?'}/${t.n_planned ?? '?'}`),
          h(
            'td',
            { class: 'num' },
            metric ? score(metric.mean, metric.ci?.low ?? null, metric.ci?.high ?? null, scale) : '—',
          ),
          ...(comparison
            ? [
                h('td', { class: 'num' }, c ? delta(c.delta, c.low, c.high, scale) : '—'),
                h('td', null, c ? gateVerdict(c) : verdict(null)),
              ]
            : []),
          h(
            'td',
            { class: t.errors ? 'num warn' : 'num' },
            t.errors ? `${t.errors} (${(t.error_rate * 100).toFixed(1)}%)` : '0',
          ),
          h('td', { class: 'num' }, `${ms(t.latency_ms.p50)} / ${ms(t.latency_ms.p95)}`),
          h('td', { class: 'num' }, money(t.cost)),
        );
        const cats = Object.entries(t.categories).map(([name, s]) =>
          h(
            'tr',
            { class: 'sub', 'data-task': t.task, 'data-category': name },
            h('th', { scope: 'row' }, h('span', { class: 'indent' }, `↳ ${name}`)),
            h('td', null, ''),
            h('td', { class: 'num' }, String(s.n ?? '?')),
            h('td', { class: 'num' }, score(s.mean, s.ci?.low ?? null, s.ci?.high ?? null, scale)),
            ...(comparison ? [h('td', null, ''), h('td', null, '')] : []),
            h('td', null, ''),
            h('td', null, ''),
            h('td', null, ''),
          ),
        );
        return [main, ...cats];
      }),
    ),
  );

  const baselineId = await ctx.store.baselineOf(comparison);
  append(ctx.root, [
    h('h1', { tabindex: '-1' }, `Run ${id}`),
    h(
      'p',
      { class: 'lede' },
      verdict(rowVerdict),
      ' ',
      model?.aggregate
        ? h(
            'span',
            { 'data-testid': 'aggregate' },
            'Aggregate ',
            score(model.aggregate.score, model.aggregate.ci?.low ?? null, model.aggregate.ci?.high ?? null),
          )
        : null,
    ),
    comparison ? underpoweredNote(comparison) : null,
    ...promoted.map((b) =>
      h(
        'p',
        { class: 'note', 'data-testid': 'promoted' },
        `Promoted baseline of ${b.branch} · ${b.model} · ${b.suite} (${b.by}${b.reason ? `: ${b.reason}` : ''}, ${date(b.promoted_at)}).`,
      ),
    ),
    h(
      'p',
      { class: 'actions' },
      baselineId
        ? link(routeHref('compare', [baselineId, id]), 'Compare with its baseline')
        : h('span', { class: 'muted' }, 'Not gated against a baseline'),
      ' · ',
      link(routeHref('examples', [], { run: id, vs: baselineId }), 'Browse examples'),
      ' · ',
      model
        ? link(
            routeHref('history', [], {
              model: model.model,
              suite: summary.suite,
              branch: info.git.branch ?? null,
            }),
            'History of this model',
          )
        : null,
    ),
    h(
      'section',
      null,
      h('h2', null, 'Provenance'),
      h(
        'dl',
        { class: 'facts', 'data-testid': 'provenance' },
        ...facts.flatMap(([k, v]) => [h('dt', null, k), h('dd', null, v)]),
      ),
    ),
    h('section', null, h('h2', null, 'Tasks'), h('div', { class: 'table-wrap' }, taskTable)),
    info.datasets.length
      ? h(
          'details',
          null,
          h('summary', null, `Datasets (${info.datasets.length})`),
          h(
            'ul',
            { class: 'plain' },
            ...info.datasets.map((d) =>
              h(
                'li',
                null,
                `${d.task}: ${d.path} · ${d.items === null ? 'items not given by the file' : `${d.items} items`} · sha256 `,
                h('code', null, d.sha256.slice(0, 16)),
              ),
            ),
          ),
        )
      : null,
  ]);
};
