/** How one sample record reads: its output as preformatted text, never as markup. */
import { h } from '../ui/dom.js';
import type { EvalRecord } from '../data/protocol.js';

export function sampleBody(r: EvalRecord | undefined, label?: string): HTMLElement {
  if (!r) return h('div', { class: 'sample muted' }, 'not in this run');
  const state = r.error ? 'error' : r.score === null ? 'unscored' : r.score >= 0.5 ? 'correct' : 'wrong';
  return h(
    'div',
    { class: `sample s-${state}` },
    h(
      'div',
      { class: 'sample-head' },
      label ? h('strong', null, `${label} `) : null,
      h(
        'span',
        { class: `badge s-${state}` },
        state === 'correct' ? '✓ correct' : state === 'wrong' ? '✕ wrong' : state,
      ),
      r.score !== null ? ` score ${r.score}` : '',
      r.answer !== null ? ` · answer: ` : '',
      r.answer !== null ? h('code', null, r.answer) : null,
    ),
    r.error ? h('p', { class: 'error' }, `${r.error.kind}: ${r.error.message}`) : null,
    r.output !== null
      ? h('pre', { class: 'output', 'data-testid': 'output' }, r.output)
      : h('p', { class: 'muted' }, 'output not published'),
  );
}
