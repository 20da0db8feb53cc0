import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RunInfo, Summary, TaskSummary } from '../artifacts.js';
import { scorerVersion } from './changes.js';
import type { Acceptance, Config, GateConfig, TaskConfig } from '../config/index.js';
import { EvalwardenError } from '../errors.js';
import type { Comparison } from './comparison.js';
import {
  compareRuns,
  presetVerdict,
  type CompareOptions,
  type BaselineChoice,
  type BaselineRun,
  type RunArtifacts,
} from './compare.js';
import { findDataDir, isResultsFolder, readPagesIndex, readPublishedRun, readResultsFolder } from './load.js';
import { resolveGatePolicy, taskPolicy, type GatePolicy } from './policy.js';
import { compareSequential, FUTILITY_SPEND, type SequentialDesign } from './sequential.js';
import { selectBaseline, selectCheckpoints, type GitContext, type RunRow, type Selection } from './select.js';

export interface GateRunOptions {
  /** The candidate's results folder (summary.json, records.jsonl, run.json). */
  candidateDir: string;
  /** A results folder, a folder in the published layout (or its `data/`), or a published run id. */
  baseline: string;
  /** Compare every model of the candidate with this model of the baseline run (the demo: cand vs base). */
  baselineModel?: string;
  config: Config;
  /** Where the gate runs; selection in a published layout depends on it. */
  context?: GitContext;
  /**
   * The base branch's config on a pull request: the whole gate policy (the `gate:` section, every
   * task's `gate:`, acceptances and a pinned baseline run) comes from it, never from the PR's own.
   */
  baseConfig?: Config;
  /** Labels on the pull request (the config's accept_label accepts its failures). */
  labels?: string[];
  /** A published layout to look run ids up in, when `baseline` is a run id. */
  pages?: string;
  /** @default new Date() */
  now?: Date;
  /**
   * Re-scores a baseline's stored outputs with the current scorers (the `--only-score` stage), for
   * the tasks whose scorer version differs from the candidate's; without it those tasks are
   * `no-baseline: scorer updated`.
   */
  rescoreBaseline?: BaselineRescorer;
}

/**
 * Returns the baseline as the current scorers (and today's judge) measure its stored outputs, for
 * those of the tasks named that it could score again, and which those were. The candidate's run
 * holds the reference model's outputs a pairwise task's baseline is judged against again;
 * `references` names that model, by task.
 */
export type BaselineRescorer = (
  baseline: BaselineRun,
  tasks: readonly string[],
  candidate: RunArtifacts,
) => Promise<{ baseline: BaselineRun; rescored: string[]; references?: Record<string, string> }>;

/** What `run --baseline` and `compare` call: read both sides, pick baselines, compare. */
export async function gateRun(options: GateRunOptions): Promise<Comparison> {
  const comparison = await gateFolders({ ...foldersOptions(options), candidateDir: options.candidateDir });
  if (options.baseConfig) markPolicyChanges(comparison, options.config, options.baseConfig);
  return comparison;
}

function foldersOptions(
  options: Omit<GateRunOptions, 'candidateDir'>,
): Omit<GateFoldersOptions, 'candidateDir'> {
  const notes: string[] = [];
  const accept = acceptancesFor(options, notes);
  // On a pull request the whole gate policy is the base branch's: a PR must not loosen its own gate.
  const policyConfig = options.baseConfig ?? options.config;
  if (isPullRequest(options.context) && !options.baseConfig)
    notes.push(
      "the base branch's config could not be read: this pull request's own gate policy applied, so a change it makes to `gate:` is not caught",
    );
  return {
    ...options,
    gate: { ...policyConfig.gate, accept },
    tasks: policyConfig.tasks,
    notes,
    pinned: policyConfig.gate?.baseline?.run,
    sequentialFor: (suite) => sequentialDesign(options.config, suite),
  };
}

