/**
 * Everything a dashboard browser test needs, torn down together: generated protocol data in a
 * temporary folder, the built app, `evalwarden dashboard` serving both, and Debian's Chromium.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { buildDashboardInto, REPO } from './dashboard-build.js';
import { generateDashboardData, type DashboardData, type DashboardDataOptions } from './dashboard-data.js';
import { launchChromium } from './dashboard-browser.js';
import { serveDashboard, type ServedDashboard } from './dashboard-server.js';

export const SHOTS = join(REPO, 'test-output/dashboard');

export interface DashboardFixture {
  data: DashboardData;
  dataDir: string;
  server: ServedDashboard;
  browser: Browser;
  url: string;
  /** A fresh page that records uncaught page errors (a test asserts there are none). */
  newPage(options?: BrowserContextOptions): Promise<Page & { errors: string[] }>;
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

export async function startDashboardFixture(
  options: Omit<DashboardDataOptions, 'dir'>,
): Promise<DashboardFixture> {
  const root = await mkdtemp(join(tmpdir(), 'evalwarden-dashboard-'));
  const dataDir = join(root, 'data');
  const [data, app] = await Promise.all([
    generateDashboardData({ ...options, dir: dataDir }),
    buildDashboardInto(join(root, 'app')),
  ]);
  const server = await serveDashboard({ data: dataDir, app: app.dir });
  const browser = await launchChromium();
  await mkdir(SHOTS, { recursive: true });
  return {
    data,
    dataDir,
    server,
    browser,
    url: server.url,
    async newPage(contextOptions = {}) {
      const context = await browser.newContext({
        viewport: { width: 1400, height: 1000 },
        ...contextOptions,
      });
      const page = (await context.newPage()) as Page & { errors: string[] };
      page.errors = [];
      page.on('pageerror', (e) => page.errors.push(e.message));
      return page;
    },
    async screenshot(page, name) {
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
    },
    async close() {
      await browser.close().catch(() => {});
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
