import type { RunInfo, SequentialRun, Summary } from '../artifacts.js';
import type { Config, LoadedConfig } from '../config/index.js';
import { sequentialOrder } from '../data/index.js';
import {
  openGate,
  sequentialDesign,
  type BaselineRescorer,
  type Comparison,
  type GitContext,
  type OpenGate,
} from '../gate/index.js';
import { openRun, type RunOptions, type RunResult, type RunSession } from './pipeline.js';
import { latestRecords } from './records-file.js';

/** The baseline a sequential suite's looks compare with, resolved as the gate after the run resolves it. */
export interface LooksOptions {
  /** A results folder, a published layout, or a run id (with `pages`). */
  baseline: string;
  baselineModel?: string;
  pages?: string;
  context?: GitContext;
  labels?: string[];
  /** The base branch's config on a pull request (its gate policy applies), for the config this run loaded. */
  baseConfig?: (loaded: LoadedConfig) => Promise<Config | undefined>;
  /** Makes the re-scorer of a baseline measured by another scorer version (src/run/rescore-baseline.ts). */
  rescoreBaseline?: (loaded: LoadedConfig) => BaselineRescorer;
}

/** Items asked of each model's task so far: a prefix of the task's order. */
type Asked = Map<string, number>;

const key = (model: string, task: string) => `${model}\u0000${task}`;

/**
 * A run that spends calls only where the gate's answer is still open (docs/gate.md, "Sequential
 * looks"). For a sequential suite with a baseline: run the first look's items of every task,
 * compare (compareSequential, on the records so far), and after each look run only the next
 * look's items of the tasks still undecided, until every task stopped (regression, futility, the
 * last look) or ran its full set (a task without a baseline). Any other run is `runEval`'s one
 * round. The records are the items the looks asked for; run.json says each task's order and
 * where it stopped, so `compare` re-decides the same from the folder, and `--resume` goes on from
 * the records (the plan and the orders are the same; finished items are not asked again).
 */
export async function runLooks(options: RunOptions, looks: LooksOptions): Promise<RunResult> {
  const session = await openRun(options);
  if (!('round' in session)) return session;
  const design =
    options.phase === 'all' && !options.shard ? sequentialDesign(session.loaded.config, options.suite) : null;
  let stopped: string | null = null;
  let outcome: Outcome | undefined;
  try {
    if (!design) stopped = await session.round();
    else {
      outcome = await driveLooks(session, design.looks[0], design.seed, looks, options);
      stopped = outcome.stopped;
    }
  } finally {
    await session.close();
  }
  if (!outcome || !design) return session.finish(stopped);
  const { comparison, orders } = outcome;
  return session.finish(stopped, {
    complete: stopped === null,
    edit: (summary, info) => {
      const sequential = sequentialRun(comparison, orders, design.looks, looks.baseline);
      if (stopped === null) askedOnly(summary, info, sequential);
      info.sequential = sequential;
    },
  });
}

interface Outcome {
  stopped: string | null;
  /** The gate on the last look's records; null when the run stopped before the first look ended. */
  comparison: Comparison | null;
  orders: Map<string, string[]>;
}

