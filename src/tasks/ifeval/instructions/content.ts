/** detectable_content:* — instructions.py PlaceholderChecker, PostscriptChecker. */
import { type Instruction, KwargsError, readCount, readString } from '../instruction.js';
import { translatePythonPattern } from '../py-regex.js';
import { PY_DOT, PY_S, pyStrip } from '../py-text.js';

// `\[.*?\]`: Python's `.` stops at "\n" only, so a placeholder may not span lines.
const PLACEHOLDER = new RegExp(`\\[${PY_DOT}*?\\]`, 'gu');

/** PlaceholderChecker: at least n `[...]` (within a line, shortest match). */
export const numberPlaceholders: Instruction = {
  kwargs: ['num_placeholders'],
  build: (kwargs) => {
    const wanted = readCount(kwargs, 'num_placeholders');
    return (response) => [...response.matchAll(PLACEHOLDER)].length >= wanted;
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
      throw new KwargsError(`"postscript_marker" "${marker}" is not a pattern JavaScript can run: ${(error as Error).message}`);
    }
    return (response) => pattern.test(response.toLowerCase());
  },
};
