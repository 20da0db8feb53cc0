import tCdf from '@stdlib/stats-base-dists-t-cdf';
import type { DifferenceTest } from './difference.js';
import { estimateMean, tInterval } from './interval.js';

export interface PairedTOptions {
  /** Cluster of each pair: pairs that share one are not independent evidence. */
  clusters?: (string | null)[];
  /** Weight of each pair in the mean (ratio metrics such as IFEval's instruction accuracy). */
  weights?: number[];
  confidence?: number;
}

/**
 * Paired t test on per-unit differences (candidate − baseline). With clusters the SE is the
 * cluster-robust one and the degrees of freedom are clusters − 1, not items − 1.
 */
export function pairedT(differences: readonly number[], options: PairedTOptions = {}): DifferenceTest {
  const estimate = estimateMean([...differences], { clusters: options.clusters, weights: options.weights });
  const df = Math.max(estimate.units - 1, 0);
  const ci = tInterval(estimate, options.confidence ?? 0.95);
  const { p_drop, p_improvement } = tTails(estimate.mean, estimate.se, df);
  return { estimate: estimate.mean, se: estimate.se, df, ci, p_drop, p_improvement };
}

/** One-sided p-values of a t statistic; a zero SE means every unit moved by exactly Δ. */
export function tTails(estimate: number, se: number, df: number): { p_drop: number; p_improvement: number } {
  if (!(df > 0) || !Number.isFinite(estimate)) return { p_drop: 1, p_improvement: 1 };
  if (se === 0) {
    return { p_drop: estimate < 0 ? 0 : 1, p_improvement: estimate > 0 ? 0 : 1 };
  }
  const t = estimate / se;
  // Each tail from its own CDF call: 1 − cdf would lose the small p-values to rounding.
  return { p_drop: tCdf(t, df), p_improvement: tCdf(-t, df) };
}
