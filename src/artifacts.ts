/**
 * The artifacts that pass between the pipeline's stages. Each one is written to the results
 * folder as JSON (records as JSONL) and has a JSON Schema in `schemas/` of the same name.
 * Bump SCHEMA_VERSION when a reader of an older file would misread a newer one.
 */
export const SCHEMA_VERSION = 1;

export type ModelRole = 'candidate' | 'reference' | 'training';

/** An infrastructure failure: the model was not measured. Never a wrong answer. */
export interface RecordError {
  /** e.g. `http_429`, `http_500`, `connection`, `timeout`, `judge_unparseable`, `budget`. */
  kind: string;
  message: string;
}

export interface TokenUsage {
  prompt: number;
  completion: number;
}

/**
 * A function the model called instead of (or besides) answering in text, as the server sent
 * it: `arguments` is the JSON text the model wrote, unparsed (it may not be valid JSON).
 */
export interface ToolCall {
  id: string | null;
  name: string;
  arguments: string;
}

/** One line of records.jsonl: one task × item × sample × model. */
export interface EvalRecord {
  schema_version: number;
  run_id: string;
  model: string;
  task: string;
  item_id: string;
  /** sha256 (hex, 16 chars) of the dataset row: pairs across runs only when the row is unchanged. */
  item_hash: string;
  sample: number;
  category: string | null;
  /** Items that share a cluster (e.g. one passage, several questions) are not independent. */
  cluster: string | null;
  prompt_hash: string;
  /**
   * What the model was sent (system and user messages, rendered) and the dataset's target, so a
   * reviewer can judge an example. Absent in records written before they were recorded and in
   * imports; published only per `publish.inputs`.
   */
  input?: { role: string; content: string }[] | null;
  target?: string | string[] | null;
  /**
   * The reply's text as received, less its reasoning (a `<think>` block and the whitespace right
   * after it); not trimmed. Null when the call failed; empty when the reply is only tool calls.
   */
  output: string | null;
  /** `reasoning_content` or `<think>` text, kept for reading, never scored. */
  reasoning: string | null;
  /** The tool calls of the reply, in order; absent when it made none. */
  tool_calls?: ToolCall[];
  /** Primary metric in [0,1]; null when not scored yet or when an error left nothing to score. */
  score: number | null;
  /** Every metric the scorer reports (the primary one included). */
  scores: Record<string, number>;
  /** Weight of a metric in its task mean where an item stands for several units (IFEval's instructions). */
  weights?: Record<string, number>;
  /** The scorer's explanation: extracted answer, failed instructions, judge reasoning. */
  answer: string | null;
  details: Record<string, unknown> | null;
  latency_ms: number | null;
  usage: TokenUsage | null;
  cost: number | null;
  cached: boolean;
  error: RecordError | null;
}

export interface Interval {
  low: number;
  high: number;
}

export interface MetricSummary {
  /** Number of items (not samples) that count; null when an imported file does not say. */
  n: number | null;
  mean: number;
  /** Standard error of the mean over items (clustered where items share a cluster); null when unknown. */
  se: number | null;
  /** Null when the standard error is unknown (an imported "N/A" with no count to derive one from). */
  ci: Interval | null;
  /** `wilson` for 0/1 scores, `t` otherwise. */
  ci_method: 'wilson' | 't';
}

export interface Distribution {
  p50: number | null;
  p95: number | null;
}

export interface TaskSummary {
  task: string;
  primary_metric: string;
  /** Items with at least one scored sample; null when an imported file does not say. */
  n: number | null;
  /** Items the plan held. */
  n_planned: number | null;
  /** False when a lower primary metric is better (perplexity, loss); absent means true. */
  higher_is_better?: boolean;
  samples_per_item: number;
  /** Records with an infrastructure error. */
  errors: number;
  /** errors / records planned for this task. */
  error_rate: number;
  metrics: Record<string, MetricSummary>;
  /** Spread of the primary metric across samples (mean@N): mean per-item std, and the mean's SEM. */
  sample_spread: { mean_item_std: number } | null;
  categories: Record<string, MetricSummary>;
  latency_ms: Distribution;
  tokens: TokenUsage;
  cost: number;
  weight: number;
  /** What measured this task: a change here makes an old run no baseline for it. */
  instrument: Instrument;
  /** Hash of the prompt template and system prompt: a change here is what a PR tests. */
  prompt_hash: string;
  /** The task's category (`tasks[].category`, for the dashboard's grouping); absent in older summaries. */
  category?: string | null;
}

