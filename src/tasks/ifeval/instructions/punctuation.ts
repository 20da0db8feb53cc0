/** punctuation:no_comma — instructions.py CommaChecker. */
import type { Instruction } from '../instruction.js';

/** CommaChecker: no ASCII comma (`re.search(r"\,", value)`); "，" and other commas pass. */
export const noComma: Instruction = {
  kwargs: [],
  build: () => (response) => !response.includes(','),
};
