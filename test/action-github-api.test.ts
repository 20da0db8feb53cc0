import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { actionProject } from './support/action-project.js';
import { buildAction, haveRealEvents, realEvent, runAction } from './support/action-harness.js';
import { haveRealFixtures, realReply, startFakeGitHub } from './support/fake-github.js';

let entry: string;
beforeAll(() => {
  entry = buildAction('github-api').entry;
}, 120_000);

const need = haveRealFixtures && haveRealEvents ? test : test.skip;
/** A same-repository pull request, as GitHub sent it (Codertocat/Hello-World#2, head ec26c3e). */
const synchronize = () => realEvent('pull_request', 'octokit-webhooks/pull_request.synchronize.payload.json');
const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const fake = () => startFakeGitHub({ owner: 'Codertocat', repo: 'Hello-World' });
/** One millisecond per second of Retry-After: GitHub's `Retry-After: 60` takes 60 ms here. */
const FAST_RETRY = { EVALWARDEN_RETRY_AFTER_BASE_MS: '1' };

describe("the Action against GitHub's API as it behaves", () => {
  need(
    'a secondary rate limit on the check run (403, Retry-After: 60) is waited out, then the check is posted',
    async () => {
      await using project = await actionProject({ items: 30 });
      await using github = await fake();
      await using sim = await project.sim(0.9);
      github.replay('POST', /\/check-runs$/, realReply('pygithub-replays/error.403.rate-limit')!);
      const event = synchronize();
      const run = await runAction({
        entry,
        workspace: project.dir,
        inputs: {},
        event,
        repository: event.repository,
        apiUrl: github.url,
        env: { SIM_URL: sim.url, ...FAST_RETRY },
      });
      expect(run.code, run.stdout).toBe(0);
      expect(github.calls.filter((c) => c.path.endsWith('/check-runs')).map((c) => c.status)).toEqual([
        403, 201,
      ]);
      expect(github.checkRuns).toHaveLength(1);
      expect(github.checkRuns[0].head_sha).toBe(HEAD);
      expect(run.outputs['check-run-url']).toBe(github.checkRuns[0].html_url);
      expect(run.stdout).not.toContain('could not');
    },
  );

  need(
    'a rate limit that outlasts the retries is said in the job summary and a warning, not blamed on the token',
    async () => {
      await using project = await actionProject({ items: 30 });
      await using github = await fake();
      await using sim = await project.sim(0.9);
      for (let i = 0; i < 3; i++)
        github.replay('POST', /\/issues\/2\/comments$/, realReply('pygithub-replays/error.403.rate-limit')!);
      const event = synchronize();
      const run = await runAction({
        entry,
        workspace: project.dir,
        inputs: {},
        event,
        repository: event.repository,
        apiUrl: github.url,
        env: { SIM_URL: sim.url, ...FAST_RETRY },
      });
      expect(run.code, run.stdout).toBe(0);
      expect(run.stdout).toMatch(
        /::warning::evalwarden could not post the pull request comment: GitHub's rate limit/,
      );
      expect(run.summary).toContain("could not post the pull request comment: GitHub's rate limit");
      expect(run.stdout + run.summary).not.toContain('read-only');
      expect(github.checkRuns).toHaveLength(1);
    },
  );

  need("comment-url is built when GitHub's reply has the older shape without html_url", async () => {
    await using project = await actionProject({ items: 30 });
    await using github = await fake();
    await using sim = await project.sim(0.9);
    github.replay(
      'POST',
      /\/issues\/2\/comments$/,
      realReply('pygithub-replays/issue-comment.create.201.2012-legacy-shape')!,
    );
    const event = synchronize();
    const run = await runAction({
      entry,
      workspace: project.dir,
      inputs: {},
      event,
      repository: event.repository,
      apiUrl: github.url,
      env: { SIM_URL: sim.url },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['comment-url']).toBe(
      'https://github.test/Codertocat/Hello-World/pull/2#issuecomment-5808311',
    );
  });

  need('a failed run sets check-run-url to the failing check it posted', async () => {
    await using project = await actionProject({ items: 30 });
    await using github = await fake();
    await writeFile(path.join(project.dir, 'evalwarden.yml'), 'version: 1\nmodels: []\ntasks: []\n');
    const event = synchronize();
    const run = await runAction({
      entry,
      workspace: project.dir,
      inputs: {},
      event,
      repository: event.repository,
      apiUrl: github.url,
    });
    expect(run.code).toBe(2);
    expect(github.checkRuns.at(-1)).toMatchObject({ conclusion: 'failure', head_sha: HEAD });
    expect(run.outputs['check-run-url']).toBe(github.checkRuns.at(-1)!.html_url);
  });
});
