import { basename, dirname, resolve } from 'node:path';
import { DataError } from '../../errors.js';
import { expectHarness } from '../detect.js';
import { parseHarnessJson } from '../harness-json.js';
import type { ImportedRun, Importer } from '../imported.js';
import { findFiles, readSource, stepInPath, type SourceFile } from '../source-files.js';
import { importedId } from '../ids.js';
import type { ImportedTask } from '../summarize.js';

interface TrainerState {
  global_step?: number;
  log_history: Record<string, unknown>[];
}

/** Throughput, not a measure of the model. */
const NOT_METRICS = /_(runtime|samples_per_second|steps_per_second)$/;

/**
 * Hugging Face Trainer's `trainer_state.json` (in the output folder and in each checkpoint-N):
 * `log_history` entries with `eval_*` keys, by `step`, become one run per step of a training
 * model, a curve beside the checkpoint evals. `eval_<dataset>_<metric>` keys name one task per
 * eval dataset (the Trainer logs `eval_<dataset>_loss` for each); plain `eval_<metric>` is task
 * `eval`. A loss is lower-is-better; another metric, when there is one, is the primary.
 */
export const trainerState: Importer = {
  name: 'trainer-state',
  describe: 'Hugging Face Trainer trainer_state.json (eval_* entries of log_history, one run per step)',
  async read(path) {
    const files = await findFiles(path, /^trainer_state\.json$|\.json$/, 4);
    const states: { source: SourceFile; state: TrainerState }[] = [];
    for (const file of files) {
      if (files.length > 1 && basename(file) !== 'trainer_state.json') continue;
      const source = await readSource(file);
      const state = parseHarnessJson<TrainerState>(source);
      expectHarness(file, state, 'trainer-state', 'no "log_history" and "global_step"');
      states.push({ source, state });
    }
    if (states.length === 0)
      throw new DataError({ file: path }, 'no trainer_state.json found', {
        hint: "Point at the Trainer's output_dir or at one trainer_state.json.",
      });
    // Each checkpoint's file repeats the history before it: one run per step, from the longest history.
    states.sort((a, b) => (a.state.global_step ?? 0) - (b.state.global_step ?? 0));
    const byStep = new Map<number, { source: SourceFile; entries: Record<string, unknown>[] }>();
    for (const { source, state } of states) {
      for (const entry of state.log_history) {
        const step = entry.step;
        if (typeof step !== 'number' || !Object.keys(entry).some(isEvalMetric)) continue;
        const slot = byStep.get(step);
        if (slot && slot.source === source) slot.entries.push(entry);
        else byStep.set(step, { source, entries: [entry] });
      }
    }
    if (byStep.size === 0)
      throw new DataError({ file: path }, 'no eval_* entries in log_history', {
        hint: 'The Trainer logs evaluations when eval_strategy is set.',
      });
    const name = basename(outputDir(states[0].source.path));
    return [...byStep].map(([step, { source, entries }]) => runOf(step, source, entries, name));
  },
};

function runOf(
  step: number,
  source: SourceFile,
  entries: Record<string, unknown>[],
  name: string,
): ImportedRun {
  const model = importedId(name);
  return {
    run_id: `trainer-${model}-step-${step}`,
    suite: 'trainer',
    // A Trainer's state has no date; the file's mtime is when it was copied, not when it ran.
    started_at: null,
    finished_at: null,
    models: [{ model, served_model: name, role: 'training', step, tasks: tasksOf(entries), items: [] }],
    source: { format: 'trainer-state', path: source.path, sha256: source.sha256 },
  };
}

function isEvalMetric(key: string): boolean {
  return key.startsWith('eval_') && !NOT_METRICS.test(key);
}

function tasksOf(entries: Record<string, unknown>[]): ImportedTask[] {
  const values = new Map<string, number>();
  for (const entry of entries)
    for (const [key, value] of Object.entries(entry))
      if (isEvalMetric(key) && typeof value === 'number' && Number.isFinite(value)) values.set(key, value);
  const datasets = [...values.keys()]
    .map((k) => /^eval_(.+)_loss$/.exec(k)?.[1])
    .filter((d): d is string => d !== undefined)
    .sort((a, b) => b.length - a.length);
  const tasks = new Map<string, Record<string, number>>();
  for (const [key, value] of values) {
    const rest = key.slice('eval_'.length);
    const dataset = datasets.find((d) => rest.startsWith(`${d}_`));
    const task = dataset ?? 'eval';
    const metric = dataset ? rest.slice(dataset.length + 1) : rest;
    tasks.set(task, { ...(tasks.get(task) ?? {}), [metric]: value });
  }
  return [...tasks].map(([task, metrics]) => {
    const names = Object.keys(metrics);
    const primary = names.find((m) => m !== 'loss') ?? names[0];
    return {
      task,
      primary_metric: primary,
      metrics: Object.fromEntries(names.map((m) => [m, { mean: metrics[m], se: null }])),
      n: null,
      higher_is_better: !/loss|perplexity/.test(primary),
      notes: [],
      categories: {},
      instrument: { scorer: `trainer-state:${task}`, options: { metrics: names.sort() } },
    };
  });
}

/** `out/checkpoint-500/trainer_state.json` → `out`; `out/trainer_state.json` → `out`. */
function outputDir(file: string): string {
  const dir = dirname(resolve(file));
  return stepInPath(basename(dir)) !== null ? dirname(dir) : dir;
}
