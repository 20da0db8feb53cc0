import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gitFor, PublishError, type Git } from './git.js';
import { gitTreeStore } from './git-store.js';
import type { PagesStore } from './store.js';

export interface GitTarget {
  remote: string;
  branch: string;
  token: string | null;
  /** Attempts before giving up when other publishers keep winning the race. */
  maxAttempts: number;
  log: (line: string) => void;
  /** Test seam: runs after the commit is made and before it is pushed. */
  beforePush: (() => void | Promise<void>) | null;
}

export interface SiteEdit<T> {
  /** `forbidden`: the token may not push (no `contents: write`); nothing was published. */
  status: 'published' | 'forbidden';
  value: T | null;
  commit: string | null;
  attempts: number;
  notice: string | null;
}

type PushOutcome = 'ok' | 'race' | 'forbidden';

/**
 * Edits the pages branch and pushes the result, never by force. Each attempt starts from a
 * fresh shallow, blob-less fetch (the partial clone gets commit and trees only; a blob comes
 * when read), runs `edit` on it and pushes one commit. When another publisher pushed first, the
 * push is rejected as non-fast-forward: fetch again, redo the edit on the new tip, retry after a
 * jittered backoff. The remote only changes on a successful push, so a crash at any point
 * leaves it as it was.
 */
export async function editPagesBranch<T>(
  target: GitTarget,
  message: string,
  edit: (store: PagesStore) => Promise<T>,
): Promise<SiteEdit<T>> {
  const dir = await mkdtemp(join(tmpdir(), 'evalwarden-pages-'));
  const git = gitFor(dir, { token: target.token });
  try {
    await git.ok(['init', '--quiet', '--bare', dir]);
    // A partial clone by hand (clone cannot start from a branch that may not exist yet). One
    // `git config --file` per key would cost a process each: the settings go in as one file.
    // compression 1: what we write is pushed once and repacked by the server anyway; no
    // housekeeping in a repository that lives for one publish.
    await appendFile(join(dir, 'config'), repositoryConfig(target.remote));
    for (let attempt = 1; ; attempt++) {
      const base = await fetchTip(git, target);
      if (base === 'forbidden') return forbidden(git, target, attempt, 'read');
      const store = gitTreeStore(git, base);
      const value = await edit(store);
      const commit = await store.commit(message);
      if (target.beforePush) await target.beforePush();
      const outcome = await push(git, target, commit);
      if (outcome === 'ok') return { status: 'published', value, commit, attempts: attempt, notice: null };
      if (outcome === 'forbidden') return forbidden(git, target, attempt, 'push to');
      if (attempt >= target.maxAttempts) {
        throw new PublishError(
          `Gave up publishing to ${git.scrub(target.remote)} ${target.branch} after ${attempt} attempts: other publishers kept pushing first.`,
          {
            hint: 'Run the publish again, or publish from one merge job instead of every matrix job.',
          },
        );
      }
      const delay = Math.min(4000, 200 * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
      target.log(
        `${target.branch} moved while publishing; retrying in ${Math.round(delay)} ms (attempt ${attempt + 1} of ${target.maxAttempts}).`,
      );
      await sleep(delay);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The branch's tip after a fresh fetch; null when the branch does not exist yet (it will start as an orphan). */
async function fetchTip(git: Git, target: GitTarget): Promise<string | null | 'forbidden'> {
  const ref = `refs/remotes/origin/${target.branch}`;
  const result = await git.run([
    'fetch',
    '--quiet',
    '--no-tags',
    '--depth=1',
    '--filter=blob:none',
    'origin',
    `+refs/heads/${target.branch}:${ref}`,
  ]);
  if (result.code !== 0) {
    if (/couldn't find remote ref/i.test(result.stderr)) return null;
    if (isAuthFailure(result.stderr)) return 'forbidden';
    throw new PublishError(
      `Could not fetch ${target.branch} from ${git.scrub(target.remote)}: ${git.scrub(result.stderr.trim())}`,
      {
        hint: 'Check the remote URL and that the runner can reach it.',
      },
    );
  }
  if (/filtering not recognized/i.test(result.stderr))
    target.log('The remote does not support partial clone: fetching every file of the branch (slower).');
  return (await git.ok(['rev-parse', ref])).toString('utf8').trim();
}

async function push(git: Git, target: GitTarget, commit: string): Promise<PushOutcome> {
  // --no-verify: a pre-push hook from the user's global core.hooksPath has no business here.
  const result = await git.run([
    'push',
    '--porcelain',
    '--quiet',
    '--no-verify',
    'origin',
    `${commit}:refs/heads/${target.branch}`,
  ]);
  if (result.code === 0) return 'ok';
  const text = `${result.stdout.toString('utf8')}\n${result.stderr}`;
  // Someone else pushed first: client-side ("fetch first", "non-fast-forward") or on the server
  // (denyNonFastForwards, or the ref lock held by a concurrent push).
  if (
    /\[rejected\]|non-fast-forward|fetch first|failed to update ref|cannot lock ref|incorrect old value|stale info/i.test(
      text,
    )
  )
    return 'race';
  if (isAuthFailure(text)) return 'forbidden';
  throw new PublishError(
    `Could not push to ${target.branch} of ${git.scrub(target.remote)}: ${git.scrub(text.trim()).slice(0, 2000)}`,
    {
      hint: 'A branch protection rule or a server hook may refuse the push; evalwarden never force-pushes.',
    },
  );
}

function repositoryConfig(remote: string): string {
  return [
    '[core]',
    '\trepositoryformatversion = 1',
    '\tcompression = 1',
    '[gc]',
    '\tauto = 0',
    '[maintenance]',
    '\tauto = false',
    '[extensions]',
    '\tpartialClone = origin',
    '[remote "origin"]',
    `\turl = ${configValue(remote)}`,
    '\tpromisor = true',
    '\tpartialclonefilter = blob:none',
    '',
  ].join('\n');
}

/** A git config value, quoted: a URL may hold `#` or `;`, which start comments. */
function configValue(value: string): string {
  if (/[\n\r\0]/.test(value)) throw new PublishError('A remote URL cannot hold a line break.');
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function isAuthFailure(text: string): boolean {
  return /\b403\b|\b401\b|permission to .* denied|denied to|authentication failed|could not read username|terminal prompts disabled|protected branch/i.test(
    text,
  );
}

function forbidden<T>(git: Git, target: GitTarget, attempts: number, verb: string): SiteEdit<T> {
  return {
    status: 'forbidden',
    value: null,
    commit: null,
    attempts,
    notice:
      `evalwarden could not ${verb} the ${target.branch} branch of ${git.scrub(target.remote)}: permission denied, so the results were not published. ` +
      'Give the job `permissions: contents: write` (or publish with --pages-dir and actions/deploy-pages). The verdict is not affected.',
  };
}
