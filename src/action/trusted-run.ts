import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, realpathSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Document, parse, parseDocument } from 'yaml';
import { scorerConfig, type LoadedConfig } from '../config/index.js';
import { EvalwardenError } from '../errors.js';
import { resolveBuiltin } from '../tasks/index.js';

/** Largest dataset file a pull request may hand a trusted run. */
export const MAX_PR_DATASET_BYTES = 64 * 1024 * 1024;
/** Largest prompt or system template read from a pull request. */
const MAX_TEMPLATE_CHARS = 100_000;

export interface TrustedRunInput {
  /** The base branch's config, loaded from the workspace (the default branch's checkout). */
  base: LoadedConfig;
  /** The pull request's checkout at its pinned head: only read, never run. */
  prCheckout: string;
  /** The repository root both checkouts share their relative paths from. */
  workspace: string;
}

export interface TrustedRun {
  /** The config the run uses: the base's, with the PR's prompt and system templates. */
  configPath: string;
  /** Tasks left out, each with why: the PR changed their instrument, so no verdict is honest. */
  neutral: { task: string; reason: string }[];
}

/**
 * The config of a trusted run for a fork pull request. Everything comes from the base branch's
 * config (models, base_url, api_key_env, params, judge, gate, suites, sizes, seeds, samples,
 * scorers, the task list); from the PR only each base task's `prompt` and `system` text, as
 * literal text (a `${…}` in it is never expanded), and its dataset file, compared with the
 * base's. A task whose dataset or scorer the PR changed, and every judged task, is left out as
 * "instrument changed by this PR".
 */
export async function prepareTrustedRun(input: TrustedRunInput): Promise<TrustedRun> {
  const { base } = input;
  const root = realpathSync(input.prCheckout);
  const prConfigFile = path.join(root, path.relative(input.workspace, base.file));
  const prTasks = readPrTasks(prConfigFile, root);
  // Aliases resolved into plain copies: tasks are dropped and rebuilt below, and an alias must not
  // lose its anchor (`dataset: &shared …` in one task, `*shared` in the next).
  const doc = new Document(parseDocument(readFileSync(base.file, 'utf8')).toJS(), {
    aliasDuplicateObjects: false,
  });
  const neutral: TrustedRun['neutral'] = [];
  const rawTasks = (doc.toJS() as { tasks?: { id?: string }[] }).tasks ?? [];

  for (const task of base.config.tasks) {
    const reason = changedInstrument(input, root, task, prTasks.get(task.id), base);
    if (reason) {
      neutral.push({ task: task.id, reason });
      continue;
    }
    const pr = prTasks.get(task.id);
    const rawIndex = rawTasks.findIndex((t) => t.id === task.id);
    for (const field of ['prompt', 'system'] as const) {
      const text = pr?.[field];
      if (typeof text !== 'string' || rawIndex < 0) continue;
      if (text.length > MAX_TEMPLATE_CHARS)
        throw new EvalwardenError(
          `the pull request's ${field} for task ${task.id} is over ${MAX_TEMPLATE_CHARS} characters`,
        );
      // `$${` is the config's escape for a literal `${`: the PR's text is never expanded.
      // (A function, because in a replacement string `$$` itself means one `$`.)
      doc.setIn(
        ['tasks', rawIndex, field],
        text.replaceAll('${', () => '$${'),
      );
    }
  }
  const kept = base.config.tasks.filter((t) => !neutral.some((n) => n.task === t.id)).map((t) => t.id);
  doc.setIn(
    ['tasks'],
    rawTasks
      .map((_, i) => doc.getIn(['tasks', i], true))
      .filter((_, i) => kept.includes(rawTasks[i].id ?? '')),
  );
  const suites = (doc.toJS() as { suites?: Record<string, { tasks?: string[] }> }).suites ?? {};
  for (const [name, suite] of Object.entries(suites))
    if (suite.tasks)
      doc.setIn(
        ['suites', name, 'tasks'],
        suite.tasks.filter((t) => kept.includes(t)),
      );
  // Next to the base config, so its relative dataset paths still name the base's files.
  const configPath = path.join(base.dir, '.evalwarden-trusted.yml');
  await writeFile(configPath, String(doc));
  return { configPath, neutral };
}

