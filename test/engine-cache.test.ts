import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { startSim, type SimItem } from '../src/sim/index.js';
import {
  numericConfig,
  numericRows,
  readResults,
  runCli,
  tempProject,
  writeConfig,
  writeJsonl,
} from './support/engine.js';

function itemsOf(rows: { question: string; answer: string }[]): SimItem[] {
  return rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'numeric' }));
}

const CACHE = { enabled: true, dir: '.cache' };

/** A project of `n` numeric items served as `candidate` from `./model`, as vLLM serves a checkpoint. */
async function servedProject(n: number, model: object = {}, run: object = {}) {
  const project = await tempProject();
  const rows = numericRows(n);
  await writeJsonl(path.join(project.dir, 'data/math.jsonl'), rows);
  const sim = await startSim({
    models: { candidate: { accuracy: 0.8, root: './model' } },
    items: itemsOf(rows),
    latencyMs: 1,
  });
  await writeConfig(
    project.dir,
    numericConfig(sim.url, {
      models: [{ id: 'cand', base_url: sim.url, model: 'candidate', params: { temperature: 0 }, ...model }],
      run: { cache: CACHE, ...run },
    }),
  );
  return {
    dir: project.dir,
    sim,
    run: (out: string, env: Record<string, string> = {}, extra: string[] = []) =>
      runCli(['run', '--suite', 'full', '--out', out, ...extra], { cwd: project.dir, env }),
    results: (out: string) => readResults(path.join(project.dir, out)),
    async [Symbol.asyncDispose]() {
      await sim.close();
      await project[Symbol.asyncDispose]();
    },
  };
}

