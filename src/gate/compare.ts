import { orientTest } from './direction.js';
import type { EvalRecord, ModelSummary, RunInfo, Summary, TaskSummary } from '../artifacts.js';
import { weightedCombination } from '../stats/index.js';
import { findAcceptance } from './acceptance.js';
import { errorVerdict, GATING } from './error-rule.js';
import {
  COMPARISON_SCHEMA_VERSION,
  type BaselineRef,
  type Comparison,
  type ModelComparison,
  type TaskComparison,
} from './comparison.js';
import { instrumentChange, taskChanges } from './changes.js';
import { findFlips } from './flips.js';
import { indexItems, type ItemIndex, type ItemScore } from './items.js';
import { taskPolicy, type GatePolicy } from './policy.js';
import { isFailing, runVerdict, worst } from './run-verdict.js';
import { testFromSummaries, testTask, UNPAIRED_AGGREGATES, type TaskTest } from './task-test.js';
import { decideVerdicts, type VerdictInput } from './verdict.js';

/** A run's artifacts as the engine writes them (run.json may be absent in imported results). */
export interface RunArtifacts {
  summary: Summary;
  records: EvalRecord[];
  run: RunInfo | null;
}

/** A baseline run and which of its models stands for the candidate model. */
export interface BaselineRun extends RunArtifacts {
  ref: BaselineRef;
}

/** A candidate model's baseline, or why it has none. */
export type BaselineChoice = BaselineRun | { reason: string };

export interface CompareOptions {
  candidate: RunArtifacts;
  /** The baseline of each candidate model id (a model missing here has no baseline). */
  baselines: ReadonlyMap<string, BaselineChoice>;
  policy: GatePolicy;
  /** Labels of the pull request (the accept label among them accepts its failures). */
  labels?: readonly string[];
  now: Date;
  /** Seed of the paired bootstrap. @default 0 */
  seed?: number;
  notes?: string[];
  /** Checkpoint sweeps: the best checkpoint so far of a training model, for the curves. */
  bestSoFar?: ReadonlyMap<string, BaselineRun>;
}

/** Compare a candidate run with its baselines and decide every verdict: a pure function. */
export function compareRuns(options: CompareOptions): Comparison {
  const { candidate, policy } = options;
  const primaryOf = primaryMetrics(candidate.summary);
  const candidateItems = indexItems(candidate.records, (task) => primaryOf.get(task));
  const baselineItems = new Map<BaselineRun, ItemIndex>();
  const models = candidate.summary.models.map((model) => {
    const choice = options.baselines.get(model.model) ?? {
      reason: `no baseline run found for model ${model.model}`,
    };
    let items: ItemIndex | undefined;
    if ('ref' in choice) {
      items = baselineItems.get(choice) ?? indexBaseline(choice);
      baselineItems.set(choice, items);
    }
    const comparison = compareModel(model, candidateItems, choice, items, options);
    const best = options.bestSoFar?.get(model.model);
    if (best) {
      let bestItems = baselineItems.get(best);
      if (!bestItems) {
        const bestPrimary = primaryMetrics(best.summary);
        bestItems = indexItems(best.records, (task) => bestPrimary.get(task));
        baselineItems.set(best, bestItems);
      }
      comparison.best_so_far = {
        baseline: best.ref,
        delta: aggregateDelta(model, candidateItems, best, bestItems, options),
      };
    }
    return comparison;
  });

  const notes = [...(options.notes ?? [])];
  for (const model of models) {
    const choice = options.baselines.get(model.model);
    const baseModel =
      choice && 'ref' in choice ? choice.summary.models.find((m) => m.model === choice.ref.model) : undefined;
    const missing =
      baseModel?.tasks.filter((t) => !model.tasks.some((c) => c.task === t.task)).map((t) => t.task) ?? [];
    // A task that vanished from the run is not a pass: say so, since there is nothing to gate.
    if (missing.length > 0)
      notes.push(`${model.model}: the baseline ran ${missing.join(', ')}, which this run did not`);
  }
  const failing = models.flatMap((m) =>
    m.tasks.filter((t) => t.failing).map((t) => ({ model: m.model, task: t.task, verdict: t.verdict })),
  );
  const accepted = models.flatMap((m) =>
    m.tasks.flatMap((t) =>
      t.accepted
        ? [{ model: m.model, task: t.task, verdict: t.verdict, by: t.accepted.by, reason: t.accepted.reason }]
        : [],
    ),
  );
  const { verdict, reason: verdictReason } = runVerdict(models);
  const reason = withPairing(verdictReason, models);
  const exit_code = failing.some((f) => f.verdict === 'error') ? 2 : failing.length > 0 ? 1 : 0;
  return {
    schema_version: COMPARISON_SCHEMA_VERSION,
    created_at: options.now.toISOString(),
    candidate: {
      run_id: candidate.summary.run_id,
      suite: candidate.summary.suite,
      sha: candidate.run?.git.sha ?? null,
      branch: candidate.run?.git.branch ?? null,
    },
    policy: { correction: policy.correction, paired_test: policy.paired_test, fail_on: [...policy.fail_on] },
    models,
    verdict,
    reason,
    exit_code,
    failing,
    accepted,
    notes,
  };
}

