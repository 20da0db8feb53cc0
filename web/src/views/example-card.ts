/**
 * How one example reads: what the model was asked and the target (once per item, shared by both
 * sides), then per run its output, reasoning and the scorer's or judge's verdict and explanation.
 * Everything is preformatted text, never markup.
 */
import { h } from '../ui/dom.js';
import type { EvalRecord } from '../data/protocol.js';

/** The rendered messages and the target of an item, or a line saying they were not published. */
export function itemContext(r: EvalRecord | undefined): HTMLElement | null {
  if (!r) return null;
  const input = r.input ?? null;
  const target = r.target ?? null;
  if (input === null && target === null) return null;
  return h(
    'div',
    { class: 'item-context', 'data-testid': 'item-context' },
    input === null
      ? null
      : h(
          'div',
          { class: 'messages' },
          ...input.map((m) =>
            h(
              'div',
              { class: `message m-${/^[a-z]+$/.test(m.role) ? m.role : 'other'}`, 'data-testid': 'message' },
              h('span', { class: 'role' }, m.role),
              h('pre', { class: 'output' }, m.content),
            ),
          ),
        ),
    target === null
      ? null
      : h(
          'p',
          { class: 'target', 'data-testid': 'target' },
          h('strong', null, 'Target: '),
          h('code', null, Array.isArray(target) ? target.join(' | ') : target),
        ),
  );
}

/** Whether any record carries its input: else the page says how to publish inputs. */
export function inputsPublished(records: EvalRecord[]): boolean {
  return records.some((r) => (r.input ?? null) !== null || (r.target ?? null) !== null);
}

/** The note a page shows when the run published no inputs or targets. */
export function inputsNotice(): HTMLElement {
  return h(
    'p',
    { class: 'note', 'data-testid': 'inputs-off' },
    'Prompts and targets are not published for this run. To see them here, set ',
    h('code', null, 'publish: { inputs: head }'),
    ' (the samples shown here) or ',
    h('code', null, 'inputs: all'),
    ' in evalwarden.yml: they then become as public as this site, after ',
    h('code', null, 'publish.redact'),
    '.',
  );
}

export function sampleBody(r: EvalRecord | undefined, label?: string): HTMLElement {
  if (!r)
    return h(
      'div',
      { class: 'sample muted' },
      label ? h('strong', null, `${label} `) : null,
      'not in this run',
    );
  const state = r.error ? 'error' : r.score === null ? 'unscored' : r.score >= 0.5 ? 'correct' : 'wrong';
  const explanation = r.details?.explanation;
  return h(
    'div',
    { class: `sample s-${state}`, 'data-testid': 'sample', 'data-run': r.run_id },
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
      r.answer !== null ? h('code', { 'data-testid': 'answer' }, r.answer) : null,
    ),
    r.error ? h('p', { class: 'error' }, `${r.error.kind}: ${r.error.message}`) : null,
    r.output !== null
      ? h('pre', { class: 'output', 'data-testid': 'output' }, r.output)
      : h('p', { class: 'muted' }, 'output not published'),
    r.reasoning
      ? h(
          'details',
          { class: 'reasoning' },
          h('summary', null, 'Reasoning'),
          h('pre', { class: 'output', 'data-testid': 'reasoning' }, r.reasoning),
        )
      : null,
    typeof explanation === 'string' && explanation !== ''
      ? h(
          'div',
          { class: 'explanation', 'data-testid': 'explanation' },
          h('strong', null, 'Scorer’s explanation: '),
          h('pre', { class: 'output' }, explanation),
        )
      : null,
  );
}
