import type { ModelRole, RunInfo } from '../artifacts.js';

/**
 * The shared files of the static data protocol (docs/data-protocol.md), one JSON Schema each
 * in `schemas/data-*.schema.json`. Per-run files are the engine's artifacts narrowed to a model.
 */
export const PROTOCOL_VERSION = 1;
/**
 * index.json's own version. 2: `tasks[].category` comes from the config and `tasks[].higher_is_better`
 * can say a lower score is best, which a reader must know to pick a best checkpoint. A v1
 * index.json is read as is (no categories, every task higher-is-better) and written back as 2.
 */
export const INDEX_VERSION = 2;

export type RunKind = RunInfo['kind'];
export type VerdictName = 'pass' | 'regression' | 'inconclusive' | 'improvement' | 'no-baseline' | 'error';
export const VERDICTS: readonly VerdictName[] = [
  'pass',
  'regression',
  'inconclusive',
  'improvement',
  'no-baseline',
  'error',
];

/**
 * `[mean, ci_low, ci_high]` of a task's primary metric; `ci_low` and `ci_high` are both null when
 * the interval is unknown (an import whose file gave no standard error), never a made-up one.
 */
export type TaskCell = [number, number, number] | [number, null, null];

/** One published run in a month index (and in the leaderboard). */
export interface RunRow {
  run_id: string;
  /** The run folder relative to `data/`. */
  path: string;
  kind: RunKind;
  suite: string;
  model: string;
  role: ModelRole;
  step: number | null;
  branch: string | null;
  sha: string | null;
  pr: number | null;
  created_at: string;
  /** null when the run was not gated. */
  verdict: VerdictName | null;
  score: number | null;
  ci: [number, number] | null;
  tasks: Record<string, TaskCell>;
  /** Set on the leaderboard row kept as a training model's best checkpoint. */
  best?: true;
}

export interface MonthIndex {
  schema_version: number;
  month: string;
  /** Newest last. */
  runs: RunRow[];
}

export interface Alert {
  run_id: string;
  path: string;
  model: string;
  suite: string;
  verdict: VerdictName;
  tasks: string[];
  created_at: string;
}

export interface Manifest {
  schema_version: number;
  generated_at: string;
  repository: string | null;
  default_branch: string;
  months: string[];
  run_count: number;
  suites: string[];
  /**
   * `category`: the config's `tasks[].category` (null before it was published). `higher_is_better`:
   * false for a primary metric where lower is better (perplexity); absent means true.
   */
  tasks: { task: string; primary_metric: string; category: string | null; higher_is_better?: boolean }[];
  models: { model: string; role: ModelRole; runs: number; latest_run: string | null }[];
  leaderboard: RunRow[];
  alerts: Alert[];
  /** How far retention has gone, so a publish only looks at the months it has not pruned yet. */
  retention: { pr_pruned_before: string | null; records_dropped_before: string | null };
}

export interface Baseline {
  branch: string;
  model: string;
  suite: string;
  run_id: string;
  path: string;
  /** When the promoted run was made: an older run never replaces a newer baseline by itself. */
  created_at: string;
  promoted_at: string;
  by: 'auto' | 'manual';
  reason: string;
}

export interface Baselines {
  schema_version: number;
  baselines: Baseline[];
}

export interface SeriesPoint {
  run_id: string;
  path: string;
  kind: RunKind;
  branch: string | null;
  sha: string | null;
  step: number | null;
  created_at: string;
  suite: string;
  verdict: VerdictName | null;
  score: number | null;
  ci: [number, number] | null;
  tasks: Record<string, TaskCell>;
}

export interface Series {
  schema_version: number;
  model: string;
  role: ModelRole;
  points: SeriesPoint[];
}
