import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EvalRecord, Summary } from '../src/artifacts.js';
import { artifactValidators } from '../src/artifact-schemas.js';
import { renderComparisonTable } from '../src/report/comparison-table.js';
import { gateFolders } from '../src/gate/run.js';
import { importedId } from '../src/import/ids.js';
import { importResults } from '../src/import/index.js';
import { safeSegment } from '../src/publish/safe-segment.js';
import { publishRun, verifySite, type Manifest, type Series } from '../src/publish/index.js';

const real = join(import.meta.dirname, 'fixtures', 'real');
const shared = join(import.meta.dirname, '..', '..', 'shared', 'real-fixtures', 'lm-eval');
const hasShared = existsSync(shared);
const temps: string[] = [];
async function temp(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ew-lm-eval-'));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const json = async <T>(file: string) => JSON.parse(await readFile(file, 'utf8')) as T;

async function imported(path: string, outDir?: string) {
  const out = outDir ?? (await temp());
  const result = await importResults({ format: 'lm-eval', path, outDir: out });
  const folders = await Promise.all(
    result.folders.map(async (f) => {
      const summary = await json<Summary>(join(f.dir, 'summary.json'));
      expect(artifactValidators.summary()(summary), JSON.stringify(artifactValidators.summary().errors)).toBe(
        true,
      );
      const records = existsSync(join(f.dir, 'records.jsonl'))
        ? (await readFile(join(f.dir, 'records.jsonl'), 'utf8'))
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as EvalRecord)
        : [];
      return { ...f, summary, records };
    }),
  );
  return folders;
}

