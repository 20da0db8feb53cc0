import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import type { Interval } from '../artifacts.js';

export interface WeightedPart {
  value: number;
  se: number;
  weight: number;
}

/**
 * Weighted mean of independent estimates (a suite's tasks) with its SE and a normal CI. Tasks
 * are treated as independent samples of items; that holds when no item is in two tasks.
 */
export function weightedCombination(
  parts: readonly WeightedPart[],
  confidence = 0.95,
): { value: number; se: number; ci: Interval } | null {
  const total = parts.reduce((acc, p) => acc + p.weight, 0);
  if (parts.length === 0 || !(total > 0)) return null;
  let value = 0;
  let variance = 0;
  for (const p of parts) {
    const share = p.weight / total;
    value += share * p.value;
    variance += share * share * p.se * p.se;
  }
  const se = Math.sqrt(variance);
  const z = normalQuantile(1 - (1 - confidence) / 2, 0, 1);
  return { value, se, ci: { low: value - z * se, high: value + z * se } };
}
