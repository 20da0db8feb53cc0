/**
 * The dashboard as a reviewer uses it, on a site the CLI published (test/support/published-site.ts):
 * the example with its prompt and target, flips both ways, the verdict as the gate gave it, an
 * honest profile, categories from the config, one curve from a sweep, and the details.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumMissing, launchChromium, openView, settled } from './support/dashboard-browser.js';
import { buildDashboardInto } from './support/dashboard-build.js';
import { serveDashboard, type ServedDashboard } from './support/dashboard-server.js';
import { SHOTS } from './support/dashboard-fixture.js';
import { BIDI_CATEGORY, publishSite, SECRET, type PublishedSite } from './support/published-site.js';
import type { Manifest } from '../web/src/data/protocol.js';
import { pText, size, underpoweredSentence, verdictIcon, verdictLabel } from '../src/gate/verdict-words.js';

const title = chromiumMissing
  ? `the dashboard for reviewers (skipped: ${chromiumMissing})`
  : 'the dashboard for reviewers, on a site the CLI published';

describe.skipIf(chromiumMissing !== null)(title, () => {
  let cwd: string;
  let site: PublishedSite;
  let served: ServedDashboard;
  let browser: Browser;
  let page: Page;
  let manifest: Manifest;
  const errors: string[] = [];
  const go = (hash: string) => openView(page, `${served.url}${hash}`);
  const runDir = (id: string) => join(site.site, 'data/runs', `${id.slice(0, 4)}-${id.slice(4, 6)}`, id);
  const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8'));
  const texts = (selector: string) => page.$$eval(selector, (xs) => xs.map((x) => x.textContent ?? ''));

  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'ew-dash-review-'));
    const app = await buildDashboardInto(join(cwd, 'app'));
    site = await publishSite(cwd, { dashboard: app.dir });
    manifest = await readJson(join(site.site, 'data/index.json'));
    served = await serveDashboard({ data: join(site.site, 'data'), app: site.site });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await mkdir(SHOTS, { recursive: true });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    if (cwd && !process.env.KEEP) await rm(cwd, { recursive: true, force: true });
  });

  it('an example shows the rendered prompt, the target, both runs’ outputs and reasoning, with secrets redacted', async () => {
    await go(`#/examples?run=${site.second.cand}&task=math`);
    const first = page.locator('[data-testid="example"][data-item="q-1"]');
    expect(await first.locator('[data-testid="message"]').allTextContents()).toEqual([
      'userWhat is 0 + 0? Ticket [redacted].',
    ]);
    expect(await first.locator('[data-testid="target"]').textContent()).toBe('Target: 0');
    // Side by side: the baseline's sample and this run's, each with its output and reasoning.
    const sides = first.locator('[data-testid="sample"]');
    expect(await sides.count()).toBe(2);
    expect(await first.locator('[data-testid="output"]').count()).toBe(2);
    expect(await first.locator('[data-testid="reasoning"]').count()).toBe(2);
    expect(await page.textContent('main')).not.toContain(SECRET);
    expect(await page.$('[data-testid="inputs-off"]')).toBeNull();
    // Published data: the input is in samples.jsonl redacted, and in no record beyond the head.
    const samples = await readFile(join(runDir(site.second.cand), 'samples.jsonl'), 'utf8');
    expect(samples).toContain('Ticket [redacted].');
    expect(samples).not.toContain(SECRET);
    await page.screenshot({ path: join(SHOTS, 'review-example.png'), fullPage: false });
  });

  it('a run published without publish.inputs says how to turn them on, and publishes no input', async () => {
    await go(`#/examples?run=${site.first.cand}`);
    expect(await page.textContent('[data-testid="inputs-off"]')).toContain('publish: { inputs: head }');
    const records = gunzipSync(await readFile(join(runDir(site.first.cand), 'records.jsonl.gz'))).toString();
    for (const line of records.trim().split('\n')) {
      const r = JSON.parse(line);
      expect([r.input, r.target]).toEqual([null, null]);
    }
  });

  it('compare shows broken and fixed flips with their counts, and filters them', async () => {
    const cmp = await readJson(join(runDir(site.second.cand), 'comparison.json'));
    const totals = cmp.models[0].tasks.reduce(
      (t: { w: number; b: number }, x: { flips: { worse_total: number; better_total: number } }) => ({
        w: t.w + x.flips.worse_total,
        b: t.b + x.flips.better_total,
      }),
      { w: 0, b: 0 },
    );
    expect(totals.w).toBeGreaterThan(0);
    expect(totals.b).toBeGreaterThan(0);
    await go(`#/compare/${site.first.cand}/${site.second.cand}`);
    expect(await texts('[data-testid="flip-filter"] [data-filter]')).toEqual([
      `All (${totals.w + totals.b})`,
      `✕ Broken (${totals.w})`,
      `✓ Fixed (${totals.b})`,
    ]);
    const kinds = await page.$$eval('[data-testid="flip"]', (xs) => xs.map((x) => x.className));
    expect(kinds.some((k) => k.includes('f-broken'))).toBe(true);
    expect(kinds.some((k) => k.includes('f-fixed'))).toBe(true);
    // A flip is judged with its prompt and target, which the second run published.
    expect(await page.locator('[data-testid="flip"] [data-testid="item-context"]').count()).toBe(
      kinds.length,
    );
    await page.click('[data-filter="fixed"] a');
    await settled(page, 'compare');
    const fixed = await page.$$eval('[data-testid="flip"]', (xs) => xs.map((x) => x.className));
    expect(fixed.length).toBe(Math.min(20, totals.b));
    expect(fixed.every((k) => k.includes('f-fixed'))).toBe(true);
  });

  it('run and compare pages give each task’s verdict as the gate did: qualifiers, p adjusted, CI of Δ and MDE', async () => {
    const cmp = await readJson(join(runDir(site.second.cand), 'comparison.json'));
    await go(`#/run/${site.second.cand}`);
    for (const t of cmp.models[0].tasks) {
      const cell = page.locator(
        `[data-testid="run-tasks"] tr.task-row[data-task="${t.task}"] [data-testid="gate-verdict"]`,
      );
      const text = (await cell.textContent()) ?? '';
      // The gate's own words, as the PR comment renders them.
      expect(text).toContain(`${verdictIcon(t)} ${verdictLabel(t)}`);
      expect(text.includes('(underpowered)')).toBe(t.underpowered);
      expect(text).toContain(`MDE ${size(t.delta.mde)}`);
      const p = t.verdict === 'improvement' ? t.delta.p_improvement_adjusted : t.delta.p_drop_adjusted;
      expect(text).toContain(`p ${pText(p)} (adj.)`);
      const sentence = underpoweredSentence(t);
      if (sentence) expect(text).toContain(sentence);
    }
    if (cmp.models[0].tasks.some((t: { underpowered: boolean }) => t.underpowered))
      expect(await page.textContent('[data-testid="gate-reason"]')).toContain('underpowered on');
    await go(`#/compare/${site.first.cand}/${site.second.cand}`);
    const compared = await texts('[data-testid="compare-table"] [data-testid="gate-verdict"]');
    expect(compared).toHaveLength(cmp.models[0].tasks.length);
  });

  it('the profile keeps CIs in [0, 100], shows no Δ of the reference to itself, and leaves unrun tasks missing', async () => {
    await go('#/profile?models=base,cand,sft&ref=base&suite=full');
    const cells = await texts('[data-testid="profile-table"] tbody td');
    const numbers = cells
      .join(' ')
      .match(/-?\d+\.\d/g)!
      .map(Number);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(100);
    // Columns: base, Δ base, cand, Δ cand, sft, Δ sft.
    const rows = await page.$$eval('[data-testid="profile-table"] tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
    for (const r of rows) expect(r[1]).toBe('reference');
    // The sweep ran only math: its other categories are missing, not 0.0.
    expect(rows.filter((r) => r[4] === 'not run')).toHaveLength(2);
    // A one-task category shows that task's interval as the summary holds it.
    const summary = await readJson(join(runDir(site.second.cand), 'summary.json'));
    const math = summary.models[0].tasks.find((t: { task: string }) => t.task === 'math');
    const m = math.metrics[math.primary_metric];
    expect(
      await page.textContent('[data-testid="profile-table"] tr[data-category="arithmetic"] td:nth-child(4)'),
    ).toBe(`${(m.mean * 100).toFixed(1)} [${(m.ci.low * 100).toFixed(1)}, ${(m.ci.high * 100).toFixed(1)}]`);
  });

  it('tasks carry the config’s categories and the heatmap groups by them, bidi controls shown as typed', async () => {
    expect(manifest.tasks.map((t) => [t.task, t.category])).toEqual([
      ['math', 'arithmetic'],
      ['sums', BIDI_CATEGORY],
      ['totals', 'knowledge'],
    ]);
    await go('#/heatmap?suite=full');
    const groups = await texts('thead th[scope="colgroup"]');
    expect(groups.sort()).toEqual(['[U+202E]evil', 'arithmetic', 'knowledge'].sort());
    expect((await page.textContent('main'))!.includes('\u202E')).toBe(false);
    // Per-item slices stay the run page's sub-rows, apart from the task category.
    await go(`#/run/${site.second.cand}`);
    expect(
      (
        await page.$$eval('tr.sub[data-task="math"]', (xs) => xs.map((x) => x.getAttribute('data-category')))
      ).sort(),
    ).toEqual(['large', 'small']);
  });

  it('the documented sweep (--model sft=<checkpoint>@<url> --step N) draws one curve with the best step', async () => {
    expect(manifest.leaderboard.filter((r) => r.best).map((r) => [r.model, r.step])).toEqual([['sft', 200]]);
    await go('#/curves?suite=full');
    const rows = await page.$$eval('[data-testid="curves-table"] tbody tr[data-model]', (trs) =>
      trs.map((tr) => [
        tr.getAttribute('data-model'),
        ...[...tr.querySelectorAll('td')].map((td) => td.textContent),
      ]),
    );
    // One training model, one row: not a one-point "curve" per checkpoint.
    expect(manifest.models.filter((x) => x.role === 'training').map((x) => x.model)).toEqual(['sft']);
    expect(rows.filter((r) => r[0] === 'sft')).toHaveLength(1);
    expect(rows.find((r) => r[0] === 'sft')![1]).toBe('3');
    expect(
      await page.textContent('[data-testid="curves-table"] tr[data-model="sft"] [data-testid="best-step"]'),
    ).toBe('200');
    await page.waitForSelector('[data-testid="chart"] canvas');
    await page.screenshot({ path: join(SHOTS, 'review-curve.png'), fullPage: false });
  });

  it('the history offers commit order, and an unknown month says so', async () => {
    await go('#/history?model=cand&suite=full&x=commit');
    expect(await page.getAttribute('[data-testid="chart"]', 'aria-label')).toContain('by commit order');
    expect(await texts('[data-testid="commit-position"]')).toEqual(['2', '1']);
    await go('#/runs?month=1999-01');
    expect(await page.textContent('[data-testid="unknown-month"]')).toContain('1999-01');
    expect(errors).toEqual([]);
  });
});
