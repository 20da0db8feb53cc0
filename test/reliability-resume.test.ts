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

async function setUp(rows: ReturnType<typeof numericRows>) {
  const project = await tempProject();
  await writeJsonl(path.join(project.dir, 'data/math.jsonl'), rows);
  const sim = await startSim({ models: { 'sim-cand': { accuracy: 1 } }, items: itemsOf(rows), latencyMs: 1 });
  const config = (temperature: number) =>
    numericConfig(sim.url, {
      models: [{ id: 'cand', base_url: sim.url, model: 'sim-cand', params: { temperature } }],
    });
  await writeConfig(project.dir, config(0));
  const first = await runCli(['run', '--suite', 'full', '--out', 'out'], { cwd: project.dir });
  expect(first.code, first.stderr).toBe(0);
  return {
    project,
    sim,
    config,
    resume: (...extra: string[]) =>
      runCli(['run', '--suite', 'full', '--out', 'out', '--resume', ...extra], { cwd: project.dir }),
    async [Symbol.asyncDispose]() {
      await sim.close();
      await project[Symbol.asyncDispose]();
    },
  };
}

describe('--resume refuses to mix runs', () => {
  test('a folder made at another temperature is refused, naming the change, and nothing is sent', async () => {
    await using setup = await setUp(numericRows(20));
    await writeConfig(setup.project.dir, setup.config(0.7));
    const before = setup.sim.counters.chat;
    const result = await setup.resume();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot resume .*out: it was made with another plan/);
    expect(result.stderr).toContain('model cand: params {"temperature":0} → {"temperature":0.7}');
    expect(result.stderr).toContain('--force');
    expect(setup.sim.counters.chat).toBe(before);
  });

  test('--resume --force redoes every item of the model whose params changed, and labels them right', async () => {
    await using setup = await setUp(numericRows(20));
    await writeConfig(setup.project.dir, setup.config(0.7));
    const before = setup.sim.counters.chat;
    const result = await setup.resume('--force');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(
      /resuming with --force despite: model cand: params.*20 finished item\(s\) will be redone/,
    );
    expect(setup.sim.counters.chat - before).toBe(20);
    const { run, summary } = await readResults(path.join(setup.project.dir, 'out'));
    expect(run.models[0].params).toMatchObject({ temperature: 0.7 });
    expect(summary.models[0].tasks[0].n).toBe(20);
  });

  test('changed prompts are refused; forced, only the items whose prompt changed are redone', async () => {
    const rows = numericRows(20);
    await using setup = await setUp(rows);
    const changed = rows.map((r, i) => (i < 3 ? { ...r, question: `${r.question} Answer briefly.` } : r));
    await writeJsonl(path.join(setup.project.dir, 'data/math.jsonl'), changed);
    const refused = await setup.resume();
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('task math: the prompt of 3 item(s)');
    const before = setup.sim.counters.chat;
    const forced = await setup.resume('--force');
    expect(forced.code, forced.stderr).toBe(0);
    expect(setup.sim.counters.chat - before).toBe(3);
  });

  test('the same plan resumes as before, sending nothing for what finished', async () => {
    await using setup = await setUp(numericRows(20));
    const before = setup.sim.counters.chat;
    const result = await setup.resume();
    expect(result.code, result.stderr).toBe(0);
    expect(setup.sim.counters.chat).toBe(before);
  });
});
