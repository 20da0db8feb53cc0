import { EvalwardenError } from '../errors.js';

/** One item the simulated model "knows": a prompt and what a correct answer looks like. */
export interface SimItem {
  /** The exact text of the last user message (chat) or the prompt (completions). */
  prompt: string;
  /** The gold answer. */
  target: string | null;
  /** 'numeric' | 'choice' | 'exact' | 'contains' | 'regex' | 'json' | 'ifeval' | 'judge' | other. */
  scorer: string;
  /** The dataset row (ifeval reads `instruction_id_list` and `kwargs` from it). */
  row?: Record<string, unknown>;
}

/** A served model name and how good it is. */
export interface SimModel {
  /** Share of known items answered correctly, in [0, 1]. */
  accuracy: number;
  /** Reported by `/v1/models` when set, as some servers do; the engine keys its cache on it. */
  revision?: string;
  /**
   * `/v1/models`' `root`: the path the weights were loaded from, as vLLM reports it (`./model` for
   * `vllm serve ./model --served-model-name candidate`). @default the served name
   */
  root?: string;
  /** How the model shows its reasoning: a `reasoning_content` field, or `<think>` in the content. */
  reasoning?: 'none' | 'field' | 'think';
}

/** Per-request probabilities of injected faults (they add up to at most 1). */
export interface SimFaults {
  /** 429 with Retry-After, at once, like a hosted API's rate limiter. */
  rate429?: number;
  /** 500 after the request held a slot for its processing time. */
  rate500?: number;
  /** Connection destroyed, no response, after the processing time. */
  rateDrop?: number;
  /** A normal answer, `slowMs` late. */
  rateSlow?: number;
  /** @default 5000 */
  slowMs?: number;
  /** @default 1 */
  retryAfterS?: number;
}

export interface SimJudgeOptions {
  /** How the judge writes its verdict. @default 'json' */
  format?: 'json' | 'marked' | 'garbage';
  /** Score when the response contains the reference (or there is none). @default 9 */
  high?: number;
  /** Score when it does not. @default 2 */
  low?: number;
  /**
   * A pairwise judge that always picks response A, whatever the responses say: the position bias
   * judging in both orders cancels (every duel comes out a tie). @default false
   */
  positionBias?: boolean;
}

export interface SimOptions {
  /** Never 0.0.0.0 by default: the simulator is for this machine. @default '127.0.0.1' */
  host?: string;
  /** 0 picks any free port. @default 0 */
  port?: number;
  /** Served model names. */
  models: Record<string, SimModel>;
  /** Requests processed at once, like vLLM's max_num_seqs. @default 64 */
  capacity?: number;
  /** Processing time once a request holds a slot. @default 200 */
  latencyMs?: number;
  /** Uniform extra processing time in [0, jitterMs]. @default 0 */
  jitterMs?: number;
  /** Requests allowed to wait beyond capacity; one more gets 429 + Retry-After. @default unbounded */
  queueLimit?: number;
  /**
   * Generation replies carry `x-ratelimit-limit-requests` and `x-ratelimit-remaining-requests`
   * as hosted APIs do, here the places (capacity plus queue limit) and how many are free. Only
   * with a finite queue limit. @default false
   */
  rateLimitHeaders?: boolean;
  /** Faults injected at random per request (seeded). */
  faults?: SimFaults;
  /** When set, requests to /v1 need `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  /**
   * GET /v1/models answers without the key (a key allowed to list models but not to generate, a
   * gateway that lets the list through): the 401 then comes from each completion. @default false
   */
  openModelList?: boolean;
  /** What the "model" knows. */
  items?: SimItem[];
  /** For prompts it doesn't know: the first reply whose regex matches the prompt (`{{model}}` is replaced). */
  replies?: { match: string; reply: string }[];
  judge?: SimJudgeOptions;
  /** Seeds faults, jitter and sampling draws. @default 1 */
  seed?: number;
}

export interface ResolvedSimModel {
  accuracy: number;
  revision: string | null;
  root: string | null;
  reasoning: 'none' | 'field' | 'think';
}

export interface ResolvedSimOptions {
  host: string;
  port: number;
  models: Map<string, ResolvedSimModel>;
  capacity: number;
  latencyMs: number;
  jitterMs: number;
  queueLimit: number;
  rateLimitHeaders: boolean;
  faults: Required<SimFaults>;
  apiKey: string | null;
  openModelList: boolean;
  items: Map<string, SimItem>;
  replies: { match: RegExp; reply: string }[];
  judge: Required<SimJudgeOptions>;
  seed: number;
}

