import { readFile } from 'node:fs/promises';
import { decodeUtf8 } from '../data/index.js';
import { findScorer, scorers, withBuiltinFields } from '../tasks/index.js';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { ConfigError } from '../errors.js';
import { shortHash } from '../hash.js';
import { validate as validateConfig } from './config-validator.generated.js';
import * as precompiledOptionValidators from './scorer-options-validators.generated.js';
import { coerceInterpolated } from './coerce.js';
import { interpolate, MissingVariable, secretVariables } from './interpolate.js';
import { locate, parseLocated, readablePath, type LocatedDocument } from './positions.js';
import { describeAlternatives, describeError, didYouMean, errorPointer, pickError } from './schema-errors.js';
import type { Config, ScorerConfig, TaskConfig } from './types.js';

export interface LoadedConfig {
  config: Config;
  /** Absolute path of the config file; dataset paths are relative to its folder. */
  file: string;
  dir: string;
  /** shortHash of the validated config (secrets are never in it: keys come from the environment). */
  hash: string;
  /** Variables the file references that hold credentials (secretVariables): the scrubber hides their values. */
  secretVariables: string[];
}

export interface LoadConfigOptions {
  /** The environment `${VAR}` references read from. */
  env: Record<string, string | undefined>;
}

/** Validators of scorers' option schemas not compiled ahead of time, compiled on first use. */
const optionValidators = new Map<object, ValidateFunction>();

function optionsValidator(name: string, schema: object): ValidateFunction {
  const precompiled = (precompiledOptionValidators as Record<string, ValidateFunction | undefined>)[name];
  if (precompiled) return precompiled;
  let validate = optionValidators.get(schema);
  if (!validate) {
    // Our own schemas: no need to check them against the meta-schema (most of a compile's cost).
    validate = new Ajv({ allErrors: true, verbose: true, strict: false, validateSchema: false }).compile(
      schema,
    );
    optionValidators.set(schema, validate);
  }
  return validate;
}

function errorAt(
  located: LocatedDocument,
  pointer: string,
  message: string,
  hint?: string,
  atKey = false,
): ConfigError {
  const pos = locate(located, pointer, { key: atKey });
  return new ConfigError(
    { file: located.file, line: pos?.line, col: pos?.col, path: readablePath(pointer) || undefined },
    message,
    { hint },
  );
}

function schemaError(located: LocatedDocument, errors: ErrorObject[], prefix = ''): ConfigError {
  const error = pickError(errors);
  const parentProps = error.parentSchema?.properties
    ? Object.keys(error.parentSchema.properties as object)
    : undefined;
  const { message, hint } = describeAlternatives(errors, error) ?? describeError(error, parentProps);
  return errorAt(
    located,
    prefix + errorPointer(error),
    message,
    hint,
    error.keyword === 'additionalProperties',
  );
}

/** Reads, interpolates and validates evalwarden.yml; throws one ConfigError with file:line:col. */
export async function loadConfig(file: string, options: LoadConfigOptions): Promise<LoadedConfig> {
  const absolute = path.resolve(file);
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch (cause) {
    throw new ConfigError({ file }, 'cannot read the config file', {
      cause,
      hint: 'pass --config <path to evalwarden.yml>',
    });
  }
  const decoded = decodeUtf8(bytes);
  if (!('text' in decoded))
    throw new ConfigError(
      { file: displayPath(absolute), line: decoded.line, col: decoded.col },
      'the config is not UTF-8 text (a byte here is not valid UTF-8)',
      { hint: 'save the file as UTF-8' },
    );
  const text = decoded.text;
  return parseConfig(text, { ...options, file: absolute, displayName: displayPath(absolute) });
}

/** Paths in messages as users (and GitHub annotations) know them: relative to where they stand. */
export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}

/**
 * The config as a pull request's base commit has it, from the file's text there: its gate policy
 * and acceptances apply, never the pull request's own. `null` (the pull request adds the file) is
 * this config without acceptances: a pull request cannot accept its own drop.
 */
export function baseCommitConfig(
  loaded: LoadedConfig,
  text: string | null,
  options: LoadConfigOptions & { displayName: string },
): Config {
  if (text === null) return { ...loaded.config, gate: { ...loaded.config.gate, accept: [] } };
  return parseConfig(text, { ...options, file: loaded.file }).config;
}