describe('lm-evaluation-harness results files as their owners left them', () => {
  it('a 0.3 results file (results, versions, config; bare metric keys) renamed agieval.json imports with every number equal to the file', async () => {
    const file = join(real, 'lm-eval-0.3/saucam__Orpomis-Prime-7B/agieval.json');
    const source = await json<{ results: Record<string, Record<string, number>> }>(file);
    const [run] = await imported(file);
    const model = run.summary.models[0];
    expect(model.model).toBe('saucam__Orpomis-Prime-7B');
    expect(model.tasks.map((t) => t.task)).toEqual(Object.keys(source.results));
    for (const task of model.tasks) {
      const row = source.results[task.task];
      expect(task.primary_metric).toBe('acc');
      expect([task.metrics.acc.mean, task.metrics.acc.se]).toEqual([row.acc, row.acc_stderr]);
      expect([task.metrics.acc_norm.mean, task.metrics.acc_norm.se]).toEqual([
        row.acc_norm,
        row.acc_norm_stderr,
      ]);
      // 0.3 files do not say how many items: unknown, never 0.
      expect(task.n).toBeNull();
    }
  });

  it('group rows (mmlu and its categories) are tasks with the file’s own values, not a mean recomputed over subtasks', async () => {
    const file = join(real, 'lm-eval-0.4-groups/meta-llama__Meta-Llama-3-8B/mmlu.json');
    const source = await json<{ results: Record<string, Record<string, number>> }>(file);
    const [run] = await imported(file);
    const tasks = new Map(run.summary.models[0].tasks.map((t) => [t.task, t]));
    expect(tasks.size).toBe(Object.keys(source.results).length);
    for (const [name, row] of Object.entries(source.results)) {
      expect(tasks.get(name)?.metrics.acc.mean, name).toBe(row['acc,none']);
      expect(tasks.get(name)?.metrics.acc.se, name).toBe(row['acc_stderr,none']);
    }
    expect(tasks.get('mmlu')?.metrics.acc.mean).toBe(0.6504059250818972);
  });

  it('a folder is searched recursively and every results file in it is found by content, whatever its name', async () => {
    const runs = await imported(join(real, 'lm-eval-0.4-groups'));
    expect(runs.map((r) => r.summary.models[0].tasks[0].task).sort()).toEqual(['arc_challenge', 'mmlu']);
  });

  it('a lighteval results file given to `import lm-eval` is refused with the importer to use', async () => {
    const file = join(
      import.meta.dirname,
      'fixtures/import/lighteval/results/meta-llama/Llama-3.1-8B-Instruct/results_2024-09-01T10-00-00.000000.json',
    );
    await expect(importResults({ format: 'lm-eval', path: file, outDir: await temp() })).rejects.toThrow(
      'this is a lighteval results file: use `import lighteval`',
    );
  });

  it('Python NaN and Infinity tokens parse, a non-finite primary stays primary and is reported, and the other metrics are kept', async () => {
    const text = await readFile(
      join(real, 'lm-eval-0.4-groups/meta-llama__Meta-Llama-3-8B/arc.json'),
      'utf8',
    );
    // A derived input, not a fixture: the real file with its acc overflowed and its stderr NaN.
    const derived = text
      .replace('"acc,none": 0.5546075085324232', '"acc,none": 1e999')
      .replace('"acc_stderr,none": 0.014523987638344081', '"acc_stderr,none": NaN');
    expect(derived).not.toBe(text);
    const file = join(await temp(), 'arc.json');
    await writeFile(file, derived);
    const [run] = await imported(file);
    const task = run.summary.models[0].tasks[0];
    expect(task.primary_metric).toBe('acc');
    expect(task.metrics.acc).toBeUndefined();
    expect(task.metrics.acc_norm.mean).toBe(0.5750853242320819);
    expect(run.notes).toEqual(['arc_challenge acc is Infinity in the file: left unknown']);
  });

  it.skipIf(!hasShared)(
    '"N/A" stderr stays unknown unless n is known; n comes from n-samples; renamed files pair with their samples by timestamp',
    async () => {
      const runs = await imported(join(shared, 'gsm8k-phi3-mini'));
      const byN = new Map(runs.map((r) => [r.summary.models[0].tasks[0].n, r]));
      expect([...byN.keys()].sort()).toEqual([1, 10]);
      const one = byN.get(1)!;
      const task = one.summary.models[0].tasks[0];
      expect(task.metrics['exact_match,flexible-extract'].mean).toBe(1);
      expect(task.metrics['exact_match,strict-match'].mean).toBe(0);
      expect(one.records).toHaveLength(1);
      expect(byN.get(10)!.records).toHaveLength(10);
    },
  );

  it.skipIf(!hasShared)(
    'old sample lines (metric keys at top level, no metrics list) and loglikelihood tasks become per-item scores',
    async () => {
      const [math] = await imported(join(shared, 'kt-fork-outputs/math-hard-solar'));
      const precalc = math.records.filter((r) => r.task === 'leaderboard_math_precalculus_hard');
      expect(precalc).toHaveLength(40);
      expect(precalc.every((r) => r.scores.exact_match === 0)).toBe(true);
      const [wino] = await imported(join(shared, 'kt-fork-outputs/winogrande-loglikelihood'));
      const task = wino.summary.models[0].tasks[0];
      expect(wino.records).toHaveLength(10);
      expect(task.metrics.acc.mean).toBeCloseTo(0.7, 12);
      expect(wino.summary.models[0].aggregate?.score).toBeCloseTo(0.7, 12);
    },
  );

  it.skipIf(!hasShared)('a Git LFS pointer in place of a file says to run git lfs pull', async () => {
    await expect(
      importResults({
        format: 'lm-eval',
        path: join(
          shared,
          '_negative/lfs-pointer/samples_leaderboard_ifeval_2025-01-25T04-48-43.622918.jsonl',
        ),
        outDir: await temp(),
      }),
    ).rejects.toThrow(/Git LFS pointer/);
  });
});

