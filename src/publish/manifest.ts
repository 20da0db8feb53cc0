import type { Alert, Manifest, RunRow } from './protocol.js';
import { INDEX_VERSION } from './protocol.js';

/** The latest alerts kept in index.json. */
export const ALERT_LIMIT = 50;
/** Latest-run rows kept in the leaderboard (best checkpoints come on top): index.json stays small. */
export const LEADERBOARD_LIMIT = 60;

export function emptyManifest(repository: string | null, defaultBranch: string): Manifest {
  return {
    schema_version: INDEX_VERSION,
    generated_at: new Date(0).toISOString(),
    repository,
    default_branch: defaultBranch,
    months: [],
    run_count: 0,
    suites: [],
    tasks: [],
    models: [],
    leaderboard: [],
    alerts: [],
    retention: { pr_pruned_before: null, records_dropped_before: null },
  };
}

/**
 * Adds one run to the manifest without reading any other run: counts move by one, the
 * leaderboard keeps the newer row per (model, branch, suite). `isNew` is false when the run was
 * published before (a second publish of the same results), so nothing is counted twice.
 */
export function addRun(
  manifest: Manifest,
  input: {
    row: RunRow;
    month: string;
    tasks: { task: string; primary_metric: string; category?: string | null; higher_is_better?: boolean }[];
    alert: Alert | null;
    isNew: boolean;
  },
): void {
  const { row } = input;
  if (!manifest.months.includes(input.month)) manifest.months = [...manifest.months, input.month].sort();
  if (input.isNew) manifest.run_count += 1;
  if (!manifest.suites.includes(row.suite)) manifest.suites = [...manifest.suites, row.suite].sort();
  for (const t of input.tasks) {
    const known = manifest.tasks.find((k) => k.task === t.task);
    // The latest run that names a category wins; a run without one (an import) keeps the known one.
    const category = t.category ?? known?.category ?? null;
    const entry = known ?? { task: t.task, primary_metric: t.primary_metric, category };
    Object.assign(entry, { primary_metric: t.primary_metric, category });
    if (t.higher_is_better === false) entry.higher_is_better = false;
    else delete entry.higher_is_better;
    if (!known) manifest.tasks.push(entry);
  }
  manifest.tasks.sort((a, b) => a.task.localeCompare(b.task));

  let model = manifest.models.find((m) => m.model === row.model);
  if (!model) manifest.models.push((model = { model: row.model, role: row.role, runs: 0, latest_run: null }));
  model.role = row.role;
  if (input.isNew) model.runs += 1;
  model.latest_run = row.run_id;
  manifest.models.sort((a, b) => a.model.localeCompare(b.model));

  // A lower-is-better suite (every task, e.g. perplexity) keeps its lowest checkpoint as the best.
  const lower = input.tasks.length > 0 && input.tasks.every((t) => t.higher_is_better === false);
  if (row.kind !== 'pr') updateLeaderboard(manifest, row, lower);
  manifest.alerts = manifest.alerts.filter((a) => a.run_id !== row.run_id);
  if (input.alert) manifest.alerts.push(input.alert);
  manifest.alerts = newestFirst(manifest.alerts).slice(0, ALERT_LIMIT);
}

/** Takes pruned runs out of the counts and the alerts. */
export function removeRuns(manifest: Manifest, rows: RunRow[]): void {
  const gone = new Set(rows.map((r) => r.run_id));
  manifest.run_count = Math.max(0, manifest.run_count - rows.length);
  for (const row of rows) {
    const model = manifest.models.find((m) => m.model === row.model);
    if (!model) continue;
    model.runs = Math.max(0, model.runs - 1);
    if (model.latest_run === row.run_id) model.latest_run = null;
  }
  manifest.models = manifest.models.filter((m) => m.runs > 0);
  manifest.alerts = manifest.alerts.filter((a) => !gone.has(a.run_id));
  manifest.leaderboard = manifest.leaderboard.filter((r) => !gone.has(r.run_id));
}

// PR runs stay out: every PR branch would add rows until index.json is no longer small.
function updateLeaderboard(manifest: Manifest, row: RunRow, lowerIsBetter: boolean): void {
  const same = (r: RunRow) => r.model === row.model && r.branch === row.branch && r.suite === row.suite;
  const latest = manifest.leaderboard.filter((r) => !r.best);
  let bests = manifest.leaderboard.filter((r) => r.best);
  const current = latest.find(same);
  let rows = latest.filter((r) => r.run_id !== row.run_id);
  if (!current || current.run_id === row.run_id || isLater(row, current)) {
    rows = [...rows.filter((r) => !same(r)), { ...row }];
  }
  rows = newestFirst(rows).slice(0, LEADERBOARD_LIMIT);
  if (row.role === 'training' && row.score !== null) {
    const best = bests.find((r) => r.model === row.model && r.suite === row.suite);
    const better = lowerIsBetter
      ? row.score < (best?.score ?? Infinity)
      : row.score > (best?.score ?? -Infinity);
    if (!best || best.run_id === row.run_id || better) {
      bests = [
        ...bests.filter((r) => !(r.model === row.model && r.suite === row.suite)),
        { ...row, best: true },
      ];
    }
  }
  manifest.leaderboard = [...rows, ...bests.sort((a, b) => a.model.localeCompare(b.model))];
}

/** A training model's latest checkpoint is its highest step, whenever it was evaluated. */
function isLater(row: RunRow, current: RunRow): boolean {
  if (row.role === 'training' && row.step !== null && current.step !== null) return row.step >= current.step;
  return current.created_at <= row.created_at;
}

function newestFirst<T extends { created_at: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0));
}
