import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

/** The repository a GitHub client talks about. */
export interface RepoRef {
  owner: string;
  repo: string;
}

export interface GitHubOptions {
  token: string;
  /** GITHUB_API_URL: https://api.github.com, a GHES host, or a local fake in tests. */
  baseUrl: string;
  repo: RepoRef;
  /** GITHUB_SERVER_URL, for links the API reply leaves out; derived from baseUrl when absent. */
  serverUrl?: string;
  /** @default 'evalwarden' */
  userAgent?: string;
  /**
   * Milliseconds per second of GitHub's Retry-After (the plugins' retryAfterBaseValue). 1000 in
   * a job; tests shrink it so a 60 s Retry-After takes 60 ms.
   * @default 1000
   */
  retryAfterBaseMs?: number;
}

/** How often a rate-limited request is sent again, and the longest wait GitHub may ask for. */
const RATE_LIMIT_RETRIES = 2;
const MAX_RETRY_AFTER_S = 120;

/** An Octokit client bound to one repository. */
export interface GitHub {
  octokit: ReturnType<typeof getOctokit>;
  repo: RepoRef;
  /** https://github.com (or the GHES host): where html_url links point. */
  serverUrl: string;
}

/**
 * The Octokit that @actions/github builds (the runner's proxy settings, GITHUB_API_URL), with
 * Octokit's own retry plugin (5xx and network errors) and throttling plugin (primary and
 * secondary rate limits, waiting out Retry-After).
 */
export function createGitHub(options: GitHubOptions): GitHub {
  const base = options.retryAfterBaseMs ?? 1000;
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      userAgent: options.userAgent ?? 'evalwarden',
      // Octokit logs request failures itself; the Action reports them once, in its own words.
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
      retry: { retryAfterBaseValue: base },
      throttle: {
        retryAfterBaseValue: base,
        onRateLimit: (after: number, _o: unknown, _k: unknown, count: number) => wantRetry(after, count),
        onSecondaryRateLimit: (after: number, _o: unknown, _k: unknown, count: number) =>
          wantRetry(after, count),
      },
    },
    secondaryLimitBodies,
    retry,
    throttling,
  );
  return {
    octokit,
    repo: options.repo,
    serverUrl: (options.serverUrl ?? serverUrlOf(options.baseUrl)).replace(/\/+$/, ''),
  };
}

function wantRetry(retryAfterS: number, retryCount: number): boolean {
  return retryCount < RATE_LIMIT_RETRIES && retryAfterS <= MAX_RETRY_AFTER_S;
}

/**
 * The throttling plugin knows a secondary rate limit by "secondary rate" in the message; GitHub
 * said "abuse detection mechanism" for the same 403 + Retry-After until 2020, and GHES versions
 * still do. A 403 or 429 carrying Retry-After is a rate limit by GitHub's docs, whatever its
 * wording: renamed here so the plugin waits and retries it. Registered before the throttling
 * plugin, so it sits inside it.
 */
const secondaryLimitBodies: NonNullable<Parameters<typeof getOctokit>[2]> = (octokit) => {
  octokit.hook.error('request', (error) => {
    const e = error as { status?: number; message: string; response?: { headers?: Record<string, unknown> } };
    if (
      (e.status === 403 || e.status === 429) &&
      e.response?.headers?.['retry-after'] !== undefined &&
      !/\bsecondary rate\b/i.test(e.message)
    )
      e.message = `secondary rate limit: ${e.message}`;
    throw error;
  });
};

/** https://api.github.com → https://github.com; https://ghes.example/api/v3 → https://ghes.example. */
function serverUrlOf(apiUrl: string): string {
  const url = apiUrl.replace(/\/+$/, '');
  if (/^https:\/\/api\.github\.com$/.test(url)) return 'https://github.com';
  return url.replace(/\/api\/v3$/, '');
}

/** Why a request failed, told from GitHub's response: what the Action says and whether to warn. */
export type ApiFailure =
  | { kind: 'read-only'; message: string }
  | { kind: 'rate-limited'; message: string; retryAfterS: number | null }
  | { kind: 'bad-credentials'; message: string }
  | { kind: 'other'; message: string };

/**
 * A 403 is GitHub's answer both to a token that may not write ("Resource not accessible by
 * integration", every fork PR) and to a rate limit (Retry-After, or X-RateLimit-Remaining: 0):
 * the headers and body tell which, not the status.
 */
export function classifyApiError(error: unknown): ApiFailure {
  const e = (error ?? {}) as {
    status?: unknown;
    message?: unknown;
    response?: { headers?: Record<string, unknown>; data?: unknown };
  };
  const message = typeof e.message === 'string' ? e.message : String(error);
  const headers = e.response?.headers ?? {};
  const body = e.response?.data as { message?: unknown } | undefined;
  const bodyMessage = typeof body?.message === 'string' ? body.message : '';
  const retryAfter = headers['retry-after'];
  if (
    (e.status === 403 || e.status === 429) &&
    (retryAfter !== undefined ||
      headers['x-ratelimit-remaining'] === '0' ||
      /rate limit|abuse detection/i.test(`${bodyMessage} ${message}`))
  )
    return {
      kind: 'rate-limited',
      message,
      retryAfterS: retryAfter === undefined ? null : Number(retryAfter) || null,
    };
  if (e.status === 401) return { kind: 'bad-credentials', message };
  if (e.status === 403) return { kind: 'read-only', message };
  return { kind: 'other', message };
}
