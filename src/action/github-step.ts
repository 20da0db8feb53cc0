import type { Comparison } from '../gate/index.js';
import {
  classifyApiError,
  createGitHub,
  postWebhook,
  publishCheckRun,
  syncRunIssue,
  upsertStickyComment,
  webhookText,
  type GitHub,
  type RepoRef,
} from '../github/index.js';
import { CHECK_SUMMARY_LIMIT, markerValue, type Annotation } from '../report/index.js';

export interface GitHubStepInput {
  token: string;
  apiUrl: string;
  /** GITHUB_SERVER_URL, for links an older API reply leaves out. */
  serverUrl?: string;
  /** Milliseconds per second of Retry-After (tests shrink it). */
  retryAfterBaseMs?: number;
  repo: RepoRef | null;
  /** The pull request to comment on; null for runs without one. */
  pullRequest: number | null;
  /** Commit the check run is attached to (the PR head, not the merge commit). */
  headSha: string | null;
  comment: boolean;
  checkName: string;
  issue: boolean;
  webhookUrl: string | null;
  /** Renders the report (the marker first) under a size limit. */
  render: (options: { marker?: string; limit: number }) => string;
  markers: { comment: string };
  comparison: Comparison | null;
  /** When nothing was measured: the failure itself. */
  failure: { message: string } | null;
  annotations: readonly Annotation[];
  detailsUrl: string | null;
  suite: string;
  log: { info: (line: string) => void; notice: (line: string) => void; warning: (line: string) => void };
}

export interface GitHubStepResult {
  commentUrl: string | null;
  checkRunUrl: string | null;
  issueUrls: string[];
  /** Said in the job summary and as an annotation: what could not be posted and what to change. */
  notices: string[];
  /** What could not be posted, for whatever reason (report mode fails on it: posting is its job). */
  failed: string[];
}

const FORBIDDEN_HINT =
  'the token is read-only here (fork pull requests always get one). The report is in the job summary; ' +
  'for fork PRs post it from a `workflow_run` job (docs/action.md, "Fork pull requests").';

/**
 * Posts the report where GitHub shows it: the sticky comment, the check run, the run's issue and
 * the webhook. Missing permission never fails the run: it becomes a notice and the job summary
 * carries the report. Other API failures are warnings: the verdict stands either way.
 */
export async function githubStep(input: GitHubStepInput): Promise<GitHubStepResult> {
  const result: GitHubStepResult = {
    commentUrl: null,
    checkRunUrl: null,
    issueUrls: [],
    notices: [],
    failed: [],
  };
  if (!input.repo || !input.token) {
    if (input.pullRequest !== null)
      result.notices.push('no GitHub token or repository: nothing was posted to GitHub.');
    return result;
  }
  const gh = createGitHub({
    token: input.token,
    baseUrl: input.apiUrl,
    serverUrl: input.serverUrl,
    repo: input.repo,
    retryAfterBaseMs: input.retryAfterBaseMs,
  });
  const attempt = async <T>(what: string, call: () => Promise<T>): Promise<T | null> => {
    try {
      return await call();
    } catch (error) {
      result.failed.push(what);
      const failure = classifyApiError(error);
      const line = `evalwarden could not ${what}: ${explain(failure)}`;
      result.notices.push(line);
      // A fork's read-only token is expected; anything else is worth a warning.
      (failure.kind === 'read-only' ? input.log.notice : input.log.warning)(line);
      return null;
    }
  };

  if (input.pullRequest !== null && input.comment) {
    const number = input.pullRequest;
    const comment = await attempt('post the pull request comment', () =>
      upsertStickyComment(gh, {
        issueNumber: number,
        marker: input.markers.comment,
        body: input.render({ marker: input.markers.comment, limit: 65_536 }),
      }),
    );
    if (comment) {
      result.commentUrl = comment.url;
      input.log.info(`pull request comment ${comment.action}: ${comment.url}`);
    }
  }

  if (input.headSha) {
    const sha = input.headSha;
    const check = await attempt('create the check run', () =>
      publishCheckRun(gh, {
        name: input.checkName,
        headSha: sha,
        conclusion: conclusion(input.comparison),
        title: input.comparison
          ? `${input.comparison.verdict}: ${input.comparison.reason}`
          : `error: ${input.failure?.message ?? 'evalwarden failed'}`,
        summary: input.render({ limit: CHECK_SUMMARY_LIMIT }),
        annotations: input.annotations,
        detailsUrl: input.detailsUrl ?? undefined,
      }),
    );
    if (check) result.checkRunUrl = check.url;
  }

  if (input.pullRequest === null) {
    if (input.issue) await issues(gh, input, result, attempt);
    if (input.webhookUrl && isAlarm(input)) {
      const url = input.webhookUrl;
      await attempt('post to the webhook', async () => {
        const status = await postWebhook({ url, message: { text: webhookText(webhookLines(input)) } });
        if (status >= 300) input.log.warning(`webhook answered HTTP ${status}`);
      });
    }
  }
  return result;
}

