/**
 * A sweep whose primary metric is lower-is-better (perplexity, as imports record it with
 * `higher_is_better: false`): the publisher keeps the lowest checkpoint as the best and the
 * curves view pins it. Sites and summaries without the field stay higher-is-better.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { CommandIO } from '../src/cli/command.js';
import { publish } from '../src/cli/commands/publish.js';
import type { Summary } from '../src/artifacts.js';
import { chromiumMissing, launchChromium, openView } from './support/dashboard-browser.js';
import { buildDashboardInto } from './support/dashboard-build.js';
import { serveDashboard, type ServedDashboard } from './support/dashboard-server.js';
import { writeResultsFolder } from './support/results-folder.js';
import type { Manifest } from '../web/src/data/protocol.js';

const ACCURACY = { 100: 0.3, 200: 0.7, 300: 0.5 } as const;

async function publishSweep(cwd: string, site: string, model: string, lower: boolean, app?: string) {
  const io: CommandIO = {
    stdout: () => {},
    stderr: () => {},
    cwd,
    env: {},
    signal: new AbortController().signal,
  };
  for (const step of [100, 200, 300] as const) {
    const dir = join(cwd, `${model}-${step}`);
    await writeResultsFolder(dir, {
      runId: `${model}-${step}`,
      startedAt: `2026-11-10T1${step / 100}:00:00.000Z`,
      branch: 'main',
      kind: 'sweep',
      tasks: [{ task: 'ppl', items: 40 }],
      models: [{ model, role: 'training', step, accuracy: ACCURACY[step] }],
    });
    if (lower) {
      const file = join(dir, 'summary.json');
      const summary: Summary = JSON.parse(await readFile(file, 'utf8'));
      for (const t of summary.models[0].tasks) t.higher_is_better = false;
      await writeFile(file, JSON.stringify(summary));
    }
    const args = ['--results', dir, '--pages-dir', site, ...(app ? ['--dashboard', app] : [])];
    expect(await publish(args, io)).toBe(0);
  }
}

describe('a lower-is-better sweep', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'ew-lower-'));
  });
  afterAll(async () => {
    if (cwd) await rm(cwd, { recursive: true, force: true });
  });

  it('keeps its lowest checkpoint as the best; without the field the highest stays best', async () => {
    await publishSweep(cwd, join(cwd, 'lower'), 'ppl-run', true);
    await publishSweep(cwd, join(cwd, 'higher'), 'acc-run', false);
    const best = async (site: string) => {
      const m: Manifest = JSON.parse(await readFile(join(cwd, site, 'data/index.json'), 'utf8'));
      return { steps: m.leaderboard.filter((r) => r.best).map((r) => r.step), tasks: m.tasks };
    };
    expect(await best('lower')).toEqual({
      steps: [100],
      tasks: [{ task: 'ppl', primary_metric: 'acc', category: null, higher_is_better: false }],
    });
    expect((await best('higher')).steps).toEqual([200]);
  });
});

describe.skipIf(chromiumMissing !== null)('a lower-is-better sweep in the curves view', () => {
  let cwd: string;
  let served: ServedDashboard;
  let browser: Browser;
  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'ew-lower-web-'));
    const app = await buildDashboardInto(join(cwd, 'app'));
    await publishSweep(cwd, join(cwd, 'site'), 'ppl-run', true, app.dir);
    served = await serveDashboard({ data: join(cwd, 'site/data'), app: join(cwd, 'site') });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    if (cwd) await rm(cwd, { recursive: true, force: true });
  });

  it('pins the lowest checkpoint as the best', async () => {
    const page = await browser.newPage();
    await openView(page, `${served.url}#/curves`);
    expect(
      await page.textContent(
        '[data-testid="curves-table"] tr[data-model="ppl-run"] [data-testid="best-step"]',
      ),
    ).toBe('100');
  });
});
