import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { EvalRecord, Summary } from '../src/artifacts.js';
import { loadConfig } from '../src/config/index.js';
import type { BaselineRef, Comparison } from '../src/gate/index.js';
import { createBaselineRescorer } from '../src/run/index.js';
import { type Sim, startSim } from '../src/sim/index.js';
import {
  numericConfig,
  numericRows,
  readResults,
  runCli,
  tempProject,
  writeConfig,
  writeJsonl,
} from './support/engine.js';

/**
 * A baseline as another version of the numeric scorer left it: that version accepted every
 * answer, wrong ones too, and its summary says so (instrument.version 1 against today's 2).
 */
async function scoredByAnotherVersion(dir: string): Promise<void> {
  const summaryFile = path.join(dir, 'summary.json');
  const summary = JSON.parse(await readFile(summaryFile, 'utf8')) as Summary;
  summary.models[0].tasks[0].instrument.version = 1;
  await writeFile(summaryFile, JSON.stringify(summary));
  const recordsFile = path.join(dir, 'records.jsonl');
  const records = (await readFile(recordsFile, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as EvalRecord);
  const lenient = records.map((r) => ({ ...r, score: 1, scores: { flexible_extract: 1, strict_match: 1 } }));
  await writeFile(recordsFile, `${lenient.map((r) => JSON.stringify(r)).join('\n')}\n`);
}

describe('a scoring change never passes silently across an upgrade', () => {
  test('a baseline measured by another scorer version is re-scored from its outputs before the gate compares', async () => {
    await using project = await tempProject();
    const rows = numericRows(120);
    await writeJsonl(path.join(project.dir, 'data/math.jsonl'), rows);
    await using sim = await startSim({
      models: { 'sim-cand': { accuracy: 0.8 } },
      items: rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'numeric' })),
      latencyMs: 1,
    });
    await writeConfig(project.dir, numericConfig(sim.url));
    const cli = (args: string[]) => runCli(args, { cwd: project.dir });
    expect((await cli(['run', '--suite', 'full', '--out', 'base'])).code).toBe(0);
    await scoredByAnotherVersion(path.join(project.dir, 'base'));

    // The same model: the inflated baseline would make it a 20-point regression.
    const gated = await cli(['run', '--suite', 'full', '--out', 'cand', '--baseline', 'base']);
    expect(gated.code, gated.stdout + gated.stderr).toBe(0);
    const comparison = JSON.parse(
      await readFile(path.join(project.dir, 'cand', 'comparison.json'), 'utf8'),
    ) as Comparison;
    const task = comparison.models[0].tasks[0];
    expect(task.verdict).toBe('pass');
    expect(task.baseline?.mean).toBeCloseTo(task.candidate.mean ?? Number.NaN, 10);
    expect(comparison.notes).toContain(
      'cand / math: baseline run ' +
        comparison.models[0].baseline?.run_id +
        ' re-scored from its stored outputs with scorer numeric v2 (it was measured by v1)',
    );

    // Without the config there is no scorer to re-score with: the task says why it has no baseline.
    const bare = await cli(['compare', '--candidate', 'cand', '--baseline', 'base', '--out', 'bare']);
    expect(bare.code).toBe(0);
    const unscored = JSON.parse(await readFile(path.join(project.dir, 'bare', 'comparison.json'), 'utf8'));
    expect(unscored.models[0].tasks[0]).toMatchObject({
      verdict: 'no-baseline',
      reason: 'scorer updated (numeric v1 → v2)',
    });
  });

  describe('a hosted judge that changed behind its name', () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({
      id: `j-${i}`,
      question: `Explain topic ${i} briefly.`,
      answer: `reference answer ${i}`,
    }));
    const judged = (url: string, rejudge?: boolean) => ({
      models: [
        { id: 'cand', base_url: url, model: 'sim-cand', params: { temperature: 0 } },
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
      judge: {
        model: 'judge',
        max_score: 10,
        ...(rejudge === undefined ? {} : { rejudge_baseline: rejudge }),
      },
      run: { concurrency: 8, max_retries: 1, cache: { enabled: false } },
    });

    async function judgedTwice(rejudge: boolean | undefined) {
      const project = await tempProject();
      await writeJsonl(path.join(project.dir, 'data.jsonl'), rows);
      const sim = await startSim({
        models: { 'sim-cand': { accuracy: 0.5 }, 'sim-judge': { accuracy: 1 } },
        items: rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'judge' })),
        judge: { high: 9, low: 2 },
        latencyMs: 1,
      });
      try {
        await writeConfig(project.dir, judged(sim.url, rejudge));
        const cli = (args: string[]) => runCli(args, { cwd: project.dir });
        const run = ['run', '--suite', 'full', '--model', 'cand'];
        expect((await cli([...run, '--out', 'base'])).code).toBe(0);
        // The same name, a harsher judge: the same outputs now score 6 and 1 out of 10, not 9 and 2.
        sim.setJudge({ high: 6, low: 1 });
        sim.resetCounters();
        const result = await cli([...run, '--out', 'cand', '--baseline', 'base']);
        const comparison = JSON.parse(
          await readFile(path.join(project.dir, 'cand', 'comparison.json'), 'utf8'),
        ) as Comparison;
        return { result, comparison, chat: sim.counters.chat };
      } finally {
        await sim.close();
        await project[Symbol.asyncDispose]();
      }
    }

    test('judges the baseline’s stored outputs again in the candidate’s run, so both sides meet the same judge', async () => {
      const { result, comparison, chat } = await judgedTwice(undefined);
      expect(result.code, result.stdout + result.stderr).toBe(0);
      const task = comparison.models[0].tasks[0];
      expect(task.verdict).toBe('pass');
      expect(task.baseline?.mean).toBeCloseTo(task.candidate.mean ?? Number.NaN, 10);
      // 60 candidate calls, 60 judge calls on its outputs, 60 on the baseline's.
      expect(chat).toBe(180);
      expect(comparison.notes).toContainEqual(
        expect.stringMatching(
          /^cand \/ explain: baseline run \S+ re-judged by judge in this run, so both sides meet the same judge$/,
        ),
      );
    });

    test('with judge.rejudge_baseline false the baseline keeps its old verdicts', async () => {
      const { result, comparison, chat } = await judgedTwice(false);
      expect(chat).toBe(120);
      expect(comparison.models[0].tasks[0].verdict).toBe('regression');
      expect(result.code).toBe(1);
    });
  });

  describe('a pairwise task, whose judge and reference model can both change behind their names', () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({
      id: `p-${i}`,
      question: `Explain topic ${i} briefly.`,
      answer: `reference answer ${i}`,
    }));
    const dueled = (
      url: string,
      options: { rejudge?: boolean; referenceUrl?: string; gate?: object } = {},
    ) => ({
      models: [
        { id: 'base', role: 'reference', base_url: options.referenceUrl ?? url, model: 'sim-base' },
        { id: 'cand', base_url: url, model: 'sim-cand', params: { temperature: 0 } },
        { id: 'judge', role: 'reference', base_url: url, model: 'sim-judge' },
      ],
      tasks: [
        {
          id: 'duel',
          dataset: { path: 'data.jsonl' },
          fields: { input: 'question', target: 'answer' },
          scorer: { type: 'pairwise', reference_model: 'base' },
        },
      ],
      judge: {
        model: 'judge',
        ...(options.rejudge === undefined ? {} : { rejudge_baseline: options.rejudge }),
      },
      run: { concurrency: 8, max_retries: 0, cache: { enabled: false } },
      ...(options.gate ? { gate: options.gate } : {}),
    });
    const run = ['run', '--suite', 'full', '--model', 'cand'];

    /** A baseline run, then `drift` (what changed behind the names), then the candidate's gated run. */
    async function dueledTwice(drift: (sim: Sim) => void, rejudge?: boolean) {
      await using project = await tempProject();
      await writeJsonl(path.join(project.dir, 'data.jsonl'), rows);
      await using sim = await startSim({
        models: {
          'sim-base': { accuracy: 0.5 },
          'sim-cand': { accuracy: 0.8 },
          'sim-judge': { accuracy: 1 },
        },
        items: rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'judge' })),
        latencyMs: 1,
      });
      await writeConfig(project.dir, dueled(sim.url, { rejudge }));
      const cli = (args: string[]) => runCli(args, { cwd: project.dir });
      expect((await cli([...run, '--out', 'base'])).code).toBe(0);
      drift(sim);
      sim.resetCounters();
      const result = await cli([...run, '--out', 'cand', '--baseline', 'base']);
      const comparison = JSON.parse(
        await readFile(path.join(project.dir, 'cand', 'comparison.json'), 'utf8'),
      ) as Comparison;
      const task = comparison.models.find((m) => m.model === 'cand')!.tasks[0];
      const chat = sim.counters.chat;
      // What the Action posts as the PR comment.
      const comment = (await cli(['report', '--results', 'cand'])).stdout;
      return { result, comparison, task, chat, comment };
    }

    const sameJudgeAndReference =
      /^cand \/ duel: baseline run \S+ re-judged by judge against base's outputs in this run, so both sides meet the same judge and the same reference$/;

    test('a judge that turned position-biased judges the baseline’s stored outputs again: the same model passes', async () => {
      // Always "A": every duel a tie, a win rate of ½ where the old judge gave the better model more.
      const { result, comparison, task, chat, comment } = await dueledTwice((sim) =>
        sim.setJudge({ positionBias: true }),
      );
      expect(result.code, result.stdout + result.stderr).toBe(0);
      expect(task.verdict).toBe('pass');
      expect(task.candidate.mean).toBe(0.5);
      expect(task.baseline?.mean).toBe(0.5);
      // base 60 + cand 60 + two judgements per candidate item (120) + two per baseline item (120).
      expect(chat).toBe(360);
      expect(comparison.notes).toContainEqual(expect.stringMatching(sameJudgeAndReference));
      expect(comment).toMatch(
        /- note: cand \/ duel: baseline run \S+ re-judged by judge against base(&#39;|')s outputs in this run, so both sides meet the same judge and the same reference/,
      );
    });

    test('a reference model that got better is the reference of both sides: the same candidate passes', async () => {
      const { result, comparison, task } = await dueledTwice((sim) =>
        sim.setModel('sim-base', { accuracy: 0.95 }),
      );
      expect(result.code, result.stdout + result.stderr).toBe(0);
      expect(task.verdict).toBe('pass');
      // The candidate loses more duels to the better reference, and so does its baseline, item for item.
      expect(task.candidate.mean).toBeLessThan(0.5);
      expect(task.baseline?.mean).toBeCloseTo(task.candidate.mean ?? Number.NaN, 10);
      expect(comparison.notes).toContainEqual(expect.stringMatching(sameJudgeAndReference));
    });

    test('with judge.rejudge_baseline false the baseline keeps the old judge’s verdicts', async () => {
      const { result, task, chat } = await dueledTwice((sim) => sim.setJudge({ positionBias: true }), false);
      expect(chat).toBe(240);
      expect(task.verdict).toBe('regression');
      expect(result.code).toBe(1);
    });

    test('an item whose reference output failed in this run is an error on the baseline’s side too, not a wrong answer', async () => {
      await using project = await tempProject();
      await writeJsonl(path.join(project.dir, 'data.jsonl'), rows);
      const known = rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'judge' }));
      await using sim = await startSim({
        models: {
          'sim-base': { accuracy: 0.5 },
          'sim-cand': { accuracy: 0.8 },
          'sim-judge': { accuracy: 1 },
        },
        items: known,
        latencyMs: 1,
      });
      // The same reference model, now behind a server that fails a quarter of its requests.
      await using flaky = await startSim({
        models: { 'sim-base': { accuracy: 0.5 } },
        items: known,
        latencyMs: 1,
        faults: { rate500: 0.25 },
      });
      const cli = (args: string[]) => runCli(args, { cwd: project.dir });
      await writeConfig(project.dir, dueled(sim.url));
      expect((await cli([...run, '--out', 'base'])).code).toBe(0);
      const config = await writeConfig(
        project.dir,
        dueled(sim.url, { referenceUrl: flaky.url, gate: { max_error_rate: 0.6 } }),
      );
      const gated = await cli([...run, '--out', 'cand']);
      expect(gated.code, gated.stdout + gated.stderr).toBe(0);

      const base = await readResults(path.join(project.dir, 'base'));
      const cand = await readResults(path.join(project.dir, 'cand'));
      const failed = new Set(cand.records.filter((r) => r.model === 'base' && r.error).map((r) => r.item_id));
      expect(failed.size).toBeGreaterThan(0);
      expect(failed.size).toBeLessThan(rows.length);
      const candErrors = cand.records.filter((r) => r.model === 'cand' && r.error);
      expect(new Set(candErrors.map((r) => r.item_id))).toEqual(failed);
      expect(candErrors.every((r) => r.error?.kind === 'reference_missing')).toBe(true);

      const rescore = createBaselineRescorer(await loadConfig(config, { env: {} }), { env: {} });
      const ref = { model: 'cand', run_id: base.summary.run_id } as BaselineRef;
      const { baseline, rescored, references } = await rescore({ ...base, ref }, ['duel'], { ...cand });
      expect(rescored).toEqual(['duel']);
      expect(references).toEqual({ duel: 'base' });
      const rejudged = baseline.records.filter((r) => r.model === 'cand');
      expect(rejudged).toHaveLength(rows.length);
      for (const r of rejudged) {
        if (failed.has(r.item_id))
          expect(r, r.item_id).toMatchObject({ score: null, error: { kind: 'reference_missing' } });
        else expect(r.error, r.item_id).toBeNull();
      }
      const summary = baseline.summary.models.find((m) => m.model === 'cand')!.tasks[0];
      expect(summary).toMatchObject({ n: rows.length - failed.size, errors: failed.size });
    });
  });
});
