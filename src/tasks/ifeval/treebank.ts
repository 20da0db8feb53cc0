/**
 * NLTK's `word_tokenize(text, "english")`: Punkt sentences, then `NLTKWordTokenizer` (the
 * improved Treebank tokenizer of `nltk/tokenize/destructive.py`) on each sentence. IFEval's
 * `capital_word_frequency` counts the all-capitals tokens this returns.
 */
import type { SentenceTokenizer } from './punkt.js';
import { PY_B, PY_D, PY_END, PY_S, PY_W, pySplit } from './py-text.js';

type Rule = [RegExp, string];

const rule = (source: string, replacement: string, flags = ''): Rule => [
  new RegExp(source, `gu${flags}`),
  replacement,
];

// destructive.py NLTKWordTokenizer.STARTING_QUOTES
const STARTING_QUOTES: Rule[] = [
  rule('([«“‘„]|`+)', ' $1 '),
  rule('^"', '``'),
  rule('(``)', ' $1 '),
  rule('([ ([{<])("|\'{2})', '$1 `` '),
  rule(`(')(?!re|ve|ll|m|t|s|d|n)(${PY_W})(?!${PY_W})`, '$1 $2', 'i'),
];

// ENDING_QUOTES (applied after the text is padded with a space on each side)
const ENDING_QUOTES: Rule[] = [
  rule('([»”’])', ' $1 '),
  rule("''", " '' "),
  rule('"', " '' "),
  rule("([^' ])('[sS]|'[mM]|'[dD]|') ", '$1 $2 '),
  rule("([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ", '$1 $2 '),
];

const FINAL_PERIOD_TAIL = new Set([...'])}>"\'»”’ ']);
const SPACE = new RegExp(`^${PY_S}$`, 'u');

/**
 * PUNCTUATION's first rule, `([^\.])(\.)([\]\)}>"\'»”’ ]*)\s*$` → `\1 \2 \3 `, without the regex:
 * its two quantifiers both take spaces, so a period followed by a long run of spaces costs the
 * square of the run (in Python too). It can only match once, at the period right before the
 * closing characters that lead into the text's trailing whitespace.
 */
function splitFinalPeriod(text: string): string {
  let q = text.length;
  while (q > 0 && SPACE.test(text[q - 1])) q--;
  let r = q;
  while (r > 0 && FINAL_PERIOD_TAIL.has(text[r - 1])) r--;
  // Spaces right before the trailing whitespace belong to the tail, so look through them too.
  const dot = r - 1;
  if (dot < 1 || text[dot] !== '.' || text[dot - 1] === '.') return text;
  let tailEnd = dot + 1;
  while (tailEnd < text.length && FINAL_PERIOD_TAIL.has(text[tailEnd])) tailEnd++;
  return `${text.slice(0, dot)} . ${text.slice(dot + 1, tailEnd)} `;
}

// PUNCTUATION (after the first rule); `$` is Python's (end, or before a final newline).
const PUNCTUATION: Rule[] = [
  rule(`([:,])([^${PY_D}])`, ' $1 $2'),
  rule(`([:,])${PY_END}`, ' $1 '),
  rule('\\.{2,}', ' $& '),
  rule('[;@#$%&]', ' $& '),
  rule(`([^.])(\\.)([\\])}>"']*)${PY_S}*${PY_END}`, '$1 $2$3 '),
  rule('[?!]', ' $& '),
  rule("([^'])' ", "$1 ' "),
  rule('[*]', ' $& '),
];

const PARENS_BRACKETS = rule('[\\][(){}<>]', ' $& ');
const DOUBLE_DASHES = rule('--', ' -- ');

// MacIntyre contractions (CONTRACTIONS2 and CONTRACTIONS3), case-insensitive.
const CONTRACTIONS: RegExp[] = [
  `${PY_B}(can)(not)${PY_B}`,
  `${PY_B}(d)('ye)${PY_B}`,
  `${PY_B}(gim)(me)${PY_B}`,
  `${PY_B}(gon)(na)${PY_B}`,
  `${PY_B}(got)(ta)${PY_B}`,
  `${PY_B}(lem)(me)${PY_B}`,
  `${PY_B}(more)('n)${PY_B}`,
  `${PY_B}(wan)(na)(?=${PY_S})`,
  ` ('t)(is)${PY_B}`,
  ` ('t)(was)${PY_B}`,
].map((source) => new RegExp(source, 'giu'));

function apply(text: string, [pattern, replacement]: Rule): string {
  return text.replace(pattern, replacement);
}

/** NLTKWordTokenizer.tokenize(text) with the defaults (no parenthesis conversion). */
export function treebankTokenize(sentence: string): string[] {
  let text = sentence;
  for (const r of STARTING_QUOTES) text = apply(text, r);
  text = splitFinalPeriod(text);
  for (const r of PUNCTUATION) text = apply(text, r);
  text = apply(text, PARENS_BRACKETS);
  text = apply(text, DOUBLE_DASHES);
  text = ` ${text} `;
  for (const r of ENDING_QUOTES) text = apply(text, r);
  for (const pattern of CONTRACTIONS) text = text.replace(pattern, ' $1 $2 ');
  return pySplit(text);
}

/** nltk.word_tokenize(text): sentences first, then the Treebank rules on each. */
export function wordTokenize(text: string, sentences: SentenceTokenizer): string[] {
  return sentences(text).flatMap(treebankTokenize);
}