/** The gate opened before the candidate is complete: what a run driving sequential looks compares with. */
export interface OpenGate {
  /** The suite's sequential design; null for a fixed-sample suite. */
  design: SequentialDesign | null;
  /**
   * The gate on the candidate as it stands, with each task's item order over its whole set (the
   * baseline re-scored against it first, as `gateRun` does).
   */
  compare(candidate: RunArtifacts, orders: ReadonlyMap<string, readonly string[]>): Promise<Comparison>;
}

/**
 * `gateRun` without a candidate folder, for a run that stops at its looks (src/run/looks.ts): the
 * baselines are resolved once, from the candidate's first summary, as `gateRun` resolves them
 * after the run; each look is then re-scored (a re-scorer keeps what it already judged) and
 * compared in memory.
 */
export async function openGate(
  options: Omit<GateRunOptions, 'candidateDir'>,
  candidate: Summary,
): Promise<OpenGate> {
  const prepared = await prepareGate(foldersOptions(options), candidate);
  return { design: prepared.design, compare: (run, orders) => compareWith(prepared, run, orders) };
}

const POLICY_CHANGED = "gate policy changed by this PR; the base branch's applied";

/** Notes each row whose gate policy the pull request's own config would have changed. */
function markPolicyChanges(comparison: Comparison, own: Config, base: Config): void {
  const policyOf = (config: Config) => {
    const { accept: _accept, baseline, ...gate } = config.gate ?? {};
    const policy = resolveGatePolicy(gate, config.tasks);
    return { policy, whole: JSON.stringify([{ ...policy, tasks: {} }, baseline?.run ?? null]) };
  };
  const mine = policyOf(own);
  const theirs = policyOf(base);
  const wholeChanged = mine.whole !== theirs.whole;
  const changed = new Set<string>();
  for (const model of comparison.models) {
    for (const task of model.tasks) {
      const differs =
        wholeChanged ||
        JSON.stringify(taskPolicy(mine.policy, task.task)) !==
          JSON.stringify(taskPolicy(theirs.policy, task.task));
      if (!differs) continue;
      task.reason = task.reason ? `${task.reason}; ${POLICY_CHANGED}` : POLICY_CHANGED;
      changed.add(task.task);
    }
  }
  if (changed.size > 0)
    comparison.notes.push(
      `this pull request changes the gate policy (${wholeChanged ? 'the gate section' : `tasks ${[...changed].join(', ')}`}): the base branch's policy was applied; it takes effect once merged`,
    );
}

/** A sequential suite's design from the config, defaults filled; null for a fixed-sample suite. */
export function sequentialDesign(config: Config, suite: string): SequentialDesign | null {
  const s = config.suites?.[suite];
  if (!s?.sequential) return null;
  return {
    looks: s.looks ?? [config.run?.default_quick_size ?? 50, 100, 150, 200, 300],
    design_drop: s.design_drop ?? 0.06,
    futility_power: s.futility_power ?? 0.3,
    futility_spend: s.futility_spend ?? FUTILITY_SPEND,
    seed: config.run?.seed ?? 0,
  };
}

export interface GateFoldersOptions extends Omit<GateRunOptions, 'config' | 'baseConfig'> {
  /** The gate section (schema defaults fill what is missing). */
  gate?: Partial<GateConfig>;
  tasks?: readonly Pick<TaskConfig, 'id' | 'gate'>[];
  /** A run id that wins over the selection rules when the baseline is a published layout. */
  pinned?: string;
  notes?: string[];
  /** The design of a sequential suite, by the candidate's suite name (null: a fixed-sample gate). */
  sequentialFor?: (suite: string) => SequentialDesign | null;
}

/** gateRun without a loaded config: the gate policy from its section, else the schema defaults. */
export async function gateFolders(options: GateFoldersOptions): Promise<Comparison> {
  const candidate = await readResultsFolder(options.candidateDir);
  const notes = [...(options.notes ?? [])];
  if (candidate.summary.status === 'partial')
    notes.push(
      `candidate run ${candidate.summary.run_id} is partial: only the items it finished are compared`,
    );
  const prepared = await prepareGate({ ...options, notes }, candidate.summary);
  return compareWith(prepared, candidate, sequentialOrders(candidate.run));
}