interface PrTask {
  prompt?: unknown;
  system?: unknown;
  scorer?: unknown;
}

/** The PR's tasks by id, parsed as plain YAML (no `${…}` expansion, nothing validated or run). */
function readPrTasks(file: string, root: string): Map<string, PrTask> {
  const tasks = new Map<string, PrTask>();
  const checked = regularFileInside(root, file, 1024 * 1024);
  if (checked === 'missing') return tasks;
  const doc = parse(readFileSync(checked, 'utf8')) as { tasks?: unknown } | null;
  if (!Array.isArray(doc?.tasks)) return tasks;
  for (const t of doc.tasks as (PrTask & { id?: unknown })[])
    if (t && typeof t.id === 'string') tasks.set(t.id, t);
  return tasks;
}

/** Why the PR changed what measures this task, or null when it did not. */
function changedInstrument(
  input: TrustedRunInput,
  root: string,
  task: LoadedConfig['config']['tasks'][number],
  pr: PrTask | undefined,
  base: LoadedConfig,
): string | null {
  const type = scorerConfig(resolveBuiltin(task)).type;
  if (type === 'judge' || type === 'pairwise')
    return 'instrument changed by this PR: a judged task (the output could talk to the judge)';
  if (pr && JSON.stringify(pr.scorer ?? null) !== JSON.stringify(rawScorer(base, task.id)))
    return 'instrument changed by this PR: its scorer differs from the base branch';
  const datasetPath = task.dataset?.path;
  if (!datasetPath) return null;
  const baseFile = path.resolve(base.dir, datasetPath);
  const relative = path.relative(input.workspace, baseFile);
  // A dataset outside the repository is the base's to name; the PR cannot change it.
  if (path.isAbsolute(datasetPath) || relative.startsWith('..')) return null;
  const prFile = regularFileInside(root, path.join(root, relative), MAX_PR_DATASET_BYTES);
  if (prFile === 'missing') return 'instrument changed by this PR: it removed the dataset';
  return sha256(prFile) === sha256(baseFile) ? null : 'instrument changed by this PR: its dataset differs';
}

function rawScorer(base: LoadedConfig, id: string): unknown {
  const raw = parse(readFileSync(base.file, 'utf8')) as { tasks?: { id?: string; scorer?: unknown }[] };
  return raw.tasks?.find((t) => t.id === id)?.scorer ?? null;
}

/**
 * A file of the PR checkout that is what it says: inside the checkout once every symlink is
 * resolved, no symlink on the way (a link to the runner's files or /proc would be read with the
 * base's token in the environment), a regular file, under the size cap.
 */
function regularFileInside(root: string, file: string, maxBytes: number): string | 'missing' {
  const shown = path.relative(root, file);
  if (!existsSync(file) && !isLink(file)) return 'missing';
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    throw refused(shown, 'is a symlink that leads nowhere');
  }
  if (real !== path.resolve(file)) throw refused(shown, 'is or passes through a symlink');
  if (!real.startsWith(root + path.sep)) throw refused(shown, 'lies outside the repository');
  const stat = lstatSync(real);
  if (!stat.isFile()) throw refused(shown, 'is not a regular file');
  if (stat.size > maxBytes) throw refused(shown, `is ${stat.size} bytes, over the ${maxBytes}-byte cap`);
  return real;
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function refused(file: string, why: string): EvalwardenError {
  return new EvalwardenError(`trusted run: the pull request's ${file} ${why}: refused`, {
    hint: 'a trusted run reads only regular files inside the pull request checkout',
  });
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
