/**
 * Strict and loose following of a row's instructions (evaluation_lib.py
 * `test_instruction_following_strict` / `_loose`) and the four IFEval metrics.
 */
import type { CheckContext } from './instruction.js';
import type { BuiltInstruction } from './row.js';
import { pyStrip } from './py-text.js';

export interface InstructionOutcome {
  id: string;
  strict: boolean;
  loose: boolean;
}

export interface IfevalMetrics {
  prompt_level_strict: number;
  inst_level_strict: number;
  prompt_level_loose: number;
  inst_level_loose: number;
}

export const IFEVAL_METRICS = [
  'prompt_level_strict',
  'inst_level_strict',
  'prompt_level_loose',
  'inst_level_loose',
] as const;

/**
 * The loose variants of a response, in the reference's order: as is, without `*`, without the
 * first line, the last line, both, and those three without `*`. Lines split on "\n" only.
 */
export function looseVariants(response: string): string[] {
  const lines = response.split('\n');
  const removeFirst = pyStrip(lines.slice(1).join('\n'));
  const removeLast = pyStrip(lines.slice(0, -1).join('\n'));
  const removeBoth = pyStrip(lines.slice(1, -1).join('\n'));
  const noStars = (text: string) => text.replaceAll('*', '');
  return [
    response,
    noStars(response),
    removeFirst,
    removeLast,
    removeBoth,
    noStars(removeFirst),
    noStars(removeLast),
    noStars(removeBoth),
  ];
}

/** A blank response follows nothing (`response.strip() and check(response)`). */
function follows(instruction: BuiltInstruction, response: string, context: CheckContext): boolean {
  return pyStrip(response) !== '' && instruction.check(response, context);
}

export function evaluateResponse(
  instructions: BuiltInstruction[],
  response: string,
  context: CheckContext,
): InstructionOutcome[] {
  const variants = looseVariants(response);
  return instructions.map((instruction) => {
    const strict = follows(instruction, response, context);
    // The first variant is the response itself, so strict implies loose.
    const loose = strict || variants.slice(1).some((variant) => follows(instruction, variant, context));
    return { id: instruction.id, strict, loose };
  });
}

export function ifevalMetrics(outcomes: InstructionOutcome[]): IfevalMetrics {
  const n = outcomes.length;
  const strict = outcomes.filter((o) => o.strict).length;
  const loose = outcomes.filter((o) => o.loose).length;
  return {
    prompt_level_strict: strict === n ? 1 : 0,
    inst_level_strict: n === 0 ? 0 : strict / n,
    prompt_level_loose: loose === n ? 1 : 0,
    inst_level_loose: n === 0 ? 0 : loose / n,
  };
}
