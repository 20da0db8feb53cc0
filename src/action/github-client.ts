import { createGitHub, type GitHub, type RepoRef } from '../github/index.js';
import type { ActionContext } from './context.js';

/** The job's GitHub client: its API and web hosts, Octokit's retry and throttling. */
export function actionGitHub(token: string, ctx: ActionContext, repo: RepoRef): GitHub {
  return createGitHub({
    token,
    baseUrl: ctx.apiUrl,
    serverUrl: ctx.serverUrl,
    repo,
    retryAfterBaseMs: ctx.retryAfterBaseMs,
  });
}
