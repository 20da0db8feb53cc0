import { respondToIfeval } from './ifeval-responder.js';
import type { SimItem } from './options.js';

/** The plausible wrong answer for free-text kinds; a scorer must never find the target in it. */
export const UNSURE = 'I am not sure.';

const LETTERS = ['A', 'B', 'C', 'D'];

/**
 * The reply to a known item, right or wrong, in the shape its scorer expects. `pick` (a
 * uniform in [0, 1)) chooses among wrong answers, so a wrong answer is stable too.
 */
export function renderAnswer(item: SimItem, correct: boolean, pick: number): string {
  const target = item.target ?? '';
  switch (item.scorer) {
    case 'numeric':
      return numericAnswer(target, correct);
    case 'choice':
      return choiceAnswer(target, correct, pick);
    case 'ifeval':
      // "Correct" on IFEval means following every instruction of the row.
      return respondToIfeval(item.row ?? {}, correct);
    case 'judge':
      return correct ? (item.target ?? 'A careful, complete and correct answer.') : UNSURE;
    default:
      return correct ? target : wrongText(target);
  }
}

function numericAnswer(target: string, correct: boolean): string {
  // A GSM8K target is a worked solution ending "#### 72"; the answer is what follows the marks.
  const gold = (/####\s*(\S+)\s*$/.exec(target)?.[1] ?? target).trim();
  const value = Number(gold.replace(/[$,]/g, ''));
  let answer: string;
  if (correct) answer = gold;
  else if (gold !== '' && Number.isFinite(value)) answer = String(value + 1);
  else answer = gold === '42' ? '41' : '42';
  // Short on purpose: benchmarks cap max_tokens low, and a cut reply would score as wrong.
  return `Step by step, the answer is ${answer}.\n#### ${answer}`;
}

function choiceAnswer(target: string, correct: boolean, pick: number): string {
  // Datasets give the gold option as a letter ("B", "(B)") or as its index ("1").
  const trimmed = target.trim();
  const gold =
    /^\d$/.test(trimmed) && Number(trimmed) < LETTERS.length
      ? LETTERS[Number(trimmed)]
      : trimmed.replace(/^\(|\)$/g, '').toUpperCase();
  if (correct) return `Answer: ${gold}`;
  const others = LETTERS.filter((letter) => letter !== gold);
  return `Answer: ${others[Math.floor(pick * others.length)]}`;
}

function wrongText(target: string): string {
  // A `contains` scorer would count "I am not sure." right for a target like "sure".
  return UNSURE.toLowerCase().includes(target.trim().toLowerCase()) && target.trim() !== ''
    ? 'No idea.'
    : UNSURE;
}
