/** startend:* — instructions.py EndChecker, QuotationChecker. */
import { type Instruction, readString } from '../instruction.js';
import { firstChar, pyStrip, pyStripChars } from '../py-text.js';

/** EndChecker: strip, strip `"`, lower-case; must end with the stripped, lower-cased phrase. */
export const endChecker: Instruction = {
  kwargs: ['end_phrase'],
  build: (kwargs) => {
    const phrase = pyStrip(readString(kwargs, 'end_phrase')).toLowerCase();
    return (response) => pyStripChars(pyStrip(response), '"').toLowerCase().endsWith(phrase);
  },
};

/** QuotationChecker: the stripped response is longer than one character and starts and ends with `"`. */
export const quotation: Instruction = {
  kwargs: [],
  build: () => (response) => {
    const value = pyStrip(response);
    return [...value].length > 1 && firstChar(value) === '"' && value.endsWith('"');
  },
};
