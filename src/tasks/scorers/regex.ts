import type { Scorer } from '../scorer.js';
import { normalizeText, targetList } from './normalize.js';

interface RegexOptions {
  pattern: string;
  flags?: string;
  /** Capture group holding the answer (number or name); 0 = the whole match. */
  group?: number | string;
  /** Which match counts when there are several. */
  occurrence?: 'first' | 'last';
  case_sensitive?: boolean;
}

function compile(options: RegexOptions): RegExp {
  const flags = new Set((options.flags ?? '').split(''));
  flags.add('g');
  return new RegExp(options.pattern, [...flags].join(''));
}

/** Extracts the answer with a pattern, then compares it with the target after normalisation. */
export const regex: Scorer<RegexOptions> = {
  name: 'regex',
  // 2: numbers keep their sign, value and boundaries; replies scored untrimmed, tool calls seen.
  version: 2,
  metrics: () => ['match'],
  binary: () => true,
  needsTarget: true,
  optionsSchema: {
    type: 'object',
    required: ['pattern'],
    properties: {
      pattern: { type: 'string', minLength: 1 },
      flags: { type: 'string', pattern: '^[imsu]*$' },
      group: { oneOf: [{ type: 'integer', minimum: 0 }, { type: 'string' }] },
      occurrence: { enum: ['first', 'last'] },
      case_sensitive: { type: 'boolean' },
    },
    additionalProperties: false,
  },
  check: (options) => {
    try {
      compile(options);
      return undefined;
    } catch (error) {
      return `pattern does not compile: ${(error as Error).message}`;
    }
  },
  create: (options) => {
    const pattern = compile(options);
    const group = options.group ?? 1;
    return (input) => {
      const matches = [...input.output.matchAll(pattern)];
      const match = options.occurrence === 'last' ? matches.at(-1) : matches[0];
      if (!match)
        return { value: 0, explanation: `scoring pattern not matched in output: ${options.pattern}` };
      const raw =
        typeof group === 'number' ? (match[group] ?? match[0]) : (match.groups?.[group] ?? match[0]);
      const answer = normalizeText(raw, options);
      const hit = targetList(input.target).some((t) => normalizeText(t, options) === answer);
      return {
        value: hit ? 1 : 0,
        answer,
        explanation: hit ? undefined : `extracted "${answer}" differs from the target`,
      };
    };
  },
};
