/**
 * Hostile data stays text. Model names, task ids, a branch, a repository field and outputs carry
 * `<img onerror>`, `<svg onload>`, `<script>` and `javascript:` payloads that would set
 * `window.__xss`; the page runs with its CSP bypassed, so only the app's own rendering stands
 * between them and execution. Also: keyboard use, dark mode, relative asset URLs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumMissing, openView, settled } from './support/dashboard-browser.js';
import { startDashboardFixture, type DashboardFixture } from './support/dashboard-fixture.js';
import { HOSTILE } from './support/dashboard-data.js';

const title = chromiumMissing
  ? `dashboard security and accessibility (skipped: ${chromiumMissing})`
  : 'dashboard security and accessibility';

describe.skipIf(chromiumMissing !== null)(title, () => {
  let fx: DashboardFixture;
  let page: Page & { errors: string[] };
  const go = (hash: string) => openView(page, `${fx.url}${hash}`);

  beforeAll(async () => {
    fx = await startDashboardFixture({
      runs: 300,
      tasks: 10,
      models: 8,
      seed: 11,
      hostile: true,
      mix: { pr: 0.5, branch: 0.3, sweep: 0.2 },
    });
    page = await fx.newPage({ bypassCSP: true });
  }, 120_000);
  afterAll(async () => {
    expect(page?.errors ?? []).toEqual([]);
    await fx?.close();
  });

  /** No payload ran, none became an element, and every link is an app route or http(s). */
  async function expectInert(where: string) {
    const state = await page.evaluate(() => ({
      xss: (window as { __xss?: unknown }).__xss ?? null,
      injected: document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], main script')
        .length,
      badLinks: [...document.querySelectorAll('a[href]')]
        .map((a) => a.getAttribute('href')!)
        .filter((h) => !h.startsWith('#/') && !/^https?:\/\//.test(h)),
    }));
    expect(state, where).toEqual({ xss: null, injected: 0, badLinks: [] });
  }

  it('no payload runs or becomes markup in any view, tooltips included', async () => {
    const hostileRun = [...fx.data.runs.values()].find((r) => r.row.model === HOSTILE.model && r.baseline)!;
    const hostileRepo = [...fx.data.runs.values()].find((r) => r.info.git.repository === HOSTILE.repository)!;
    const routes = [
      '#/',
      `#/?task=${encodeURIComponent(HOSTILE.task)}`,
      '#/heatmap',
      `#/heatmap?ref=${encodeURIComponent(HOSTILE.model)}`,
      `#/heatmap?rows=checkpoints&model=${encodeURIComponent(HOSTILE.trainingModel)}`,
      `#/curves?task=${encodeURIComponent(HOSTILE.task)}`,
      `#/history?model=${encodeURIComponent(HOSTILE.model)}`,
      `#/run/${hostileRun.row.run_id}`,
      `#/run/${hostileRepo.row.run_id}`,
      `#/compare/${hostileRun.baseline!.run_id}/${hostileRun.row.run_id}`,
      `#/examples?run=${hostileRun.row.run_id}&filter=all`,
      `#/examples?run=${hostileRun.row.run_id}&q=${encodeURIComponent('<img')}`,
      '#/profile',
      '#/alerts',
      '#/runs?kind=pr',
    ];
    for (const hash of routes) {
      await go(hash);
      // Sweep the pointer over any chart, so hostile names pass through every tooltip.
      const box = await (await page.$('[data-testid="chart"]'))?.boundingBox();
      if (box) {
        for (let i = 1; i < 8; i++)
          for (let j = 1; j < 10; j++)
            await page.mouse.move(box.x + (box.width * j) / 10, box.y + (box.height * i) / 8);
      }
      await expectInert(hash);
    }
    // The payloads are on the page, as text.
    await go(`#/examples?run=${hostileRun.row.run_id}`);
    const text = await page.textContent('main');
    for (const payload of [HOSTILE.model, ...HOSTILE.outputs]) expect(text).toContain(payload);
    // A repository field that is not owner/name gives no commit link at all.
    await go(`#/run/${hostileRepo.row.run_id}`);
    expect(await page.$$eval('[data-testid="provenance"] a', (as) => as.length)).toBe(0);
    expect(await page.textContent('[data-testid="provenance"]')).toContain(HOSTILE.repository);
  });

  it('a hostile string in the hash is only ever a filter value', async () => {
    await go(
      `#/examples?task=${encodeURIComponent('"><img src=x onerror=window.__xss=9>')}&q=${encodeURIComponent('<script>window.__xss=10</script>')}`,
    );
    await expectInert('hostile query');
    await go(`#/run/${encodeURIComponent('<img src=x onerror=window.__xss=11>')}`);
    expect(await page.textContent('[role="alert"]')).toContain('<img src=x onerror=window.__xss=11>');
    await expectInert('hostile run id');
  });

  it('works from the keyboard: tab to a view, sort a table, open a run', async () => {
    await go('#/');
    await page.reload(); // start from the top of the page, as a fresh visit does
    await settled(page);
    // Skip link first, then the brand, then the views.
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    }
    expect(order).toEqual(['Skip to content', 'evalwarden', 'Leaderboard', 'Heatmap']);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    expect(
      await page.evaluate(() => [document.activeElement?.tagName, document.activeElement?.textContent]),
    ).toEqual(['H1', 'Leaderboard']);
    await page.focus('#nav a[data-view="heatmap"]');
    await page.keyboard.press('Enter');
    await settled(page, 'heatmap');
    expect(page.url()).toContain('#/heatmap');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    await go('#/');
    await page.focus('button[data-sort="model"]');
    await page.keyboard.press('Enter');
    await settled(page);
    expect(page.url()).toContain('sort=model');
    expect(await page.getAttribute('th:has(button[data-sort="model"])', 'aria-sort')).toBe('descending');
    await page.focus('[data-testid="leaderboard"] tbody tr:first-child a');
    await page.keyboard.press('Enter');
    await settled(page, 'run');
    expect(page.url()).toContain('#/run/');
  });

  it('follows the OS dark mode', async () => {
    const dark = await fx.newPage({ colorScheme: 'dark' });
    await openView(dark, `${fx.url}#/heatmap`);
    await dark.waitForSelector('[data-testid="chart"] canvas');
    expect(await dark.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(13, 17, 23)',
    );
    await fx.screenshot(dark, 'heatmap-dark');
    await openView(dark, `${fx.url}#/`);
    await fx.screenshot(dark, 'overview-dark');
    expect(dark.errors).toEqual([]);
  });

  it('loads its assets by relative URLs, so it works from a sub-path', async () => {
    const html = await (await fetch(fx.url)).text();
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref, ref).toMatch(/^\.\/|^#/);
  });
});
