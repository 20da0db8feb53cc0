import { Agent, request } from 'undici';

/**
 * A `fetch` for the openai SDK built on undici's `request`: the same HTTP client Node's fetch
 * uses, without the WHATWG machinery (a Response, its Headers and body stream) per response,
 * which costs about as much CPU as the rest of a request. At thousands of requests a run that
 * is the client's whole budget. Bodies are read whole (completions are small, and the SDK is
 * never asked to stream); the SDK gets the part of a Response it reads.
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
    return new ReadResponse(url, response.statusCode, new ReadHeaders(response.headers), body) as unknown as Response;
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

/** The read side of a Response whose body has been read whole. */
class ReadResponse {
  /** No stream: the body is already read (the SDK cancels a non-null body it leaves unread). */
  readonly body = null;
  readonly bodyUsed = false;
  readonly redirected = false;
  readonly type = 'basic';

  readonly #text: string;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly headers: ReadHeaders,
    text: string,
  ) {
    this.#text = text;
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  get statusText(): string {
    return '';
  }

  async text(): Promise<string> {
    return this.#text;
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.#text);
  }
}

/** Response headers as undici gives them (names in lower case), behind the Headers read API. */
class ReadHeaders {
  readonly #raw: Record<string, string | string[] | undefined>;

  constructor(raw: Record<string, string | string[] | undefined>) {
    this.#raw = raw;
  }

  get(name: string): string | null {
    const value = this.#raw[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }

  has(name: string): boolean {
    return this.#raw[name.toLowerCase()] !== undefined;
  }

  forEach(callback: (value: string, name: string) => void): void {
    for (const [name, value] of this.entries()) callback(value, name);
  }

  *entries(): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.#raw)) {
      const value = this.get(name);
      if (value !== null) yield [name, value];
    }
  }

  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}
