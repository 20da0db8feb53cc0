import type { Generation } from './model.js';
import type { Endpoint, GenerationRequest } from './requests.js';

/** Roughly what a BPE tokenizer gives for English: the usage numbers only need to be plausible. */
const CHARS_PER_TOKEN = 4;

/**
 * The response body in the real OpenAI shape. `max_tokens` is honoured the way a server
 * does: the text is cut and `finish_reason` says `length`, so a client can see truncation.
 */
export function completionBody(
  endpoint: Endpoint,
  id: string,
  request: GenerationRequest,
  generation: Generation,
) {
  let content = generation.content;
  let finishReason: 'stop' | 'length' = 'stop';
  if (request.maxTokens !== null && tokens(content.length) > request.maxTokens) {
    content = content.slice(0, request.maxTokens * CHARS_PER_TOKEN);
    finishReason = 'length';
  }
  const completionTokens = tokens(content.length + (generation.reasoning?.length ?? 0));
  const promptTokens = tokens(request.promptChars);
  const usage = {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
  };
  const created = Math.floor(Date.now() / 1000);

  if (endpoint === 'completions') {
    return {
      id: `cmpl-${id}`,
      object: 'text_completion',
      created,
      model: request.model,
      choices: [{ index: 0, text: content, logprobs: null, finish_reason: finishReason }],
      usage,
    };
  }
  const message =
    generation.reasoning === null
      ? { role: 'assistant', content }
      : { role: 'assistant', content, reasoning_content: generation.reasoning };
  return {
    id: `chatcmpl-${id}`,
    object: 'chat.completion',
    created,
    model: request.model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason }],
    usage,
  };
}

function tokens(chars: number): number {
  return Math.ceil(chars / CHARS_PER_TOKEN);
}
