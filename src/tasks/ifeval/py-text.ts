/**
 * Python `str` and `re` semantics the IFEval reference relies on, for JavaScript strings.
 *
 * JavaScript's `\s`, `\w`, `\d`, `\b`, `.`, `^`/`$` and `String.prototype.trim` all differ from
 * Python's in small ways (ASCII-only `\w`/`\d`/`\b`; `.` that stops at `\r`; `trim` that strips
 * U+FEFF but not U+001C–U+001F or U+0085). Counting words or sentences with the JavaScript ones
 * would move scores away from published IFEval numbers, so the reference's regexes are written
 * with the fragments below instead.
 */

/** Characters for which Python's `str.isspace()` is true (what `\s`, `strip()` and `split()` use). */
const SPACE_CHARS =
  '\\t\\n\\x0b\\x0c\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

/** Python `\s` (str pattern). Use in regexes compiled with the `u` flag. */
export const PY_S = `[${SPACE_CHARS}]`;
/** Python `\S`. */
export const PY_NOT_S = `[^${SPACE_CHARS}]`;
/** Python `\w` for str patterns: `str.isalnum()` characters and `_` (combining marks are not). */
export const PY_W_CLASS = '\\p{L}\\p{N}_';
export const PY_W = `[${PY_W_CLASS}]`;
export const PY_NOT_W = `[^${PY_W_CLASS}]`;
/** Python `\d` for str patterns: any Unicode decimal digit. */
export const PY_D = '\\p{Nd}';
/** Python `[^\W\d]`: word characters that are not decimal digits (letters, other numerals, `_`). */
export const PY_W_NOT_D = '[\\p{L}\\p{Nl}\\p{No}_]';
/** Python `\b` (Unicode word boundary). */
export const PY_B = `(?:(?<=${PY_W})(?!${PY_W})|(?<!${PY_W})(?=${PY_W}))`;
/** Python `.` without DOTALL: anything but `\n` (JavaScript's `.` also stops at `\r`, U+2028, U+2029). */
export const PY_DOT = '[^\\n]';
/** Python `$` without MULTILINE: end of text, or before a final `\n`. */
export const PY_END = '(?=\\n?(?![\\s\\S]))';

const SPACE_RE = new RegExp(PY_S, 'u');
const LEADING_SPACE = new RegExp(`^${PY_S}+`, 'u');
const SPACE_RUNS = new RegExp(`${PY_S}+`, 'u');

export function isPySpace(char: string): boolean {
  return SPACE_RE.test(char);
}

/** `str.strip()` with no argument. */
export function pyStrip(text: string): string {
  return pyRstrip(pyLstrip(text));
}

export function pyLstrip(text: string): string {
  return text.replace(LEADING_SPACE, '');
}

// A loop, not /\s+$/: that regex retries from every space of a long inner run (quadratic).
export function pyRstrip(text: string): string {
  let end = text.length;
  while (end > 0 && SPACE_RE.test(text[end - 1])) end--;
  return text.slice(0, end);
}

/** `str.strip(chars)` / `lstrip(chars)` / `rstrip(chars)` with an explicit set of characters. */
export function pyStripChars(text: string, chars: string, side: 'both' | 'left' | 'right' = 'both'): string {
  const set = new Set(chars);
  const units = [...text];
  let start = 0;
  let end = units.length;
  if (side !== 'right') while (start < end && set.has(units[start])) start++;
  if (side !== 'left') while (end > start && set.has(units[end - 1])) end--;
  return units.slice(start, end).join('');
}

/** `str.split()` with no argument: runs of whitespace, no empty strings. */
export function pySplit(text: string): string[] {
  const stripped = pyStrip(text);
  return stripped === '' ? [] : stripped.split(SPACE_RUNS);
}

const UPPER = /\p{Uppercase}/u;
const LOWER = /\p{Lowercase}/u;
const TITLE = /\p{Lt}/u;

/** `str.isupper()`: no lower- or title-case character, and at least one upper-case one. */
export function pyIsUpper(text: string): boolean {
  let cased = false;
  for (const char of text) {
    if (LOWER.test(char) || TITLE.test(char)) return false;
    if (UPPER.test(char)) cased = true;
  }
  return cased;
}

/** `str.islower()`: no upper- or title-case character, and at least one lower-case one. */
export function pyIsLower(text: string): boolean {
  let cased = false;
  for (const char of text) {
    if (UPPER.test(char) || TITLE.test(char)) return false;
    if (LOWER.test(char)) cased = true;
  }
  return cased;
}

/** The first code point (Python's `s[0]`), or '' for ''. */
export function firstChar(text: string): string {
  const code = text.codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** `str.removeprefix` / `str.removesuffix`. */
export function removePrefix(text: string, prefix: string): string {
  return text.startsWith(prefix) ? text.slice(prefix.length) : text;
}

export function removeSuffix(text: string, suffix: string): string {
  return suffix !== '' && text.endsWith(suffix) ? text.slice(0, -suffix.length) : text;
}
