/**
 * A sequential suite on the dashboard: the run page says, in the gate's own words, where each task
 * stopped and why, on a site the CLI published.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { stoppedSentence, verdictLabel } from '../src/gate/verdict-words.js';
import { chromiumMissing, launchChromium, openView } from './support/dashboard-browser.js';
import { buildDashboardInto } from './support/dashboard-build.js';
import { serveDashboard, type ServedDashboard } from './support/dashboard-server.js';
import { publishSequentialSite } from './support/published-site.js';

const title = chromiumMissing
  ? `a sequential run on the dashboard (skipped: ${chromiumMissing})`
  : 'a sequential run on the dashboard, published by the CLI';

describe.skipIf(chromiumMissing !== null)(title, () => {
  let cwd: string;
  let site: { site: string; gated: string };
  let served: ServedDashboard;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'ew-dash-seq-'));
    const app = await buildDashboardInto(join(cwd, 'app'));
    site = await publishSequentialSite(cwd, { dashboard: app.dir });
    served = await serveDashboard({ data: join(site.site, 'data'), app: site.site });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.on('pageerror', (e) => errors.push(e.message));
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    if (cwd) await rm(cwd, { recursive: true, force: true });
  });

  it('the run page says where each task stopped and why, as the PR comment does', async () => {
    const id = site.gated;
    const month = `${id.slice(0, 4)}-${id.slice(4, 6)}`;
    const comparison = JSON.parse(
      await readFile(join(site.site, 'data/runs', month, id, 'comparison.json'), 'utf8'),
    );
    const task = comparison.models[0].tasks[0];
    // The much worse candidate is caught at the first look.
    expect(task.sequential).toMatchObject({ stopped_at: 50, of: 200, why: 'regression' });
    await openView(page, `${served.url}#/run/${id}`);
    const cell = page.locator(
      '[data-testid="run-tasks"] tr.task-row[data-task="math"] [data-testid="gate-verdict"]',
    );
    const text = (await cell.textContent()) ?? '';
    expect(text).toContain(verdictLabel(task));
    expect(text).toContain(stoppedSentence(task)!);
    expect(text).toContain('stopped at 50 of 200');
    expect(errors).toEqual([]);
  });
});
