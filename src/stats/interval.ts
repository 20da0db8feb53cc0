import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import type { Interval } from '../artifacts.js';

/**
 * Wilson score interval for a proportion: unlike the CLT (Wald) interval it keeps its coverage
 * at small n and near 0 or 1, where quick evals live.
 */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): Interval {
  if (n === 0) return { low: 0, high: 1 };
  const z = normalQuantile(1 - (1 - confidence) / 2, 0, 1);
  const p = successes / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export interface MeanEstimate {
  mean: number;
  se: number;
  /** Independent units behind the SE (items, or clusters when clustered). */
  units: number;
}

/**
 * Mean of per-unit values with its standard error. With `clusters`, the SE is the cluster-robust
 * (CR1-style) one: items that share a passage or a prompt do not count as independent evidence.
 * With `weights`, the mean is a ratio estimator (IFEval's instruction-level accuracy).
 */
export function estimateMean(
  values: number[],
  options: { clusters?: (string | null)[]; weights?: number[] } = {},
): MeanEstimate {
  const n = values.length;
  // A mean of nothing has no value to give: callers skip what was not measured.
  if (n === 0) throw new RangeError('estimateMean: no values');
  const w = options.weights ?? values.map(() => 1);
  const totalWeight = w.reduce((a, b) => a + b, 0);
  const mean = values.reduce((acc, v, i) => acc + v * w[i], 0) / totalWeight;
  if (!options.clusters) {
    // Every item its own cluster: the same formula without building groups (the gate's hot path).
    if (n < 2) return { mean, se: 0, units: n };
    let sumSq = 0;
    for (let i = 0; i < n; i++) sumSq += (w[i] * (values[i] - mean)) ** 2;
    return { mean, se: Math.sqrt((n / (n - 1)) * sumSq) / totalWeight, units: n };
  }
  // Residual totals per cluster (an item with no cluster is its own cluster).
  const groups = new Map<string, number>();
  values.forEach((v, i) => {
    const key = options.clusters?.[i] ?? `\u0000${i}`;
    groups.set(key, (groups.get(key) ?? 0) + w[i] * (v - mean));
  });
  const g = groups.size;
  if (g < 2) return { mean, se: 0, units: g };
  let sumSq = 0;
  for (const total of groups.values()) sumSq += total * total;
  const se = Math.sqrt((g / (g - 1)) * sumSq) / totalWeight;
  return { mean, se, units: g };
}

/** A t interval around an estimate with `units - 1` degrees of freedom. */
export function tInterval(estimate: MeanEstimate, confidence = 0.95): Interval {
  if (estimate.units < 2) return { low: estimate.mean, high: estimate.mean };
  const t = tQuantile(1 - (1 - confidence) / 2, estimate.units - 1);
  return { low: estimate.mean - t * estimate.se, high: estimate.mean + t * estimate.se };
}

/**
 * A score's own 95% interval: Wilson for 0/1 scores (honest at small n), t otherwise, kept
 * inside [0, 1] when every value is (an interval past an end says nothing more than the end).
 */
export function scoreInterval(values: readonly number[], estimate: MeanEstimate, binary: boolean): Interval {
  if (binary) return wilsonInterval(values.filter((v) => v === 1).length, values.length);
  const t = tInterval(estimate);
  if (!values.every((v) => v >= 0 && v <= 1)) return t;
  return { low: Math.max(0, t.low), high: Math.min(1, t.high) };
}
