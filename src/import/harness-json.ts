import { DataError } from '../errors.js';
import type { SourceFile } from './source-files.js';

const LFS_POINTER = 'version https://git-lfs.github.com/spec/v1';
/** What a Python `NaN`/`Infinity` token becomes: a string no harness writes, so it stays recognisable. */
const NON_FINITE = '\u0000non-finite:';

/** A Git LFS pointer committed in place of the file it stands for is refused with what to run. */
export function refuseLfsPointer(file: string, text: string): void {
  if (text.startsWith(LFS_POINTER))
    throw new DataError({ file }, 'this is a Git LFS pointer, not the file it stands for', {
      hint: 'Run `git lfs pull` in the checkout, then import again.',
    });
}

/**
 * JSON as Python's json module writes it: `NaN`, `Infinity` and `-Infinity` are not JSON, and one
 * of them must not make a whole results file unreadable. Each becomes a marked string that
 * `nonFinite` recognises, so the value is unknown and said to be, never 0 and never dropped.
 */
export function parseHarnessJson<T>(file: SourceFile): T {
  refuseLfsPointer(file.path, file.text);
  try {
    return JSON.parse(markNonFiniteTokens(file.text)) as T;
  } catch (cause) {
    throw new DataError({ file: file.path }, `not valid JSON: ${(cause as Error).message}`, { cause });
  }
}

/** One line of a JSONL file, read like `parseHarnessJson`. */
export function parseHarnessJsonLine<T>(text: string): T {
  return JSON.parse(markNonFiniteTokens(text)) as T;
}

/** `NaN`, `Infinity`, `-Infinity` or a number JSON overflowed to ±Infinity (`1e999`): its name; else null. */
export function nonFinite(value: unknown): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : String(value);
  if (typeof value === 'string' && value.startsWith(NON_FINITE)) return value.slice(NON_FINITE.length);
  return null;
}

function markNonFiniteTokens(text: string): string {
  if (!/NaN|Infinity/.test(text)) return text;
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      out += ch;
      if (ch === '\\') out += text[++i] ?? '';
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') {
      inString = true;
      out += ch;
      continue;
    }
    const token = /^(-?Infinity|NaN)/.exec(text.slice(i, i + 9))?.[1];
    if (token) {
      out += JSON.stringify(NON_FINITE + token);
      i += token.length - 1;
      continue;
    }
    out += ch;
  }
  return out;
}