/** Every default, in one place. */
export const DEFAULTS = {
  host: '127.0.0.1',
  port: 0,
  capacity: 64,
  latencyMs: 200,
  jitterMs: 0,
  queueLimit: Number.POSITIVE_INFINITY,
  faults: {
    rate429: 0,
    rate500: 0,
    rateDrop: 0,
    rateSlow: 0,
    slowMs: 5000,
    retryAfterS: 1,
  } as Required<SimFaults>,
  judge: { format: 'json', high: 9, low: 2, positionBias: false } as Required<SimJudgeOptions>,
  seed: 1,
};

/** Checks the options once and fills in every default, so nothing deeper re-checks them. */
export function resolveSimOptions(options: SimOptions): ResolvedSimOptions {
  const models = new Map<string, ResolvedSimModel>();
  for (const [name, model] of Object.entries(options.models ?? {}))
    models.set(name, resolveSimModel(name, model));
  check(
    models.size > 0,
    'models must name at least one served model',
    'e.g. { models: { base: { accuracy: 0.8 } } }',
  );

  const capacity = options.capacity ?? DEFAULTS.capacity;
  check(Number.isInteger(capacity) && capacity >= 1, `capacity must be a whole number ≥ 1, got ${capacity}`);
  const latencyMs = options.latencyMs ?? DEFAULTS.latencyMs;
  const jitterMs = options.jitterMs ?? DEFAULTS.jitterMs;
  check(latencyMs >= 0 && jitterMs >= 0, 'latencyMs and jitterMs must be ≥ 0');
  const queueLimit = options.queueLimit ?? DEFAULTS.queueLimit;
  check(queueLimit >= 0, `queueLimit must be ≥ 0, got ${queueLimit}`);

  const faults = fill(DEFAULTS.faults, options.faults);
  const { rate429, rate500, rateDrop, rateSlow } = faults;
  check(
    [rate429, rate500, rateDrop, rateSlow].every(isFraction) && rate429 + rate500 + rateDrop + rateSlow <= 1,
    'faults rates must each be in [0, 1] and add up to at most 1',
  );

  const items = new Map<string, SimItem>();
  for (const item of options.items ?? []) items.set(item.prompt, item);

  const replies = (options.replies ?? []).map(({ match, reply }, index) => {
    try {
      return { match: new RegExp(match), reply };
    } catch (cause) {
      throw new EvalwardenError(`replies[${index}].match is not a valid regular expression: ${match}`, {
        cause,
      });
    }
  });

  return {
    host: options.host ?? DEFAULTS.host,
    port: options.port ?? DEFAULTS.port,
    models,
    capacity,
    latencyMs,
    jitterMs,
    queueLimit,
    rateLimitHeaders: (options.rateLimitHeaders ?? false) && Number.isFinite(queueLimit),
    faults,
    apiKey: options.apiKey || null,
    openModelList: options.openModelList ?? false,
    items,
    replies,
    judge: resolveSimJudge(options.judge),
    seed: options.seed ?? DEFAULTS.seed,
  };
}

export function resolveSimModel(name: string, model: SimModel): ResolvedSimModel {
  check(
    isFraction(model.accuracy),
    `models.${name}.accuracy must be a number in [0, 1], got ${String(model.accuracy)}`,
  );
  return {
    accuracy: model.accuracy,
    revision: model.revision ?? null,
    root: model.root ?? null,
    reasoning: model.reasoning ?? 'none',
  };
}

export function resolveSimJudge(judge: SimJudgeOptions | undefined): Required<SimJudgeOptions> {
  return fill(DEFAULTS.judge, judge);
}

/** Like a spread, but a field given as `undefined` keeps its default. */
function fill<T extends object>(defaults: T, given: Partial<T> | undefined): T {
  const filled = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof T)[]) {
    const value = given?.[key];
    if (value !== undefined) filled[key] = value;
  }
  return filled;
}

function isFraction(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= 1;
}

function check(condition: boolean, message: string, hint?: string): asserts condition {
  if (!condition) throw new EvalwardenError(`simulator: ${message}`, { hint });
}
