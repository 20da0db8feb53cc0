import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Summary } from '../src/artifacts.js';
import { gateFolders } from '../src/gate/run.js';
import { importResults, type ImportFormat } from '../src/import/index.js';
import { writeResultsFolder } from './support/results-folder.js';

const fixtures = join(import.meta.dirname, 'fixtures', 'import');
const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
async function temp(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ew-gate-import-'));
  temps.push(dir);
  return dir;
}

/** A copy of an imported folder whose first task scores `drop` lower, as a later run might. */
async function lowered(dir: string, drop: number): Promise<string> {
  const copy = join(await temp(), 'lowered');
  await cp(dir, copy, { recursive: true });
  const file = join(copy, 'summary.json');
  const summary = JSON.parse(await readFile(file, 'utf8')) as Summary;
  const task = summary.models[0].tasks[0];
  const metric = task.metrics[task.primary_metric];
  metric.mean -= drop;
  metric.ci = { low: metric.ci!.low - drop, high: metric.ci!.high - drop };
  await writeFile(file, JSON.stringify(summary));
  return copy;
}

describe('the gate on imported results that have aggregates only', () => {
  it.each([
    ['evalscope', 'evalscope/outputs/20250101_120000'],
    ['lighteval', 'lighteval/results'],
  ] as [ImportFormat, string][])(
    '%s: compared unpaired (Welch on mean, SE, n): a 10-point drop on 100 items is within what it can see, a 25-point drop is a regression',
    async (format, fixture) => {
      const base = join(await temp(), 'base');
      await importResults({ format, path: join(fixtures, fixture), outDir: base });
      const same = await gateFolders({
        candidateDir: base,
        baseline: base,
        context: { event: 'workflow_dispatch' },
      });
      const first = same.models[0].tasks[0];
      expect(first.delta?.method).toBe('welch');
      expect(first.delta?.estimate).toBe(0);
      expect(first.verdict).toBe('pass');

      const small = (
        await gateFolders({
          candidateDir: await lowered(base, 0.1),
          baseline: base,
          context: { event: 'workflow_dispatch' },
        })
      ).models[0].tasks[0];
      expect(small.delta?.paired).toBe(false);
      expect(small.delta?.estimate).toBeCloseTo(-0.1, 10);
      // Unpaired on 100 items the eval cannot see 10 points, and the report says how much it can.
      expect(small.verdict).toBe('pass');
      expect(small.underpowered).toBe(true);
      expect(small.delta!.mde).toBeGreaterThan(0.1);
      const large = (
        await gateFolders({
          candidateDir: await lowered(base, 0.25),
          baseline: base,
          context: { event: 'workflow_dispatch' },
        })
      ).models[0].tasks[0];
      expect(large.verdict).toBe('regression');
    },
  );

  it('an import measured by another instrument is no baseline for a native run, and says why', async () => {
    const imported = join(await temp(), 'imported');
    await importResults({
      format: 'evalscope',
      path: join(fixtures, 'evalscope/outputs/20250101_120000'),
      outDir: imported,
    });
    const model = (JSON.parse(await readFile(join(imported, 'summary.json'), 'utf8')) as Summary).models[0]
      .model;
    const native = await writeResultsFolder(join(await temp(), 'native'), {
      models: [{ model, accuracy: 0.8 }],
      tasks: [{ task: 'gsm8k', items: 200 }],
    });
    const comparison = await gateFolders({
      candidateDir: native.dir,
      baseline: imported,
      context: { event: 'workflow_dispatch' },
    });
    const gsm8k = comparison.models[0].tasks.find((t) => t.task === 'gsm8k')!;
    expect(gsm8k.verdict).toBe('no-baseline');
    expect(gsm8k.reason).toMatch(/primary metric changed|scorer|instrument/);
  });
});
