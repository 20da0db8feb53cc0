import { renderAnswer } from './answers.js';
import { JUDGE_PREAMBLE, judgeReply } from './judge.js';
import type { ResolvedSimModel, SimItem, SimJudgeOptions } from './options.js';
import { hashToUnit } from './random.js';

/** Everything the simulated model can say, fixed when the simulator starts. */
export interface Knowledge {
  items: Map<string, SimItem>;
  replies: { match: RegExp; reply: string }[];
  judge: Required<SimJudgeOptions>;
}

/** One request, reduced to what decides the answer. */
export interface Question {
  /** The served model name. */
  model: string;
  system: string | null;
  /** The last user message (chat) or the prompt (completions). */
  prompt: string;
  temperature: number;
  seed: number | null;
}

export interface Generation {
  content: string;
  /** For `reasoning: 'field'` models: what goes in `reasoning_content`. */
  reasoning: string | null;
}

/**
 * The "model": a known prompt is answered correctly iff a uniform hashed from the model name
 * and the prompt falls below the model's accuracy. At temperature 0 that is the same answer
 * on every call, as greedy decoding is; above 0 each call draws again, unless the request
 * names a seed, which (as in vLLM) makes a sampled answer reproducible.
 */
export function generate(
  knowledge: Knowledge,
  model: ResolvedSimModel,
  question: Question,
  draw: () => number,
): Generation {
  const content = answer(knowledge, model, question, draw);
  const reasoning = `The user asks: "${excerpt(question.prompt)}". Let me think it through before answering.`;
  switch (model.reasoning) {
    case 'field':
      return { content, reasoning };
    case 'think':
      return { content: `<think>\n${reasoning}\n</think>\n\n${content}`, reasoning: null };
    case 'none':
      return { content, reasoning: null };
  }
}

function answer(
  knowledge: Knowledge,
  model: ResolvedSimModel,
  question: Question,
  draw: () => number,
): string {
  if (question.system?.startsWith(JUDGE_PREAMBLE)) return judgeReply(question.prompt, knowledge.judge);

  const item = knowledge.items.get(question.prompt);
  if (item) {
    const sample =
      question.temperature > 0 ? (question.seed !== null ? `seed ${question.seed}` : `draw ${draw()}`) : '';
    const correct = hashToUnit(question.model, question.prompt, sample) < model.accuracy;
    const pick = hashToUnit(question.model, question.prompt, sample, 'wrong answer');
    return renderAnswer(item, correct, pick);
  }

  const canned = knowledge.replies.find(({ match }) => match.test(question.prompt));
  if (canned) return canned.reply.replaceAll('{{model}}', question.model);
  return `This is a simulated reply from ${question.model}.`;
}

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}
