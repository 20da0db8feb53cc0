import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { actionProject } from './support/action-project.js';
import { buildAction, pullRequestEvent, runAction } from './support/action-harness.js';
import { startFakeGitHub } from './support/fake-github.js';

let entry: string;
beforeAll(() => {
  entry = buildAction('publish').entry;
}, 120_000);

const git = (...args: string[]) =>
  execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

describe('publishing from the default branch feeds the next pull request', () => {
  test('pushes publish to gh-pages; a PR gated against the pages checkout shows the base branch’s history as a chart', async () => {
    await using project = await actionProject({ items: 120 });
    await using github = await startFakeGitHub();
    // GitHub's server for git: the remote is <server>/<owner>/<repo>.git, here a bare repository.
    const server = await mkdtemp(path.join(os.tmpdir(), 'evalwarden-server-'));
    try {
      const remote = path.join(server, 'acme', 'models.git');
      await mkdir(path.dirname(remote), { recursive: true });
      git('init', '--quiet', '--bare', remote);
      const pages = path.join(project.dir, '.evalwarden', 'pages');
      const shas = ['1', '2', '3'].map((c) => c.repeat(40));
      for (const [i, sha] of shas.entries()) {
        await using sim = await project.sim([0.8, 0.82, 0.81][i]);
        await rm(pages, { recursive: true, force: true });
        if (i > 0) git('clone', '--quiet', '--branch', 'gh-pages', remote, pages);
        const push = await runAction({
          entry,
          workspace: project.dir,
          inputs: { publish: 'true', baseline: '.evalwarden/pages', 'results-dir': `push-${i}` },
          event: {
            name: 'push',
            payload: { before: i > 0 ? shas[i - 1] : '0'.repeat(40), repository: { default_branch: 'main' } },
          },
          sha,
          apiUrl: github.url,
          env: { SIM_URL: sim.url, GITHUB_SERVER_URL: server },
        });
        expect(push.code, push.stdout + push.stderr).toBe(0);
        expect(push.outputs['dashboard-url']).toBe('https://acme.github.io/models/');
        expect(push.stdout).toMatch(/published .* in [0-9a-f]{7}/);
      }
      expect(Number(git('-C', remote, 'rev-list', '--count', 'gh-pages'))).toBe(3);

      await rm(pages, { recursive: true, force: true });
      git('clone', '--quiet', '--branch', 'gh-pages', remote, pages);
      await using sim = await project.sim(0.5);
      const pr = await runAction({
        entry,
        workspace: project.dir,
        inputs: { baseline: '.evalwarden/pages', 'results-dir': 'pr' },
        event: pullRequestEvent({ number: 40, headSha: 'f'.repeat(40), baseSha: shas[2] }),
        apiUrl: github.url,
        env: { SIM_URL: sim.url, GITHUB_SERVER_URL: server },
      });
      expect(pr.code).toBe(1);
      const body = github.comments.get(40)![0].body;
      expect(body).toContain('❌ evalwarden: **regression**');
      expect(body).toContain('```mermaid\nxychart-beta');
      expect(body).toContain('x-axis ["1111111", "2222222", "3333333", "this PR"]');
      expect(body).toMatch(/Baseline: .*3333333/);
    } finally {
      await rm(server, { recursive: true, force: true });
    }
  });

  test('a publish that fails fails the job, and the verdict already reported stands', async () => {
    await using project = await actionProject({ items: 30 });
    await using github = await startFakeGitHub();
    await using sim = await project.sim(0.8);
    const push = await runAction({
      entry,
      workspace: project.dir,
      inputs: { publish: 'true', 'results-dir': 'out' },
      event: { name: 'push', payload: {} },
      apiUrl: github.url,
      env: { SIM_URL: sim.url, GITHUB_SERVER_URL: path.join(os.tmpdir(), 'evalwarden-no-such-server') },
    });
    expect(push.code).toBe(2);
    expect(push.outputs.verdict).toBe('no-baseline');
    expect(push.stdout).toMatch(/::error::evalwarden: the run was gated \(no-baseline\) but not published: /);
    expect(github.checkRuns).toHaveLength(1);
    expect(github.checkRuns[0].conclusion).toBe('neutral');
    expect(push.summary).toContain('evalwarden: **no-baseline**');
  });
});
