/**
 * A generator of synthetic data in the static protocol (docs/data-protocol.md), deterministic
 * for a seed: N runs × T tasks × M models with a mix of PR runs, branch runs and checkpoint
 * sweeps, spread over months. With `hostile`, model names, task ids, a branch, a repository and
 * outputs carry XSS payloads and `javascript:` links, so browser tests can prove they stay text.
 *
 * The dashboard tests and bench read it. It follows the doc, not the publisher's code; a unit
 * test runs the publisher's own site checker (verifySite) over it, so the two cannot drift.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EvalRecord, RunInfo, Summary, TaskSummary } from '../../src/artifacts.js';
import type {
  Alert,
  BaselineEntry,
  Baselines,
  Manifest,
  MonthIndex,
  Role,
  RunKind,
  RunRow,
  Series,
  TaskInfo,
  Verdict,
} from '../../web/src/data/protocol.js';
import { safeSegment } from '../../web/src/data/safe-segment.js';
import { hashHex, mulberry32, type Random } from './dashboard-random.js';
import { aggregateOf, clamp, r4, runInfo, samplesOf, sumTokens, taskSummary } from './dashboard-run-files.js';
import { comparisonFile } from './dashboard-comparison.js';

export interface DashboardDataOptions {
  /** Folder that becomes `data/`. */
  dir: string;
  runs: number;
  tasks: number;
  models: number;
  seed?: number;
  /** Shares of PR runs, branch runs and sweep runs; default 0.6 / 0.3 / 0.1. */
  mix?: { pr: number; branch: number; sweep: number };
  /** Checkpoints per sweep; default 50. */
  sweepSteps?: number;
  /** Months the runs span, ending at `end`; default 6. */
  months?: number;
  end?: string;
  /** Put XSS payloads into names, ids, branches and outputs. */
  hostile?: boolean;
  /**
   * Which runs get their folder (run.json, summary.json, comparison.json, samples.jsonl):
   * `all`, or `referenced` (those the manifest, baselines and series ends point at, and their
   * baselines) to keep 10,000-run benches to a few hundred folders.
   */
  runFiles?: 'all' | 'referenced';
  /** samples.jsonl head size per task; default 6. */
  headSize?: number;
}

/** The strings a hostile data set plants; every one would set `window.__xss` if it ever ran. */
export const HOSTILE = {
  model: '<img src=x onerror=window.__xss=1>',
  trainingModel: 'javascript:window.__xss=2//',
  task: '<svg onload=window.__xss=3>',
  branch: '"><img src=x onerror=window.__xss=4>',
  outputs: [
    '<img src=x onerror=window.__xss=5>',
    '<a href="javascript:window.__xss=6">click me</a>',
    '<script>window.__xss=7</script>',
  ],
  repository: 'javascript:window.__xss=8//',
} as const;

export interface GeneratedRun {
  row: RunRow;
  info: RunInfo;
  summary: Summary;
  /** The run this one was gated against, if any. */
  baseline: RunRow | null;
  samples: EvalRecord[];
}

export interface DashboardData {
  manifest: Manifest;
  months: MonthIndex[];
  series: Series[];
  baselines: Baselines;
  /** Every run, oldest first. */
  rows: RunRow[];
  /** Runs whose folder was written, by id. */
  runs: Map<string, GeneratedRun>;
}

const CATEGORIES = ['math', 'reasoning', 'code', 'knowledge', 'safety', 'instruction'];
const MAX_DROP = 0.02;
/** As the publisher keeps it (src/publish/manifest.ts). */
const LEADERBOARD_LIMIT = 60;

interface ModelPlan {
  model: string;
  role: Role;
  /** Ability per task in [0,1] (the final ability for training models). */
  ability: number[];
  phase: number;
}

