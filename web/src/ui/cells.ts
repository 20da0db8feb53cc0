/** Small pieces of markup the views share: a score with its CI, a Δ, a verdict badge, a pager. */
import { ci, pct, signed, signedCi } from './format.js';
import { h, link } from './dom.js';

export function score(
  mean: number | null | undefined,
  low?: number | null,
  high?: number | null,
): HTMLElement {
  return h(
    'span',
    {
      class: 'score',
      title: low !== undefined && low !== null ? '95% confidence interval in brackets' : null,
    },
    h('span', { class: 'mean' }, pct(mean)),
    low !== undefined && low !== null ? h('span', { class: 'ci' }, ` ${ci(low, high)}`) : null,
  );
}

export function delta(d: number | null | undefined, low?: number, high?: number): HTMLElement {
  const cls =
    d === null || d === undefined
      ? ''
      : low !== undefined && high !== undefined && high < 0
        ? 'neg'
        : low !== undefined && low > 0
          ? 'pos'
          : '';
  return h(
    'span',
    { class: `delta ${cls}` },
    h('span', { class: 'mean' }, signed(d)),
    low !== undefined && high !== undefined ? h('span', { class: 'ci' }, ` ${signedCi(low, high)}`) : null,
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
