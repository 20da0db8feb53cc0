/** keywords:* — instructions.py KeywordChecker, KeywordFrequencyChecker, ForbiddenWords, LetterFrequencyChecker. */
import {
  type Instruction,
  KwargsError,
  compare,
  readCount,
  readRelation,
  readString,
  readStringList,
} from '../instruction.js';
import { compilePythonPattern } from '../py-regex.js';
import { pyStrip } from '../py-text.js';

function pattern(source: string, flags: string): RegExp {
  try {
    return compilePythonPattern(source, flags);
  } catch (error) {
    throw new KwargsError(`"${source}" is not a pattern JavaScript can run: ${(error as Error).message}`);
  }
}

/** KeywordChecker: every keyword, as a case-insensitive regex search (`re.search(keyword, value, re.I)`). */
export const existence: Instruction = {
  kwargs: ['keywords'],
  build: (kwargs) => {
    const keywords = readStringList(kwargs, 'keywords').map((k) => pattern(k, 'i'));
    return (response) => keywords.every((k) => k.test(response));
  },
};

/** KeywordFrequencyChecker: `len(re.findall(keyword, value, re.I))` against the relation. */
export const frequency: Instruction = {
  kwargs: ['keyword', 'frequency', 'relation'],
  build: (kwargs) => {
    const raw = readString(kwargs, 'keyword');
    if (raw === '') throw new KwargsError('"keyword" is empty (the reference would draw a random one)');
    const keyword = pattern(pyStrip(raw), 'gi');
    const threshold = readCount(kwargs, 'frequency');
    const relation = readRelation(kwargs, 'relation');
    return (response) => compare([...response.matchAll(keyword)].length, relation, threshold);
  },
};

/** ForbiddenWords: none of `\b word \b`, case-insensitive (Unicode `\b`, as Python's). */
export const forbiddenWords: Instruction = {
  kwargs: ['forbidden_words'],
  build: (kwargs) => {
    const words = [...new Set(readStringList(kwargs, 'forbidden_words'))].map((w) =>
      pattern(`\\b${w}\\b`, 'i'),
    );
    return (response) => !words.some((w) => w.test(response));
  },
};

/**
 * LetterFrequencyChecker: occurrences of the (lower-cased) letter in the lower-cased response,
 * any character, not only letters (the reference prompts ask for "#" and "!" too).
 */
export const letterFrequency: Instruction = {
  kwargs: ['letter', 'let_frequency', 'let_relation'],
  build: (kwargs) => {
    const raw = readString(kwargs, 'letter');
    if (raw === '' || [...raw].length > 1)
      throw new KwargsError(
        `"letter" must be one character, not "${raw}" (the reference would draw a random one)`,
      );
    const letter = pyStrip(raw).toLowerCase();
    const threshold = readCount(kwargs, 'let_frequency');
    const relation = readRelation(kwargs, 'let_relation');
    return (response) => {
      let count = 0;
      // collections.Counter(value.lower()) counts code points.
      for (const char of response.toLowerCase()) if (char === letter) count++;
      return compare(count, relation, threshold);
    };
  },
};