export async function generateDashboardData(options: DashboardDataOptions): Promise<DashboardData> {
  const rand = mulberry32(options.seed ?? 1);
  const mix = options.mix ?? { pr: 0.6, branch: 0.3, sweep: 0.1 };
  const sweepSteps = options.sweepSteps ?? 50;
  const monthsSpan = options.months ?? 6;
  const end = Date.parse(options.end ?? '2026-11-20T12:00:00Z');
  const start = end - monthsSpan * 30 * 86_400_000;
  const headSize = options.headSize ?? 6;
  const hostile = options.hostile ?? false;
  const defaultBranch = 'main';

  const tasks: TaskInfo[] = Array.from({ length: options.tasks }, (_, t) => ({
    task: hostile && t === 1 ? HOSTILE.task : `task-${String(t).padStart(2, '0')}`,
    primary_metric: 'acc',
    category: CATEGORIES[t % CATEGORIES.length],
  }));
  const quickTasks = new Set(tasks.slice(0, Math.max(2, Math.ceil(options.tasks * 0.4))).map((t) => t.task));
  const models = planModels(options.models, tasks.length, rand, hostile);
  const candidates = models.filter((m) => m.role === 'candidate');
  const references = models.filter((m) => m.role === 'reference');
  const training = models.filter((m) => m.role === 'training');

  // The order of events: sweeps are blocks of consecutive checkpoints, the rest single runs.
  const sweepRuns = training.length ? Math.round(options.runs * mix.sweep) : 0;
  const units: { kind: RunKind; length: number }[] = [];
  for (let left = sweepRuns; left > 0; left -= sweepSteps)
    units.push({ kind: 'sweep', length: Math.min(sweepSteps, left) });
  const prShare = mix.pr / (mix.pr + mix.branch);
  for (let i = 0; i < options.runs - sweepRuns; i++)
    units.push({ kind: rand() < prShare ? 'pr' : 'branch', length: 1 });
  shuffle(units, rand);

  const rows: RunRow[] = [];
  const gen = new Map<string, GeneratedRun>();
  const latestOn = new Map<string, RunRow>(); // `${model}\u0000${suite}\u0000${branch}` → latest run there
  const sweepsDone = new Map<string, number>();
  let prNumber = 100;
  let sweepIndex = 0;
  let index = 0;
  const timeOf = (i: number) => new Date(start + ((i + 0.5) * (end - start)) / options.runs);

  for (const unit of units) {
    if (unit.kind === 'sweep') {
      const plan = training[sweepIndex++ % training.length];
      const done = sweepsDone.get(plan.model) ?? 0;
      sweepsDone.set(plan.model, done + 1);
      for (let k = 0; k < unit.length; k++) {
        const step = (done * sweepSteps + k + 1) * 100;
        const at = timeOf(index);
        const p = plan.ability.map((a) => clamp(a - 0.4 * Math.exp(-step / 1500) + (rand() - 0.5) * 0.03));
        rows.push(
          makeRun({
            index: index++,
            at,
            plan,
            kind: 'sweep',
            suite: 'full',
            branch: defaultBranch,
            step,
            pr: null,
            p,
          }),
        );
      }
      continue;
    }
    const at = timeOf(index);
    const t = (at.getTime() - start) / (end - start);
    if (unit.kind === 'pr') {
      const plan = candidates[Math.floor(rand() * candidates.length)];
      const branch = hostile && prNumber === 103 ? HOSTILE.branch : `feature/change-${prNumber}`;
      const p = candidateScores(plan, t, rand, 0.08);
      rows.push(
        makeRun({
          index: index++,
          at,
          plan,
          kind: 'pr',
          suite: 'quick',
          branch,
          step: null,
          pr: prNumber++,
          p,
        }),
      );
    } else {
      const plan =
        rand() < 0.2 && references.length
          ? references[Math.floor(rand() * references.length)]
          : candidates[Math.floor(rand() * candidates.length)];
      const branch = rand() < 0.85 ? defaultBranch : 'release/1.x';
      const suite = rand() < 0.75 ? 'full' : 'quick';
      const p =
        plan.role === 'reference'
          ? plan.ability.map((a) => clamp(a + (rand() - 0.5) * 0.02))
          : candidateScores(plan, t, rand, 0.04);
      rows.push(
        makeRun({ index: index++, at, plan, kind: 'branch', suite, branch, step: null, pr: null, p }),
      );
    }
  }

  function makeRun(input: {
    index: number;
    at: Date;
    plan: ModelPlan;
    kind: RunKind;
    suite: string;
    branch: string;
    step: number | null;
    pr: number | null;
    p: number[];
  }): RunRow {
    const { plan, kind, suite, branch, step, at } = input;
    const month = at.toISOString().slice(0, 7);
    const runId = `${at.toISOString().slice(0, 10).replaceAll('-', '')}-${String(input.index).padStart(5, '0')}--${sanitiseSync(plan.model)}`;
    const path = `runs/${month}/${runId}`;
    const sha = hex(rand, 40);
    const partial = rand() < 0.05;
    const errorRun = kind !== 'sweep' && plan.role === 'candidate' && rand() < 0.015;
    const taskSummaries: TaskSummary[] = [];
    tasks.forEach((info, t) => {
      if (suite === 'quick' && !quickTasks.has(info.task)) return;
      if (partial && rand() < 0.15) return; // a partial run leaves cells missing
      const nPlanned = suite === 'quick' ? 40 : 200;
      const errors = errorRun && t === 0 ? Math.round(nPlanned * 0.2) : 0;
      taskSummaries.push(taskSummary(info, input.p[t], nPlanned, errors, rand));
    });
    const aggregate = aggregateOf(taskSummaries);
    const baselineKey = `${plan.model}\u0000${suite}\u0000${kind === 'pr' ? defaultBranch : branch}`;
    const gated = plan.role === 'candidate' && (kind === 'pr' || kind === 'branch');
    const baseline = gated ? (latestOn.get(baselineKey) ?? null) : null;
    const row: RunRow = {
      run_id: runId,
      path,
      kind,
      suite,
      model: plan.model,
      role: plan.role,
      step,
      branch,
      sha,
      pr: input.pr,
      created_at: at.toISOString(),
      verdict: null,
      score: aggregate ? r4(aggregate.score) : null,
      ci: aggregate ? [r4(aggregate.ci!.low), r4(aggregate.ci!.high)] : null,
      tasks: Object.fromEntries(
        taskSummaries.map((s) => [
          s.task,
          [s.metrics.acc.mean, s.metrics.acc.ci!.low, s.metrics.acc.ci!.high],
        ]),
      ),
    };
    if (gated)
      row.verdict = errorRun
        ? 'error'
        : baseline
          ? worst(Object.keys(row.tasks).map((task) => taskDelta(row, baseline, task)?.verdict ?? 'pass'))
          : 'no-baseline';
    if (kind !== 'pr') latestOn.set(`${plan.model}\u0000${suite}\u0000${branch}`, row);
    const info = runInfo(
      row,
      plan,
      taskSummaries,
      hostile && input.index === 7 ? HOSTILE.repository : 'acme/llm-app',
    );
    const summary: Summary = {
      schema_version: 1,
      run_id: runId.split('--')[0],
      suite,
      status: partial ? 'partial' : 'complete',
      models: [
        {
          model: plan.model,
          role: plan.role,
          step,
          served_model: plan.role === 'training' ? `${plan.model}/checkpoint-${step}` : plan.model,
          params_hash: hex(rand, 16),
          tasks: taskSummaries,
          aggregate,
          tokens: sumTokens(taskSummaries),
          cost: r4(taskSummaries.reduce((a, s) => a + s.cost, 0)),
        },
      ],
    };
    gen.set(runId, {
      row,
      info,
      summary,
      baseline,
      samples: samplesOf(row, taskSummaries, headSize, hostile ? HOSTILE.outputs : null),
    });
    return row;
  }

  // The manifest and its companions, as the publisher derives them (src/publish/manifest.ts):
  // the latest non-PR row per (model, branch, suite), newest first, at most 60, then a copy
  // marked `best` of each training model's best checkpoint per suite.
  const latest = new Map<string, RunRow>();
  for (const r of rows) if (r.kind !== 'pr') latest.set(`${r.model}\u0000${r.branch}\u0000${r.suite}`, r);
  const leaderboard: RunRow[] = [...latest.values()]
    .sort((a, b) => b.created_at.localeCompare(a.created_at))
    .slice(0, LEADERBOARD_LIMIT);
  const bests = new Map<string, RunRow>();
  for (const r of rows) {
    if (r.role !== 'training' || r.score === null) continue;
    const key = `${r.model}\u0000${r.suite}`;
    const best = bests.get(key);
    if (!best || best.score! < r.score) bests.set(key, r);
  }
  leaderboard.push(
    ...[...bests.values()]
      .sort((a, b) => a.model.localeCompare(b.model))
      .map((r) => ({ ...r, best: true as const })),
  );
  const alerts: Alert[] = rows
    .filter((r) => r.verdict === 'regression' || r.verdict === 'inconclusive' || r.verdict === 'error')
    .slice(-50)
    .reverse()
    .map((r) => ({
      run_id: r.run_id,
      path: r.path,
      model: r.model,
      suite: r.suite,
      verdict: r.verdict!,
      tasks: regressedTasks(r),
      created_at: r.created_at,
    }));
  const baselineEntries: BaselineEntry[] = [];
  for (const r of latest.values()) {
    if (r.branch !== defaultBranch || r.role !== 'candidate') continue;
    baselineEntries.push({
      branch: r.branch,
      model: r.model,
      suite: r.suite,
      run_id: r.run_id,
      path: r.path,
      created_at: r.created_at,
      promoted_at: r.created_at,
      by: 'auto',
      reason: 'push on main passed',
    });
  }
  const monthNames = [...new Set(rows.map((r) => r.path.split('/')[1]))].sort();
  const manifest: Manifest = {
    schema_version: 1,
    generated_at: new Date(end).toISOString(),
    repository: 'acme/llm-app',
    default_branch: defaultBranch,
    months: monthNames,
    run_count: rows.length,
    suites: ['quick', 'full'],
    tasks,
    models: models
      .map((m) => {
        const own = rows.filter((r) => r.model === m.model);
        return { model: m.model, role: m.role, runs: own.length, latest_run: own.at(-1)?.run_id ?? null };
      })
      .filter((m) => m.runs > 0)
      .sort((a, b) => a.model.localeCompare(b.model)),
    leaderboard,
    alerts,
    retention: { pr_pruned_before: null, records_dropped_before: null },
  } as Manifest;
  const months: MonthIndex[] = monthNames.map((month) => ({
    schema_version: 1,
    month,
    runs: rows.filter((r) => r.path.split('/')[1] === month),
  }));
  const series: Series[] = models.map((m) => ({
    schema_version: 1,
    model: m.model,
    role: m.role,
    points: rows
      .filter((r) => r.model === m.model && r.kind !== 'pr')
      .map(({ model: _m, role: _r, pr: _p, ...point }) => point),
  }));
  const baselines: Baselines = { schema_version: 1, baselines: baselineEntries };

  // Which run folders to write.
  const wanted = new Set<string>();
  if (options.runFiles === 'referenced') {
    for (const r of leaderboard) wanted.add(r.run_id);
    for (const a of alerts) wanted.add(a.run_id);
    for (const b of baselineEntries) wanted.add(b.run_id);
    for (const s of series) for (const p of s.points.slice(-3)) wanted.add(p.run_id);
    for (const id of [...wanted]) {
      const b = gen.get(id)?.baseline;
      if (b) wanted.add(b.run_id);
    }
  } else {
    for (const r of rows) wanted.add(r.run_id);
  }
  const runs = new Map([...gen].filter(([id]) => wanted.has(id)));

  await writeAll(options.dir, { manifest, months, series, baselines, runs });
  return { manifest, months, series, baselines, rows, runs };

  function regressedTasks(r: RunRow): string[] {
    const b = gen.get(r.run_id)?.baseline;
    if (!b) return Object.keys(r.tasks).slice(0, 1);
    return Object.keys(r.tasks).filter((task) => {
      const v = taskDelta(r, b, task)?.verdict;
      return v === 'regression' || v === 'inconclusive';
    });
  }
}

