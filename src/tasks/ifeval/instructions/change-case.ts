/**
 * change_case:* — instructions.py CapitalWordFrequencyChecker, CapitalLettersEnglishChecker,
 * LowercaseLettersEnglishChecker.
 */
import { type Instruction, compare, readNumber, readRelation } from '../instruction.js';
import { pyIsLower, pyIsUpper } from '../py-text.js';
import { wordTokenize } from '../treebank.js';

/**
 * CapitalWordFrequencyChecker: tokens of `nltk.word_tokenize` for which `str.isupper()` holds
 * ("U.S." and "I" count; "3D" counts; "Hello" does not), against the relation.
 */
export const capitalWordFrequency: Instruction = {
  kwargs: ['capital_frequency', 'capital_relation'],
  build: (kwargs) => {
    // The reference checks only for None here, not for a negative number.
    const threshold = readNumber(kwargs, 'capital_frequency');
    const relation = readRelation(kwargs, 'capital_relation');
    return (response, { sentences }) =>
      compare(wordTokenize(response, sentences).filter(pyIsUpper).length, relation, threshold);
  },
};

/** CapitalLettersEnglishChecker: `value.isupper()` and detected English; a detector failure counts as followed. */
export const englishCapital: Instruction = {
  kwargs: [],
  build:
    () =>
    (response, { detectLanguage }) => {
      if (!pyIsUpper(response)) return false;
      const detection = detectLanguage(response);
      return detection.ok ? detection.lang === 'en' : true;
    },
};

/** LowercaseLettersEnglishChecker: `value.islower()` and detected English; a detector failure counts as followed. */
export const englishLowercase: Instruction = {
  kwargs: [],
  build:
    () =>
    (response, { detectLanguage }) => {
      if (!pyIsLower(response)) return false;
      const detection = detectLanguage(response);
      return detection.ok ? detection.lang === 'en' : true;
    },
};
