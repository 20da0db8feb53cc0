/**
 * The data protocol moves on without breaking sites: test/fixtures/site-v1 is a site published by
 * evalwarden before categories, inputs and higher_is_better (index.json schema_version 1, made by
 * the CLI, see its PROVENANCE.md). The new dashboard reads it as it is, and a new run published
 * onto it joins the old ones.
 */
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startSim } from '../src/sim/index.js';
import { verifySite } from '../src/publish/index.js';
import { chromiumMissing, launchChromium, openView } from './support/dashboard-browser.js';
import { buildDashboardInto } from './support/dashboard-build.js';
import { serveDashboard, type ServedDashboard } from './support/dashboard-server.js';
import { numericRows, runCli, writeConfig, writeJsonl } from './support/engine.js';
import type { Manifest } from '../web/src/data/protocol.js';

const FIXTURE = join(import.meta.dirname, 'fixtures/site-v1/data');
const title = chromiumMissing
  ? `a site published by the previous version (skipped: ${chromiumMissing})`
  : 'a site published by the previous version (schema_version 1)';

describe.skipIf(chromiumMissing !== null)(title, () => {
  let cwd: string;
  let served: ServedDashboard;
  let browser: Browser;
  let page: Page;
  let old: Manifest;
  const errors: string[] = [];
  const go = (hash: string) => openView(page, `${served.url}${hash}`);
  const data = () => join(cwd, 'site/data');
  const manifest = async (): Promise<Manifest> =>
    JSON.parse(await readFile(join(data(), 'index.json'), 'utf8'));

  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'ew-dash-v1-'));
    await cp(FIXTURE, data(), { recursive: true });
    old = await manifest();
    const app = await buildDashboardInto(join(cwd, 'app'));
    served = await serveDashboard({ data: data(), app: app.dir });
    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
    page.on('pageerror', (e) => errors.push(e.message));
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    if (cwd) await rm(cwd, { recursive: true, force: true });
  });

  it('the new dashboard reads the old site: every view, its gated run, its examples without inputs', async () => {
    expect(old.schema_version).toBe(1);
    await go('#/');
    expect(await page.$$eval('[data-testid="leaderboard"] tbody tr', (x) => x.length)).toBe(
      new Set(old.leaderboard.map((r) => r.run_id)).size,
    );
    const gated = old.alerts[0].run_id;
    await go(`#/run/${gated}`);
    expect(await page.$$eval('[data-testid="gate-verdict"]', (x) => x.length)).toBeGreaterThan(0);
    expect(await page.textContent('[data-testid="run-tasks"]')).toContain('(underpowered)');
    await go(`#/examples?run=${gated}`);
    expect(await page.textContent('[data-testid="inputs-off"]')).toContain('inputs');
    for (const hash of ['#/heatmap', '#/curves', '#/history?model=cand', '#/profile', '#/alerts', '#/runs'])
      await go(hash);
    // No categories were published: the heatmap says so rather than inventing them.
    await go('#/heatmap');
    expect(await page.$$eval('thead th[scope="colgroup"]', (x) => x.map((t) => t.textContent))).toEqual([
      'uncategorised',
    ]);
    expect(errors).toEqual([]);
  }, 120_000); // eight views on a shared machine

  it('a run published onto the old site joins it: index.json becomes version 2, old runs stay and still read', async () => {
    const rows = numericRows(30);
    await writeJsonl(join(cwd, 'data/math.jsonl'), rows);
    await using sim = await startSim({
      models: { 'sim-cand': { accuracy: 0.7 } },
      items: rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'numeric' })),
      latencyMs: 1,
    });
    await writeConfig(cwd, {
      version: 1,
      models: [{ id: 'cand', role: 'candidate', base_url: sim.url, model: 'sim-cand' }],
      tasks: [
        {
          id: 'arith',
          category: 'math',
          dataset: { path: 'data/math.jsonl' },
          fields: { input: 'question', target: 'answer' },
          scorer: 'numeric',
        },
      ],
      suites: { quick: { size: 'all' } },
      run: { cache: { enabled: false } },
      publish: { inputs: 'head' },
    });
    const env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_REF_NAME: 'main',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: '/nonexistent',
      GITHUB_SHA: 'd'.repeat(40),
    };
    const ran = await runCli(['run', '--suite', 'quick', '--out', 'r3'], { cwd, env });
    expect(ran.code, ran.stderr).toBe(0);
    const published = await runCli(
      ['publish', '--results', 'r3', '--pages-dir', 'site', '--config', 'evalwarden.yml'],
      { cwd, env },
    );
    expect(published.code, published.stderr).toBe(0);

    const now = await manifest();
    expect(now.schema_version).toBe(2);
    expect(now.run_count).toBe(old.run_count + 1);
    for (const t of old.tasks) expect(now.tasks).toContainEqual(t);
    expect(now.tasks).toContainEqual({ task: 'arith', primary_metric: 'flexible_extract', category: 'math' });
    const month = JSON.parse(await readFile(join(data(), `index/${old.months[0]}.json`), 'utf8'));
    const oldMonth = JSON.parse(await readFile(join(FIXTURE, `index/${old.months[0]}.json`), 'utf8'));
    expect(month.runs.slice(0, oldMonth.runs.length)).toEqual(oldMonth.runs);
    // Every old run folder is untouched; the site still passes the publisher's own check.
    for (const dir of await readdir(join(FIXTURE, 'runs', old.months[0])))
      expect(existsSync(join(data(), 'runs', old.months[0], dir, 'summary.json'))).toBe(true);
    expect((await verifySite(join(cwd, 'site'))).problems).toEqual([]);

    // A fresh page: the open one keeps the manifest it loaded, as a reader's tab would.
    page = await (await browser.newContext()).newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await go('#/');
    const ids = await page.$$eval('[data-testid="leaderboard"] tbody tr', (trs) =>
      trs.map((tr) => tr.textContent ?? ''),
    );
    expect(ids.length).toBe(new Set(now.leaderboard.map((r) => r.run_id)).size);
    await go(`#/run/${old.alerts[0].run_id}`);
    await go('#/heatmap?suite=quick');
    expect(
      await page.$$eval('thead th[scope="colgroup"]', (x) => x.map((t) => t.textContent).sort()),
    ).toEqual(['math', 'uncategorised']);
    expect(errors).toEqual([]);
  }, 180_000); // a real run, a publish and a fresh browser page: slow on a shared machine
});
