import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { artifactValidators } from '../src/artifact-schemas.js';
import type { Comparison } from '../src/gate/comparison.js';
import { gateFolders, sequentialDesign } from '../src/gate/run.js';
import type { Config } from '../src/config/types.js';
import { startSim, type SimItem } from '../src/sim/index.js';
import { numericRows, readResults, runCli, tempProject, writeConfig, writeJsonl } from './support/engine.js';

const ROWS = numericRows(300);
const LOOKS = [50, 100, 150, 200];

/** A suite of three tasks over the same questions, each with its own prompt (so the simulator tells them apart). */
function config(url: string, prompts: Record<string, string>): object {
  return {
    models: [{ id: 'cand', base_url: url, model: 'sim-m', params: { temperature: 0 } }],
    tasks: Object.entries(prompts).map(([id, prompt]) => ({
      id,
      dataset: { path: 'data/math.jsonl' },
      fields: { input: 'question', target: 'answer', category: 'category' },
      prompt,
      scorer: 'numeric',
    })),
    suites: { seq: { size: 'all', sequential: true, looks: LOOKS } },
    run: { concurrency: 16, max_retries: 2, cache: { enabled: false }, seed: 3 },
  };
}

/** What the simulated model knows for a prompt; `wrong` items have a wrong gold answer, so it answers them wrongly. */
function knows(prompt: string, wrong: (i: number) => boolean = () => false): SimItem[] {
  return ROWS.map((r, i) => ({
    prompt: prompt.replace('{{question}}', r.question),
    target: wrong(i) ? String(Number(r.answer) + 1) : r.answer,
    scorer: 'numeric',
  }));
}

/** The baseline (tasks a and b, the full set, no looks) and a candidate whose task a regresses badly. */
async function setUp(dir: string) {
  await writeJsonl(path.join(dir, 'data/math.jsonl'), ROWS);
  const sim = await startSim({
    models: { 'sim-m': { accuracy: 0.8 } },
    items: [
      ...knows('A: {{question}}'),
      ...knows('B: {{question}}'),
      ...knows('C: {{question}}'),
      // The candidate's new prompt for task a: 40% of its answers go wrong.
      ...knows('A, step by step: {{question}}', (i) => i % 5 < 2),
    ],
    latencyMs: 1,
  });
  await writeConfig(dir, config(sim.url, { a: 'A: {{question}}', b: 'B: {{question}}' }), 'base.yml');
  const candConfig = config(sim.url, {
    a: 'A, step by step: {{question}}',
    b: 'B: {{question}}',
    c: 'C: {{question}}',
  });
  await writeConfig(dir, candConfig, 'cand.yml');
  const base = await runCli(['run', '--config', 'base.yml', '--suite', 'seq', '--out', 'base'], { cwd: dir });
  expect(base.code, base.stderr).toBe(0);
  return { sim, candConfig };
}

const stopsOf = (c: Comparison) =>
  c.models[0].tasks.map((t) => ({
    task: t.task,
    verdict: t.verdict,
    stopped_at: t.sequential?.stopped_at,
    why: t.sequential?.why,
  }));

