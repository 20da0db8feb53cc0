import type { PublishConfig } from '../config/index.js';
import { promoteRow } from './baselines.js';
import { paths } from './layout.js';
import { addRun, emptyManifest, removeRuns } from './manifest.js';
import type { PreparedRun, PublishContext } from './prepare.js';
import { INDEX_VERSION, type Baseline, type Manifest } from './protocol.js';
import { applyRetention } from './retention.js';
import { upsertMonthRow, upsertSeriesPoint } from './shards.js';
import { readJson, writeJson, type PagesStore } from './store.js';

export interface ApplyResult {
  promoted: Baseline[];
  pruned: number;
}

/**
 * Writes the runs' files and brings the shared files up to date from what the site holds now:
 * the month index and series of the runs' own months and models, baselines, retention, then
 * the manifest. Called again from scratch after a rejected push, so it must only read the store.
 */
export async function applyRuns(
  store: PagesStore,
  runs: PreparedRun[],
  options: { context: PublishContext; retention: PublishConfig['retention']; now: Date },
): Promise<ApplyResult> {
  const now = options.now.toISOString();
  await store.prefetch([
    paths.manifest,
    paths.baselines,
    ...runs.flatMap((r) => [paths.month(r.month), r.seriesPath]),
  ]);
  const manifest: Manifest =
    (await readJson<Manifest>(store, paths.manifest)) ??
    emptyManifest(options.context.repository, options.context.defaultBranch);
  const promoted: Baseline[] = [];

  for (const run of runs) {
    // A second publish of the same run replaces its files: stale ones (an old comparison) go.
    await store.remove(run.dir);
    for (const file of run.files) await store.write(`${run.dir}/${file.name}`, file.data);

    const isNew = await upsertMonthRow(store, run);
    // PR runs are in the month index only: series are the curves of branches and sweeps.
    if (run.row.kind !== 'pr') await upsertSeriesPoint(store, run);

    addRun(manifest, { row: run.row, month: run.month, tasks: run.tasks, alert: run.alert, isNew });
    if (run.autoPromote) {
      const entry = await promoteRow(store, run.row, {
        by: 'auto',
        reason: `${run.row.verdict} on ${run.row.branch}`,
        now,
      });
      if (entry) promoted.push(entry);
    }
  }

  const pruned = await applyRetention(store, manifest, options.retention, options.now);
  removeRuns(manifest, pruned);
  manifest.schema_version = INDEX_VERSION;
  manifest.generated_at = now;
  manifest.repository = options.context.repository ?? manifest.repository;
  manifest.default_branch = options.context.defaultBranch;
  await writeJson(store, paths.manifest, manifest);
  return { promoted, pruned: pruned.length };
}
