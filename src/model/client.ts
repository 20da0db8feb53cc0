import OpenAI, { type ClientOptions } from 'openai';
import type { TokenUsage, ToolCall } from '../artifacts.js';
import type { GenerationParams } from '../config/index.js';
import { EndpointError } from '../errors.js';
import { packageVersion } from '../package-root.js';
import { errorMessage, statusOf } from './errors.js';
import { isHopeless429 } from './hopeless-429.js';
import { splitReasoning } from './reasoning.js';
import { redactSecrets } from './secrets.js';
import { createTransport, type Transport } from './transport.js';
import { checkReply, unparsableJson } from './unreadable-reply.js';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface Completion {
  output: string;
  reasoning: string | null;
  /** The reply's tool calls (empty when none; absent in responses cached before they were kept). */
  toolCalls?: ToolCall[];
  usage: TokenUsage;
  latencyMs: number;
}

/** One HTTP attempt as the scheduler sees it (retries included), for adaptive concurrency. */
export interface AttemptEvent {
  /** HTTP status; 0 when the connection failed. */
  status: number;
  latencyMs: number;
  /**
   * The least of the reply's `x-ratelimit-remaining-requests` and `-tokens` headers (hosted
   * APIs send them), when it has either: the budget left, a load signal a bare 429 is not.
   */
  rateLimitRemaining?: number;
}

/**
 * Told of each HTTP attempt as it is sent; the function it returns is told how that attempt
 * ended. The scheduler counts the attempt at the load it was sent under: a 429 comes back at
 * once while a success sent with it may still queue, so counting at the reply would pin the
 * 429 on a higher load than the success.
 */
export type AttemptObserver = () => (event: AttemptEvent) => void;

export interface EndpointOptions {
  baseUrl: string;
  servedModel: string;
  apiKey: string | undefined;
  /** Name of the variable the key came from, for messages (never the key). */
  apiKeyEnv: string | undefined;
  /** Other secrets its errors must not quote (the other models' keys, the GitHub token). */
  redact?: readonly string[];
  api: 'chat' | 'completions';
  params: GenerationParams;
  timeoutMs: number;
  maxRetries: number;
  onAttempt?: AttemptObserver;
  /** The environment proxy variables are read from (HTTP_PROXY, HTTPS_PROXY, NO_PROXY). */
  proxyEnv?: Record<string, string | undefined>;
}

export interface ServedModel {
  id: string;
  revision: string | null;
  endpointKind: string;
  /**
   * What the server says about the weights behind the name (vLLM's `root` and `parent`, a
   * `revision`, llama.cpp's `meta` with the file's size and parameter count): part of the cache key.
   */
  identity: Record<string, unknown>;
}

/** Fields of a `/v1/models` entry that tell one set of weights from another; `created` does not (vLLM stamps each listing). */
const IDENTITY_FIELDS = ['root', 'parent', 'revision', 'meta'] as const;

/** Talks to one OpenAI-compatible endpoint (vLLM, SGLang, TGI, llama.cpp, Ollama, OpenAI) through the `openai` SDK. */
export class ModelClient {
  readonly #sdk: OpenAI;
  readonly #options: EndpointOptions;
  readonly #secrets: string[];
  readonly #transport: Transport;
  /** Aborted with the run: the SDK checks it before every attempt and retry. */
  readonly #cancel = new AbortController();