/** Δ of one task between a run and its baseline, with the verdict the gate's rule would give. */
export function taskDelta(
  run: RunRow,
  baseline: RunRow,
  task: string,
): { delta: number; low: number; high: number; verdict: Verdict } | null {
  const c = run.tasks[task];
  const b = baseline.tasks[task];
  if (!c || !b) return null;
  const delta = r4(c[0] - b[0]);
  // Paired comparisons are tighter than the two CIs suggest: ~0.7 of the unpaired half-width.
  const half = r4(0.7 * Math.hypot((c[2]! - c[1]!) / 2, (b[2]! - b[1]!) / 2)); // generated cells all have intervals
  const low = r4(delta - half);
  const high = r4(delta + half);
  const verdict: Verdict =
    delta < -MAX_DROP && high < 0
      ? 'regression'
      : delta < -MAX_DROP && high < 0.01
        ? 'inconclusive'
        : delta > MAX_DROP && low > 0
          ? 'improvement'
          : 'pass';
  return { delta, low, high, verdict };
}

const ORDER: Verdict[] = ['error', 'regression', 'inconclusive', 'no-baseline', 'pass', 'improvement'];
function worst(verdicts: Verdict[]): Verdict {
  return verdicts.reduce((w, v) => (ORDER.indexOf(v) < ORDER.indexOf(w) ? v : w), 'improvement' as Verdict);
}

