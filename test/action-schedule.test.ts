import { beforeAll, describe, expect, test } from 'vitest';
import { actionProject } from './support/action-project.js';
import { buildAction, runAction } from './support/action-harness.js';
import { startFakeGitHub } from './support/fake-github.js';

let entry: string;
beforeAll(() => {
  entry = buildAction('schedule').entry;
}, 120_000);

const schedule = {
  name: 'schedule',
  payload: { schedule: '0 3 * * *', repository: { default_branch: 'main' } },
};

describe('runs without a pull request', () => {
  test('a nightly regression opens one issue, the next night updates it, a recovery comments and closes it; the webhook hears of each alarm', async () => {
    await using project = await actionProject();
    await using github = await startFakeGitHub();
    {
      await using sim = await project.sim(0.9);
      expect(
        (
          await runAction({
            entry,
            workspace: project.dir,
            inputs: { 'results-dir': 'base' },
            event: schedule,
            apiUrl: github.url,
            env: { SIM_URL: sim.url },
          })
        ).code,
      ).toBe(0);
      expect(github.issues).toHaveLength(0);
    }
    const inputs = { baseline: 'base', 'results-dir': 'nightly', 'webhook-url': github.webhookUrl };
    {
      await using sim = await project.sim(0.6);
      const first = await runAction({
        entry,
        workspace: project.dir,
        inputs,
        event: schedule,
        apiUrl: github.url,
        env: { SIM_URL: sim.url },
      });
      expect(first.code).toBe(1);
      expect(github.issues).toHaveLength(1);
      expect(github.issues[0]).toMatchObject({
        state: 'open',
        labels: ['evalwarden'],
        title: 'evalwarden: regression on cand (full suite)',
      });
      expect(github.issues[0].body).toMatch(/^<!-- evalwarden:issue suite=full model=cand -->/);
      expect(first.outputs['issue-url']).toBe(github.issues[0].html_url);
      const second = await runAction({
        entry,
        workspace: project.dir,
        inputs,
        event: schedule,
        apiUrl: github.url,
        env: { SIM_URL: sim.url },
      });
      expect(second.code).toBe(1);
      expect(github.issues).toHaveLength(1);
      expect(github.calls.filter((c) => c.method === 'PATCH' && /\/issues\/\d+$/.test(c.path))).toHaveLength(
        1,
      );
    }
    expect(github.webhooks).toHaveLength(2);
    expect((github.webhooks[0] as { text: string }).text).toMatch(
      /^evalwarden: regression on the full suite/,
    );
    {
      await using sim = await project.sim(0.9);
      const recovered = await runAction({
        entry,
        workspace: project.dir,
        inputs,
        event: schedule,
        apiUrl: github.url,
        env: { SIM_URL: sim.url },
      });
      expect(recovered.code).toBe(0);
    }
    expect(github.issues).toHaveLength(1);
    expect(github.issues[0].state).toBe('closed');
    expect(github.issues[0].comments[0]).toMatch(/Recovered/);
    expect(github.webhooks).toHaveLength(2);
    expect(github.comments.size).toBe(0);
  });

  test('a night the endpoint is down opens one issue for all models; the next night that measures closes it', async () => {
    await using project = await actionProject({ items: 40 });
    await using github = await startFakeGitHub();
    const down = await runAction({
      entry,
      workspace: project.dir,
      inputs: { 'results-dir': 'n1', 'webhook-url': github.webhookUrl },
      event: schedule,
      apiUrl: github.url,
      env: { SIM_URL: 'http://127.0.0.1:9/v1' },
    });
    expect(down.code).toBe(2);
    expect(github.issues).toHaveLength(1);
    expect(github.issues[0]).toMatchObject({
      state: 'open',
      title: 'evalwarden: error on all models (full suite)',
    });
    expect(github.issues[0].body).toContain('🛑 evalwarden: **error**');
    expect((github.webhooks[0] as { text: string }).text).toMatch(/^evalwarden: error on the full suite/);
    await using sim = await project.sim(0.8);
    const up = await runAction({
      entry,
      workspace: project.dir,
      inputs: { 'results-dir': 'n2' },
      event: schedule,
      apiUrl: github.url,
      env: { SIM_URL: sim.url },
    });
    expect(up.code).toBe(0);
    expect(github.issues).toHaveLength(1);
    expect(github.issues[0].state).toBe('closed');
  });
});
