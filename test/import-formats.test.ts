import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EvalRecord, RunInfo, Summary } from '../src/artifacts.js';
import { artifactValidators } from '../src/artifact-schemas.js';
import { gateFolders } from '../src/gate/run.js';
import { importResults } from '../src/import/index.js';
import { publishRun, verifySite, type Manifest, type Series } from '../src/publish/index.js';

const fixtures = join(import.meta.dirname, 'fixtures', 'import');
const temps: string[] = [];
async function temp(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ew-import-'));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const json = async <T>(file: string) => JSON.parse(await readFile(file, 'utf8')) as T;

/** A results folder the engine's own schemas accept. */
async function expectValidResults(
  dir: string,
): Promise<{ run: RunInfo; summary: Summary; records: EvalRecord[] }> {
  const run = await json<RunInfo>(join(dir, 'run.json'));
  const summary = await json<Summary>(join(dir, 'summary.json'));
  const records = existsSync(join(dir, 'records.jsonl'))
    ? (await readFile(join(dir, 'records.jsonl'), 'utf8'))
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as EvalRecord)
    : [];
  for (const [validate, value] of [
    [artifactValidators.run(), run],
    [artifactValidators.summary(), summary],
    ...records.map((r) => [artifactValidators.record(), r] as const),
  ] as const) {
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  }
  expect(run.kind).toBe('import');
  return { run, summary, records };
}

describe('importing lm-evaluation-harness results', () => {
  it('results_*.json with its samples files becomes a results folder with per-item records', async () => {
    const out = await temp();
    const imported = await importResults({
      format: 'lm-eval',
      path: join(fixtures, 'lm-eval/base'),
      outDir: out,
    });
    expect(imported.folders).toHaveLength(1);
    const { summary, records } = await expectValidResults(out);
    const model = summary.models[0];
    expect(model.model).toBe('EleutherAI__pythia-160m');
    // The mmlu group row is a result of its own, imported with the file's value beside its subtask.
    expect(model.tasks.map((t) => t.task).sort()).toEqual([
      'arc_easy',
      'gsm8k',
      'mmlu',
      'mmlu_abstract_algebra',
    ]);
    const gsm8k = model.tasks.find((t) => t.task === 'gsm8k')!;
    expect(gsm8k.primary_metric).toBe('exact_match,strict-match');
    expect(Object.keys(gsm8k.metrics).sort()).toEqual([
      'exact_match,flexible-extract',
      'exact_match,strict-match',
    ]);
    expect(gsm8k.n).toBe(30);
    expect(records.filter((r) => r.task === 'arc_easy')).toHaveLength(40);
    expect(records.filter((r) => r.task === 'gsm8k')).toHaveLength(30);
    // No samples for mmlu_abstract_algebra: the harness' own mean and stderr are kept.
    const algebra = model.tasks.find((t) => t.task === 'mmlu_abstract_algebra')!;
    expect([algebra.n, algebra.metrics.acc.mean, algebra.metrics.acc.se]).toEqual([100, 0.3, 0.046]);
  });

  it('two imported lm-eval runs are gated item by item, and both publish', async () => {
    const base = join(await temp(), 'base');
    const cand = join(await temp(), 'cand');
    await importResults({ format: 'lm-eval', path: join(fixtures, 'lm-eval/base'), outDir: base });
    await importResults({ format: 'lm-eval', path: join(fixtures, 'lm-eval/candidate'), outDir: cand });
    const comparison = await gateFolders({
      candidateDir: cand,
      baseline: base,
      context: { event: 'workflow_dispatch' },
    });
    const arc = comparison.models[0].tasks.find((t) => t.task === 'arc_easy')!;
    expect(arc.baseline).not.toBeNull();
    expect(arc.delta?.method).toBe('mcnemar');
    expect(['pass', 'regression', 'inconclusive', 'improvement']).toContain(arc.verdict);

    const site = await temp();
    await publishRun({ resultsDir: base, pagesDir: site });
    await publishRun({ resultsDir: cand, pagesDir: site, comparison });
    expect((await verifySite(site)).problems).toEqual([]);
  });
});

