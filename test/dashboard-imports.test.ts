/**
 * The dashboard on runs the CLI imported from other harnesses' files and published: a task whose
 * file gives no standard error shows its value with "n/a" for the interval (never a made-up
 * one), a comparison the gate made from aggregates only says "unpaired: aggregates only (Welch on
 * the means)" as the PR comment does, and a lower-is-better task reads the right way round.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { CommandIO } from '../src/cli/command.js';
import { compare } from '../src/cli/commands/compare.js';
import { importCmd } from '../src/cli/commands/import.js';
import { publish } from '../src/cli/commands/publish.js';
import type { Summary } from '../src/artifacts.js';
import type { Manifest, Series } from '../web/src/data/protocol.js';
import { chromiumMissing, launchChromium, openView } from './support/dashboard-browser.js';
import { buildDashboardInto } from './support/dashboard-build.js';
import { serveDashboard, type ServedDashboard } from './support/dashboard-server.js';
import { writeResultsFolder } from './support/results-folder.js';

const real = join(import.meta.dirname, 'fixtures', 'real');
/** A real Trainer state: accuracy and loss per eval dataset by step, no standard error, no counts. */
const TRAINER_STATE = join(real, 'trainer-state/checkpoint-12030/trainer_state.json');
/** A real lm-eval 0.4.2 results file for arc_challenge (acc 0.5546…, its stderr), no n-samples. */
const ARC = join(real, 'lm-eval-0.4-groups/meta-llama__Meta-Llama-3-8B/arc.json');
const AGGREGATES_ONLY = 'unpaired: aggregates only (Welch on the means)';
/** Moves arc's acc (0.5546…) to 12.5 or so: a value no proportion takes, as a perplexity. */
const PERPLEXITY_SHIFT = 11.95;

function cliIO(cwd: string): CommandIO & { out: string[] } {
  const out: string[] = [];
  return {
    out,
    stdout: (line) => out.push(line),
    stderr: (line) => out.push(line),
    cwd,
    env: {},
    signal: new AbortController().signal,
  };
}

/**
 * Derived from the real arc.json, as lm-eval writes a perplexity-like task: the item count
 * (`n-samples`, which 0.4.2 did not write) and `higher_is_better: false` for its metrics, with
 * `acc` moved by `shift`. Everything else is the file's.
 */
async function derivedArc(dir: string, shift: number, task = 'arc_challenge'): Promise<string> {
  const text = (await readFile(ARC, 'utf8')).replaceAll('"arc_challenge"', `"${task}"`);
  const source = JSON.parse(text) as { results: Record<string, Record<string, number>> };
  const acc = source.results[task]['acc,none'];
  const derived = text
    .replace(`"acc,none": ${acc},`, `"acc,none": ${acc + shift},`)
    .replace(
      '"versions": {',
      `"n-samples": {"${task}": {"original": 1172, "effective": 1172}},\n  "higher_is_better": {"${task}": {"acc": false, "acc_norm": false}},\n  "versions": {`,
    );
  const file = join(dir, 'arc.json');
  await writeFile(file, derived);
  return file;
}

