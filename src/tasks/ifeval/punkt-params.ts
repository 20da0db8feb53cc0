import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { DataError } from '../../errors.js';

/** The trained Punkt model: what NLTK's `PunktParameters` holds. */
export interface PunktParameters {
  /** Abbreviation types, lower case, without the final period. */
  abbrevTypes: ReadonlySet<string>;
  /** Word-type pairs `first\tsecond` across which a period does not end a sentence. */
  collocations: ReadonlySet<string>;
  /** Frequent sentence starters (types). */
  sentStarters: ReadonlySet<string>;
  /** Orthographic-context bit flags per type (absent = 0, as NLTK's defaultdict). */
  orthoContext: ReadonlyMap<string, number>;
}

/** The shipped parameters, beside the sources; the bundled dist/ passes its own folder. */
export const PUNKT_ENGLISH_DIR = new URL('../../../datasets/punkt-english/', import.meta.url);

/** The key of a collocation pair in `PunktParameters.collocations`. */
export function collocationKey(first: string, second: string): string {
  return `${first}\t${second}`;
}

function lines(dir: string, file: string): string[] {
  const full = path.join(dir, file);
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch (error) {
    throw new DataError({ file: full }, `cannot read the Punkt English parameters`, {
      hint: 'the IFEval scorer needs datasets/punkt-english/ (shipped with evalwarden); pass its folder to loadPunktEnglish()',
      cause: error,
    });
  }
  return text.split('\n').filter((line) => line !== '');
}

/**
 * Loads NLTK's Punkt English model from the four `punkt_tab` files (`abbrev_types.txt`,
 * `collocations.tab`, `sent_starters.txt`, `ortho_context.tab`), as NLTK ≥ 3.9 does.
 */
export function loadPunktEnglish(dir: string | URL = PUNKT_ENGLISH_DIR): PunktParameters {
  const folder = dir instanceof URL ? fileURLToPath(dir) : dir;
  const orthoContext = new Map<string, number>();
  for (const line of lines(folder, 'ortho_context.tab')) {
    const [type, flags] = line.split('\t');
    const value = Number(flags);
    if (type === undefined || !Number.isInteger(value)) {
      throw new DataError(
        { file: path.join(folder, 'ortho_context.tab') },
        `bad row "${line}": expected type<TAB>flags`,
      );
    }
    orthoContext.set(type, value);
  }
  const collocations = new Set<string>();
  for (const line of lines(folder, 'collocations.tab')) {
    const [first, second] = line.split('\t');
    if (first === undefined || second === undefined) {
      throw new DataError(
        { file: path.join(folder, 'collocations.tab') },
        `bad row "${line}": expected word<TAB>word`,
      );
    }
    collocations.add(collocationKey(first, second));
  }
  return {
    abbrevTypes: new Set(lines(folder, 'abbrev_types.txt')),
    collocations,
    sentStarters: new Set(lines(folder, 'sent_starters.txt')),
    orthoContext,
  };
}
