/** combination:* — instructions.py TwoResponsesChecker, RepeatPromptThenAnswer. */
import { type Instruction, KwargsError, readString } from '../instruction.js';
import { pyStrip } from '../py-text.js';

/**
 * TwoResponsesChecker: split on "******"; empty pieces are allowed only first or last; exactly
 * two non-empty pieces that differ after stripping.
 */
export const twoResponses: Instruction = {
  kwargs: [],
  build: () => (response) => {
    const pieces = response.split('******');
    const valid: string[] = [];
    for (const [index, piece] of pieces.entries()) {
      if (pyStrip(piece) === '') {
        if (index !== 0 && index !== pieces.length - 1) return false;
      } else {
        valid.push(piece);
      }
    }
    return valid.length === 2 && pyStrip(valid[0]) !== pyStrip(valid[1]);
  },
};

/**
 * RepeatPromptThenAnswer: the stripped, lower-cased response starts with the stripped,
 * lower-cased `prompt_to_repeat` (the reference reads this kwarg, never the row's prompt).
 */
export const repeatPrompt: Instruction = {
  kwargs: ['prompt_to_repeat'],
  build: (kwargs) => {
    const prompt = readString(kwargs, 'prompt_to_repeat');
    if (prompt === '') throw new KwargsError('"prompt_to_repeat" must be set');
    const expected = pyStrip(prompt).toLowerCase();
    return (response) => pyStrip(response).toLowerCase().startsWith(expected);
  },
};
