import { EvalwardenError } from '../errors.js';
import { VERDICTS, type VerdictName } from './protocol.js';

/**
 * What the publisher needs of the gate's comparison.json: the verdict of one model and its
 * failing tasks. It reads the object defensively, since a comparison.json may come from another job:
 * src/gate's `Comparison` (`{models: [{model, gating, verdict, tasks: [{task, verdict}]}]}`) or one model's
 * `{verdict, tasks}` at the top. The file itself is stored as it came.
 */
export interface ModelVerdict {
  /** The comparison narrowed to the model (what is written as comparison.json). */
  comparison: unknown;
  verdict: VerdictName | null;
  /** Tasks whose verdict raises an alert. */
  alertTasks: string[];
  /** False for a model the gate only reports on (`gating: none`). */
  gated: boolean;
}

export function verdictFor(comparison: unknown, model: string): ModelVerdict | null {
  checkComparison(comparison);
  if (Array.isArray(comparison.models)) {
    const share = comparison.models.find((m) => isObject(m) && m.model === model);
    if (!isObject(share)) return null;
    return {
      comparison: { ...comparison, models: [share] },
      verdict: asVerdict(share.verdict),
      alertTasks: alertTasks(share.tasks),
      // A model that is context only (a reference model) is not gated: its drops raise no alert.
      gated: share.gating !== 'none',
    };
  }
  if (typeof comparison.model === 'string' && comparison.model !== model) return null;
  return {
    comparison,
    verdict: asVerdict(comparison.verdict),
    alertTasks: alertTasks(comparison.tasks),
    gated: comparison.gating !== 'none',
  };
}

/** A comparison that is not one would publish runs with no verdict and promote nothing: say so. */
function checkComparison(comparison: unknown): asserts comparison is Record<string, unknown> {
  const models = isObject(comparison) ? comparison.models : undefined;
  const ok =
    isObject(comparison) &&
    (Array.isArray(models)
      ? models.every((m) => isObject(m) && typeof m.model === 'string')
      : 'verdict' in comparison);
  if (!ok) {
    throw new EvalwardenError(
      'The comparison to publish is not a comparison.json of the gate (no models with a model id, no verdict).',
      {
        hint: 'Pass the comparison.json that `evalwarden compare` wrote, or none.',
      },
    );
  }
}

const ALERTING: ReadonlySet<string> = new Set(['regression', 'inconclusive', 'error']);

export function isAlerting(verdict: VerdictName | null): boolean {
  return verdict !== null && ALERTING.has(verdict);
}

function alertTasks(tasks: unknown): string[] {
  if (!Array.isArray(tasks)) return [];
  return tasks
    .filter((t) => isObject(t) && typeof t.task === 'string' && ALERTING.has(String(t.verdict)))
    .map((t) => (t as { task: string }).task);
}

function asVerdict(value: unknown): VerdictName | null {
  return typeof value === 'string' && (VERDICTS as readonly string[]).includes(value)
    ? (value as VerdictName)
    : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
