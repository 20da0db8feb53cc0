import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import type { EvalRecord, Summary } from '../artifacts.js';
import { sequentialOrder } from '../data/index.js';
import { conditionalPower, spendingBoundaries, intervalStandardError } from '../stats/index.js';
import { compareRuns, type CompareOptions, type RunArtifacts } from './compare.js';
import type { Comparison, ModelComparison, SequentialStop, TaskComparison, Verdict } from './comparison.js';
import { isFailing, runVerdict, worst } from './run-verdict.js';
import { size } from './verdict-words.js';

/** A sequential suite's design (`suites.<name>.sequential`), defaults filled. */
export interface SequentialDesign {
  /** Items per task at each look; the first is the quick draw, the full set is always the last. */
  looks: number[];
  /** The drop the design is powered for; a futility stop rules it out. */
  design_drop: number;
  /** Stop for futility only when the conditional power for `design_drop` is below this. */
  futility_power: number;
  /**
   * β spent on futility across the interim looks: a task whose true drop is `design_drop` stops
   * for futility with probability at most this (docs/gate.md). @default FUTILITY_SPEND (0.1)
   */
  futility_spend?: number;
  /** The seed of the item order (the run's seed, so the first look is the pinned quick draw). */
  seed: number;
}

/** What the gate needs besides the runs: the design, and the item order a run that stopped early kept. */
export type SequentialOptions = CompareOptions & {
  design: SequentialDesign;
  /**
   * Each task's item order over its whole set, by task id, as the run that drove the looks
   * recorded it (run.json `sequential.orders`): its records hold only the prefixes it ran. Absent,
   * the order is drawn from the items the candidate's records hold (a run of the full set).
   */
  orders?: ReadonlyMap<string, readonly string[]>;
};

interface TaskPlan {
  model: string;
  task: string;
  order: string[];
  looks: number[];
  cappedAt: number | null;
  /** How many items of the order, from the first, the candidate has records of: no look goes past them. */
  ran: number;
  /** Index into `looks` of the look this task is at; fixed once it stopped. */
  at: number;
  /** Open, but its next look's items have not run: it waits, undecided. */
  waiting: boolean;
  stop: { comparison: TaskComparison; why: SequentialStop['why']; verdict: Verdict; reason: string } | null;
}

/**
 * The gate over sequential looks (docs/gate.md, "Sequential looks"): every task's items in a
 * fixed seeded stratified order, compared after growing prefixes. After each look an open task
 * stops for a regression (Lan–DeMets O'Brien–Fleming boundary at its Holm level, critical tasks
 * at their own α), or for futility (non-binding: the look's β-spending bound rules `design_drop`
 * out and the conditional power for it is below `futility_power`), or goes on; at the last
 * look it is decided as the fixed gate would, with the boundaries in place of α. Each look runs
 * the whole comparison on the prefixes.
 */
export function compareSequential(options: SequentialOptions): Comparison {
  const { design } = options;
  const plans = planTasks(options);
  const lastLook = Math.max(0, ...plans.map((p) => p.looks.length - 1));
  // A look is taken only once its items ran (a run driving the looks stops between them).
  for (const plan of plans) plan.waiting = (plan.looks[0] ?? 0) > plan.ran;
  let comparison = compareRuns({ ...options, candidate: restrict(options.candidate, plans) });
  const rejected = new Map<string, Set<string>>();
  for (let k = 0; k <= lastLook; k++) {
    if (k > 0) {
      let moved = false;
      for (const plan of plans) {
        if (plan.stop || plan.waiting) continue;
        const next = Math.min(k, plan.looks.length - 1);
        if (plan.looks[next] > plan.ran) plan.waiting = true;
        else moved = true;
        if (!plan.waiting) plan.at = next;
      }
      if (!moved) break;
      comparison = compareRuns({ ...options, candidate: restrict(options.candidate, plans) });
    }
    for (const model of comparison.models) decideLook(model, plans, rejected, options, design);
    // Every task decided: a further look would compare the same prefixes again.
    if (plans.every((p) => p.stop)) break;
  }
  endOpen(comparison, plans);
  return assemble(comparison, plans, options);
}