/** The item orders a run that stopped at its looks recorded (run.json `sequential.orders`), by task. */
function sequentialOrders(run: RunInfo | null): ReadonlyMap<string, readonly string[]> | undefined {
  const orders = run?.sequential?.orders;
  return orders ? new Map(orders.map((o) => [o.task, o.items])) : undefined;
}

/** Baselines resolved for a candidate, and what comparing with them takes (re-scoring aside). */
interface PreparedGate {
  compareOptions: Omit<CompareOptions, 'candidate'> & { notes: string[] };
  design: SequentialDesign | null;
  rescore: BaselineRescorer | undefined;
}

async function prepareGate(
  options: Omit<GateFoldersOptions, 'candidateDir'>,
  candidate: Summary,
): Promise<PreparedGate> {
  const now = options.now ?? new Date();
  const notes = [...(options.notes ?? [])];
  const policy = resolveGatePolicy(options.gate, options.tasks);
  const { choices, bestSoFar } = await resolveBaselines(candidate, {
    ...options,
    now,
    notes,
    policy,
  });
  return {
    compareOptions: { baselines: choices, bestSoFar, policy, labels: options.labels, now, notes },
    design: options.sequentialFor?.(candidate.suite) ?? null,
    rescore: options.rescoreBaseline,
  };
}

/**
 * The comparison of a candidate with the prepared baselines, re-scored first where a task's scorer
 * changed or its judge re-judges (against the candidate's reference outputs, for a pairwise task).
 */
async function compareWith(
  prepared: PreparedGate,
  candidate: RunArtifacts,
  orders: ReadonlyMap<string, readonly string[]> | undefined,
): Promise<Comparison> {
  const notes = [...prepared.compareOptions.notes];
  const baselines = new Map(prepared.compareOptions.baselines);
  if (prepared.rescore) await rescoreUpdated(candidate, baselines, prepared.rescore, notes);
  const options = { ...prepared.compareOptions, baselines, notes, candidate };
  return prepared.design
    ? compareSequential({ ...options, design: prepared.design, orders })
    : compareRuns(options);
}

