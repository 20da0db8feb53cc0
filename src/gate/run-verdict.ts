import { VERDICT_ORDER, type Gating, type ModelComparison, type Verdict } from './comparison.js';
import { countsSentence } from './verdict-words.js';

/** Whether a verdict fails the job: `fail_on`, a critical task's regression, and the model's gating. */
export function isFailing(
  verdict: Verdict,
  critical: boolean,
  gating: Gating,
  failOn: readonly string[],
): boolean {
  if (gating === 'none') return false;
  if (gating === 'errors-only') return verdict === 'error' && failOn.includes('error');
  // A critical task's regression fails the job whatever fail_on says.
  return failOn.includes(verdict) || (critical && verdict === 'regression');
}

/** The run's verdict: the worst verdict that counts (an accepted failure counts as a pass). */
export function runVerdict(models: readonly ModelComparison[]): { verdict: Verdict; reason: string } {
  const counted = models.flatMap((m) =>
    m.gating === 'none'
      ? []
      : m.tasks.map((t) => {
          const effective: Verdict = t.accepted
            ? 'pass'
            : m.gating === 'errors-only' && t.verdict !== 'error'
              ? 'pass'
              : t.verdict;
          return {
            name: `${m.model}/${t.task}`,
            verdict: effective,
            underpowered: effective === 'pass' && t.verdict === 'pass' && t.underpowered,
            reason:
              effective === t.verdict ? t.reason : t.accepted ? `accepted: ${t.accepted.reason}` : t.reason,
          };
        }),
  );
  if (counted.length === 0) return { verdict: 'pass', reason: 'no gated model in this run' };
  return worst(counted);
}

export function worst(
  entries: readonly { name: string; verdict: Verdict; reason: string; underpowered?: boolean }[],
): {
  verdict: Verdict;
  reason: string;
} {
  if (entries.length === 0) return { verdict: 'pass', reason: 'no tasks' };
  const rank = (v: Verdict) => VERDICT_ORDER.indexOf(v);
  const verdict = entries.reduce((w, e) => (rank(e.verdict) < rank(w) ? e.verdict : w), entries[0].verdict);
  const hits = entries.filter((e) => e.verdict === verdict);
  if (verdict === 'pass' || verdict === 'improvement') {
    return {
      verdict,
      reason: countsSentence(
        entries.map((e) => e.verdict),
        entries.filter((e) => e.verdict === 'pass' && e.underpowered).length,
      ),
    };
  }
  return { verdict, reason: hits.map((h) => `${h.name}: ${h.reason}`).join('; ') };
}
