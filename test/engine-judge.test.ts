import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { startSim } from '../src/sim/index.js';
import { readResults, runCli, tempProject, writeConfig, writeJsonl } from './support/engine.js';

const rows = Array.from({ length: 60 }, (_, i) => ({
  id: `j-${i}`,
  question: `Explain topic ${i} briefly.`,
  answer: `reference answer ${i}`,
}));

function judgedConfig(url: string): object {
  return {
    models: [
      { id: 'cand', base_url: url, model: 'sim-cand' },
      { id: 'judge', role: 'reference', base_url: url, model: 'sim-judge' },
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
    run: { concurrency: 8, max_retries: 1, cache: { enabled: false } },
  };
}

describe('judged tasks', () => {
  test('the simulator as judge scores responses through the same client, with its reasoning kept', async () => {
    await using project = await tempProject();
    await writeJsonl(path.join(project.dir, 'data.jsonl'), rows);
    await using sim = await startSim({
      models: { 'sim-cand': { accuracy: 0.5 }, 'sim-judge': { accuracy: 1 } },
      items: rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'judge' })),
      judge: { high: 9, low: 2 },
      latencyMs: 1,
    });
    await writeConfig(project.dir, judgedConfig(sim.url));
    const result = await runCli(['run', '--suite', 'full', '--model', 'cand', '--out', 'out'], {
      cwd: project.dir,
    });
    expect(result.code, result.stderr).toBe(0);
    const { records, summary } = await readResults(path.join(project.dir, 'out'));
    expect(records).toHaveLength(60);
    // Two calls per item: the candidate, then the judge.
    expect(sim.counters.chat).toBe(120);
    for (const record of records) {
      expect([0.9, 0.2]).toContain(record.score);
      expect(typeof record.details?.explanation).toBe('string');
    }
    const task = summary.models[0].tasks[0];
    expect(task.instrument.judge).toBe('judge');
    expect(task.instrument.version).toBe(2);
    expect(task.metrics.judge_score.ci_method).toBe('t');
    const correct = records.filter((r) => r.output?.includes('reference answer')).length;
    expect(task.metrics.judge_score.mean).toBeCloseTo((correct * 0.9 + (60 - correct) * 0.2) / 60, 10);
  });

  test('--dry-run counts the judge calls and says there is no price to count', async () => {
    await using project = await tempProject();
    await writeJsonl(path.join(project.dir, 'data.jsonl'), rows);
    await writeConfig(project.dir, judgedConfig('http://127.0.0.1:9/v1'));
    const result = await runCli(['run', '--suite', 'full', '--dry-run'], { cwd: project.dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('explain: 60 items × 1 sample × 1 model → 60 calls + 60 judge calls');
    expect(result.stdout).toContain('models: cand; judge: judge');
    expect(result.stdout).toMatch(
      /^120 calls; .* cost unknown \(no price in the config: models\[\]\.price\)\. No call was made\.$/m,
    );
  });

  test('generate now, judge later: --only-generate makes no judge call, --only-score makes only judge calls', async () => {
    await using project = await tempProject();
    await writeJsonl(path.join(project.dir, 'data.jsonl'), rows);
    await using sim = await startSim({
      models: { 'sim-cand': { accuracy: 0.5 }, 'sim-judge': { accuracy: 1 } },
      items: rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'judge' })),
      latencyMs: 1,
    });
    await writeConfig(project.dir, judgedConfig(sim.url));
    expect(
      (
        await runCli(['run', '--suite', 'full', '--model', 'cand', '--out', 'out', '--only-generate'], {
          cwd: project.dir,
        })
      ).code,
    ).toBe(0);
    expect(sim.counters.chat).toBe(60);
    const scored = await runCli(
      ['run', '--suite', 'full', '--model', 'cand', '--out', 'out', '--only-score'],
      { cwd: project.dir },
    );
    expect(scored.code, scored.stderr).toBe(0);
    expect(sim.counters.chat).toBe(120);
    const { records } = await readResults(path.join(project.dir, 'out'));
    expect(records.every((r) => r.score !== null)).toBe(true);
  });

  test('a candidate that is also the judge is run and measured, not left out', async () => {
    await using project = await tempProject();
    await writeJsonl(path.join(project.dir, 'data.jsonl'), rows);
    await using sim = await startSim({
      models: { 'sim-cand': { accuracy: 0.5 }, 'sim-judge': { accuracy: 1 } },
      items: rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'judge' })),
      judge: { high: 9, low: 2 },
      latencyMs: 1,
    });
    const config = judgedConfig(sim.url) as { models: { id: string; role?: string }[] };
    await writeConfig(project.dir, {
      ...config,
      models: [
        { ...config.models[1], role: 'candidate' },
        { id: 'other-judge', role: 'reference', base_url: sim.url, model: 'sim-judge' },
        config.models[0],
      ],
    });
    const result = await runCli(['run', '--suite', 'full', '--out', 'out'], { cwd: project.dir });
    expect(result.code, result.stderr).toBe(0);
    const { summary } = await readResults(path.join(project.dir, 'out'));
    expect(summary.models.map((m) => m.model)).toEqual(['judge', 'other-judge', 'cand']);
    expect(summary.models[0].tasks[0].n).toBe(60);
  });

  test('an unparseable judge reply is an error, never a zero, and the unmeasured task exits 2', async () => {
    await using project = await tempProject();
    await writeJsonl(path.join(project.dir, 'data.jsonl'), rows);
    await using sim = await startSim({
      models: { 'sim-cand': { accuracy: 0.5 }, 'sim-judge': { accuracy: 1 } },
      items: rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'judge' })),
      judge: { format: 'garbage' },
      latencyMs: 1,
    });
    await writeConfig(project.dir, judgedConfig(sim.url));
    const result = await runCli(['run', '--suite', 'full', '--model', 'cand', '--out', 'out'], {
      cwd: project.dir,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/error: cand\/\S+: 100\.0% of items errored \(60\)/);
    const { records, summary } = await readResults(path.join(project.dir, 'out'));
    expect(records.every((r) => r.error?.kind === 'judge_unparseable' && r.score === null)).toBe(true);
    expect(summary.models[0].tasks[0]).toMatchObject({ n: 0, errors: 60 });
  });
});

