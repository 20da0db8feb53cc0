import type { SimJudgeOptions } from './options.js';

/** A request is a judge request when its system message starts with this. */
export const JUDGE_PREAMBLE = 'You are an impartial judge';

const RESPONSE = /\[RESPONSE\]([\s\S]*?)\[\/RESPONSE\]/;
const RESPONSE_A = /\[RESPONSE A\]([\s\S]*?)\[\/RESPONSE A\]/;
const RESPONSE_B = /\[RESPONSE B\]([\s\S]*?)\[\/RESPONSE B\]/;
const REFERENCE = /\[REFERENCE\]([\s\S]*?)\[\/REFERENCE\]/;

/**
 * The judge's reply to a grading prompt. A response "is good" when it contains the reference
 * (trimmed, case-insensitive), so a test knows the score before it asks. `garbage` leaves
 * the score out, as a real judge sometimes does, for testing the `judge_unparseable` path.
 */
export function judgeReply(prompt: string, options: Required<SimJudgeOptions>): string {
  const reference = REFERENCE.exec(prompt)?.[1]?.trim().toLowerCase() || null;
  const a = RESPONSE_A.exec(prompt)?.[1];
  const b = RESPONSE_B.exec(prompt)?.[1];
  if (a !== undefined && b !== undefined) return pairwise(a, b, reference, options);

  const response = RESPONSE.exec(prompt)?.[1] ?? prompt;
  const good = reference === null || contains(response, reference);
  const score = good ? options.high : options.low;
  const reasoning =
    reference === null
      ? 'There is no reference answer; the response addresses the question.'
      : good
        ? 'The response agrees with the reference answer.'
        : 'The response does not contain the reference answer.';
  switch (options.format) {
    case 'json':
      return JSON.stringify({ score, reasoning });
    case 'marked':
      return `${reasoning}\nScore: ${score}`;
    case 'garbage':
      return 'I have read the response carefully and have many thoughts about it.';
  }
}

function pairwise(
  a: string,
  b: string,
  reference: string | null,
  { format, positionBias }: Required<SimJudgeOptions>,
): string {
  const aGood = reference !== null && contains(a, reference);
  const bGood = reference !== null && contains(b, reference);
  const winner = positionBias ? 'A' : aGood === bGood ? 'tie' : aGood ? 'A' : 'B';
  const reasoning = positionBias
    ? 'Response A is the better one.'
    : winner === 'tie'
      ? 'Neither response is better than the other.'
      : `Response ${winner} agrees with the reference answer; the other does not.`;
  switch (format) {
    case 'json':
      return JSON.stringify({ winner, reasoning });
    case 'marked':
      return `${reasoning}\nWinner: ${winner}`;
    case 'garbage':
      return 'Both responses have their merits and I could go either way.';
  }
}

function contains(text: string, lowerNeedle: string): boolean {
  return text.toLowerCase().includes(lowerNeedle);
}
