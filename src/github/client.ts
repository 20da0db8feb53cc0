import { Octokit } from '@octokit/rest';

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
  /** @default 'evalwarden' */
  userAgent?: string;
}

/** An Octokit client bound to one repository. */
export interface GitHub {
  octokit: Octokit;
  repo: RepoRef;
}

export function createGitHub(options: GitHubOptions): GitHub {
  const octokit = new Octokit({
    auth: options.token || undefined,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'evalwarden',
    // Octokit logs request failures itself; the Action reports them once, in its own words.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    request: { retries: 0 },
  });
  return { octokit, repo: options.repo };
}

/** `owner/name` → a RepoRef; throws on anything else. */
export function parseRepo(text: string | undefined): RepoRef {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text ?? '');
  if (!match) throw new Error(`GITHUB_REPOSITORY must look like owner/repo, not "${text ?? ''}"`);
  return { owner: match[1], repo: match[2] };
}

/** A 403 (or 404 from "Resource not accessible by integration"): the token may not do this. */
export function isPermissionError(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return status === 403 || status === 401;
}