async function resolveBaselines(
  candidate: Summary,
  options: Omit<GateFoldersOptions, 'candidateDir'> & { now: Date; notes: string[]; policy: GatePolicy },
): Promise<{ choices: Map<string, BaselineChoice>; bestSoFar: Map<string, BaselineRun> }> {
  const choices = new Map<string, BaselineChoice>();
  const bestSoFar = new Map<string, BaselineRun>();
  const modelFor = (model: string) => options.baselineModel ?? model;
  if (/^(https?:\/\/|git@|ssh:\/\/)/.test(options.baseline)) {
    throw new EvalwardenError(
      `baseline "${options.baseline}" is a git URL: the gate reads a checked-out folder`,
      {
        hint: `check the pages branch out first (git clone --depth 1 --branch gh-pages ${options.baseline} pages) and pass --baseline pages`,
      },
    );
  }
  const source = resolve(options.baseline);

  if (isResultsFolder(source)) {
    const run = await readResultsFolder(source);
    if (run.summary.suite !== candidate.suite) {
      options.notes.push(
        `baseline suite ${run.summary.suite} differs from the candidate's ${candidate.suite}: items pair where both ran them`,
      );
    }
    for (const model of candidate.models) {
      const baseModel = modelFor(model.model);
      if (!run.summary.models.some((m) => m.model === baseModel)) {
        choices.set(model.model, { reason: `baseline folder ${options.baseline} has no model ${baseModel}` });
        continue;
      }
      choices.set(model.model, {
        ...run,
        ref: {
          kind: 'folder',
          location: source,
          run_id: run.summary.run_id,
          model: baseModel,
          suite: run.summary.suite,
          selected_by: 'folder',
          sha: run.run?.git.sha ?? null,
          branch: run.run?.git.branch ?? null,
          created_at: run.run?.started_at ?? null,
          age_days: ageDays(run.run?.started_at, options.now),
          description: `results folder ${options.baseline} (run ${run.summary.run_id}${run.run?.git.sha ? ` on ${run.run.git.sha.slice(0, 7)}` : ''})`,
        },
      });
    }
    return { choices, bestSoFar };
  }

  // A published layout: given directly, or a run id looked up in --pages.
  const asLayout = existsSync(source) ? findDataDir(source) : null;
  const pagesDir = asLayout ?? (options.pages ? findDataDir(resolve(options.pages)) : null);
  const pinned = asLayout ? options.pinned : options.baseline;
  if (!pagesDir) {
    throw new EvalwardenError(
      `baseline "${options.baseline}" is neither a results folder, a published data folder, nor a run id with a data folder to find it in`,
      {
        hint: 'pass --baseline <results dir>, --baseline <gh-pages checkout>, or --baseline <run id> --pages <gh-pages checkout>',
      },
    );
  }
  const index = await readPagesIndex(pagesDir);
  const loaded = new Map<string, RunArtifacts>();
  const load = async (selection: Selection & { row: RunRow }, baseModel: string): Promise<BaselineRun> => {
    const row = selection.row;
    let run = loaded.get(row.path);
    if (!run) loaded.set(row.path, (run = await readPublishedRun(pagesDir, row.path)));
    // A published run holds one model; its id there is the model's own.
    const publishedModel = run.summary.models.some((m) => m.model === baseModel)
      ? baseModel
      : (run.summary.models[0]?.model ?? baseModel);
    return {
      ...run,
      ref: {
        kind: 'pages',
        location: pagesDir,
        run_id: row.run_id,
        model: publishedModel,
        suite: row.suite,
        selected_by: selection.selected_by,
        sha: row.sha,
        branch: row.branch,
        created_at: row.created_at || null,
        age_days: selection.age_days,
        description: selection.description,
      },
    };
  };
  for (const model of candidate.models) {
    const baseModel = modelFor(model.model);
    let selection: Selection;
    if (model.role === 'training' && model.step !== null && pinned === undefined) {
      // A sweep: the previous checkpoint is the baseline, the best so far is for the curves.
      const checkpoints = selectCheckpoints(index.rows, {
        model: baseModel,
        suite: candidate.suite,
        step: model.step,
        now: options.now,
      });
      selection = checkpoints.previous;
      if (checkpoints.best.row) bestSoFar.set(model.model, await load(checkpoints.best, baseModel));
    } else {
      // A baseline failing the error rule would turn every PR red: skip it for the next eligible
      // run (a pinned run is the user's choice and stays; its tasks then have no baseline).
      const skipped: string[] = [];
      for (;;) {
        selection = selectBaseline(
          index.rows.filter((r) => !skipped.includes(r.run_id)),
          index.promoted.filter((p) => !skipped.includes(p.run_id)),
          {
            model: baseModel,
            suite: candidate.suite,
            context: options.context ?? {},
            pinned,
            default_branch: index.default_branch,
            now: options.now,
          },
        );
        if (!selection.row || pinned !== undefined) break;
        const run = await load(selection, baseModel);
        const failure = errorRuleFailure(model, run, options.policy);
        if (!failure) break;
        skipped.push(selection.row.run_id);
        options.notes.push(`${model.model}: skipped baseline run ${selection.row.run_id}: ${failure}`);
      }
      if (!selection.row && skipped.length > 0)
        selection = {
          row: null,
          reason: `${selection.reason}; ${skipped.length} run(s) skipped for failing the error rule (${skipped.join(', ')})`,
        };
    }
    if (!selection.row) choices.set(model.model, { reason: selection.reason });
    else choices.set(model.model, await load(selection, baseModel));
  }
  return { choices, bestSoFar };
}

