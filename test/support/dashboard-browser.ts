/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser). Tests skip with a
 * reason when /usr/bin/chromium is absent; CI installs it with apt-get.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumMissing = existsSync(CHROMIUM)
  ? null
  : `${CHROMIUM} is absent: install Debian's chromium (apt-get install -y chromium) to run the dashboard browser tests`;

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Navigates (or changes the hash) and waits until the dashboard says the view is ready. */
export async function openView(page: Page, url: string): Promise<void> {
  const current = page.url();
  if (current === url) {
    await page.reload(); // the same hash fires no hashchange
  } else if (current.split('#')[0] === url.split('#')[0]) {
    await page.evaluate((hash) => {
      document.body.dataset.ready = '';
      location.hash = hash;
    }, new URL(url).hash || '#/');
  } else {
    await page.goto(url);
  }
  await page.waitForSelector('body[data-ready="1"]', { timeout: 15_000 });
}

/**
 * Re-waits for readiness after an interaction that re-renders the view. A link's hashchange
 * fires a task later, so give the view's name when the interaction follows a link.
 */
export async function settled(page: Page, view?: string): Promise<void> {
  const selector = view ? `body[data-view="${view}"][data-ready="1"]` : 'body[data-ready="1"]';
  await page.waitForSelector(selector, { timeout: 15_000 });
}
