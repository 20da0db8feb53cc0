import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { EvalRecord, Summary } from '../src/artifacts.js';
import { loadConfig } from '../src/config/index.js';
import { buildPlan, simItemsFromPlan } from '../src/run/index.js';
import { startSim } from '../src/sim/index.js';
import {
  numericConfig,
  numericRows,
  readResults,
  runCli,
  tempProject,
  writeConfig,
  writeJsonl,
} from './support/engine.js';

// `run.score_deadline: always`: every item of a local run is scored in the scoring worker
// (src/run/score-deadline.ts, loaded here from the sources; the Action tests load dist/'s).

const rows = numericRows(40);
const GOLDEN = ['math', 'reasoning', 'coding', 'hallucination', 'rag', 'instruction-following', 'safety'].map(
  (c) => `golden-${c}`,
);
/** IFEval's reference prompts (../shared/datasets, absent in a user clone). */
const IFEVAL = new URL('../../shared/datasets/ifeval/input_data.jsonl', import.meta.url);

async function project(run: object, task: object = {}) {
  const p = await tempProject();
  await writeJsonl(path.join(p.dir, 'data/math.jsonl'), rows);
  return {
    ...p,
    config: (url: string) => writeConfig(p.dir, numericConfig(url, { run, task })),
  };
}

function simFor(replies: { match: string; reply: string }[] = []) {
  return startSim({
    models: { 'sim-cand': { accuracy: 0.7 } },
    items: rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'numeric' })),
    latencyMs: 1,
    replies,
  });
}

