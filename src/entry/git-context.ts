import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { GitProvenance } from '../artifacts.js';

/** What a git command prints, trimmed; null when it fails or prints nothing (not a checkout, no such ref). */
export function gitOutput(cwd: string, ...args: string[]): string | null {
  try {
    return (
      execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null
    );
  } catch {
    return null;
  }
}

/** Where the run happens: from GitHub's variables in Actions, else from the local checkout. */
export function gitContext(env: Record<string, string | undefined>, cwd: string): GitProvenance {
  if (env.GITHUB_ACTIONS === 'true') {
    let pr: number | null = null;
    let baseSha: string | null = null;
    try {
      const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8')) as {
        pull_request?: { number: number; base: { sha: string } };
      };
      pr = event.pull_request?.number ?? null;
      baseSha = event.pull_request?.base.sha ?? null;
    } catch {
      // no event file: not a pull request
    }
    return {
      sha: env.GITHUB_SHA ?? null,
      ref: env.GITHUB_REF ?? null,
      branch: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || null,
      repository: env.GITHUB_REPOSITORY ?? null,
      pr,
      event: env.GITHUB_EVENT_NAME ?? null,
      base_ref: env.GITHUB_BASE_REF || null,
      base_sha: baseSha,
    };
  }
  const [sha = null, branch = null] =
    gitOutput(cwd, 'rev-parse', 'HEAD', '--abbrev-ref', 'HEAD')?.split('\n') ?? [];
  return {
    sha,
    ref: branch && branch !== 'HEAD' ? `refs/heads/${branch}` : null,
    branch: branch === 'HEAD' ? null : branch,
    repository: null,
    pr: null,
    event: null,
    base_ref: null,
    base_sha: null,
  };
}
