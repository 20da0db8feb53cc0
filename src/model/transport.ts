import { Agent, request } from 'undici';

/**
 * A `fetch` for the openai SDK built on undici's `request`: the same HTTP client Node's fetch
 * uses, without the WHATWG stream machinery per response, which costs about as much CPU as
 * the rest of a request. At thousands of requests a run that is the client's whole budget.
 * Bodies are read whole (completions are small); the SDK gets a standard Response.
 */
export function createTransport(options: { connections: number }): { fetch: typeof fetch; close: () => Promise<void>; destroy: () => void } {
  const agent = new Agent({ connections: options.connections, keepAliveTimeout: 30_000, pipelining: 1 });
  let destroyed = false;
  // An AbortError is what the SDK does not retry: a cancelled run stops at once.
  const aborted = () => new DOMException('the run was cancelled', 'AbortError');
  const transport = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    if (destroyed) throw aborted();
    const url = typeof input === 'string' || input instanceof URL ? String(input) : input.url;
    const response = await request(url, {
      method: (init?.method ?? 'GET') as 'GET',
      headers: headersOf(init?.headers),
      body: init?.body as string | undefined,
      signal: init?.signal ?? undefined,
      dispatcher: agent,
    }).catch((error: unknown) => {
      throw destroyed ? aborted() : error;
    });
    const body = await response.body.text().catch((error: unknown) => {
      throw destroyed ? aborted() : error;
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (Array.isArray(value)) for (const v of value) headers.append(name, v);
      else if (value !== undefined) headers.set(name, value);
    }
    // A Response may not carry a body with these statuses.
    const empty = response.statusCode === 204 || response.statusCode === 304;
    return new Response(empty ? null : body, { status: response.statusCode, headers });
  };
  return {
    fetch: transport as typeof fetch,
    close: async () => {
      if (!destroyed) await agent.close();
    },
    destroy: () => {
      destroyed = true;
      agent.destroy().catch(() => undefined);
    },
  };
}

function headersOf(headers: RequestInit['headers']): Record<string, string> {
  if (!headers) return {};
  if (headers instanceof Headers) return Object.fromEntries(headers.entries());
  if (Array.isArray(headers)) return Object.fromEntries(headers);
  return headers as Record<string, string>;
}