describe('a per-item scoring deadline on every run', () => {
  test('scores, answers and details are the same as on the main thread', async () => {
    await using sim = await simFor();
    const results = [];
    for (const deadline of ['untrusted', 'always']) {
      await using p = await project({ score_deadline: deadline });
      await p.config(sim.url);
      const run = await runCli(['run', '--suite', 'full', '--out', 'out'], { cwd: p.dir });
      expect(run.code, run.stderr).toBe(0);
      const { records } = await readResults(path.join(p.dir, 'out'));
      results.push(
        records
          .map((r) => ({
            id: r.item_id,
            score: r.score,
            scores: r.scores,
            answer: r.answer,
            details: r.details,
          }))
          .sort((a, b) => a.id.localeCompare(b.id)),
      );
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[0].filter((r) => r.score === 1).length).toBeGreaterThan(20);
  });

  test.skipIf(!existsSync(IFEVAL))(
    'every shipped scorer (the golden set, IFEval) scores the same in the worker as on the main thread',
    async () => {
      await using p = await tempProject();
      const ifevalRows = (await readFile(IFEVAL, 'utf8')).split('\n').slice(0, 40).join('\n');
      await writeFile(path.join(p.dir, 'ifeval.jsonl'), `${ifevalRows}\n`);
      const config = (url: string, deadline: string) => ({
        models: [{ id: 'cand', base_url: url, model: 'sim-cand', params: { max_tokens: 2048 } }],
        tasks: [
          ...GOLDEN.map((id) => ({ id, builtin: id })),
          { id: 'ifeval', builtin: 'ifeval', dataset: { path: 'ifeval.jsonl' } },
        ],
        run: { concurrency: 16, cache: { enabled: false }, score_deadline: deadline },
      });
      const file = await writeConfig(p.dir, config('http://127.0.0.1:9/v1', 'untrusted'));
      const plan = await buildPlan(await loadConfig(file, { env: {} }), {
        suite: 'full',
        models: [],
        cacheDir: path.join(p.dir, '.cache'),
      });
      await using sim = await startSim({
        models: { 'sim-cand': { accuracy: 0.8 } },
        items: simItemsFromPlan(plan),
        latencyMs: 1,
      });
      const results = [];
      for (const deadline of ['untrusted', 'always']) {
        await writeConfig(p.dir, config(sim.url, deadline));
        const run = await runCli(['run', '--suite', 'full', '--out', deadline], { cwd: p.dir });
        expect(run.code, run.stderr).toBe(0);
        const { records } = await readResults(path.join(p.dir, deadline));
        results.push(
          records
            .map((r) => ({
              key: `${r.task} ${r.item_id}`,
              score: r.score,
              scores: r.scores,
              weights: r.weights,
              answer: r.answer,
              details: r.details,
              error: r.error,
            }))
            .sort((a, b) => a.key.localeCompare(b.key)),
        );
      }
      expect(results[0]).toHaveLength(380 + 40);
      expect(results[0].every((r) => r.error === null)).toBe(true);
      expect(results[1]).toEqual(results[0]);
    },
  );

  test('a regex that backtracks catastrophically on an output is a scorer_timeout error; the other items are scored', async () => {
    const evil = `${'a'.repeat(40)}!`;
    // The questions of items q-3, q-5 and q-7 are answered with what hangs the pattern.
    await using sim = await simFor([
      { match: '^What is [246] \\+', reply: evil },
      { match: '', reply: 'aaaa' },
    ]);
    await using p = await project(
      { score_deadline: 'always', score_timeout_ms: 500 },
      { prompt: "{{question}} In a's, please.", scorer: { type: 'regex', pattern: '^(a+)+$', group: 0 } },
    );
    await p.config(sim.url);
    const started = performance.now();
    const run = await runCli(['run', '--suite', 'full', '--out', 'out'], { cwd: p.dir });
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/math.*7\.5% of items errored \(3\), above max_error_rate/);
    const { records } = await readResults(path.join(p.dir, 'out'));
    expect(records).toHaveLength(40);
    const timedOut = records.filter((r) => r.error !== null);
    expect(timedOut.map((r) => r.item_id).sort()).toEqual(['q-3', 'q-5', 'q-7']);
    for (const r of timedOut) {
      expect(r.score).toBeNull();
      expect(r.error).toEqual({
        kind: 'scorer_timeout',
        message:
          'scorer regex ran past its 500 ms deadline (run.score_timeout_ms) on this output: not scored',
      });
    }
    // 'aaaa' is not the target: a miss, scored by the thread that replaced the one ended.
    expect(records.filter((r) => r.error === null).every((r) => r.score === 0 && r.answer === 'aaaa')).toBe(
      true,
    );
  });

  test('a baseline re-scored for another scorer version is scored under the deadline too', async () => {
    await using sim = await simFor([{ match: '', reply: 'aaaa' }]);
    await using p = await project(
      { score_deadline: 'always', score_timeout_ms: 500 },
      { prompt: "{{question}} In a's, please.", scorer: { type: 'regex', pattern: '^(a+)+$', group: 0 } },
    );
    await p.config(sim.url);
    expect((await runCli(['run', '--suite', 'full', '--out', 'base'], { cwd: p.dir })).code).toBe(0);
    // The baseline as an older regex scorer left it, two of its outputs the kind that hangs the pattern.
    const summaryFile = path.join(p.dir, 'base', 'summary.json');
    const summary = JSON.parse(await readFile(summaryFile, 'utf8')) as Summary;
    summary.models[0].tasks[0].instrument.version = 1;
    await writeFile(summaryFile, JSON.stringify(summary));
    const recordsFile = path.join(p.dir, 'base', 'records.jsonl');
    const records = (await readFile(recordsFile, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as EvalRecord)
      .map((r) => (['q-3', 'q-5'].includes(r.item_id) ? { ...r, output: `${'a'.repeat(40)}!` } : r));
    await writeFile(recordsFile, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const started = performance.now();
    const gated = await runCli(['run', '--suite', 'full', '--out', 'cand', '--baseline', 'base'], {
      cwd: p.dir,
    });
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(gated.code, gated.stderr).not.toBe(2);
    const comparison = JSON.parse(await readFile(path.join(p.dir, 'cand', 'comparison.json'), 'utf8'));
    expect(comparison.notes.join('\n')).toMatch(/re-scored from its stored outputs with scorer regex v2/);
  });

  test("a scorer's data error in the worker stops the run at the dataset's line, as on the main thread", async () => {
    const bad = rows.map((r, i) => (i === 6 ? { ...r, answer: 'twelve' } : r));
    await using sim = await simFor();
    const messages = [];
    for (const deadline of ['untrusted', 'always']) {
      await using p = await project({ score_deadline: deadline, concurrency: 1 });
      await writeJsonl(path.join(p.dir, 'data/math.jsonl'), bad);
      await p.config(sim.url);
      const run = await runCli(['run', '--suite', 'full', '--out', 'out'], { cwd: p.dir });
      expect(run.code).toBe(2);
      messages.push(run.stderr.split('\n').filter((l) => l.includes('twelve')));
    }
    expect(messages[0]).toHaveLength(1);
    expect(messages[0][0]).toContain('data/math.jsonl:7');
    expect(messages[1]).toEqual(messages[0]);
  });
});
