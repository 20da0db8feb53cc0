import { describe, expect, test } from 'vitest';
import { loadPunktEnglish } from '../src/tasks/ifeval/punkt-params.js';
import { createSentenceTokenizer } from '../src/tasks/ifeval/punkt.js';
import { treebankTokenize, wordTokenize } from '../src/tasks/ifeval/treebank.js';
import { DataError } from '../src/errors.js';

const sentences = createSentenceTokenizer(loadPunktEnglish());

// Each split is worked out from nltk/tokenize/punkt.py (PunktSentenceTokenizer.tokenize with
// realign_boundaries=True and the English punkt_tab parameters), and agrees with NLTK 3.8–3.9.
const SPLITS: [because: string, text: string, expected: string[]][] = [
  [
    'a known abbreviation ("dr") is not an end; "p.m." before lower-case "on" is not either (ortho heuristic: "on" never starts a sentence in lower case)',
    'Dr. Smith went to Washington. He arrived at 5 p.m. on Friday.',
    ['Dr. Smith went to Washington.', 'He arrived at 5 p.m. on Friday.'],
  ],
  [
    'initials before a capitalised name stay (special orthographic heuristic); "u.s" is an abbreviation but "He" is a frequent sentence starter, so it ends there',
    'Mr. J. R. Smith met Dr. Watson in the U.S. He said hi.',
    ['Mr. J. R. Smith met Dr. Watson in the U.S.', 'He said hi.'],
  ],
  [
    'an ellipsis ends a sentence before a frequent sentence starter ("however")',
    'It is 5 p.m. now. We left... However it rained.',
    ['It is 5 p.m. now.', 'We left...', 'However it rained.'],
  ],
  [
    'an ellipsis before a word with no evidence does not end one',
    'One... two... three.',
    ['One... two... three.'],
  ],
  [
    'realign_boundaries moves a closing quote after the period into the sentence',
    'He said "Stop." Then he left.',
    ['He said "Stop."', 'Then he left.'],
  ],
  ['and a closing parenthesis', '(This was odd.) Nobody knew why.', ['(This was odd.)', 'Nobody knew why.']],
  ['and a single quote', "She said 'hi.' He nodded.", ["She said 'hi.'", 'He nodded.']],
  [
    'a curly closing quote is not realigned nor a boundary in classic NLTK (3.10 changed this)',
    'This is the end.”  Next sentence.',
    ['This is the end.”  Next sentence.'],
  ],
  [
    'a number ending a sentence is a break when the next word starts sentences',
    'I was born in 1990. In 2000 he moved.',
    ['I was born in 1990.', 'In 2000 he moved.'],
  ],
  [
    '"2nd" has letters, so it is no "##number##" type and its period is an ordinary end',
    'The 2nd. place went to Bob.',
    ['The 2nd.', 'place went to Bob.'],
  ],
  [
    'a decimal number is one token',
    'The price rose 3.5 percent. Analysts were surprised.',
    ['The price rose 3.5 percent.', 'Analysts were surprised.'],
  ],
  [
    '"p.m." before a capitalised word seen in lower case but never capitalised mid-sentence ends the sentence',
    'Call me at 5 p.m. Tomorrow works too.',
    ['Call me at 5 p.m.', 'Tomorrow works too.'],
  ],
  [
    '"U.S." before "Army" (seen capitalised mid-sentence) does not',
    'See the U.S. Army report. It is long.',
    ['See the U.S. Army report.', 'It is long.'],
  ],
  [
    '"e.g" is not in the English abbreviation list, so it ends a sentence',
    'Use e.g. apples. They are good.',
    ['Use e.g.', 'apples.', 'They are good.'],
  ],
  [
    'a sentence-initial initial splits from the next initial (NLTK does the same)',
    'A. B. Smith and C. D. Jones. They are friends.',
    ['A.', 'B. Smith and C. D. Jones.', 'They are friends.'],
  ],
  [
    '"St." is an abbreviation and "Louis" has no sentence-start evidence',
    'Visit Washington St. Louis is far.',
    ['Visit Washington St. Louis is far.'],
  ],
  [
    'question and exclamation marks end sentences; "?!" leaves a lone "!" (punkt.py FIXME)',
    'Wait... what? No way!! Really?!',
    ['Wait... what?', 'No way!!', 'Really?', '!'],
  ],
  [
    'a newline is no boundary by itself',
    'First line without period\nSecond line. Third one.',
    ['First line without period\nSecond line.', 'Third one.'],
  ],
  [
    'blank lines between paragraphs are dropped',
    'Paragraph one.\n\nParagraph two.',
    ['Paragraph one.', 'Paragraph two.'],
  ],
  [
    'leading space is kept, trailing space is not',
    '  Leading spaces. And trailing.   ',
    ['  Leading spaces.', 'And trailing.'],
  ],
  [
    'lower-case sentences still split after an ordinary word',
    'no capital here. still none. ok.',
    ['no capital here.', 'still none.', 'ok.'],
  ],
];

