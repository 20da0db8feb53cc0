import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { comparableRecords, comparableSummary } from './support/action-results.js';
import {
  numericConfig,
  numericRows,
  readResults,
  runCli,
  tempProject,
  writeConfig,
  writeJsonl,
} from './support/engine.js';
import { startSim } from '../src/sim/index.js';
import { artifactValidators } from '../src/artifact-schemas.js';

describe('evalwarden merge', () => {
  test('merging the shards of a run gives the unsharded run, timings and run id aside', async () => {
    await using project = await tempProject();
    const rows = numericRows(90);
    await writeJsonl(path.join(project.dir, 'data/math.jsonl'), rows);
    await using sim = await startSim({
      models: { 'sim-cand': { accuracy: 0.7 } },
      items: rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'numeric' })),
      latencyMs: 1,
    });
    await writeConfig(project.dir, numericConfig(sim.url, { task: { samples: 2 } }));
    expect((await runCli(['run', '--suite', 'full', '--out', 'whole'], { cwd: project.dir })).code).toBe(0);
    for (const i of [1, 2])
      expect(
        (
          await runCli(['run', '--suite', 'full', '--shard', `${i}/2`, '--out', `shards/${i}`], {
            cwd: project.dir,
          })
        ).code,
      ).toBe(0);
    const merged = await runCli(['merge', '--out', 'merged', 'shards/2', 'shards/1'], { cwd: project.dir });
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stderr).toContain('merged 2 shard(s), 180 records');
    const dir = (name: string) => path.join(project.dir, name);
    expect(await comparableRecords(dir('merged'))).toEqual(await comparableRecords(dir('whole')));
    expect(await comparableSummary(dir('merged'))).toEqual(await comparableSummary(dir('whole')));
    const { summary, run } = await readResults(dir('merged'));
    expect(artifactValidators.summary()(summary)).toBe(true);
    expect(artifactValidators.run()(run), JSON.stringify(artifactValidators.run().errors)).toBe(true);
    expect(run.status).toBe('complete');
  });

  test('the shards of a checkpoint sweep (--model ID=SERVED --step N) merge into that checkpoint', async () => {
    await using project = await tempProject();
    const rows = numericRows(40);
    await writeJsonl(path.join(project.dir, 'data/math.jsonl'), rows);
    await using sim = await startSim({
      models: { 'sim-cand': { accuracy: 0.7 } },
      items: rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'numeric' })),
      latencyMs: 1,
    });
    await writeConfig(project.dir, numericConfig(sim.url));
    const sweep = ['--suite', 'full', '--model', 'my-run=sim-cand', '--step', '1500'];
    for (const i of [1, 2]) {
      const shard = await runCli(['run', ...sweep, '--shard', `${i}/2`, '--out', `shards/${i}`], {
        cwd: project.dir,
      });
      expect(shard.code, shard.stderr).toBe(0);
    }
    const merged = await runCli(['merge', '--out', 'merged', 'shards'], { cwd: project.dir });
    expect(merged.code, merged.stderr).toBe(0);
    const { summary, run } = await readResults(path.join(project.dir, 'merged'));
    const model = summary.models[0];
    expect([model.model, model.role, model.step, model.served_model]).toEqual([
      'my-run',
      'training',
      1500,
      'sim-cand',
    ]);
    expect(model.tasks[0].n).toBe(40);
    expect(run.models.map((m) => [m.model, m.role, m.step])).toEqual([['my-run', 'training', 1500]]);
  });

  test('a missing shard leaves the merged run partial', async () => {
    await using project = await tempProject();
    const rows = numericRows(40);
    await writeJsonl(path.join(project.dir, 'data/math.jsonl'), rows);
    await using sim = await startSim({
      models: { 'sim-cand': { accuracy: 0.7 } },
      items: rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'numeric' })),
      latencyMs: 1,
    });
    await writeConfig(project.dir, numericConfig(sim.url));
    await runCli(['run', '--suite', 'full', '--shard', '1/2', '--out', 'shards/1'], { cwd: project.dir });
    const merged = await runCli(['merge', '--out', 'merged', 'shards'], { cwd: project.dir });
    expect(merged.code, merged.stderr).toBe(0);
    const { summary, run } = await readResults(path.join(project.dir, 'merged'));
    expect(run.status).toBe('partial');
    expect(summary.models[0].tasks[0].n).toBe(20);
  });

  test('shards of different configs are refused', async () => {
    await using project = await tempProject();
    const rows = numericRows(40);
    await writeJsonl(path.join(project.dir, 'data/math.jsonl'), rows);
    await using sim = await startSim({
      models: { 'sim-cand': { accuracy: 0.7 } },
      items: rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'numeric' })),
      latencyMs: 1,
    });
    await writeConfig(project.dir, numericConfig(sim.url));
    await runCli(['run', '--suite', 'full', '--shard', '1/2', '--out', 'shards/1'], { cwd: project.dir });
    await writeConfig(project.dir, numericConfig(sim.url, { task: { samples: 3 } }));
    await runCli(['run', '--suite', 'full', '--shard', '2/2', '--out', 'shards/2'], { cwd: project.dir });
    const merged = await runCli(['merge', '--out', 'merged', 'shards/1', 'shards/2'], { cwd: project.dir });
    expect(merged.code).toBe(2);
    expect(merged.stderr).toMatch(/shard ran config .* the first one/);
  });
});
