import type { GateVerdictName } from '../config/index.js';
import { parseModelPicks } from '../entry/index.js';
import { type ModelPick, parseShard, type Shard } from '../run/index.js';
import { EvalwardenError } from '../errors.js';

/**
 * The Action's inputs, validated once. An input left empty means "use the config" (or the
 * schema's default): the defaults live in one place, not here and in action.yml.
 */
export interface ActionInputs {
  mode: 'run' | 'merge' | 'report' | 'trusted';
  /** Relative to workingDirectory. */
  config: string;
  /** `auto`: quick on pull requests, full otherwise. */
  suite: string;
  /** Model ids to run; empty: all of the config's. */
  /** The `model` input: ids, or `ID=SERVED@URL` picks. */
  models: ModelPick[];
  githubToken: string;
  /** A results folder, pages checkout or run id; empty: the config's gate.baseline.source. */
  baseline: string | null;
  baselineModel: string | null;
  /** Overrides the config's gate.fail_on when set. */
  failOn: GateVerdictName[] | null;
  comment: boolean;
  checkName: string;
  /** null: the config's run.cache.enabled. */
  cache: boolean | null;
  serve: string | null;
  serveReadyTimeoutS: number;
  shard: Shard | null;
  /** Folders holding the shards' results (mode: merge). */
  mergeFrom: string[];
  publish: boolean;
  /** null: the config's publish.branch. */
  pagesBranch: string | null;
  workingDirectory: string;
  resultsDir: string;
  maxItems: number | null;
  /** `step`: the models run are training checkpoints at this step (a sweep's matrix job). */
  step: number | null;
  concurrency: number | 'auto' | null;
  /** Open/update/close an issue per (suite, model) on runs without a pull request. */
  issue: boolean;
  webhookUrl: string | null;
  dashboardUrl: string | null;
  /** mode trusted: the pull request's checkout (read, never run), relative to the workspace. */
  prCheckout: string;
  /** mode trusted: the label a maintainer adds to ask for a trusted verdict. */
  trustedLabel: string;
}

export type GetInput = (name: string) => string;

const FAIL_ON = ['regression', 'inconclusive', 'error', 'no-baseline'] as const;

/** Reads and checks every input; a bad one is an error that names it and says what it takes. */
export function readInputs(get: GetInput): ActionInputs {
  const text = (name: string) => get(name).trim();
  const optional = (name: string) => text(name) || null;
  const mode = oneOf(text('mode') || 'run', ['run', 'merge', 'report', 'trusted'] as const, 'mode');
  return {
    mode,
    config: text('config') || 'evalwarden.yml',
    suite: text('suite') || 'auto',
    models: parseModelPicks(list(text('model'))),
    githubToken: text('github-token'),
    baseline: optional('baseline'),
    baselineModel: optional('baseline-model'),
    failOn: text('fail-on') ? list(text('fail-on')).map((v) => oneOf(v, FAIL_ON, 'fail-on')) : null,
    comment: bool(text('comment'), 'comment') ?? true,
    checkName: text('check-name') || 'evalwarden',
    cache: bool(text('cache'), 'cache'),
    serve: optional('serve'),
    serveReadyTimeoutS: count(text('serve-ready-timeout'), 'serve-ready-timeout') ?? 600,
    shard: shard(text('shard')),
    mergeFrom: list(text('merge-from')),
    publish: bool(text('publish'), 'publish') ?? false,
    pagesBranch: optional('pages-branch'),
    workingDirectory: text('working-directory') || '.',
    resultsDir: text('results-dir') || 'evalwarden-results',
    maxItems: count(text('max-items'), 'max-items'),
    step: text('step') === '' ? null : step(text('step')),
    concurrency: text('concurrency') === 'auto' ? 'auto' : count(text('concurrency'), 'concurrency'),
    issue: bool(text('issue'), 'issue') ?? true,
    webhookUrl: url(optional('webhook-url'), 'webhook-url'),
    dashboardUrl: url(optional('dashboard-url'), 'dashboard-url'),
    prCheckout: text('pr-checkout') || 'pr',
    trustedLabel: text('trusted-label') || 'evalwarden:trusted',
  };
}

/** Comma- or newline-separated values. */
function list(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function oneOf<const T extends readonly string[]>(value: string, allowed: T, name: string): T[number] {
  if (!(allowed as readonly string[]).includes(value))
    throw new EvalwardenError(`input ${name}: "${value}" is not one of ${allowed.join(', ')}`);
  return value as T[number];
}

/** YAML 1.2 core booleans, as @actions/core's getBooleanInput reads them; empty stays null. */
function bool(value: string, name: string): boolean | null {
  if (value === '') return null;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new EvalwardenError(`input ${name}: "${value}" is not true or false`);
}

/** A whole number ≥ 1, written as digits only: "10s" or "1e3" are mistakes, not numbers. */
function count(value: string, name: string): number | null {
  if (value === '') return null;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new EvalwardenError(`input ${name}: "${value}" is not a whole number ≥ 1`);
  return Number(value);
}

function step(value: string): number {
  if (!/^\d+$/.test(value))
    throw new EvalwardenError(
      `input step: "${value}" is not a checkpoint's training step (a whole number ≥ 0)`,
    );
  return Number(value);
}

function shard(value: string): Shard | null {
  if (value === '') return null;
  try {
    return parseShard(value);
  } catch (error) {
    throw new EvalwardenError(`input shard: ${(error as Error).message}`, {
      hint: 'e.g. shard: ${{ matrix.shard }}/3',
    });
  }
}

function url(value: string | null, name: string): string | null {
  if (value === null) return null;
  if (!/^https?:\/\/\S+$/.test(value)) throw new EvalwardenError(`input ${name}: not an http(s) URL`);
  return value;
}
