import type { JudgeCall, Scorer, ScoreFailure } from '../scorer.js';
import { JUDGE_SYSTEM } from './judge.js';
import { targetList } from './normalize.js';

interface PairwiseOptions {
  /** Id of the model (in the config) whose answers the candidate is judged against. */
  reference_model: string;
  rubric?: string;
  /** Filled from the config's `judge` section at plan time, so the instrument hash covers it. */
  judge_model?: string;
  max_score?: number;
}

type Winner = 'A' | 'B' | 'tie';

const DEFAULT_RUBRIC = 'Which response answers the question better: more correct, complete and helpful?';

function pairwisePrompt(
  question: string,
  a: string,
  b: string,
  reference: string | undefined,
  rubric: string,
): string {
  return [
    `Rubric: ${rubric}`,
    `[QUESTION]\n${question}\n[/QUESTION]`,
    reference === undefined ? '' : `[REFERENCE]\n${reference}\n[/REFERENCE]`,
    `[RESPONSE A]\n${a}\n[/RESPONSE A]`,
    `[RESPONSE B]\n${b}\n[/RESPONSE B]`,
    'Reply with JSON: {"winner": "A" | "B" | "tie", "reasoning": "<one or two sentences>"}.',
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** Reads a pairwise verdict: JSON `winner`, else a marked "Winner: A"; undefined when neither. */
export function parseWinner(reply: string): Winner | undefined {
  const json = /\{[\s\S]*\}/.exec(reply)?.[0];
  if (json) {
    try {
      const winner = String((JSON.parse(json) as { winner?: unknown }).winner ?? '').trim();
      const normalized = winner.toUpperCase() === 'TIE' ? 'tie' : winner.toUpperCase();
      if (normalized === 'A' || normalized === 'B' || normalized === 'tie') return normalized;
    } catch {
      // fall through to the marked form
    }
  }
  const marked = /winner\s*[:=]\s*\[?(A|B|tie)\]?/i.exec(reply)?.[1];
  if (!marked) return undefined;
  return marked.toLowerCase() === 'tie' ? 'tie' : (marked.toUpperCase() as Winner);
}

/** The candidate's points in one judgement: win 1, tie ½, loss 0. */
function points(winner: Winner, candidateIs: 'A' | 'B'): number {
  return winner === 'tie' ? 0.5 : winner === candidateIs ? 1 : 0;
}

async function judgeOnce(judge: JudgeCall, prompt: string): Promise<Winner | ScoreFailure> {
  const reply = await judge([
    { role: 'system', content: JUDGE_SYSTEM },
    { role: 'user', content: prompt },
  ]);
  return (
    parseWinner(reply) ?? {
      error: { kind: 'judge_unparseable', message: `judge reply names no winner: ${reply.slice(0, 200)}` },
    }
  );
}

/**
 * Pairwise judging against a reference model's answer, in both orders to cancel the judge's
 * position bias: the score is the candidate's win rate over the two judgements (ties count
 * half), so a task's mean is its win rate and its CI comes with the summary.
 */
export const pairwise: Scorer<PairwiseOptions> = {
  name: 'pairwise',
  // 2: the judge reads the reply untrimmed.
  version: 2,
  metrics: () => ['win_rate', 'position_consistent'],
  binary: () => false,
  needsTarget: false,
  referenceModel: (options) => options.reference_model,
  optionsSchema: {
    type: 'object',
    required: ['reference_model'],
    properties: {
      reference_model: { type: 'string', minLength: 1 },
      rubric: { type: 'string', minLength: 1 },
      judge_model: { type: 'string' },
      max_score: { type: 'number' },
    },
    additionalProperties: false,
  },
  create: (options) => async (input, context) => {
    if (!context.judge)
      return {
        error: { kind: 'judge_missing', message: 'no judge model is configured (add a `judge:` section)' },
      };
    if (input.reference === undefined)
      return {
        value: 0.5,
        metrics: { win_rate: 0.5, position_consistent: 1 },
        explanation: 'the reference model itself',
      };
    if (input.reference === null)
      return {
        error: {
          kind: 'reference_missing',
          message: `no answer from ${options.reference_model} to compare with`,
        },
      };
    const rubric = options.rubric ?? DEFAULT_RUBRIC;
    const gold = targetList(input.target)[0];
    const first = await judgeOnce(
      context.judge,
      pairwisePrompt(input.prompt, input.output, input.reference, gold, rubric),
    );
    if (typeof first !== 'string') return first;
    const second = await judgeOnce(
      context.judge,
      pairwisePrompt(input.prompt, input.reference, input.output, gold, rubric),
    );
    if (typeof second !== 'string') return second;
    const a = points(first, 'A');
    const b = points(second, 'B');
    return {
      value: (a + b) / 2,
      metrics: { win_rate: (a + b) / 2, position_consistent: a === b ? 1 : 0 },
      answer: `${first}/${second}`,
      explanation: a === b ? undefined : 'the judge changed its mind when the order changed',
    };
  },
};
