/**
 * The shapes of the static data protocol (docs/data-protocol.md, v1) as the dashboard reads
 * them. The per-run files reuse the engine's artifact types; the index files are defined here
 * because only the publisher writes them and only the dashboard (and the gate) reads them.
 */
export type { RunInfo, Summary, ModelSummary, TaskSummary, MetricSummary, EvalRecord } from '../../../src/artifacts.js';

export type RunKind = 'pr' | 'branch' | 'manual' | 'sweep' | 'import';
export type Role = 'candidate' | 'reference' | 'training';
export type Verdict = 'pass' | 'regression' | 'inconclusive' | 'improvement' | 'no-baseline' | 'error';

/** task → [mean, ci_low, ci_high] of its primary metric. */
export type TaskScores = Record<string, [number, number, number]>;

/** One published run as the month indexes, the leaderboard and the series list it. */
export interface RunRow {
  run_id: string;
  /** `runs/<yyyy-mm>/<id>`, relative to `data/`. */
  path: string;
  kind: RunKind;
  suite: string;
  model: string;
  role: Role;
  step: number | null;
  branch: string | null;
  sha: string | null;
  pr?: number | null;
  created_at: string;
  verdict?: Verdict | null;
  score: number | null;
  ci: [number, number] | null;
  tasks: TaskScores;
  /** Set by the publisher on the leaderboard row kept as a training model's best checkpoint. */
  best?: true;
}

/** A point of data/series/<model>.json: a run row without the fields the file states once. */
export type SeriesPoint = Omit<RunRow, 'model' | 'role' | 'pr' | 'best'>;

export interface TaskInfo {
  task: string;
  primary_metric: string;
  category: string | null;
}

export interface ModelInfo {
  model: string;
  role: Role;
  runs: number;
  latest_run: string | null;
}

export interface Alert {
  run_id: string;
  model: string;
  suite: string;
  verdict: Verdict;
  tasks: string[];
  created_at: string;
  /** The run's folder; not in the doc's example, so the dashboard also finds a run without it. */
  path?: string;
}

/** data/index.json */
export interface Manifest {
  schema_version: number;
  generated_at: string;
  repository: string | null;
  default_branch: string;
  months: string[];
  run_count: number;
  suites: string[];
  tasks: TaskInfo[];
  models: ModelInfo[];
  leaderboard: RunRow[];
  alerts: Alert[];
}

/** data/index/<yyyy-mm>.json */
export interface MonthIndex {
  schema_version: number;
  month: string;
  runs: RunRow[];
}

export interface BaselineEntry {
  branch: string;
  model: string;
  suite: string;
  run_id: string;
  path: string;
  created_at?: string;
  promoted_at: string;
  by: 'auto' | 'manual';
  reason: string | null;
}

/** data/baselines.json */
export interface Baselines {
  schema_version: number;
  baselines: BaselineEntry[];
}

/** data/series/<model>.json */
export interface Series {
  schema_version: number;
  model: string;
  role: Role;
  points: SeriesPoint[];
}

/** The schema version this dashboard understands; a newer manifest gets a clear notice. */
export const SUPPORTED_SCHEMA_VERSION = 1;
