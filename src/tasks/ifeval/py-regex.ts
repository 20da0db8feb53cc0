/**
 * The reference puts some kwargs straight into Python regexes (`re.search(keyword, …)`,
 * `r"\b" + word + r"\b"`, the section splitter, the postscript marker). Every such kwarg in the
 * 541 reference prompts is plain text, but a user's data may hold a pattern: this translates the
 * class escapes and anchors whose meaning differs between Python and JavaScript, so a pattern
 * means what it meant to the reference. Other Python-only syntax (`(?P<name>…)`, `\Z`, inline
 * flags) is not translated; a pattern that does not compile is a data error.
 */
import { PY_B, PY_D, PY_DOT, PY_END, PY_NOT_S, PY_NOT_W, PY_S, PY_W, PY_W_CLASS } from './py-text.js';

const OUTSIDE_CLASS: Record<string, string> = {
  b: PY_B,
  B: `(?!${PY_B})`,
  w: PY_W,
  W: PY_NOT_W,
  s: PY_S,
  S: PY_NOT_S,
  d: `\\p{Nd}`,
  D: `\\P{Nd}`,
};

// Inside a class only the positive escapes can be spliced; the negated ones keep JS meaning.
const INSIDE_CLASS: Record<string, string> = {
  w: PY_W_CLASS,
  s: PY_S.slice(1, -1),
  d: PY_D,
};

/** Rewrites a Python `re` pattern (str, no flags) into JavaScript source for the `u` flag. */
export function translatePythonPattern(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\' && i + 1 < source.length) {
      const next = source[++i];
      const table = inClass ? INSIDE_CLASS : OUTSIDE_CLASS;
      out += table[next] ?? `\\${next}`;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      out += char;
      continue;
    }
    if (char === '[') {
      inClass = true;
      out += char;
      // A `]` or `^]` right after the opening bracket is a literal in Python.
      if (source[i + 1] === '^') out += source[++i];
      if (source[i + 1] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (char === '.') out += PY_DOT;
    else if (char === '$') out += PY_END;
    else out += char;
  }
  return out;
}

/**
 * Compiles a Python pattern for JavaScript: translated with the `u` flag where it compiles so;
 * else as written without `u` (escapes such as `\-` are legal in Python and in non-`u` JS).
 * Throws on a pattern neither accepts.
 */
export function compilePythonPattern(source: string, flags: string): RegExp {
  try {
    return new RegExp(translatePythonPattern(source), `${flags}u`);
  } catch {
    return new RegExp(source, flags);
  }
}
