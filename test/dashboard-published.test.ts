/**
 * The dashboard over a site the real pipeline wrote: results folders, `evalwarden compare` for a
 * real comparison.json, `evalwarden publish --dashboard` into a pages folder (which copies the
 * built app to the site root), then `evalwarden dashboard` serving that folder to Chromium.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { CommandIO } from '../src/cli/command.js';
import { compare } from '../src/cli/commands/compare.js';
import { publish } from '../src/cli/commands/publish.js';
import type { Summary } from '../src/artifacts.js';
import { chromiumMissing, launchChromium, openView } from './support/dashboard-browser.js';
import { buildDashboardInto } from './support/dashboard-build.js';
import { serveDashboard, type ServedDashboard } from './support/dashboard-server.js';
import { SHOTS } from './support/dashboard-fixture.js';
import { writeResultsFolder } from './support/results-folder.js';
import { ci, pct, signed } from '../web/src/ui/format.js';
import type { Manifest } from '../web/src/data/protocol.js';

const title = chromiumMissing
  ? `dashboard over a published site (skipped: ${chromiumMissing})`
  : 'dashboard over a published site';
const XSS = '<img src=x onerror=window.__xss=1>';

describe.skipIf(chromiumMissing !== null)(title, () => {
  let cwd: string;
  let served: ServedDashboard;
  let browser: Browser;
  let manifest: Manifest;

  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'ew-dash-pub-'));
    const io: CommandIO = {
      stdout: () => {},
      stderr: () => {},
      cwd,
      env: {},
      signal: new AbortController().signal,
    };
    const app = await buildDashboardInto(join(cwd, 'app'));
    const common = {
      repository: 'acme/app',
      tasks: [
        { task: 'math', items: 60, categories: ['algebra', 'geometry'] },
        { task: 'qa', items: 50 },
      ],
    };
    await writeResultsFolder(join(cwd, 'r1'), {
      ...common,
      runId: 'nightly-1',
      startedAt: '2026-10-05T10:00:00.000Z',
      branch: 'main',
      sha: 'a'.repeat(40),
      kind: 'branch',
      models: [
        { model: 'cand', accuracy: 0.8 },
        { model: 'ref', role: 'reference', accuracy: 0.85 },
      ],
    });
    await writeResultsFolder(join(cwd, 'r2'), {
      ...common,
      runId: 'nightly-2',
      startedAt: '2026-11-05T10:00:00.000Z',
      branch: 'main',
      sha: 'b'.repeat(40),
      kind: 'branch',
      models: [{ model: 'cand', accuracy: 0.55 }],
      output: ({ item }) => (item.endsWith('1') ? XSS : `The answer is ${item}.`),
    });
    expect(
      await compare(['--baseline', 'r1', '--candidate', 'r2', '--baseline-model', 'cand'], io),
    ).toBeGreaterThanOrEqual(0);
    for (const step of [100, 200, 300]) {
      await writeResultsFolder(join(cwd, `s${step}`), {
        ...common,
        runId: `sweep-${step}`,
        startedAt: `2026-11-10T1${step / 100}:00:00.000Z`,
        branch: 'main',
        sha: 'c'.repeat(40),
        kind: 'sweep',
        models: [{ model: 'sft', role: 'training', step, accuracy: 0.3 + step / 1000 }],
      });
    }
    for (const dir of ['r1', 'r2', 's100', 's200', 's300']) {
      expect(await publish(['--results', dir, '--pages-dir', 'site', '--dashboard', app.dir], io), dir).toBe(
        0,
      );
    }
    manifest = JSON.parse(await readFile(join(cwd, 'site/data/index.json'), 'utf8'));
    served = await serveDashboard({ data: join(cwd, 'site/data'), app: join(cwd, 'site') });
    browser = await launchChromium();
    await mkdir(SHOTS, { recursive: true });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    if (cwd) await rm(cwd, { recursive: true, force: true });
  });

  it('every view renders the published data, with no script error and no payload run', async () => {
    const page = await (await browser.newContext({ bypassCSP: true })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const go = (hash: string) => openView(page, `${served.url}${hash}`);

    await go('#/');
    expect(await page.$$eval('[data-testid="leaderboard"] tbody tr', (x) => x.length)).toBe(
      new Set(manifest.leaderboard.map((r) => r.run_id)).size,
    );

    // The regressed run: scores from its summary, Δ from the gate's comparison.json.
    await go('#/run/nightly-2--cand');
    const summary: Summary = JSON.parse(
      await readFile(join(cwd, 'site/data/runs/2026-11/nightly-2--cand/summary.json'), 'utf8'),
    );
    const comparison = JSON.parse(
      await readFile(join(cwd, 'site/data/runs/2026-11/nightly-2--cand/comparison.json'), 'utf8'),
    );
    for (const t of summary.models[0].tasks) {
      const cells = await page.$$eval(
        `[data-testid="run-tasks"] tr.task-row[data-task="${t.task}"] td`,
        (tds) => tds.map((td) => td.textContent!.trim()),
      );
      const m = t.metrics[t.primary_metric];
      expect(cells[2]).toBe(`${pct(m.mean)} ${ci(m.ci!.low, m.ci!.high)}`);
      const d = comparison.models[0].tasks.find((x: { task: string }) => x.task === t.task).delta;
      expect(cells[3].startsWith(signed(d.estimate))).toBe(true);
    }
    // The comparison names the baseline by its engine run id; the link still finds the published run.
    await page.click('text=Compare with its baseline');
    await page.waitForSelector('[data-testid="delta-source"]');
    expect(page.url()).toContain('#/compare/nightly-1--cand/nightly-2--cand');
    expect(await page.textContent('[data-testid="delta-source"]')).toContain('paired comparison');
    await page.screenshot({ path: join(SHOTS, 'published-compare.png') });

    await go('#/curves');
    expect(
      await page.textContent('[data-testid="curves-table"] tr[data-model="sft"] [data-testid="best-step"]'),
    ).toBe('300');
    await go('#/examples?run=nightly-2--cand');
    expect(await page.textContent('main')).toContain(XSS);
    for (const hash of ['#/heatmap', '#/history?model=cand', '#/profile', '#/alerts', '#/runs'])
      await go(hash);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss ?? null)).toBeNull();
    expect(errors).toEqual([]);
  });
});