describe('Punkt sentence tokenizer (English)', () => {
  test.each(SPLITS)('%s', (_because, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  test('an empty or blank text has no sentence', () => {
    expect(sentences('')).toEqual([]);
    expect(sentences('   \n  ')).toEqual([]);
  });

  test('the parameters load from a folder given explicitly, as the bundled dist/ does', () => {
    const params = loadPunktEnglish(new URL('../datasets/punkt-english/', import.meta.url));
    expect(params.abbrevTypes.has('dr')).toBe(true);
    expect(params.sentStarters.has('however')).toBe(true);
    expect(params.orthoContext.size).toBe(20366);
  });

  test('a missing parameter folder is a data error that says what to do', () => {
    expect(() => loadPunktEnglish('/nonexistent/punkt')).toThrow(DataError);
  });
});

// nltk.word_tokenize = sent_tokenize, then NLTKWordTokenizer (nltk/tokenize/destructive.py).
const WORDS: [because: string, text: string, expected: string[]][] = [
  [
    'abbreviations keep their periods, the final period is split off',
    'The U.S. and NASA agree.',
    ['The', 'U.S.', 'and', 'NASA', 'agree', '.'],
  ],
  ["n't is split from the verb (CONTRACTIONS: DO + N'T)", "DON'T stop", ['DO', "N'T", 'stop']],
  [
    'straight double quotes become `` and \'\', brackets split, each sentence ends in "."',
    'I can\'t go. They\'re "here" (maybe).',
    ['I', 'ca', "n't", 'go', '.', 'They', "'re", '``', 'here', "''", '(', 'maybe', ')', '.'],
  ],
  [
    'MacIntyre contractions split',
    "Gonna wanna gotta gimme lemme cannot 'tis 'twas.",
    [
      'Gon',
      'na',
      'wan',
      'na',
      'got',
      'ta',
      'gim',
      'me',
      'lem',
      'me',
      'can',
      'not',
      "'t",
      'is',
      "'t",
      'was',
      '.',
    ],
  ],
  [
    'a comma before a digit stays, other punctuation splits',
    "It's 5:30, I think; maybe $6.50!",
    ['It', "'s", '5:30', ',', 'I', 'think', ';', 'maybe', '$', '6.50', '!'],
  ],
  [
    'guillemets and curly quotes are tokens',
    'He said: «Bonjour» and “hello”.',
    ['He', 'said', ':', '«', 'Bonjour', '»', 'and', '“', 'hello', '”', '.'],
  ],
  [
    "only the last period of a sentence splits (NLTK's own doctest text)",
    'Good muffins cost $3.88\nin New York.  Please buy me\ntwo of them.\nThanks.',
    [
      'Good',
      'muffins',
      'cost',
      '$',
      '3.88',
      'in',
      'New',
      'York',
      '.',
      'Please',
      'buy',
      'me',
      'two',
      'of',
      'them',
      '.',
      'Thanks',
      '.',
    ],
  ],
  [
    'hyphens stay inside words; "--" and "..." are tokens',
    'e-mail me at a@b.com -- now...',
    ['e-mail', 'me', 'at', 'a', '@', 'b.com', '--', 'now', '...'],
  ],
  ['a hyphenated word is one token', "HELLO-WORLD TV's A.I.", ['HELLO-WORLD', 'TV', "'s", 'A.I', '.']],
];

describe('Treebank word tokenizer (nltk.word_tokenize)', () => {
  test.each(WORDS)('%s', (_because, text, expected) => {
    expect(wordTokenize(text, sentences)).toEqual(expected);
  });

  test('a single sentence is tokenized without sentence splitting', () => {
    expect(treebankTokenize('"Hi," she said.')).toEqual(['``', 'Hi', ',', "''", 'she', 'said', '.']);
  });
});
