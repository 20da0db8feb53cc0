import {
  adjustPValues,
  type Correction,
  type DifferenceTest,
  intervalStandardError,
  minimumDetectableEffect,
  moreItemsToTell,
} from '../stats/index.js';
import type { MoreItems, TaskPolicy, Verdict } from './comparison.js';
import { points, pText as p, size as pts } from './verdict-words.js';

export interface VerdictInput {
  task: string;
  policy: TaskPolicy;
  /** A verdict settled before any test: `error` (failed calls, too few items) or `no-baseline`. */
  preset: { verdict: 'error' | 'no-baseline'; reason: string } | null;
  /** The difference test; null exactly when `preset` is set. */
  test: DifferenceTest | null;
  /** Items the test used (for "N more items would"); unknown when absent or null. */
  n?: number | null;
}

export interface VerdictOutput {
  task: string;
  verdict: Verdict;
  reason: string;
  underpowered: boolean;
  /** The corrected p-values and the MDE; null when no test ran (a preset verdict). */
  tested: { p_drop_adjusted: number; p_improvement_adjusted: number; mde: number | null } | null;
  /** An underpowered pass: how many more items would tell. */
  more_items: MoreItems | null;
}

/**
 * The rule of DESIGN §4 over one model's tasks. Non-critical tested tasks form one family whose
 * p-values are corrected together (drops and rises separately); a `critical` task is tested at its
 * own α outside the family, so adding tasks never dilutes it.
 *
 * - regression: corrected one-sided p for a drop < α and Δ̂ < −max_drop;
 * - inconclusive: not that, but Δ̂ < −max_drop and the uncorrected p < α — for a critical task,
 *   below the run's α (`runAlpha`) but not its own, so a stricter α never hides a warning;
 * - improvement: the mirror of regression;
 * - pass otherwise, `underpowered` when its CI still reaches below −max_drop.
 */
export function decideVerdicts(
  inputs: readonly VerdictInput[],
  correction: Correction,
  runAlpha?: number,
): VerdictOutput[] {
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
        more_items: null,
      };
    }
    const inFamily = adjusted.get(input);
    const pDrop = inFamily?.drop ?? test.p_drop;
    const pRise = inFamily?.rise ?? test.p_improvement;
    // The MDE assumes this is the only task that moved: under Holm (and BH) it then faces α/m.
    const levelForMde = inFamily && correction !== 'none' ? policy.alpha / m : policy.alpha;
    // Never below what the interval allows: with no discordant pairs the paired SE is 0.
    const se = Math.max(test.se, intervalStandardError(test.ci));
    const mde = minimumDetectableEffect({ se, alpha: levelForMde, df: test.df, margin: policy.max_drop });
    const base = {
      task: input.task,
      tested: { p_drop_adjusted: pDrop, p_improvement_adjusted: pRise, mde },
      more_items: null,
    };
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
    const warnAt = runAlpha ?? policy.alpha;
    if (!inFamily && test.estimate < -policy.max_drop && test.p_drop < warnAt) {
      return {
        ...base,
        verdict: 'inconclusive',
        underpowered: false,
        reason: `${delta}: p = ${p(test.p_drop)} is below the run's α = ${warnAt} but not this critical task's own α = ${policy.alpha}`,
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
    const more =
      underpowered && input.n != null
        ? moreItemsToTell({
            n: input.n,
            se,
            estimate: test.estimate,
            alpha: levelForMde,
            margin: policy.max_drop,
          })
        : null;
    return {
      ...base,
      more_items: more,
      verdict: 'pass',
      underpowered,
      reason: underpowered
        ? `${delta}: no significant change, but the CI still reaches below −${pts(policy.max_drop)}; this n detects drops of ${mde === null ? 'unknown size' : pts(mde)} or more`
        : `${delta}: no change beyond max_drop ${pts(policy.max_drop)}`,
    };
  });
}
