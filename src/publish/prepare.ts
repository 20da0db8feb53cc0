import { gzipSync } from 'node:zlib';
import type { EvalRecord, ModelSummary, RunInfo, Summary } from '../artifacts.js';
import { verdictFor, isAlerting } from './comparison.js';
import { monthOf, paths, RUN_FILES } from './layout.js';
import { publishableRecord, samplesHead, type OutputPolicy } from './outputs.js';
import type { Alert, Manifest, RunKind, RunRow, TaskCell } from './protocol.js';
import type { ResultsFolder } from './results-folder.js';
import { publishedRunId } from './safe-segment.js';

/** Where a run came from, as the publisher records it (filled from run.json where not given). */
export interface PublishContext {
  repository: string | null;
  defaultBranch: string;
  kind: RunKind;
  branch: string | null;
  sha: string | null;
  pr: number | null;
}

/** One model's share of a run, ready to be written: its files and its rows in the shared files. */
export interface PreparedRun {
  id: string;
  month: string;
  dir: string;
  /** data/series/<model>.json, built here so a bad model id fails before anything is written. */
  seriesPath: string;
  files: { name: string; data: Buffer }[];
  row: RunRow;
  tasks: Manifest['tasks'];
  alert: Alert | null;
  /** A branch run on the default branch that passed: it becomes the baseline of its (branch, model, suite). */
  autoPromote: boolean;
}

const PROMOTABLE = new Set(['pass', 'improvement', 'no-baseline']);

/** Splits a results folder into one published run per model (docs/data-protocol.md). */
export function prepareRuns(
  results: ResultsFolder,
  context: PublishContext,
  policy: OutputPolicy,
  comparison: unknown,
  now: Date = new Date(),
): PreparedRun[] {
  return results.summary.models.map((model) => prepareRun(results, model, context, policy, comparison, now));
}

function prepareRun(
  results: ResultsFolder,
  model: ModelSummary,
  context: PublishContext,
  policy: OutputPolicy,
  comparison: unknown,
  now: Date,
): PreparedRun {
  const id = publishedRunId(results.run.run_id, model.model);
  // An import without a date of its own is filed when it is published, and says so by its null started_at.
  const createdAt = results.run.finished_at ?? results.run.started_at ?? now.toISOString();
  const month = monthOf(results.run.started_at ?? createdAt);
  const gated = comparison === undefined ? null : verdictFor(comparison, model.model);
  const verdict = gated?.verdict ?? null;
  const row: RunRow = {
    run_id: id,
    path: paths.runPath(month, id),
    kind: context.kind,
    suite: results.summary.suite,
    model: model.model,
    role: model.role,
    step: model.step,
    branch: context.branch,
    sha: context.sha,
    pr: context.pr,
    created_at: createdAt,
    verdict,
    score: model.aggregate ? round(model.aggregate.score) : null,
    ci: model.aggregate?.ci ? [round(model.aggregate.ci.low), round(model.aggregate.ci.high)] : null,
    tasks: taskCells(model),
  };

  const records = results.records.get(model.model) ?? [];
  const head = samplesHead(records, policy.headSize);
  const inHead = new Set(head);
  const shown = (level: 'none' | 'head' | 'all', r: EvalRecord) =>
    level === 'all' || (level === 'head' && inHead.has(r));
  const show = (r: EvalRecord) => ({ outputs: shown(policy.outputs, r), inputs: shown(policy.inputs, r) });
  const files: { name: string; data: Buffer }[] = [
    { name: RUN_FILES.run, data: json(narrowRun(results.run, model.model, context)) },
    { name: RUN_FILES.summary, data: json(narrowSummary(results.summary, model)) },
  ];
  if (gated) files.push({ name: RUN_FILES.comparison, data: json(gated.comparison) });
  if (records.length > 0) {
    files.push({
      name: RUN_FILES.records,
      data: gzipSync(jsonl(records.map((r) => publishableRecord(r, policy, show(r))))),
    });
  }
  files.push({
    name: RUN_FILES.samples,
    data: jsonl(
      head.map((r) =>
        publishableRecord(r, policy, {
          outputs: policy.outputs !== 'none',
          inputs: policy.inputs !== 'none',
        }),
      ),
    ),
  });

  return {
    id,
    month,
    dir: paths.runDir(month, id),
    seriesPath: paths.series(model.model),
    files,
    row,
    tasks: model.tasks.map((t) => ({
      task: t.task,
      primary_metric: t.primary_metric,
      category: t.category ?? null,
      ...(t.higher_is_better === false ? { higher_is_better: false } : {}),
    })),
    alert:
      isAlerting(verdict) && gated!.gated
        ? {
            run_id: id,
            path: row.path,
            model: model.model,
            suite: row.suite,
            verdict: verdict!,
            tasks: gated!.alertTasks,
            created_at: createdAt,
          }
        : null,
    autoPromote:
      context.kind === 'branch' &&
      context.branch === context.defaultBranch &&
      verdict !== null &&
      PROMOTABLE.has(verdict),
  };
}

/** run.json narrowed to the model, with the git provenance the publisher was told. */
function narrowRun(run: RunInfo, model: string, context: PublishContext): RunInfo {
  return {
    ...run,
    kind: context.kind,
    models: run.models.filter((m) => m.model === model),
    ...(run.sequential && {
      sequential: { ...run.sequential, stops: run.sequential.stops.filter((s) => s.model === model) },
    }),
    git: {
      ...run.git,
      repository: context.repository,
      branch: context.branch,
      sha: context.sha,
      pr: context.pr,
    },
  };
}

function narrowSummary(summary: Summary, model: ModelSummary): Summary {
  return { ...summary, models: [model] };
}

function taskCells(model: ModelSummary): Record<string, TaskCell> {
  const cells: Record<string, TaskCell> = {};
  for (const task of model.tasks) {
    const metric = task.metrics[task.primary_metric];
    if (!metric || !Number.isFinite(metric.mean)) continue;
    // An interval the summary does not know (an import without SE) stays unknown: [mean, null, null].
    cells[task.task] = metric.ci
      ? [round(metric.mean), round(metric.ci.low), round(metric.ci.high)]
      : [round(metric.mean), null, null];
  }
  return cells;
}

/** Three decimals: shared files hold hundreds of thousands of these, and no CI is known finer. */
function round(x: number): number {
  return Math.round(x * 1e3) / 1e3;
}

function json(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 1)}\n`, 'utf8');
}

function jsonl(values: unknown[]): Buffer {
  return Buffer.from(values.map((v) => `${JSON.stringify(v)}\n`).join(''), 'utf8');
}
