import path from 'node:path';
import type { EvalRecord } from '../artifacts.js';
import type { LoadedConfig } from '../config/index.js';
import type { BaselineRescorer, BaselineRun } from '../gate/index.js';
import { buildPlan, type Plan } from './plan.js';
import { scoreRecord } from './score.js';
import { scoreFacts, summarizeTask } from './summarize.js';

/**
 * The `--only-score` stage on a baseline: its stored outputs scored again by the current
 * scorers, so a scorer fixed since the baseline ran measures both sides. Items are matched on
 * id and row hash; an output of a row that changed since is left out (it could not pair anyway).
 * Judged tasks are not re-scored here (that needs the judge): the gate says "scorer updated".
 */
export function createBaselineRescorer(loaded: LoadedConfig): BaselineRescorer {
  const plans = new Map<string, Promise<Plan>>();
  const planFor = (suite: string) => {
    let plan = plans.get(suite);
    if (!plan) {
      plan = buildPlan(loaded, {
        suite,
        models: [],
        cacheDir: path.resolve(loaded.dir, loaded.config.run.cache.dir),
      });
      plans.set(suite, plan);
    }
    return plan;
  };
  return async (baseline, tasks) => {
    let plan: Plan;
    try {
      plan = await planFor(baseline.summary.suite);
    } catch {
      // A suite or dataset this config no longer has: the gate keeps saying "scorer updated".
      return baseline;
    }
    const model = baseline.ref.model;
    const rescored = new Map<string, EvalRecord[]>();
    for (const id of tasks) {
      const task = plan.tasks.find((t) => t.id === id);
      if (!task) continue;
      const items = new Map(task.items.map((i) => [i.id, i]));
      const records: EvalRecord[] = [];
      for (const old of baseline.records) {
        const item = old.model === model && old.task === id ? items.get(old.item_id) : undefined;
        if (!item || item.hash !== old.item_hash) continue;
        const record: EvalRecord = { ...old, score: null, scores: {}, answer: null, details: null };
        delete record.weights;
        await scoreRecord(record, task, item, null, new Map());
        records.push(record);
      }
      rescored.set(id, records);
    }
    return withRescored(baseline, plan, rescored);
  };
}

function withRescored(baseline: BaselineRun, plan: Plan, rescored: Map<string, EvalRecord[]>): BaselineRun {
  const model = baseline.ref.model;
  const replaced = (r: EvalRecord) => r.model === model && rescored.has(r.task);
  return {
    ...baseline,
    records: [...baseline.records.filter((r) => !replaced(r)), ...[...rescored.values()].flat()],
    summary: {
      ...baseline.summary,
      models: baseline.summary.models.map((m) =>
        m.model !== model
          ? m
          : {
              ...m,
              tasks: m.tasks.map((t) => {
                const records = rescored.get(t.task);
                const task = plan.tasks.find((p) => p.id === t.task);
                return records && task ? summarizeTask(task, records.map(scoreFacts)) : t;
              }),
            },
      ),
    },
  };
}
