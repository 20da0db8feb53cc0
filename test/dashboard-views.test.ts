/**
 * The dashboard in Debian's Chromium, against generated protocol data served by
 * `evalwarden dashboard`: every view shows the numbers that are in the JSON, filters and deep
 * links work. Screenshots of each view land in test-output/dashboard/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumMissing, openView, settled } from './support/dashboard-browser.js';
import { startDashboardFixture, type DashboardFixture } from './support/dashboard-fixture.js';
import { ci, date, pct, signed, signedCi } from '../web/src/ui/format.js';
import { commitUrl } from '../web/src/ui/safe-url.js';
import type { RunRow, SeriesPoint } from '../web/src/data/protocol.js';

const title = chromiumMissing ? `dashboard views (skipped: ${chromiumMissing})` : 'dashboard views';

describe.skipIf(chromiumMissing !== null)(title, () => {
  let fx: DashboardFixture;
  let page: Page & { errors: string[] };
  const go = (hash: string) => openView(page, `${fx.url}${hash}`);
  const texts = (selector: string) =>
    page.$$eval(selector, (els) => els.map((e) => (e.textContent ?? '').trim()));
  const rowsOf = (testId: string) =>
    page.$$eval(`[data-testid="${testId}"] tbody tr`, (trs) =>
      trs.map((tr) => ({
        run: (tr as HTMLElement).dataset.run ?? '',
        cells: [...(tr as HTMLTableRowElement).cells].map((c) => (c.textContent ?? '').trim()),
      })),
    );
  const scoreText = (s: [number, number | null, number | null] | null | undefined) =>
    s ? `${pct(s[0])} ${ci(s[1], s[2])}` : 'not run';

  beforeAll(async () => {
    fx = await startDashboardFixture({
      runs: 400,
      tasks: 12,
      models: 8,
      seed: 7,
      hostile: true,
      mix: { pr: 0.5, branch: 0.3, sweep: 0.2 },
    });
    page = await fx.newPage();
  }, 120_000);
  afterAll(async () => {
    expect(page?.errors ?? []).toEqual([]);
    await fx?.close();
  });

  it('the leaderboard lists every leaderboard row of the manifest with its score and CI, best first', async () => {
    await go('#/');
    const rows = await rowsOf('leaderboard');
    // One row per run: a best checkpoint that is also the latest is listed once.
    const lb = new Map(fx.data.manifest.leaderboard.map((r) => [r.run_id, r]));
    expect(rows).toHaveLength(lb.size);
    for (const row of rows) {
      const r = lb.get(row.run)!;
      expect(row.cells[4]).toBe(r.score === null ? 'not run' : `${pct(r.score)} ${ci(r.ci![0], r.ci![1])}`);
      expect(row.cells[5]).toBe(`${Object.keys(r.tasks).length}/${fx.data.manifest.tasks.length}`);
    }
    const scores = rows.map((row) => lb.get(row.run)!.score ?? -1);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    await fx.screenshot(page, 'overview');
  });

  it('sorting and filters live in the hash, so a deep link opens the same table', async () => {
    await go('#/');
    await page.click('button[data-sort="model"]');
    await settled(page);
    expect(page.url()).toContain('sort=model');
    const models = (await rowsOf('leaderboard')).map(
      (r) => fx.data.manifest.leaderboard.find((x) => x.run_id === r.run)!.model,
    );
    expect(models).toEqual([...models].sort((a, b) => b.localeCompare(a)));

    await go('#/?suite=quick&task=task-00&role=candidate');
    const rows = await rowsOf('leaderboard');
    const expected = fx.data.manifest.leaderboard.filter(
      (r) => r.suite === 'quick' && r.role === 'candidate',
    );
    expect(rows.map((r) => r.run).sort()).toEqual([...new Set(expected.map((r) => r.run_id))].sort());
    for (const row of rows)
      expect(row.cells[4]).toBe(scoreText(expected.find((r) => r.run_id === row.run)!.tasks['task-00']));
    expect(await page.inputValue('#f-task')).toBe('task-00');
  });

  it('the heatmap shows models × tasks by score or by Δ to a reference, with missing cells and coverage', async () => {
    const m = fx.data.manifest;
    await go('#/heatmap?suite=full');
    await page.waitForSelector('[data-testid="chart"] canvas');
    const cells = () =>
      page.$$eval('[data-testid="heatmap-table"] tbody tr', (trs) =>
        trs.map((tr) => ({
          run: (tr as HTMLElement).dataset.run!,
          cells: Object.fromEntries(
            [...tr.querySelectorAll('td[data-task]')].map((td) => [
              (td as HTMLElement).dataset.task!,
              td.textContent!,
            ]),
          ),
          coverage: tr.lastElementChild!.textContent,
        })),
      );
    const shown = await cells();
    const rows = m.leaderboard.filter((r) => r.suite === 'full');
    expect(shown.map((r) => r.run).sort()).toEqual([...new Set(rows.map((r) => r.run_id))].sort());
    let missing = 0;
    for (const row of shown) {
      const r = rows.find((x) => x.run_id === row.run)!;
      for (const t of m.tasks) {
        expect(row.cells[t.task]).toBe(r.tasks[t.task] ? pct(r.tasks[t.task][0]) : '—');
        if (!r.tasks[t.task]) missing++;
      }
      expect(row.coverage).toBe(`${Object.keys(r.tasks).length}/${m.tasks.length}`);
    }
    expect(await texts('[data-testid="heatmap-table"] thead tr:first-child th')).toEqual(
      expect.arrayContaining(['math', 'reasoning', 'code', 'knowledge', 'safety', 'instruction']),
    );
    await fx.screenshot(page, 'heatmap');
    void missing;

    const ref = latestOn(rows.filter((r) => r.model === 'ref-gpt-4o' && r.branch === m.default_branch));
    await go('#/heatmap?suite=full&ref=ref-gpt-4o');
    for (const row of await cells()) {
      const r = rows.find((x) => x.run_id === row.run)!;
      for (const t of m.tasks) {
        const v =
          r.tasks[t.task] && ref.tasks[t.task] ? signed(r.tasks[t.task][0] - ref.tasks[t.task][0]) : '—';
        expect(row.cells[t.task]).toBe(v);
      }
    }
    await fx.screenshot(page, 'heatmap-delta');

    await go('#/heatmap?suite=full&rows=checkpoints&model=sft-run-a');
    const points = fx.data.series
      .find((s) => s.model === 'sft-run-a')!
      .points.filter((p) => p.suite === 'full');
    const checkpoints = await cells();
    expect(checkpoints.length).toBeGreaterThan(10);
    expect(checkpoints.length).toBeLessThanOrEqual(60);
    expect(checkpoints.at(-1)!.run).toBe(points.at(-1)!.run_id);
  });

  it('training curves mark each training run’s best checkpoint and overlay the reference models', async () => {
    await go('#/curves');
    await page.waitForSelector('[data-testid="chart"] canvas');
    const training = fx.data.series.filter((s) => s.role === 'training');
    expect(training.length).toBeGreaterThanOrEqual(2);
    for (const s of training) {
      const points = s.points.filter((p) => p.suite === 'full' && p.score !== null);
      const best = points.reduce<SeriesPoint | null>((b, p) => (!b || p.score! > b.score! ? p : b), null)!;
      const cells = await page.$$eval(
        `[data-testid="curves-table"] tbody tr`,
        (trs, model) => {
          const tr = trs.find((t) => (t as HTMLElement).dataset.model === model)!;
          return [...tr.querySelectorAll('th,td')].map((c) => c.textContent!.trim());
        },
        s.model,
      );
      expect(cells).toEqual([
        s.model,
        String(points.length),
        String(best.step),
        `${pct(best.score)} ${ci(best.ci![0], best.ci![1])}`,
        String(points.at(-1)!.step),
        `${pct(points.at(-1)!.score)} ${ci(points.at(-1)!.ci![0], points.at(-1)!.ci![1])}`,
      ]);
    }
    const refs = await texts('[data-testid="curves-table"] tbody tr.reference th');
    expect(refs).toEqual(
      fx.data.manifest.models.filter((x) => x.role === 'reference').map((x) => `${x.model} (reference)`),
    );
    await fx.screenshot(page, 'curves');

    await go('#/curves?task=task-00&models=sft-run-a&refs=0');
    const rows = await texts('[data-testid="curves-table"] tbody tr th');
    expect(rows).toEqual(['sft-run-a']);
    const a = fx.data.series
      .find((s) => s.model === 'sft-run-a')!
      .points.filter((p) => p.suite === 'full' && p.tasks['task-00']);
    const best = a.reduce((b, p) => (p.tasks['task-00'][0] > b.tasks['task-00'][0] ? p : b));
    expect(await page.textContent('[data-testid="best-step"]')).toBe(String(best.step));
  });

  it('branch history lists the default branch by commit, newest first, with verdicts and links to run and commit', async () => {
    const m = fx.data.manifest;
    const series = fx.data.series.find((s) => s.model === 'cand-1')!;
    const points = series.points
      .filter((p) => p.kind !== 'sweep' && p.suite === 'full' && p.branch === m.default_branch)
      .reverse();
    await go('#/history?model=cand-1&suite=full');
    await page.waitForSelector('[data-testid="chart"] canvas');
    const rows = await rowsOf('history-table');
    expect(rows.map((r) => r.run)).toEqual(points.slice(0, 50).map((p) => p.run_id));
    expect(rows[0].cells[2]).toBe(`${pct(points[0].score)} ${ci(points[0].ci![0], points[0].ci![1])}`);
    const hrefs = await page.$$eval('[data-testid="history-table"] tbody tr:first-child a', (as) =>
      as.map((a) => a.getAttribute('href')),
    );
    expect(hrefs).toEqual([
      commitUrl(m.repository, points[0].sha),
      `#/run/${encodeURIComponent(points[0].run_id)}`,
    ]);
    const marked = await page.$$eval('[data-testid="history-table"] tr.marked', (trs) =>
      trs.map((t) => (t as HTMLElement).dataset.run),
    );
    expect(marked).toEqual(
      points
        .slice(0, 50)
        .filter((p) => ['regression', 'improvement', 'inconclusive', 'error'].includes(p.verdict ?? ''))
        .map((p) => p.run_id),
    );
    await fx.screenshot(page, 'history');
  });

  it('run detail shows provenance and each task’s score, CI and Δ from comparison.json', async () => {
    const run = gatedRegression(fx);
    await go(`#/run/${run.row.run_id}`);
    const comparison = JSON.parse(readFileSync(join(fx.dataDir, run.row.path, 'comparison.json'), 'utf8'));
    const deltas = new Map<string, { estimate: number; ci: { low: number; high: number } }>(
      comparison.models[0].tasks.map((t: { task: string; delta: unknown }) => [t.task, t.delta]),
    );
    const rows = await page.$$eval('[data-testid="run-tasks"] tr.task-row', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th,td')].map((c) => c.textContent!.trim())),
    );
    const tasks = run.summary.models[0].tasks;
    expect(rows).toHaveLength(tasks.length);
    for (const cells of rows) {
      const t = tasks.find((x) => x.task === cells[0])!;
      const d = deltas.get(t.task)!;
      expect(cells[2]).toBe(`${t.n}/${t.n_planned}`);
      expect(cells[3]).toBe(
        `${pct(t.metrics.acc.mean)} ${ci(t.metrics.acc.ci!.low, t.metrics.acc.ci!.high)}`,
      );
      expect(cells[4]).toBe(`${signed(d.estimate)} ${signedCi(d.ci.low, d.ci.high)}`);
    }
    expect(await page.$$eval('[data-testid="run-tasks"] tr.sub', (x) => x.length)).toBe(
      tasks.reduce((a, t) => a + Object.keys(t.categories).length, 0),
    );
    const provenance = await page.textContent('[data-testid="provenance"]');
    expect(provenance).toContain(run.info.git.sha!.slice(0, 7));
    expect(provenance).toContain(run.info.models[0].endpoint);
    expect(await page.textContent('[data-testid="aggregate"]')).toBe(
      `Aggregate ${pct(run.summary.models[0].aggregate!.score)} ${ci(run.summary.models[0].aggregate!.ci!.low, run.summary.models[0].aggregate!.ci!.high)}`,
    );
    await fx.screenshot(page, 'run');
  });

  it('run detail and history say which run is a promoted baseline (baselines.json)', async () => {
    const b = fx.data.baselines.baselines.find((x) => x.suite === 'full' && x.model === 'cand-1')!;
    await go(`#/run/${b.run_id}`);
    expect(await page.textContent('[data-testid="promoted"]')).toBe(
      `Promoted baseline of ${b.branch} · ${b.model} · ${b.suite} (${b.by}: ${b.reason}, ${date(b.promoted_at)}).`,
    );
    await go('#/history?model=cand-1&suite=full');
    expect(
      await page.$$eval('[data-testid="history-table"] tr:has(.tag)', (trs) =>
        trs.map((t) => (t as HTMLElement).dataset.run),
      ),
    ).toEqual([b.run_id]);
  });

  it('compare uses the gate’s paired comparison when there is one, and estimates Δ from the summaries when not', async () => {
    const run = gatedRegression(fx);
    await go(`#/compare/${run.baseline!.run_id}/${run.row.run_id}`);
    expect(await page.textContent('[data-testid="delta-source"]')).toContain('paired comparison');
    const comparison = JSON.parse(readFileSync(join(fx.dataDir, run.row.path, 'comparison.json'), 'utf8'));
    const rows = await rowsOf('compare-table');
    for (const t of comparison.models[0].tasks) {
      const row = rows.find((r) => r.cells[0] === t.task)!;
      expect(row.cells[4]).toBe(`${signed(t.delta.estimate)} ${signedCi(t.delta.ci.low, t.delta.ci.high)}`);
    }
    const worse = comparison.models[0].tasks.reduce(
      (a: number, t: { flips: { worse_total: number } }) => a + t.flips.worse_total,
      0,
    );
    const better = comparison.models[0].tasks.reduce(
      (a: number, t: { flips: { better_total: number } }) => a + t.flips.better_total,
      0,
    );
    expect(await page.textContent('h2')).toBe(
      `Flipped examples (${worse + better}: ${worse} broken, ${better} fixed)`,
    );
    expect(worse + better).toBeGreaterThan(0);
    expect(await page.$$eval('[data-testid="flip"]', (x) => x.length)).toBe(Math.min(20, worse + better));
    await fx.screenshot(page, 'compare');

    // Two reference runs: never gated against each other, so Δ is estimated from the summaries.
    const refs = [...fx.data.runs.values()]
      .filter((r) => r.row.model === 'ref-gpt-4o' && r.row.suite === 'full')
      .slice(-2);
    await go(`#/compare/${refs[0].row.run_id}/${refs[1].row.run_id}`);
    expect(await page.textContent('[data-testid="delta-source"]')).toContain(
      'Estimated from the two summaries',
    );
    const est = await rowsOf('compare-table');
    for (const t of refs[1].summary.models[0].tasks) {
      const a = refs[0].summary.models[0].tasks.find((x) => x.task === t.task);
      if (!a) continue;
      const d = t.metrics.acc.mean - a.metrics.acc.mean;
      const half = 1.96 * Math.hypot(a.metrics.acc.se!, t.metrics.acc.se!);
      expect(est.find((r) => r.cells[0] === t.task)!.cells[4]).toBe(
        `${signed(d)} ${signedCi(d - half, d + half)}`,
      );
    }
  });

  it('the example browser filters by task, category, correct, wrong, flipped and text, in pages', async () => {
    const run = gatedRegression(fx);
    const samples = run.samples;
    const base = `#/examples?run=${encodeURIComponent(run.row.run_id)}`;
    const count = async () => (await page.textContent('[data-testid="example-count"]'))!;
    await go(base);
    expect(await count()).toBe(`${samples.length} of ${samples.length} examples`);
    expect(await page.textContent('[data-testid="page"]')).toBe(
      ` Page 1 of ${Math.ceil(samples.length / 20)} `,
    );
    expect(await page.$$eval('[data-testid="example"]', (x) => x.length)).toBe(Math.min(20, samples.length));
    await fx.screenshot(page, 'examples');

    await page.click('text=Next →');
    await page.waitForFunction(() => location.hash.includes('page=2'));
    await settled(page, 'examples');
    expect(page.url()).toContain('page=2');

    await go(`${base}&task=task-00&filter=wrong`);
    expect(await count()).toBe(
      `${samples.filter((s) => s.task === 'task-00' && s.score === 0).length} of ${samples.length} examples`,
    );
    await go(`${base}&category=easy&filter=correct`);
    expect(await count()).toBe(
      `${samples.filter((s) => s.category === 'easy' && s.score === 1).length} of ${samples.length} examples`,
    );

    // Flipped against the run's baseline (from comparison.json when no vs= is given).
    const before = new Map(
      fx.data.runs.get(run.baseline!.run_id)!.samples.map((s) => [`${s.task}/${s.item_id}`, s.score]),
    );
    const flipped = samples.filter(
      (s) => before.has(`${s.task}/${s.item_id}`) && before.get(`${s.task}/${s.item_id}`) !== s.score,
    );
    await go(`${base}&filter=flipped`);
    expect(await count()).toBe(`${flipped.length} of ${samples.length} examples`);

    await go(base);
    await page.fill('#f-q', 'answer is 42');
    await page.waitForFunction(() => location.hash.includes('q=answer'));
    await settled(page);
    expect(await count()).toBe(
      `${samples.filter((s) => s.output?.toLowerCase().includes('answer is 42')).length} of ${samples.length} examples`,
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-q');
  });

  it('the runs view reads one month shard and filters it', async () => {
    const month = fx.data.months.at(-2)!;
    await go(`#/runs?month=${month.month}&kind=pr`);
    const expected = month.runs.filter((r) => r.kind === 'pr');
    expect(await page.textContent('[data-testid="run-count"]')).toBe(
      `${expected.length} of ${month.runs.length} runs this month`,
    );
    expect((await rowsOf('runs')).map((r) => r.run)).toEqual(
      [...expected]
        .reverse()
        .slice(0, 100)
        .map((r) => r.run_id),
    );
    await fx.screenshot(page, 'runs');
  });

  it('alerts and the capability profile show the manifest’s numbers', async () => {
    await go('#/alerts');
    expect((await rowsOf('alerts')).map((r) => r.run).sort()).toEqual(
      fx.data.manifest.alerts.map((a) => a.run_id).sort(),
    );
    await fx.screenshot(page, 'alerts');

    await go('#/profile?models=cand-1&ref=ref-gpt-4o');
    await page.waitForSelector('[data-testid="chart"] canvas');
    const m = fx.data.manifest;
    const row = latestOn(
      m.leaderboard.filter(
        (r) => r.model === 'cand-1' && r.suite === 'full' && r.branch === m.default_branch,
      ),
    );
    const math = m.tasks
      .filter((t) => t.category === 'math' && row.tasks[t.task])
      .map((t) => row.tasks[t.task][0]);
    const cells = await page.$$eval(
      '[data-testid="profile-table"] tbody tr[data-category="math"] td',
      (tds) => tds.map((td) => td.textContent!.trim()),
    );
    expect(cells[0].split(' ')[0]).toBe(pct(math.reduce((a, b) => a + b, 0) / math.length));
    await fx.screenshot(page, 'profile');
  });

  it('a run id that is not published says so instead of showing an empty page', async () => {
    await go('#/run/20990101-00000--nobody');
    expect(await page.textContent('[role="alert"]')).toContain(
      'No published run has the id "20990101-00000--nobody"',
    );
  });
});

function latestOn(rows: RunRow[]): RunRow {
  return rows.reduce((a, r) => (r.created_at > a.created_at ? r : a));
}

function gatedRegression(fx: DashboardFixture) {
  const runs = [...fx.data.runs.values()].filter(
    (r) => r.baseline && r.row.verdict === 'regression' && r.row.suite === 'full',
  );
  // The one with the most flipped samples, so the compare and example views have something to show.
  const flips = (r: (typeof runs)[number]) => {
    const before = new Map(
      fx.data.runs.get(r.baseline!.run_id)!.samples.map((s) => [`${s.task}/${s.item_id}`, s.score]),
    );
    return r.samples.filter((s) => before.get(`${s.task}/${s.item_id}`) !== s.score).length;
  };
  return runs.reduce((a, r) => (flips(r) > flips(a) ? r : a));
}
