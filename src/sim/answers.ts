import type { SimItem } from './options.js';

/** How an IFEval item is answered: following its instructions or breaking them. */
export type IfevalResponder = (row: Record<string, unknown>, follow: boolean) => string;

/** The plausible wrong answer for free-text kinds; a scorer must never find the target in it. */
export const UNSURE = 'I am not sure.';

const LETTERS = ['A', 'B', 'C', 'D'];

/**
 * The reply to a known item, right or wrong, in the shape its scorer expects. `pick` (a
 * uniform in [0, 1)) chooses among wrong answers, so a wrong answer is stable too.
 */
export function renderAnswer(item: SimItem, correct: boolean, pick: number, ifeval: IfevalResponder | null): string {
  const target = item.target ?? '';
  switch (item.scorer) {
    case 'numeric':
      return numericAnswer(target, correct);
    case 'choice':
      return choiceAnswer(target, correct, pick);
    case 'ifeval':
      // startSim loads the responder whenever an item needs it.
      return ifeval!(item.row ?? {}, correct);
    case 'judge':
      return correct ? item.target ?? 'A careful, complete and correct answer.' : UNSURE;
    default:
      return correct ? target : wrongText(target);
  }
}

function numericAnswer(target: string, correct: boolean): string {
  const gold = Number(target.replace(/,/g, '').trim());
  let answer: string;
  if (correct) answer = target.trim();
  else if (target.trim() !== '' && Number.isFinite(gold)) answer = String(gold + 1);
  else answer = target.trim() === '42' ? '41' : '42';
  return `Working through the problem step by step gives ${answer}.\n#### ${answer}`;
}

function choiceAnswer(target: string, correct: boolean, pick: number): string {
  const gold = target.trim().replace(/^\(|\)$/g, '').toUpperCase();
  if (correct) return `Answer: ${gold}`;
  const others = LETTERS.filter((letter) => letter !== gold);
  return `Answer: ${others[Math.floor(pick * others.length)]}`;
}

function wrongText(target: string): string {
  // A `contains` scorer would count "I am not sure." right for a target like "sure".
  return UNSURE.toLowerCase().includes(target.trim().toLowerCase()) && target.trim() !== '' ? 'No idea.' : UNSURE;
}
