import type { Scorer, ScoreFailure } from '../scorer.js';
import { targetList } from './normalize.js';

interface JudgeOptions {
  rubric?: string;
  /** The judge's scale is 0..max_score; the score is divided by it. */
  max_score?: number;
  /** Filled from the config's `judge` section at plan time, so the instrument hash covers it. */
  judge_model?: string;
}

const DEFAULT_RUBRIC =
  'Judge whether the response answers the question correctly and completely. ' +
  'When a reference answer is given, the response must agree with it.';

export const JUDGE_SYSTEM = 'You are an impartial judge of answers written by an AI assistant.';

export function judgePrompt(
  question: string,
  response: string,
  reference: string | undefined,
  rubric: string,
  maxScore: number,
): string {
  return [
    `Rubric: ${rubric}`,
    `[QUESTION]\n${question}\n[/QUESTION]`,
    reference === undefined ? '' : `[REFERENCE]\n${reference}\n[/REFERENCE]`,
    `[RESPONSE]\n${response}\n[/RESPONSE]`,
    `Reply with JSON: {"score": <0-${maxScore}>, "reasoning": "<one or two sentences>"}.`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** Reads a judge's reply: JSON with a score, else a marked "Score: n"; undefined when neither. */
export function parseJudgeScore(reply: string): { score: number; reasoning: string } | undefined {
  const jsonText = /\{[\s\S]*\}/.exec(reply)?.[0];
  if (jsonText) {
    try {
      const parsed = JSON.parse(jsonText) as { score?: unknown; reasoning?: unknown };
      const score = typeof parsed.score === 'string' ? Number(parsed.score) : parsed.score;
      if (typeof score === 'number' && Number.isFinite(score))
        return { score, reasoning: String(parsed.reasoning ?? '') };
    } catch {
      // fall through to the marked form
    }
  }
  const marked = /score\s*[:=]\s*(-?\d+(?:\.\d+)?)/i.exec(reply);
  if (marked) return { score: Number(marked[1]), reasoning: reply.slice(0, marked.index).trim() };
  return undefined;
}

/** Rubric scoring by an LLM judge; an unparseable or out-of-range verdict is an error, not a zero. */
export const judge: Scorer<JudgeOptions> = {
  name: 'judge',
  // 2: the judge reads the reply untrimmed.
  version: 2,
  metrics: () => ['judge_score'],
  binary: () => false,
  needsTarget: false,
  optionsSchema: {
    type: 'object',
    properties: {
      rubric: { type: 'string', minLength: 1 },
      max_score: { type: 'number', exclusiveMinimum: 0 },
      judge_model: { type: 'string' },
    },
    additionalProperties: false,
  },
  create: (options) => async (input, context) => {
    if (!context.judge)
      return failure('judge_missing', 'no judge model is configured (add a `judge:` section)');
    const maxScore = options.max_score ?? 10;
    const reference = targetList(input.target)[0];
    const reply = await context.judge([
      { role: 'system', content: JUDGE_SYSTEM },
      {
        role: 'user',
        content: judgePrompt(
          input.prompt,
          input.output,
          reference,
          options.rubric ?? DEFAULT_RUBRIC,
          maxScore,
        ),
      },
    ]);
    const parsed = parseJudgeScore(reply);
    if (!parsed) return failure('judge_unparseable', `judge reply has no score: ${reply.slice(0, 200)}`);
    if (parsed.score < 0 || parsed.score > maxScore)
      return failure('judge_out_of_range', `judge score ${parsed.score} is outside 0..${maxScore}`);
    return { value: parsed.score / maxScore, answer: String(parsed.score), explanation: parsed.reasoning };
  },
};

function failure(kind: string, message: string): ScoreFailure {
  return { error: { kind, message } };
}