describe('importing evalscope, lighteval and checkpoint scores', () => {
  it('an evalscope output folder: one task per report, subsets as categories', async () => {
    const out = await temp();
    await importResults({
      format: 'evalscope',
      path: join(fixtures, 'evalscope/outputs/20250101_120000'),
      outDir: out,
    });
    const { summary, run } = await expectValidResults(out);
    expect(run.started_at).toBe('2025-01-01T12:00:00.000Z');
    const tasks = summary.models[0].tasks;
    expect(tasks.map((t) => [t.task, t.primary_metric, t.n])).toEqual([
      ['ceval', 'AverageAccuracy', 100],
      ['gsm8k', 'AverageAccuracy', 200],
    ]);
    expect(Object.keys(tasks[0].categories)).toEqual([
      'STEM/computer_network',
      'STEM/operating_system',
      'Humanities/modern_chinese_history',
    ]);
    expect(tasks[1].categories.main.mean).toBe(0.88);
    expect(summary.models[0].aggregate?.score).toBeCloseTo(0.79, 6);
    const site = await temp();
    await publishRun({ resultsDir: out, pagesDir: site });
    expect((await verifySite(site)).problems).toEqual([]);
  });

  it('an evalscope report of schema v2 (metrics named by identity, a declared primary, a direction): read as evalscope wrote it', async () => {
    // A constructed input in the shape of evalscope's Report model (evalscope/report/report.py at
    // fde259d2, Aug 2026): no real v2 report was found in a public repository.
    const out = await temp();
    await importResults({
      format: 'evalscope',
      path: join(fixtures, 'evalscope-v2/outputs/20260901_120000'),
      outDir: out,
    });
    const { summary } = await expectValidResults(out);
    const [gsm8k, wikitext] = summary.models[0].tasks;
    // The declared primary, not the diagnostic count listed first; every metric kept by its identity key.
    expect([gsm8k.task, gsm8k.primary_metric, gsm8k.n]).toEqual(['gsm8k', 'accuracy:mean', 20]);
    expect(Object.fromEntries(Object.entries(gsm8k.metrics).map(([k, m]) => [k, m.mean]))).toEqual({
      'n_samples:count': 20,
      'accuracy:mean': 0.85,
      'accuracy:mean[threshold=0.5]': 0.8,
    });
    // The OVERALL subset summarises the others (is_aggregate): not a category of its own.
    expect(Object.keys(gsm8k.categories)).toEqual(['main', 'socratic']);
    // `direction: lower_is_better` is kept; a v1 name migrated into `legacy_name` stays the metric's name.
    expect([
      wikitext.primary_metric,
      wikitext.higher_is_better,
      wikitext.metrics.word_perplexity.mean,
    ]).toEqual(['word_perplexity', false, 12.5]);
    expect(gsm8k.higher_is_better).toBeUndefined();
    const site = await temp();
    await publishRun({ resultsDir: out, pagesDir: site });
    expect((await verifySite(site)).problems).toEqual([]);

    // Another schema version is refused in one line, naming the versions read.
    const v3 = await temp();
    const text = await readFile(
      join(fixtures, 'evalscope-v2/outputs/20260901_120000/reports/qwen-plus/gsm8k.json'),
      'utf8',
    );
    await writeFile(join(v3, 'gsm8k.json'), text.replace('"schema_version": 2', '"schema_version": 3'));
    await expect(
      importResults({ format: 'evalscope', path: join(v3, 'gsm8k.json'), outDir: await temp() }),
    ).rejects.toThrow('an evalscope report of schema_version 3: this importer reads versions 1 and 2');
    // Given to another importer, a v2 report is named for what it is.
    await expect(
      importResults({ format: 'lm-eval', path: join(v3, 'gsm8k.json'), outDir: await temp() }),
    ).rejects.toThrow('this is an evalscope report: use `import evalscope`');
  });

  it('a lighteval results file: suite|task|shots keys become tasks suite:task, the "all" row is left out', async () => {
    const out = await temp();
    await importResults({ format: 'lighteval', path: join(fixtures, 'lighteval/results'), outDir: out });
    const { summary } = await expectValidResults(out);
    expect(summary.models[0].model).toBe('meta-llama__Llama-3.1-8B-Instruct');
    expect(
      summary.models[0].tasks.map((t) => [t.task, t.primary_metric, t.n, t.metrics[t.primary_metric].se]),
    ).toEqual([
      ['leaderboard:arc:challenge', 'acc', 100, 0.05],
      ['lighteval:gsm8k', 'qem', 100, 0.045],
    ]);
    const site = await temp();
    await publishRun({ resultsDir: out, pagesDir: site });
    expect((await verifySite(site)).problems).toEqual([]);
  });

  it('a folder of checkpoint score files becomes one run per step, and the curve shows them in order', async () => {
    const out = await temp();
    const imported = await importResults({
      format: 'scores-yaml',
      path: join(fixtures, 'scores-yaml/my-llm'),
      outDir: out,
    });
    expect(imported.folders.map((f) => f.run_id).sort()).toEqual([
      'scores-my-llm-step-1000',
      'scores-my-llm-step-2000',
      'scores-my-llm-step-3000',
    ]);
    const site = await temp();
    for (const folder of imported.folders) {
      const { summary } = await expectValidResults(folder.dir);
      expect(summary.models[0].role).toBe('training');
      await publishRun({ resultsDir: folder.dir, pagesDir: site });
    }
    expect((await verifySite(site)).problems).toEqual([]);
    const series = await json<Series>(join(site, 'data/series/my-llm.json'));
    expect(series.points.map((p) => [p.step, p.tasks.gsm8k?.[0]]).sort((a, b) => a[0]! - b[0]!)).toEqual([
      [1000, 0.21],
      [2000, 0.29],
      [3000, 0.33],
    ]);
    const manifest = await json<Manifest>(join(site, 'data/index.json'));
    expect(manifest.leaderboard.find((r) => r.best)?.step).toBe(3000);
  });

  it('an unknown format names the ones there are', async () => {
    await expect(
      importResults({ format: 'helm' as never, path: fixtures, outDir: await temp() }),
    ).rejects.toThrow(/Unknown import format/);
  });
});
