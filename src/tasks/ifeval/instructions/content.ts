/** detectable_content:* — instructions.py PlaceholderChecker, PostscriptChecker. */
import { type Instruction, KwargsError, readCount, readString } from '../instruction.js';
import { translatePythonPattern } from '../py-regex.js';
import { PY_S, pyStrip } from '../py-text.js';

/**
 * `len(re.findall(r"\[.*?\]", value))` as a scan: each `[` pairs with the first `]` after it on
 * the same line (Python's `.` stops at "\n" only); a `[` with none starts no placeholder. The
 * regex retries every `[` of a long unclosed run (quadratic, in Python too).
 */
export function countPlaceholders(text: string): number {
  let count = 0;
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '[') {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && text[j] !== ']' && text[j] !== '\n') j++;
    if (j < text.length && text[j] === ']') {
      count++;
      i = j + 1;
    } else {
      // No "]" before the end of this line: no "[" up to here can close either.
      i = j;
    }
  }
  return count;
}

/** PlaceholderChecker: at least n `[...]` (within a line, shortest match). */
export const numberPlaceholders: Instruction = {
  kwargs: ['num_placeholders'],
  build: (kwargs) => {
    const wanted = readCount(kwargs, 'num_placeholders');
    return (response) => countPlaceholders(response) >= wanted;
  },
};

/**
 * PostscriptChecker: on the lower-cased response, a MULTILINE `re.findall` of `\s*p\.\s?p\.\s?s.*$`
 * (for "P.P.S"), `\s*p\.\s?s\..*$` (for "P.S.") or `\s*` + the lower-cased marker + `.*$`, anywhere
 * in a line, not only at its start. Only whether something matches counts, and the leading
 * `\s*` and trailing `.*$` cannot change that (they match empty), so only the middle is searched:
 * with the `\s*` a long blank run costs the square of its length.
 */
export const postscript: Instruction = {
  kwargs: ['postscript_marker'],
  build: (kwargs) => {
    const marker = pyStrip(readString(kwargs, 'postscript_marker'));
    let body: string;
    if (marker === 'P.P.S') body = `p\\.${PY_S}?p\\.${PY_S}?s`;
    else if (marker === 'P.S.') body = `p\\.${PY_S}?s\\.`;
    else body = translatePythonPattern(marker.toLowerCase());
    let pattern: RegExp;
    try {
      pattern = new RegExp(body, 'u');
    } catch (error) {
      throw new KwargsError(
        `"postscript_marker" "${marker}" is not a pattern JavaScript can run: ${(error as Error).message}`,
      );
    }
    return (response) => pattern.test(response.toLowerCase());
  },
};
