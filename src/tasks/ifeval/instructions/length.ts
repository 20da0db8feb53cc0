/**
 * length_constraints:* — instructions.py NumberOfSentences, ParagraphChecker, NumberOfWords,
 * ParagraphFirstWordCheck.
 */
import {
  type Instruction,
  KwargsError,
  compare,
  readCount,
  readRelation,
  readString,
} from '../instruction.js';
import { PY_S, pySplit, pyStrip, pyStripChars } from '../py-text.js';
import { countWords } from '../words.js';

/** NumberOfSentences: `count_sentences` (Punkt, English) against the relation. */
export const numberSentences: Instruction = {
  kwargs: ['num_sentences', 'relation'],
  build: (kwargs) => {
    const threshold = readCount(kwargs, 'num_sentences');
    const relation = readRelation(kwargs, 'relation');
    return (response, { sentences }) => compare(sentences(response).length, relation, threshold);
  },
};

const DIVIDER = new RegExp(`${PY_S}?\\*\\*\\*${PY_S}?`, 'u');

/**
 * ParagraphChecker: split on `\s?\*\*\*\s?`; an empty piece first or last is not counted, an
 * empty piece in the middle fails; then the count must be exactly the number asked.
 */
export const numberParagraphs: Instruction = {
  kwargs: ['num_paragraphs'],
  build: (kwargs) => {
    const wanted = readCount(kwargs, 'num_paragraphs');
    return (response) => {
      const paragraphs = response.split(DIVIDER);
      let count = paragraphs.length;
      for (const [index, paragraph] of paragraphs.entries()) {
        if (pyStrip(paragraph) !== '') continue;
        if (index === 0 || index === paragraphs.length - 1) count--;
        else return false;
      }
      return count === wanted;
    };
  },
};

/** NumberOfWords: `count_words` (`\w+` runs) against the relation. */
export const numberWords: Instruction = {
  kwargs: ['num_words', 'relation'],
  build: (kwargs) => {
    const threshold = readCount(kwargs, 'num_words');
    const relation = readRelation(kwargs, 'relation');
    return (response) => compare(countWords(response), relation, threshold);
  },
};

const FIRST_WORD_STOP = new Set(['.', ',', '?', '!', "'", '"']);

/**
 * ParagraphFirstWordCheck: paragraphs are split on "\n\n"; empty ones are not counted, but the
 * nth is still taken from the raw split (a reference quirk, kept); the first word is read up to
 * the first of . , ? ! ' " after stripping leading quotes, lower-cased.
 */
export const nthParagraphFirstWord: Instruction = {
  kwargs: ['num_paragraphs', 'nth_paragraph', 'first_word'],
  build: (kwargs) => {
    const wanted = readCount(kwargs, 'num_paragraphs');
    const nth = readCount(kwargs, 'nth_paragraph');
    if (nth <= 0 || nth > wanted)
      throw new KwargsError(
        `"nth_paragraph" must be in 1..num_paragraphs (the reference would draw a random one)`,
      );
    const firstWord = readString(kwargs, 'first_word').toLowerCase();
    return (response) => {
      const paragraphs = response.split('\n\n');
      const count = paragraphs.filter((p) => pyStrip(p) !== '').length;
      if (nth > count) return false;
      const paragraph = pyStrip(paragraphs[nth - 1]);
      if (paragraph === '') return false;
      let word = pyStrip(pySplit(paragraph)[0]);
      word = pyStripChars(pyStripChars(word, "'", 'left'), '"', 'left');
      let first = '';
      for (const char of word) {
        if (FIRST_WORD_STOP.has(char)) break;
        first += char.toLowerCase();
      }
      return count === wanted && first === firstWord;
    };
  },
};