function compareModel(
  model: ModelSummary,
  candidateItems: ItemIndex,
  choice: BaselineChoice,
  baselineItems: ItemIndex | undefined,
  options: CompareOptions,
): ModelComparison {
  const gating = GATING[model.role];
  const baseline = 'ref' in choice ? choice : null;
  const baseModel = baseline?.summary.models.find((m) => m.model === baseline.ref.model) ?? null;
  const noBaselineReason = !baseline
    ? (choice as { reason: string }).reason
    : !baseModel
      ? `baseline run ${baseline.ref.run_id} has no model ${baseline.ref.model}`
      : null;

  const tests = new Map<string, TaskTest>();
  const changes = new Map<string, ReturnType<typeof taskChanges>>();
  const inputs: VerdictInput[] = model.tasks.map((task) => {
    const policy = taskPolicy(options.policy, task.task);
    const preset = errorVerdict(task, policy);
    if (preset) return { task: task.task, policy, preset, test: null };
    if (noBaselineReason || !baseModel)
      return {
        task: task.task,
        policy,
        preset: { verdict: 'no-baseline', reason: noBaselineReason ?? '' },
        test: null,
      };
    const baseTask = baseModel.tasks.find((t) => t.task === task.task);
    const baseFailure = baseTask ? presetVerdict(baseTask, policy) : null;
    if (baseFailure)
      return {
        task: task.task,
        policy,
        preset: {
          verdict: 'no-baseline',
          reason: `baseline run ${baseline!.ref.run_id} fails the error rule on this task (${baseFailure.reason}): not a baseline to gate against`,
        },
        test: null,
      };
    if (!baseTask)
      return {
        task: task.task,
        policy,
        preset: {
          verdict: 'no-baseline',
          reason: `task ${task.task} is not in baseline run ${baseline!.ref.run_id}`,
        },
        test: null,
      };
    changes.set(task.task, taskChanges(task, baseTask));
    const instrument = instrumentChange(task, baseTask);
    if (instrument)
      return { task: task.task, policy, preset: { verdict: 'no-baseline', reason: instrument }, test: null };
    const cand = candidateItems.get(model.model)?.get(task.task) ?? new Map<string, ItemScore>();
    const base = baselineItems?.get(baseModel.model)?.get(task.task) ?? new Map<string, ItemScore>();
    const aggregateOnly = cand.size === 0 || base.size === 0;
    const test = aggregateOnly
      ? testFromSummaries(
          { items: [...cand.values()], summary: task.metrics[task.primary_metric] },
          { items: [...base.values()], summary: baseTask.metrics[baseTask.primary_metric] },
        )
      : testTask(cand, base, {
          paired_test: options.policy.paired_test,
          min_pairs: policy.min_items,
          seed: options.seed ?? 0,
        });
    if (!test)
      return {
        task: task.task,
        policy,
        preset: {
          verdict: 'no-baseline',
          reason: 'neither per-item records nor a summary with n and SE to compare',
        },
        test: null,
      };
    if (!test.paired && test.baseline.n !== null && test.baseline.n < policy.min_items) {
      return {
        task: task.task,
        policy,
        preset: {
          verdict: 'no-baseline',
          reason: `baseline has ${test.baseline.n} scored items of this task (min_items ${policy.min_items})`,
        },
        test: null,
      };
    }
    // A lower-is-better primary (an imported perplexity) is gated with its sign turned round.
    test.test = orientTest(test.test, task.higher_is_better !== false);
    tests.set(task.task, test);
    return { task: task.task, policy, preset: null, test: test.test, n: test.candidate.n };
  });

  const decided = decideVerdicts(inputs, options.policy.correction, options.policy.defaults.alpha);
  const tasks: TaskComparison[] = model.tasks.map((task, i) => {
    const decision = decided[i];
    const policy = inputs[i].policy;
    const test = tests.get(task.task);
    const fails = isFailing(decision.verdict, policy.critical, gating, options.policy.fail_on);
    const accepted = fails
      ? findAcceptance({
          model: model.model,
          task: task.task,
          verdict: decision.verdict,
          entries: options.policy.accept,
          labels: options.labels ?? [],
          label: options.policy.accept_label,
          now: options.now,
        })
      : null;
    const primary = task.metrics[task.primary_metric];
    return {
      task: task.task,
      primary_metric: task.primary_metric,
      weight: task.weight,
      verdict: decision.verdict,
      reason: decision.reason,
      underpowered: decision.underpowered,
      failing: fails && !accepted,
      accepted,
      policy,
      candidate: test
        ? {
            ...test.candidate,
            errors: task.errors,
            error_rate: task.error_rate,
            ...(test.paired && primary ? { own: { n: task.n, mean: primary.mean } } : {}),
          }
        : {
            n: task.n,
            mean: primary?.mean ?? null,
            ci: primary?.ci ?? null,
            errors: task.errors,
            error_rate: task.error_rate,
          },
      baseline: test ? test.baseline : null,
      delta: test
        ? {
            method: test.method,
            paired: test.paired,
            ...(test.pairing ? { pairing: test.pairing } : {}),
            estimate: test.test.estimate,
            se: test.test.se,
            ci: test.test.ci,
            p_drop: test.test.p_drop,
            p_drop_adjusted: decision.tested?.p_drop_adjusted ?? test.test.p_drop,
            p_improvement: test.test.p_improvement,
            p_improvement_adjusted: decision.tested?.p_improvement_adjusted ?? test.test.p_improvement,
            mde: decision.tested?.mde ?? null,
            discordant: test.discordant,
          }
        : null,
      changes: changes.get(task.task)?.changes ?? [],
      change_details: changes.get(task.task)?.details ?? {},
      more_items: decision.more_items,
      flips: test?.paired ? findFlips(test.pairs) : null,
    };
  });

  const compared = tasks.filter((t) => t.delta);
  const delta = weightedCombination(
    compared.map((t) => ({ value: t.delta!.estimate, se: t.delta!.se, weight: t.weight })),
  );
  const { verdict, reason } = worst(
    tasks.map((t) => ({
      name: `${model.model}/${t.task}`,
      verdict: t.verdict,
      reason: t.reason,
      underpowered: t.underpowered,
    })),
  );
  return {
    model: model.model,
    role: model.role,
    step: model.step,
    gating,
    baseline: baseline?.ref ?? null,
    no_baseline_reason: noBaselineReason,
    changes: {
      served_model:
        baseModel && baseModel.served_model !== model.served_model
          ? { from: baseModel.served_model, to: model.served_model }
          : null,
      params_hash:
        baseModel && baseModel.params_hash !== model.params_hash
          ? { from: baseModel.params_hash, to: model.params_hash }
          : null,
      prompt_tasks: [...changes].filter(([, c]) => c.changes.includes('prompt')).map(([task]) => task),
    },
    tasks,
    aggregate: {
      candidate: model.aggregate ? { score: model.aggregate.score, ci: model.aggregate.ci } : null,
      baseline: baseModel?.aggregate
        ? { score: baseModel.aggregate.score, ci: baseModel.aggregate.ci }
        : null,
      delta: delta
        ? { estimate: delta.value, se: delta.se, ci: delta.ci, tasks: compared.map((t) => t.task) }
        : null,
    },
    best_so_far: null,
    verdict,
    reason,
  };
}

