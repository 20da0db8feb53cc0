import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import type { DifferenceTest } from './difference.js';
import type { MeanEstimate } from './interval.js';
import { tTails } from './paired-t.js';

/**
 * Welch's unpaired test of candidate − baseline from two independent mean estimates (each may
 * carry a clustered SE), with Welch–Satterthwaite degrees of freedom. Used when the runs share
 * too few items to pair: it is much less powerful, which the MDE then shows.
 */
export function welch(candidate: MeanEstimate, baseline: MeanEstimate, confidence = 0.95): DifferenceTest {
  const estimate = candidate.mean - baseline.mean;
  const v1 = candidate.se ** 2;
  const v2 = baseline.se ** 2;
  const se = Math.sqrt(v1 + v2);
  const df1 = candidate.units - 1;
  const df2 = baseline.units - 1;
  let df: number;
  if (df1 < 1 || df2 < 1) df = 0;
  else if (v1 + v2 === 0) df = df1 + df2;
  else df = (v1 + v2) ** 2 / (v1 ** 2 / df1 + v2 ** 2 / df2);
  const half = df > 0 ? tQuantile(1 - (1 - confidence) / 2, df) * se : 0;
  const { p_drop, p_improvement } = tTails(estimate, se, df);
  return { estimate, se, df, ci: { low: estimate - half, high: estimate + half }, p_drop, p_improvement };
}
