import type { TaskSummary } from '../artifacts.js';

/** A changed measuring instrument makes the old numbers incomparable; say what changed. */
export function instrumentChange(task: TaskSummary, base: TaskSummary): string | null {
  if (task.primary_metric !== base.primary_metric)
    return `primary metric changed (${base.primary_metric} → ${task.primary_metric})`;
  if (task.instrument.scorer !== base.instrument.scorer)
    return `scorer changed (${base.instrument.scorer} → ${task.instrument.scorer})`;
  if (scorerVersion(task) !== scorerVersion(base))
    return `scorer updated (${base.instrument.scorer} v${scorerVersion(base)} → v${scorerVersion(task)})`;
  if (task.instrument.judge !== base.instrument.judge)
    return `judge model changed (${base.instrument.judge ?? 'none'} → ${task.instrument.judge ?? 'none'})`;
  if (task.instrument.hash !== base.instrument.hash)
    return `scorer options, judge or rubric changed (instrument ${base.instrument.hash} → ${task.instrument.hash})`;
  return null;
}

export function taskChanges(task: TaskSummary, base: TaskSummary): string[] {
  const changes: string[] = [];
  if (task.prompt_hash !== base.prompt_hash) changes.push('prompt');
  if (task.primary_metric !== base.primary_metric) changes.push('primary_metric');
  if (
    task.instrument.hash !== base.instrument.hash ||
    task.instrument.scorer !== base.instrument.scorer ||
    scorerVersion(task) !== scorerVersion(base) ||
    task.instrument.judge !== base.instrument.judge
  ) {
    changes.push('instrument');
  }
  return changes;
}

/** Runs made before scorers carried a version were measured by version 1. */
export function scorerVersion(task: TaskSummary): number {
  return task.instrument.version ?? 1;
}
