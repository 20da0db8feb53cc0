/**
 * Normalisation shared by the string-comparing scorers (exact, contains, regex). It never
 * changes what a number means: a sign, a decimal point, a currency sign before a digit and a
 * percent sign after one are kept, and superscripts are not folded into the digits before them.
 */
export interface NormalizeOptions {
  case_sensitive?: boolean;
  ignore_punctuation?: boolean;
}

// NFKC maps superscripts, subscripts and vulgar fractions to plain digits ("10²" → "102",
// "1½" → "11⁄2"), which changes a number's value: those characters are kept as they are.
const NUMBER_FORMS = /([\p{No}\u2070-\u209f]+)/u;
// U+2212 MINUS SIGN is the same sign as "-" (NFKC keeps it apart).
const MINUS = /\u2212/g;
const LEADING_PUNCTUATION = /^[\p{P}\p{S}]+/u;
const TRAILING_PUNCTUATION = /[\p{P}\p{S}]+$/u;
// The end of a leading run that belongs to the number after it: "-", "+", "$", ".", "-$", "-.".
const NUMBER_PREFIX = /[-+]?\p{Sc}?\.?$/u;

export function normalizeText(text: string, options: NormalizeOptions = {}): string {
  let out = foldCompatibility(text).replace(MINUS, '-').trim().replace(/\s+/g, ' ');
  if (!options.case_sensitive) out = out.toLowerCase();
  if (options.ignore_punctuation ?? true) out = stripTrailing(stripLeading(out)).trim();
  return out;
}

/** NFKC everywhere but on superscripts, subscripts and fractions. */
export function foldCompatibility(text: string): string {
  return text
    .split(NUMBER_FORMS)
    .map((part, i) => (i % 2 === 1 ? part : part.normalize('NFKC')))
    .join('');
}

function stripLeading(text: string): string {
  const run = LEADING_PUNCTUATION.exec(text)?.[0];
  if (!run) return text;
  const kept = /^\d/.test(text.slice(run.length)) ? (NUMBER_PREFIX.exec(run)?.[0] ?? '') : '';
  return text.slice(run.length - kept.length);
}

function stripTrailing(text: string): string {
  const run = TRAILING_PUNCTUATION.exec(text)?.[0];
  if (!run) return text;
  const body = text.slice(0, text.length - run.length);
  const kept = /\d$/.test(body) && run.startsWith('%') ? '%' : '';
  return body + kept;
}

/**
 * Whether `needle` occurs in `haystack` as a whole number where it starts or ends with a digit:
 * "7" is not in "17", "-7", "7.5", "7,000", "7e3" or "7²" (a letter next to it is a boundary).
 */
export function includesOnNumberBoundaries(haystack: string, needle: string): boolean {
  if (needle === '') return true;
  const checkStart = /^[\p{Sc}.]?\d/u.test(needle);
  const signed = /^[-+]\p{Sc}?\.?\d/u.test(needle);
  const checkEnd = /\d$/.test(needle);
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack.slice(0, at);
    const after = haystack.slice(at + needle.length);
    if (checkStart && continuesNumberBefore(before)) continue;
    // "-7" is not in "5-7": a hyphen after a letter or digit is no sign.
    if (signed && /[\p{L}\p{N}]$/u.test(before)) continue;
    if (checkEnd && continuesNumberAfter(after)) continue;
    return true;
  }
  return false;
}

function continuesNumberBefore(before: string): boolean {
  // A digit, a decimal point, a thousands mark after a digit, an exponent's "e", or a sign
  // that is not a hyphen.
  return /(?:\p{N}|\.|\p{N},|\d[eE][-+\u2212]?|(?:^|[^\p{L}\p{N}])[-+\u2212]\p{Sc}?)$/u.test(before);
}

function continuesNumberAfter(after: string): boolean {
  return /^(?:[\p{N}\u2070-\u209f]|[.,]\d|e[-+\u2212]?\d)/iu.test(after);
}

export function targetList(target: string | string[] | null): string[] {
  if (target === null) return [];
  return Array.isArray(target) ? target : [target];
}
