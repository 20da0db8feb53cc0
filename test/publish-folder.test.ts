import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { EvalRecord } from '../src/artifacts.js';
import { gateFolders } from '../src/gate/run.js';
import {
  publishRun,
  verifySite,
  type Baselines,
  type Manifest,
  type MonthIndex,
  type Series,
} from '../src/publish/index.js';
import { writeResultsFolder } from './support/results-folder.js';

const temps: string[] = [];
async function temp(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ew-publish-'));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const readJson = async <T>(root: string, path: string) =>
  JSON.parse(await readFile(join(root, path), 'utf8')) as T;
const lines = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as EvalRecord);
const pass = (model = 'cand') => ({ models: [{ model, verdict: 'pass', tasks: [] }] });

describe('publishing to a folder', () => {
  it('a run with two models becomes two published runs, each narrowed to its model', async () => {
    const results = await writeResultsFolder(join(await temp(), 'results'), {
      runId: 'run-42',
      models: [
        { model: 'cand', accuracy: 0.7 },
        { model: 'ref', role: 'reference', accuracy: 0.8 },
      ],
    });
    const site = await temp();
    const published = await publishRun({
      resultsDir: results.dir,
      pagesDir: site,
      context: { defaultBranch: 'main' },
    });

    expect(published.status).toBe('published');
    expect(published.runs.map((r) => r.run_id)).toEqual(['run-42--cand', 'run-42--ref']);
    const summary = await readJson<{ models: { model: string }[] }>(
      site,
      'data/runs/2026-11/run-42--ref/summary.json',
    );
    expect(summary.models.map((m) => m.model)).toEqual(['ref']);
    const run = await readJson<{ models: { model: string }[] }>(
      site,
      'data/runs/2026-11/run-42--cand/run.json',
    );
    expect(run.models.map((m) => m.model)).toEqual(['cand']);
    const month = await readJson<MonthIndex>(site, 'data/index/2026-11.json');
    expect(month.runs.map((r) => r.model)).toEqual(['cand', 'ref']);
    expect((await verifySite(site)).problems).toEqual([]);
  });

  it('every file written validates against its schema and the shared files agree with the runs', async () => {
    const site = await temp();
    for (const [i, kind] of (['branch', 'pr', 'sweep', 'manual'] as const).entries()) {
      const results = await writeResultsFolder(join(await temp(), 'r'), {
        runId: `run-${i}`,
        kind,
        pr: kind === 'pr' ? 7 : null,
        models: [
          {
            model: kind === 'sweep' ? 'ckpt' : 'cand',
            role: kind === 'sweep' ? 'training' : 'candidate',
            step: kind === 'sweep' ? 1000 : null,
            accuracy: 0.6,
          },
        ],
        startedAt: `2026-1${i % 2}-0${i + 1}T10:00:00Z`,
      });
      await publishRun({
        resultsDir: results.dir,
        pagesDir: site,
        comparison: pass(kind === 'sweep' ? 'ckpt' : 'cand'),
      });
    }
    const report = await verifySite(site);
    expect(report.problems).toEqual([]);
    expect(report.runs).toBe(4);
    const manifest = await readJson<Manifest>(site, 'data/index.json');
    expect(manifest.months).toEqual(['2026-10', '2026-11']);
    expect(manifest.leaderboard.some((r) => r.kind === 'pr')).toBe(false);
    const series = await readJson<Series>(site, 'data/series/cand.json');
    expect(series.points.map((p) => p.kind)).toEqual(['branch', 'manual']);
  });

  it('publishing the same results twice counts the run once', async () => {
    const results = await writeResultsFolder(join(await temp(), 'r'));
    const site = await temp();
    await publishRun({ resultsDir: results.dir, pagesDir: site });
    await publishRun({ resultsDir: results.dir, pagesDir: site });
    const manifest = await readJson<Manifest>(site, 'data/index.json');
    expect(manifest.run_count).toBe(1);
    expect(manifest.models).toEqual([
      { model: 'cand', role: 'candidate', runs: 1, latest_run: 'run-1--cand' },
    ]);
    expect((await verifySite(site)).problems).toEqual([]);
  });

  it('a dashboard folder lands at the root and replaces the previous one, data/ untouched', async () => {
    const results = await writeResultsFolder(join(await temp(), 'r'));
    const site = await temp();
    const dash1 = await temp();
    const { mkdir, writeFile } = await import('node:fs/promises');
    await writeFile(join(dash1, 'index.html'), '<!doctype html>v1');
    await mkdir(join(dash1, 'assets'));
    await writeFile(join(dash1, 'assets', 'app-111.js'), 'v1');
    await publishRun({ resultsDir: results.dir, pagesDir: site, dashboardDir: dash1 });
    const dash2 = await temp();
    await writeFile(join(dash2, 'index.html'), '<!doctype html>v2');
    await mkdir(join(dash2, 'assets'));
    await writeFile(join(dash2, 'assets', 'app-222.js'), 'v2');
    await publishRun({ resultsDir: results.dir, pagesDir: site, dashboardDir: dash2 });

    expect((await readdir(site)).sort()).toEqual(['.nojekyll', 'assets', 'data', 'index.html']);
    expect(await readdir(join(site, 'assets'))).toEqual(['app-222.js']);
    expect(await readFile(join(site, 'index.html'), 'utf8')).toBe('<!doctype html>v2');
    expect((await verifySite(site)).problems).toEqual([]);
  });
});

