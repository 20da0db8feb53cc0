import { beforeAll, describe, expect, test } from 'vitest';
import { actionProject } from './support/action-project.js';
import { buildAction, haveRealEvents, realEvent, runAction } from './support/action-harness.js';
import { startFakeGitHub } from './support/fake-github.js';

let entry: string;
beforeAll(() => {
  entry = buildAction('fork').entry;
}, 120_000);

const need = haveRealEvents ? test : test.skip;
/** mendersoftware/workflows#140, opened from the fork tranchitella/workflows, as GitHub sent it. */
const forkOpened = () => realEvent('pull_request', 'mender-real-webhooks/pull_request_opened_from_fork.json');

describe("a fork's pull_request job", () => {
  need(
    'without the secrets the config needs, the quick start exits 0 and names the fork-safe pair',
    async () => {
      await using project = await actionProject({ items: 20, model: { api_key_env: 'OPENAI_API_KEY' } });
      await using github = await startFakeGitHub({ owner: 'mendersoftware', repo: 'workflows' });
      await using sim = await project.sim(0.9);
      const event = forkOpened();
      // The quick start's env line is there; GitHub gives a fork's job an empty value for it.
      const run = await runAction({
        entry,
        workspace: project.dir,
        inputs: { suite: 'quick' },
        event,
        repository: event.repository,
        apiUrl: github.url,
        env: { SIM_URL: sim.url, OPENAI_API_KEY: '' },
      });
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs.verdict).toBe('skipped');
      expect(run.summary).toContain('no secrets');
      expect(run.summary).toContain('workflows-examples/fork-pr-eval.yml');
      expect(run.summary).toContain('workflows-examples/fork-pr-report.yml');
      expect(run.stdout).toContain(
        '::notice::evalwarden: fork pull request without secrets (OPENAI_API_KEY)',
      );
      expect(github.calls.filter((c) => c.method !== 'GET')).toEqual([]);
      expect(sim.counters.chat + sim.counters.completions).toBe(0);
    },
  );

  need('a same-repository pull request without the key still fails, with the hint to add it', async () => {
    await using project = await actionProject({ items: 20, model: { api_key_env: 'OPENAI_API_KEY' } });
    await using github = await startFakeGitHub({ owner: 'mendersoftware', repo: 'mender-docs' });
    await using sim = await project.sim(0.9);
    const event = realEvent('pull_request', 'mender-real-webhooks/pull_request_opened_from_branch.json');
    const run = await runAction({
      entry,
      workspace: project.dir,
      inputs: { suite: 'quick' },
      event,
      repository: event.repository,
      apiUrl: github.url,
      env: { SIM_URL: sim.url },
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('OPENAI_API_KEY is not set');
  });
});