export function parseConfig(
  text: string,
  options: LoadConfigOptions & { file: string; displayName?: string },
): LoadedConfig {
  const located = parseLocated(options.displayName ?? options.file, text);
  const yamlError = located.doc.errors[0];
  if (yamlError) {
    const { line, col } = located.lines.linePos(yamlError.pos[0]);
    throw new ConfigError(
      { file: located.file, line, col },
      `invalid YAML: ${yamlError.message.split('\n')[0]}`,
    );
  }
  let data: unknown;
  try {
    const interpolated: string[] = [];
    data = coerceInterpolated(interpolate(located.doc.toJS(), options.env, '', interpolated), interpolated);
  } catch (error) {
    if (error instanceof MissingVariable) {
      throw errorAt(
        located,
        error.pointer,
        error.message,
        `set ${error.variable}, or write \${${error.variable}:-default}`,
      );
    }
    // The yaml library refuses a document whose aliases expand beyond reason (a "billion laughs").
    if (error instanceof ReferenceError && /alias/i.test(error.message))
      throw new ConfigError({ file: located.file }, `invalid YAML: ${error.message}`, {
        hint: 'expand the aliases (*name) by hand: this many of them is refused as a resource attack',
      });
    throw error;
  }
  data = withBuiltinTaskFields(data);
  if (!validateConfig(data)) throw schemaError(located, validateConfig.errors ?? []);
  checkReferences(located, data);
  data.tasks.forEach((task, i) => checkScorer(located, task, i));
  return {
    config: data,
    file: options.file,
    dir: path.dirname(options.file),
    hash: shortHash(data),
    secretVariables: secretVariables(text),
  };
}

function checkUnique(located: LocatedDocument, ids: string[], what: string): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id))
      throw errorAt(
        located,
        `/${what}/${i}/id`,
        `duplicate ${what.slice(0, -1)} id "${id}"`,
        'ids must be unique',
      );
    seen.add(id);
  });
}

function checkReferences(located: LocatedDocument, config: Config): void {
  checkUnique(
    located,
    config.models.map((m) => m.id),
    'models',
  );
  checkUnique(
    located,
    config.tasks.map((t) => t.id),
    'tasks',
  );
  const taskIds = config.tasks.map((t) => t.id);
  for (const [name, suite] of Object.entries(config.suites)) {
    suite.tasks?.forEach((id, i) => {
      if (!taskIds.includes(id)) {
        const guess = didYouMean(id, taskIds);
        throw errorAt(
          located,
          `/suites/${name}/tasks/${i}`,
          `unknown task "${id}"${guess ? ` — did you mean "${guess}"?` : ''}`,
          `tasks: ${taskIds.join(', ')}`,
        );
      }
    });
  }
  const modelIds = config.models.map((m) => m.id);
  if (config.judge && !modelIds.includes(config.judge.model)) {
    throw errorAt(
      located,
      '/judge/model',
      `unknown model "${config.judge.model}"`,
      `models: ${modelIds.join(', ')}`,
    );
  }
  config.models.forEach((m, i) => {
    if (m.role === 'training' && m.step === undefined)
      throw errorAt(located, `/models/${i}`, 'a training model needs its checkpoint `step`');
  });
  config.tasks.forEach((t, i) => {
    if (!t.builtin && !t.dataset)
      throw errorAt(located, `/tasks/${i}`, 'missing required property "dataset"', 'or use a builtin task');
    if (!t.builtin && !t.scorer) throw errorAt(located, `/tasks/${i}`, 'missing required property "scorer"');
  });
}

/** `scorer: numeric` or `scorer: {type: numeric, …}` → one shape. */
export function scorerConfig(task: TaskConfig): ScorerConfig {
  const scorer = task.scorer ?? 'exact';
  return typeof scorer === 'string' ? { type: scorer } : scorer;
}

function checkScorer(located: LocatedDocument, task: TaskConfig, index: number): void {
  if (!task.scorer) return;
  const pointer = typeof task.scorer === 'string' ? `/tasks/${index}/scorer` : `/tasks/${index}/scorer/type`;
  const { type, ...options } = scorerConfig(task);
  const scorer = findScorer(type);
  if (!scorer) {
    const names = Object.keys(scorers);
    const guess = didYouMean(type, names);
    throw errorAt(
      located,
      pointer,
      `unknown scorer "${type}"${guess ? ` — did you mean "${guess}"?` : ''}`,
      `scorers: ${names.join(', ')}`,
    );
  }
  const validate = optionsValidator(type, scorer.optionsSchema);
  if (!validate(options)) throw schemaError(located, validate.errors ?? [], `/tasks/${index}/scorer`);
  const problem = scorer.check?.(options);
  if (problem) throw errorAt(located, `/tasks/${index}/scorer`, problem);
  const metrics = scorer.metrics(options);
  if (task.primary_metric && !metrics.includes(task.primary_metric)) {
    throw errorAt(
      located,
      `/tasks/${index}/primary_metric`,
      `scorer ${type} reports no metric "${task.primary_metric}"`,
      `metrics: ${metrics.join(', ')}`,
    );
  }
}

/** Each builtin task's fields under the user's, before the schema's defaults fill the rest. */
function withBuiltinTaskFields(data: unknown): unknown {
  const tasks = (data as { tasks?: unknown } | null)?.tasks;
  if (!Array.isArray(tasks)) return data;
  return { ...(data as object), tasks: tasks.map(withBuiltinFields) };
}
