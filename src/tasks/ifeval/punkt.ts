/**
 * A port of NLTK's Punkt sentence tokenizer (Kiss & Strunk 2006; `nltk/tokenize/punkt.py`,
 * `PunktSentenceTokenizer.tokenize(text)` with `realign_boundaries=True`), which is what
 * `nltk.sent_tokenize(text, "english")` and IFEval's `count_sentences` run. Only tokenizing with
 * trained parameters is ported, not training.
 */
import {
  NON_WORD,
  type PunktToken,
  firstLower,
  firstUpper,
  isEllipsis,
  isInitial,
  tokenizeWords,
  typeNoPeriod,
  typeNoSentperiod,
} from './punkt-token.js';
import { collocationKey, type PunktParameters } from './punkt-params.js';
import { PY_NOT_S, PY_S, pyRstrip } from './py-text.js';

// Orthographic context flags (punkt.py `_ORTHO_*`).
const ORTHO_BEG_UC = 1 << 1;
const ORTHO_MID_UC = 1 << 2;
const ORTHO_UNK_UC = 1 << 3;
const ORTHO_BEG_LC = 1 << 4;
const ORTHO_MID_LC = 1 << 5;
const ORTHO_UNK_LC = 1 << 6;
const ORTHO_UC = ORTHO_BEG_UC + ORTHO_MID_UC + ORTHO_UNK_UC;
const ORTHO_LC = ORTHO_BEG_LC + ORTHO_MID_LC + ORTHO_UNK_LC;

const SENT_END_CHARS = new Set(['.', '?', '!']);
/** PunktSentenceTokenizer.PUNCTUATION: tokens that never start a sentence. */
const PUNCTUATION = new Set([';', ':', ',', '.', '!', '?']);

// punkt.py `_period_context_fmt`: a sentence-end character followed (lookahead) by either
// non-word punctuation or whitespace and the next token.
const PERIOD_CONTEXT = new RegExp(
  `[.?!](?=(?<after_tok>${NON_WORD}|${PY_S}+(?<next_tok>${PY_NOT_S}+)))`,
  'dgu',
);

// `re_boundary_realignment` (MULTILINE), used with `.match`: closing quotes and brackets after a
// sentence end belong to the sentence before.
const BOUNDARY_REALIGNMENT = new RegExp(`^["')\\]}]+?(?:${PY_S}+|(?=--)|(?=\\n|(?![\\s\\S])))`, 'u');

/** `string.whitespace`: ASCII only, unlike `\s` (used by `_get_last_whitespace_index`). */
const ASCII_WHITESPACE = new Set([' ', '\t', '\n', '\r', '\x0b', '\x0c']);

interface Slice {
  start: number;
  stop: number;
}

/** A sentence tokenizer over trained parameters: text → sentences, as NLTK returns them. */
export type SentenceTokenizer = (text: string) => string[];

