import { describe, expect, test } from 'vitest';
import { isScoreFailure, type Score, type ScorerContext } from '../src/tasks/scorer.js';
import { findScorer } from '../src/tasks/scorers/index.js';
import { parseJudgeScore } from '../src/tasks/scorers/judge.js';

const noJudge: ScorerContext = { judge: null };

async function score(
  name: string,
  options: Record<string, unknown>,
  output: string,
  target: string | string[] | null,
): Promise<Score> {
  const scorer = findScorer(name)!;
  const result = await scorer.create(options)({ output, target, row: {}, prompt: 'q' }, noJudge);
  if (isScoreFailure(result)) throw new Error(result.error.message);
  return result;
}

describe('scorers', () => {
  test.each([
    ['exact', {}, ' Paris. ', 'paris', 1],
    ['exact', {}, 'Paris, France', 'Paris', 0],
    ['exact', { case_sensitive: true }, 'paris', 'Paris', 0],
    ['exact', {}, 'B', ['A', 'B'], 1],
    ['contains', {}, 'I think it is Lisbon, the capital.', 'lisbon', 1],
    ['contains', {}, "Sorry, I can't help with that.", ["I can't help with that", 'I cannot help'], 1],
    ['contains', { all: true }, 'red and blue', ['red', 'green'], 0],
    ['regex', { pattern: 'Final: (\\w+)' }, 'work… Final: Yes', 'yes', 1],
    ['regex', { pattern: 'Final: (\\w+)', occurrence: 'last' }, 'Final: no … Final: yes', 'yes', 1],
    ['regex', { pattern: 'Final: (\\w+)' }, 'no marker here', 'yes', 0],
    ['numeric', {}, 'So the total is 1,234.', '1234', 1],
    ['numeric', {}, 'Janet makes $18 a day.\n#### 18', 'She sells 9 eggs… #### 18', 1],
    ['numeric', { primary_metric: 'strict_match' }, 'The answer is 18.', '18', 0],
    ['numeric', {}, 'about 3.14159', '3.1416', 0],
    ['numeric', { tolerance: 0.001 }, 'about 3.14159', '3.1416', 1],
    ['numeric', { relative_tolerance: 0.01 }, 'roughly 1005', '1000', 1],
    ['numeric', {}, '-7 degrees', '-7', 1],
    ['choice', {}, 'Answer: C', 'C', 1],
    ['choice', {}, '(b) is right', 'B', 0],
    ['choice', {}, '(B) is right', 'B', 1],
    ['choice', {}, 'B) because…', '1', 1],
    ['choice', {}, 'I would go with D.', 'A', 0],
    ['choice', { letters: 'ABCDE' }, 'The answer is E', 'E', 1],
    ['json', {}, '```json\n{"a": 1}\n```', null, 1],
    ['json', {}, 'Here: {"a": 1} done', null, 1],
    ['json', {}, 'not json at all', null, 0],
    ['json', { schema: { type: 'object', required: ['name', 'age'] } }, '{"name":"Ada","age":36}', null, 1],
    ['json', { schema: { type: 'object', required: ['name', 'age'] } }, '{"name":"Ada"}', null, 0],
  ] as const)('%s with %j scores %j against %j', async (name, options, output, target, expected) => {
    const result = await score(
      name,
      options as Record<string, unknown>,
      output,
      target as string | string[] | null,
    );
    expect(result.value).toBe(expected);
  });

  test('numeric reports both GSM8K metrics: strict "####" and flexible last number', async () => {
    const result = await score('numeric', {}, 'I get 42 in the end.', '#### 42');
    expect(result.metrics).toEqual({ strict_match: 0, flexible_extract: 1 });
  });

  test('a miss explains itself', async () => {
    expect((await score('regex', { pattern: 'Final: (\\w+)' }, 'nothing', 'x')).explanation).toContain(
      'scoring pattern not matched',
    );
    expect((await score('numeric', {}, 'no digits', '3')).explanation).toBe('no number found in the output');
  });
});

describe('the judge scorer', () => {
  test.each([
    ['{"score": 8, "reasoning": "good"}', 8],
    ['Some thoughts.\nScore: 7', 7],
    ['```json\n{"score": "9", "reasoning": "x"}\n```', 9],
    ['score = 3.5', 3.5],
  ])('reads %j as %d', (reply, expected) => {
    expect(parseJudgeScore(reply)?.score).toBe(expected);
  });

  test('an unparseable verdict is an error, not a zero', async () => {
    const scorer = findScorer('judge')!;
    const result = await scorer.create({})(
      { output: 'x', target: null, row: {}, prompt: 'q' },
      { judge: async () => 'I refuse to grade this.' },
    );
    expect(isScoreFailure(result) && result.error.kind).toBe('judge_unparseable');
  });

  test('a score outside the scale is an error', async () => {
    const scorer = findScorer('judge')!;
    const result = await scorer.create({ max_score: 10 })(
      { output: 'x', target: null, row: {}, prompt: 'q' },
      { judge: async () => '{"score": 42}' },
    );
    expect(isScoreFailure(result) && result.error.kind).toBe('judge_out_of_range');
  });
});
