import type { RecordError, ToolCall } from '../artifacts.js';

/** What a scorer sees of one item: the dataset row, its target and the model's output. */
export interface ScoreInput {
  /** The reply's text as received, less its reasoning (not trimmed). */
  output: string;
  /** The reply's tool calls, in order (text scorers read `output` only; `json` can read these). */
  toolCalls?: readonly ToolCall[];
  /** The gold answer from the task's `target` field (a list for any-of targets); null when the task has none. */
  target: string | string[] | null;
  /** The whole dataset row (a scorer may read extra fields, e.g. IFEval's kwargs). */
  row: Record<string, unknown>;
  /** The prompt sent to the model (judges show it to the judge). */
  prompt: string;
  /**
   * The reference model's output for the same item and sample, for scorers that compare with
   * one (`referenceModel`); null when that model's call failed.
   */
  reference?: string | null;
}

export interface Score {
  /** The primary metric in [0,1]. */
  value: number;
  /** Every metric, the primary one included (IFEval reports four). */
  metrics?: Record<string, number>;
  /** Weights per metric where the item stands for several units (IFEval's instructions). */
  weights?: Record<string, number>;
  /** What the scorer read as the answer. */
  answer?: string;
  /** Why it scored so: a miss explains itself. */
  explanation?: string;
  metadata?: Record<string, unknown>;
}

/** A scorer that could not measure (e.g. a judge whose reply cannot be parsed): not a zero. */
export interface ScoreFailure {
  error: RecordError;
}

/** Calls a model on behalf of a scorer (the judge); goes through the run's client, cache and retries. */
export type JudgeCall = (
  messages: { role: 'system' | 'user' | 'assistant'; content: string }[],
) => Promise<string>;

export interface ScorerContext {
  judge: JudgeCall | null;
}

/**
 * A scorer: a name, a JSON Schema for its options (checked at config load, so a bad option is a
 * config error at line:col, never a failed item), and a factory that returns the scoring function.
 */
export interface Scorer<Options = Record<string, unknown>> {
  name: string;
  /** Metrics this scorer reports; the first is the default primary metric. */
  metrics: (options: Options) => string[];
  optionsSchema: object;
  /** Whether scores are 0/1 (Wilson intervals and McNemar apply). */
  binary: (options: Options) => boolean;
  /** Whether every dataset row must have a target. */
  needsTarget: boolean;
  /** The model whose outputs this scorer compares with (pairwise judging); it runs first. */
  referenceModel?: (options: Options) => string | undefined;
  /** Checks beyond the schema (a regex that compiles): returns a message for a config error. */
  check?: (options: Options) => string | undefined;
  create: (
    options: Options,
  ) => (input: ScoreInput, context: ScorerContext) => Promise<Score | ScoreFailure> | Score | ScoreFailure;
}

export function isScoreFailure(result: Score | ScoreFailure): result is ScoreFailure {
  return 'error' in result;
}
