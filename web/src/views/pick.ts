/** Choices several views share: which suite, which rows stand for a model, labels for rows. */
import type { Manifest, RunRow } from '../data/protocol.js';

export function defaultSuite(m: Manifest): string {
  return m.suites.includes('full') ? 'full' : (m.suites[0] ?? '');
}

/** A leaderboard row's label: model, then branch or checkpoint step. */
export function rowLabel(r: RunRow, m: Manifest): string {
  if (r.role === 'training' && r.step !== null) return `${r.model} @ step ${r.step}`;
  return r.branch && r.branch !== m.default_branch ? `${r.model} @ ${r.branch}` : r.model;
}

/**
 * Is this row the best checkpoint of its training model (rather than its latest run)? The
 * publisher marks it with `best`; without the mark, the highest score (ties to the earlier step).
 */
export function isBestCheckpoint(r: RunRow, m: Manifest): boolean {
  if (r.role !== 'training' || r.score === null) return false;
  const own = m.leaderboard.filter((x) => x.model === r.model && x.suite === r.suite && x.score !== null);
  if (own.some((x) => x.best)) return r.best === true;
  const best = own.reduce(
    (b, x) => (x.score! > b.score! || (x.score === b.score && (x.step ?? 0) < (b.step ?? 0)) ? x : b),
    own[0],
  );
  return best === r;
}

/** `[mean, ci_low, ci_high]`; the interval is null when unknown (an import without SE), never made up. */
export type Score = [number, number | null, number | null];

/** The score a row shows: a task's primary metric, or the suite aggregate when task is ''. */
export function rowScore(r: Pick<RunRow, 'score' | 'ci' | 'tasks'>, task: string): Score | null {
  if (!task) return r.score === null ? null : [r.score, r.ci?.[0] ?? null, r.ci?.[1] ?? null];
  return r.tasks[task] ?? null;
}

/** Whether the task's primary metric is better when lower (the manifest's `higher_is_better: false`). */
export function isLowerBetter(m: Manifest, task: string): boolean {
  return m.tasks.some((t) => t.task === task && t.higher_is_better === false);
}

/** The row a reference model stands on: its latest on the default branch for the suite. */
export function referenceRow(m: Manifest, model: string, suite: string): RunRow | null {
  const rows = m.leaderboard.filter((r) => r.model === model && r.suite === suite);
  const onDefault = rows.filter((r) => r.branch === m.default_branch);
  return latest(onDefault.length ? onDefault : rows);
}

export function latest(rows: RunRow[]): RunRow | null {
  return rows.reduce<RunRow | null>((a, r) => (!a || r.created_at > a.created_at ? r : a), null);
}

export function tasksByCategory(m: Manifest) {
  return [...m.tasks].sort(
    (a, b) => (a.category ?? '~').localeCompare(b.category ?? '~') || a.task.localeCompare(b.task),
  );
}
