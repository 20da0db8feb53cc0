/**
 * Punkt's word tokens and their type-based properties (NLTK `PunktToken` and the
 * `PunktLanguageVars` word regex, English defaults).
 */
import { PY_D, PY_NOT_S, PY_S, PY_W_NOT_D, firstChar, pyIsLower, pyIsUpper, pyStrip } from './py-text.js';

export interface PunktToken {
  tok: string;
  /** Lower-cased token with numbers replaced by `##number##`. */
  type: string;
  periodFinal: boolean;
  parastart: boolean;
  linestart: boolean;
  sentbreak: boolean;
  abbr: boolean;
  ellipsis: boolean;
}

// punkt.py PunktLanguageVars: `_re_non_word_chars` is `[)";}\]\*:@'\({\[` plus the sentence
// end characters other than the period (`?!`); `_re_multi_char_punct` is dashes and ellipses.
export const NON_WORD = `(?:[)";}\\]*:@'({\\[?!])`;
const MULTI_CHAR = `(?:-{2,}|\\.{2,}|(?:\\.${PY_S}){2,}\\.)`;
const WORD_START = '[^("`{\\[:;&#*@)}\\]\\-,]';

// punkt.py `_word_tokenize_fmt`: a multi-character punctuation mark, or a word (lazily, up to
// whitespace, end, non-word punctuation or a word-final comma), or any single non-space.
const WORD_TOKENIZER = new RegExp(
  `${MULTI_CHAR}` +
    `|(?=${WORD_START})${PY_NOT_S}+?(?=${PY_S}|$|${NON_WORD}|${MULTI_CHAR}|,(?=$|${PY_S}|${NON_WORD}|${MULTI_CHAR}))` +
    `|${PY_NOT_S}`,
  'gu',
);

const RE_ELLIPSIS = /^\.\.+$/u;
const RE_NUMERIC = new RegExp(`^-?[.,]?${PY_D}[${PY_D},.\\-]*\\.?$`, 'u');
const RE_INITIAL = new RegExp(`^${PY_W_NOT_D}\\.$`, 'u');

export function makeToken(tok: string, flags: { parastart?: boolean; linestart?: boolean } = {}): PunktToken {
  return {
    tok,
    type: tok.toLowerCase().replace(RE_NUMERIC, '##number##'),
    periodFinal: tok.endsWith('.'),
    parastart: flags.parastart ?? false,
    linestart: flags.linestart ?? false,
    sentbreak: false,
    abbr: false,
    ellipsis: false,
  };
}

/** PunktToken.type_no_period */
export function typeNoPeriod(token: PunktToken): string {
  return token.type.length > 1 && token.type.endsWith('.') ? token.type.slice(0, -1) : token.type;
}

/** PunktToken.type_no_sentperiod */
export function typeNoSentperiod(token: PunktToken): string {
  return token.sentbreak ? typeNoPeriod(token) : token.type;
}

export function firstUpper(token: PunktToken): boolean {
  return pyIsUpper(firstChar(token.tok));
}

export function firstLower(token: PunktToken): boolean {
  return pyIsLower(firstChar(token.tok));
}

export function isEllipsis(token: PunktToken): boolean {
  return RE_ELLIPSIS.test(token.tok);
}

export function isInitial(token: PunktToken): boolean {
  return RE_INITIAL.test(token.tok);
}

/** PunktLanguageVars.word_tokenize: splits off punctuation other than periods. */
export function punktWordTokenize(line: string): string[] {
  return line.match(WORD_TOKENIZER) ?? [];
}

/**
 * PunktBaseClass._tokenize_words: tokens line by line, marking the first token of a line and of
 * a paragraph (a line after one or more blank lines).
 */
export function tokenizeWords(text: string): PunktToken[] {
  const tokens: PunktToken[] = [];
  let parastart = false;
  for (const line of text.split('\n')) {
    if (pyStrip(line) === '') {
      parastart = true;
      continue;
    }
    const words = punktWordTokenize(line);
    if (words.length === 0) continue;
    tokens.push(makeToken(words[0], { parastart, linestart: true }));
    parastart = false;
    for (const word of words.slice(1)) tokens.push(makeToken(word));
  }
  return tokens;
}
