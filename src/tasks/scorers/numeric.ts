import type { Scorer } from '../scorer.js';
import { targetList } from './normalize.js';

interface NumericOptions {
  /** Absolute tolerance. */
  tolerance?: number;
  /** Tolerance relative to the target's magnitude (used when larger than the absolute one). */
  relative_tolerance?: number;
  primary_metric?: 'strict_match' | 'flexible_extract';
}

// The GSM8K conventions of lm-evaluation-harness: strict reads "#### <n>", flexible the last number.
const STRICT = /#### (-?[0-9.,]+)/;
const FLEXIBLE = /(-?[$0-9.,]{2,})|(-?[0-9]+)/g;

/** Parses "1,234.50", "$12", "7." into a number; NaN when it is not one. */
export function parseNumber(text: string): number {
  const cleaned = text.replace(/[$,\s]/g, '').replace(/\.$/, '');
  return cleaned === '' || !/^-?\d*\.?\d+$/.test(cleaned) ? Number.NaN : Number(cleaned);
}

/** The numeric target of a row: after "####" in a worked solution, else the whole string. */
export function numericTarget(target: string): number {
  const marked = STRICT.exec(target);
  return parseNumber(marked ? marked[1] : target);
}

function strictAnswer(output: string): string | undefined {
  return STRICT.exec(output)?.[1];
}

function flexibleAnswer(output: string): string | undefined {
  const matches = [...output.matchAll(FLEXIBLE)];
  const last = matches.at(-1);
  return last ? (last[1] ?? last[2]) : undefined;
}

/** Numeric answers, GSM8K-style: strict `#### n` and flexible last-number extraction, with tolerance. */
export const numeric: Scorer<NumericOptions> = {
  name: 'numeric',
  version: 1,
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
    const targets = targetList(input.target).map(numericTarget);
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
    const strict = strictAnswer(input.output);
    const flexible = flexibleAnswer(input.output);
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
