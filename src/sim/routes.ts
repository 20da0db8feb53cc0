import type { IncomingMessage, ServerResponse } from 'node:http';
import { unauthorized, vllmError } from './error-bodies.js';
import { generation } from './generation.js';
import { sendEmpty, sendJson } from './http-io.js';
import type { SimState } from './state.js';

/** vLLM reports the context length it serves; evalwarden only displays it. */
const MAX_MODEL_LEN = 8192;

export function createRequestHandler(state: SimState): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    route(state, req, res).catch((error: unknown) => {
      // A bug here must show up as a 500 for the client, not crash the process running the tests.
      if (!res.headersSent)
        sendJson(res, 500, vllmError(500, 'InternalServerError', `Simulator error: ${String(error)}`));
      else res.destroy();
    });
  };
}

async function route(state: SimState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = (req.url ?? '/').split('?', 1)[0];
  const key = `${req.method} ${path}`;
  if (key === 'GET /health') return sendEmpty(res, 200);
  if (key === 'GET /sim/stats') return sendJson(res, 200, state.counters);

  const endpoint =
    key === 'POST /v1/chat/completions' ? 'chat' : key === 'POST /v1/completions' ? 'completions' : null;
  if (endpoint) state.counters[endpoint]++;
  else if (key === 'GET /v1/models') state.counters.models++;
  else return sendJson(res, 404, { detail: 'Not Found' });

  if (!authorized(state, req) && (endpoint || !state.options.openModelList)) {
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
    root: model.root ?? id,
    parent: null,
    max_model_len: MAX_MODEL_LEN,
    ...(model.revision === null ? {} : { revision: model.revision }),
  }));
  return { object: 'list', data };
}
