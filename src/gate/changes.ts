import type { TaskSummary } from '../artifacts.js';
import type { Change } from './comparison.js';

/** A changed measuring instrument makes the old numbers incomparable; say what changed. */
export function instrumentChange(task: TaskSummary, base: TaskSummary): string | null {
  // A new scorer type brings its own metrics: name the cause, not its consequence.
  if (task.instrument.scorer !== base.instrument.scorer)
    return `scorer changed (${base.instrument.scorer} → ${task.instrument.scorer})`;
  if (scorerVersion(task) !== scorerVersion(base))
    return `scorer updated (${base.instrument.scorer} v${scorerVersion(base)} → v${scorerVersion(task)})`;
  if (task.primary_metric !== base.primary_metric)
    return `primary metric changed (${base.primary_metric} → ${task.primary_metric})`;
  if (task.instrument.judge !== base.instrument.judge)
    return `judge model changed (${base.instrument.judge ?? 'none'} → ${task.instrument.judge ?? 'none'})`;
  if (task.instrument.hash !== base.instrument.hash)
    return `scorer options, judge or rubric changed (instrument ${base.instrument.hash} → ${task.instrument.hash})`;
  return null;
}

/** What changed in a task since the baseline, and from → to for the changes that have names. */
export function taskChanges(
  task: TaskSummary,
  base: TaskSummary,
): { changes: string[]; details: Record<string, Change> } {
  const changes: string[] = [];
  const details: Record<string, Change> = {};
  if (task.prompt_hash !== base.prompt_hash) changes.push('prompt');
  if (task.instrument.scorer !== base.instrument.scorer) {
    changes.push('scorer');
    details.scorer = { from: base.instrument.scorer, to: task.instrument.scorer };
  }
  if (task.primary_metric !== base.primary_metric) {
    changes.push('primary_metric');
    details.primary_metric = { from: base.primary_metric, to: task.primary_metric };
  }
  if (
    task.instrument.hash !== base.instrument.hash ||
    task.instrument.scorer !== base.instrument.scorer ||
    scorerVersion(task) !== scorerVersion(base) ||
    task.instrument.judge !== base.instrument.judge
  ) {
    changes.push('instrument');
  }
  return { changes, details };
}

/** Runs made before scorers carried a version were measured by version 1. */
export function scorerVersion(task: TaskSummary): number {
  return task.instrument.version ?? 1;
}
