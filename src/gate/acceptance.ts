import type { Acceptance as AcceptanceEntry } from '../config/index.js';
import type { Acceptance, Verdict } from './comparison.js';

export interface AcceptanceQuery {
  model: string;
  task: string;
  verdict: Verdict;
  /** Acceptance entries from the base branch's config: a PR cannot accept its own drop. */
  entries: readonly AcceptanceEntry[];
  /** Labels on the pull request, and the one that accepts. */
  labels: readonly string[];
  label: string;
  now: Date;
}

/**
 * Whether a maintainer accepted this failing verdict. An `error` is never accepted: it says the
 * model was not measured, which no intended change explains.
 */
export function findAcceptance(query: AcceptanceQuery): Acceptance | null {
  if (query.verdict === 'error') return null;
  const today = query.now.toISOString().slice(0, 10);
  const entry = query.entries.find(
    (e) =>
      e.task === query.task &&
      (e.model === undefined || e.model === query.model) &&
      (e.until === undefined || today <= e.until),
  );
  if (entry) return { by: 'config', reason: entry.reason, until: entry.until ?? null };
  if (query.labels.includes(query.label))
    return { by: 'label', reason: `pull request labelled ${query.label}`, until: null };
  return null;
}