function planModels(count: number, taskCount: number, rand: Random, hostile: boolean): ModelPlan[] {
  const nRef = Math.max(1, Math.round(count * 0.2));
  const nTrain = Math.max(1, Math.round(count * 0.3));
  const nCand = Math.max(1, count - nRef - nTrain);
  const plans: ModelPlan[] = [];
  const ability = (lo: number, span: number) => Array.from({ length: taskCount }, () => lo + span * rand());
  for (let i = 0; i < nCand; i++)
    plans.push({
      model: hostile && i === 1 ? HOSTILE.model : `cand-${i + 1}`,
      role: 'candidate',
      ability: ability(0.35, 0.45),
      phase: rand() * 6,
    });
  for (let i = 0; i < nRef; i++)
    plans.push({
      model: `ref-${['gpt-4o', 'claude', 'llama-70b', 'qwen-72b'][i % 4]}${i >= 4 ? `-${i}` : ''}`,
      role: 'reference',
      ability: ability(0.6, 0.3),
      phase: 0,
    });
  for (let i = 0; i < nTrain; i++)
    plans.push({
      model: hostile && i === 1 ? HOSTILE.trainingModel : `sft-run-${String.fromCharCode(97 + i)}`,
      role: 'training',
      ability: ability(0.45, 0.4),
      phase: 0,
    });
  return plans.slice(0, Math.max(count, 3));
}