describe('pairwise judging', () => {
  test('the candidate is judged against the reference model in both orders; the mean is its win rate', async () => {
    await using project = await tempProject();
    await writeJsonl(path.join(project.dir, 'data.jsonl'), rows);
    await using sim = await startSim({
      models: { 'sim-base': { accuracy: 0.8 }, 'sim-cand': { accuracy: 0.5 }, 'sim-judge': { accuracy: 1 } },
      items: rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'judge' })),
      latencyMs: 1,
    });
    await writeConfig(project.dir, {
      models: [
        { id: 'base', role: 'reference', base_url: sim.url, model: 'sim-base' },
        { id: 'cand', base_url: sim.url, model: 'sim-cand' },
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
      run: { concurrency: 8, cache: { enabled: false } },
    });
    // Only the candidate is asked for: its reference runs first anyway.
    const result = await runCli(['run', '--suite', 'full', '--model', 'cand', '--out', 'out'], {
      cwd: project.dir,
    });
    expect(result.code, result.stderr).toBe(0);
    const { records, summary } = await readResults(path.join(project.dir, 'out'));
    const base = new Map(
      records
        .filter((r) => r.model === 'base')
        .map((r) => [r.item_id, r.output!.includes('reference answer')]),
    );
    const cand = records.filter((r) => r.model === 'cand');
    expect(cand).toHaveLength(60);
    let expected = 0;
    for (const r of cand) {
      const candRight = r.output!.includes('reference answer');
      const baseRight = base.get(r.item_id)!;
      const want = candRight === baseRight ? 0.5 : candRight ? 1 : 0;
      expect(r.score, r.item_id).toBe(want);
      expect(r.scores.position_consistent).toBe(1);
      expected += want;
    }
    const task = summary.models.find((m) => m.model === 'cand')!.tasks[0];
    expect(task.primary_metric).toBe('win_rate');
    expect(task.metrics.win_rate.mean).toBeCloseTo(expected / 60, 10);
    expect(task.metrics.win_rate.ci!.low).toBeLessThan(task.metrics.win_rate.mean);
    // Base (60) + candidate (60) + two judgements per candidate item (120).
    expect(sim.counters.chat).toBe(240);
  });
});
