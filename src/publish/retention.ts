import type { PublishConfig } from '../config/index.js';
import { paths, RUN_FILES } from './layout.js';
import { PROTOCOL_VERSION, type Manifest, type MonthIndex, type RunRow } from './protocol.js';
import { readJson, writeJson, type PagesStore } from './store.js';

const DAY_MS = 86_400_000;

/**
 * Applies `publish.retention` to PR runs: their per-item records go first (after
 * `drop_records_after_days`), the whole run later (after `pr_days`). Branch, sweep, manual and
 * import runs are kept: they are baselines and curves. Only months retention has not finished
 * are read (the manifest remembers how far it got), so a publish does not grow with history.
 * Returns the rows removed.
 */
export async function applyRetention(
  store: PagesStore,
  manifest: Manifest,
  retention: PublishConfig['retention'],
  now: Date,
): Promise<RunRow[]> {
  const prBefore = new Date(now.getTime() - retention.pr_days * DAY_MS).toISOString();
  const recordsBefore = new Date(now.getTime() - retention.drop_records_after_days * DAY_MS).toISOString();
  const done = manifest.retention;
  // Retention counts in days: once a day is enough, and the months it reads stay out of most publishes.
  if (
    done.pr_pruned_before !== null &&
    done.records_dropped_before !== null &&
    Date.parse(prBefore) - Date.parse(done.pr_pruned_before) < DAY_MS &&
    Date.parse(recordsBefore) - Date.parse(done.records_dropped_before) < DAY_MS
  ) {
    return [];
  }
  // Each rule only looks from the month where the previous publish left it to its cut-off month.
  const inWindow = (month: string, doneBefore: string | null, before: string) =>
    month >= (doneBefore ?? '0000-00').slice(0, 7) && month <= before.slice(0, 7);
  const removed: RunRow[] = [];
  const months = manifest.months.filter(
    (m) =>
      inWindow(m, done.pr_pruned_before, prBefore) || inWindow(m, done.records_dropped_before, recordsBefore),
  );
  await store.prefetch(months.map(paths.month));

  for (const month of months) {
    const index = await readJson<MonthIndex>(store, paths.month(month));
    if (!index) continue;
    const keep: RunRow[] = [];
    for (const row of index.runs) {
      if (row.kind === 'pr' && row.created_at < prBefore) {
        removed.push(row);
        await store.remove(`data/${row.path}`);
        continue;
      }
      if (row.kind === 'pr' && row.created_at < recordsBefore)
        await store.remove(`data/${row.path}/${RUN_FILES.records}`);
      keep.push(row);
    }
    if (keep.length === index.runs.length) continue;
    if (keep.length === 0) {
      await store.remove(paths.month(month));
      manifest.months = manifest.months.filter((m) => m !== month);
    } else {
      await writeJson(store, paths.month(month), {
        schema_version: PROTOCOL_VERSION,
        month,
        runs: keep,
      } satisfies MonthIndex);
    }
  }
  manifest.retention = { pr_pruned_before: prBefore, records_dropped_before: recordsBefore };
  return removed;
}
