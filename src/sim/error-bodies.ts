/**
 * Error bodies as the real servers write them. vLLM's own errors are a flat object; the ones a
 * hosted API adds in front of it (auth, rate limits) are OpenAI's `{error: {...}}`, which is
 * what the `openai` SDK parses into `err.error`.
 */

export interface VllmError {
  object: 'error';
  message: string;
  type: string;
  param: null;
  code: number;
}

export function vllmError(code: number, type: string, message: string): VllmError {
  return { object: 'error', message, type, param: null, code };
}

export function unknownModel(model: string): VllmError {
  return vllmError(404, 'NotFoundError', `The model \`${model}\` does not exist.`);
}

export function openaiError(message: string, type: string, code: string | null) {
  return { error: { message, type, param: null, code } };
}

/**
 * OpenAI's 401 quotes the key it received. The simulator keeps that on purpose: a test can
 * then prove that evalwarden never copies such a message (and the key in it) into an artifact.
 */
export function unauthorized(receivedKey: string | null) {
  const message =
    receivedKey === null
      ? "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY)."
      : `Incorrect API key provided: ${receivedKey}. You can find your API key at https://platform.openai.com/account/api-keys.`;
  return openaiError(message, 'invalid_request_error', 'invalid_api_key');
}
