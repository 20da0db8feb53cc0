import { DataError } from '../../errors.js';
import type { Scorer } from '../scorer.js';
import { foldCompatibility, targetList } from './normalize.js';

interface NumericOptions {
  /** Absolute tolerance. */
  tolerance?: number;
  /** Tolerance relative to the target's magnitude (used when larger than the absolute one). */
  relative_tolerance?: number;
  primary_metric?: 'strict_match' | 'flexible_extract';
}

// A number as written: a sign (not a hyphen after a letter or digit), a currency sign, digits
// with optional thousands commas (groups of three), a decimal part, an exponent ("1e-3", "10²")
// and a percent sign. It starts and ends on number boundaries: "7" is not read out of "17" or "7.5".
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const NUMBER = String.raw`(?<![\p{N}.])(?<sign>(?<![\p{L}\p{N}])[-+\u2212])?\p{Sc}?(?<digits>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:[eE](?<exp>[-+\u2212]?\d+))?(?<sup>⁻?[${SUPERSCRIPTS}]+)?%?(?![\p{N}]|\.\d|,\d{3})`;
// The GSM8K conventions of lm-evaluation-harness: strict reads "#### <n>", flexible the last number.
const STRICT = new RegExp(String.raw`####\s*(${NUMBER})`, 'u');
const FLEXIBLE = new RegExp(NUMBER, 'gu');
const WHOLE = new RegExp(`^${NUMBER}$`, 'u');

/**
 * Parses one number as written ("1,234.50", "$12", "−7", "1e-3", "10²", "50%" as 50, "7.")
 * into its value; NaN when the text is not one number.
 */
export function parseNumber(text: string): number {
  const match = WHOLE.exec(foldCompatibility(text).replace(/\s/g, '').replace(/\.$/, ''));
  return match?.groups ? numberValue(match.groups) : Number.NaN;
}

function numberValue(groups: Record<string, string | undefined>): number {
  const sign = groups.sign === '-' || groups.sign === '\u2212' ? -1 : 1;
  const mantissa = Number(groups.digits?.replace(/,/g, ''));
  const exponent = Number(groups.exp?.replace('\u2212', '-') ?? 0);
  const power = groups.sup
    ? Number([...groups.sup].map((c) => (c === '⁻' ? '-' : SUPERSCRIPTS.indexOf(c))).join(''))
    : 1;
  return sign * mantissa ** power * 10 ** exponent;
}

/** The numeric target of a row: after "####" in a worked solution, else the whole string. */
export function numericTarget(target: string): number {
  const marked = STRICT.exec(foldCompatibility(target));
  return parseNumber(marked ? marked[1] : target);
}

/** A target that is not a number would make every answer wrong without a word: bad data. */
function readTarget(target: string): number {
  const value = numericTarget(target);
  if (Number.isNaN(value))
    throw new DataError(
      { file: 'numeric scorer', path: 'target' },
      `${JSON.stringify(target)} is not a number`,
      {
        hint: 'write it as a number ("1,234.5", "-7", "1e-3", "50%") or end a worked solution with "#### <number>"',
      },
    );
  return value;
}

function strictAnswer(output: string): string | undefined {
  return STRICT.exec(output)?.[1];
}

function flexibleAnswer(output: string): string | undefined {
  return [...output.matchAll(FLEXIBLE)].at(-1)?.[0];
}

/** Numeric answers, GSM8K-style: strict `#### n` and flexible last-number extraction, with tolerance. */
export const numeric: Scorer<NumericOptions> = {
  name: 'numeric',
  metrics: (o) =>
    o.primary_metric === 'strict_match'
      ? ['strict_match', 'flexible_extract']
      : ['flexible_extract', 'strict_match'],
  binary: () => true,
  needsTarget: true,
  optionsSchema: {
    type: 'object',
    properties: {
      tolerance: { type: 'number', minimum: 0 },
      relative_tolerance: { type: 'number', minimum: 0 },
      primary_metric: { enum: ['strict_match', 'flexible_extract'] },
    },
    additionalProperties: false,
  },
  create: (options) => (input) => {
    const targets = targetList(input.target).map(readTarget);
    const equal = (answer: string | undefined): boolean => {
      if (answer === undefined) return false;
      const value = parseNumber(answer);
      return targets.some((t) => {
        const tolerance = Math.max(
          options.tolerance ?? 1e-6,
          (options.relative_tolerance ?? 0) * Math.abs(t),
        );
        return Math.abs(value - t) <= tolerance;
      });
    };
    // Full-width digits read as digits; superscripts stay exponents.
    const output = foldCompatibility(input.output);
    const strict = strictAnswer(output);
    const flexible = flexibleAnswer(output);
    const metrics = { strict_match: equal(strict) ? 1 : 0, flexible_extract: equal(flexible) ? 1 : 0 };
    const primary = options.primary_metric ?? 'flexible_extract';
    const answer = primary === 'strict_match' ? strict : flexible;
    return {
      value: metrics[primary],
      metrics,
      answer,
      explanation:
        answer === undefined
          ? 'no number found in the output'
          : metrics[primary]
            ? undefined
            : `${answer} ≠ ${targets.join(' | ')}`,
    };
  },
};
