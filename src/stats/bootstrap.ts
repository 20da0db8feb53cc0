import type { DifferenceTest } from './difference.js';
import { estimateMean } from './interval.js';
import { seededRandom } from './random.js';

export interface PairedBootstrapOptions {
  clusters?: (string | null)[];
  weights?: number[];
  /** @default 2000 */
  resamples?: number;
  /** @default 0 — the same seed gives the same verdict. */
  seed?: number;
  confidence?: number;
}

/**
 * Paired bootstrap of the mean difference: resamples whole units (clusters where there are any,
 * items otherwise) with replacement. CI by percentiles; one-sided p-values as the share of
 * resampled means on the far side of 0 (with the +1 that keeps p away from an impossible 0).
 */
export function pairedBootstrap(
  differences: readonly number[],
  options: PairedBootstrapOptions = {},
): DifferenceTest {
  const resamples = options.resamples ?? 2000;
  const confidence = options.confidence ?? 0.95;
  const weights = options.weights ?? differences.map(() => 1);
  const base = estimateMean([...differences], { clusters: options.clusters, weights });
  // Units: weighted totals per cluster, so a resample is a sum over drawn units.
  const units = new Map<string, { sum: number; weight: number }>();
  differences.forEach((d, i) => {
    const key = options.clusters?.[i] ?? `\u0000${i}`;
    const unit = units.get(key) ?? { sum: 0, weight: 0 };
    unit.sum += weights[i] * d;
    unit.weight += weights[i];
    units.set(key, unit);
  });
  const list = [...units.values()];
  const g = list.length;
  if (g < 2) {
    return {
      estimate: base.mean,
      se: 0,
      df: Infinity,
      ci: { low: base.mean, high: base.mean },
      p_drop: 1,
      p_improvement: 1,
    };
  }
  const random = seededRandom(options.seed ?? 0);
  const means = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) {
    let sum = 0;
    let weight = 0;
    for (let k = 0; k < g; k++) {
      const unit = list[Math.floor(random() * g)];
      sum += unit.sum;
      weight += unit.weight;
    }
    means[b] = sum / weight;
  }
  means.sort();
  let atOrAbove = 0;
  let atOrBelow = 0;
  let sumSq = 0;
  for (const m of means) {
    if (m >= 0) atOrAbove++;
    if (m <= 0) atOrBelow++;
    sumSq += (m - base.mean) ** 2;
  }
  const tail = (1 - confidence) / 2;
  const at = (q: number) => means[Math.min(resamples - 1, Math.max(0, Math.floor(q * resamples)))];
  return {
    estimate: base.mean,
    se: Math.sqrt(sumSq / (resamples - 1)),
    df: Infinity,
    ci: { low: at(tail), high: at(1 - tail) },
    p_drop: (atOrAbove + 1) / (resamples + 1),
    p_improvement: (atOrBelow + 1) / (resamples + 1),
  };
}
