/**
 * A gate verdict as the gate gave it, in the PR comment's words: the verdict and its qualifiers
 * (underpowered, accepted, critical), then the numbers behind it (p adjusted, the CI of Δ, the
 * MDE). The one place the dashboard words a verdict: when the gate's own vocabulary module
 * lands, this file renders from it.
 */
import type { Comparison, TaskComparison } from '../data/comparison.js';
import { h } from './dom.js';
import { signedCi } from './format.js';
import { verdict } from './cells.js';

type Qualified = Pick<TaskComparison, 'verdict' | 'underpowered' | 'accepted' | 'critical'>;

/** What follows the verdict's word: " (underpowered)", " (accepted)", " · critical". */
function qualifiers(t: Qualified): string {
  return `${t.underpowered ? ' (underpowered)' : ''}${t.accepted ? ' (accepted)' : ''}${t.critical ? ' · critical' : ''}`;
}

/** The verdict badge with its qualifiers, and a line of the numbers it rests on. */
export function gateVerdict(t: TaskComparison): HTMLElement {
  const badge = verdict(t.verdict);
  if (t.verdict) badge.append(qualifiers(t));
  if (t.underpowered) badge.classList.add('underpowered');
  const numbers = [
    t.pAdjusted !== null && t.pAdjusted !== undefined ? `p ${pValue(t.pAdjusted)} (adj.)` : null,
    `Δ CI ${signedCi(t.low, t.high)}`,
    t.mde !== null && t.mde !== undefined && Number.isFinite(t.mde)
      ? `MDE ${(t.mde * 100).toFixed(1)} pts`
      : null,
  ].filter((x): x is string => x !== null);
  return h(
    'span',
    { class: 'gate-verdict', 'data-testid': 'gate-verdict', title: t.reason ?? null },
    badge,
    h('span', { class: 'gate-numbers muted', 'data-testid': 'gate-numbers' }, ` ${numbers.join(' · ')}`),
  );
}

function pValue(p: number): string {
  return p < 0.0001 ? '< 0.0001' : p.toFixed(4);
}

/**
 * Under a verdict: how many tasks were too small to see a drop the policy cares about, so a
 * "pass" with an MDE of 37 points does not read as a clean pass; and the gate's reason.
 */
export function underpoweredNote(c: Comparison): HTMLElement | null {
  const tasks = [...c.tasks.values()];
  const weak = tasks.filter((t) => t.underpowered);
  if (weak.length === 0 && !c.reason) return null;
  return h(
    'p',
    { class: weak.length ? 'note warn' : 'note', 'data-testid': 'gate-reason' },
    weak.length
      ? `${c.verdict ?? 'verdict'} — underpowered on ${weak.length} of ${tasks.length} tasks (${weak.map((t) => t.task).join(', ')}): this n cannot see drops smaller than their MDE. `
      : null,
    c.reason ? `Gate: ${c.reason}` : null,
  );
}
