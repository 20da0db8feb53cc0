import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SimCounters } from './counters.js';
import { openaiError, unauthorized, unknownModel, vllmError } from './error-bodies.js';
import { drawFault } from './faults.js';
import { BodyError, readJson, sendEmpty, sendJson } from './http-io.js';
import { generate, type Knowledge } from './model.js';
import type { ResolvedSimOptions } from './options.js';
import { parseGenerationRequest, type Endpoint } from './requests.js';
import { completionBody } from './responses.js';
import type { Slots } from './slots.js';

/** vLLM reports the context length it serves; evalwarden only displays it. */
const MAX_MODEL_LEN = 8192;

/** What the handlers share for the life of one simulator. */
export interface SimState {
  options: ResolvedSimOptions;
  knowledge: Knowledge;
  counters: SimCounters;
  slots: Slots;
  /** Separate streams, so turning faults on does not change which samples a run draws. */
  random: { faults: () => number; jitter: () => number; sampling: () => number };
  startedS: number;
  nextId(): string;
}

export function createRequestHandler(state: SimState): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    route(state, req, res).catch((error: unknown) => {
      // A bug here must show up as a 500 for the client, not crash the process running the tests.
      if (!res.headersSent) sendJson(res, 500, vllmError(500, 'InternalServerError', `Simulator error: ${String(error)}`));
      else res.destroy();
    });
  };
}

async function route(state: SimState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = (req.url ?? '/').split('?', 1)[0];
  const key = `${req.method} ${path}`;
  if (key === 'GET /health') return sendEmpty(res, 200);
  if (key === 'GET /sim/stats') return sendJson(res, 200, state.counters);

  const endpoint = key === 'POST /v1/chat/completions' ? 'chat' : key === 'POST /v1/completions' ? 'completions' : null;
  if (endpoint) state.counters[endpoint]++;
  else if (key === 'GET /v1/models') state.counters.models++;
  else return sendJson(res, 404, { detail: 'Not Found' });

  if (!authorized(state, req)) {
    state.counters.unauthorized++;
    return sendJson(res, 401, unauthorized(bearerToken(req)));
  }
  if (!endpoint) return sendJson(res, 200, modelList(state));
  return generation(state, endpoint, req, res);
}

function authorized(state: SimState, req: IncomingMessage): boolean {
  return state.options.apiKey === null || bearerToken(req) === state.options.apiKey;
}

function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  return header.startsWith('Bearer ') ? header.slice('Bearer '.length) : header;
}

function modelList(state: SimState) {
  const data = [...state.options.models].map(([id, model]) => ({
    id,
    object: 'model',
    created: state.startedS,
    owned_by: 'evalwarden-sim',
    root: id,
    parent: null,
    max_model_len: MAX_MODEL_LEN,
    ...(model.revision === null ? {} : { revision: model.revision }),
  }));
  return { object: 'list', data };
}

async function generation(state: SimState, endpoint: Endpoint, req: IncomingMessage, res: ServerResponse): Promise<void> {
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

  const retryAfter = { 'retry-after': String(options.faults.retryAfterS) };
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
      return sendJson(res, 500, vllmError(500, 'InternalServerError', 'Internal server error (simulated fault).'));
    }
    if (fault === 'drop') {
      counters.dropped++;
      return void req.socket.destroy();
    }
    const { system, prompt, temperature, seed } = request;
    const generated = generate(state.knowledge, model, { model: request.model, system, prompt, temperature, seed }, state.random.sampling);
    sendJson(res, 200, completionBody(endpoint, state.nextId(), request, generated));
  };

  let timer: NodeJS.Timeout | undefined;
  const ticket = state.slots.enter(() => {
    const jitter = options.jitterMs > 0 ? state.random.jitter() * options.jitterMs : 0;
    const delay = options.latencyMs + jitter + (fault === 'slow' ? options.faults.slowMs : 0);
    timer = setTimeout(finish, delay);
  });
  if (!ticket) {
    counters.rejected429++;
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
