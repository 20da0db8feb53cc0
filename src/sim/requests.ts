/**
 * Reads a chat or completions request body into what the simulator needs, or says what is
 * wrong with it (a 400, as vLLM would answer).
 */

export type Endpoint = 'chat' | 'completions';

export interface GenerationRequest {
  model: string;
  system: string | null;
  /** The last user message (chat) or the prompt (completions): the key the "model" looks up. */
  prompt: string;
  /** All the prompt text, for `usage.prompt_tokens`. */
  promptChars: number;
  /** Absent counts as 0: the simulator answers deterministically unless asked to sample. */
  temperature: number;
  seed: number | null;
  maxTokens: number | null;
}

export function parseGenerationRequest(
  endpoint: Endpoint,
  body: unknown,
): GenerationRequest | { error: string } {
  if (!isObject(body)) return { error: 'The request body must be a JSON object.' };
  if (typeof body.model !== 'string') return { error: '`model` must be a string naming a served model.' };
  if (body.stream === true)
    return { error: 'The simulator does not stream: send `stream: false` (or leave it out).' };
  if (body.n !== undefined && body.n !== null && body.n !== 1)
    return { error: 'The simulator supports only `n: 1`.' };

  const temperature = body.temperature ?? 0;
  if (typeof temperature !== 'number' || temperature < 0)
    return { error: '`temperature` must be a number ≥ 0.' };
  const seed = body.seed ?? null;
  if (seed !== null && !Number.isInteger(seed)) return { error: '`seed` must be an integer.' };
  const maxTokens = body.max_completion_tokens ?? body.max_tokens ?? null;
  if (maxTokens !== null && !(Number.isInteger(maxTokens) && (maxTokens as number) >= 1)) {
    return { error: '`max_tokens` must be an integer ≥ 1.' };
  }
  const common = {
    model: body.model,
    temperature,
    seed: seed as number | null,
    maxTokens: maxTokens as number | null,
  };

  if (endpoint === 'completions') {
    const prompt = Array.isArray(body.prompt) && body.prompt.length === 1 ? body.prompt[0] : body.prompt;
    if (typeof prompt !== 'string') return { error: '`prompt` must be a string (one prompt per request).' };
    return { ...common, system: null, prompt, promptChars: prompt.length };
  }

  if (!Array.isArray(body.messages) || body.messages.length === 0) {
    return { error: '`messages` must be a non-empty array.' };
  }
  let system: string | null = null;
  let prompt = '';
  let promptChars = 0;
  for (const message of body.messages) {
    if (!isObject(message) || typeof message.role !== 'string')
      return { error: 'Each message needs a `role`.' };
    const text = messageText(message.content);
    if (text === null) return { error: 'A message `content` must be a string or an array of text parts.' };
    promptChars += text.length;
    if (system === null && (message.role === 'system' || message.role === 'developer')) system = text;
    if (message.role === 'user') prompt = text;
  }
  return { ...common, system, prompt, promptChars };
}

/** A message's text: a string, or the text parts of an array joined as they were sent. */
function messageText(content: unknown): string | null {
  if (content === null || content === undefined) return '';
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return null;
  let text = '';
  for (const part of content) {
    if (isObject(part) && part.type === 'text' && typeof part.text === 'string') text += part.text;
  }
  return text;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