describe('what of the outputs is published', () => {
  const secretOutput = ({ item }: { item: string }) =>
    `${item}: key sk-ABCDEF1234567890 then ${'x'.repeat(5000)}`;

  it('by default only the samples head carries outputs, redacted and cut to 2,000 characters', async () => {
    const results = await writeResultsFolder(join(await temp(), 'r'), { output: secretOutput });
    const site = await temp();
    await publishRun({
      resultsDir: results.dir,
      pagesDir: site,
      config: { head_size: 5, redact: ['sk-[A-Za-z0-9]{16}'] },
    });

    const dir = join(site, 'data/runs/2026-11/run-1--cand');
    const samples = lines(await readFile(join(dir, 'samples.jsonl'), 'utf8'));
    expect(samples).toHaveLength(10); // 5 per task, 2 tasks
    expect(samples.map((s) => s.item_id).slice(0, 5)).toEqual([
      'math-0000',
      'math-0001',
      'math-0002',
      'math-0003',
      'math-0004',
    ]);
    for (const s of samples) {
      expect(s.output!.length).toBe(2000);
      expect(s.output).toContain('[redacted]');
      expect(s.output).not.toContain('sk-ABCDEF');
    }
    const records = lines(gunzipSync(await readFile(join(dir, 'records.jsonl.gz'))).toString('utf8'));
    expect(records).toHaveLength(70);
    expect(records.filter((r) => r.output !== null)).toHaveLength(10);
    expect(records.every((r) => r.score !== null)).toBe(true);
  });

  it('with outputs: none nothing the model wrote is published, scores still are', async () => {
    const results = await writeResultsFolder(join(await temp(), 'r'), { output: secretOutput });
    const site = await temp();
    await publishRun({ resultsDir: results.dir, pagesDir: site, config: { outputs: 'none' } });
    const dir = join(site, 'data/runs/2026-11/run-1--cand');
    const everything =
      (await readFile(join(dir, 'samples.jsonl'), 'utf8')) +
      gunzipSync(await readFile(join(dir, 'records.jsonl.gz'))).toString('utf8');
    expect(everything).not.toContain('sk-ABCDEF');
    expect(
      lines(everything).every(
        (r) => r.output === null && r.reasoning === null && r.details === null && r.score !== null,
      ),
    ).toBe(true);
  });

  it('with outputs: all every record keeps its (redacted, trimmed) output', async () => {
    const results = await writeResultsFolder(join(await temp(), 'r'), { output: secretOutput });
    const site = await temp();
    await publishRun({
      resultsDir: results.dir,
      pagesDir: site,
      config: { outputs: 'all', redact: ['sk-\\w+'] },
    });
    const gz = await readFile(join(site, 'data/runs/2026-11/run-1--cand/records.jsonl.gz'));
    const records = lines(gunzipSync(gz).toString('utf8'));
    expect(
      records.every((r) => r.output !== null && r.output.length <= 2000 && !r.output.includes('sk-ABC')),
    ).toBe(true);
    expect((await verifySite(site)).problems).toEqual([]);
  });

  it('something that is not a comparison stops the publish before anything is written', async () => {
    const results = await writeResultsFolder(join(await temp(), 'r'));
    const site = await temp();
    await expect(
      publishRun({ resultsDir: results.dir, pagesDir: site, comparison: ['not', 'one'] }),
    ).rejects.toThrow(/not a comparison.json/);
    expect(await readdir(site)).toEqual([]);
  });

  it('a bad redaction pattern stops the publish before anything is written', async () => {
    const results = await writeResultsFolder(join(await temp(), 'r'));
    const site = await temp();
    await expect(
      publishRun({ resultsDir: results.dir, pagesDir: site, config: { redact: ['(unclosed'] } }),
    ).rejects.toThrow(/not a valid regular expression/);
    expect(await readdir(site)).toEqual([]);
  });
});

