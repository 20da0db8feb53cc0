import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const SCRIPT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../scripts/release-tags.mjs');

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** A bare "GitHub" repository and a clone of it with a committer. */
async function repositories() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'evalwarden-release-'));
  const remote = path.join(dir, 'remote.git');
  const clone = path.join(dir, 'clone');
  git(dir, 'init', '--bare', '-q', remote);
  git(dir, 'clone', '-q', remote, clone);
  git(clone, 'config', 'user.name', 'release test');
  git(clone, 'config', 'user.email', 'release@test.invalid');
  git(clone, 'config', 'commit.gpgsign', 'false');
  git(clone, 'config', 'tag.gpgsign', 'false');
  return { dir, remote, clone, [Symbol.asyncDispose]: () => rm(dir, { recursive: true, force: true }) };
}

/** Commits package.json at `version` and tags it `tag`; returns the commit. */
async function release(clone: string, version: string, tag: string): Promise<string> {
  await writeFile(path.join(clone, 'package.json'), `${JSON.stringify({ name: 'evalwarden', version })}\n`);
  git(clone, 'add', 'package.json');
  git(clone, 'commit', '-q', '-m', `release ${version}`);
  git(clone, 'tag', '-a', tag, '-m', tag);
  git(clone, 'push', '-q', 'origin', 'HEAD', `refs/tags/${tag}`);
  return git(clone, 'rev-parse', 'HEAD');
}

const run = (clone: string, tag: string) =>
  spawnSync(process.execPath, [SCRIPT, tag], { cwd: clone, encoding: 'utf8' });

const remoteTag = (remote: string, name: string) => git(remote, 'rev-parse', `refs/tags/${name}^{commit}`);

describe('the release script moves the major tag', () => {
  test('v1.2.0 moves v1; then v2.0.0 moves v2 and leaves v1 where it was', async () => {
    await using repos = await repositories();
    const first = await release(repos.clone, '1.2.0', 'v1.2.0');
    expect(run(repos.clone, 'v1.2.0').status).toBe(0);
    expect(remoteTag(repos.remote, 'v1')).toBe(first);

    const second = await release(repos.clone, '2.0.0', 'v2.0.0');
    const moved = run(repos.clone, 'v2.0.0');
    expect(moved.status, moved.stderr).toBe(0);
    expect(remoteTag(repos.remote, 'v2')).toBe(second);
    expect(remoteTag(repos.remote, 'v1')).toBe(first);
  });

  test("fails, moving nothing, unless package.json's version equals the tag", async () => {
    await using repos = await repositories();
    await release(repos.clone, '0.1.0', 'v1.3.0');
    const refused = run(repos.clone, 'v1.3.0');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('package.json says 0.1.0 at v1.3.0, not 1.3.0');
    expect(git(repos.remote, 'tag', '--list', 'v1')).toBe('');
  });

  test('a pre-release or a malformed tag moves no major tag', async () => {
    await using repos = await repositories();
    await release(repos.clone, '2.0.0-rc.1', 'v2.0.0-rc.1');
    expect(run(repos.clone, 'v2.0.0-rc.1').status).toBe(1);
    expect(git(repos.remote, 'tag', '--list', 'v2')).toBe('');
  });
});