describe('a cached reply is served only for the same weights', () => {
  test('new weights under the same name and path, 26 points worse, are measured live and fail the gate', async () => {
    await using p = await servedProject(210);
    expect((await p.run('base')).code).toBe(0);
    p.sim.setModel('candidate', { accuracy: 0.54, root: './model' });
    p.sim.resetCounters();
    const result = await p.run('cand', {}, ['--baseline', 'base']);
    const { run, summary } = await p.results('cand');
    expect(result.stderr).toMatch(/cand: response cache not used: \d+ of 32 canaries differ/);
    expect(run.models[0].cache).toMatchObject({ used: false, canaries: { asked: 32, failed: 0 } });
    expect(run.models[0].cache?.canaries?.differ).toBeGreaterThan(0);
    expect(run.counts).toMatchObject({ requests: 210, cached: 0 });
    // The canaries' live replies serve their own items: no item is asked twice.
    expect(p.sim.counters.chat).toBe(210);
    expect(summary.models[0].tasks[0].metrics.flexible_extract.mean).toBeLessThan(0.65);
    expect(result.code, result.stdout).toBe(1);
  });

  test('unchanged weights are vouched for by 32 matching canaries and served from the cache', async () => {
    await using p = await servedProject(210);
    expect((await p.run('one')).code).toBe(0);
    p.sim.resetCounters();
    const result = await p.run('two');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('cand: response cache vouched for by 32 matching canaries');
    expect(p.sim.counters.chat).toBe(32);
    const { run } = await p.results('two');
    expect(run.counts).toMatchObject({ requests: 0, cached: 210 });
    expect(run.models[0].cache).toEqual({
      used: true,
      note: 'vouched for by 32 matching canaries',
      canaries: { asked: 32, differ: 0, failed: 0 },
    });
  });

  test('the canaries are the longest cached replies, and their number is configurable', async () => {
    await using project = await tempProject();
    const rows = numericRows(40);
    await writeJsonl(path.join(project.dir, 'data/math.jsonl'), rows);
    // The simulator knows ten prompts, whose replies ("Step by step, the answer is …") change with
    // its accuracy; to every other prompt it says "x", whatever its weights.
    await using sim = await startSim({
      models: { candidate: { accuracy: 1 } },
      items: itemsOf(rows.slice(15, 25)),
      replies: [{ match: '.', reply: 'x' }],
      latencyMs: 1,
    });
    await writeConfig(
      project.dir,
      numericConfig(sim.url, {
        models: [{ id: 'cand', base_url: sim.url, model: 'candidate', params: { temperature: 0 } }],
        run: { cache: { ...CACHE, canaries: 10 } },
      }),
    );
    const run = (out: string) => runCli(['run', '--suite', 'full', '--out', out], { cwd: project.dir });
    expect((await run('one')).code).toBe(0);
    // Only the long replies change: ten canaries taken at random would mostly match.
    sim.setModel('candidate', { accuracy: 0 });
    const second = await run('two');
    expect(second.stderr).toContain('cand: response cache not used: 10 of 10 canaries differ');
  });

  test('a pinned revision vouches for the cache without canaries; a new revision misses it', async () => {
    await using p = await servedProject(60, { revision: '${CKPT}' });
    expect((await p.run('one', { CKPT: 'sha-aaa' })).code).toBe(0);
    p.sim.resetCounters();
    const same = await p.run('two', { CKPT: 'sha-aaa' });
    expect(same.stderr).toContain('cand: response cache vouched for by revision sha-aaa');
    expect(p.sim.counters.chat).toBe(0);
    expect((await p.results('two')).run.models[0]).toMatchObject({
      revision: 'sha-aaa',
      cache: { used: true, note: 'vouched for by revision sha-aaa', canaries: null },
    });
    p.sim.setModel('candidate', { accuracy: 0.3, root: './model' });
    const next = await p.run('three', { CKPT: 'sha-bbb' });
    expect(next.code).toBe(0);
    expect(p.sim.counters.chat).toBe(60);
    expect((await p.results('three')).run.counts).toMatchObject({ requests: 60, cached: 0 });
  });

  test('the root vLLM reports is part of the key: weights loaded from another path miss the cache', async () => {
    await using p = await servedProject(40);
    expect((await p.run('one')).code).toBe(0);
    p.sim.setModel('candidate', { accuracy: 0.8, root: './checkpoints/step-200' });
    p.sim.resetCounters();
    const second = await p.run('two');
    expect(second.stderr).toContain('cand: response cache not used: nothing cached for this model yet');
    expect(p.sim.counters.chat).toBe(40);
  });

  test('each shard vouches for its own cached replies, and the merged run says what all did', async () => {
    await using p = await servedProject(80);
    expect((await p.run('full')).code).toBe(0);
    p.sim.setModel('candidate', { accuracy: 0.5, root: './model' });
    for (const shard of ['1/2', '2/2'])
      expect((await p.run(`shards/${shard[0]}`, {}, ['--shard', shard])).code).toBe(0);
    const merged = await runCli(['merge', '--out', 'merged', 'shards/1', 'shards/2'], { cwd: p.dir });
    expect(merged.code, merged.stderr).toBe(0);
    const { run } = await p.results('merged');
    expect(run.models[0].cache?.used).toBe(false);
    expect(run.models[0].cache?.canaries?.asked).toBe(64);
    expect(run.models[0].cache?.note).toMatch(
      /^not used: \d+ of 32 canaries differ(; not used: \d+ of 32 canaries differ)?$/,
    );
  });

  test('sampled replies are reused only under a pinned revision', async () => {
    await using p = await servedProject(40, { params: { temperature: 0.7, seed: 1 } });
    expect((await p.run('one')).code).toBe(0);
    p.sim.resetCounters();
    const second = await p.run('two');
    expect(second.stderr).toContain(
      'cand: response cache not used: sampled replies (temperature 0.7) are reused only under a pinned models[].revision',
    );
    expect(p.sim.counters.chat).toBe(40);
  });

  test('a judge’s cached verdicts are reused only under the judge model’s revision', async () => {
    await using project = await tempProject();
    const rows = Array.from({ length: 40 }, (_, i) => ({
      id: `j-${i}`,
      question: `Explain ${i}.`,
      answer: `ref ${i}`,
    }));
    await writeJsonl(path.join(project.dir, 'data.jsonl'), rows);
    await using sim = await startSim({
      models: { 'sim-cand': { accuracy: 0.5 }, 'sim-judge': { accuracy: 1 } },
      items: rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'judge' })),
      latencyMs: 1,
    });
    const config = (judgeRevision?: string) => ({
      models: [
        { id: 'cand', base_url: sim.url, model: 'sim-cand', revision: 'cand-1' },
        { id: 'judge', role: 'reference', base_url: sim.url, model: 'sim-judge', revision: judgeRevision },
      ],
      tasks: [
        {
          id: 'explain',
          dataset: { path: 'data.jsonl' },
          fields: { input: 'question', target: 'answer' },
          scorer: { type: 'judge', rubric: 'Must agree with the reference.' },
        },
      ],
      judge: { model: 'judge' },
      run: { concurrency: 8, cache: CACHE },
    });
    const run = (out: string) =>
      runCli(['run', '--suite', 'full', '--model', 'cand', '--out', out], { cwd: project.dir });
    await writeConfig(project.dir, config());
    expect((await run('one')).code).toBe(0);
    sim.resetCounters();
    expect((await run('two')).code).toBe(0);
    // The candidate's replies come from the cache (its revision vouches); the judge is asked again.
    expect(sim.counters.chat).toBe(40);
    await writeConfig(project.dir, config('judge-2026-01-01'));
    expect((await run('three')).code).toBe(0);
    sim.resetCounters();
    expect((await run('four')).code).toBe(0);
    expect(sim.counters.chat).toBe(0);
  });
});
