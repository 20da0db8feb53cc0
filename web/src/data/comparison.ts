/**
 * Reads a run's comparison.json (schemas/comparison.schema.json, written by the gate): for the
 * run's one model, per task Δ with CI, verdict and the flipped items, and which run was the
 * baseline. Defensive: an unreadable file counts as absent, and the compare view then computes
 * Δ from the two summaries instead.
 */
import type { TaskWordsInput } from '../../../src/gate/verdict-words.js';
import type { Verdict } from './protocol.js';
import { isObject, num, str, verdictOf } from './json.js';
import { readTaskWords } from './task-words.js';

export interface ComparisonFlip {
  item_id: string;
  category: string | null;
  baseline_score: number;
  candidate_score: number;
  baseline_answer: string | null;
  candidate_answer: string | null;
  candidate_output: string | null;
}

export interface TaskComparison {
  task: string;
  delta: number;
  low: number;
  high: number;
  verdict: Verdict | null;
  paired: boolean | null;
  /**
   * Why the gate's test is unpaired, in its words ("unpaired: aggregates only (Welch on the
   * means)", or how few items were shared); null when paired or not said.
   */
  pairing?: string | null;
  /** A pass that could not have seen a drop beyond max_drop (absent in estimates). */
  underpowered?: boolean;
  /** The gate's reason in words, e.g. why a task is an error. */
  reason?: string | null;
  /** p of a drop (or, for an improvement, of a rise) after the multiple-comparison adjustment. */
  pAdjusted?: number | null;
  /** Minimum detectable effect at this n (a drop smaller than this can pass unseen). */
  mde?: number | null;
  /** Items that got worse / better, as many as the gate kept, and how many there were in all. */
  /** The task as the gate's verdict words read it (null in estimates and unreadable files). */
  words?: TaskWordsInput | null;
  flips?: {
    worse: ComparisonFlip[];
    better: ComparisonFlip[];
    worse_total: number;
    better_total: number;
  } | null;
}

export interface Comparison {
  /** As the gate wrote it: a published id when the baseline came from pages, else the engine's run id. */
  baselineRunId: string | null;
  /** The baseline's model, which with an engine run id names the published run (`<run_id>--<model>`). */
  baselineModel: string | null;
  verdict: Verdict | null;
  /** The gate's reason for the model's verdict, in words. */
  reason: string | null;
  tasks: Map<string, TaskComparison>;
}

/** `model`: which model's block to read (a published run has one; the engine's file may have more). */
export function readComparison(json: unknown, model?: string): Comparison | null {
  if (!isObject(json) || !Array.isArray(json.models)) return null;
  const models = json.models.filter(isObject);
  const block = models.find((m) => m.model === model) ?? models[0];
  if (!block) return null;
  const baseline = isObject(block.baseline) ? block.baseline : null;
  const tasks = new Map<string, TaskComparison>();
  for (const t of Array.isArray(block.tasks) ? block.tasks : []) {
    if (!isObject(t) || !isObject(t.delta) || !isObject(t.delta.ci)) continue;
    const task = str(t.task);
    const delta = num(t.delta.estimate);
    const low = num(t.delta.ci.low);
    const high = num(t.delta.ci.high);
    if (task === null || delta === null || low === null || high === null) continue;
    tasks.set(task, {
      task,
      delta,
      low,
      high,
      verdict: verdictOf(t.verdict),
      paired: typeof t.delta.paired === 'boolean' ? t.delta.paired : null,
      pairing: str(t.delta.pairing),
      underpowered: t.underpowered === true,
      reason: str(t.reason),
      pAdjusted: num(
        verdictOf(t.verdict) === 'improvement' ? t.delta.p_improvement_adjusted : t.delta.p_drop_adjusted,
      ),
      mde: num(t.delta.mde),
      words: readTaskWords(t),
      flips: readFlips(t.flips),
    });
  }
  return {
    baselineRunId: baseline ? str(baseline.run_id) : null,
    baselineModel: baseline ? str(baseline.model) : null,
    verdict: verdictOf(block.verdict) ?? verdictOf(json.verdict),
    reason: str(block.reason),
    tasks,
  };
}

function readFlips(v: unknown): TaskComparison['flips'] {
  if (!isObject(v)) return null;
  const list = (x: unknown): ComparisonFlip[] =>
    (Array.isArray(x) ? x : []).filter(isObject).flatMap((f) => {
      const item_id = str(f.item_id);
      const b = num(f.baseline_score);
      const c = num(f.candidate_score);
      if (item_id === null || b === null || c === null) return [];
      return [
        {
          item_id,
          category: str(f.category),
          baseline_score: b,
          candidate_score: c,
          baseline_answer: str(f.baseline_answer),
          candidate_answer: str(f.candidate_answer),
          candidate_output: str(f.candidate_output),
        },
      ];
    });
  const worse = list(v.worse);
  const better = list(v.better);
  return {
    worse,
    better,
    worse_total: num(v.worse_total) ?? worse.length,
    better_total: num(v.better_total) ?? better.length,
  };
}
