/**
 * Issue 8's benchmark: the simulator as the model over the 541 IFEval prompts and the 1,319
 * GSM8K items, end to end through `node dist/cli.js run` (start-up, scoring and IFEval's
 * tokenizers included), as a ratio to the simulator's ideal time ceil(N/C)·L.
 * Reads ../shared/datasets (reference data for benchmarks; never copied into the repository).
 *
 *   bash bench/harness/run.sh
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/index.js';
import { buildPlan } from '../../src/run/plan.js';
import { simItemsFromPlan } from '../../src/run/sim-items.js';
import { idealWallMs, startSim } from '../../src/sim/index.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const shared = path.resolve(root, '..', 'shared', 'datasets');
const CAPACITY = 64;
const LATENCY_MS = 200;

if (!existsSync(shared)) {
  console.log(JSON.stringify({ skipped: `no reference data at ${shared}` }));
  process.exit(0);
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'evalwarden-harness-'));
try {
  const config = (url: string) =>
    [
      'models:',
      `  - { id: sim, base_url: "${url}", model: sim-model, params: { max_tokens: 2048 } }`,
      'tasks:',
      `  - { id: gsm8k, builtin: gsm8k, dataset: { path: "${shared}/gsm8k/test.jsonl" } }`,
      `  - { id: ifeval, builtin: ifeval, dataset: { path: "${shared}/ifeval/input_data.jsonl" } }`,
      `run: { concurrency: ${CAPACITY}, cache: { enabled: false } }`,
    ].join('\n');
  await writeFile(path.join(dir, 'evalwarden.yml'), config('http://127.0.0.1:9/v1'));
  const plan = await buildPlan(await loadConfig(path.join(dir, 'evalwarden.yml'), { env: {} }), {
    suite: 'full',
    models: [],
    cacheDir: path.join(dir, 'cache'),
  });
  const items = simItemsFromPlan(plan);
  await using sim = await startSim({
    models: { 'sim-model': { accuracy: 0.8 } },
    items,
    capacity: CAPACITY,
    latencyMs: LATENCY_MS,
  });
  await writeFile(path.join(dir, 'evalwarden.yml'), config(sim.url));
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [path.join(root, 'bench/out/dist/cli.js'), 'run', '--suite', 'full', '--out', 'out'],
    { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`evalwarden run exited ${code}`);
  const summary = JSON.parse(await readFile(path.join(dir, 'out', 'summary.json'), 'utf8')) as {
    models: {
      tasks: { task: string; n: number; primary_metric: string; metrics: Record<string, { mean: number }> }[];
    }[];
  };
  const ideal = idealWallMs(items.length, CAPACITY, LATENCY_MS);
  console.log(
    JSON.stringify({
      requests: items.length,
      capacity: CAPACITY,
      latencyMs: LATENCY_MS,
      idealMs: ideal,
      wallMs: Math.round(wallMs),
      ratio: Number((wallMs / ideal).toFixed(3)),
      tasks: summary.models[0].tasks.map((t) => ({
        task: t.task,
        n: t.n,
        [t.primary_metric]: Number(t.metrics[t.primary_metric].mean.toFixed(3)),
        ...Object.fromEntries(Object.entries(t.metrics).map(([k, v]) => [k, Number(v.mean.toFixed(3))])),
      })),
    }),
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