export interface Instrument {
  scorer: string;
  /** The scorer's version; absent in runs made before scorers carried one (version 1 measured those). */
  version?: number;
  /** sha256 (hex, 16) of the scorer's options, the judge model and rubric where there is one. */
  hash: string;
  judge: string | null;
}

export interface ModelSummary {
  model: string;
  role: ModelRole;
  step: number | null;
  served_model: string;
  /** sha256 (hex, 16) of the generation params, so a report can say they changed. */
  params_hash: string;
  tasks: TaskSummary[];
  /** Weighted mean of the tasks' primary metrics. */
  /** se and ci are null when a task's SE is unknown (an import without stderr or n). */
  aggregate: { score: number; se: number | null; ci: Interval | null } | null;
  tokens: TokenUsage;
  cost: number;
}

export interface Summary {
  schema_version: number;
  run_id: string;
  suite: string;
  /** Whether the run finished; `partial` after a cancel, a budget stop or a shard. */
  status: 'complete' | 'partial';
  models: ModelSummary[];
}

export interface DatasetProvenance {
  task: string;
  path: string;
  sha256: string;
  /** Items in the task's dataset; null when an imported file does not say (never 0). */
  items: number | null;
}

export interface ModelProvenance {
  model: string;
  role: ModelRole;
  step: number | null;
  served_model: string;
  /** Host and path of the endpoint, no credentials. */
  endpoint: string;
  /** `vllm`, `openai`, … where the server said so; else `openai-compatible`. */
  endpoint_kind: string;
  revision: string | null;
  params: Record<string, unknown>;
  /** Whether cached replies were reused for this model in this run, and what vouched for them; null: cache off or unused. */
  cache?: CacheUse | null;
}

/** The response cache's verdict for one model in one run (src/run/canaries.ts). */
export interface CacheUse {
  used: boolean;
  /** "vouched for by revision abc123", "vouched for by 32 matching canaries", "not used: 3 of 32 canaries differ". */
  note: string;
  canaries: { asked: number; differ: number; failed: number } | null;
}

export interface GitProvenance {
  sha: string | null;
  ref: string | null;
  branch: string | null;
  repository: string | null;
  pr: number | null;
  event: string | null;
  base_ref: string | null;
  base_sha: string | null;
}

/** run.json: where a run came from. */
export interface RunInfo {
  schema_version: number;
  run_id: string;
  suite: string;
  kind: 'pr' | 'branch' | 'manual' | 'sweep' | 'import';
  evalwarden_version: string;
  config_hash: string;
  datasets: DatasetProvenance[];
  models: ModelProvenance[];
  git: GitProvenance;
  shard: { index: number; count: number } | null;
  /** Null for an import whose file has no date of its own (its mtime is no run date). */
  started_at: string | null;
  finished_at: string | null;
  status: 'complete' | 'partial';
  stopped_reason: string | null;
  counts: { planned: number; done: number; errors: number; requests: number; cached: number };
  /** A sequential suite run look by look against a baseline (src/run/looks.ts); absent otherwise. */
  sequential?: SequentialRun;
}

/** What a run that stopped at its looks kept: the orders its records are prefixes of, and where it stopped. */
export interface SequentialRun {
  /** The design's looks (items per task), before a baseline capped them. */
  looks: number[];
  /** The baseline the looks compared with, as given. */
  baseline: string;
  /** Each task's item order over its whole set: a look at n items is its first n. */
  orders: { task: string; items: string[] }[];
  /** Where each model's task stopped, of its full set, and why (the gate's words: docs/gate.md). */
  stops: {
    model: string;
    task: string;
    stopped_at: number;
    of: number;
    why: 'regression' | 'futility' | 'last-look' | 'no-test' | 'ended';
    verdict: 'regression' | 'inconclusive' | 'improvement' | 'pass' | 'error' | 'no-baseline';
  }[];
  calls_used: number;
  calls_full: number;
  calls_saved: number;
  cost_saved: number;
}