  constructor(options: EndpointOptions) {
    this.#options = options;
    this.#secrets = [...(options.apiKey ? [options.apiKey] : []), ...(options.redact ?? [])];
    this.#transport = createTransport({ connections: 4096, proxyEnv: options.proxyEnv });
    this.#sdk = new EndpointSdk(
      {
        baseURL: options.baseUrl,
        // Local servers (vLLM without --api-key, Ollama) take any key; the SDK insists on one.
        apiKey: options.apiKey ?? 'no-key',
        maxRetries: options.maxRetries,
        timeout: options.timeoutMs,
        logLevel: 'off',
        defaultHeaders: { 'User-Agent': userAgent() },
      },
      this.#transport,
      options.onAttempt,
    );
  }

  /** Closes the client's connections (keep-alive sockets would otherwise hold the process). */
  async close(): Promise<void> {
    await this.#transport.close();
  }

  get secrets(): readonly string[] {
    return this.#secrets;
  }

  /** Checks that the endpoint serves the model; throws a clear EndpointError listing what it serves. */
  async checkServed(): Promise<ServedModel> {
    const { baseUrl, servedModel, apiKeyEnv } = this.#options;
    let models: (OpenAI.Models.Model & Record<string, unknown>)[];
    try {
      models = [];
      for await (const model of this.#sdk.models.list({
        maxRetries: Math.min(this.#options.maxRetries, 2),
        signal: this.#cancel.signal,
      }))
        models.push(model as OpenAI.Models.Model & Record<string, unknown>);
    } catch (cause) {
      const status = statusOf(cause);
      const detail = redactSecrets(errorMessage(cause), this.#secrets);
      const hint =
        status === 401 || status === 403
          ? `the endpoint refused the API key${apiKeyEnv ? ` from $${apiKeyEnv}` : ' (none set: add api_key_env to the model)'}`
          : 'is the server up? (vLLM: poll /v1/models until it lists the model)';
      throw new EndpointError(baseUrl, `cannot list models at ${baseUrl}: ${detail}`, {
        status,
        hint,
        cause: undefined,
      });
    }
    const found = models.find((m) => m.id === servedModel);
    if (!found) {
      throw new EndpointError(baseUrl, `${baseUrl} does not serve "${servedModel}"`, {
        hint: `it serves: ${models.map((m) => m.id).join(', ') || '(nothing)'}`,
      });
    }
    return {
      id: found.id,
      revision: typeof found.revision === 'string' ? found.revision : null,
      endpointKind: endpointKind(baseUrl, found.owned_by),
      identity: Object.fromEntries(
        IDENTITY_FIELDS.filter((f) => found[f] !== undefined && found[f] !== null).map((f) => [f, found[f]]),
      ),
    };
  }

  /**
   * Cuts every request in flight (a cancelled run) and stops the SDK retrying them: a request
   * cut by the transport fails like a dropped connection, which the SDK would retry with backoff
   * (minutes, at max_retries 10) were the run's signal not aborted first.
   */
  abort(): void {
    this.#cancel.abort();
    this.#transport.destroy();
  }

  async complete(messages: ChatMessage[], sample: number): Promise<Completion> {
    const { params, servedModel, api } = this.#options;
    const { extra_body, seed, ...rest } = params;
    // Distinct seeds keep mean@N samples distinct but reproducible.
    const sampleSeed = seed === undefined ? undefined : seed + sample;
    const started = performance.now();
    if (api === 'completions') {
      const prompt = messages.map((m) => m.content).join('\n\n');
      const response = await readable(
        this.#sdk.completions.create(
          { model: servedModel, prompt, ...rest, seed: sampleSeed, ...extra_body },
          { signal: this.#cancel.signal },
        ),
        api,
      );
      const text = response.choices[0]?.text ?? '';
      return {
        ...splitReasoning(text, null),
        usage: usageOf(response.usage),
        latencyMs: performance.now() - started,
      };
    }
    const response = await readable(
      this.#sdk.chat.completions.create(
        { model: servedModel, messages, ...rest, seed: sampleSeed, ...extra_body },
        { signal: this.#cancel.signal },
      ),
      api,
    );
    const message = response.choices[0]?.message as
      | (OpenAI.Chat.ChatCompletionMessage & { reasoning_content?: string; reasoning?: string })
      | undefined;
    const reasoningField = message?.reasoning_content ?? message?.reasoning ?? null;
    return {
      ...splitReasoning(message?.content ?? '', reasoningField),
      toolCalls: toolCallsOf(message?.tool_calls),
      usage: usageOf(response.usage),
      latencyMs: performance.now() - started,
    };
  }
}

/**
 * The SDK's parse of a 2xx reply, checked before any field is read: an SSE body, an HTML page,
 * an empty body or a reply without choices becomes an UnreadableReply naming what came back.
 */
async function readable<T>(reply: Promise<T>, api: 'chat' | 'completions'): Promise<T> {
  let body: T;
  try {
    body = await reply;
  } catch (error) {
    throw error instanceof SyntaxError ? unparsableJson(error) : error;
  }
  checkReply(body, api);
  return body;
}

let userAgentValue: string | undefined;

/** What servers see in their logs: evalwarden and its version. */
function userAgent(): string {
  if (userAgentValue === undefined) {
    try {
      userAgentValue = `evalwarden/${packageVersion()}`;
    } catch {
      // A bundle copied away from its package.json still talks to models.
      userAgentValue = 'evalwarden';
    }
  }
  return userAgentValue;
}

type SdkRequest = Parameters<OpenAI['buildRequest']>[0];
type BuiltRequest = Awaited<ReturnType<OpenAI['buildRequest']>>;

/**
 * The SDK with its two request hooks filled in, for the CPU a request costs at thousands of
 * requests a run. A JSON POST (every completion) is built the short way: headers made once, the
 * body stringified, no per-request header merging (the SDK's builder merges five header sets
 * through Headers objects on every attempt, about a third of its cost per request). Anything
 * else (GET /v1/models, a base URL with a query) takes the SDK's own builder. Requests go to the
 * transport with their deadline, without the SDK's AbortController and its listeners; retries,
 * Retry-After, error classes and parsing stay the SDK's.
 */
