import type { ModelRole, Summary, TaskSummary } from '../artifacts.js';
import type { Gating } from './comparison.js';
import { taskPolicy, type GatePolicy } from './policy.js';
import { isFailing } from './run-verdict.js';

/** How a model's verdicts count, by its role (see Gating). */
export const GATING: Record<ModelRole, Gating> = {
  candidate: 'full',
  training: 'errors-only',
  reference: 'none',
};

/**
 * The error rule: a task that was not measured (too many failed calls, too few scored items) is
 * an `error`, never a pass. Settled before any comparison, with or without a baseline.
 */
export function errorVerdict(
  task: TaskSummary,
  policy: { max_error_rate: number; min_items: number },
): { verdict: 'error'; reason: string } | null {
  if (task.error_rate > policy.max_error_rate) {
    return {
      verdict: 'error',
      reason: `${pct(task.error_rate)} of items errored (${task.errors}), above max_error_rate ${pct(policy.max_error_rate)}`,
    };
  }
  if (task.n !== null && task.n < policy.min_items) {
    return { verdict: 'error', reason: `only ${task.n} items scored, below min_items ${policy.min_items}` };
  }
  return null;
}

/** The tasks of a run that fail the error rule and count for their model's gating, as `model/task: reason`. */
export function failingErrors(summary: Summary, policy: GatePolicy): string[] {
  const failing: string[] = [];
  for (const model of summary.models) {
    for (const task of model.tasks) {
      const task_policy = taskPolicy(policy, task.task);
      const error = errorVerdict(task, task_policy);
      if (error && isFailing('error', task_policy.critical, GATING[model.role], policy.fail_on))
        failing.push(`${model.model}/${task.task}: ${error.reason}`);
    }
  }
  return failing;
}

function pct(value: number): string {
  return `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
}
