import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadConfig } from '../src/config/index.js';
import { buildPlan } from '../src/run/plan.js';
import { simItemsFromPlan } from '../src/run/sim-items.js';
import { startSim } from '../src/sim/index.js';
import { readResults, runCli, tempProject, writeConfig } from './support/engine.js';

const shared = path.resolve(import.meta.dirname, '../../shared/datasets');
const GSM8K_SHA = '3730d312f6e3440559ace48831e51066acaca737f6eabec99bccb9e4b3c39d14';
const IFEVAL_SHA = '67ffeee0fcb87c317c5b08a2de85557b4a7e96ada6178aa645b4954fe4b53d49';

/** Serves ../shared/datasets over HTTP, as the datasets' canonical hosts would, counting downloads. */
async function datasetServer() {
  let downloads = 0;
  const server = createServer(async (req, res) => {
    const file = path.join(
      shared,
      path.normalize(decodeURIComponent(req.url ?? '/')).replace(/^(\.\.[/\\])+/, ''),
    );
    try {
      const body = await readFile(file);
      downloads++;
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    downloads: () => downloads,
    [Symbol.asyncDispose]: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.skipIf(!existsSync(shared))(
  'built-in tasks on the reference data (../shared/datasets, absent in a user clone)',
  () => {
    test('gsm8k and ifeval download once, verify their SHA-256 and score the simulated model', async () => {
      await using project = await tempProject();
      await using files = await datasetServer();
      const config = (url: string) => ({
        models: [{ id: 'cand', base_url: url, model: 'sim-cand', params: { max_tokens: 2048 } }],
        tasks: [
          {
            id: 'gsm8k',
            builtin: 'gsm8k',
            dataset: { url: `${files.url}/gsm8k/test.jsonl`, sha256: GSM8K_SHA },
          },
          {
            id: 'ifeval',
            builtin: 'ifeval',
            dataset: { url: `${files.url}/ifeval/input_data.jsonl`, sha256: IFEVAL_SHA },
          },
        ],
        run: { concurrency: 32, cache: { enabled: true, dir: '.cache' } },
      });
      const file = await writeConfig(project.dir, config('http://127.0.0.1:9/v1'));
      const loaded = await loadConfig(file, { env: {} });
      const plan = await buildPlan(loaded, {
        suite: 'quick',
        models: [],
        cacheDir: path.join(project.dir, '.cache'),
      });
      expect(files.downloads()).toBe(2);
      expect(plan.tasks.map((t) => [t.id, t.items.length])).toEqual([
        ['gsm8k', 100],
        ['ifeval', 100],
      ]);
      await using sim = await startSim({
        models: { 'sim-cand': { accuracy: 0.8 } },
        items: simItemsFromPlan(plan),
        latencyMs: 1,
      });
      await writeConfig(project.dir, config(sim.url));
      const result = await runCli(['run', '--suite', 'quick', '--out', 'out'], { cwd: project.dir });
      expect(result.code, result.stderr).toBe(0);
      expect(files.downloads()).toBe(2);
      const { summary, run } = await readResults(path.join(project.dir, 'out'));
      const [gsm8k, ifeval] = summary.models[0].tasks;
      expect(gsm8k.primary_metric).toBe('strict_match');
      expect(gsm8k.metrics.strict_match.mean).toBeGreaterThan(0.65);
      expect(gsm8k.metrics.strict_match.mean).toBeLessThan(0.92);
      expect(ifeval.primary_metric).toBe('prompt_level_strict');
      expect(Object.keys(ifeval.metrics).sort()).toEqual([
        'inst_level_loose',
        'inst_level_strict',
        'prompt_level_loose',
        'prompt_level_strict',
      ]);
      expect(ifeval.metrics.prompt_level_strict.mean).toBeGreaterThan(0.65);
      expect(ifeval.metrics.inst_level_strict.mean).toBeGreaterThan(ifeval.metrics.prompt_level_strict.mean);
      expect(run.datasets.map((d) => d.sha256)).toEqual([GSM8K_SHA, IFEVAL_SHA]);
    });

    test('a dataset whose SHA-256 differs from the pin is refused with a clear error and not kept', async () => {
      await using project = await tempProject();
      await using files = await datasetServer();
      await writeConfig(project.dir, {
        models: [{ id: 'cand', base_url: 'http://127.0.0.1:9/v1', model: 'm' }],
        tasks: [
          {
            id: 'gsm8k',
            builtin: 'gsm8k',
            dataset: { url: `${files.url}/gsm8k/test.jsonl`, sha256: '0'.repeat(64) },
          },
        ],
      });
      const result = await runCli(['validate'], { cwd: project.dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`has SHA-256 ${GSM8K_SHA}, not the pinned ${'0'.repeat(64)}`);
      expect(existsSync(path.join(project.dir, '.evalwarden/cache/datasets'))).toBe(false);
    });
  },
);