describe('imported lm-eval tasks pair across runs and gate the right way round', () => {
  it.skipIf(!hasShared)(
    'two runs whose task configs differ only in function addresses and model args have the same instrument',
    async () => {
      const dir = join(shared, 'kt-fork-outputs/math-hard-solar/upstage__SOLAR-10.7B-Instruct-v1.0');
      const name = 'results_2024-11-14T16-01-56.818889.json';
      const text = await readFile(join(dir, name), 'utf8');
      expect(text).toMatch(/<function \w+ at 0x[0-9a-f]+>/);
      // A derived second run: other memory addresses and another model path, as a rerun would write.
      const rerun = text
        .replace(/ at 0x[0-9a-f]+>/g, ' at 0x7f00deadbeef>')
        .replaceAll('SOLAR-10.7B', 'SOLAR-other');
      const other = join(await temp(), 'rerun');
      await mkdir(other);
      await writeFile(join(other, name), rerun);
      const [a] = await imported(join(dir, name));
      const [b] = await imported(join(other, name));
      const hashes = (s: Summary) => s.models[0].tasks.map((t) => t.instrument.hash);
      expect(hashes(b.summary)).toEqual(hashes(a.summary));
    },
  );

  it.skipIf(!hasShared)(
    'a lower-is-better primary is gated the right way round: a rise is a regression',
    async () => {
      const dir = join(shared, 'kt-fork-outputs/winogrande-loglikelihood');
      // Derived inputs: the real results file saying acc is lower-is-better, and a copy whose acc rose.
      const resultsPath = (await findResults(dir))!;
      const text = (await readFile(resultsPath, 'utf8'))
        .replace('"acc": true', '"acc": false')
        .replace('"acc_stderr,none": 0.15275252316519466', '"acc_stderr,none": 0.02');
      const base = join(await temp(), 'base');
      const cand = join(await temp(), 'cand');
      await mkdir(base);
      await mkdir(cand);
      await writeFile(join(base, 'results.json'), text);
      await writeFile(join(cand, 'results.json'), text.replace('"acc,none": 0.7', '"acc,none": 0.95'));
      const baseOut = await temp();
      const candOut = await temp();
      await importResults({ format: 'lm-eval', path: join(base, 'results.json'), outDir: baseOut });
      await importResults({ format: 'lm-eval', path: join(cand, 'results.json'), outDir: candOut });
      const summary = await json<Summary>(join(candOut, 'summary.json'));
      expect(summary.models[0].tasks[0].higher_is_better).toBe(false);
      const comparison = await gateFolders({
        candidateDir: candOut,
        baseline: baseOut,
        context: { event: 'workflow_dispatch' },
        gate: { min_items: 2 },
      });
      expect(comparison.models[0].tasks[0].verdict).toBe('regression');
    },
  );
});

async function findResults(dir: string): Promise<string | null> {
  const { findFiles } = await import('../src/import/source-files.js');
  return (await findFiles(dir, /^results_.*\.json$/, 3))[0] ?? null;
}

