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

/**
 * The standard error a two-sided interval implies: its width over 2·z₁₋₍₁₋level₎/₂. With no
 * discordant pairs a paired test's SE is 0 while its interval (Newcombe's) is still wide; an MDE
 * from that SE would claim the run sees drops it cannot.
 */
export function intervalStandardError(ci: { low: number; high: number }, level = 0.95): number {
  const width = ci.high - ci.low;
  if (!Number.isFinite(width) || width <= 0) return 0;
  return width / (2 * normalQuantile(1 - (1 - level) / 2, 0, 1));
}

export interface MoreItemsOptions {
  /** Items the test used, and the SE of Δ̂ at that n. */
  n: number;
  se: number;
  estimate: number;
  alpha: number;
  margin: number;
  /** @default 0.8 */
  power?: number;
}

/**
 * How many more items an underpowered comparison needs, with the SE shrinking as 1/√n (normal
 * quantiles: a planning figure). When Δ̂ is beyond the margin: items until the MDE reaches |Δ̂|
 * (that drop found with `power`). Otherwise: items until the one-sided bound at `alpha` clears
 * −margin if Δ̂ held. Null when neither can happen (SE 0, or Δ̂ exactly at the margin).
 */
export function moreItemsToTell(
  options: MoreItemsOptions,
): { items: number; goal: 'detect' | 'rule-out'; drop: number } | null {
  const { n, se, estimate, alpha, margin } = options;
  if (!(se > 0) || !(n > 0)) return null;
  const zAlpha = normalQuantile(1 - alpha, 0, 1);
  const zPower = normalQuantile(options.power ?? 0.8, 0, 1);
  let target: number;
  let goal: 'detect' | 'rule-out';
  let drop: number;
  if (estimate < -margin) {
    drop = -estimate;
    goal = 'detect';
    // MDE(SE') = max(zα·SE', margin) + zβ·SE' ≤ drop: the largest SE' that satisfies it.
    const unconstrained = drop / (zAlpha + zPower);
    target = zAlpha * unconstrained >= margin ? unconstrained : (drop - margin) / zPower;
  } else {
    drop = margin;
    goal = 'rule-out';
    target = (estimate + margin) / zAlpha;
  }
  if (!(target > 0)) return null;
  const needed = n * (se / target) ** 2;
  return { items: Math.max(1, Math.ceil(needed - n)), goal, drop };
}
