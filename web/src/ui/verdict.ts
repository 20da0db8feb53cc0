/**
 * A gate verdict as the gate gave it, in the gate's own words (`src/gate/verdict-words.ts`, the
 * module the PR comment, the job summary and the terminal render from): the verdict with its p
 * and qualifiers, the numbers behind it (p adjusted, the CI of Δ, the MDE), and the sentences a
 * row carries (an underpowered pass, where a sequential task stopped, what changed). A task the
 * gate's words cannot read (no candidate block) keeps the plain verdict badge.
 */
import {
  changeWords,
  pairedNote,
  pText,
  size,
  stoppedSentence,
  underpoweredSentence,
  verdictIcon,
  verdictLabel,
} from '../../../src/gate/verdict-words.js';
import type { Comparison, TaskComparison } from '../data/comparison.js';
import { h } from './dom.js';
import { signedCi } from './format.js';
import { verdict } from './cells.js';

/** The verdict badge in the gate's words, a line of the numbers it rests on, and its sentences. */
export function gateVerdict(t: TaskComparison): HTMLElement {
  const words = t.words;
  const badge = verdict(t.verdict);
  if (words) badge.textContent = `${verdictIcon(words)} ${verdictLabel(words)}`;
  if (t.underpowered) badge.classList.add('underpowered');
  const numbers = [
    t.pAdjusted !== null && t.pAdjusted !== undefined ? `p ${pText(t.pAdjusted)} (adj.)` : null,
    `Δ CI ${signedCi(t.low, t.high)}`,
    t.mde !== null && t.mde !== undefined && Number.isFinite(t.mde) ? `MDE ${size(t.mde)}` : null,
  ].filter((x): x is string => x !== null);
  const sentences = words
    ? [underpoweredSentence(words), stoppedSentence(words), ...changeWords(words), pairedNote(words)].filter(
        (x): x is string => x !== null,
      )
    : [];
  return h(
    'span',
    { class: 'gate-verdict', 'data-testid': 'gate-verdict', title: t.reason ?? null },
    badge,
    h('span', { class: 'gate-numbers muted', 'data-testid': 'gate-numbers' }, ` ${numbers.join(' · ')}`),
    sentences.length
      ? h(
          'span',
          { class: 'gate-sentences muted', 'data-testid': 'gate-sentences' },
          ` — ${sentences.join('; ')}`,
        )
      : null,
    // As the comparison table, the headline and the PR comment say it: an unpaired test is named.
    t.pairing ? h('span', { class: 'gate-pairing', 'data-testid': 'gate-pairing' }, t.pairing) : null,
  );
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
