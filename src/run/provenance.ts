import {
  type CacheUse,
  type GitProvenance,
  type ModelProvenance,
  type RunInfo,
  SCHEMA_VERSION,
} from '../artifacts.js';
import { packageVersion } from '../package-root.js';
import { countUnits, type Plan } from './plan.js';
import type { Shard } from './shard.js';
import type { ModelConfig } from '../config/index.js';

/** A run id that sorts by time and cannot collide between matrix jobs started in the same second. */
export function newRunId(now: Date, random: () => number = Math.random): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${Math.floor(random() * 0xffffff)
    .toString(16)
    .padStart(6, '0')}`;
}

/** The endpoint as it may be published: scheme, host and path, never credentials or a query. */
export function publicEndpoint(baseUrl: string): string {
  const url = new URL(baseUrl);
  return `${url.protocol}//${url.host}${url.pathname}`;
}

export function modelProvenance(
  model: ModelConfig,
  served: { revision: string | null; endpointKind: string } | undefined,
  cache: CacheUse | null,
): ModelProvenance {
  return {
    model: model.id,
    role: model.role,
    step: model.step ?? null,
    served_model: model.model,
    endpoint: publicEndpoint(model.base_url),
    endpoint_kind: served?.endpointKind ?? 'openai-compatible',
    revision: model.revision ?? served?.revision ?? null,
    params: { ...model.params, ...(model.system ? { system: model.system } : {}) },
    cache,
  };
}

export const NO_GIT: GitProvenance = {
  sha: null,
  ref: null,
  branch: null,
  repository: null,
  pr: null,
  event: null,
  base_ref: null,
  base_sha: null,
};

export type RunKind = RunInfo['kind'];

/** The kind of a run from the event that started it. */
export function runKind(git: GitProvenance, models: ModelConfig[]): RunKind {
  if (models.some((m) => m.role === 'training')) return 'sweep';
  if (
    git.pr !== null ||
    git.event === 'pull_request' ||
    git.event === 'pull_request_target' ||
    git.event === 'workflow_run'
  )
    return 'pr';
  if (git.event === 'push' || git.event === 'schedule') return 'branch';
  return 'manual';
}

export interface RunInfoInput {
  runId: string;
  plan: Plan;
  configHash: string;
  models: ModelProvenance[];
  git: GitProvenance;
  shard: Shard | null;
  startedAt: string;
  status: RunInfo['status'];
  stopped: string | null;
  /** What every finished unit left: the counts are taken from it. */
  facts: readonly { error: unknown }[];
  /** The run being resumed or re-scored: its requests and cache hits count too. */
  previous: RunInfo | undefined;
  counters: { requests: number; cached: number };
}

/** run.json: what ran, on what, from which commit, and how it ended. */
export function buildRunInfo(input: RunInfoInput): RunInfo {
  const { plan, previous } = input;
  return {
    schema_version: SCHEMA_VERSION,
    run_id: input.runId,
    suite: plan.suite,
    kind: runKind(input.git, plan.models),
    evalwarden_version: packageVersion(),
    config_hash: input.configHash,
    datasets: plan.tasks.map((t) => t.dataset),
    models: input.models,
    git: input.git,
    shard: input.shard ? { index: input.shard.index, count: input.shard.count } : null,
    started_at: input.startedAt,
    finished_at: new Date().toISOString(),
    status: input.status,
    stopped_reason: input.stopped,
    counts: {
      planned: countUnits(plan),
      done: input.facts.length,
      errors: input.facts.filter((f) => f.error !== null).length,
      requests: (previous?.counts.requests ?? 0) + input.counters.requests,
      cached: (previous?.counts.cached ?? 0) + input.counters.cached,
    },
  };
}
