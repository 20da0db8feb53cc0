import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { actionProject } from './support/action-project.js';
import { buildAction, runAction } from './support/action-harness.js';
import { comparableRecords, comparableSummary } from './support/action-results.js';
import { startFakeGitHub } from './support/fake-github.js';

let entry: string;
beforeAll(() => {
  entry = buildAction('shard').entry;
}, 120_000);

const push = { name: 'push', payload: { repository: { default_branch: 'main' } } };

describe('a full eval spread over a matrix of runners', () => {
  test('shards 1/3, 2/3 and 3/3 merged give the records, summary and verdict of one unsharded run', async () => {
    await using project = await actionProject({ items: 150 });
    await using github = await startFakeGitHub();
    const env = (url: string) => ({ SIM_URL: url });
    {
      await using sim = await project.sim(0.85);
      expect(
        (
          await runAction({
            entry,
            workspace: project.dir,
            inputs: { 'results-dir': 'base' },
            event: push,
            apiUrl: github.url,
            env: env(sim.url),
          })
        ).code,
      ).toBe(0);
    }
    await using sim = await project.sim(0.7);
    const whole = await runAction({
      entry,
      workspace: project.dir,
      inputs: { 'results-dir': 'whole', baseline: 'base', issue: 'false' },
      event: push,
      apiUrl: github.url,
      env: env(sim.url),
    });
    expect(whole.outputs.verdict).toBe('regression');

    for (const i of [1, 2, 3]) {
      const shard = await runAction({
        entry,
        workspace: project.dir,
        inputs: { shard: `${i}/3`, 'results-dir': `artifacts/shard-${i}`, baseline: 'base' },
        event: push,
        apiUrl: github.url,
        env: env(sim.url),
      });
      expect(shard.code, shard.stdout).toBe(0);
      expect(shard.outputs.verdict).toBe('partial');
      const info = JSON.parse(
        await readFile(path.join(project.dir, `artifacts/shard-${i}`, 'run.json'), 'utf8'),
      );
      expect(info.shard).toEqual({ index: i, count: 3 });
      expect(info.counts.done).toBe(50);
    }
    expect(github.checkRuns).toHaveLength(2);

    // The merge job downloads every shard artifact into one folder (actions/download-artifact).
    const merged = await runAction({
      entry,
      workspace: project.dir,
      inputs: {
        mode: 'merge',
        'merge-from': 'artifacts',
        'results-dir': 'merged',
        baseline: 'base',
        issue: 'false',
      },
      event: push,
      apiUrl: github.url,
      env: env(sim.url),
    });
    expect(merged.code, merged.stdout).toBe(whole.code);
    expect(merged.outputs.verdict).toBe(whole.outputs.verdict);
    const dir = (name: string) => path.join(project.dir, name);
    expect(await comparableRecords(dir('merged'))).toEqual(await comparableRecords(dir('whole')));
    expect(await comparableSummary(dir('merged'))).toEqual(await comparableSummary(dir('whole')));
    const mergedInfo = JSON.parse(await readFile(path.join(dir('merged'), 'run.json'), 'utf8'));
    expect(mergedInfo).toMatchObject({
      shard: null,
      status: 'complete',
      counts: { planned: 150, done: 150, errors: 0 },
    });
    const [a, b] = await Promise.all(
      ['merged', 'whole'].map(async (n) =>
        JSON.parse(await readFile(path.join(dir(n), 'comparison.json'), 'utf8')),
      ),
    );
    expect(a.models[0].tasks[0].delta).toEqual(b.models[0].tasks[0].delta);
    expect(github.checkRuns).toHaveLength(3);
    expect(github.checkRuns[2].conclusion).toBe('failure');
  });
});
