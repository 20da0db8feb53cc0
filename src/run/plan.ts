import path from 'node:path';
import type { DatasetProvenance, Instrument } from '../artifacts.js';
import type { LoadedConfig } from '../config/index.js';
import { displayPath, scorerConfig } from '../config/index.js';
import type { ModelConfig, TaskConfig } from '../config/index.js';
import {
  resolveDatasetUrl,
  fetchPinnedDataset,
  readDataset,
  type DatasetRow,
  stratifiedSample,
} from '../data/index.js';
import {
  resolveBuiltin,
  type Scorer,
  findScorer,
  fieldValue,
  renderTemplate,
  templateFields,
} from '../tasks/index.js';
import { ConfigError, DataError } from '../errors.js';
import { sha256Hex, shortHash } from '../hash.js';
import { packageRoot } from '../package-root.js';
import { type ModelPick, resolveModels } from './model-picks.js';

export interface PlannedItem {
  id: string;
  hash: string;
  /** Hash of what the model is sent for this item (the model's own system prompt is in its params hash). */
  promptHash: string;
  /** Line of the row in its dataset file, for errors found while scoring it. */
  line: number;
  category: string | null;
  cluster: string | null;
  prompt: string;
  target: string | string[] | null;
  row: Record<string, unknown>;
}

export interface PlannedTask {
  id: string;
  config: TaskConfig;
  scorer: Scorer<Record<string, unknown>>;
  scorerOptions: Record<string, unknown>;
  score: ReturnType<Scorer<Record<string, unknown>>['create']>;
  primaryMetric: string;
  binary: boolean;
  samples: number;
  weight: number;
  system: string | undefined;
  instrument: Instrument;
  promptHash: string;
  items: PlannedItem[];
  dataset: DatasetProvenance;
  /** The model whose outputs the scorer compares with (pairwise judging), if any. */
  referenceModel: string | undefined;
}

export interface Plan {
  suite: string;
  tasks: PlannedTask[];
  models: ModelConfig[];
}

export interface PlanOptions {
  suite: string;
  /** The models asked for (see resolveModels); all models but a reference model that is the judge when empty. */
  models: ModelPick[];
  /** Items per task at most (after the suite's sampling). */
  maxItems?: number;
  /** A checkpoint step for every model run (see resolveModels). */
  step?: number;
  /** Where pinned remote datasets are kept. */
  cacheDir: string;
}

/** Work units of a plan: task × item × sample for each model. */
export function countUnits(plan: Plan): number {
  return plan.models.length * plan.tasks.reduce((n, t) => n + t.items.length * t.samples, 0);
}

export async function buildPlan(loaded: LoadedConfig, options: PlanOptions): Promise<Plan> {
  const { config } = loaded;
  const suite = config.suites[options.suite] ?? builtinSuite(options.suite, loaded);
  const taskIds = suite.tasks ?? config.tasks.map((t) => t.id);
  const models = resolveModels(config, options.models, loaded.file, options.step);
  const tasks: PlannedTask[] = [];
  for (const id of taskIds) {
    const task = resolveBuiltin(config.tasks.find((t) => t.id === id)!);
    const planned = await planTask(loaded, task, options.cacheDir);
    const size =
      suite.size === 'all'
        ? undefined
        : suite.size === 'quick'
          ? (task.quick_size ?? config.run.default_quick_size)
          : suite.size;
    let items = size === undefined ? planned.items : stratifiedSample(planned.items, size, config.run.seed);
    if (options.maxItems !== undefined) items = stratifiedSample(items, options.maxItems, config.run.seed);
    tasks.push({ ...planned, items });
  }
  return { suite: options.suite, tasks, models: withReferencesFirst(models, tasks, loaded) };
}

/** Models that pairwise scorers compare with run first (and are added when not picked). */
function withReferencesFirst(
  models: ModelConfig[],
  tasks: PlannedTask[],
  loaded: LoadedConfig,
): ModelConfig[] {
  const references = [
    ...new Set(tasks.map((t) => t.referenceModel).filter((id): id is string => id !== undefined)),
  ];
  const first = references.map((id) => {
    const model = models.find((m) => m.id === id) ?? loaded.config.models.find((m) => m.id === id);
    if (!model)
      throw new ConfigError(
        { file: loaded.file },
        `pairwise reference_model "${id}" is not a model of the config`,
      );
    return model;
  });
  return [...first, ...models.filter((m) => !references.includes(m.id))];
}

/** `quick` and `full` exist even when the config does not write them. */
function builtinSuite(
  name: string,
  loaded: LoadedConfig,
): { tasks?: string[]; size: 'all' | 'quick' | number } {
  if (name === 'full') return { size: 'all' };
  if (name === 'quick') return { size: 'quick' };
  const names = ['quick', 'full', ...Object.keys(loaded.config.suites)];
  throw new ConfigError({ file: loaded.file }, `unknown suite "${name}"`, {
    hint: `suites: ${[...new Set(names)].join(', ')}`,
  });
}

