/**
 * The gate's statistics on simulated pull requests (no HTTP): false alarms, warnings and power of
 * evalwarden's rule next to the raw "fail if a task dropped more than X points" rules.
 * Run: bench/gate-sim/run.sh [--prs 10000] [--quick]
 */
import { parseArgs } from 'node:util';
import { seededRandom } from '../../src/stats/random.js';
import { resolveGatePolicy } from '../../src/gate/policy.js';
import { testPaired } from '../../src/gate/task-test.js';
import { decideVerdicts, type VerdictInput } from '../../src/gate/verdict.js';
import { betaParameters, betaSampler, simulateTask } from './sim.js';

const TASKS = 5;
const MEAN = 0.7;
const CORRELATION = 0.7;

interface Tally {
  prs: number;
  evalwardenFail: number;
  evalwardenWarn: number;
  underpowered: number;
  raw3: number;
  raw10: number;
  /** A/B: the dropped task itself flagged as a regression. */
  droppedFound: number;
  droppedDeltaWhenFound: number;
  droppedMde: number;
  /** A/A: MDE quoted on an unchanged task. */
  mdeSum: number;
  mdeCount: number;
  /** Pooled sums for the item-by-item correlation of the two runs (A/A). */
  corr: { n: number; sx: number; sy: number; sxx: number; syy: number; sxy: number };
}

function emptyTally(): Tally {
  return {
    prs: 0,
    evalwardenFail: 0,
    evalwardenWarn: 0,
    underpowered: 0,
    raw3: 0,
    raw10: 0,
    droppedFound: 0,
    droppedDeltaWhenFound: 0,
    droppedMde: 0,
    mdeSum: 0,
    mdeCount: 0,
    corr: { n: 0, sx: 0, sy: 0, sxx: 0, syy: 0, sxy: 0 },
  };
}

/** Simulate `prs` pull requests of 5 tasks at `items` items each; task 0 drops by `drop` points. */
export function simulate(options: { prs: number; items: number; drop: number; seed: number }): Tally {
  const { a, b } = betaParameters(MEAN, CORRELATION);
  const draw = betaSampler(a, b);
  const random = seededRandom(options.seed);
  const policy = resolveGatePolicy(undefined).defaults;
  const dropScale = (MEAN - options.drop) / MEAN;
  const tally = emptyTally();
  for (let pr = 0; pr < options.prs; pr++) {
    const inputs: VerdictInput[] = [];
    const deltas: number[] = [];
    for (let t = 0; t < TASKS; t++) {
      const sim = simulateTask(options.items, t === 0 ? dropScale : 1, draw, random);
      const result = testPaired(sim.candidate, sim.baseline, { paired_test: 'auto', binary: true });
      inputs.push({ task: `task${t}`, policy, preset: null, test: result.test });
      deltas.push(result.test.estimate);
      if (options.drop === 0 && t === 0) {
        const c = tally.corr;
        for (let i = 0; i < options.items; i++) {
          const x = sim.baseline[i];
          const y = sim.candidate[i];
          c.n++;
          c.sx += x;
          c.sy += y;
          c.sxx += x * x;
          c.syy += y * y;
          c.sxy += x * y;
        }
      }
    }
    const verdicts = decideVerdicts(inputs, 'holm');
    tally.prs++;
    if (verdicts.some((v) => v.verdict === 'regression')) tally.evalwardenFail++;
    if (verdicts.some((v) => v.verdict === 'inconclusive')) tally.evalwardenWarn++;
    if (verdicts.some((v) => v.verdict === 'pass' && v.underpowered)) tally.underpowered++;
    if (deltas.some((d) => d < -0.03)) tally.raw3++;
    if (deltas.some((d) => d < -0.1)) tally.raw10++;
    if (verdicts[0].verdict === 'regression') {
      tally.droppedFound++;
      tally.droppedDeltaWhenFound += deltas[0];
    }
    tally.droppedMde += verdicts[0].tested?.mde ?? Number.NaN;
    for (const v of verdicts) {
      tally.mdeSum += v.tested?.mde ?? Number.NaN;
      tally.mdeCount++;
    }
  }
  return tally;
}

