import { validatingStore } from './validate-writes.js';
import { applyRuns } from './apply.js';
import { copyDashboard, ensureNoJekyll } from './dashboard.js';
import { resolveContext, resolvePublishConfig, resolveSite, type PublishRunOptions } from './options.js';
import { outputPolicy } from './outputs.js';
import { prepareRuns } from './prepare.js';
import type { Baseline, VerdictName } from './protocol.js';
import { readResultsFolder } from './results-folder.js';
import { editSite } from './site.js';

export interface PublishResult {
  /** `forbidden`: the token may not push; `notice` says what to change. Not a gate failure. */
  status: 'published' | 'forbidden';
  /** One published run per model of the results folder. */
  runs: { run_id: string; path: string; model: string; verdict: VerdictName | null }[];
  /** Baselines this publish promoted automatically. */
  promoted: Baseline[];
  /** PR runs removed by retention. */
  pruned: number;
  /** The pushed commit (null for a folder). */
  commit: string | null;
  attempts: number;
  notice: string | null;
}

/**
 * Publishes a results folder to the static data protocol: one run per model, the shared files
 * brought up to date, a baseline promoted when the rules say so, retention applied, and the
 * dashboard copied when given.
 */
export async function publishRun(options: PublishRunOptions): Promise<PublishResult> {
  const config = resolvePublishConfig(options.config);
  const site = resolveSite(options, config);
  const policy = outputPolicy(config);
  const results = await readResultsFolder(options.resultsDir);
  const context = resolveContext(options.context, results.run);
  const now = options.now ?? new Date();
  const runs = prepareRuns(results, context, policy, options.comparison, now);
  const message = `evalwarden: publish ${results.run.run_id} (${runs.map((r) => r.row.model).join(', ')})`;

  const edit = await editSite(
    site,
    message,
    async (pages) => {
      const store = validatingStore(pages);
      const applied = await applyRuns(store, runs, { context, retention: config.retention, now });
      if (options.dashboardDir) await copyDashboard(store, options.dashboardDir);
      await ensureNoJekyll(store);
      return applied;
    },
    options.secrets,
  );
  return {
    status: edit.status,
    runs: runs.map((r) => ({ run_id: r.id, path: r.row.path, model: r.row.model, verdict: r.row.verdict })),
    promoted: edit.value?.promoted ?? [],
    pruned: edit.value?.pruned ?? 0,
    commit: edit.commit,
    attempts: edit.attempts,
    notice: edit.notice,
  };
}