class EndpointSdk extends OpenAI {
  readonly #transport: Transport;
  readonly #onAttempt: AttemptObserver | undefined;
  readonly #postBase: string | undefined;
  /** The SDK's type for a request's headers, and the same headers as the transport sends them. */
  readonly #postHeaders: Headers;
  readonly #postHeaderRecord: Record<string, string>;

  constructor(options: ClientOptions, transport: Transport, onAttempt: AttemptObserver | undefined) {
    super(options);
    this.#transport = transport;
    this.#onAttempt = onAttempt;
    const base = String(options.baseURL);
    this.#postBase = base.includes('?') ? undefined : base.replace(/\/+$/, '');
    this.#postHeaderRecord = {
      accept: 'application/json',
      'content-type': 'application/json',
      'user-agent': userAgent(),
      authorization: `Bearer ${String(options.apiKey)}`,
      // As the SDK's builder sends them (from OPENAI_ORG_ID and OPENAI_PROJECT_ID by default).
      ...(this.organization ? { 'openai-organization': this.organization } : {}),
      ...(this.project ? { 'openai-project': this.project } : {}),
    };
    this.#postHeaders = new Headers(this.#postHeaderRecord);
  }

  override async buildRequest(options: SdkRequest, context?: { retryCount?: number }): Promise<BuiltRequest> {
    const plainJson =
      options.method === 'post' && !options.headers && !options.query && isPlainObject(options.body);
    if (!plainJson || this.#postBase === undefined) return super.buildRequest(options, context);
    return {
      req: { method: 'POST', headers: this.#postHeaders, body: JSON.stringify(options.body) },
      url: this.#postBase + options.path,
      timeout: options.timeout ?? this.timeout,
    };
  }

  override async fetchWithTimeout(
    url: RequestInfo,
    init: RequestInit | undefined,
    ms: number,
  ): Promise<Response> {
    const href = typeof url === 'string' ? url : url.url;
    const headers =
      init?.headers === this.#postHeaders
        ? this.#postHeaderRecord
        : Object.fromEntries(new Headers(init?.headers));
    const request = { method: init?.method ?? 'GET', headers, body: init?.body as string | undefined };
    // Only generation requests (POST) tell the scheduler about the server's capacity: a 2 ms
    // GET /v1/models would pass for the server's fastest reply.
    if (init?.method !== 'POST' || !this.#onAttempt)
      return withRetryAdvice(await this.#transport.send(href, request, ms));
    const ended = this.#onAttempt();
    const started = performance.now();
    try {
      const response = await this.#transport.send(href, request, ms);
      ended({
        status: response.status,
        latencyMs: performance.now() - started,
        rateLimitRemaining: rateLimitRemaining(response.headers),
      });
      return withRetryAdvice(response);
    } catch (error) {
      ended({ status: 0, latencyMs: performance.now() - started });
      throw error;
    }
  }
}

function rateLimitRemaining(headers: Headers): number | undefined {
  let least: number | undefined;
  for (const name of ['x-ratelimit-remaining-requests', 'x-ratelimit-remaining-tokens']) {
    const value = Number.parseFloat(headers.get(name) ?? '');
    if (Number.isFinite(value)) least = Math.min(least ?? value, value);
  }
  return least;
}

/** Function calls as sent; a custom tool's free-form input stands in for arguments. */
function toolCallsOf(calls: OpenAI.Chat.ChatCompletionMessageToolCall[] | undefined): ToolCall[] {
  return (calls ?? []).map((call) =>
    call.type === 'custom'
      ? { id: call.id ?? null, name: call.custom.name, arguments: call.custom.input }
      : { id: call.id ?? null, name: call.function.name, arguments: call.function.arguments },
  );
}

/**
 * A 429 that no retry can cure (no quota, a request above the per-minute limit) carries
 * `x-should-retry: false`, the header the SDK obeys before its own rule (retry every 429).
 */
async function withRetryAdvice(response: Response): Promise<Response> {
  if (response.status !== 429) return response;
  const body = await response.text();
  if (!isHopeless429(body)) return response;
  const headers = new Headers([...response.headers]);
  headers.set('x-should-retry', 'false');
  return new Response(body, { status: response.status, headers });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

function usageOf(usage: { prompt_tokens: number; completion_tokens: number } | undefined): TokenUsage {
  return { prompt: usage?.prompt_tokens ?? 0, completion: usage?.completion_tokens ?? 0 };
}

function endpointKind(baseUrl: string, ownedBy: string | undefined): string {
  if (ownedBy === 'vllm') return 'vllm';
  if (ownedBy === 'evalwarden-sim') return 'evalwarden-sim';
  if (/api\.openai\.com/.test(baseUrl)) return 'openai';
  return 'openai-compatible';
}
