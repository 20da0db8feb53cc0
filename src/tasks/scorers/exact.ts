import type { Scorer } from '../scorer.js';
import { normalizeText, targetList, type NormalizeOptions } from './normalize.js';

/** The whole output equals the target (or one of the targets) after normalisation. */
export const exact: Scorer<NormalizeOptions> = {
  name: 'exact',
  // 2: numbers keep their sign, value and boundaries; replies scored untrimmed, tool calls seen.
  version: 2,
  metrics: () => ['exact_match'],
  binary: () => true,
  needsTarget: true,
  optionsSchema: {
    type: 'object',
    properties: { case_sensitive: { type: 'boolean' }, ignore_punctuation: { type: 'boolean' } },
    additionalProperties: false,
  },
  create: (options) => (input) => {
    const answer = normalizeText(input.output, options);
    const hit = targetList(input.target).some((t) => normalizeText(t, options) === answer);
    return { value: hit ? 1 : 0, answer, explanation: hit ? undefined : 'output differs from the target' };
  },
};