/** The suite aggregate's Δ against another run, over the tasks both measured with one instrument. */
function aggregateDelta(
  model: ModelSummary,
  candidateItems: ItemIndex,
  other: BaselineRun,
  otherItems: ItemIndex,
  options: CompareOptions,
) {
  const otherModel = other.summary.models.find((m) => m.model === other.ref.model);
  if (!otherModel) return null;
  const parts: { task: string; value: number; se: number; weight: number }[] = [];
  for (const task of model.tasks) {
    const otherTask = otherModel.tasks.find((t) => t.task === task.task);
    if (!otherTask || instrumentChange(task, otherTask)) continue;
    const policy = taskPolicy(options.policy, task.task);
    const cand = candidateItems.get(model.model)?.get(task.task) ?? new Map<string, ItemScore>();
    const base = otherItems.get(otherModel.model)?.get(task.task) ?? new Map<string, ItemScore>();
    if (cand.size < policy.min_items || base.size < policy.min_items) continue;
    const test = testTask(cand, base, {
      paired_test: options.policy.paired_test,
      min_pairs: policy.min_items,
      seed: options.seed ?? 0,
    });
    parts.push({ task: task.task, value: test.test.estimate, se: test.test.se, weight: task.weight });
  }
  const combined = weightedCombination(parts);
  return combined
    ? { estimate: combined.value, se: combined.se, ci: combined.ci, tasks: parts.map((p) => p.task) }
    : null;
}

