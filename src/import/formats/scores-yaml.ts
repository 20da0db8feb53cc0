import { basename, dirname, resolve } from 'node:path';
import { parse } from 'yaml';
import { DataError } from '../../errors.js';
import type { ImportedRun, Importer } from '../imported.js';
import { asNumber, findFiles, readSource, timeInName } from '../source-files.js';
import { importedId } from '../ids.js';
import type { ImportedTask } from '../summarize.js';

const RESERVED = new Set(['model', 'step', 'date', 'suite', 'tasks']);

/**
 * A folder of `*_scores.yaml`, one per training checkpoint (docs/data-protocol.md, "Imports"):
 *
 *     model: my-llm            # optional, else the folder's name
 *     step: 5000               # optional, else from the file name (step-5000, checkpoint_5000, ckpt5000)
 *     tasks:
 *       gsm8k: 0.41            # a score
 *       mmlu: {acc: 0.52, acc_stderr: 0.004, n: 14042}
 *
 * Each checkpoint becomes its own run of a `training` model, so the curves show one point per step.
 */
export const scoresYaml: Importer = {
  name: 'scores-yaml',
  describe: 'a folder of *_scores.yaml, one per checkpoint (step from names like step-5000)',
  async read(path) {
    const files = await findFiles(path, /_scores\.ya?ml$/, 2);
    if (files.length === 0)
      throw new DataError({ file: path }, 'no *_scores.yaml found', {
        hint: 'Name each checkpoint file like step-5000_scores.yaml.',
      });
    return Promise.all(files.map((file) => readCheckpoint(file)));
  },
};

async function readCheckpoint(path: string): Promise<ImportedRun> {
  const source = await readSource(path);
  let doc: Record<string, unknown>;
  try {
    doc = (parse(source.text) ?? {}) as Record<string, unknown>;
  } catch (cause) {
    throw new DataError({ file: path }, `not valid YAML: ${(cause as Error).message}`, { cause });
  }
  const step = asNumber(doc.step) ?? stepInName(basename(path));
  if (step === null)
    throw new DataError({ file: path }, 'no checkpoint step', {
      hint: 'Add `step: 5000` or name the file like step-5000_scores.yaml.',
    });
  // Without a `model:` key, the folder that holds the checkpoints names the model.
  const name = typeof doc.model === 'string' ? doc.model : basename(dirname(resolve(path)));
  const entries =
    doc.tasks && typeof doc.tasks === 'object'
      ? (doc.tasks as Record<string, unknown>)
      : Object.fromEntries(Object.entries(doc).filter(([k]) => !RESERVED.has(k)));
  const tasks: ImportedTask[] = [];
  for (const [task, value] of Object.entries(entries)) {
    const parsed = taskOf(task, value);
    if (!parsed)
      throw new DataError(
        { file: path, path: `tasks.${task}` },
        'not a score or a mapping of metrics to scores',
      );
    tasks.push(parsed);
  }
  if (tasks.length === 0) throw new DataError({ file: path }, 'no tasks');
  const model = importedId(name);
  return {
    run_id: `scores-${model}-step-${step}`,
    suite: typeof doc.suite === 'string' ? doc.suite : 'checkpoints',
    started_at: typeof doc.date === 'string' ? new Date(doc.date).toISOString() : timeInName(basename(path)),
    finished_at: null,
    models: [{ model, served_model: name, role: 'training', step, tasks, items: [] }],
    source: { format: 'scores-yaml', path, sha256: source.sha256 },
  };
}

function taskOf(task: string, value: unknown): ImportedTask | null {
  const instrument = { scorer: `scores-yaml:${task}`, options: null };
  const score = asNumber(value);
  if (score !== null)
    return {
      task,
      primary_metric: 'score',
      metrics: { score: { mean: score, se: null } },
      n: null,
      higher_is_better: true,
      notes: [],
      categories: {},
      instrument,
    };
  if (!value || typeof value !== 'object') return null;
  const entry = value as Record<string, unknown>;
  const metrics: ImportedTask['metrics'] = {};
  for (const [name, v] of Object.entries(entry)) {
    const mean = asNumber(v);
    if (mean === null || name === 'n' || name === 'stderr' || name.endsWith('_stderr') || name === 'primary')
      continue;
    metrics[name] = { mean, se: asNumber(entry[`${name}_stderr`]) };
  }
  const names = Object.keys(metrics);
  if (names.length === 0) return null;
  const primary = typeof entry.primary === 'string' && entry.primary in metrics ? entry.primary : names[0];
  if (metrics[primary].se === null) metrics[primary].se = asNumber(entry.stderr);
  return {
    task,
    primary_metric: primary,
    metrics,
    n: asNumber(entry.n),
    higher_is_better: true,
    notes: [],
    categories: {},
    instrument,
  };
}

/** `step-5000_scores.yaml`, `checkpoint_5000`, `ckpt5000`, `global_step5000` → 5000. */
function stepInName(name: string): number | null {
  const m = /(?:step|checkpoint|ckpt)[-_]?(\d+)/i.exec(name);
  return m ? Number(m[1]) : null;
}
