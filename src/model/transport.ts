import http from 'node:http';
import https from 'node:https';
import { urlToHttpOptions } from 'node:url';

export interface TransportOptions {
  /** Sockets per origin at most (the scheduler bounds what is in flight). */
  connections: number;
  /**
   * Where HTTP_PROXY, HTTPS_PROXY and NO_PROXY (or their lower-case forms) are read, as curl and
   * the Python SDK read them; none of them set: direct connections.
   */
  proxyEnv?: Record<string, string | undefined>;
}

export interface OutgoingRequest {
  method: string;
  headers: Record<string, string>;
  body?: string;
}

export interface Transport {
  /** One request, cut after `timeoutMs` with an error the SDK reads as a timeout. */
  send: (url: string, request: OutgoingRequest, timeoutMs: number) => Promise<Response>;
  close: () => Promise<void>;
  /** Cuts every request in flight and refuses new ones (a cancelled run). */
  destroy: () => void;
}

/**
 * The HTTP client under the openai SDK (its `fetchWithTimeout` hook calls `send`): Node's own
 * HTTP client with keep-alive agents. Node's `fetch` builds a WHATWG Response, its Headers and a
 * body stream per reply, which costs about as much CPU as the rest of a request; at thousands of
 * requests a run that is the client's whole budget. `node:http` parses in native code and is
 * loaded with Node itself (undici's `request` costs the same per request, more start-up to load,
 * and kept replies waiting longer). Bodies are read whole (completions are small, and the SDK is
 * never asked to stream); the SDK gets the part of a Response it reads.
 */
export function createTransport(options: TransportOptions): Transport {
  const proxyEnv = proxySettings(options.proxyEnv);
  const agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: options.connections, proxyEnv }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: options.connections, proxyEnv }),
  };
  let destroyed = false;
  // A request after the pool is destroyed (a cancelled run). Requests it cut fail as they fail;
  // the client has aborted the SDK's signal first, so the SDK retries none of them.
  const aborted = () => new DOMException('the run was cancelled', 'AbortError');
  const targets = new Map<string, Target>();
  const send = (href: string, outgoing: OutgoingRequest, timeoutMs: number): Promise<Response> => {
    if (destroyed) return Promise.reject(aborted());
    const { url, where } = targetOf(targets, href);
    const client = url.protocol === 'https:' ? https : http;
    return new Promise<Response>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const fail = (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      };
      const request = client.request(
        {
          ...where,
          method: outgoing.method,
          headers: outgoing.headers,
          agent: agents[url.protocol as 'http:' | 'https:'],
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', fail);
          response.on('end', () => {
            clearTimeout(timer);
            resolve(
              new ReadResponse(
                url.href,
                response.statusCode ?? 0,
                new ReadHeaders(response.headers),
                Buffer.concat(chunks),
              ),
            );
          });
          // A connection cut mid-reply may end with neither 'end' nor 'error'.
          response.on('close', () => {
            if (!response.complete) fail(new Error(`${url.origin} closed the connection mid-reply`));
          });
        },
      );
      // Whole-request deadline (a socket timeout would let a reply that trickles in outlive it).
      timer = setTimeout(
        () => request.destroy(new Error(`the request to ${url.origin} timed out after ${timeoutMs} ms`)),
        timeoutMs,
      );
      request.on('error', fail);
      request.end(outgoing.body);
    });
  };
  const destroyAgents = () => {
    agents['http:'].destroy();
    agents['https:'].destroy();
  };
  return {
    send,
    close: async () => destroyAgents(),
    destroy: () => {
      destroyed = true;
      destroyAgents();
    },
  };
}

interface Target {
  url: URL;
  /** The URL as http.request options (host, port, path). */
  where: http.RequestOptions;
}

/** A request's URL parsed once: a run sends thousands of requests to two or three URLs. */
function targetOf(targets: Map<string, Target>, href: string): Target {
  let target = targets.get(href);
  if (!target) {
    const url = new URL(href);
    target = { url, where: urlToHttpOptions(url) };
    if (targets.size < 64) targets.set(href, target);
  }
  return target;
}

const PROXY_VARIABLES = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy'];

/**
 * The proxy variables, with this machine's loopback never proxied: a model served on the runner
 * itself (vLLM on localhost) is out of a proxy's reach, whatever NO_PROXY says.
 */
function proxySettings(
  env: Record<string, string | undefined> | undefined,
): Record<string, string> | undefined {
  if (!env || !PROXY_VARIABLES.some((name) => env[name])) return undefined;
  const settings: Record<string, string> = {};
  for (const name of PROXY_VARIABLES) if (env[name]) settings[name] = env[name];
  const noProxy = [env.no_proxy ?? env.NO_PROXY, 'localhost', '127.0.0.1', '::1'].filter(Boolean).join(',');
  return { ...settings, NO_PROXY: noProxy, no_proxy: noProxy };
}

/**
 * A Response whose body has been read whole: the whole WHATWG interface, so the SDK gets a real
 * Response to the type checker and at run time, without a stream or a Headers object per reply.
 */
class ReadResponse implements Response {
  /** No stream: the body is already read (the SDK cancels a non-null body it leaves unread). */
  readonly body = null;
  readonly bodyUsed = false;
  readonly redirected = false;
  readonly type: ResponseType = 'basic';
  readonly statusText = '';

  readonly #bytes: Buffer;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly headers: ReadHeaders,
    bytes: Buffer,
  ) {
    this.#bytes = bytes;
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  async text(): Promise<string> {
    return this.#bytes.toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.#bytes.toString('utf8'));
  }

  async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return new Uint8Array(this.#bytes);
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return (await this.bytes()).buffer;
  }

  async blob(): Promise<Blob> {
    return new Blob([await this.bytes()], { type: this.headers.get('content-type') ?? '' });
  }

  async formData(): Promise<FormData> {
    throw new TypeError('a model server reply is not form data');
  }

  clone(): ReadResponse {
    return new ReadResponse(this.url, this.status, this.headers, this.#bytes);
  }
}

/**
 * Response headers as Node gives them (names in lower case), behind the Headers API; a response's
 * headers are immutable, as a fetch Response's are.
 */
class ReadHeaders implements Headers {
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

  forEach(callback: (value: string, name: string, parent: Headers) => void, thisArg?: unknown): void {
    for (const [name, value] of this.entries()) callback.call(thisArg, value, name, this);
  }

  *entries(): HeadersIterator<[string, string]> {
    for (const name of Object.keys(this.#raw)) {
      const value = this.get(name);
      if (value !== null) yield [name, value];
    }
  }

  *keys(): HeadersIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): HeadersIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): HeadersIterator<[string, string]> {
    return this.entries();
  }

  getSetCookie(): string[] {
    const value = this.#raw['set-cookie'];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  }

  append(): void {
    throw new TypeError('immutable: the headers of a received response');
  }

  set(): void {
    throw new TypeError('immutable: the headers of a received response');
  }

  delete(): void {
    throw new TypeError('immutable: the headers of a received response');
  }
}
