import { adjustPValues, type Correction } from '../stats/adjust.js';
import type { DifferenceTest } from '../stats/difference.js';
import { minimumDetectableEffect } from '../stats/mde.js';
import type { TaskPolicy, Verdict } from './comparison.js';

export interface VerdictInput {
  task: string;
  policy: TaskPolicy;
  /** A verdict settled before any test: `error` (failed calls, too few items) or `no-baseline`. */
  preset: { verdict: 'error' | 'no-baseline'; reason: string } | null;
  /** The difference test; null exactly when `preset` is set. */
  test: DifferenceTest | null;
}

export interface VerdictOutput {
  task: string;
  verdict: Verdict;
  reason: string;
  underpowered: boolean;
  /** The corrected p-values and the MDE; null when no test ran (a preset verdict). */
  tested: { p_drop_adjusted: number; p_improvement_adjusted: number; mde: number | null } | null;
}

/**
 * The rule of DESIGN §4 over one model's tasks. Non-critical tested tasks form one family whose
 * p-values are corrected together (drops and rises separately); a `critical` task is tested at its
 * own α outside the family, so adding tasks never dilutes it.
 *
 * - regression: corrected one-sided p for a drop < α and Δ̂ < −max_drop;
 * - inconclusive: not that, but Δ̂ < −max_drop and the uncorrected p < α;
 * - improvement: the mirror of regression;
 * - pass otherwise, `underpowered` when its CI still reaches below −max_drop.
 */
export function decideVerdicts(inputs: readonly VerdictInput[], correction: Correction): VerdictOutput[] {
  const family = inputs.filter((input) => input.test !== null && !input.policy.critical);
  const dropAdjusted = adjustPValues(
    family.map((f) => (f.test as DifferenceTest).p_drop),
    correction,
  );
  const riseAdjusted = adjustPValues(
    family.map((f) => (f.test as DifferenceTest).p_improvement),
    correction,
  );
  const adjusted = new Map(family.map((f, i) => [f, { drop: dropAdjusted[i], rise: riseAdjusted[i] }]));
  const m = family.length;

  return inputs.map((input) => {
    const { test, policy } = input;
    if (input.preset || !test) {
      const preset = input.preset ?? { verdict: 'no-baseline' as const, reason: 'nothing to compare with' };
      return {
        task: input.task,
        ...preset,
        underpowered: false,
        tested: null,
      };
    }
    const inFamily = adjusted.get(input);
    const pDrop = inFamily?.drop ?? test.p_drop;
    const pRise = inFamily?.rise ?? test.p_improvement;
    // The MDE assumes this is the only task that moved: under Holm (and BH) it then faces α/m.
    const levelForMde = inFamily && correction !== 'none' ? policy.alpha / m : policy.alpha;
    const mde = minimumDetectableEffect({
      se: test.se,
      alpha: levelForMde,
      df: test.df,
      margin: policy.max_drop,
    });
    const base = { task: input.task, tested: { p_drop_adjusted: pDrop, p_improvement_adjusted: pRise, mde } };
    const family = inFamily
      ? `${correction === 'none' ? 'uncorrected' : correction} across ${m} task${m === 1 ? '' : 's'}`
      : 'critical: own α';
    const delta = `Δ ${points(test.estimate)} (95% CI ${points(test.ci.low)} to ${points(test.ci.high)})`;

    if (test.estimate < -policy.max_drop && pDrop < policy.alpha) {
      return {
        ...base,
        verdict: 'regression',
        underpowered: false,
        reason: `${delta}: p = ${p(pDrop)} (${family}) below α = ${policy.alpha}, and beyond max_drop ${pts(policy.max_drop)}`,
      };
    }
    if (test.estimate < -policy.max_drop && test.p_drop < policy.alpha) {
      return {
        ...base,
        verdict: 'inconclusive',
        underpowered: false,
        reason: `${delta}: p = ${p(test.p_drop)} alone but ${p(pDrop)} after ${family}; not significant once corrected`,
      };
    }
    if (test.estimate > policy.max_drop && pRise < policy.alpha) {
      return {
        ...base,
        verdict: 'improvement',
        underpowered: false,
        reason: `${delta}: p = ${p(pRise)} (${family}) below α = ${policy.alpha}`,
      };
    }
    const underpowered = test.ci.low < -policy.max_drop;
    return {
      ...base,
      verdict: 'pass',
      underpowered,
      reason: underpowered
        ? `${delta}: no significant change, but the CI still reaches below −${pts(policy.max_drop)}; this n detects drops of ${mde === null ? 'unknown size' : pts(mde)} or more`
        : `${delta}: no change beyond max_drop ${pts(policy.max_drop)}`,
    };
  });
}

/** Δ in percentage points with a sign, e.g. `−3.2 pts`. */
export function points(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  const rounded = Math.round(value * 1000) / 10;
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
  return `${sign}${Math.abs(rounded).toFixed(1)} pts`;
}

function pts(value: number): string {
  return `${(Math.round(value * 1000) / 10).toFixed(1)} pts`;
}

function p(value: number): string {
  if (value < 0.0001) return '<0.0001';
  return value.toPrecision(2);
}
