import type { Scorer } from '../scorer.js';
import { targetList } from './normalize.js';

interface ChoiceOptions {
  /** The option letters (default ABCD). */
  letters?: string;
}

/** Patterns tried in order; the first that matches gives the letter. */
function patterns(letters: string): RegExp[] {
  const set = `[${letters}]`;
  return [
    new RegExp(`(?:answer|option|choice)\\s*(?:is|:)?\\s*\\(?(${set})\\)?(?![A-Za-z])`, 'i'),
    new RegExp(`^\\s*\\(?(${set})\\)?(?:[.):\\s]|$)`),
    new RegExp(`\\((${set})\\)`),
    new RegExp(`\\b(${set})\\b(?!.*\\b${set}\\b)`, 's'),
  ];
}

function targetLetter(target: string, letters: string): string {
  const trimmed = target.trim();
  if (/^\d+$/.test(trimmed) && Number(trimmed) < letters.length) return letters[Number(trimmed)];
  return trimmed.replace(/^\(|\)$/g, '').toUpperCase();
}

/** Multiple choice: reads the chosen letter ("Answer: B", "(B)", a lone "B") and compares it. */
export const choice: Scorer<ChoiceOptions> = {
  name: 'choice',
  version: 1,
  metrics: () => ['accuracy'],
  binary: () => true,
  needsTarget: true,
  optionsSchema: {
    type: 'object',
    properties: { letters: { type: 'string', pattern: '^[A-Z]{2,26}$' } },
    additionalProperties: false,
  },
  create: (options) => {
    const letters = options.letters ?? 'ABCD';
    const tried = patterns(letters);
    return (input) => {
      const found = tried.map((p) => p.exec(input.output)?.[1]).find((l) => l !== undefined);
      const answer = found?.toUpperCase();
      if (!answer) return { value: 0, explanation: `no option letter (${letters}) found in the output` };
      const hit = targetList(input.target).some((t) => targetLetter(t, letters) === answer);
      return { value: hit ? 1 : 0, answer };
    };
  },
};
