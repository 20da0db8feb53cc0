/**
 * The sequential gate's benchmark over the real code path (see real-path.ts): per correlation,
 * unchanged PRs, a 6-point drop on one task and a 20-point drop, 5 tasks of 500 items.
 * Run: bench/gate-sim/run.sh --real [--prs 10000] [--correlations 0.5,0.7,0.9] [--workers 2]
 *
 * Cells run on `--workers` worker threads (default 2, the machine's cores), each cell with its own
 * seed: the table is the same whatever the number of workers.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { SequentialDesign } from '../../src/gate/sequential.js';
import { type Cell, type CellResult, simulateCell } from './real-path.js';

function cells(): { cells: Cell[]; design: SequentialDesign; workers: number; seed: number } {
  const { values } = parseArgs({
    options: {
      real: { type: 'boolean', default: true },
      prs: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '20261202' },
      correlations: { type: 'string', default: '0.5,0.7,0.9' },
      looks: { type: 'string', default: '50,100,150,200,300' },
      futility: { type: 'string', default: '0.3' },
      'futility-spend': { type: 'string', default: '0.1' },
      'big-drop-prs': { type: 'string' },
      drops: { type: 'string' },
      workers: { type: 'string', default: '2' },
    },
  });
  const prs = Number(values.prs);
  const seed = Number(values.seed);
  const design: SequentialDesign = {
    looks: values.looks.split(',').map(Number),
    design_drop: 0.06,
    futility_power: Number(values.futility),
    futility_spend: Number(values['futility-spend']),
    seed: 1,
  };
  const list: Cell[] = [];
  for (const correlation of values.correlations.split(',').map(Number)) {
    const drops = values.drops
      ? values.drops.split(',').map(Number)
      : correlation === 0.7
        ? [0, 0.06, 0.2]
        : [0, 0.06];
    for (const drop of drops) {
      const n = drop === 0.2 && values['big-drop-prs'] ? Number(values['big-drop-prs']) : prs;
      list.push({
        correlation,
        drop,
        items: 500,
        prs: n,
        seed: seed + Math.round(correlation * 100) + Math.round(drop * 100),
        design,
      });
    }
  }
  return { cells: list, design, workers: Math.max(1, Number(values.workers)), seed };
}

/** Runs the cells on `workers` threads, at most one cell per thread at a time; results in cell order. */
async function runCells(list: Cell[], workers: number): Promise<CellResult[]> {
  const results: CellResult[] = new Array(list.length);
  let next = 0;
  const one = async (): Promise<void> => {
    while (next < list.length) {
      const i = next++;
      results[i] = await new Promise<CellResult>((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: list[i] });
        worker.once('message', resolve);
        worker.once('error', reject);
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(workers, list.length) }, one));
  return results;
}

async function main(): Promise<void> {
  const { cells: list, design, workers, seed } = cells();
  const started = Date.now();
  const cpu = process.cpuUsage();
  const loadBefore = loadavg();
  console.log(
    `5 tasks × 500 items; looks ${design.looks.join(', ')}, 500; O'Brien–Fleming efficacy; futility when the β-spending bound (β = ${design.futility_spend}) rules out a 6-point drop and its conditional power < ${design.futility_power}; seed ${seed}; ${workers} worker thread(s).`,
  );
  console.log('');
  const results = await runCells(list, workers);
  console.log(
    '| r | true drop | PRs | fixed 500: fails | fixed: warns | fixed: drop found | sequential: fails | sequential: warns | sequential: drop found | found by 200 items | items/task (of 500) | raw > 3 pts fails | raw > 10 pts fails |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const rate = (k: number, r: CellResult) => (k / r.prs).toFixed(3);
  list.forEach((cell, i) => {
    const r = results[i];
    console.log(
      `| ${cell.correlation} | ${(cell.drop * 100).toFixed(0)} pts | ${r.prs} | ${rate(r.fixedFail, r)} | ${rate(r.fixedWarn, r)} | ${rate(r.fixedFound, r)} | ${rate(r.seqFail, r)} | ${rate(r.seqWarn, r)} | ${rate(r.seqFound, r)} | ${rate(r.seqFoundBy200, r)} | ${(r.itemsPerTask / r.prs).toFixed(0)} (${((r.itemsPerTask / r.prs / 500) * 100).toFixed(0)}%) | ${rate(r.raw3, r)} | ${rate(r.raw10, r)} |`,
    );
  });
  console.log('');
  console.log(
    '| r | true drop | dropped task stopped for futility | found by fixed, not sequential: futility stop | …: not crossed by the last look | found by sequential, not fixed | power difference | CPU ms per PR |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
  list.forEach((cell, i) => {
    const r = results[i];
    console.log(
      `| ${cell.correlation} | ${(cell.drop * 100).toFixed(0)} pts | ${rate(r.seqFutility0, r)} | ${rate(r.lostFutility, r)} | ${rate(r.lostLastLook, r)} | ${rate(r.gained, r)} | ${((r.seqFound - r.fixedFound) / r.prs).toFixed(3)} | ${(r.cpuMs / r.prs).toFixed(1)} |`,
    );
  });
  const used = process.cpuUsage(cpu);
  const loadAfter = loadavg();
  console.log('');
  console.log(
    `${((Date.now() - started) / 1000).toFixed(0)} s wall, ${((used.user + used.system) / 1e6).toFixed(0)} s CPU; load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')} before, ${loadAfter.map((l) => l.toFixed(1)).join(' ')} after.`,
  );
}

if (isMainThread) await main();
else parentPort?.postMessage(simulateCell(workerData as Cell));
