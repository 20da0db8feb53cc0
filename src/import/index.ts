/**
 * Results of other harnesses as evalwarden results folders, so they can be gated and published
 * like native runs: lm-evaluation-harness, evalscope, lighteval, and checkpoint score files.
 */
import { join } from 'node:path';
import type { GitProvenance, ModelRole } from '../artifacts.js';
import { EvalwardenError } from '../errors.js';
import { importers, type ImportFormat } from './formats/index.js';
import { safeSegment } from '../publish/index.js';
import { importedId } from './ids.js';
import { stepInPath } from './source-files.js';
import type { ImportedRun } from './imported.js';
import { writeImportedRun } from './write-results.js';

export { importers, type ImportFormat } from './formats/index.js';
export type { ImportedRun, ImportedModel, ImportedItem, Importer } from './imported.js';
export type { ImportedTask } from './summarize.js';

export interface ImportOptions {
  format: ImportFormat;
  /** A file or the folder the harness wrote. */
  path: string;
  /** Where the results folder goes; with several runs (checkpoints), one sub-folder per run. */
  outDir: string;
  /** The commit the import is made from (the CLI fills it from the checkout or GitHub's variables). */
  git?: GitProvenance;
  /** The model id every imported run is filed under (a sweep's checkpoints become one model's curve). */
  modelId?: string;
  /** `training` makes the runs checkpoints of a training curve. */
  role?: ModelRole;
  /** The checkpoint step; without it, the step a run's path names (`checkpoint-2000`), if any. */
  step?: number;
}

export interface ImportResult {
  /** One results folder per imported run. */
  folders: {
    dir: string;
    run_id: string;
    models: string[];
    tasks: number;
    records: number;
    /** What the files held that could not be read as numbers (NaN, Infinity), to be said. */
    notes: string[];
  }[];
}

export async function importResults(options: ImportOptions): Promise<ImportResult> {
  const importer = (importers as Record<string, (typeof importers)[ImportFormat]>)[options.format];
  if (!importer) {
    throw new EvalwardenError(`Unknown import format "${options.format}".`, {
      hint: `Use one of: ${Object.keys(importers).join(', ')}.`,
    });
  }
  const runs = (await importer.read(options.path)).map((run) => asCheckpoint(run, options));
  const folders: ImportResult['folders'] = [];
  for (const run of runs) {
    const dir = runs.length === 1 ? options.outDir : join(options.outDir, safeSegment(run.run_id));
    const written = await writeImportedRun(run, dir, options.git);
    folders.push({
      dir,
      run_id: run.run_id,
      models: run.models.map((m) => m.model),
      tasks: run.models.reduce((n, m) => n + m.tasks.length, 0),
      records: written.records.length,
      notes: run.models.flatMap((m) => m.tasks.flatMap((t) => t.notes)),
    });
  }
  return { folders };
}

/** The run as the user files it: --model-id, --role and --step, else the step its path names. */
function asCheckpoint(run: ImportedRun, options: ImportOptions): ImportedRun {
  const step = options.step ?? stepInPath(run.source.path);
  const models = run.models.map((model) => ({
    ...model,
    model: importedId(options.modelId ?? model.model),
    tasks: model.tasks.map((task) => ({ ...task, task: importedId(task.task) })),
    items: model.items.map((item) => ({ ...item, task: importedId(item.task) })),
    role: options.role ?? model.role,
    step: options.step ?? model.step ?? step,
  }));
  // Checkpoints of one model are told apart by step: the run id says which.
  const renamed = options.modelId !== undefined || (step !== null && run.models.some((m) => m.step === null));
  const suffix = renamed
    ? `-${models[0].model}${models[0].step === null ? '' : `-step-${models[0].step}`}`
    : '';
  return { ...run, run_id: `${run.run_id}${suffix}`, models };
}