/**
 * `error` is settled before any comparison: a task that was not measured is never a pass. The
 * same rule decides whether a baseline's task can stand as a baseline.
 */
export function presetVerdict(
  task: TaskSummary,
  policy: { max_error_rate: number; min_items: number },
): VerdictInput['preset'] {
  return errorVerdict(task, policy);
}

/** A sequential gate compares with one baseline at every look: index its records once. */
const baselineIndexes = new WeakMap<EvalRecord[], { summary: Summary; index: ItemIndex }>();

function indexBaseline(run: BaselineRun): ItemIndex {
  const cached = baselineIndexes.get(run.records);
  if (cached && cached.summary === run.summary) return cached.index;
  const primary = primaryMetrics(run.summary);
  const index = indexItems(run.records, (task) => primary.get(task));
  baselineIndexes.set(run.records, { summary: run.summary, index });
  return index;
}

function primaryMetrics(summary: Summary): Map<string, string> {
  const map = new Map<string, string>();
  for (const model of summary.models) for (const task of model.tasks) map.set(task.task, task.primary_metric);
  return map;
}

/** The headline says when its numbers came from aggregates only, which pairing cannot sharpen. */
function withPairing(reason: string, models: readonly ModelComparison[]): string {
  const deltas = models.flatMap((m) => m.tasks.flatMap((t) => (t.delta ? [t.delta] : [])));
  const aggregates = deltas.filter((d) => d.pairing === UNPAIRED_AGGREGATES).length;
  if (aggregates === 0) return reason;
  const which = aggregates === deltas.length ? 'all tasks' : `${aggregates} of ${deltas.length} tasks`;
  return `${reason} (${which} ${UNPAIRED_AGGREGATES})`;
}
