import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { actionProject } from './support/action-project.js';
import { buildAction, pullRequestEvent, runAction } from './support/action-harness.js';
import { startFakeGitHub } from './support/fake-github.js';

let entry: string;
beforeAll(() => {
  entry = buildAction('pr').entry;
}, 120_000);

const HEAD = 'c'.repeat(40);
const GIT_AUTHOR = {
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@t',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@t',
};
const push = { name: 'push', payload: { before: 'd'.repeat(40), repository: { default_branch: 'main' } } };

describe('the Action on a pull request', () => {
  test('a regression gets one sticky comment, a failing check with annotations and a failing exit; a re-run updates the same comment', async () => {
    await using project = await actionProject();
    await using github = await startFakeGitHub();
    {
      await using sim = await project.sim(0.9);
      const base = await runAction({
        entry,
        workspace: project.dir,
        inputs: { 'results-dir': 'base', comment: 'true' },
        event: push,
        apiUrl: github.url,
        env: { SIM_URL: sim.url },
      });
      expect(base.code, base.stdout + base.stderr).toBe(0);
      expect(base.outputs.verdict).toBe('no-baseline');
    }
    await using sim = await project.sim(0.6);
    const event = pullRequestEvent({ number: 7, headSha: HEAD });
    const first = await runAction({
      entry,
      workspace: project.dir,
      inputs: { baseline: 'base', 'results-dir': 'pr' },
      event,
      apiUrl: github.url,
      env: { SIM_URL: sim.url },
    });
    expect(first.code, first.stdout).toBe(1);
    expect(first.outputs.verdict).toBe('regression');
    expect(first.stdout).toContain('::error::evalwarden: regression');
    expect(github.comments.get(7)).toHaveLength(1);
    const comment = github.comments.get(7)![0];
    expect(comment.body).toMatch(
      /^<!-- evalwarden:comment workflow=evals config=evalwarden.yml model=all -->/,
    );
    expect(comment.body).toContain('❌ evalwarden: **regression**');
    expect(comment.body).toContain('| math');
    expect(comment.body).toContain('<details>');
    expect(first.outputs['comment-url']).toBe(comment.html_url);

    const check = github.checkRuns.at(-1)!;
    expect(check).toMatchObject({ name: 'evalwarden', head_sha: HEAD, conclusion: 'failure' });
    expect(check.annotations).toEqual([
      expect.objectContaining({
        path: 'evalwarden.yml',
        annotation_level: 'failure',
        title: 'evalwarden: regression on cand / math',
      }),
    ]);
    expect(check.annotations[0].start_line).toBeGreaterThan(1);

    expect(first.summary).toContain('evalwarden: **regression**');
    const comparison = JSON.parse(await readFile(first.outputs['comparison-path'], 'utf8'));
    expect(comparison.verdict).toBe('regression');
    expect(first.outputs['summary-path']).toBe(path.join(project.dir, 'pr', 'summary.json'));

    const again = await runAction({
      entry,
      workspace: project.dir,
      inputs: { baseline: 'base', 'results-dir': 'pr' },
      event,
      apiUrl: github.url,
      env: { SIM_URL: sim.url },
    });
    expect(again.code).toBe(1);
    expect(github.comments.get(7)).toHaveLength(1);
    expect(
      github.calls.filter((c) => c.method === 'PATCH' && c.path.includes('/issues/comments/')),
    ).toHaveLength(1);
    expect(again.outputs['comment-url']).toBe(comment.html_url);
  });

  test('a clean pull request passes with a green check', async () => {
    await using project = await actionProject();
    await using github = await startFakeGitHub();
    await using sim = await project.sim(0.8);
    const base = await runAction({
      entry,
      workspace: project.dir,
      inputs: { 'results-dir': 'base' },
      event: push,
      apiUrl: github.url,
      env: { SIM_URL: sim.url },
    });
    expect(base.code).toBe(0);
    const pr = await runAction({
      entry,
      workspace: project.dir,
      inputs: { baseline: 'base', 'results-dir': 'pr' },
      event: pullRequestEvent({ number: 8, headSha: HEAD }),
      apiUrl: github.url,
      env: { SIM_URL: sim.url },
    });
    expect(pr.code, pr.stdout).toBe(0);
    expect(pr.outputs.verdict).toBe('pass');
    expect(github.checkRuns.at(-1)).toMatchObject({ conclusion: 'success', annotations: [] });
    expect(github.comments.get(8)![0].body).toContain('✅ evalwarden: **pass**');
  });

  test("a maintainer's accept label turns the regression into a recorded acceptance", async () => {
    await using project = await actionProject();
    await using github = await startFakeGitHub();
    {
      await using sim = await project.sim(0.9);
      await runAction({
        entry,
        workspace: project.dir,
        inputs: { 'results-dir': 'base' },
        event: push,
        apiUrl: github.url,
        env: { SIM_URL: sim.url },
      });
    }
    github.pulls.push({
      number: 9,
      headSha: HEAD,
      baseRef: 'main',
      baseSha: 'b'.repeat(40),
      labels: ['evalwarden:accept'],
    });
    await using sim = await project.sim(0.6);
    const pr = await runAction({
      entry,
      workspace: project.dir,
      inputs: { baseline: 'base', 'results-dir': 'pr' },
      event: pullRequestEvent({ number: 9, headSha: HEAD }),
      apiUrl: github.url,
      env: { SIM_URL: sim.url },
    });
    expect(pr.code, pr.stdout).toBe(0);
    expect(github.comments.get(9)![0].body).toContain('Accepted by a maintainer');
    expect(github.comments.get(9)![0].body).toContain('pull request labelled evalwarden:accept');
  });

  test("an acceptance counts from the base branch's config, never from the pull request's own", async () => {
    await using project = await actionProject({
      gate: { accept: [{ task: 'math', reason: 'the new prompt trades math for safety' }] },
    });
    await using github = await startFakeGitHub();
    {
      await using sim = await project.sim(0.9);
      await runAction({
        entry,
        workspace: project.dir,
        inputs: { 'results-dir': 'base' },
        event: push,
        apiUrl: github.url,
        env: { SIM_URL: sim.url },
      });
    }
    await using sim = await project.sim(0.6);
    const event = pullRequestEvent({ number: 12, headSha: HEAD, baseSha: 'b'.repeat(40) });
    const own = await runAction({
      entry,
      workspace: project.dir,
      inputs: { baseline: 'base', 'results-dir': 'pr' },
      event,
      apiUrl: github.url,
      env: { SIM_URL: sim.url },
    });
    expect(own.code).toBe(1);
    github.files.set(
      `${'b'.repeat(40)}:evalwarden.yml`,
      await readFile(path.join(project.dir, 'evalwarden.yml'), 'utf8'),
    );
    const fromBase = await runAction({
      entry,
      workspace: project.dir,
      inputs: { baseline: 'base', 'results-dir': 'pr' },
      event,
      apiUrl: github.url,
      env: { SIM_URL: sim.url },
    });
    expect(fromBase.code, fromBase.stdout).toBe(0);
    expect(github.comments.get(12)![0].body).toContain('the new prompt trades math for safety');
    expect(github.checkRuns.at(-1)!.conclusion).not.toBe('failure');
  });

  test("the base branch's gate policy is read from the local git when the API cannot give it", async () => {
    await using project = await actionProject();
    await using github = await startFakeGitHub();
    {
      await using sim = await project.sim(0.9);
      await runAction({
        entry,
        workspace: project.dir,
        inputs: { 'results-dir': 'base' },
        event: push,
        apiUrl: github.url,
        env: { SIM_URL: sim.url },
      });
    }
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: project.dir,
        encoding: 'utf8',
        env: { ...process.env, ...GIT_AUTHOR },
      }).trim();
    git('init', '-q', '-b', 'main');
    git('add', 'evalwarden.yml');
    git('commit', '-qm', 'base');
    const baseSha = git('rev-parse', 'HEAD');
    // The pull request raises its own max_drop past the drop it brings.
    const file = path.join(project.dir, 'evalwarden.yml');
    const config = parse(await readFile(file, 'utf8'));
    config.gate.max_drop = 0.9;
    await writeFile(file, stringify(config));
    // The contents API refuses (a token that may not read the repository): the checkout has the base.
    github.replay('GET', /\/contents\//, {
      status: 403,
      headers: { 'content-type': 'application/json' },
      body: '{"message":"Resource not accessible by integration"}',
    });
    await using sim = await project.sim(0.6);
    const pr = await runAction({
      entry,
      workspace: project.dir,
      inputs: { baseline: 'base', 'results-dir': 'pr' },
      event: pullRequestEvent({ number: 13, headSha: HEAD, baseSha }),
      apiUrl: github.url,
      env: { SIM_URL: sim.url },
    });
    expect(pr.code, pr.stdout).toBe(1);
    const comparison = JSON.parse(await readFile(path.join(project.dir, 'pr', 'comparison.json'), 'utf8'));
    expect(comparison.models[0].tasks[0].reason).toContain(
      "gate policy changed by this PR; the base branch's applied",
    );
  });

  test('a fork’s read-only token (403) falls back to the job summary with a notice and does not fail the run', async () => {
    await using project = await actionProject();
    await using github = await startFakeGitHub();
    await using sim = await project.sim(0.8);
    github.readOnly = true;
    const pr = await runAction({
      entry,
      workspace: project.dir,
      inputs: { 'results-dir': 'pr' },
      event: pullRequestEvent({ number: 10, headSha: HEAD }),
      apiUrl: github.url,
      env: { SIM_URL: sim.url },
    });
    expect(pr.code, pr.stdout).toBe(0);
    expect(pr.outputs.verdict).toBe('no-baseline');
    expect(github.comments.get(10)).toBeUndefined();
    expect(github.calls.filter((c) => c.status === 403).length).toBeGreaterThanOrEqual(2);
    expect(pr.stdout).toContain('::notice::evalwarden could not post the pull request comment');
    expect(pr.summary).toContain('could not post the pull request comment');
    expect(pr.summary).toContain('evalwarden: **no-baseline**');
  });

  test('a bad dataset row is annotated on its line in the dataset file', async () => {
    await using project = await actionProject({ items: 30 });
    await using github = await startFakeGitHub();
    const file = path.join(project.dir, 'data', 'math.jsonl');
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    lines[6] = '{"id": "q-7", "question": "What is 1 + 1?", oops}';
    await writeFile(file, `${lines.join('\n')}\n`);
    const pr = await runAction({
      entry,
      workspace: project.dir,
      inputs: {},
      event: pullRequestEvent({ number: 13, headSha: HEAD }),
      apiUrl: github.url,
      env: { SIM_URL: 'http://127.0.0.1:9/v1' },
    });
    expect(pr.code).toBe(2);
    expect(pr.stdout).toMatch(/::error title=evalwarden%3A dataset error,file=data\/math.jsonl,line=7/);
    expect(github.checkRuns.at(-1)!.annotations[0]).toMatchObject({
      path: 'data/math.jsonl',
      start_line: 7,
      annotation_level: 'failure',
    });
  });

  test('a bad config fails with exit code 2, one line, and an annotation on its line', async () => {
    await using project = await actionProject();
    await using github = await startFakeGitHub();
    await writeFile(
      path.join(project.dir, 'evalwarden.yml'),
      'version: 1\nmodels:\n  - id: cand\n    base_url: http://127.0.0.1:1/v1\n    model: m\n    temprature: 0\ntasks: []\n',
    );
    const pr = await runAction({
      entry,
      workspace: project.dir,
      inputs: {},
      event: pullRequestEvent({ number: 11, headSha: HEAD }),
      apiUrl: github.url,
    });
    expect(pr.code).toBe(2);
    expect(pr.stdout).toMatch(
      /::error title=evalwarden%3A config error,file=evalwarden.yml,line=6,col=5::evalwarden.yml:6:5 models\[0\].temprature: unknown property/,
    );
    expect(pr.outputs.verdict).toBe('error');
    expect(github.checkRuns.at(-1)).toMatchObject({ conclusion: 'failure' });
    expect(github.checkRuns.at(-1)!.annotations[0]).toMatchObject({ path: 'evalwarden.yml', start_line: 6 });
    expect(github.comments.get(11)![0].body).toContain('🛑 evalwarden: **error**');

    // Fixed in the next push: the same comment now carries the verdict.
    const fixed = await actionProject();
    await writeFile(
      path.join(project.dir, 'evalwarden.yml'),
      await readFile(path.join(fixed.dir, 'evalwarden.yml'), 'utf8'),
    );
    await fixed[Symbol.asyncDispose]();
    await using sim = await project.sim(0.8);
    const again = await runAction({
      entry,
      workspace: project.dir,
      inputs: {},
      event: pullRequestEvent({ number: 11, headSha: HEAD }),
      apiUrl: github.url,
      env: { SIM_URL: sim.url },
    });
    expect(again.code, again.stdout).toBe(0);
    expect(github.comments.get(11)).toHaveLength(1);
    expect(github.comments.get(11)![0].body).toContain('evalwarden: **no-baseline**');
  });
});
