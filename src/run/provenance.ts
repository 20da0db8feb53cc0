import type { CacheUse, GitProvenance, ModelProvenance, RunInfo } from '../artifacts.js';
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
