import type { Interval, ModelRole } from '../artifacts.js';
import type { GateVerdictName } from '../config/index.js';

/** comparison.json's version: bump when an older reader would misread a newer file. */
export const COMPARISON_SCHEMA_VERSION = 1;

export type Verdict = 'regression' | 'inconclusive' | 'improvement' | 'pass' | 'error' | 'no-baseline';

/** Worst first: the run's verdict is the first of these any gated task has. */
export const VERDICT_ORDER: readonly Verdict[] = [
  'error',
  'regression',
  'inconclusive',
  'no-baseline',
  'pass',
  'improvement',
];

/** How the difference was tested. */
export type TestMethod = 'mcnemar' | 'paired-t' | 'bootstrap' | 'welch';

/**
 * How a model's verdicts count: `candidate` models are gated on every verdict, `training`
 * checkpoints only on errors (a sweep is for the curves), `reference` models never (context).
 */
export type Gating = 'full' | 'errors-only' | 'none';

/** Where the baseline came from and why this run was picked. */
export interface BaselineRef {
  kind: 'folder' | 'pages';
  /** The folder read (a results folder, or the pages data folder). */
  location: string;
  run_id: string;
  /** The baseline run's model id (differs from the candidate's with --baseline-model). */
  model: string;
  suite: string;
  /**
   * `folder`: given as a results folder; `pinned`: a run named by id; `merge-base`, `latest-on-base`
   * (pull requests), `parent`, `latest-on-branch` (pushes), `promoted` (schedule, dispatch),
   * `previous-checkpoint` and `best-so-far` (checkpoint sweeps).
   */
  selected_by:
    | 'folder'
    | 'pinned'
    | 'merge-base'
    | 'latest-on-base'
    | 'parent'
    | 'latest-on-branch'
    | 'promoted'
    | 'previous-checkpoint'
    | 'best-so-far';
  sha: string | null;
  branch: string | null;
  created_at: string | null;
  age_days: number | null;
  /** One sentence for the report: which run and how old. */
  description: string;
}

export interface SideStats {
  /** Items that count (paired items when paired); null when an imported file does not say. */
  n: number | null;
  /** Null when nothing was measured (no primary metric, no item). */
  mean: number | null;
  /** Null when an imported file gives no standard error and no count to derive one from (or nothing was measured). */
  ci: Interval | null;
}

export interface DeltaStats {
  method: TestMethod;
  paired: boolean;
  /** Why an unpaired test is unpaired ("unpaired: aggregates only (Welch on the means)"). */
  pairing?: string;
  estimate: number;
  se: number;
  ci: Interval;
  /** One-sided p-value for a drop, before and after the correction across the run's tasks. */
  p_drop: number;
  p_drop_adjusted: number;
  p_improvement: number;
  p_improvement_adjusted: number;
  /** Smallest true drop found with 80% power at this n and variance, under this task's test; null when the SE is unknown. */
  mde: number | null;
  /** Discordant pairs (0/1 scores): baseline right → candidate wrong, and the reverse. */
  discordant: { worse: number; better: number } | null;
}

export interface Flip {
  item_id: string;
  category: string | null;
  baseline_score: number;
  candidate_score: number;
  baseline_answer: string | null;
  candidate_answer: string | null;
  /** The candidate's output, trimmed for reports. */
  candidate_output: string | null;
}

export interface Flips {
  /** Items the candidate does worse on (correct → wrong for 0/1 scores), largest drop first. */
  worse: Flip[];
  better: Flip[];
  worse_total: number;
  better_total: number;
}

export interface Acceptance {
  by: 'config' | 'label';
  reason: string;
  until: string | null;
}

export interface TaskPolicy {
  max_drop: number;
  alpha: number;
  critical: boolean;
  min_items: number;
  max_error_rate: number;
}

