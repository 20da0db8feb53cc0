/** Small pieces of markup the views share: a score with its CI, a Δ, a verdict badge, a pager. */
import { ci, pct, type Scale, signed, signedCi } from './format.js';
import { h, link } from './dom.js';

/** Said wherever a number stands without an interval because its source gave none to read. */
export const NO_INTERVAL =
  'No interval: the imported file gave no standard error (and no item count to derive one), so none is shown rather than one made up.';

const known = (x: number | null | undefined): x is number =>
  x !== null && x !== undefined && Number.isFinite(x);

/** "n/a" where an interval belongs but is unknown, with the reason in its tooltip. */
function unknownInterval(): HTMLElement {
  return h('span', { class: 'ci unknown', title: NO_INTERVAL, 'data-testid': 'no-interval' }, ' n/a');
}

/**
 * A score ×100 (or on its raw scale) with its 95% CI; a known mean whose interval is unknown gets
 * "n/a", never a made-up one.
 */
export function score(
  mean: number | null | undefined,
  low?: number | null,
  high?: number | null,
  scale: Scale = 'points',
): HTMLElement {
  const interval = known(low) && known(high);
  return h(
    'span',
    { class: 'score', title: interval ? '95% confidence interval in brackets' : null },
    h('span', { class: 'mean' }, pct(mean, scale)),
    interval
      ? h('span', { class: 'ci' }, ` ${ci(low, high, scale)}`)
      : known(mean)
        ? unknownInterval()
        : null,
  );
}

/**
 * A Δ with its CI, coloured by the CI's side of 0. The caller passes Δ with "better is positive"
 * (a lower-is-better task's Δ turned round, as the gate does), so red is always worse.
 */
export function delta(
  d: number | null | undefined,
  low?: number | null,
  high?: number | null,
  scale: Scale = 'points',
): HTMLElement {
  const interval = known(low) && known(high);
  const cls = !known(d) || !interval ? '' : high < 0 ? 'neg' : low > 0 ? 'pos' : '';
  return h(
    'span',
    { class: `delta ${cls}` },
    h('span', { class: 'mean' }, signed(d, scale)),
    interval
      ? h('span', { class: 'ci' }, ` ${signedCi(low, high, scale)}`)
      : known(d) && low !== undefined // a Δ given without an interval at all (a step's change) has none to miss
        ? unknownInterval()
        : null,
  );
}

/** The mark beside a task whose primary metric is better when lower (perplexity, a loss). */
export function lowerIsBetterMark(): HTMLElement {
  return h(
    'span',
    {
      class: 'tag lower-better',
      title:
        'Lower is better: a rise is a regression, and its Δ is shown turned round (positive is better), as the gate gives it.',
      'data-testid': 'lower-is-better',
    },
    '↓ lower is better',
  );
}

const VERDICT_LABEL: Record<string, string> = {
  regression: '▼ regression',
  inconclusive: '◆ inconclusive',
  improvement: '▲ improvement',
  pass: '✓ pass',
  'no-baseline': '○ no baseline',
  error: '✕ error',
};

export function verdict(v: string | null | undefined): HTMLElement {
  if (!v) return h('span', { class: 'muted' }, '—');
  return h('span', { class: `badge v-${/^[a-z-]+$/.test(v) ? v : 'other'}` }, VERDICT_LABEL[v] ?? v);
}

/** Previous / next links for a paged list; `hrefFor(page)` builds the route of a page. */
export function pager(page: number, pages: number, hrefFor: (page: number) => string): HTMLElement {
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'Pages' },
    page > 1 ? link(hrefFor(page - 1), '← Previous') : h('span', { class: 'muted' }, '← Previous'),
    h('span', { 'data-testid': 'page' }, ` Page ${page} of ${Math.max(1, pages)} `),
    page < pages ? link(hrefFor(page + 1), 'Next →') : h('span', { class: 'muted' }, 'Next →'),
  );
}
