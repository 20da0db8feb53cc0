/**
 * One IFEval instruction: built from its kwargs (the reference's `build_description(**kwargs)`),
 * then checked against a response (`check_following`).
 */
import type { LanguageDetector } from './language.js';
import type { SentenceTokenizer } from './punkt.js';

/** What checks need besides the response: the trained tokenizers and the language detector. */
export interface CheckContext {
  sentences: SentenceTokenizer;
  detectLanguage: LanguageDetector;
}

export type Check = (response: string, context: CheckContext) => boolean;

export type Kwargs = Record<string, unknown>;

/** An instruction: its kwargs (checked when built) and its check. */
export interface Instruction {
  /** The kwargs the reference's `build_description` accepts. */
  kwargs: readonly string[];
  build: (kwargs: Kwargs) => Check;
}

/** A kwarg the reference would reject or replace with a random draw: the row is bad data. */
export class KwargsError extends Error {}

/** The reference's `_COMPARISON_RELATION`. */
export type Relation = 'less than' | 'at least';

function present(kwargs: Kwargs, key: string): unknown {
  const value = kwargs[key];
  if (value === undefined || value === null) {
    throw new KwargsError(
      `needs "${key}" (the reference would draw a random one, which no score can rest on)`,
    );
  }
  return value;
}

/** A number (Python compares floats too, so 2.5 is kept as it is). */
export function readNumber(kwargs: Kwargs, key: string): number {
  const value = present(kwargs, key);
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new KwargsError(`"${key}" must be a number, not ${JSON.stringify(value)}`);
  return value;
}

/** A number the reference replaces with a random draw when negative. */
export function readCount(kwargs: Kwargs, key: string): number {
  const value = readNumber(kwargs, key);
  if (value < 0)
    throw new KwargsError(`"${key}" must not be negative (the reference would draw a random one)`);
  return value;
}

export function readString(kwargs: Kwargs, key: string): string {
  const value = present(kwargs, key);
  if (typeof value !== 'string')
    throw new KwargsError(`"${key}" must be a string, not ${JSON.stringify(value)}`);
  return value;
}

export function readStringList(kwargs: Kwargs, key: string): string[] {
  const value = present(kwargs, key);
  if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string')) {
    throw new KwargsError(`"${key}" must be a non-empty list of strings`);
  }
  return value as string[];
}

export function readRelation(kwargs: Kwargs, key: string): Relation {
  const value = readString(kwargs, key);
  if (value !== 'less than' && value !== 'at least') {
    throw new KwargsError(`"${key}" must be "less than" or "at least", not "${value}"`);
  }
  return value;
}

/** `<` for "less than", `>=` for "at least", as every counting check of the reference. */
export function compare(actual: number, relation: Relation, threshold: number): boolean {
  return relation === 'less than' ? actual < threshold : actual >= threshold;
}
