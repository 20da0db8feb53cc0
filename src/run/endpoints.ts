import type { ModelConfig, RunConfig } from '../config/index.js';
import { ConfigError, EndpointError } from '../errors.js';
import {
  isFatalStatus,
  ModelClient,
  statusOf,
  toRecordError,
  type ResponseCache,
  Scheduler,
  type CacheKey,
  type ChatMessage,
  type Completion,
  type ServedModel,
} from '../model/index.js';

/** A model ready to call: its client, its scheduler, and what its server said about it. */
export interface Endpoint {
  config: ModelConfig;
  client: ModelClient;
  scheduler: Scheduler;
  served: ServedModel | undefined;
  /** Cache key of a request, without the messages and sample. */
  cacheBase: Omit<CacheKey, 'messages' | 'sample'>;
  /**
   * Whether cached replies may be served: a pinned revision vouches for them from the start, else
   * the canaries decide (src/run/canaries.ts). Fresh replies are written to the cache either way.
   */
  readCache: boolean;
  /** Live replies the canaries got when the cache was turned off: their units use them, not a second request. */
  canaryReplies: Map<string, Completion>;
}

export interface EndpointSettings {
  run: RunConfig;
  concurrency: number | 'auto';
  env: Record<string, string | undefined>;
  configFile: string;
  /** Every key the config names and the GitHub token: each client hides all of them, not only its own. */
  secrets: readonly string[];
}

export function apiKeyOf(model: ModelConfig, settings: EndpointSettings): string | undefined {
  if (!model.api_key_env) return undefined;
  const key = settings.env[model.api_key_env];
  if (!key) {
    throw new ConfigError(
      { file: settings.configFile },
      `model ${model.id}: environment variable ${model.api_key_env} is not set`,
      {
        hint: `export ${model.api_key_env}=… (in Actions: env: ${model.api_key_env}: \${{ secrets.${model.api_key_env} }})`,
      },
    );
  }
  return key;
}

export function openEndpoint(model: ModelConfig, settings: EndpointSettings): Endpoint {
  const scheduler = new Scheduler({ concurrency: settings.concurrency, rps: settings.run.rps });
  const client = new ModelClient({
    baseUrl: model.base_url,
    servedModel: model.model,
    apiKey: apiKeyOf(model, settings),
    apiKeyEnv: model.api_key_env,
    redact: settings.secrets,
    api: model.api,
    params: model.params,
    timeoutMs: settings.run.timeout_ms,
    maxRetries: settings.run.max_retries,
    onAttempt: scheduler.observe,
    proxyEnv: settings.env,
  });
  return {
    config: model,
    client,
    scheduler,
    served: undefined,
    readCache: model.revision !== undefined,
    canaryReplies: new Map(),
    cacheBase: {
      endpoint: model.base_url,
      model: model.model,
      revision: model.revision ?? null,
      served: {},
      step: model.step ?? null,
      api: model.api,
      params: model.params,
    },
  };
}

/** Checks the server lists the model (before any completion) and keys the cache by what it reports. */
export async function connect(endpoint: Endpoint): Promise<void> {
  endpoint.served = await endpoint.client.checkServed();
  endpoint.cacheBase = { ...endpoint.cacheBase, served: endpoint.served.identity };
}

/**
 * An auth failure (401, 403) as the error that stops the run, or null for any other failure:
 * every other call to this endpoint would fail the same way, and each would cost a model call.
 * `what` names the endpoint's part ("model cand", "judge gpt-judge").
 */
export function refusal(endpoint: Endpoint, what: string, error: unknown): EndpointError | null {
  const status = statusOf(error);
  if (!isFatalStatus(status)) return null;
  const { message } = toRecordError(error, endpoint.client.secrets);
  return new EndpointError(
    endpoint.config.base_url,
    `${what}: the endpoint refused the request (${status}): ${message}`,
    {
      status,
      hint: endpoint.config.api_key_env
        ? `check the key in $${endpoint.config.api_key_env}`
        : 'add api_key_env to the model',
    },
  );
}

/** One call through cache and scheduler. `fromCache` tells the record whether a request was made. */
export async function callModel(
  endpoint: Endpoint,
  cache: ResponseCache | undefined,
  messages: ChatMessage[],
  sample: number,
): Promise<{ completion: Completion; fromCache: boolean }> {
  const asked = endpoint.canaryReplies.get(canaryKey(messages, sample));
  if (asked) {
    endpoint.canaryReplies.delete(canaryKey(messages, sample));
    return { completion: asked, fromCache: false };
  }
  const key = cacheKeyOf(endpoint, messages, sample);
  const hit = endpoint.readCache ? await cache?.get(key) : undefined;
  if (hit) return { completion: hit, fromCache: true };
  const completion = await endpoint.scheduler.run(() => endpoint.client.complete(messages, sample));
  await cache?.set(key, completion);
  return { completion, fromCache: false };
}

export function cacheKeyOf(endpoint: Endpoint, messages: ChatMessage[], sample: number): CacheKey {
  return { ...endpoint.cacheBase, messages, sample };
}

export function canaryKey(messages: ChatMessage[], sample: number): string {
  return `${sample}\u0000${JSON.stringify(messages)}`;
}
