/**
 * A gate verdict as the gate gave it, in the gate's own words (`src/gate/verdict-words.ts`, the
 * module the PR comment, the job summary and the terminal render from): the verdict with its p
 * and qualifiers, the numbers behind it (p adjusted, the CI of Δ, the MDE), and the sentences a
 * row carries (an underpowered pass, where a sequential task stopped, what changed). Files written
 * before a field existed fall back to the fields this dashboard has always read.
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

type Qualified = Pick<TaskComparison, 'verdict' | 'underpowered' | 'accepted' | 'critical'>;

/** What follows the verdict's word: " (underpowered)", " (accepted)", " · critical". */
function qualifiers(t: Qualified): string {
  return `${t.underpowered ? ' (underpowered)' : ''}${t.accepted ? ' (accepted)' : ''}${t.critical ? ' · critical' : ''}`;
}

/** The verdict badge in the gate's words, a line of the numbers it rests on, and its sentences. */
export function gateVerdict(t: TaskComparison): HTMLElement {
  const words = t.words;
  const badge = verdict(t.verdict);
  if (words) badge.textContent = `${verdictIcon(words)} ${verdictLabel(words)}`;
  else if (t.verdict) badge.append(qualifiers(t));
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
  );
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
