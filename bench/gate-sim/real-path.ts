/**
 * Simulated pull requests through the functions a user's run goes through: records in memory →
 * `summarize` (the engine's summary) → `compareRuns` (pairing, mean@N, the error rules and
 * min_items, per-task tests, Holm, the run verdict and exit code) for the fixed-sample gate, and
 * `compareSequential` (the same, look by look) for a sequential suite.
 * Run: bench/gate-sim/run.sh --real [--prs 10000]
 */
import type { EvalRecord, Instrument, RunInfo } from '../../src/artifacts.js';
import type { ModelConfig } from '../../src/config/types.js';
import { compareRuns, type RunArtifacts } from '../../src/gate/compare.js';
import type { BaselineRef, Comparison } from '../../src/gate/comparison.js';
import { resolveGatePolicy } from '../../src/gate/policy.js';
import { compareSequential, type SequentialDesign } from '../../src/gate/sequential.js';
import type { Plan, PlannedTask } from '../../src/run/plan.js';
import { scoreFacts, summarize } from '../../src/run/summarize.js';
import { seededRandom } from '../../src/stats/random.js';
import { betaParameters, betaSampler } from './sim.js';

const TASKS = 5;
const MEAN = 0.7;
const CATEGORIES = ['a', 'b', 'c', 'd'];
const COST_PER_CALL = 0.001;

export interface Cell {
  correlation: number;
  /** Drop of task 0's mean, in proportion (0.06 = 6 points). */
  drop: number;
  items: number;
  prs: number;
  seed: number;
  design: SequentialDesign;
}

export interface CellResult {
  prs: number;
  fixedFail: number;
  fixedWarn: number;
  fixedFound: number;
  seqFail: number;
  seqWarn: number;
  seqFound: number;
  /** The dropped task stopped as a regression by 200 items. */
  seqFoundBy200: number;
  raw3: number;
  raw10: number;
  /** Where the dropped task's power goes: task 0 stopped for futility (any verdict). */
  seqFutility0: number;
  /** The fixed gate found the drop and the sequential one did not: stopped for futility, or not at its last look. */
  lostFutility: number;
  lostLastLook: number;
  /** The sequential gate found the drop and the fixed one did not. */
  gained: number;
  /** CPU milliseconds of the cell (this thread). */
  cpuMs: number;
  /** Sum over PRs of the mean items per task the looks used. */
  itemsPerTask: number;
  exitCodes: Record<number, number>;
}

const INSTRUMENT: Instrument = { scorer: 'exact', hash: 'instr00000000000', judge: null };

function plannedTasks(items: number): PlannedTask[] {
  return Array.from(
    { length: TASKS },
    (_, t) =>
      ({
        id: `task${t}`,
        config: { id: `task${t}` },
        primaryMetric: 'acc',
        binary: true,
        samples: 1,
        weight: 1,
        instrument: INSTRUMENT,
        promptHash: 'prompt0000000000',
        items: Array.from({ length: items }, (_, i) => ({ id: `item-${i}` })),
      }) as unknown as PlannedTask,
  );
}

function record(model: string, task: string, item: number, score: number): EvalRecord {
  const id = `item-${item}`;
  return {
    schema_version: 1,
    run_id: model,
    model,
    task,
    item_id: id,
    item_hash: `h-${id}`,
    sample: 0,
    category: CATEGORIES[item % CATEGORIES.length],
    cluster: null,
    prompt_hash: 'prompt0000000000',
    output: null,
    reasoning: null,
    score,
    scores: { acc: score },
    answer: null,
    details: null,
    latency_ms: 10,
    usage: { prompt: 10, completion: 10 },
    cost: COST_PER_CALL,
    error: null,
    cached: false,
  } as unknown as EvalRecord;
}

function artifacts(runId: string, plan: Plan, records: EvalRecord[]): RunArtifacts {
  const models = [
    { config: { id: 'm', role: 'candidate', params: {} } as unknown as ModelConfig, servedModel: 'm' },
  ];
  const summary = summarize({ runId, plan, models, facts: records.map(scoreFacts), status: 'complete' });
  return { summary, records, run: null as RunInfo | null };
}

