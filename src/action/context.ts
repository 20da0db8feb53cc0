import { readFileSync } from 'node:fs';
import type { RepoRef } from '../github/index.js';

/** What GitHub says about this job: from its variables and the event payload, read once. */
export interface ActionContext {
  eventName: string;
  /** The event's `action` (`labeled`, `synchronize`, …); null when it has none. */
  eventAction: string | null;
  /** `labeled`: the label just added. */
  eventLabel: string | null;
  repo: RepoRef | null;
  apiUrl: string;
  serverUrl: string;
  workspace: string;
  /** The commit this job runs on (a merge commit on pull_request). */
  sha: string | null;
  /** The branch the job runs on (GITHUB_REF_NAME; the head branch on pull requests). */
  branch: string | null;
  workflow: string;
  runUrl: string | null;
  defaultBranch: string | null;
  pullRequest: { number: number; headSha: string; baseRef: string; baseSha: string; labels: string[] } | null;
  /** `workflow_run`: the commit the finished run ran on; its PR is looked up through the API. */
  workflowRunHeadSha: string | null;
  /** `push`: the commit before it (the parent of a one-commit push). */
  pushBefore: string | null;
  /** A pull request whose head branch lives in another repository: its jobs get no secrets. */
  fromFork: boolean;
  /**
   * Milliseconds per second of a Retry-After from GitHub's API. 1000; tests set
   * EVALWARDEN_RETRY_AFTER_BASE_MS so GitHub's real `Retry-After: 60` takes 60 ms.
   */
  retryAfterBaseMs: number;
}

interface EventPayload {
  action?: string;
  label?: { name?: string };
  pull_request?: {
    number: number;
    head: { sha: string; ref: string; repo?: { full_name?: string } | null };
    base: { ref: string; sha: string; repo?: { full_name?: string } | null };
    labels?: { name: string }[];
  };
  workflow_run?: { head_sha: string; head_branch?: string };
  repository?: { default_branch?: string };
  before?: string;
}

export function readActionContext(env: Record<string, string | undefined>): ActionContext {
  let payload: EventPayload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as EventPayload;
    } catch {
      // No readable event (a local try-out): treated as a manual run.
    }
  }
  const repoMatch = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(env.GITHUB_REPOSITORY ?? '');
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const pr = payload.pull_request;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? 'workflow_dispatch',
    eventAction: typeof payload.action === 'string' ? payload.action : null,
    eventLabel: typeof payload.label?.name === 'string' ? payload.label.name : null,
    repo: repoMatch ? { owner: repoMatch[1], repo: repoMatch[2] } : null,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    sha: env.GITHUB_SHA || null,
    branch: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || null,
    workflow: env.GITHUB_WORKFLOW || 'evalwarden',
    runUrl:
      repoMatch && env.GITHUB_RUN_ID
        ? `${serverUrl}/${repoMatch[0]}/actions/runs/${env.GITHUB_RUN_ID}`
        : null,
    defaultBranch: payload.repository?.default_branch ?? null,
    pullRequest: pr
      ? {
          number: pr.number,
          headSha: pr.head.sha,
          baseRef: pr.base.ref,
          baseSha: pr.base.sha,
          labels: (pr.labels ?? []).map((l) => l.name),
        }
      : null,
    workflowRunHeadSha: payload.workflow_run?.head_sha ?? null,
    pushBefore: typeof payload.before === 'string' && !/^0+$/.test(payload.before) ? payload.before : null,
    fromFork: pr ? isFork(pr, repoMatch?.[0] ?? null) : false,
    retryAfterBaseMs: Number(env.EVALWARDEN_RETRY_AFTER_BASE_MS) || 1000,
  };
}

/** The head repository differs from the base (a deleted fork has head.repo null). */
function isFork(pr: NonNullable<EventPayload['pull_request']>, repository: string | null): boolean {
  const base = pr.base.repo?.full_name ?? repository;
  if (pr.head.repo === null) return true;
  const head = pr.head.repo?.full_name;
  return head !== undefined && base !== null && head !== base;
}
