/**
 * The sequential gate's benchmark over the real code path (see real-path.ts): per correlation,
 * unchanged PRs, a 6-point drop on one task and a 20-point drop, 5 tasks of 500 items.
 * Run: bench/gate-sim/run.sh --real [--prs 10000] [--correlations 0.5,0.7,0.9]
 */
import { parseArgs } from 'node:util';
import { simulateCell, type CellResult } from './real-path.js';

function main(): void {
  const { values } = parseArgs({
    options: {
      real: { type: 'boolean', default: true },
      prs: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '20261202' },
      correlations: { type: 'string', default: '0.5,0.7,0.9' },
      looks: { type: 'string', default: '50,100,150,200,250,300,400' },
      futility: { type: 'string', default: '0.3' },
      'futility-z': { type: 'string' },
      'big-drop-prs': { type: 'string' },
    },
  });
  const prs = Number(values.prs);
  const seed = Number(values.seed);
  const design = {
    looks: values.looks.split(',').map(Number),
    design_drop: 0.06,
    futility_power: Number(values.futility),
    futility_z: values['futility-z'] === undefined ? undefined : Number(values['futility-z']),
    seed: 1,
  };
  const started = Date.now();
  console.log(
    `${prs} PRs per cell; 5 tasks × 500 items; looks ${design.looks.join(', ')}, 500; futility when conditional power for a 6-point drop < ${design.futility_power} ${design.futility_z === undefined ? '' : ` and (δ + Δ̂)/SE ≥ ${design.futility_z}`}; seed ${seed}.`,
  );
  console.log('');
  console.log(
    '| r | true drop | PRs | fixed 500: fails | fixed: warns | fixed: drop found | sequential: fails | sequential: warns | sequential: drop found | found by 200 items | items/task (of 500) | raw > 3 pts fails | raw > 10 pts fails |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const rate = (k: number, r: CellResult) => (k / r.prs).toFixed(3);
  for (const correlation of values.correlations.split(',').map(Number)) {
    const drops = correlation === 0.7 ? [0, 0.06, 0.2] : [0, 0.06];
    for (const drop of drops) {
      const n = drop === 0.2 && values['big-drop-prs'] ? Number(values['big-drop-prs']) : prs;
      const r = simulateCell({
        correlation,
        drop,
        items: 500,
        prs: n,
        seed: seed + Math.round(correlation * 100) + Math.round(drop * 100),
        design,
      });
      console.log(
        `| ${correlation} | ${(drop * 100).toFixed(0)} pts | ${r.prs} | ${rate(r.fixedFail, r)} | ${rate(r.fixedWarn, r)} | ${rate(r.fixedFound, r)} | ${rate(r.seqFail, r)} | ${rate(r.seqWarn, r)} | ${rate(r.seqFound, r)} | ${rate(r.seqFoundBy200, r)} | ${(r.itemsPerTask / r.prs).toFixed(0)} (${((r.itemsPerTask / r.prs / 500) * 100).toFixed(0)}%) | ${rate(r.raw3, r)} | ${rate(r.raw10, r)} |`,
      );
    }
  }
  console.log('');
  console.log(`${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main();