/** A baseline measured by another version of a task's scorer is re-scored from its outputs before the comparison. */
async function rescoreUpdated(
  candidate: RunArtifacts,
  choices: Map<string, BaselineChoice>,
  rescore: BaselineRescorer,
  notes: string[],
): Promise<void> {
  for (const model of candidate.summary.models) {
    const choice = choices.get(model.model);
    if (!choice || 'reason' in choice || choice.records.length === 0) continue;
    const base = choice.summary.models.find((m) => m.model === choice.ref.model);
    const wanted = new Map(
      model.tasks.flatMap((task) => {
        const old = base?.tasks.find((t) => t.task === task.task);
        return old && rescorable(task, old) ? [[task.task, { task, old }] as const] : [];
      }),
    );
    if (wanted.size === 0) continue;
    const { baseline, rescored, references } = await rescore(choice, [...wanted.keys()], candidate);
    choices.set(model.model, baseline);
    for (const id of rescored) {
      const { task, old } = wanted.get(id)!;
      const reference = references?.[id];
      const how =
        scorerVersion(task) !== scorerVersion(old)
          ? `re-scored from its stored outputs with scorer ${task.instrument.scorer} v${scorerVersion(task)} (it was measured by v${scorerVersion(old)})`
          : reference !== undefined
            ? `re-judged by ${task.instrument.judge} against ${reference}'s outputs in this run, so both sides meet the same judge and the same reference`
            : `re-judged by ${task.instrument.judge} in this run, so both sides meet the same judge`;
      notes.push(`${model.model} / ${task.task}: baseline run ${choice.ref.run_id} ${how}`);
    }
  }
}

/**
 * The same instrument but for the scorer's version (the stored outputs are scored again), or a
 * judged task (a hosted judge can change behind its name: its outputs are judged again).
 */
function rescorable(task: TaskSummary, base: TaskSummary): boolean {
  const sameInstrument =
    task.instrument.scorer === base.instrument.scorer &&
    task.instrument.hash === base.instrument.hash &&
    task.instrument.judge === base.instrument.judge &&
    task.primary_metric === base.primary_metric;
  return sameInstrument && (scorerVersion(task) !== scorerVersion(base) || task.instrument.judge !== null);
}

/** Why a baseline run cannot stand for a model: a task of the model that fails the error rule there. */
function errorRuleFailure(
  model: Summary['models'][number],
  run: BaselineRun,
  policy: GatePolicy,
): string | null {
  const baseModel = run.summary.models.find((m) => m.model === run.ref.model);
  for (const task of model.tasks) {
    const baseTask = baseModel?.tasks.find((t) => t.task === task.task);
    const failure = baseTask ? presetVerdict(baseTask, taskPolicy(policy, task.task)) : null;
    if (failure) return `task ${task.task} fails the error rule there (${failure.reason})`;
  }
  return null;
}

/** Acceptances count only from the base branch's config on a pull request: a PR cannot accept its own drop. */
function acceptancesFor(options: Omit<GateRunOptions, 'candidateDir'>, notes: string[]): Acceptance[] {
  if (options.baseConfig) return options.baseConfig.gate?.accept ?? [];
  if (isPullRequest(options.context)) {
    if ((options.config.gate?.accept ?? []).length > 0) {
      notes.push(
        "gate.accept entries in the pull request's own config are ignored: acceptances are read from the base branch's config",
      );
    }
    return [];
  }
  return options.config.gate?.accept ?? [];
}

function isPullRequest(context: GitContext | undefined): boolean {
  return context?.event === 'pull_request' || context?.event === 'pull_request_target';
}

function ageDays(iso: string | null | undefined, now: Date): number | null {
  const t = iso ? Date.parse(iso) : Number.NaN;
  return Number.isFinite(t) ? Math.max(0, (now.getTime() - t) / 86_400_000) : null;
}
