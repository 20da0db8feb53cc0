import type { Scorer } from '../scorer.js';
import { includesOnNumberBoundaries, normalizeText, targetList } from './normalize.js';

interface ContainsOptions {
  case_sensitive?: boolean;
  /** Every target must appear (default: any one of them). */
  all?: boolean;
}

/**
 * The output contains the target, any of the targets, or all of them; a number only as a whole
 * number ("7" is not in "17", "-7" or "7.5").
 */
export const contains: Scorer<ContainsOptions> = {
  name: 'contains',
  metrics: () => ['contains'],
  binary: () => true,
  needsTarget: true,
  optionsSchema: {
    type: 'object',
    properties: { case_sensitive: { type: 'boolean' }, all: { type: 'boolean' } },
    additionalProperties: false,
  },
  create: (options) => (input) => {
    const norm = { case_sensitive: options.case_sensitive, ignore_punctuation: false };
    const output = normalizeText(input.output, norm);
    const targets = targetList(input.target).map((t) => normalizeText(t, norm));
    const found = targets.filter((t) => includesOnNumberBoundaries(output, t));
    const hit = options.all ? found.length === targets.length : found.length > 0;
    return {
      value: hit ? 1 : 0,
      answer: found.join(' | ') || undefined,
      explanation: hit ? undefined : `missing: ${targets.filter((t) => !found.includes(t)).join(' | ')}`,
    };
  },
};
