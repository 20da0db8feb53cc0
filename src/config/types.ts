import type { ModelRole } from '../artifacts.js';

/**
 * evalwarden.yml after validation against schemas/config.schema.json, with the schema's
 * defaults filled in (the schema is the one place defaults live).
 */
export interface Config {
  version: 1;
  models: ModelConfig[];
  tasks: TaskConfig[];
  suites: Record<string, SuiteConfig>;
  run: RunConfig;
  gate: GateConfig;
  judge?: JudgeConfig;
  publish: PublishConfig;
}

export interface GenerationParams {
  temperature?: number;
  top_p?: number;
  max_tokens?: number;
  seed?: number;
  stop?: string[];
  extra_body?: Record<string, unknown>;
}

export interface ModelConfig {
  id: string;
  provider: 'openai-compatible' | 'openai';
  base_url: string;
  model: string;
  api_key_env?: string;
  role: ModelRole;
  step?: number;
  /** What vouches for the weights behind the served name; keys the response cache. */
  revision?: string;
  params: GenerationParams;
  system?: string;
  api: 'chat' | 'completions';
  price: { input_per_mtok: number; output_per_mtok: number };
}

export interface DatasetConfig {
  path?: string;
  url?: string;
  sha256?: string;
  format?: 'jsonl' | 'csv' | 'yaml' | 'json';
}

export interface FieldMap {
  id: string;
  input: string;
  target: string;
  category: string;
  cluster: string;
}

export interface ScorerConfig {
  type: string;
  [option: string]: unknown;
}

export interface TaskGateConfig {
  max_drop?: number;
  alpha?: number;
  critical?: boolean;
  min_items?: number;
  max_error_rate?: number;
}

export interface TaskConfig {
  id: string;
  builtin?: string;
  description?: string;
  dataset?: DatasetConfig;
  fields: FieldMap;
  prompt?: string;
  system?: string;
  scorer?: string | ScorerConfig;
  primary_metric?: string;
  samples: number;
  weight: number;
  quick_size?: number;
  /** The task's category on the dashboard (not the per-item `fields.category`). */
  category?: string;
  gate?: TaskGateConfig;
}

export interface SuiteConfig {
  description?: string;
  tasks?: string[];
  size: 'all' | 'quick' | number;
  /** Gate in looks (docs/gate.md, "Sequential looks"). */
  sequential?: boolean;
  looks?: number[];
  design_drop?: number;
  futility_power?: number;
  futility_spend?: number;
}

export interface RunConfig {
  concurrency: 'auto' | number;
  rps?: number;
  timeout_ms: number;
  max_retries: number;
  max_cost?: number;
  seed: number;
  default_quick_size: number;
  /** Per-item scoring deadline (ms), kept by a worker thread (src/run/score-deadline.ts). */
  score_timeout_ms: number;
  /** Which runs score under it: those of a pull request's outputs only, or every run. */
  score_deadline: 'untrusted' | 'always';
  cache: { enabled: boolean; dir: string; max_age_hours: number; canaries: number };
}

export type GateVerdictName = 'regression' | 'inconclusive' | 'error' | 'no-baseline';

export interface Acceptance {
  task: string;
  model?: string;
  reason: string;
  until?: string;
}

export interface GateConfig {
  max_drop: number;
  alpha: number;
  min_items: number;
  max_error_rate: number;
  correction: 'holm' | 'bh' | 'none';
  paired_test: 'auto' | 't' | 'bootstrap';
  fail_on: GateVerdictName[];
  baseline: { source?: string; run?: string };
  accept: Acceptance[];
  accept_label: string;
}

export interface JudgeConfig {
  model: string;
  rubric?: string;
  max_score: number;
  /** Judge the baseline's stored outputs again in the candidate's run. */
  rejudge_baseline: boolean;
}

export interface PublishConfig {
  branch: string;
  outputs: 'none' | 'head' | 'all';
  /** Rendered inputs and targets in published examples (default none: they may be private). */
  inputs: 'none' | 'head' | 'all';
  head_size: number;
  redact: string[];
  retention: { pr_days: number; drop_records_after_days: number };
}