/** Stands for every model when a run failed before measuring any (an endpoint down, a bad config). */
const ALL_MODELS = 'all models';

/**
 * One issue per (suite, model) for the gated models. A run that could not measure at all has one
 * issue for all models; the next run that measures closes it, whatever its own verdicts.
 */
async function issues(
  gh: GitHub,
  input: GitHubStepInput,
  result: GitHubStepResult,
  attempt: <T>(what: string, call: () => Promise<T>) => Promise<T | null>,
): Promise<void> {
  const entries = input.comparison
    ? [
        ...input.comparison.models
          .filter((m) => m.gating !== 'none')
          .map((m) => ({
            model: m.model,
            verdict: m.verdict as string,
            failing: m.verdict === 'regression' || m.verdict === 'error',
          })),
        { model: ALL_MODELS, verdict: input.comparison.verdict as string, failing: false },
      ]
    : [{ model: ALL_MODELS, verdict: 'error', failing: true }];
  for (const entry of entries) {
    const marker = `<!-- evalwarden:issue suite=${markerValue(input.suite)} model=${markerValue(entry.model)} -->`;
    const issue = await attempt(`update the issue for ${entry.model}`, () =>
      syncRunIssue(gh, {
        marker,
        title: `evalwarden: ${entry.verdict} on ${entry.model} (${input.suite} suite)`
          .replace(/@/g, '@\u200d')
          .slice(0, 200),
        body: input.render({ marker, limit: 65_536 }),
        failing: entry.failing,
        recovery: `✅ Recovered: the latest ${input.suite} run measured${entry.model === ALL_MODELS ? '' : ' this model'} and its verdict is \`${entry.verdict}\`.${input.detailsUrl ? ` [Workflow run](${input.detailsUrl})` : ''}`,
      }),
    );
    if (issue?.url) {
      result.issueUrls.push(issue.url);
      input.log.info(`issue ${issue.action}: ${issue.url}`);
    }
  }
}

function explain(failure: ReturnType<typeof classifyApiError>): string {
  switch (failure.kind) {
    case 'read-only':
      return FORBIDDEN_HINT;
    case 'rate-limited':
      return `GitHub's rate limit still held after the retries Octokit's throttling plugin made${failure.retryAfterS ? ` (Retry-After: ${failure.retryAfterS} s)` : ''}. The report is in the job summary; re-run the job to post it.`;
    case 'bad-credentials':
      return 'GitHub refused the token (401 Bad credentials): check the github-token input.';
    default:
      return `${failure.message}. The report is in the job summary.`;
  }
}

function conclusion(comparison: Comparison | null): 'success' | 'failure' | 'neutral' {
  if (comparison?.exit_code !== 0) return 'failure';
  return comparison.verdict === 'pass' || comparison.verdict === 'improvement' ? 'success' : 'neutral';
}

function isAlarm(input: GitHubStepInput): boolean {
  return (
    !input.comparison || input.comparison.verdict === 'regression' || input.comparison.verdict === 'error'
  );
}

function webhookLines(input: GitHubStepInput): string[] {
  const c = input.comparison;
  if (!c)
    return [
      `evalwarden: error on the ${input.suite} suite: ${input.failure?.message ?? 'failed'}`,
      input.detailsUrl ?? '',
    ];
  return [
    `evalwarden: ${c.verdict} on the ${c.candidate.suite} suite: ${c.reason}`,
    ...c.failing.map((f) => `• ${f.model} / ${f.task}: ${f.verdict}`),
    input.detailsUrl ?? '',
  ].filter(Boolean);
}