export interface TaskComparison {
  task: string;
  primary_metric: string;
  weight: number;
  verdict: Verdict;
  /** Why, in one sentence. */
  reason: string;
  /** A pass whose CI still reaches below −max_drop: this n could not have seen such a drop. */
  underpowered: boolean;
  /** Whether this verdict fails the job (after `fail_on`, `critical` and acceptances). */
  failing: boolean;
  accepted: Acceptance | null;
  policy: TaskPolicy;
  /** `own`: the candidate's own score over all its items, when the columns hold paired items only. */
  candidate: SideStats & { errors: number; error_rate: number; own?: { n: number | null; mean: number } };
  baseline: SideStats | null;
  delta: DeltaStats | null;
  /** What changed since the baseline: `prompt`, `scorer`, `primary_metric`, `instrument`. */
  changes: string[];
  /** From → to of the changes that have names (scorer, primary metric). */
  change_details?: Partial<Record<string, Change>>;
  /**
   * An underpowered pass: about how many more items would tell — `detect` the observed drop with
   * 80% power, or `rule-out` a drop beyond max_drop if Δ̂ held.
   */
  more_items?: MoreItems | null;
  /** A sequential suite: where the task stopped and why. */
  sequential?: SequentialStop;
  flips: Flips | null;
}

export interface SequentialStop {
  /** Items per task at the look where it stopped, and of its full set. */
  stopped_at: number;
  of: number;
  looks: number[];
  /**
   * `regression` crossed the boundary; `futility` ruled the design drop out; `last-look` decided at
   * the last look; `no-test` error or no baseline; `ended` undecided where the candidate's records
   * end (a run cut short between its looks).
   */
  why: 'regression' | 'futility' | 'last-look' | 'no-test' | 'ended';
  /** The drop a futility stop ruled out. */
  ruled_out: number | null;
  /** The baseline covered only this many items of the order: the looks stop there. */
  capped_by_baseline: number | null;
}

export interface MoreItems {
  items: number;
  goal: 'detect' | 'rule-out';
  /** The drop that many more items would detect, or rule out. */
  drop: number;
}

export interface Change {
  from: string;
  to: string;
}

export interface ModelComparison {
  model: string;
  role: ModelRole;
  step: number | null;
  gating: Gating;
  baseline: BaselineRef | null;
  /** Why there is no baseline, when there is none. */
  no_baseline_reason: string | null;
  changes: { served_model: Change | null; params_hash: Change | null; prompt_tasks: string[] };
  tasks: TaskComparison[];
  aggregate: {
    /** ci is null when a task's SE is unknown (an import without stderr or n). */
    candidate: { score: number; ci: Interval | null } | null;
    baseline: { score: number; ci: Interval | null } | null;
    /** Weighted Δ over the tasks that were compared. */
    delta: { estimate: number; se: number; ci: Interval; tasks: string[] } | null;
  };
  /** Checkpoint sweeps: Δ of the suite aggregate against the best checkpoint so far (for the curves). */
  best_so_far: {
    baseline: BaselineRef;
    delta: { estimate: number; se: number; ci: Interval; tasks: string[] } | null;
  } | null;
  verdict: Verdict;
  reason: string;
}

export interface Comparison {
  schema_version: number;
  created_at: string;
  candidate: { run_id: string; suite: string; sha: string | null; branch: string | null };
  policy: {
    correction: 'holm' | 'bh' | 'none';
    paired_test: 'auto' | 't' | 'bootstrap';
    fail_on: GateVerdictName[];
  };
  models: ModelComparison[];
  verdict: Verdict;
  reason: string;
  /** 0 nothing in `fail_on` happened, 1 a failing verdict, 2 an error verdict that fails. */
  exit_code: 0 | 1 | 2;
  failing: { model: string; task: string; verdict: Verdict }[];
  accepted: { model: string; task: string; verdict: Verdict; by: 'config' | 'label'; reason: string }[];
  notes: string[];
  /** A sequential suite: model calls the looks used, of the full set, and the cost they saved. */
  sequential?: {
    calls_used: number;
    calls_full: number;
    calls_saved: number;
    cost_saved: number;
    /** The run stopped at the looks (the saved calls were never made), not only the gate reading prefixes of a full run. */
    stopped_early?: boolean;
  };
}
