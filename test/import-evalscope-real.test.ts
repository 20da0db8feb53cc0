/**
 * evalscope's January 2025 report layout, as evalscope's own examples/viz kept it (two output
 * folders, one model each; test/fixtures/real/PROVENANCE.md): every metric, count and subset the
 * importer reads equals the file's, and no interval is derived where the unit is not the item.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunInfo, Summary } from '../src/artifacts.js';
import { artifactValidators } from '../src/artifact-schemas.js';
import { importResults } from '../src/import/index.js';

const corpus = join(import.meta.dirname, 'fixtures', 'real', 'evalscope-2025-01');

interface Report {
  dataset_name: string;
  model_name: string;
  score: number;
  metrics: {
    name: string;
    num: number;
    score: number;
    categories: { name: string[]; subsets: { name: string; score: number; num: number }[] }[];
  }[];
}

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
async function temp(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ew-evalscope-'));
  temps.push(dir);
  return dir;
}
const json = async <T>(file: string) => JSON.parse(await readFile(file, 'utf8')) as T;

describe('evalscope reports of January 2025 (examples/viz/20250117_*)', () => {
  it('each output folder is one run, and every metric, count and subset equals its report', async () => {
    const result = await importResults({ format: 'evalscope', path: corpus, outDir: await temp() });
    expect(result.folders.map((f) => f.models[0]).sort()).toEqual([
      'Qwen2.5-0.5B-Instruct',
      'Qwen2.5-7B-Instruct',
    ]);
    let checked = 0;
    for (const folder of result.folders) {
      const summary = await json<Summary>(join(folder.dir, 'summary.json'));
      const run = await json<RunInfo>(join(folder.dir, 'run.json'));
      for (const [validate, value] of [
        [artifactValidators.summary(), summary],
        [artifactValidators.run(), run],
      ] as const)
        expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
      const model = summary.models[0];
      const stamp = (await readdir(corpus)).find((d) => run.datasets[0].path.includes(d))!;
      // The output folder's name is the run's time.
      expect(run.started_at).toBe(
        `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.000Z`,
      );
      const files = await readdir(join(corpus, stamp, 'reports', model.model));
      expect(model.tasks.map((t) => `${t.task}.json`).sort()).toEqual(files.sort());
      for (const task of model.tasks) {
        const report = await json<Report>(join(corpus, stamp, 'reports', model.model, `${task.task}.json`));
        expect(task.primary_metric).toBe(report.metrics[0].name);
        expect(task.n).toBe(report.metrics[0].num);
        expect(Object.keys(task.metrics)).toEqual(report.metrics.map((m) => m.name));
        for (const m of report.metrics)
          expect(task.metrics[m.name].mean, `${task.task} ${m.name}`).toBe(m.score);
        const subsets = report.metrics[0].categories.flatMap((c) =>
          c.subsets.map((s) => [
            c.name.join('/') === 'default' ? s.name : `${c.name.join('/')}/${s.name}`,
            s,
          ]),
        ) as [string, { score: number; num: number }][];
        expect(Object.keys(task.categories).sort()).toEqual(subsets.map(([k]) => k).sort());
        for (const [name, s] of subsets) {
          expect(task.categories[name].mean, `${task.task} ${name}`).toBe(s.score);
          expect(task.categories[name].n).toBe(s.num);
        }
        checked++;
      }
    }
    expect(checked).toBe(10);
  });

  it('IFEval’s instruction-level metrics get no interval from the prompt count; its prompt-level ones do', async () => {
    const out = await temp();
    await importResults({
      format: 'evalscope',
      path: join(corpus, '20250117_154119'),
      outDir: out,
    });
    const summary = await json<Summary>(join(out, 'summary.json'));
    const ifeval = summary.models[0].tasks.find((t) => t.task === 'ifeval')!;
    const report = await json<Report>(
      join(corpus, '20250117_154119/reports/Qwen2.5-0.5B-Instruct/ifeval.json'),
    );
    // num is 10 prompts for every metric, but inst_level_* are means over the prompts' instructions.
    expect(report.metrics.map((m) => m.num)).toEqual([10, 10, 10, 10]);
    for (const name of ['inst_level_loose_acc', 'inst_level_strict_acc']) {
      expect(ifeval.metrics[name].mean).toBe(report.metrics.find((m) => m.name === name)!.score);
      expect([ifeval.metrics[name].se, ifeval.metrics[name].ci, ifeval.metrics[name].n]).toEqual([
        null,
        null,
        null,
      ]);
    }
    // prompt_level_strict_acc 0.2 over 10 prompts is 2 of 10: Wilson's interval.
    expect(ifeval.metrics.prompt_level_strict_acc.ci).not.toBeNull();
    expect(ifeval.metrics.prompt_level_strict_acc.n).toBe(10);
  });
});