/**
 * Tasks still open when the candidate's records end (a run between its looks, or one cut short):
 * undecided, they say so, with the look's fixed-gate verdict without a drop (the boundaries of the
 * looks to come were not reached).
 */
function endOpen(comparison: Comparison, plans: TaskPlan[]): void {
  for (const plan of plans) {
    if (plan.stop) continue;
    const t = comparison.models
      .find((m) => m.model === plan.model)
      ?.tasks.find((task) => task.task === plan.task);
    if (!t) continue;
    const fixed = t.delta ? fixedVerdict(t) : { verdict: t.verdict, reason: t.reason };
    plan.stop = {
      comparison: t,
      why: 'ended',
      verdict: fixed.verdict,
      reason: `${stoppedAt(plan)}: the run ended before the looks decided; ${fixed.reason}`,
    };
  }
}

function planTasks(options: SequentialOptions): TaskPlan[] {
  const { design } = options;
  const items = new Map<string, Map<string, { id: string; category: string | null }>>();
  for (const r of options.candidate.records) {
    const key = `${r.model}\u0000${r.task}`;
    let map = items.get(key);
    if (!map) items.set(key, (map = new Map()));
    if (!map.has(r.item_id)) map.set(r.item_id, { id: r.item_id, category: r.category });
  }
  const plans: TaskPlan[] = [];
  for (const model of options.candidate.summary.models) {
    const choice = options.baselines.get(model.model);
    const baseIds = new Map<string, Set<string>>();
    if (choice && 'ref' in choice)
      for (const r of choice.records)
        if (r.model === choice.ref.model && r.error === null && r.score !== null) {
          let set = baseIds.get(r.task);
          if (!set) baseIds.set(r.task, (set = new Set()));
          set.add(r.item_id);
        }
    for (const task of model.tasks) {
      const ran = items.get(`${model.model}\u0000${task.task}`) ?? new Map();
      const given = options.orders?.get(task.task);
      const order = given
        ? [...given]
        : sequentialOrder([...ran.values()], design.looks[0], design.seed).map((i) => i.id);
      const full = order.length;
      const covered = order.findIndex((id) => !ran.has(id));
      let looks = [...new Set([...design.looks.filter((n) => n < full), full])];
      // The baseline must cover a look's whole prefix for the look to pair: it caps the looks.
      const base = baseIds.get(task.task);
      let cappedAt: number | null = null;
      if (base) {
        const paired = order.findIndex((id) => !base.has(id));
        // A baseline without the order's first item covers no prefix: the looks stay as designed
        // (the items both runs hold pair, as in the fixed gate).
        if (paired > 0) {
          cappedAt = paired;
          looks = [...new Set([...looks.filter((n) => n < paired), paired])];
        }
      }
      plans.push({
        model: model.model,
        task: task.task,
        order,
        looks,
        cappedAt,
        ran: covered < 0 ? full : covered,
        at: 0,
        waiting: false,
        stop: null,
      });
    }
  }
  return plans;
}

/** Each plan's item positions in its order, built once per plan rather than a prefix set per look. */
const positions = new WeakMap<TaskPlan, Map<string, number>>();

