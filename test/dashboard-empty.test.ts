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
    // What each view says when nothing is published: a sentence a reader understands, not a blank.
    const says: [string, RegExp][] = [
      ['#/', /0 runs of 0 models/],
      ['#/heatmap', /No runs for this selection/],
      ['#/curves', /No training models in this data yet/],
      ['#/history', /No candidate or reference model has published a run yet/],
      ['#/runs', /No runs published yet/],
      ['#/examples', /No runs published yet/],
      ['#/profile', /Pick at least one model/],
      ['#/alerts', /No run has been flagged/],
    ];
    for (const [hash, message] of says) {
      await openView(page, `${fx.url}${hash}`);
      expect((await page.textContent('main')) ?? '', hash).toMatch(message);
      expect(await page.$('h1'), hash).not.toBeNull();
    }
    expect(page.errors).toEqual([]);
  });
});
