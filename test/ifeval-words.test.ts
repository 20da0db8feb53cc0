import { describe, expect, test } from 'vitest';
import { countWords } from '../src/tasks/ifeval/words.js';
import { pyIsLower, pyIsUpper, pySplit, pyStrip } from '../src/tasks/ifeval/py-text.js';

// instructions_util.count_words: nltk RegexpTokenizer(r"\w+") with Python's `re` (NLTK ≤ 3.9):
// \w is str.isalnum() characters and "_"; combining marks are not word characters.
const COUNTS: [because: string, text: string, words: number][] = [
  ['ASCII words and punctuation', 'Hello, world! How are you?', 5],
  ['an apostrophe and a hyphen split words', "don't stop-me", 4],
  ['underscores and digits are word characters', 'snake_case 42 x2', 3],
  ['precomposed accented letters are letters (JavaScript\'s \\w would split "café")', 'naïve café über', 3],
  ['a combining mark is not a word character, so it splits the run', 'nai\u0308ve cafe\u0301', 3],
  ['Cyrillic, Greek and CJK letters count (a CJK run is one word)', 'Привет мир αβγ 日本語', 4],
  ['other numerals count (Python isnumeric: ½, Ⅻ)', '½ Ⅻ', 2],
  ['emoji and symbols do not', '🙂 → ©', 0],
  ['nothing', '', 0],
];

describe('counting words as IFEval does', () => {
  test.each(COUNTS)('%s', (_because, text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe("Python's str methods the checks rely on", () => {
  test('isupper needs one cased character and no lower or title case one', () => {
    expect(pyIsUpper('HELLO, WORLD 42!')).toBe(true);
    expect(pyIsUpper('123 !!!')).toBe(false);
    expect(pyIsUpper('HELLo')).toBe(false);
    expect(pyIsUpper('ÉCOLE')).toBe(true);
    expect(pyIsUpper('Ⅻ')).toBe(true);
    expect(pyIsUpper('ǅ')).toBe(false);
  });

  test('islower mirrors it', () => {
    expect(pyIsLower('hello, world 42!')).toBe(true);
    expect(pyIsLower('123')).toBe(false);
    expect(pyIsLower('hello World')).toBe(false);
    expect(pyIsLower('straße')).toBe(true);
  });

  test('strip and split use Python whitespace: U+001C–U+001F and U+0085 yes, U+FEFF no', () => {
    expect(pyStrip('\x1c\x85 a \u3000')).toBe('a');
    expect(pyStrip('\ufeffa')).toBe('\ufeffa');
    expect(pySplit(' a\tb\u2028c  ')).toEqual(['a', 'b', 'c']);
    expect(pySplit('   ')).toEqual([]);
  });
});