async function datasetFile(
  loaded: LoadedConfig,
  task: TaskConfig,
  cacheDir: string,
): Promise<{ file: string; display: string; published: string }> {
  const dataset = task.dataset!;
  if (dataset.path) {
    const file = path.resolve(loaded.dir, dataset.path);
    return { file, display: displayPath(file), published: publishedPath(file, loaded.dir) };
  }
  const file = await fetchPinnedDataset({
    url: resolveDatasetUrl(dataset.url!),
    sha256: dataset.sha256!,
    cacheDir,
    where: `${loaded.file} (task ${task.id})`,
  });
  return { file, display: dataset.url!, published: dataset.url! };
}

/**
 * A dataset's path as run.json (and the pages branch) keeps it: relative to the config's folder
 * (the repository), a built-in one relative to the package; never an absolute local path, which
 * would publish a runner's or a user's home folder.
 */
function publishedPath(file: string, configDir: string): string {
  const under = (root: string) => {
    const relative = path.relative(root, file);
    return relative.startsWith('..') || path.isAbsolute(relative) ? null : relative.split(path.sep).join('/');
  };
  const inPackage = under(packageRoot());
  if (inPackage !== null && under(configDir) === null) return `evalwarden:${inPackage}`;
  return path.relative(configDir, file).split(path.sep).join('/');
}

async function planTask(loaded: LoadedConfig, task: TaskConfig, cacheDir: string): Promise<PlannedTask> {
  const { type, ...scorerOptions } = scorerConfig(task);
  const scorer = findScorer(type);
  if (!scorer) throw new ConfigError({ file: loaded.file }, `task ${task.id}: unknown scorer "${type}"`);
  const judge = type === 'judge' || type === 'pairwise' ? loaded.config.judge : undefined;
  const options = judge
    ? { rubric: judge.rubric, max_score: judge.max_score, ...scorerOptions, judge_model: judge.model }
    : scorerOptions;
  const { file, display, published } = await datasetFile(loaded, task, cacheDir);
  const { rows, bytes } = await readDataset(file, task.dataset?.format, display);
  const pinned = task.dataset?.path ? task.dataset.sha256 : undefined;
  if (pinned && sha256Hex(bytes) !== pinned.toLowerCase())
    throw new DataError(
      { file: display },
      `has SHA-256 ${sha256Hex(bytes)}, not the ${pinned} task ${task.id} pins in ${displayPath(loaded.file)}`,
      { hint: 'the file changed: check it, then update dataset.sha256 (or remove it)' },
    );
  const template = task.prompt ?? `{{${task.fields.input}}}`;
  const items = rows.map((row) => toItem(row, task, template, scorer, display));
  checkUniqueIds(items, rows, display);
  const metrics = scorer.metrics(options);
  return {
    id: task.id,
    config: task,
    scorer,
    scorerOptions: options,
    score: scorer.create(options),
    primaryMetric: task.primary_metric ?? metrics[0],
    binary: scorer.binary(
      task.primary_metric ? { ...options, primary_metric: task.primary_metric } : options,
    ),
    samples: task.samples,
    weight: task.weight,
    system: task.system,
    instrument: {
      scorer: type,
      version: scorer.version,
      hash: shortHash({ type, options }),
      judge: judge?.model ?? null,
    },
    promptHash: shortHash({ template, system: task.system ?? null }),
    items,
    dataset: { task: task.id, path: published, sha256: sha256Hex(bytes), items: rows.length },
    referenceModel: scorer.referenceModel?.(options),
  };
}

function stringField(row: Record<string, unknown>, field: string): string | null {
  const value = fieldValue(row, field);
  return value === undefined || value === null || value === '' ? null : String(value);
}

function toItem(
  row: DatasetRow,
  task: TaskConfig,
  template: string,
  scorer: Scorer<Record<string, unknown>>,
  file: string,
): PlannedItem {
  for (const field of templateFields(template)) {
    if (fieldValue(row.data, field) === undefined) {
      throw new DataError(
        { file, line: row.line },
        `row has no field "${field}" (the prompt of task ${task.id} uses {{${field}}})`,
        {
          hint: `fields in this row: ${Object.keys(row.data).join(', ')}`,
        },
      );
    }
  }
  const rawTarget = fieldValue(row.data, task.fields.target);
  const target = Array.isArray(rawTarget)
    ? rawTarget.map(String)
    : rawTarget === undefined || rawTarget === null
      ? null
      : String(rawTarget);
  if (scorer.needsTarget && (target === null || (Array.isArray(target) && target.length === 0))) {
    throw new DataError(
      { file, line: row.line },
      `row has no target field "${task.fields.target}" (scorer ${scorer.name} compares with it)`,
      {
        hint: 'set fields.target to the column that holds the answer',
      },
    );
  }
  const hash = shortHash(row.data);
  const prompt = renderTemplate(template, row.data);
  return {
    id: stringField(row.data, task.fields.id) ?? `h${hash}`,
    hash,
    promptHash: shortHash({ system: task.system ?? null, prompt }),
    line: row.line,
    category: stringField(row.data, task.fields.category),
    cluster: stringField(row.data, task.fields.cluster),
    prompt,
    target,
    row: row.data,
  };
}

function checkUniqueIds(items: PlannedItem[], rows: DatasetRow[], file: string): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      throw new DataError(
        { file, line: rows[i].line },
        `duplicate item id "${item.id}" (first on line ${first})`,
        { hint: 'item ids pair runs item by item: make them unique' },
      );
    }
    seen.set(item.id, rows[i].line);
  });
}
