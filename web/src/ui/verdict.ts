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
    // As the comparison table, the headline and the PR comment say it: an unpaired test is named.
    t.pairing ? h('span', { class: 'gate-pairing', 'data-testid': 'gate-pairing' }, t.pairing) : null,
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
  const unpaired = unpairedTasks(c);
  if (weak.length === 0 && !c.reason && !unpaired) return null;
  return h(
    'p',
    { class: weak.length || unpaired ? 'note warn' : 'note', 'data-testid': 'gate-reason' },
    weak.length
      ? `${c.verdict ?? 'verdict'} — underpowered on ${weak.length} of ${tasks.length} tasks (${weak.map((t) => t.task).join(', ')}): this n cannot see drops smaller than their MDE. `
      : null,
    // As the gate's headline says it: its numbers came from aggregates only, which pairing cannot sharpen.
    c.reason || unpaired
      ? `Gate: ${[c.reason, unpaired && `(${unpaired})`].filter(Boolean).join(' ')}`
      : null,
  );
}

/**
 * The gate's unpaired tests in its headline's words: "all tasks unpaired: aggregates only (Welch
 * on the means)", or "2 of 5 tasks …" per reason; null when every test was paired.
 */
export function unpairedTasks(gate: Comparison): string | null {
  const tasks = [...gate.tasks.values()];
  const reasons = new Map<string, number>();
  for (const t of tasks) if (t.pairing) reasons.set(t.pairing, (reasons.get(t.pairing) ?? 0) + 1);
  if (reasons.size === 0) return null;
  return [...reasons]
    .map(([why, k]) => `${k === tasks.length ? 'all tasks' : `${k} of ${tasks.length} tasks`} ${why}`)
    .join('; ');
}
