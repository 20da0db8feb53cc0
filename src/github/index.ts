/**
 * GitHub's REST API through Octokit: the sticky PR comment, the check run, the issue of a run
 * with no pull request, the pull request of a commit, and the optional webhook. It posts what
 * `report` renders and decides nothing.
 */
export {
  classifyApiError,
  createGitHub,
  type ApiFailure,
  type GitHub,
  type GitHubOptions,
  type RepoRef,
} from './client.js';
export {
  upsertStickyComment,
  type StickyCommentOptions,
  type StickyCommentResult,
} from './sticky-comment.js';
export { publishCheckRun, type CheckRunOptions, type CheckRunResult } from './check-run.js';
export { findPullRequestForCommit, listLabels, removeLabel, type PullRequestRef } from './pull-request.js';
export { readFileAtRef } from './file-at-ref.js';
export { syncRunIssue, type RunIssueOptions, type RunIssueResult } from './run-issue.js';
export { postWebhook, webhookText, type WebhookMessage, type WebhookOptions } from './webhook.js';