describe.skipIf(chromiumMissing !== null)('the dashboard on imported runs', () => {
  let cwd: string;
  let site: string;
  let served: ServedDashboard;
  let browser: Browser;
  let page: Page;
  let manifest: Manifest;
  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'ew-dash-imports-'));
    site = join(cwd, 'site');
    const app = await buildDashboardInto(join(cwd, 'app'));
    const io = cliIO(cwd);
    const run = async (command: typeof publish, args: string[], code = 0) =>
      expect(await command(args, io), io.out.join('\n')).toBe(code);

    // Training-time evals from a Trainer: no standard error, no item count.
    await run(importCmd, ['trainer-state', TRAINER_STATE, '--out', 'trainer', '--model-id', 'trainer']);
    const steps = (await readdir(join(cwd, 'trainer'))).filter((d) => /-step-(0|401|802)$/.test(d)).sort();
    expect(steps).toHaveLength(3);
    for (const dir of steps) await run(publish, ['--results', join('trainer', dir), '--pages-dir', 'site']);

    // Two lm-eval runs of one model with aggregates only, the second's lower-is-better acc 5 points higher.
    for (const d of ['src-a', 'src-b']) await mkdir(join(cwd, d));
    await run(importCmd, [
      'lm-eval',
      await derivedArc(join(cwd, 'src-a'), 0),
      '--out',
      'arc-a',
      '--model-id',
      'arc-ppl',
    ]);
    await run(importCmd, [
      'lm-eval',
      await derivedArc(join(cwd, 'src-b'), 0.05),
      '--out',
      'arc-b',
      '--model-id',
      'arc-ppl',
    ]);
    // A perplexity-like value (no proportion): the dashboard shows it as the file gives it.
    await mkdir(join(cwd, 'src-ppl'));
    await run(importCmd, [
      'lm-eval',
      await derivedArc(join(cwd, 'src-ppl'), PERPLEXITY_SHIFT, 'arc_perplexity'),
      '--out',
      'arc-raw',
      '--model-id',
      'arc-raw',
    ]);
    await run(publish, ['--results', 'arc-raw', '--pages-dir', 'site']);
    // The same file filed under another model, a reference for the heatmap's Δ.
    await run(importCmd, [
      'lm-eval',
      join(cwd, 'src-a', 'arc.json'),
      '--out',
      'arc-ref',
      '--model-id',
      'arc-ref',
    ]);
    await run(publish, ['--results', 'arc-ref', '--pages-dir', 'site']);
    await run(publish, ['--results', 'arc-a', '--pages-dir', 'site']);
    // A rise of a lower-is-better metric is a regression: the gate exits 1.
    await run(compare, ['--baseline', 'arc-a', '--candidate', 'arc-b', '--event', 'workflow_dispatch'], 1);
    await run(publish, ['--results', 'arc-b', '--pages-dir', 'site']);

    // A reference model on the same task (native results, marked lower-is-better like the imports).
    const suite = (JSON.parse(await readFile(join(cwd, 'arc-a/summary.json'), 'utf8')) as Summary).suite;
    await writeResultsFolder(join(cwd, 'ref'), {
      runId: 'ref-1',
      suite,
      tasks: [{ task: 'arc_challenge', items: 200 }],
      models: [{ model: 'ref-model', role: 'reference', accuracy: 0.3 }],
    });
    const refSummary = JSON.parse(await readFile(join(cwd, 'ref/summary.json'), 'utf8')) as Summary;
    for (const t of refSummary.models[0].tasks) t.higher_is_better = false;
    await writeFile(join(cwd, 'ref/summary.json'), JSON.stringify(refSummary));
    await run(publish, ['--results', 'ref', '--pages-dir', 'site', '--dashboard', app.dir]);

    manifest = JSON.parse(await readFile(join(site, 'data/index.json'), 'utf8'));
    served = await serveDashboard({ data: join(site, 'data'), app: site });
    browser = await launchChromium();
    page = await browser.newPage();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    if (cwd) await rm(cwd, { recursive: true, force: true });
  });

  it('publishes an unknown interval as [mean, null, null], never a zero-width one', async () => {
    const row = manifest.leaderboard.find((r) => r.model === 'trainer')!;
    const source = JSON.parse(await readFile(TRAINER_STATE, 'utf8')) as {
      log_history: Record<string, number>[];
    };
    const logged = source.log_history.find((e) => e.step === row.step && 'eval_g0_accuracy' in e)!;
    expect(row.tasks.g0).toEqual([Math.round(logged.eval_g0_accuracy * 1e3) / 1e3, null, null]);
    expect(row.ci).toBeNull();
    const series: Series = JSON.parse(await readFile(join(site, 'data/series/trainer.json'), 'utf8'));
    expect(series.points.every((p) => p.tasks.g0[1] === null && p.tasks.g0[2] === null)).toBe(true);
  });

  it('the leaderboard, the run view and the curves show the value with "n/a" for the interval, and say why', async () => {
    await openView(page, `${served.url}#/?task=g0&role=training`);
    const cell = page.locator('[data-testid="leaderboard"] tbody tr td:nth-child(5)').first();
    expect((await cell.textContent())?.trim()).toMatch(/^\d+\.\d n\/a$/);
    expect(await cell.locator('[data-testid="no-interval"]').getAttribute('title')).toContain(
      'gave no standard error',
    );
    expect(await cell.textContent()).not.toContain('[');

    const step401 = (await readMonth(site)).find((r) => r.model === 'trainer' && r.step === 401)!;
    await openView(page, `${served.url}#/run/${step401.run_id}`);
    const g0 = page.locator('[data-testid="run-tasks"] tr[data-task="g0"].task-row td:nth-child(4)');
    expect((await g0.textContent())?.trim()).toMatch(/^\d+\.\d n\/a$/);
    expect(await page.locator('details li').first().textContent()).toContain('items not given by the file');

    await openView(page, `${served.url}#/curves?models=trainer&task=g0&suite=${step401.suite}`);
    const row = page.locator('[data-testid="curves-table"] tr[data-model="trainer"]');
    expect(await row.locator('td:nth-child(2)').textContent()).toBe('3');
    // Best and latest checkpoint: the value, "n/a" for the interval.
    for (const n of [4, 6])
      expect((await row.locator(`td:nth-child(${n})`).textContent())?.trim()).toMatch(/^\d+\.\d n\/a$/);
  });

  it('the compare view says the gate compared aggregates only, in the gate’s words, and turns a lower-is-better rise into a regression', async () => {
    const runs = (await readMonth(site)).filter((r) => r.model === 'arc-ppl');
    expect(runs).toHaveLength(2);
    const [first, second] = runs;
    await openView(page, `${served.url}#/compare/${first.run_id}/${second.run_id}`);
    expect(await page.textContent('[data-testid="delta-source"]')).toContain(`all tasks ${AGGREGATES_ONLY}`);
    const row = page.locator('[data-testid="compare-table"] tr[data-task="arc_challenge"]');
    expect(await row.locator('[data-testid="lower-is-better"]').count()).toBe(1);
    // acc rose 5 points; lower is better, so Δ is −5.0 (better is positive), in red.
    const delta = row.locator('td:nth-child(5) .delta');
    expect((await delta.locator('.mean').textContent())?.trim()).toBe('\u22125.0');
    expect(await delta.getAttribute('class')).toContain('neg');
    expect(await row.locator('.badge').first().textContent()).toContain('regression');
    expect(await row.locator('[data-testid="gate-pairing"]').textContent()).toBe(AGGREGATES_ONLY);
    expect(await page.textContent('caption')).toContain('↓ (lower is better) Δ is turned round');

    await openView(page, `${served.url}#/run/${second.run_id}`);
    const task = page.locator('[data-testid="run-tasks"] tr[data-task="arc_challenge"].task-row');
    expect(await task.locator('[data-testid="lower-is-better"]').count()).toBe(1);
    expect(await task.locator('[data-testid="gate-pairing"]').textContent()).toBe(AGGREGATES_ONLY);
    expect(await task.locator('.delta').getAttribute('class')).toContain('neg');
    expect(await page.textContent('[data-testid="gate-reason"]')).toContain(AGGREGATES_ONLY);
  });

  it('a metric outside [0, 1] (a perplexity) shows as the file gives it, not ×100', async () => {
    const run = (await readMonth(site)).find((r) => r.model === 'arc-raw')!;
    const summary = JSON.parse(
      await readFile(join(site, 'data', run.path, 'summary.json'), 'utf8'),
    ) as Summary;
    const task = summary.models[0].tasks[0];
    const mean = task.metrics[task.primary_metric].mean;
    expect(mean).toBeGreaterThan(1);
    await openView(page, `${served.url}#/run/${run.run_id}`);
    const shown = await page
      .locator('[data-testid="run-tasks"] tr[data-task="arc_perplexity"].task-row .score .mean')
      .textContent();
    // As the file gives it (to 4 significant digits of the published value), not 1250.5.
    expect(Math.abs(Number(shown) - mean)).toBeLessThan(0.01);
    await openView(page, `${served.url}#/?task=arc_perplexity`);
    const row = page.locator('[data-testid="leaderboard"] tbody tr', { hasText: 'arc-raw' });
    expect(Math.abs(Number(await row.locator('.score .mean').textContent()) - mean)).toBeLessThan(0.01);
  });

  it('the leaderboard lists a lower-is-better task best (lowest) first', async () => {
    await openView(page, `${served.url}#/?task=arc_challenge&role=candidate`);
    const models = await page.$$eval('[data-testid="leaderboard"] tbody tr', (trs) =>
      trs.map((tr) => tr.querySelector('td')?.textContent?.trim()),
    );
    // arc-ref's acc is the file's, arc-ppl's 5 points higher: lower is better, so arc-ref leads;
    // arc-raw never ran the task and comes last.
    expect(models.filter((x) => x?.startsWith('arc-'))).toEqual(['arc-ref', 'arc-ppl', 'arc-raw']);
    expect(await page.textContent('[data-testid="leaderboard"] thead')).toContain('arc_challenge ↓');
  });

  it('the profile turns a lower-is-better task’s Δ to the reference round: higher there is worse', async () => {
    const suite = manifest.leaderboard.find((r) => r.model === 'arc-ppl')!.suite;
    await openView(page, `${served.url}#/profile?suite=${suite}&models=arc-ppl&ref=ref-model`);
    const d = page.locator(
      '[data-testid="profile-table"] tr[data-category="arc_challenge"] td:nth-child(3) .delta',
    );
    // arc-ppl's acc (0.60) is far above the reference's (about 0.3): lower is better, so Δ < 0, red.
    expect((await d.locator('.mean').textContent())?.trim()).toMatch(/^\u2212\d/);
    expect(await d.getAttribute('class')).toContain('neg');
  });

  it('the heatmap marks a lower-is-better task and colours its rise against a reference as a drop', async () => {
    const suite = manifest.leaderboard.find((r) => r.model === 'arc-ppl')!.suite;
    await openView(page, `${served.url}#/heatmap?suite=${suite}&ref=arc-ref`);
    const header = page
      .locator('[data-testid="heatmap-table"] thead th[data-lower-is-better="true"]')
      .filter({ hasText: 'arc_challenge' });
    expect((await header.textContent())?.trim()).toBe('arc_challenge ↓');
    // arc-ppl's acc is 5 points above the reference's; lower is better, so its Δ is −5.0.
    const row = manifest.leaderboard.find((r) => r.model === 'arc-ppl')!;
    expect(
      await page.textContent(
        `[data-testid="heatmap-table"] tr[data-run="${row.run_id}"] td[data-task="arc_challenge"]`,
      ),
    ).toBe('\u22125.0');
    expect(await page.textContent('[data-testid="heatmap-table"] caption')).toContain(
      '↓ = lower is better, its Δ turned round',
    );
  });
});

async function readMonth(site: string) {
  const months = await readdir(join(site, 'data/index'));
  const rows = [];
  for (const month of months.sort())
    rows.push(
      ...(
        JSON.parse(await readFile(join(site, 'data/index', month), 'utf8')) as {
          runs: Manifest['leaderboard'];
        }
      ).runs,
    );
  return rows;
}