function correlation(c: Tally['corr']): number {
  const cov = c.sxy / c.n - (c.sx / c.n) * (c.sy / c.n);
  const vx = c.sxx / c.n - (c.sx / c.n) ** 2;
  const vy = c.syy / c.n - (c.sy / c.n) ** 2;
  return cov / Math.sqrt(vx * vy);
}

const rate = (k: number, n: number) => (k / n).toFixed(3);
const pts = (x: number) => (x * 100).toFixed(1);

function main(): void {
  const { values } = parseArgs({
    options: {
      prs: { type: 'string', default: '10000' },
      quick: { type: 'boolean', default: false },
      seed: { type: 'string', default: '20261123' },
      sizes: { type: 'string', default: '100,500' },
    },
  });
  const prs = values.quick ? 1000 : Number(values.prs);
  const seed = Number(values.seed);
  const sizes = values.sizes.split(',').map(Number);
  if (!Number.isInteger(prs) || prs < 1 || sizes.some((s) => !Number.isInteger(s) || s < 2)) {
    throw new Error('usage: --prs <positive integer> --sizes 100,500 [--quick] [--seed n]');
  }
  const started = Date.now();
  const lines: string[] = [];
  const log = (line: string) => {
    lines.push(line);
    console.log(line);
  };
  log(
    `${prs} A/A and ${prs} A/B pull requests per size; 5 tasks of 0/1 items; p_i ~ Beta(${betaParameters(MEAN, CORRELATION).a.toFixed(4)}, ${betaParameters(MEAN, CORRELATION).b.toFixed(4)}) (mean ${MEAN}); A/B drops task 0 by 6 points; seed ${seed}.`,
  );
  log('');
  log(
    '| items/task | item corr. (A/A) | evalwarden false alarms | warnings (inconclusive) | underpowered pass | raw >3 pts false alarms | raw >10 pts false alarms | evalwarden power | dropped task found | raw >3 pts "power" | raw >10 pts power | MDE quoted (unchanged task) | MDE quoted (dropped task) | mean Δ̂ when found |',
  );
  log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const [k, items] of sizes.entries()) {
    const aa = simulate({ prs, items, drop: 0, seed: seed + 2 * k });
    const ab = simulate({ prs, items, drop: 0.06, seed: seed + 2 * k + 1 });
    log(
      `| ${items} | ${correlation(aa.corr).toFixed(3)} | ${rate(aa.evalwardenFail, prs)} | ${rate(aa.evalwardenWarn, prs)} | ${rate(aa.underpowered, prs)} | ${rate(aa.raw3, prs)} | ${rate(aa.raw10, prs)} | ${rate(ab.evalwardenFail, prs)} | ${rate(ab.droppedFound, prs)} | ${rate(ab.raw3, prs)} | ${rate(ab.raw10, prs)} | ${pts(aa.mdeSum / aa.mdeCount)} pts | ${pts(ab.droppedMde / prs)} pts | ${ab.droppedFound ? pts(-ab.droppedDeltaWhenFound / ab.droppedFound) : 'n/a'} pts |`,
    );
  }
  // Is the quoted MDE honest? A PR quotes the MDE from its own observed SE, which grows with the
  // drop itself. Find the drop d at which the MDE quoted on the dropped task equals d (a few
  // fixed-point steps from the A/A figure), then check that the gate finds a drop of d in ≈ 80%.
  log('');
  log(
    '| items/task | drop d where quoted MDE = d | MDE quoted at that drop | dropped task found (target ≈ 0.80) |',
  );
  log('|---|---|---|---|');
  const checkPrs = Math.min(prs, 2000);
  for (const [k, items] of sizes.entries()) {
    const aa = simulate({ prs: Math.min(prs, 500), items, drop: 0, seed: seed + 100 + k });
    let drop = aa.mdeSum / aa.mdeCount;
    for (let step = 0; step < 4; step++) {
      const probe = simulate({ prs: Math.min(prs, 500), items, drop, seed: seed + 150 + 10 * k + step });
      drop = probe.droppedMde / probe.prs;
    }
    const at = simulate({ prs: checkPrs, items, drop, seed: seed + 200 + k });
    log(
      `| ${items} | ${pts(drop)} pts | ${pts(at.droppedMde / checkPrs)} pts | ${rate(at.droppedFound, checkPrs)} (${checkPrs} PRs) |`,
    );
  }
  log('');
  log(`wall time ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