describe('a sequential suite run against a baseline stops at its looks', () => {
  test('a badly regressing task stops early, unchanged ones stop for futility, a task without a baseline runs its full set; the server saw only the items the looks asked for', async () => {
    await using project = await tempProject();
    const { sim, candConfig } = await setUp(project.dir);
    // Without a baseline a sequential suite runs its full set, as before.
    expect(sim.counters.chat).toBe(600);
    const before = sim.counters.chat;

    const result = await runCli(
      ['run', '--config', 'cand.yml', '--suite', 'seq', '--out', 'cand', '--baseline', 'base'],
      { cwd: project.dir },
    );
    expect(result.code, result.stderr).toBe(1);
    const { records, summary, run } = await readResults(path.join(project.dir, 'cand'));
    const comparison = JSON.parse(
      await readFile(path.join(project.dir, 'cand', 'comparison.json'), 'utf8'),
    ) as Comparison;
    const byTask = Object.fromEntries(comparison.models[0].tasks.map((t) => [t.task, t]));

    expect(byTask.a.verdict).toBe('regression');
    expect(byTask.a.sequential?.why).toBe('regression');
    expect(byTask.a.sequential!.stopped_at).toBeLessThan(300);
    expect(byTask.b.sequential?.why).toBe('futility');
    expect(byTask.b.sequential!.stopped_at).toBeLessThan(300);
    expect(byTask.c.verdict).toBe('no-baseline');
    expect(byTask.c.sequential?.stopped_at).toBe(300);

    // The server saw exactly the items the looks asked for, fewer than the full set; the records are those items.
    const asked = comparison.models[0].tasks.reduce((n, t) => n + t.sequential!.stopped_at, 0);
    expect(sim.counters.chat - before).toBe(asked);
    expect(asked).toBeLessThan(900);
    expect(records).toHaveLength(asked);
    for (const t of comparison.models[0].tasks)
      expect(records.filter((r) => r.task === t.task)).toHaveLength(t.sequential!.stopped_at);
    expect(run.counts.requests).toBe(asked);
    expect(comparison.sequential).toMatchObject({
      calls_used: asked,
      calls_full: 900,
      calls_saved: 900 - asked,
      stopped_early: true,
    });

    // run.json and summary.json say where each task stopped, and match their schemas.
    expect(artifactValidators.run()(run), JSON.stringify(artifactValidators.run().errors)).toBe(true);
    expect(artifactValidators.summary()(summary), JSON.stringify(artifactValidators.summary().errors)).toBe(
      true,
    );
    expect(run.status).toBe('complete');
    expect(run.counts.planned).toBe(asked);
    expect(
      run.sequential?.stops.map(({ task, stopped_at, why, verdict }) => ({ task, stopped_at, why, verdict })),
    ).toEqual(
      stopsOf(comparison).map(({ task, stopped_at, why, verdict }) => ({ task, stopped_at, why, verdict })),
    );
    expect(run.sequential?.calls_saved).toBe(900 - asked);
    expect(summary.models[0].tasks.map((t) => t.n_planned)).toEqual(
      comparison.models[0].tasks.map((t) => t.sequential!.stopped_at),
    );
    expect(result.stdout).toMatch(/stopped at \d+ of 300: a 6-point drop ruled out/);
    expect(result.stdout).toContain(`sequential looks ran ${asked} of 900 calls`);

    // The verdict is what compareSequential says on the records the run left.
    const design = sequentialDesign(candConfig as Config, 'seq')!;
    const regated = await gateFolders({
      candidateDir: path.join(project.dir, 'cand'),
      baseline: path.join(project.dir, 'base'),
      sequentialFor: () => design,
    });
    expect(stopsOf(regated)).toEqual(stopsOf(comparison));
    expect(regated.verdict).toBe(comparison.verdict);
  });

  test('--resume of a run cut short re-decides from its records and asks only for the items still missing', async () => {
    await using project = await tempProject();
    const { sim } = await setUp(project.dir);
    const args = ['run', '--config', 'cand.yml', '--suite', 'seq', '--out', 'cand', '--baseline', 'base'];
    const first = await runCli(args, { cwd: project.dir });
    expect(first.code, first.stderr).toBe(1);
    const whole = await readResults(path.join(project.dir, 'cand'));
    const firstComparison = await readFile(path.join(project.dir, 'cand', 'comparison.json'), 'utf8');

    // Cut the run short: keep only the first look's records (a run killed after its first look).
    const order = new Map(whole.run.sequential!.orders.map((o) => [o.task, o.items.slice(0, LOOKS[0])]));
    const kept = whole.records.filter((r) => order.get(r.task)!.includes(r.item_id));
    await writeFile(
      path.join(project.dir, 'cand', 'records.jsonl'),
      `${kept.map((r) => JSON.stringify(r)).join('\n')}\n`,
    );
    const before = sim.counters.chat;
    const resumed = await runCli([...args, '--resume'], { cwd: project.dir });
    expect(resumed.code, resumed.stderr).toBe(1);
    expect(sim.counters.chat - before).toBe(whole.records.length - kept.length);
    const again = await readResults(path.join(project.dir, 'cand'));
    const key = (r: { task: string; item_id: string }) => `${r.task}/${r.item_id}`;
    expect(again.records.map(key).sort()).toEqual(whole.records.map(key).sort());
    const comparison = JSON.parse(await readFile(path.join(project.dir, 'cand', 'comparison.json'), 'utf8'));
    expect(stopsOf(comparison)).toEqual(stopsOf(JSON.parse(firstComparison)));

    // Resumed once more with nothing missing: no call at all, the same verdict.
    const idle = sim.counters.chat;
    const noop = await runCli([...args, '--resume'], { cwd: project.dir });
    expect(noop.code, noop.stderr).toBe(1);
    expect(sim.counters.chat).toBe(idle);
  });

  test("a judged task's baseline is re-judged once, for the looks and the gate after them alike", async () => {
    await using project = await tempProject();
    const rows = Array.from({ length: 100 }, (_, i) => ({
      id: `j-${i}`,
      question: `Explain topic ${i} briefly.`,
      answer: `reference answer ${i}`,
    }));
    await writeJsonl(path.join(project.dir, 'data.jsonl'), rows);
    await using sim = await startSim({
      models: { 'sim-cand': { accuracy: 0.7 }, 'sim-judge': { accuracy: 1 } },
      items: rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'judge' })),
      judge: { high: 9, low: 2 },
      latencyMs: 1,
    });
    await writeConfig(project.dir, {
      models: [
        { id: 'cand', base_url: sim.url, model: 'sim-cand', params: { temperature: 0 } },
        { id: 'judge', role: 'reference', base_url: sim.url, model: 'sim-judge' },
      ],
      tasks: [
        {
          id: 'explain',
          dataset: { path: 'data.jsonl' },
          fields: { input: 'question', target: 'answer' },
          scorer: { type: 'judge', rubric: 'Must agree with the reference.' },
        },
      ],
      judge: { model: 'judge', max_score: 10 },
      suites: { seq: { size: 'all', sequential: true, looks: [50] } },
      run: { concurrency: 8, max_retries: 1, cache: { enabled: false } },
    });
    const base = await runCli(['run', '--suite', 'seq', '--model', 'cand', '--out', 'base'], {
      cwd: project.dir,
    });
    expect(base.code, base.stderr).toBe(0);
    expect(sim.counters.chat).toBe(200);
    const result = await runCli(
      ['run', '--suite', 'seq', '--model', 'cand', '--out', 'cand', '--baseline', 'base'],
      { cwd: project.dir },
    );
    expect(result.code, result.stderr).toBe(0);
    const comparison = JSON.parse(await readFile(path.join(project.dir, 'cand', 'comparison.json'), 'utf8'));
    expect(comparison.notes.join('\n')).toContain('re-judged');
    const ran = comparison.models[0].tasks[0].sequential.stopped_at as number;
    // The candidate's items and their judging, and the baseline's 100 outputs judged again once.
    expect(sim.counters.chat - 200).toBe(2 * ran + 100);
  });

  test("a pairwise task's reference answers all its items, its baseline is judged again once, the candidate only as far as its looks go", async () => {
    await using project = await tempProject();
    const rows = Array.from({ length: 100 }, (_, i) => ({
      id: `p-${i}`,
      question: `Explain topic ${i} briefly.`,
      answer: `reference answer ${i}`,
    }));
    await writeJsonl(path.join(project.dir, 'data.jsonl'), rows);
    await using sim = await startSim({
      models: { 'sim-base': { accuracy: 0.5 }, 'sim-cand': { accuracy: 0.8 }, 'sim-judge': { accuracy: 1 } },
      items: rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'judge' })),
      latencyMs: 1,
    });
    await writeConfig(project.dir, {
      models: [
        { id: 'base', role: 'reference', base_url: sim.url, model: 'sim-base' },
        { id: 'cand', base_url: sim.url, model: 'sim-cand', params: { temperature: 0 } },
        { id: 'judge', role: 'reference', base_url: sim.url, model: 'sim-judge' },
      ],
      tasks: [
        {
          id: 'duel',
          dataset: { path: 'data.jsonl' },
          fields: { input: 'question', target: 'answer' },
          scorer: { type: 'pairwise', reference_model: 'base' },
        },
      ],
      judge: { model: 'judge' },
      suites: { seq: { size: 'all', sequential: true, looks: [40] } },
      run: { concurrency: 8, max_retries: 0, cache: { enabled: false } },
    });
    const run = ['run', '--suite', 'seq', '--model', 'cand'];
    expect((await runCli([...run, '--out', 'base'], { cwd: project.dir })).code).toBe(0);
    // The candidate got much worse: it loses its duels, and the first look says so.
    sim.setModel('sim-cand', { accuracy: 0.1 });
    sim.resetCounters();
    const result = await runCli([...run, '--out', 'cand', '--baseline', 'base'], { cwd: project.dir });
    expect(result.code, result.stdout + result.stderr).toBe(1);
    const comparison = JSON.parse(
      await readFile(path.join(project.dir, 'cand', 'comparison.json'), 'utf8'),
    ) as Comparison;
    const task = comparison.models.find((m) => m.model === 'cand')!.tasks[0];
    expect(task.verdict).toBe('regression');
    const ran = task.sequential!.stopped_at;
    expect(ran).toBeLessThan(100);
    // The reference answers all 100 items and the baseline's 100 duels are judged again (two
    // orders each), once; per item the looks ran, the candidate and two judgements of its duel.
    expect(sim.counters.chat).toBe(100 + 200 + 3 * ran);
  });
});
