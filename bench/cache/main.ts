/**
 * What the canary check costs on a cached rerun (issue 12): 2,000 numeric items at temperature 0,
 * capacity 64, latency 200 ms, the whole `node dist/cli.js run` process against the simulator in
 * this process. Four runs over one cache: the first fills it; a rerun without a revision (32
 * canaries asked live, then the cache); the same rerun under a pinned revision (no canary); and a
 * rerun after new weights under the same name (the canaries differ: every item is asked live).
 *
 *   bash bench/cache/run.sh
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startSim } from '../../src/sim/index.js';

const ITEMS = 2000;
const CAPACITY = 64;
const LATENCY_MS = 200;
const RERUNS = 3;
const root = path.resolve(import.meta.dirname, '..', '..');
const cli = path.join(root, 'bench/out/dist/cli.js');

async function runCli(cwd: string, out: string, env: Record<string, string>): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [cli, 'run', '--suite', 'full', '--out', out], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? -1)));
  if (code !== 0) throw new Error(`evalwarden run failed (${code}): ${stderr.slice(-2000)}`);
  return performance.now() - started;
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'evalwarden-bench-cache-'));
try {
  const rows = Array.from({ length: ITEMS }, (_, i) => ({
    id: `b${i}`,
    question: `Item ${i}: what is ${i} plus 1?`,
    answer: String(i + 1),
  }));
  await writeFile(path.join(dir, 'data.jsonl'), `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
  await using sim = await startSim({
    models: { candidate: { accuracy: 0.8, root: './model' } },
    items: rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'numeric' })),
    capacity: CAPACITY,
    latencyMs: LATENCY_MS,
  });
  await writeFile(
    path.join(dir, 'evalwarden.yml'),
    [
      'models:',
      `  - { id: cand, base_url: "${sim.url}", model: candidate, revision: "\${REVISION:-}", params: { temperature: 0, max_tokens: 16 } }`,
      'tasks:',
      '  - { id: t, dataset: { path: data.jsonl }, fields: { input: question, target: answer }, scorer: numeric }',
      `run: { concurrency: ${CAPACITY}, cache: { enabled: true, dir: cache } }`,
    ].join('\n'),
  );
  const measure = async (label: string, out: string, env: Record<string, string> = {}) => {
    const walls: number[] = [];
    let requests = 0;
    let cache: unknown = null;
    for (let i = 0; i < (label === 'fill' || label === 'new weights' ? 1 : RERUNS); i++) {
      sim.resetCounters();
      walls.push(await runCli(dir, `${out}-${i}`, env));
      requests = sim.counters.chat;
      const info = JSON.parse(await readFile(path.join(dir, `${out}-${i}`, 'run.json'), 'utf8'));
      cache = info.models[0].cache;
    }
    walls.sort((a, b) => a - b);
    return {
      run: label,
      completionRequests: requests,
      wallS: Number((walls[Math.floor(walls.length / 2)] / 1000).toFixed(2)),
      wallRangeS: [walls[0], walls.at(-1)!].map((w) => Number((w / 1000).toFixed(2))),
      cache,
    };
  };
  // An empty revision is no revision: the ${REVISION:-} default is "", which the schema refuses,
  // so the runs without one use a config without the field.
  const config = await readFile(path.join(dir, 'evalwarden.yml'), 'utf8');
  const unpinned = config.replace(/ revision: "\$\{REVISION:-\}",/, '');
  await writeFile(path.join(dir, 'evalwarden.yml'), unpinned);
  const results = [await measure('fill', 'fill'), await measure('rerun, canaries', 'canaries')];
  await writeFile(path.join(dir, 'evalwarden.yml'), config);
  // A pinned revision is a new key: fill it once, then measure the reruns under it.
  await runCli(dir, 'fill-pinned', { REVISION: 'sha-1' });
  results.push(await measure('rerun, pinned revision', 'pinned', { REVISION: 'sha-1' }));
  await writeFile(path.join(dir, 'evalwarden.yml'), unpinned);
  sim.setModel('candidate', { accuracy: 0.54, root: './model' });
  results.push(await measure('new weights', 'changed'));
  console.log(JSON.stringify({ items: ITEMS, capacity: CAPACITY, latencyMs: LATENCY_MS, results }, null, 2));
} finally {
  await rm(dir, { recursive: true, force: true });
}