/** The candidate restricted to each task's current prefix, with its summary recounted. */
function restrict(candidate: RunArtifacts, plans: readonly TaskPlan[]): RunArtifacts {
  // model → task → plan: a record finds its plan by two lookups, not a key string per record.
  const byModel = new Map<string, Map<string, { size: number; position: Map<string, number> }>>();
  for (const p of plans) {
    let position = positions.get(p);
    if (!position) positions.set(p, (position = new Map(p.order.map((id, i) => [id, i]))));
    let tasks = byModel.get(p.model);
    if (!tasks) byModel.set(p.model, (tasks = new Map()));
    tasks.set(p.task, { size: Math.min(p.looks[p.at] ?? 0, p.order.length), position });
  }
  const records: EvalRecord[] = [];
  const counts = new Map<string, Map<string, { scored: Set<string>; errors: number }>>();
  // Records come in runs of one task: the previous record's plan and counts usually serve.
  let last: EvalRecord | null = null;
  let prefix: { size: number; position: Map<string, number> } | undefined;
  let c: { scored: Set<string>; errors: number } | undefined;
  for (const r of candidate.records) {
    if (!last || r.task !== last.task || r.model !== last.model) {
      prefix = byModel.get(r.model)?.get(r.task);
      let tasks = counts.get(r.model);
      if (!tasks) counts.set(r.model, (tasks = new Map()));
      c = tasks.get(r.task);
      if (!c) tasks.set(r.task, (c = { scored: new Set(), errors: 0 }));
      last = r;
    }
    const at = prefix?.position.get(r.item_id);
    if (!prefix || !c || at === undefined || at >= prefix.size) continue;
    records.push(r);
    if (r.error !== null) c.errors++;
    else if (r.score !== null) c.scored.add(r.item_id);
  }
  const summary: Summary = {
    ...candidate.summary,
    models: candidate.summary.models.map((m) => ({
      ...m,
      tasks: m.tasks.map((t) => {
        const planned = byModel.get(m.model)?.get(t.task)?.size ?? 0;
        const c = counts.get(m.model)?.get(t.task) ?? { scored: new Set(), errors: 0 };
        const calls = planned * t.samples_per_item;
        return {
          ...t,
          n: c.scored.size,
          n_planned: planned,
          errors: c.errors,
          error_rate: calls > 0 ? c.errors / calls : 0,
        };
      }),
    })),
  };
  return { ...candidate, summary, records };
}

/** One look's decisions for one model's open tasks. */
function decideLook(
  model: ModelComparison,
  plans: TaskPlan[],
  rejected: Map<string, Set<string>>,
  options: SequentialOptions,
  d: SequentialDesign,
): void {
  const runAlpha = options.policy.defaults.alpha;
  const mine = plans.filter((p) => p.model === model.model);
  const byTask = new Map(model.tasks.map((t) => [t.task, t]));
  const family = model.tasks.filter((t) => t.delta && !t.policy.critical).map((t) => t.task);
  const done = rejected.get(model.model) ?? new Set<string>();
  rejected.set(model.model, done);
  const open = mine.filter((p) => !p.stop && !p.waiting);
  const z = (t: TaskComparison) => zDrop(t.delta!.p_drop);
  const fraction = (p: TaskPlan) => p.looks.map((n) => n / p.looks[p.looks.length - 1]);
  const crosses = (p: TaskPlan, t: TaskComparison, level: number) =>
    t.delta!.estimate < -t.policy.max_drop && z(t) >= bounds(fraction(p), level)[p.at];

  for (const plan of open) {
    const t = byTask.get(plan.task);
    // A task without a baseline to test against runs its full set: the looks have nothing to decide.
    const untested = t?.verdict === 'no-baseline' && plan.at < plan.looks.length - 1;
    if (t && !t.delta && !untested)
      plan.stop = { comparison: t, why: 'no-test', verdict: t.verdict, reason: t.reason };
  }
  // Holm as a graphical procedure over group-sequential tests (Maurer & Bretz 2013): each open
  // hypothesis is tested at α/(hypotheses not yet rejected); a rejection passes its level on.
  for (let changed = true; changed; ) {
    changed = false;
    const share = Math.max(1, family.length - done.size);
    for (const plan of open) {
      const t = byTask.get(plan.task);
      if (plan.stop || !t?.delta) continue;
      const own = t.policy.critical ? t.policy.alpha : t.policy.alpha / share;
      if (crosses(plan, t, own)) {
        if (!t.policy.critical) done.add(plan.task);
        plan.stop = {
          comparison: t,
          why: 'regression',
          verdict: 'regression',
          reason: `${stoppedAt(plan)}: Δ ${pointsOf(t.delta.estimate)} crossed the O'Brien–Fleming boundary (p = ${pOf(t.delta.p_drop)} below ${pOf(boundaryP(fraction(plan), own, plan.at))} at this look, ${t.policy.critical ? 'critical: own α' : `Holm level ${own.toPrecision(2)}`})`,
        };
        changed = true;
      }
    }
  }
  for (const plan of open) {
    const t = byTask.get(plan.task);
    if (plan.stop || !t?.delta) continue;
    const last = plan.at === plan.looks.length - 1;
    const alpha = t.policy.critical ? t.policy.alpha : t.policy.alpha / Math.max(1, family.length);
    if (last) {
      const warnAt = t.policy.critical ? Math.max(runAlpha, t.policy.alpha) : t.policy.alpha;
      if (crosses(plan, t, warnAt)) {
        plan.stop = {
          comparison: t,
          why: 'last-look',
          verdict: 'inconclusive',
          reason: `${stoppedAt(plan)}: Δ ${pointsOf(t.delta.estimate)} crossed the boundary at α = ${warnAt} alone but not at its ${t.policy.critical ? 'own α' : 'Holm level'}; not significant once corrected`,
        };
      } else plan.stop = { comparison: t, why: 'last-look', ...fixedVerdict(t) };
      continue;
    }
    const tNow = plan.looks[plan.at] / plan.looks[plan.looks.length - 1];
    const se = Math.max(t.delta.se, intervalStandardError(t.delta.ci));
    // The β-spending bound: the drop's upper confidence bound at this look's level is below δ.
    const zFutility = futilityBounds(fraction(plan), d.futility_spend ?? FUTILITY_SPEND)[plan.at];
    const upper = -t.delta.estimate + zFutility * se;
    if (!(upper < d.design_drop)) continue;
    const drift = se > 0 ? d.design_drop / (se * Math.sqrt(tNow)) : Infinity;
    const final = bounds(fraction(plan), alpha)[plan.looks.length - 1];
    const power = conditionalPower(z(t), tNow, drift, final);
    if (power < d.futility_power) {
      const fixed = fixedVerdict(t);
      const level = `${(normalCdf(zFutility, 0, 1) * 100).toPrecision(3)}%`;
      plan.stop = {
        comparison: t,
        why: 'futility',
        verdict: fixed.verdict === 'improvement' ? 'improvement' : 'pass',
        reason: `${stoppedAt(plan)}: a ${(d.design_drop * 100).toFixed(0)}-point drop ruled out (Δ ≥ ${pointsOf(-upper)} at ${level} one-sided; conditional power ${(power * 100).toFixed(0)}% < ${(d.futility_power * 100).toFixed(0)}%); ${fixed.reason}`,
      };
    }
  }
}