describe('checkpoint sweeps from files', () => {
  it('--model-id, --role training and the step in each path make a folder of lm-eval results one curve, in step order', async () => {
    // Derived layout: the real arc results copied under checkpoint folders, each with its own score.
    const text = await readFile(
      join(real, 'lm-eval-0.4-groups/meta-llama__Meta-Llama-3-8B/arc.json'),
      'utf8',
    );
    const sweep = await temp();
    const steps = [128, 1000, 0, 103000, 1];
    for (const [i, step] of steps.entries()) {
      const dir = join(sweep, step === 103000 ? `global_step${step}` : `checkpoint-${step}`);
      await mkdir(dir);
      await writeFile(join(dir, 'results.json'), text.replace('0.5546075085324232', String(0.5 + i / 100)));
    }
    const out = await temp();
    const result = await importResults({
      format: 'lm-eval',
      path: sweep,
      outDir: out,
      modelId: 'my/llm',
      role: 'training',
    });
    const site = await temp();
    for (const f of result.folders) {
      const summary = await json<Summary>(join(f.dir, 'summary.json'));
      expect(summary.models[0]).toMatchObject({ model: 'my__llm', role: 'training' });
      await publishRun({ resultsDir: f.dir, pagesDir: site });
    }
    expect((await verifySite(site)).problems).toEqual([]);
    const series = await json<Series>(join(site, 'data/series/my__llm.json'));
    expect(series.points.map((p) => p.step)).toEqual([0, 1, 128, 1000, 103000]);
    const manifest = await json<Manifest>(join(site, 'data/index.json'));
    const latest = manifest.leaderboard.find((r) => r.model === 'my__llm' && !r.best);
    expect(latest?.step).toBe(103000);
  });

  it("a Trainer's trainer_state.json becomes one run per evaluated step, each eval dataset a task, a loss lower-is-better", async () => {
    const file = join(real, 'trainer-state/checkpoint-12030/trainer_state.json');
    const state = await json<{ log_history: Record<string, number>[] }>(file);
    const out = await temp();
    const result = await importResults({
      format: 'trainer-state',
      path: file,
      outDir: out,
      modelId: 'g-model',
    });
    const evalSteps = new Set(state.log_history.filter((e) => 'eval_g0_accuracy' in e).map((e) => e.step));
    expect(result.folders).toHaveLength(evalSteps.size);
    const first = result.folders.find((f) => f.run_id.endsWith('step-401'))!;
    const summary = await json<Summary>(join(first.dir, 'summary.json'));
    const g1 = summary.models[0].tasks.find((t) => t.task === 'g1')!;
    const entry = state.log_history.find((e) => e.step === 401 && 'eval_g1_accuracy' in e)!;
    expect([g1.primary_metric, g1.metrics.accuracy.mean, g1.metrics.loss.mean, g1.n]).toEqual([
      'accuracy',
      entry.eval_g1_accuracy,
      entry.eval_g1_loss,
      null,
    ]);
    expect(summary.models[0]).toMatchObject({ model: 'g-model', role: 'training', step: 401 });
    expect(summary.models[0].tasks.map((t) => t.task)).toEqual(['g0', 'g1', 'g2', 'g3', 'g4', 'g5']);
  });
});

describe('lighteval task keys', () => {
  it('task|few_shot keys (squad_v2|0, anli:r1|0) keep their task names and the few-shot count, so they no longer collapse into task "0"', async () => {
    // A constructed input in lighteval's layout (no real file with these keys is in the corpus yet).
    const dir = await temp();
    const file = join(dir, 'results_2025-01-01T00-00-00.000000.json');
    await writeFile(
      file,
      JSON.stringify({
        config_general: { model_name: 'org/model' },
        results: {
          'squad_v2|0': { exact_match: 0.5, exact_match_stderr: 0.05 },
          'anli:r1|0': { acc: 0.4, acc_stderr: 0.04 },
          all: { acc: 0.4 },
        },
      }),
    );
    const out = await temp();
    await importResults({ format: 'lighteval', path: file, outDir: out });
    const summary = await json<Summary>(join(out, 'summary.json'));
    expect(summary.models[0].tasks.map((t) => [t.task, t.primary_metric])).toEqual([
      ['squad_v2', 'exact_match'],
      ['anli:r1', 'acc'],
    ]);
  });

  it('an lm-eval results file given to `import lighteval` is refused with the importer to use', async () => {
    await expect(
      importResults({
        format: 'lighteval',
        path: join(real, 'lm-eval-0.3/saucam__Orpomis-Prime-7B/agieval.json'),
        outDir: await temp(),
      }),
    ).rejects.toThrow('this is an lm-evaluation-harness results file: use `import lm-eval`');
  });
});

