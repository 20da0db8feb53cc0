import type { PublishConfig } from '../config/index.js';
import { EvalwardenError } from '../errors.js';
import { promoteRow } from './baselines.js';
import { paths, SEGMENT } from './layout.js';
import { resolvePublishConfig, resolveSite, type SiteOptions } from './options.js';
import type { Baseline, Manifest, MonthIndex } from './protocol.js';
import { safeSegment } from './safe-segment.js';
import { editSite } from './site.js';
import { readJson } from './store.js';

export interface PromoteOptions extends SiteOptions {
  /** A published run id (as in the month indexes), e.g. `r-20261123--cand`. */
  runId: string;
  /** Recorded in baselines.json. @default "promoted by hand" */
  reason?: string;
  config?: Partial<PublishConfig>;
  now?: Date;
}

export interface PromoteResult {
  status: 'published' | 'forbidden';
  baseline: Baseline | null;
  commit: string | null;
  notice: string | null;
}

/** `evalwarden promote <run>`: makes a published run the baseline of its (branch, model, suite). */
export async function promote(options: PromoteOptions): Promise<PromoteResult> {
  const config = resolvePublishConfig(options.config);
  const site = resolveSite(options, config);
  // A published id is taken as it is; anything else (an engine run id) is sanitised as publishing did.
  const id = SEGMENT.test(options.runId) ? options.runId : safeSegment(options.runId);
  const now = (options.now ?? new Date()).toISOString();
  const edit = await editSite(site, `evalwarden: promote ${id}`, async (store) => {
    const manifest = await readJson<Manifest>(store, paths.manifest);
    // Newest months first: a run promoted by hand is usually recent. Each look is a tree lookup.
    for (const month of [...(manifest?.months ?? [])].reverse()) {
      if (!(await store.exists(`${paths.runDir(month, id)}/run.json`))) continue;
      const row = (await readJson<MonthIndex>(store, paths.month(month)))?.runs.find((r) => r.run_id === id);
      if (!row) break;
      if (row.branch === null)
        throw new EvalwardenError(`Run ${id} has no branch, so it cannot be a branch's baseline.`);
      return promoteRow(store, row, { by: 'manual', reason: options.reason ?? 'promoted by hand', now });
    }
    throw new EvalwardenError(`No published run ${JSON.stringify(options.runId)}.`, {
      hint: 'Use a run id as listed in data/index/<yyyy-mm>.json of the pages branch, e.g. <run_id>--<model>.',
    });
  });
  return { status: edit.status, baseline: edit.value ?? null, commit: edit.commit, notice: edit.notice };
}
