import type { IncomingMessage, ServerResponse } from 'node:http';
import { openaiError, unknownModel, vllmError } from './error-bodies.js';
import { drawFault } from './faults.js';
import { BodyError, readJson, sendJson } from './http-io.js';
import { generate } from './model.js';
import { parseGenerationRequest, type Endpoint } from './requests.js';
import { completionBody } from './responses.js';
import type { SimState } from './state.js';

/**
 * One chat or completions request, start to end: checked at once (400, 404), then perhaps a
 * fault, then a slot (or 429 when the queue is full), then the processing time, then the answer.
 */
export async function generation(
  state: SimState,
  endpoint: Endpoint,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const { options, counters } = state;
  let body: unknown;
  try {
    body = await readJson(req);
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    return sendJson(res, error.status, vllmError(error.status, 'BadRequestError', error.message));
  }
  const request = parseGenerationRequest(endpoint, body);
  if ('error' in request) return sendJson(res, 400, vllmError(400, 'BadRequestError', request.error));
  const model = options.models.get(request.model);
  if (!model) return sendJson(res, 404, unknownModel(request.model));

  const retryAfter = { 'retry-after': String(options.faults.retryAfterS), ...rateLimitHeaders(state) };
  const fault = drawFault(options.faults, state.random.faults);
  if (fault === '429') {
    counters.injected429++;
    const message = `Rate limit reached for requests (simulated). Please try again in ${options.faults.retryAfterS}s.`;
    return sendJson(res, 429, openaiError(message, 'requests', 'rate_limit_exceeded'), retryAfter);
  }

  const finish = () => {
    ticket?.release();
    if (fault === '500') {
      counters.injected500++;
      return sendJson(
        res,
        500,
        vllmError(500, 'InternalServerError', 'Internal server error (simulated fault).'),
      );
    }
    if (fault === 'drop') {
      counters.dropped++;
      return void req.socket.destroy();
    }
    const { system, prompt, temperature, seed } = request;
    const generated = generate(
      state.knowledge,
      model,
      { model: request.model, system, prompt, temperature, seed },
      state.random.sampling,
    );
    sendJson(res, 200, completionBody(endpoint, state.nextId(), request, generated), rateLimitHeaders(state));
  };

  // A client that left while its body was read must not take a slot from one still waiting.
  if (res.destroyed) return;
  let timer: NodeJS.Timeout | undefined;
  const ticket = state.slots.enter(() => {
    const jitter = options.jitterMs > 0 ? state.random.jitter() * options.jitterMs : 0;
    const delay = options.latencyMs + jitter + (fault === 'slow' ? options.faults.slowMs : 0);
    timer = setTimeout(finish, delay);
  });
  if (!ticket) {
    counters.rejected429++;
    Object.assign(retryAfter, rateLimitHeaders(state));
    const message = `The server is at capacity (${options.capacity} running, ${state.slots.waiting} waiting). Please retry after ${options.faults.retryAfterS}s.`;
    return sendJson(res, 429, openaiError(message, 'requests', 'rate_limit_exceeded'), retryAfter);
  }
  // A client that gives up frees its slot, as vLLM aborts a request whose connection closed.
  res.on('close', () => {
    if (res.writableEnded) return;
    clearTimeout(timer);
    ticket.release();
  });
}

/** The places the server has (running plus waiting) and how many are free, as a hosted API's headers. */
function rateLimitHeaders(state: SimState): Record<string, string> {
  const { options, slots } = state;
  if (!options.rateLimitHeaders) return {};
  const places = options.capacity + options.queueLimit;
  return {
    'x-ratelimit-limit-requests': String(places),
    'x-ratelimit-remaining-requests': String(Math.max(0, places - slots.running - slots.waiting)),
  };
}