/** What the fixed gate says at this look, without a drop verdict (the boundaries decide those). */
function fixedVerdict(t: TaskComparison): { verdict: Verdict; reason: string } {
  if (t.verdict === 'improvement') return { verdict: 'improvement', reason: t.reason };
  if (t.verdict === 'regression' || t.verdict === 'inconclusive')
    return { verdict: 'pass', reason: `Δ ${pointsOf(t.delta!.estimate)}: below the look's boundary` };
  return { verdict: t.verdict, reason: t.reason };
}

function stoppedAt(plan: TaskPlan): string {
  const of = plan.cappedAt ?? plan.order.length;
  return `stopped at ${plan.looks[plan.at]} of ${of}`;
}

const boundaryCache = new Map<string, number[]>();

/** O'Brien–Fleming boundaries, cached: a bench decides millions of looks on a handful of designs. */
function bounds(fractions: readonly number[], alpha: number): number[] {
  const key = `${alpha}|${fractions.join(',')}`;
  let b = boundaryCache.get(key);
  if (!b) boundaryCache.set(key, (b = spendingBoundaries(fractions, alpha)));
  return b;
}

function boundaryP(fractions: readonly number[], alpha: number, k: number): number {
  const c = bounds(fractions, alpha)[k];
  return Number.isFinite(c) ? 1 - normalCdf(c, 0, 1) : 0;
}

/** The default β spent on futility: with `futility_power` 0.3 it bounds the power lost at ≈ 3 points. */
export const FUTILITY_SPEND = 0.1;

const futilityCache = new Map<string, number[]>();

/**
 * The futility bound's z at each look (docs/gate.md, "Futility"): β spent by β(t) = γ·(t/t_last)²,
 * t_last the last interim look's fraction, and look k stops only when the drop's one-sided upper
 * bound at level 1 − (β(t_k) − β(t_{k−1})) is below the design drop. By Bonferroni over the looks,
 * a task whose true drop is the design drop stops for futility with probability at most γ,
 * whatever its variance. The last look has no futility bound (+∞). Cached as the boundaries are.
 */
