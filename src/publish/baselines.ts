import type { PagesStore } from './store.js';
import { readJson, writeJson } from './store.js';
import { paths } from './layout.js';
import { PROTOCOL_VERSION, type Baseline, type Baselines, type RunRow } from './protocol.js';

/**
 * Sets the baseline of (branch, model, suite) to the run. An automatic promotion never puts an
 * older run in place of a newer baseline (two main runs can publish out of order); a promotion
 * by hand always wins. Returns the entry, or null when it was not promoted.
 */
export async function promoteRow(
  store: PagesStore,
  row: RunRow,
  how: { by: 'auto' | 'manual'; reason: string; now: string },
): Promise<Baseline | null> {
  if (row.branch === null) return null;
  const file = (await readJson<Baselines>(store, paths.baselines)) ?? {
    schema_version: PROTOCOL_VERSION,
    baselines: [],
  };
  const same = (b: Baseline) => b.branch === row.branch && b.model === row.model && b.suite === row.suite;
  const current = file.baselines.find(same);
  if (how.by === 'auto' && current && current.run_id !== row.run_id && current.created_at > row.created_at)
    return null;
  const entry: Baseline = {
    branch: row.branch,
    model: row.model,
    suite: row.suite,
    run_id: row.run_id,
    path: row.path,
    created_at: row.created_at,
    promoted_at: how.now,
    by: how.by,
    reason: how.reason,
  };
  file.baselines = [...file.baselines.filter((b) => !same(b)), entry].sort(
    (a, b) =>
      a.branch.localeCompare(b.branch) || a.model.localeCompare(b.model) || a.suite.localeCompare(b.suite),
  );
  await writeJson(store, paths.baselines, file);
  return entry;
}
