/**
 * detectable_format:* — instructions.py BulletListChecker, ConstrainedResponseChecker,
 * HighlightSectionChecker, SectionChecker, JsonFormat, TitleChecker.
 */
import { type Instruction, KwargsError, readCount, readString } from '../instruction.js';
import { translatePythonPattern } from '../py-regex.js';
import { pythonJsonParses } from '../py-json.js';
import { PY_D, PY_S, isPySpace, pyStrip, pyStripChars, removePrefix, removeSuffix } from '../py-text.js';

/**
 * `len(re.findall(r"^\s*\*[^\*].*$", value, re.M)) + len(re.findall(r"^\s*-.*$", value, re.M))`,
 * as a scan: run as regexes, the leading `\s*` is retried from every line start of a long blank
 * run (the square of its length, in Python too). `\s*` may run over blank lines and `[^\*]` may
 * be a newline, so these are not simply "lines starting with * or -"; the scan keeps that.
 */
export function countBulletLines(text: string): number {
  const chars = [...text];
  const n = chars.length;
  // nextSolid[i]: the first index ≥ i that is not whitespace (what `\s*` stops at).
  const nextSolid = new Int32Array(n + 1);
  nextSolid[n] = n;
  for (let i = n - 1; i >= 0; i--) nextSolid[i] = isPySpace(chars[i]) ? nextSolid[i + 1] : i;
  const lineEnd = (from: number): number => {
    let e = from;
    while (e < n && chars[e] !== '\n') e++;
    return e;
  };
  const count = (marker: '*' | '-'): number => {
    let found = 0;
    let pos = 0;
    while (pos <= n) {
      const w = nextSolid[pos];
      const atLineStart = pos === 0 || chars[pos - 1] === '\n';
      const star = marker === '*' && w + 1 < n && chars[w] === '*' && chars[w + 1] !== '*';
      const dash = marker === '-' && w < n && chars[w] === '-';
      if (atLineStart && (star || dash)) {
        found++;
        pos = lineEnd(marker === '*' ? w + 2 : w + 1);
      } else {
        pos++;
      }
    }
    return found;
  };
  return count('*') + count('-');
}

/** BulletListChecker: exactly n bullet lines (`*` not followed by `*`, or `-`). */
export const numberBulletLists: Instruction = {
  kwargs: ['num_bullets'],
  build: (kwargs) => {
    const wanted = readCount(kwargs, 'num_bullets');
    return (response) => countBulletLines(response) === wanted;
  },
};

const CONSTRAINED_OPTIONS = ['My answer is yes.', 'My answer is no.', 'My answer is maybe.'];

/** ConstrainedResponseChecker: one of the three options anywhere in the response (case-sensitive). */
export const constrainedResponse: Instruction = {
  kwargs: [],
  build: () => (response) => {
    const value = pyStrip(response);
    return CONSTRAINED_OPTIONS.some((option) => value.includes(option));
  },
};

const HIGHLIGHT = /\*[^\n*]*\*/g;
const DOUBLE_HIGHLIGHT = /\*\*[^\n*]*\*\*/g;

/**
 * HighlightSectionChecker: `*text*` spans with something besides stars and spaces, plus
 * `**text**` spans counted again on their own (a bold span can count twice).
 */
export const numberHighlightedSections: Instruction = {
  kwargs: ['num_highlights'],
  build: (kwargs) => {
    const wanted = readCount(kwargs, 'num_highlights');
    return (response) => {
      let count = 0;
      for (const [h] of response.matchAll(HIGHLIGHT)) if (pyStrip(pyStripChars(h, '*')) !== '') count++;
      for (const [h] of response.matchAll(DOUBLE_HIGHLIGHT))
        if (pyStrip(removeSuffix(removePrefix(h, '**'), '**')) !== '') count++;
      return count >= wanted;
    };
  },
};

/** SectionChecker: splits on `\s?<splitter>\s?\d+\s?`; pieces − 1 must reach n. */
export const multipleSections: Instruction = {
  kwargs: ['section_spliter', 'num_sections'],
  build: (kwargs) => {
    const splitter = pyStrip(readString(kwargs, 'section_spliter'));
    const wanted = readCount(kwargs, 'num_sections');
    let pattern: RegExp;
    try {
      pattern = new RegExp(`${PY_S}?${translatePythonPattern(splitter)}${PY_S}?[${PY_D}]+${PY_S}?`, 'u');
    } catch (error) {
      throw new KwargsError(
        `"section_spliter" "${splitter}" is not a pattern JavaScript can run: ${(error as Error).message}`,
      );
    }
    return (response) => response.split(pattern).length - 1 >= wanted;
  },
};

/** JsonFormat: strip, drop one leading ```json / ```Json / ```JSON / ``` and one trailing ```, strip, `json.loads`. */
export const jsonFormat: Instruction = {
  kwargs: [],
  build: () => (response) => {
    let value = pyStrip(response);
    for (const prefix of ['```json', '```Json', '```JSON', '```']) value = removePrefix(value, prefix);
    value = pyStrip(removeSuffix(value, '```'));
    return pythonJsonParses(value);
  },
};

/**
 * TitleChecker: `re.findall(r"<<[^\n]+>>")`, some match with more than `<`, `>` and spaces. A
 * line holds at most one match (greedy: from its first `<<` to its last `>>`, at least one
 * character between), so lines are read directly; the regex would retry every `<<` of a line.
 */
export const title: Instruction = {
  kwargs: [],
  build: () => (response) =>
    response.split('\n').some((line) => {
      const open = line.indexOf('<<');
      const close = line.lastIndexOf('>>');
      if (open === -1 || close < open + 3) return false;
      const inside = pyStripChars(pyStripChars(line.slice(open, close + 2), '<', 'left'), '>', 'right');
      return pyStrip(inside) !== '';
    }),
};
