/**
 * A published task comparison, read into the shape the gate's verdict words take
 * (`src/gate/verdict-words.ts`), so the dashboard words a verdict with the functions the PR
 * comment and the terminal use. Published data is untrusted: every field is checked and rebuilt
 * here, and what is not as the gate writes it is left out rather than passed on.
 */
import type { SequentialStop, TaskComparison } from '../../../src/gate/comparison.js';
import type { TaskWordsInput } from '../../../src/gate/verdict-words.js';
import { isObject, type Json, num, str, verdictOf } from './json.js';

const STOP_REASONS: readonly string[] = ['regression', 'futility', 'last-look', 'no-test', 'ended'];

export function readTaskWords(t: Json): TaskWordsInput | null {
  const verdict = verdictOf(t.verdict);
  if (verdict === null || !isObject(t.candidate)) return null;
  return {
    verdict,
    underpowered: t.underpowered === true,
    accepted: readAcceptance(t.accepted),
    policy: readPolicy(t.policy),
    delta: readDelta(t.delta),
    changes: Array.isArray(t.changes) ? t.changes.filter((c): c is string => typeof c === 'string') : [],
    change_details: readChangeDetails(t.change_details),
    baseline: null,
    candidate: readCandidate(t.candidate),
    more_items: readMoreItems(t.more_items),
    sequential: readSequential(t.sequential),
  };
}

function readAcceptance(v: unknown): TaskComparison['accepted'] {
  if (!isObject(v)) return null;
  return { by: v.by === 'label' ? 'label' : 'config', reason: str(v.reason) ?? '', until: str(v.until) };
}

function readPolicy(v: unknown): TaskComparison['policy'] {
  const p = isObject(v) ? v : {};
  return {
    max_drop: num(p.max_drop) ?? 0,
    alpha: num(p.alpha) ?? 0,
    critical: p.critical === true,
    min_items: num(p.min_items) ?? 0,
    max_error_rate: num(p.max_error_rate) ?? 0,
  };
}

function readDelta(v: unknown): TaskComparison['delta'] {
  if (!isObject(v)) return null;
  const p = (x: unknown) => num(x) ?? Number.NaN;
  const ci = isObject(v.ci) ? v.ci : {};
  return {
    method: 'welch',
    paired: v.paired === true,
    estimate: p(v.estimate),
    se: p(v.se),
    ci: { low: p(ci.low), high: p(ci.high) },
    p_drop: p(v.p_drop),
    p_drop_adjusted: p(v.p_drop_adjusted),
    p_improvement: p(v.p_improvement),
    p_improvement_adjusted: p(v.p_improvement_adjusted),
    mde: num(v.mde),
    discordant: null,
  };
}

function readCandidate(c: Json): TaskComparison['candidate'] {
  const own =
    isObject(c.own) && num(c.own.mean) !== null ? { n: num(c.own.n), mean: num(c.own.mean)! } : undefined;
  return {
    n: num(c.n),
    mean: num(c.mean),
    ci: null,
    errors: num(c.errors) ?? 0,
    error_rate: num(c.error_rate) ?? 0,
    ...(own ? { own } : {}),
  };
}

function readChangeDetails(v: unknown): TaskComparison['change_details'] {
  if (!isObject(v)) return undefined;
  const details: NonNullable<TaskComparison['change_details']> = {};
  for (const [name, change] of Object.entries(v)) {
    if (isObject(change) && str(change.from) !== null && str(change.to) !== null)
      details[name] = { from: change.from as string, to: change.to as string };
  }
  return details;
}

function readMoreItems(v: unknown): TaskComparison['more_items'] {
  if (!isObject(v)) return null;
  const items = num(v.items);
  const drop = num(v.drop);
  if (items === null || drop === null || (v.goal !== 'detect' && v.goal !== 'rule-out')) return null;
  return { items, drop, goal: v.goal };
}

function readSequential(v: unknown): SequentialStop | undefined {
  if (!isObject(v)) return undefined;
  const stoppedAt = num(v.stopped_at);
  const of = num(v.of);
  const why = str(v.why);
  if (stoppedAt === null || of === null || why === null || !STOP_REASONS.includes(why)) return undefined;
  return {
    stopped_at: stoppedAt,
    of,
    looks: Array.isArray(v.looks) ? v.looks.filter((x): x is number => num(x) !== null) : [],
    why: why as SequentialStop['why'],
    ruled_out: num(v.ruled_out),
    capped_by_baseline: num(v.capped_by_baseline),
  };
}
