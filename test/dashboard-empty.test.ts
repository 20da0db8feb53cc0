/**
 * A site with a manifest but no runs yet (the first publish of a new repository) renders every
 * view with a plain message, never a blank page or a script error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, openView } from './support/dashboard-browser.js';
import { startDashboardFixture, type DashboardFixture } from './support/dashboard-fixture.js';

const title = chromiumMissing
  ? `dashboard with no runs (skipped: ${chromiumMissing})`
  : 'dashboard with no runs';

describe.skipIf(chromiumMissing !== null)(title, () => {
  let fx: DashboardFixture;
  beforeAll(async () => {
    fx = await startDashboardFixture({ runs: 0, tasks: 4, models: 3 });
  }, 120_000);
  afterAll(async () => fx?.close());

  it('every view says there is nothing yet', async () => {
    const page = await fx.newPage();
    for (const hash of [
      '#/',
      '#/heatmap',
      '#/curves',
      '#/history',
      '#/runs',
      '#/examples',
      '#/profile',
      '#/alerts',
    ]) {
      await openView(page, `${fx.url}${hash}`);
      const text = (await page.textContent('main')) ?? '';
      expect(text.length, hash).toBeGreaterThan(10);
      expect(await page.$('h1'), hash).not.toBeNull();
    }
    expect(page.errors).toEqual([]);
  });
});
