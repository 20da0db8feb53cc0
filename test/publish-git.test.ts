import { execFile, spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promote, publishRun, verifySite, type Baselines, type Manifest } from '../src/publish/index.js';
import { writeResultsFolder } from './support/results-folder.js';

const run = promisify(execFile);
const git = async (...args: string[]) => (await run('git', args)).stdout.trim();

let root: string;
let childScript: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ew-git-'));
  // A publisher in its own process, as matrix jobs are: the real module, bundled.
  childScript = join(root, 'publish-child.mjs');
  await build({
    stdin: {
      contents: `
        import { publishRun } from ${JSON.stringify(resolve('src/publish/index.ts'))};
        const [resultsDir, remote, crash] = process.argv.slice(2);
        const result = await publishRun({
          resultsDir, remote, context: { defaultBranch: 'main' },
          beforePush: crash === 'crash' ? () => process.kill(process.pid, 'SIGKILL') : undefined,
        });
        process.stdout.write(JSON.stringify(result));`,
      resolveDir: resolve('.'),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: childScript,
    logLevel: 'error',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

let n = 0;
/** A bare repository as GitHub would be: no force pushes, partial clone served. */
async function bareRemote(): Promise<string> {
  const dir = join(root, `remote-${++n}.git`);
  await git('init', '--quiet', '--bare', dir);
  await git('-C', dir, 'config', 'receive.denyNonFastForwards', 'true');
  await git('-C', dir, 'config', 'uploadpack.allowFilter', 'true');
  await git('-C', dir, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
  return dir;
}

async function checkout(remote: string): Promise<string> {
  const dir = join(root, `checkout-${++n}`);
  await git('clone', '--quiet', '--branch', 'gh-pages', remote, dir);
  return dir;
}

async function results(runId: string, extra: Parameters<typeof writeResultsFolder>[1] = {}) {
  return (await writeResultsFolder(join(root, `results-${runId}`), { runId, ...extra })).dir;
}

function child(
  resultsDir: string,
  remote: string,
  crash = false,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const p = spawn(process.execPath, [childScript, resultsDir, remote, crash ? 'crash' : ''], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d));
    p.stderr.on('data', (d: Buffer) => (stderr += d));
    p.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('publishing to a gh-pages branch', () => {
  it('creates the branch as an orphan, then adds to it; called twice in one job', async () => {
    const remote = await bareRemote();
    const first = await publishRun({
      resultsDir: await results('a'),
      remote,
      context: { defaultBranch: 'main' },
      comparison: { models: [{ model: 'cand', verdict: 'no-baseline', tasks: [] }] },
    });
    const second = await publishRun({
      resultsDir: await results('b', { startedAt: '2026-11-24T10:00:00Z' }),
      remote,
      context: { defaultBranch: 'main' },
    });

    expect([first.status, second.status]).toEqual(['published', 'published']);
    expect(first.promoted.map((b) => b.run_id)).toEqual(['a--cand']);
    expect(await git('-C', remote, 'rev-list', '--count', 'gh-pages')).toBe('2');
    expect(await git('-C', remote, 'rev-list', '--max-parents=0', 'gh-pages')).toBe(
      await git('-C', remote, 'rev-parse', 'gh-pages~1'),
    );
    const site = await checkout(remote);
    expect((await verifySite(site)).problems).toEqual([]);
    expect(JSON.parse(await readFile(join(site, 'data/index.json'), 'utf8')).run_count).toBe(2);
  });

  it('8 publishers in separate processes at once: all 8 runs land, shared files agree, history stays linear', async () => {
    const remote = await bareRemote();
    await publishRun({ resultsDir: await results('seed'), remote });
    const dirs = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        results(`par-${i}`, {
          models: [{ model: `m${i % 3}`, accuracy: 0.5 + i / 20 }],
          startedAt: `2026-11-2${i % 3}T10:00:0${i}Z`,
        }),
      ),
    );
    const outcomes = await Promise.all(dirs.map((d) => child(d, remote)));

    for (const o of outcomes) expect(o.code, o.stderr).toBe(0);
    const attempts = outcomes.map((o) => JSON.parse(o.stdout).attempts as number);
    expect(Math.max(...attempts)).toBeGreaterThan(1); // they did race
    expect(await git('-C', remote, 'rev-list', '--count', 'gh-pages')).toBe('9');
    expect(await git('-C', remote, 'rev-list', '--min-parents=2', 'gh-pages')).toBe('');
    const site = await checkout(remote);
    const report = await verifySite(site);
    expect(report.problems).toEqual([]);
    expect(report.runs).toBe(9);
    const manifest = JSON.parse(await readFile(join(site, 'data/index.json'), 'utf8')) as Manifest;
    expect(manifest.models.map((m) => [m.model, m.runs])).toEqual([
      ['cand', 1],
      ['m0', 3],
      ['m1', 3],
      ['m2', 2],
    ]);
    // Eight Node processes and git on a shared two-core runner: minutes when the machine is busy.
  }, 240_000);

  it('a publisher killed between its commit and its push leaves the remote as it was; the next one succeeds', async () => {
    const remote = await bareRemote();
    await publishRun({ resultsDir: await results('before'), remote });
    const tip = await git('-C', remote, 'rev-parse', 'gh-pages');

    const crashed = await child(await results('crash'), remote, true);
    expect(crashed.code).not.toBe(0);
    expect(await git('-C', remote, 'rev-parse', 'gh-pages')).toBe(tip);

    const next = await publishRun({ resultsDir: await results('after'), remote });
    expect(next.status).toBe('published');
    const report = await verifySite(await checkout(remote));
    expect(report.problems).toEqual([]);
    expect(report.runs).toBe(2);
  });

  it('a thrown error before the push changes nothing on the remote', async () => {
    const remote = await bareRemote();
    await publishRun({ resultsDir: await results('ok'), remote });
    const tip = await git('-C', remote, 'rev-parse', 'gh-pages');
    await expect(
      publishRun({
        resultsDir: await results('boom'),
        remote,
        beforePush: () => {
          throw new Error('injected');
        },
      }),
    ).rejects.toThrow('injected');
    expect(await git('-C', remote, 'rev-parse', 'gh-pages')).toBe(tip);
  });

  it('a push the server refuses for permissions is a notice, not a failure', async () => {
    const remote = await bareRemote();
    await publishRun({ resultsDir: await results('first'), remote });
    const hook = join(remote, 'hooks', 'pre-receive');
    await writeFile(
      hook,
      '#!/bin/sh\necho "Permission to owner/repo.git denied to github-actions[bot]." >&2\nexit 1\n',
    );
    await chmod(hook, 0o755);
    const result = await publishRun({ resultsDir: await results('second'), remote });
    expect(result.status).toBe('forbidden');
    expect(result.notice).toMatch(/contents: write/);
    expect(await git('-C', remote, 'rev-list', '--count', 'gh-pages')).toBe('1');
  });

  it('over https-style HTTP the token goes as a header; a 403 is a notice about contents: write', async () => {
    const seen: (string | undefined)[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers.authorization);
      res.writeHead(403, { 'content-type': 'text/plain' });
      res.end('Permission to owner/repo.git denied to github-actions[bot].');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as AddressInfo).port;
      const result = await publishRun({
        resultsDir: await results('http'),
        remote: `http://127.0.0.1:${port}/owner/repo.git`,
        token: 'ghs_tok',
      });
      expect(result.status).toBe('forbidden');
      expect(result.notice).toMatch(/permissions: contents: write/);
      expect(result.notice).not.toContain('ghs_tok');
      expect(seen).toContain(`basic ${Buffer.from('x-access-token:ghs_tok').toString('base64')}`);
    } finally {
      server.close();
    }
  });

  it('a dashboard build is copied to the branch root and replaces the previous one', async () => {
    const remote = await bareRemote();
    for (const version of ['111', '222']) {
      const dash = join(root, `dash-${version}`);
      await mkdir(join(dash, 'assets'), { recursive: true });
      await writeFile(join(dash, 'index.html'), `<!doctype html>${version}`);
      await writeFile(join(dash, 'assets', `app-${version}.js`), version);
      await publishRun({ resultsDir: await results(`dash${version}`), remote, dashboardDir: dash });
    }
    const site = await checkout(remote);
    expect((await git('-C', site, 'ls-files')).split('\n').filter((f) => !f.startsWith('data/'))).toEqual([
      '.nojekyll',
      'assets/app-222.js',
      'index.html',
    ]);
    expect((await verifySite(site)).problems).toEqual([]);
  });

  it('a token never shows in an error, nor do credentials in the remote URL', async () => {
    const failure = await publishRun({
      resultsDir: await results('tok'),
      remote: 'https://user:hunter2pass@127.0.0.1:9/owner/repo.git',
      token: 'ghs_secretTOKEN123',
    }).then(
      (r) => JSON.stringify(r),
      (e: Error) => `${e.message} ${String((e as { hint?: string }).hint)}`,
    );
    expect(failure).not.toContain('hunter2pass');
    expect(failure).not.toContain('ghs_secretTOKEN123');
    expect(failure).not.toContain(Buffer.from('x-access-token:ghs_secretTOKEN123').toString('base64'));
  });

  it('promote makes a chosen run the baseline of its branch, model and suite', async () => {
    const remote = await bareRemote();
    await publishRun({ resultsDir: await results('p1'), remote, context: { defaultBranch: 'main' } });
    await publishRun({
      resultsDir: await results('p2', { startedAt: '2026-10-02T00:00:00Z' }),
      remote,
      context: { defaultBranch: 'main' },
    });
    const promoted = await promote({ runId: 'p2--cand', remote, reason: 'known good' });
    expect(promoted.status).toBe('published');
    await expect(promote({ runId: 'nope--cand', remote })).rejects.toThrow(/No published run/);
    const site = await checkout(remote);
    const baselines = JSON.parse(await readFile(join(site, 'data/baselines.json'), 'utf8')) as Baselines;
    expect(baselines.baselines.map((b) => [b.branch, b.model, b.suite, b.run_id, b.by, b.reason])).toEqual([
      ['main', 'cand', 'full', 'p2--cand', 'manual', 'known good'],
    ]);
    expect((await verifySite(site)).problems).toEqual([]);
  });
});