function futilityBounds(fractions: readonly number[], spend: number): number[] {
  const key = `${spend}|${fractions.join(',')}`;
  let z = futilityCache.get(key);
  if (!z) {
    const interim = fractions.length - 1;
    const spent = (k: number) => (k < 0 ? 0 : spend * (fractions[k] / fractions[interim - 1]) ** 2);
    z = fractions.map((_, k) =>
      k < interim && spend > 0 ? normalQuantile(1 - (spent(k) - spent(k - 1)), 0, 1) : Infinity,
    );
    futilityCache.set(key, z);
  }
  return z;
}

/** The drop's exact one-sided p as a Z: the boundaries apply to the exact test's nominal p. */
function zDrop(p: number): number {
  if (!(p < 1)) return -10;
  if (!(p > 0)) return 10;
  return Math.max(-10, Math.min(10, normalQuantile(1 - p, 0, 1)));
}

function pointsOf(x: number): string {
  return `${x < 0 ? '−' : '+'}${size(Math.abs(x))}`;
}

function pOf(p: number): string {
  return p < 0.0001 ? '<0.0001' : p.toPrecision(2);
}

/** The final comparison: each task as it stood at its stopping look, and the run's saving. */
function assemble(last: Comparison, plans: readonly TaskPlan[], options: SequentialOptions): Comparison {
  const failOn = options.policy.fail_on;
  const models = last.models.map((model) => {
    const tasks = model.tasks.map((t) => {
      const plan = plans.find((p) => p.model === model.model && p.task === t.task);
      const stop = plan?.stop;
      if (!plan || !stop) return t;
      const base = stop.comparison;
      const fails = isFailing(stop.verdict, base.policy.critical, model.gating, failOn);
      const accepted = base.verdict === stop.verdict ? base.accepted : null;
      return {
        ...base,
        verdict: stop.verdict,
        reason: stop.reason,
        failing: fails && !accepted,
        accepted,
        sequential: {
          stopped_at: plan.looks[plan.at],
          of: plan.order.length,
          looks: plan.looks,
          why: stop.why,
          ruled_out: stop.why === 'futility' ? options.design.design_drop : null,
          capped_by_baseline: plan.cappedAt,
        },
      } satisfies TaskComparison;
    });
    const { verdict, reason } = worst(
      tasks.map((t) => ({
        name: `${model.model}/${t.task}`,
        verdict: t.verdict,
        reason: t.reason,
        underpowered: t.underpowered,
      })),
    );
    return { ...model, tasks, verdict, reason };
  });
  const failing = models.flatMap((m) =>
    m.tasks.filter((t) => t.failing).map((t) => ({ model: m.model, task: t.task, verdict: t.verdict })),
  );
  const { verdict, reason } = runVerdict(models);
  return {
    ...last,
    models,
    verdict,
    reason,
    failing,
    exit_code: failing.some((f) => f.verdict === 'error') ? 2 : failing.length > 0 ? 1 : 0,
    sequential: saving(options.candidate, plans),
  };
}

/**
 * Calls and cost the looks did not need, against the full set; `stopped_early` when the run itself
 * stopped there (it ran fewer items than the full set), not only the gate reading its prefixes.
 */
function saving(candidate: RunArtifacts, plans: readonly TaskPlan[]): NonNullable<Comparison['sequential']> {
  let used = 0;
  let full = 0;
  let costSaved = 0;
  let stoppedEarly = false;
  for (const plan of plans) {
    const task = candidate.summary.models
      .find((m) => m.model === plan.model)
      ?.tasks.find((t) => t.task === plan.task);
    const samples = task?.samples_per_item ?? 1;
    const stoppedAt = plan.looks[plan.at] ?? plan.order.length;
    used += stoppedAt * samples;
    full += plan.order.length * samples;
    if (plan.ran < plan.order.length) stoppedEarly = true;
    // The cost of an item is what the items the candidate ran cost on average.
    if (task && plan.ran > 0) costSaved += (task.cost * (plan.order.length - stoppedAt)) / plan.ran;
  }
  return {
    calls_used: used,
    calls_full: full,
    calls_saved: full - used,
    cost_saved: costSaved,
    stopped_early: stoppedEarly,
  };
}