const REF: BaselineRef = {
  kind: 'folder',
  location: 'memory',
  run_id: 'base',
  model: 'm',
  suite: 'full',
  selected_by: 'folder',
  sha: null,
  branch: null,
  created_at: null,
  age_days: null,
  description: 'simulated baseline',
};

export function simulateCell(cell: Cell): CellResult {
  const { a, b } = betaParameters(MEAN, cell.correlation);
  const draw = betaSampler(a, b);
  const random = seededRandom(cell.seed);
  const plan: Plan = { suite: 'full', tasks: plannedTasks(cell.items), models: [] };
  const policy = resolveGatePolicy(undefined);
  const scale = (MEAN - cell.drop) / MEAN;
  const out: CellResult = {
    prs: 0,
    fixedFail: 0,
    fixedWarn: 0,
    fixedFound: 0,
    seqFail: 0,
    seqWarn: 0,
    seqFound: 0,
    seqFoundBy200: 0,
    raw3: 0,
    raw10: 0,
    seqFutility0: 0,
    lostFutility: 0,
    lostLastLook: 0,
    gained: 0,
    cpuMs: 0,
    itemsPerTask: 0,
    exitCodes: {},
  };
  const now = new Date('2026-12-01T00:00:00Z');
  const cpu = process.threadCpuUsage();
  for (let pr = 0; pr < cell.prs; pr++) {
    const base: EvalRecord[] = [];
    const cand: EvalRecord[] = [];
    for (let t = 0; t < TASKS; t++) {
      for (let i = 0; i < cell.items; i++) {
        const p = draw(random);
        base.push(record('m', `task${t}`, i, random() < p ? 1 : 0));
        cand.push(record('m', `task${t}`, i, random() < p * (t === 0 ? scale : 1) ? 1 : 0));
      }
    }
    const baseline = { ...artifacts('base', plan, base), ref: REF };
    const candidate = artifacts('cand', plan, cand);
    const options = { candidate, baselines: new Map([['m', baseline]]), policy, now };
    const fixed = compareRuns(options);
    const seq = compareSequential({ ...options, design: cell.design });
    tally(out, fixed, seq);
  }
  const used = process.threadCpuUsage(cpu);
  out.cpuMs = (used.user + used.system) / 1000;
  return out;
}

function tally(out: CellResult, fixed: Comparison, seq: Comparison): void {
  out.prs++;
  const f = fixed.models[0].tasks;
  const s = seq.models[0].tasks;
  if (fixed.exit_code === 1) out.fixedFail++;
  if (f.some((t) => t.verdict === 'inconclusive')) out.fixedWarn++;
  if (f[0].verdict === 'regression') out.fixedFound++;
  if (seq.exit_code === 1) out.seqFail++;
  if (s.some((t) => t.verdict === 'inconclusive')) out.seqWarn++;
  if (s[0].verdict === 'regression') {
    out.seqFound++;
    if ((s[0].sequential?.stopped_at ?? Infinity) <= 200) out.seqFoundBy200++;
  }
  if (s[0].sequential?.why === 'futility') out.seqFutility0++;
  const fixedFound = f[0].verdict === 'regression';
  const seqFound = s[0].verdict === 'regression';
  if (fixedFound && !seqFound) {
    if (s[0].sequential?.why === 'futility') out.lostFutility++;
    else out.lostLastLook++;
  }
  if (seqFound && !fixedFound) out.gained++;
  out.exitCodes[seq.exit_code] = (out.exitCodes[seq.exit_code] ?? 0) + 1;
  if (f.some((t) => (t.delta?.estimate ?? 0) < -0.03)) out.raw3++;
  if (f.some((t) => (t.delta?.estimate ?? 0) < -0.1)) out.raw10++;
  out.itemsPerTask += s.reduce((a, t) => a + (t.sequential?.stopped_at ?? t.candidate.n ?? 0), 0) / s.length;
}
