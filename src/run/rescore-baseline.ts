import path from 'node:path';
import type { EvalRecord } from '../artifacts.js';
import type { LoadedConfig } from '../config/index.js';
import { EvalwardenError } from '../errors.js';
import type { BaselineRescorer, BaselineRun } from '../gate/index.js';
import { toRecordError } from '../model/index.js';
import { secretValues } from '../model/index.js';
import type { JudgeCall } from '../tasks/index.js';
import { connect, openEndpoint, type Endpoint } from './endpoints.js';
import { makeJudge } from './judge-call.js';
import { buildPlan, type Plan, type PlannedTask } from './plan.js';
import { ScoringWorker } from './score-deadline.js';
import { scoreRecord } from './score.js';
import { scoreFacts, summarizeTask } from './summarize.js';

export interface BaselineRescorerOptions {
  /** Where the judge's API key is read from. */
  env: Record<string, string | undefined>;
}

/**
 * The `--only-score` stage on a baseline: its stored outputs scored again by the current
 * scorers, so a scorer fixed since the baseline ran measures both sides, and judged again by
 * today's judge (unless `judge.rejudge_baseline` is false), so a hosted judge that changed behind
 * its name judges both sides alike. Items are matched on id and row hash; an output of a row that
 * changed since is left out (it could not pair anyway). Pairwise tasks are not re-judged (the
 * baseline's reference outputs are not at hand). The judge is asked live, never from the cache.
 */
export function createBaselineRescorer(
  loaded: LoadedConfig,
  options: BaselineRescorerOptions,
): BaselineRescorer {
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
      // A suite or dataset this config no longer has: the gate keeps saying why it cannot compare.
      return { baseline, rescored: [] };
    }
    const rescorable = plan.tasks.filter(
      (t) =>
        tasks.includes(t.id) &&
        t.referenceModel === undefined &&
        (t.instrument.judge === null || rejudges(loaded)),
    );
    if (rescorable.length === 0) return { baseline, rescored: [] };
    const judgeEndpoint = rescorable.some((t) => t.instrument.judge !== null)
      ? await openJudge(loaded, options)
      : undefined;
    // `run.score_deadline: always` holds here too: the baseline's outputs meet the same patterns.
    const scoring =
      loaded.config.run.score_deadline === 'always'
        ? new ScoringWorker(loaded.config.run.score_timeout_ms)
        : undefined;
    try {
      const judge = judgeEndpoint ? makeJudge(judgeEndpoint, undefined) : null;
      const rescored = new Map<string, EvalRecord[]>();
      for (const task of rescorable) {
        const scored = scoring ? { ...task, score: scoring.scorer(task) } : task;
        rescored.set(task.id, await rescoreTask(baseline, scored, judge, judgeEndpoint));
      }
      return { baseline: withRescored(baseline, plan, rescored), rescored: [...rescored.keys()] };
    } finally {
      await Promise.all([judgeEndpoint?.client.close(), scoring?.close()]);
    }
  };
}

function rejudges(loaded: LoadedConfig): boolean {
  return loaded.config.judge?.rejudge_baseline ?? false;
}

async function openJudge(loaded: LoadedConfig, options: BaselineRescorerOptions): Promise<Endpoint> {
  const model = loaded.config.models.find((m) => m.id === loaded.config.judge?.model);
  if (!model) throw new EvalwardenError(`judge model ${loaded.config.judge?.model} is not in models`);
  const endpoint = openEndpoint(model, {
    run: loaded.config.run,
    concurrency: loaded.config.run.concurrency,
    env: options.env,
    configFile: loaded.file,
    secrets: secretValues(loaded.config.models, options.env),
  });
  await connect(endpoint);
  return endpoint;
}

async function rescoreTask(
  baseline: BaselineRun,
  task: PlannedTask,
  judge: JudgeCall | null,
  judgeEndpoint: Endpoint | undefined,
): Promise<EvalRecord[]> {
  const items = new Map(task.items.map((i) => [i.id, i]));
  const model = baseline.ref.model;
  const pending = baseline.records.flatMap((old) => {
    const item = old.model === model && old.task === task.id ? items.get(old.item_id) : undefined;
    if (!item || item.hash !== old.item_hash) return [];
    const record: EvalRecord = { ...old, score: null, scores: {}, answer: null, details: null };
    delete record.weights;
    // A judge that failed on the baseline's side may answer now; an output that never came stays an error.
    if (record.output !== null && record.error?.kind.startsWith('judge')) record.error = null;
    return [{ record, item }];
  });
  // Judge calls go through the judge's scheduler, which bounds them; scoring alone is synchronous.
  await Promise.all(
    pending.map(async ({ record, item }) => {
      try {
        await scoreRecord(record, task, item, judge, new Map());
      } catch (error) {
        if (error instanceof EvalwardenError) throw error;
        const failure = toRecordError(error, judgeEndpoint?.client.secrets ?? []);
        record.error = { kind: `judge_${failure.kind}`, message: failure.message };
      }
    }),
  );
  return pending.map((p) => p.record);
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
