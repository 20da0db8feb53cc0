import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { actionProject } from './support/action-project.js';
import { buildAction, runAction } from './support/action-harness.js';
import { startFakeGitHub } from './support/fake-github.js';

let entry: string;
beforeAll(() => {
  entry = buildAction('cache').entry;
}, 120_000);

const push = { name: 'push', payload: {} };

describe('the response cache', () => {
  test('outside GitHub’s cache service the local folder is used silently; the cache input can turn it off', async () => {
    await using project = await actionProject({ items: 50 });
    await using github = await startFakeGitHub();
    const file = path.join(project.dir, 'evalwarden.yml');
    const config = parse(await readFile(file, 'utf8'));
    config.run.cache = { enabled: true };
    await writeFile(file, stringify(config));
    await using sim = await project.sim(0.8);
    const run = (inputs: Record<string, string>) =>
      runAction({
        entry,
        workspace: project.dir,
        inputs,
        event: push,
        apiUrl: github.url,
        env: { SIM_URL: sim.url },
      });

    const first = await run({ 'results-dir': 'one' });
    expect(first.code, first.stdout).toBe(0);
    expect(sim.counters.chat).toBe(50);
    const second = await run({ 'results-dir': 'two' });
    expect(second.code).toBe(0);
    // No revision vouches for the weights: 32 canaries are asked again, then the cache serves all 50.
    expect(second.stdout).toContain('cand: response cache vouched for by 32 matching canaries');
    expect(sim.counters.chat).toBe(82);
    const info = JSON.parse(await readFile(path.join(project.dir, 'two', 'run.json'), 'utf8'));
    expect(info.counts).toMatchObject({ requests: 0, cached: 50 });
    for (const out of [first.stdout, second.stdout])
      expect(out).not.toMatch(/::warning::.*cache|Cache service/i);

    const off = await run({ 'results-dir': 'three', cache: 'false' });
    expect(off.code).toBe(0);
    expect(sim.counters.chat).toBe(132);
  });

  test('an input that is not a boolean or a count stops the run naming the input', async () => {
    await using project = await actionProject({ items: 20 });
    await using github = await startFakeGitHub();
    for (const [inputs, message] of [
      [{ cache: 'yes' }, 'input cache: "yes" is not true or false'],
      [{ 'max-items': '10s' }, 'input max-items: "10s" is not a whole number ≥ 1'],
      [{ shard: '4/3' }, 'input shard: shard must look like i/N'],
      [
        { 'fail-on': 'regression,typo' },
        'input fail-on: "typo" is not one of regression, inconclusive, error, no-baseline',
      ],
      [{ mode: 'publish' }, 'input mode: "publish" is not one of run, merge, report'],
    ] as const) {
      const result = await runAction({
        entry,
        workspace: project.dir,
        inputs,
        event: push,
        apiUrl: github.url,
      });
      expect(result.code).toBe(2);
      expect(result.stdout).toContain(`::error::evalwarden: ${message}`);
    }
    expect(github.calls).toHaveLength(0);
  });
});