export function createSentenceTokenizer(params: PunktParameters): SentenceTokenizer {
  const ortho = (type: string): number => params.orthoContext.get(type) ?? 0;

  /** _first_pass_annotation: sentence ends, ellipses and known abbreviations, by type alone. */
  function firstPass(token: PunktToken): void {
    const tok = token.tok;
    if (SENT_END_CHARS.has(tok)) {
      token.sentbreak = true;
    } else if (isEllipsis(token)) {
      token.ellipsis = true;
    } else if (token.periodFinal && !tok.endsWith('..')) {
      const bare = tok.slice(0, -1).toLowerCase();
      if (params.abbrevTypes.has(bare) || params.abbrevTypes.has(bare.split('-').at(-1) ?? '')) {
        token.abbr = true;
      } else {
        token.sentbreak = true;
      }
    }
  }

  /** _ortho_heuristic: true / false / 'unknown' that the token starts a sentence. */
  function orthoHeuristic(token: PunktToken): boolean | 'unknown' {
    if (PUNCTUATION.has(token.tok)) return false;
    const context = ortho(typeNoSentperiod(token));
    if (firstUpper(token) && context & ORTHO_LC && !(context & ORTHO_MID_UC)) return true;
    if (firstLower(token) && (context & ORTHO_UC || !(context & ORTHO_BEG_LC))) return false;
    return 'unknown';
  }

  /** _second_pass_annotation: collocations, orthographic and sentence-starter heuristics. */
  function secondPass(token: PunktToken, next: PunktToken | undefined): void {
    if (!next || !token.periodFinal) return;
    const type = typeNoPeriod(token);
    const nextType = typeNoSentperiod(next);
    const initial = isInitial(token);

    // 4.1.2 collocation heuristic
    if (params.collocations.has(collocationKey(type, nextType))) {
      token.sentbreak = false;
      token.abbr = true;
      return;
    }
    // 4.2 an abbreviation or ellipsis may also end a sentence
    if ((token.abbr || token.ellipsis) && !initial) {
      if (orthoHeuristic(next) === true) {
        token.sentbreak = true;
        return;
      }
      if (firstUpper(next) && params.sentStarters.has(nextType)) {
        token.sentbreak = true;
        return;
      }
    }
    // 4.3 initials and ordinals
    if (initial || type === '##number##') {
      const starter = orthoHeuristic(next);
      if (starter === false) {
        token.sentbreak = false;
        token.abbr = true;
        return;
      }
      if (starter === 'unknown' && initial && firstUpper(next) && !(ortho(nextType) & ORTHO_LC)) {
        token.sentbreak = false;
        token.abbr = true;
      }
    }
  }

  function annotate(tokens: PunktToken[]): PunktToken[] {
    for (const token of tokens) firstPass(token);
    // Pairwise, left to right: `next` is seen after its first pass only, as in NLTK's chained
    // generators, where a token's second pass runs once the token after it has been read.
    for (let i = 0; i < tokens.length; i++) secondPass(tokens[i], tokens[i + 1]);
    return tokens;
  }

  /** text_contains_sentbreak: a sentence break before the last token of the context. */
  function containsSentbreak(context: string): boolean {
    const tokens = annotate(tokenizeWords(context));
    return tokens.slice(0, -1).some((token) => token.sentbreak);
  }

  function lastWhitespaceIndex(text: string): number {
    for (let i = text.length - 1; i >= 0; i--) if (ASCII_WHITESPACE.has(text[i])) return i;
    return 0;
  }

  /** _match_potential_end_contexts: each candidate end with the word before it and the token after. */
  function potentialEndContexts(text: string): { match: RegExpExecArray; context: string }[] {
    const out: { match: RegExpExecArray; context: string }[] = [];
    let previousSlice: Slice = { start: 0, stop: 0 };
    let previousMatch: RegExpExecArray | undefined;
    const contextOf = (match: RegExpExecArray, slice: Slice): string =>
      text.slice(slice.start, slice.stop) + match[0] + (match.groups?.after_tok ?? '');
    for (const match of text.matchAll(PERIOD_CONTEXT)) {
      const before = text.slice(previousSlice.stop, match.index);
      let wordStart = lastWhitespaceIndex(before);
      // punkt.py quirk kept: whitespace at index 0 of `before` reads as "none found".
      wordStart = wordStart ? wordStart + previousSlice.stop + 1 : previousSlice.start;
      const wordSlice: Slice = { start: wordStart, stop: match.index };
      if (previousMatch && previousSlice.stop <= wordSlice.start) {
        out.push({ match: previousMatch, context: contextOf(previousMatch, previousSlice) });
      }
      previousMatch = match as RegExpExecArray;
      previousSlice = wordSlice;
    }
    if (previousMatch) out.push({ match: previousMatch, context: contextOf(previousMatch, previousSlice) });
    return out;
  }

  function slicesFromText(text: string): Slice[] {
    const slices: Slice[] = [];
    let lastBreak = 0;
    for (const { match, context } of potentialEndContexts(text)) {
      if (!containsSentbreak(context)) continue;
      const end = match.index + match[0].length;
      slices.push({ start: lastBreak, stop: end });
      // The next sentence starts at the next token, or at the punctuation right after the end.
      lastBreak = match.indices?.groups?.next_tok?.[0] ?? end;
    }
    slices.push({ start: lastBreak, stop: pyRstrip(text).length });
    return slices;
  }

  /** _realign_boundaries: closing punctuation after a break joins the sentence before. */
  function realignBoundaries(text: string, slices: Slice[]): Slice[] {
    const out: Slice[] = [];
    let realign = 0;
    for (let i = 0; i < slices.length; i++) {
      const first: Slice = { start: slices[i].start + realign, stop: slices[i].stop };
      const second = slices[i + 1];
      const firstText = text.slice(first.start, first.stop);
      if (!second) {
        if (firstText) out.push(first);
        continue;
      }
      const m = BOUNDARY_REALIGNMENT.exec(text.slice(second.start, second.stop));
      if (m) {
        out.push({ start: first.start, stop: second.start + pyRstrip(m[0]).length });
        realign = m[0].length;
      } else {
        realign = 0;
        if (firstText) out.push(first);
      }
    }
    return out;
  }

  return (text) => realignBoundaries(text, slicesFromText(text)).map((s) => text.slice(s.start, s.stop));
}