describe('baselines', () => {
  const publishMain = async (
    site: string,
    runId: string,
    verdict: string,
    extra: Record<string, unknown> = {},
  ) => {
    const results = await writeResultsFolder(join(await temp(), runId), {
      runId,
      startedAt: extra.startedAt as string | undefined,
      branch: (extra.branch as string) ?? 'main',
      kind: (extra.kind as 'branch') ?? 'branch',
    });
    return publishRun({
      resultsDir: results.dir,
      pagesDir: site,
      context: { defaultBranch: 'main' },
      comparison: { models: [{ model: 'cand', verdict, tasks: [{ task: 'math', verdict }] }] },
    });
  };

  it('a passing push run on the default branch becomes the baseline; a regression never does', async () => {
    const site = await temp();
    expect(
      (await publishMain(site, 'r1', 'no-baseline', { startedAt: '2026-11-01T00:00:00Z' })).promoted,
    ).toHaveLength(1);
    expect(
      (await publishMain(site, 'r2', 'regression', { startedAt: '2026-11-02T00:00:00Z' })).promoted,
    ).toEqual([]);
    expect(
      (await publishMain(site, 'r3', 'inconclusive', { startedAt: '2026-11-03T00:00:00Z' })).promoted,
    ).toEqual([]);
    expect((await publishMain(site, 'r4', 'error', { startedAt: '2026-11-04T00:00:00Z' })).promoted).toEqual(
      [],
    );
    expect(
      (await publishMain(site, 'r5', 'pass', { startedAt: '2026-11-05T00:00:00Z', branch: 'feature' }))
        .promoted,
    ).toEqual([]);
    expect(
      (await publishMain(site, 'r6', 'pass', { startedAt: '2026-11-06T00:00:00Z', kind: 'manual' })).promoted,
    ).toEqual([]);
    const baselines = await readJson<Baselines>(site, 'data/baselines.json');
    expect(baselines.baselines.map((b) => [b.branch, b.model, b.suite, b.run_id, b.by])).toEqual([
      ['main', 'cand', 'full', 'r1--cand', 'auto'],
    ]);
    const manifest = await readJson<Manifest>(site, 'data/index.json');
    expect(manifest.alerts.map((a) => [a.run_id, a.verdict, a.tasks])).toEqual([
      ['r4--cand', 'error', ['math']],
      ['r3--cand', 'inconclusive', ['math']],
      ['r2--cand', 'regression', ['math']],
    ]);
    expect((await verifySite(site)).problems).toEqual([]);
  });

  it("the gate's own comparison drives the verdict, the alerts and the promotion", async () => {
    const base = await writeResultsFolder(join(await temp(), 'base'), {
      runId: 'base',
      tasks: [{ task: 'math', items: 300 }],
    });
    const worse = await writeResultsFolder(join(await temp(), 'worse'), {
      runId: 'worse',
      startedAt: '2026-11-24T10:00:00Z',
      tasks: [{ task: 'math', items: 300 }],
      models: [{ model: 'cand', accuracy: 0.45 }],
    });
    const comparison = await gateFolders({
      candidateDir: worse.dir,
      baseline: base.dir,
      context: { event: 'push', branch: 'main' },
    });
    const site = await temp();
    const published = await publishRun({
      resultsDir: worse.dir,
      pagesDir: site,
      context: { defaultBranch: 'main' },
      comparison,
    });
    expect(published.runs[0].verdict).toBe('regression');
    expect(published.promoted).toEqual([]);
    const manifest = await readJson<Manifest>(site, 'data/index.json');
    expect(manifest.alerts.map((a) => [a.run_id, a.verdict, a.tasks])).toEqual([
      ['worse--cand', 'regression', ['math']],
    ]);
    expect((await verifySite(site)).problems).toEqual([]);
  });

  it('an improvement replaces the baseline, but an older run published late does not', async () => {
    const site = await temp();
    await publishMain(site, 'new', 'improvement', { startedAt: '2026-11-10T00:00:00Z' });
    await publishMain(site, 'old', 'pass', { startedAt: '2026-11-09T00:00:00Z' });
    const baselines = await readJson<Baselines>(site, 'data/baselines.json');
    expect(baselines.baselines.map((b) => b.run_id)).toEqual(['new--cand']);
  });
});