async function driveLooks(
  session: RunSession,
  first: number,
  seed: number,
  looks: LooksOptions,
  options: RunOptions,
): Promise<Outcome> {
  const { plan, loaded } = session;
  // The order compareSequential draws from a task's items: the first look is the pinned quick draw.
  const orders = new Map(
    plan.tasks.map((t) => [t.id, sequentialOrder(t.items, first, seed).map((i) => i.id)]),
  );
  const from: Asked = new Map();
  const asked: Asked = new Map();
  for (const model of plan.models)
    for (const task of plan.tasks)
      asked.set(key(model.id, task.id), Math.min(first, orders.get(task.id)!.length));
  const references = new Map(plan.tasks.map((t) => [t.id, t.referenceModel]));
  let gate: OpenGate | undefined;
  let comparison: Comparison | null = null;
  for (let look = 1; ; look++) {
    const wanted = new Map(
      [...asked].map(([k, to]) => {
        const [, task] = k.split('\u0000');
        return [k, new Set(orders.get(task)!.slice(from.get(k) ?? 0, to))];
      }),
    );
    // A pairwise task's reference model answers all its items in the first round: the candidate is
    // judged against its outputs, and so is the baseline again, every item of it (an item without
    // a reference output would be an error on the baseline's side, failing its error rule).
    const stopped = await session.round(
      (model, task, item) =>
        references.get(task) === model || (wanted.get(key(model, task))?.has(item) ?? false),
    );
    if (stopped) return { stopped, comparison, orders };
    const records = [...(await latestRecords(session.recordsFile)).values()];
    const summary = session.summary('partial');
    gate ??= await openGate(
      {
        baseline: looks.baseline,
        baselineModel: looks.baselineModel,
        pages: looks.pages,
        config: loaded.config,
        context: looks.context,
        labels: looks.labels,
        baseConfig: await looks.baseConfig?.(loaded),
        rescoreBaseline: looks.rescoreBaseline?.(loaded),
      },
      summary,
    );
    comparison = await gate.compare({ summary, records, run: null }, orders);
    let more = 0;
    for (const model of comparison.models) {
      // A model the gate does not gate (a reference) has nothing to decide: it runs the first look
      // (and, as a pairwise task's reference, all that task's items: above).
      if (model.gating === 'none') continue;
      for (const task of model.tasks) {
        const s = task.sequential;
        if (s?.why !== 'ended') continue;
        const k = key(model.model, task.task);
        const next = s.looks.find((n) => n > s.stopped_at);
        // Asked already and still not covered: the items ran and left no record to look at.
        if (next === undefined || next <= (asked.get(k) ?? 0)) continue;
        from.set(k, s.stopped_at);
        asked.set(k, next);
        more++;
      }
    }
    const open = comparison.models
      .filter((m) => m.gating !== 'none')
      .flatMap((m) => m.tasks)
      .filter((t) => t.sequential?.why === 'ended');
    options.log(
      `look ${look}: ${
        open.length === 0
          ? 'every task decided'
          : more > 0
            ? `${more} task(s) undecided: their next look runs`
            : `${open.length} task(s) undecided, with no items left to ask for`
      }`,
    );
    if (more === 0) return { stopped: null, comparison, orders };
  }
}

/** What run.json keeps of the looks: the orders, where each task stopped and why, the saving. */
function sequentialRun(
  comparison: Comparison | null,
  orders: Map<string, string[]>,
  looks: number[],
  baseline: string,
): SequentialRun {
  const stops: SequentialRun['stops'] = [];
  for (const model of comparison?.models ?? [])
    for (const task of model.tasks)
      if (task.sequential)
        stops.push({
          model: model.model,
          task: task.task,
          stopped_at: task.sequential.stopped_at,
          of: task.sequential.of,
          why: task.sequential.why,
          verdict: task.verdict,
        });
  const saving = comparison?.sequential;
  return {
    looks,
    baseline,
    orders: [...orders].map(([task, items]) => ({ task, items })),
    stops,
    calls_used: saving?.calls_used ?? 0,
    calls_full: saving?.calls_full ?? 0,
    calls_saved: saving?.calls_saved ?? 0,
    cost_saved: saving?.cost_saved ?? 0,
  };
}

/** A run that stopped at its looks planned what they asked for: its items, error rates and counts say so. */
function askedOnly(summary: Summary, info: RunInfo, sequential: SequentialRun): void {
  let planned = 0;
  for (const model of summary.models) {
    for (const task of model.tasks) {
      const stop = sequential.stops.find((s) => s.model === model.model && s.task === task.task);
      if (!stop) continue;
      const calls = stop.stopped_at * task.samples_per_item;
      task.n_planned = stop.stopped_at;
      task.error_rate = calls > 0 ? task.errors / calls : 0;
      planned += calls;
    }
  }
  info.counts.planned = planned;
}
