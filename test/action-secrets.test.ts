import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { actionProject } from './support/action-project.js';
import { buildAction, pullRequestEvent, runAction, type ActionRun } from './support/action-harness.js';
import { startFakeGitHub } from './support/fake-github.js';

let entry: string;
beforeAll(() => {
  entry = buildAction('secrets').entry;
}, 120_000);

const KEY = 'sk-evalwarden-test-7f3a9c2e41d84b6f';
const WRONG_KEY = 'sk-evalwarden-wrong-0b1c2d3e4f5a6b7c';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe('API keys never leave the process', () => {
  test('no output, log line, comment, check, issue, webhook or file holds a key, even when the endpoint’s 401 quotes it', async () => {
    await using project = await actionProject({ items: 40, model: { api_key_env: 'EVAL_API_KEY' } });
    await using github = await startFakeGitHub();
    const runs: ActionRun[] = [];
    {
      // The endpoint wants another key: its 401 quotes the one it was sent, as OpenAI's does.
      await using sim = await project.sim(0.8, { apiKey: 'sk-the-one-the-server-wants' });
      const refused = await runAction({
        entry,
        workspace: project.dir,
        inputs: { 'results-dir': 'refused' },
        event: pullRequestEvent({ number: 31, headSha: 'f'.repeat(40) }),
        apiUrl: github.url,
        env: { SIM_URL: sim.url, EVAL_API_KEY: KEY },
      });
      expect(refused.code).toBe(2);
      expect(refused.stdout).toMatch(/::error::evalwarden: .*refused the API key from \$EVAL_API_KEY/);
      runs.push(refused);
    }
    {
      await using sim = await project.sim(0.8, { apiKey: KEY });
      const base = await runAction({
        entry,
        workspace: project.dir,
        inputs: { 'results-dir': 'base' },
        event: { name: 'push', payload: {} },
        apiUrl: github.url,
        env: { SIM_URL: sim.url, EVAL_API_KEY: KEY },
      });
      expect(base.code, base.stdout).toBe(0);
      runs.push(base);
    }
    {
      await using sim = await project.sim(0.4, { apiKey: KEY });
      const nightly = await runAction({
        entry,
        workspace: project.dir,
        inputs: { 'results-dir': 'nightly', baseline: 'base', 'webhook-url': github.webhookUrl },
        event: { name: 'schedule', payload: {} },
        apiUrl: github.url,
        env: { SIM_URL: sim.url, EVAL_API_KEY: KEY },
      });
      expect(nightly.outputs.verdict).toBe('regression');
      runs.push(nightly);
      const pr = await runAction({
        entry,
        workspace: project.dir,
        inputs: { 'results-dir': 'pr', baseline: 'base' },
        event: pullRequestEvent({ number: 32, headSha: '9'.repeat(40) }),
        apiUrl: github.url,
        env: { SIM_URL: sim.url, EVAL_API_KEY: KEY },
      });
      runs.push(pr);
    }
    {
      // A key the server refuses is still a key: the wrong one of another run must not leak either.
      await using sim = await project.sim(0.8, { apiKey: KEY });
      runs.push(
        await runAction({
          entry,
          workspace: project.dir,
          inputs: { 'results-dir': 'wrong' },
          event: { name: 'schedule', payload: {} },
          apiUrl: github.url,
          env: { SIM_URL: sim.url, EVAL_API_KEY: WRONG_KEY },
        }),
      );
    }
    expect(github.comments.get(31)![0].body).toContain('evalwarden: **error**');
    expect(github.issues.length).toBeGreaterThan(0);
    expect(github.webhooks.length).toBeGreaterThan(0);

    const texts: [string, string][] = [];
    for (const [i, run] of runs.entries()) {
      // `::add-mask::` is the one line the runner consumes and never shows: it is how a value gets masked.
      const lines = run.stdout.split('\n');
      expect(lines[0]).toMatch(/^::add-mask::/);
      texts.push(
        [`run ${i} stdout`, lines.filter((l) => !l.startsWith('::add-mask::')).join('\n')],
        [`run ${i} stderr`, run.stderr],
      );
      for (const file of Object.values(run.files)) texts.push([file, await readFile(file, 'utf8')]);
    }
    for (const file of await filesUnder(project.dir)) texts.push([file, await readFile(file, 'utf8')]);
    for (const call of github.calls) texts.push([`${call.method} ${call.path}`, JSON.stringify(call.body)]);
    texts.push(['webhooks', JSON.stringify(github.webhooks)]);
    expect(texts.length).toBeGreaterThan(20);
    for (const [where, text] of texts) {
      expect(text.includes(KEY), `${where} holds the key`).toBe(false);
      expect(text.includes(WRONG_KEY), `${where} holds the wrong key`).toBe(false);
    }
    expect(runs[0].stdout).toContain(`::add-mask::${KEY}`);
  });
});
