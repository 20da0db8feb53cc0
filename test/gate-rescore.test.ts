import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { EvalRecord, Summary } from '../src/artifacts.js';
import type { Comparison } from '../src/gate/index.js';
import { startSim } from '../src/sim/index.js';
import {
  numericConfig,
  numericRows,
  runCli,
  tempProject,
  writeConfig,
  writeJsonl,
} from './support/engine.js';

/**
 * A baseline as another version of the numeric scorer left it: that version accepted every
 * answer, wrong ones too, and its summary says so (instrument.version 2 against today's 1).
 */
async function scoredByAnotherVersion(dir: string): Promise<void> {
  const summaryFile = path.join(dir, 'summary.json');
  const summary = JSON.parse(await readFile(summaryFile, 'utf8')) as Summary;
  summary.models[0].tasks[0].instrument.version = 2;
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
    expect(task.baseline?.mean).toBeCloseTo(task.candidate.mean, 10);
    expect(comparison.notes).toContain(
      'cand / math: baseline run ' +
        comparison.models[0].baseline?.run_id +
        ' re-scored from its stored outputs with scorer numeric v1 (it was measured by v2)',
    );

    // Without the config there is no scorer to re-score with: the task says why it has no baseline.
    const bare = await cli(['compare', '--candidate', 'cand', '--baseline', 'base', '--out', 'bare']);
    expect(bare.code).toBe(0);
    const unscored = JSON.parse(await readFile(path.join(project.dir, 'bare', 'comparison.json'), 'utf8'));
    expect(unscored.models[0].tasks[0]).toMatchObject({
      verdict: 'no-baseline',
      reason: 'scorer updated (numeric v2 → v1)',
    });
  });
});
