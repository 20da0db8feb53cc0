/**
 * IFEval's word count (`instructions_util.count_words`): the number of `\w+` runs, as NLTK's
 * `RegexpTokenizer(r"\w+")` finds them with Python's Unicode `\w` (letters, numbers and `_`;
 * not combining marks, so "café" written with U+0301 is two words, as in the reference).
 */
import { PY_W } from './py-text.js';

const WORD_RUN = new RegExp(`${PY_W}+`, 'gu');

export function countWords(text: string): number {
  return text.match(WORD_RUN)?.length ?? 0;
}