describe('how imported runs pair', () => {
  it.skipIf(!hasShared)(
    'with samples, items pair on doc_id and the prompt hash: the same run against itself is paired, a changed prompt is not',
    async () => {
      const dir = join(shared, 'gsm8k-phi3-mini');
      const stamp = '2025-08-07T11-42-40.066002';
      const base = await temp();
      await importResults({
        format: 'lm-eval',
        path: join(dir, `gsm8k-phi-3-mini_${stamp}.json`),
        outDir: base,
      });
      // Derived: the same samples with every prompt hash changed, as a new prompt template would write.
      const changed = await temp();
      await writeFile(
        join(changed, `results_${stamp}.json`),
        await readFile(join(dir, `gsm8k-phi-3-mini_${stamp}.json`)),
      );
      const samples = await readFile(join(dir, `samples_gsm8k_${stamp}.jsonl`), 'utf8');
      await writeFile(
        join(changed, `samples_gsm8k_${stamp}.jsonl`),
        samples.replace(/"prompt_hash": "[0-9a-f]{8}/g, '"prompt_hash": "00000000'),
      );
      const cand = await temp();
      await importResults({ format: 'lm-eval', path: join(changed, `results_${stamp}.json`), outDir: cand });
      const same = await gateFolders({
        candidateDir: base,
        baseline: base,
        context: { event: 'workflow_dispatch' },
        gate: { min_items: 2 },
      });
      expect(same.models[0].tasks[0].delta?.paired).toBe(true);
      const other = await gateFolders({
        candidateDir: cand,
        baseline: base,
        context: { event: 'workflow_dispatch' },
        gate: { min_items: 2 },
      });
      expect(other.models[0].tasks[0].delta?.pairing).toBe(
        'unpaired: 0 shared items, fewer than 2 (Welch on the means)',
      );
    },
  );

  it('with aggregates only, the table, the headline and the comparison say "unpaired: aggregates only (Welch on the means)"', async () => {
    const file = join(real, 'lm-eval-0.4-groups/meta-llama__Meta-Llama-3-8B/arc.json');
    const base = await temp();
    await importResults({ format: 'lm-eval', path: file, outDir: base });
    const comparison = await gateFolders({
      candidateDir: base,
      baseline: base,
      context: { event: 'workflow_dispatch' },
    });
    // arc.json has no n-samples: n is unknown, so Welch has no n to work with and nothing is compared.
    expect(comparison.models[0].tasks[0].delta).toBeNull();
    const withN = await temp();
    const text = (await readFile(file, 'utf8')).replace(
      '"versions": {',
      '"n-samples": {"arc_challenge": {"original": 1172, "effective": 1172}},\n  "versions": {',
    );
    await writeFile(join(withN, 'arc.json'), text);
    const out = await temp();
    await importResults({ format: 'lm-eval', path: join(withN, 'arc.json'), outDir: out });
    const c = await gateFolders({
      candidateDir: out,
      baseline: out,
      context: { event: 'workflow_dispatch' },
    });
    expect(c.models[0].tasks[0].delta?.pairing).toBe('unpaired: aggregates only (Welch on the means)');
    expect(c.reason).toContain('(all tasks unpaired: aggregates only (Welch on the means))');
    expect(renderComparisonTable(c)).toContain('unpaired: aggregates only (Welch on the means)');
  });
});

const evalscopeShared = join(import.meta.dirname, '..', '..', 'shared', 'real-fixtures', 'evalscope');

describe('evalscope reports as evalscope wrote them', () => {
  it.skipIf(!existsSync(evalscopeShared))(
    'each output folder is one run, and every task’s score and count equal its report',
    async () => {
      const out = await temp();
      const result = await importResults({
        format: 'evalscope',
        path: join(evalscopeShared, 'official-examples'),
        outDir: out,
      });
      expect(result.folders.map((f) => f.models).sort()).toEqual([['qwen-plus'], ['qwen3-max']]);
      for (const f of result.folders) {
        const summary = await json<Summary>(join(f.dir, 'summary.json'));
        const model = summary.models[0];
        for (const task of model.tasks) {
          const report = await json<{ metrics: { name: string; score: number; num: number }[] }>(
            join(
              evalscopeShared,
              'official-examples',
              model.model,
              'reports',
              model.model,
              `${task.task}.json`,
            ),
          );
          expect([task.primary_metric, task.metrics[task.primary_metric].mean, task.n]).toEqual([
            report.metrics[0].name,
            report.metrics[0].score,
            report.metrics[0].num,
          ]);
        }
      }
    },
  );

  it.skipIf(!existsSync(evalscopeShared))(
    'a folder with two runs of one model gives two runs, never one run with each task twice',
    async () => {
      const outputs = await temp();
      for (const stamp of ['20250101_120000', '20250102_120000'])
        await cp(join(evalscopeShared, 'official-examples/qwen-plus'), join(outputs, stamp), {
          recursive: true,
        });
      const result = await importResults({ format: 'evalscope', path: outputs, outDir: await temp() });
      expect(result.folders.map((f) => f.tasks)).toEqual([4, 4]);
      expect(new Set(result.folders.map((f) => f.dir)).size).toBe(2);
    },
  );
});

describe('ids from names in files', () => {
  it.skipIf(!hasShared)(
    'lm-eval’s model_name_sanitized of a local checkpoint path becomes a readable id that ends with the model’s name',
    async () => {
      const [run] = await imported(join(shared, 'kt-fork-outputs/winogrande-loglikelihood'));
      const id = run.summary.models[0].model;
      expect(id).toMatch(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/);
      expect(id.endsWith('llama3.1-pro16-0827-Inst-nc-chat_241016')).toBe(true);
      // The publisher keeps such an id as it is: no hash mark added.
      expect(safeSegment(id)).toBe(id);
    },
  );

  it('names are made ids by one rule: / becomes __, other characters one _, no separator at the ends', async () => {
    expect(
      [
        'meta-llama/Llama-3.1-8B',
        ' anli r1 ',
        'leaderboard:arc:challenge',
        '__vfroot__model',
        '中文 任务',
      ].map(importedId),
    ).toEqual([
      'meta-llama__Llama-3.1-8B',
      'anli_r1',
      'leaderboard:arc:challenge',
      'vfroot__model',
      '中文_任务',
    ]);
  });
});

describe('standard errors only where the unit is known', () => {
  it.skipIf(!hasShared)(
    'an IFEval-style inst_level metric with "N/A" stderr gets no SE from the prompt count; a prompt-level one over a known n does',
    async () => {
      const text = await readFile(
        join(shared, 'gsm8k-phi3-mini/gsm8k-phi-3-mini_2025-08-11T20-51-25.059120.json'),
        'utf8',
      );
      // A derived input: the real 0.4.9.1 file (n = 1, both stderrs "N/A") with one metric renamed
      // as IFEval names its instruction-level metrics.
      const derived = text
        .replace('"exact_match,flexible-extract"', '"inst_level_strict_acc,none"')
        .replace('"exact_match_stderr,flexible-extract"', '"inst_level_strict_acc_stderr,none"');
      expect(derived).not.toBe(text);
      const file = join(await temp(), 'ifeval-like.json');
      await writeFile(file, derived);
      const [run] = await imported(file);
      const task = run.summary.models[0].tasks[0];
      expect(task.n).toBe(1);
      expect([task.metrics.inst_level_strict_acc.mean, task.metrics.inst_level_strict_acc.se]).toEqual([
        1,
        null,
      ]);
      expect(task.metrics.inst_level_strict_acc.ci).toBeNull();
      expect(task.metrics['exact_match,strict-match'].ci).not.toBeNull();
    },
  );
});

describe('dates', () => {
  it('a file with no date of its own gets none, not its mtime, and still publishes (filed when published)', async () => {
    const out = await temp();
    await importResults({
      format: 'lm-eval',
      path: join(real, 'lm-eval-0.3/saucam__Orpomis-Prime-7B/agieval.json'),
      outDir: out,
    });
    const run = await json<{ started_at: string | null }>(join(out, 'run.json'));
    expect(run.started_at).toBeNull();
    const site = await temp();
    await publishRun({ resultsDir: out, pagesDir: site, now: new Date('2026-03-04T05:06:07Z') });
    expect((await verifySite(site)).problems).toEqual([]);
    const manifest = await json<Manifest>(join(site, 'data/index.json'));
    expect(manifest.leaderboard[0].created_at).toBe('2026-03-04T05:06:07.000Z');
  });
});
