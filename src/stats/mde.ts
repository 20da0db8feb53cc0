import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

export interface MdeOptions {
  /** Standard error of Δ̂ at this n and the observed variance. */
  se: number;
  /** One-sided level the test is run at (after the correction, see the gate). */
  alpha: number;
  /** @default 0.8 */
  power?: number;
  /** Degrees of freedom of the test; Infinity (the default) for normal / exact tests. */
  df?: number;
  /**
   * The gate also needs Δ̂ beyond this margin: a drop must clear both the test's critical value
   * and the margin before it is flagged. @default 0
   */
  margin?: number;
}

/**
 * Minimum detectable effect: the smallest true |Δ| found with probability `power` by a one-sided
 * test at `alpha`. Without a margin it is the textbook (z₁₋α + z_power)·SE (Bloom 1995: 2.49·SE
 * at α = 0.05 one-sided, 80% power). With a margin the observed Δ̂ must pass max(critical value,
 * margin), so the MDE is max(q₁₋α·SE, margin) + q_power·SE. Null when the SE is unknown.
 */
export function minimumDetectableEffect(options: MdeOptions): number | null {
  const power = options.power ?? 0.8;
  const df = options.df ?? Infinity;
  if (!(options.se >= 0) || !Number.isFinite(options.se)) return null;
  const quantile = (p: number) => (Number.isFinite(df) ? tQuantile(p, df) : normalQuantile(p, 0, 1));
  const critical = quantile(1 - options.alpha) * options.se;
  return Math.max(critical, options.margin ?? 0) + quantile(power) * options.se;
}
