import path from 'node:path';
import type { EvalRecord } from '../artifacts.js';
import type { LoadedConfig } from '../config/index.js';
import { EvalwardenError } from '../errors.js';
import type { BaselineRescorer, BaselineRun, RunArtifacts } from '../gate/index.js';
import { toRecordError } from '../model/index.js';
import { secretValues } from '../model/index.js';
import type { JudgeCall } from '../tasks/index.js';
import { connect, openEndpoint, type Endpoint } from './endpoints.js';
import { makeJudge } from './judge-call.js';
import { buildPlan, type Plan, type PlannedTask } from './plan.js';
import { ScoringWorker } from './score-deadline.js';
import { type ReferenceOutputs, referenceKey, rememberReference, scoreRecord } from './score.js';
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
 * changed since is left out (it could not pair anyway). A pairwise task is judged against the
 * reference model's outputs in the candidate's run, as the candidate was, so both sides meet the
 * same judge and the same reference; an item whose reference output is missing or failed in that
 * run is an error on the baseline's side too (`reference_missing`), as it is on the candidate's.
 * The judge is asked live, never from the cache.
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
  // Each baseline record is re-scored once per re-scorer (per reference output, for a pairwise
  // task): a sequential run's looks and the gate after it, given the same re-scorer, judge each
  // baseline item once, and a look judges only the items whose reference output is new.
  const memo: Memo = new Map();
  return async (baseline, tasks, candidate) => {
    let plan: Plan;
    try {
      plan = await planFor(baseline.summary.suite);
    } catch {
      // A suite or dataset this config no longer has: the gate keeps saying why it cannot compare.
      return { baseline, rescored: [] };
    }
    const references = referenceOutputs(plan, candidate);
    const rescorable = plan.tasks.filter(
      (t) =>
        tasks.includes(t.id) &&
        (t.instrument.judge === null || rejudges(loaded)) &&
        (t.referenceModel === undefined || pairwiseRejudgeable(t, baseline, references)),
    );
    if (rescorable.length === 0) return { baseline, rescored: [] };
    // The judge is opened only when an item is not in the memo yet.
    let judgeEndpoint: Endpoint | undefined;
    let judge: JudgeCall | null = null;
    const judgeOnce = async () => {
      if (!judgeEndpoint) {
        judgeEndpoint = await openJudge(loaded, options);
        judge = makeJudge(judgeEndpoint, undefined);
      }
      return { judge, judgeEndpoint };
    };
    // `run.score_deadline: always` holds here too: the baseline's outputs meet the same patterns.
    const scoring =
      loaded.config.run.score_deadline === 'always'
        ? new ScoringWorker(loaded.config.run.score_timeout_ms)
        : undefined;
    try {
      const rescored = new Map<string, EvalRecord[]>();
      const on = [baseline.ref.location, baseline.ref.run_id, baseline.ref.model].join('\u0000');
      for (const task of rescorable)
        rescored.set(
          task.id,
          await rescoreTask(
            baseline,
            scoring ? { ...task, score: scoring.scorer(task) } : task,
            task.instrument.judge !== null ? judgeOnce : null,
            references.outputs,
            {
              memo,
              on,
            },
          ),
        );
      return {
        baseline: withRescored(baseline, plan, rescored),
        rescored: [...rescored.keys()],
        references: Object.fromEntries(
          rescorable.flatMap((t) => (t.referenceModel === undefined ? [] : [[t.id, t.referenceModel]])),
        ),
      };
    } finally {
      await Promise.all([judgeEndpoint?.client.close(), scoring?.close()]);
    }
  };
}

interface CandidateReferences {
  outputs: ReferenceOutputs;
  /** Pairwise tasks whose reference model has records in the candidate's run. */
  tasks: Set<string>;
}

/**
 * The reference models' outputs in the candidate's run, for the rows as they are now: what the
 * candidate was judged against, so what the baseline is judged against again.
 */
function referenceOutputs(plan: Plan, candidate: RunArtifacts): CandidateReferences {
  const outputs: ReferenceOutputs = new Map();
  const tasks = new Set<string>();
  const pairwise = new Map(
    plan.tasks
      .filter((t) => t.referenceModel !== undefined)
      .map((t) => [t.id, { task: t, hashes: new Map(t.items.map((i) => [i.id, i.hash])) }]),
  );
  for (const record of candidate.records) {
    const found = pairwise.get(record.task);
    if (!found || record.model !== found.task.referenceModel) continue;
    tasks.add(record.task);
    // A reference output for a row that changed since is no reference for the row as it is.
    if (found.hashes.get(record.item_id) === record.item_hash) rememberReference(outputs, found.task, record);
  }
  return { outputs, tasks };
}

/**
 * A pairwise task is judged again when the candidate's run holds its reference model's outputs
 * (a results folder from before the reference ran, or an import, does not), and when the
 * baseline's model is not the reference model itself (whose score is ½ by definition, no judge).
 */
function pairwiseRejudgeable(
  task: PlannedTask,
  baseline: BaselineRun,
  references: CandidateReferences,
): boolean {
  return references.tasks.has(task.id) && baseline.ref.model !== task.referenceModel;
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
    secrets: secretValues(loaded.config.models, options.env, loaded.secretVariables),
  });
  await connect(endpoint);
  return endpoint;
}

/** Records re-scored so far, by baseline, task, item, sample and the reference output judged against. */
type Memo = Map<string, EvalRecord>;

async function rescoreTask(
  baseline: BaselineRun,
  task: PlannedTask,
  judgeOnce: (() => Promise<{ judge: JudgeCall | null; judgeEndpoint: Endpoint | undefined }>) | null,
  references: ReferenceOutputs,
  kept: { memo: Memo; on: string },
): Promise<EvalRecord[]> {
  const items = new Map(task.items.map((i) => [i.id, i]));
  const model = baseline.ref.model;
  const pending = baseline.records.flatMap((old) => {
    const item = old.model === model && old.task === task.id ? items.get(old.item_id) : undefined;
    if (!item || item.hash !== old.item_hash) return [];
    const record: EvalRecord = { ...old, score: null, scores: {}, answer: null, details: null };
    delete record.weights;
    // A judge that failed on the baseline's side may answer now, and a reference output missing
    // there may be at hand in this run; an output that never came stays an error.
    if (
      record.output !== null &&
      (record.error?.kind.startsWith('judge') || record.error?.kind === 'reference_missing')
    )
      record.error = null;
    return [{ record, item }];
  });
  const keyOf = (record: EvalRecord) => {
    const reference =
      task.referenceModel === undefined
        ? ''
        : String(references.get(referenceKey(task.referenceModel, record)) ?? '\u0001none');
    return [kept.on, task.id, record.item_id, record.sample, reference].join('\u0000');
  };
  const fresh = pending.filter(({ record }) => !kept.memo.has(keyOf(record)));
  const { judge, judgeEndpoint } =
    fresh.length > 0 && judgeOnce ? await judgeOnce() : { judge: null, judgeEndpoint: undefined };
  // Judge calls go through the judge's scheduler, which bounds them; scoring alone is synchronous.
  await Promise.all(
    fresh.map(async ({ record, item }) => {
      try {
        await scoreRecord(record, task, item, judge, references);
      } catch (error) {
        if (error instanceof EvalwardenError) throw error;
        const failure = toRecordError(error, judgeEndpoint?.client.secrets ?? []);
        record.error = { kind: `judge_${failure.kind}`, message: failure.message };
      }
      kept.memo.set(keyOf(record), record);
    }),
  );
  return pending.map(({ record }) => kept.memo.get(keyOf(record)) ?? record);
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