function candidateScores(plan: ModelPlan, t: number, rand: Random, shockRate: number): number[] {
  const shock = rand();
  // Occasional real drops and gains, so the gate has something to find.
  const shift = shock < shockRate ? -0.12 : shock < shockRate * 1.6 ? 0.1 : 0;
  const hit = Math.floor(rand() * plan.ability.length);
  return plan.ability.map((a, i) =>
    clamp(
      a +
        0.03 * Math.sin(6 * t + plan.phase) +
        (i === hit || (shift && i % 5 === hit % 5) ? shift : 0) +
        (rand() - 0.5) * 0.02,
    ),
  );
}

async function writeAll(
  dir: string,
  data: Pick<DashboardData, 'manifest' | 'months' | 'series' | 'baselines' | 'runs'>,
): Promise<void> {
  await mkdir(join(dir, 'index'), { recursive: true });
  await mkdir(join(dir, 'series'), { recursive: true });
  const write = (path: string, value: unknown) => writeFile(join(dir, path), JSON.stringify(value));
  await write('index.json', data.manifest);
  await write('baselines.json', data.baselines);
  for (const m of data.months) await write(`index/${m.month}.json`, m);
  for (const s of data.series) await write(`series/${await safeSegment(s.model)}.json`, s);
  for (const [, run] of data.runs) {
    await mkdir(join(dir, run.row.path), { recursive: true });
    await write(`${run.row.path}/run.json`, run.info);
    await write(`${run.row.path}/summary.json`, run.summary);
    await writeFile(
      join(dir, run.row.path, 'samples.jsonl'),
      `${run.samples.map((s) => JSON.stringify(s)).join('\n')}\n`,
    );
    if (run.baseline) {
      const baselineSamples = data.runs.get(run.baseline.run_id)?.samples ?? [];
      await write(
        `${run.row.path}/comparison.json`,
        comparisonFile(run.row, run.baseline, run.samples, baselineSamples),
      );
    }
  }
}

function shuffle<T>(items: T[], rand: Random): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}

function hex(rand: Random, length: number): string {
  let s = '';
  while (s.length < length) s += Math.floor(rand() * 16).toString(16);
  return s;
}

/** Model part of a run id: the path-safe characters only (the publisher hashes; the id just has to be safe). */
function sanitiseSync(model: string): string {
  const safe = model.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '');
  return safe === model ? model : `${safe.slice(0, 60)}-${hashHex(model).slice(0, 8)}`;
}
