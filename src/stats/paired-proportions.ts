import type { Interval } from '../artifacts.js';
import { wilsonInterval } from './interval.js';

/** A paired 2×2 table of 0/1 outcomes: first = candidate, second = baseline. */
export interface PairedTable {
  /** Both right. */
  both: number;
  /** Only the first right (the candidate is better on this item). */
  firstOnly: number;
  /** Only the second right (the candidate is worse on this item). */
  secondOnly: number;
  /** Both wrong. */
  neither: number;
}

/**
 * Newcombe's (1998, Statistics in Medicine 17:2635, method 10) square-and-add interval for the
 * difference of paired proportions p₁ − p₂, built from the two Wilson intervals with a correction
 * for their correlation. Unlike the Wald interval it keeps its coverage with few discordant pairs,
 * which is the quick-eval case, and never leaves [−1, 1].
 */
export function newcombePairedInterval(table: PairedTable, confidence = 0.95): Interval {
  const { both: a, firstOnly: b, secondOnly: c, neither: d } = table;
  const n = a + b + c + d;
  if (n === 0) return { low: -1, high: 1 };
  const p1 = (a + b) / n;
  const p2 = (a + c) / n;
  const diff = p1 - p2;
  const w1 = wilsonInterval(a + b, n, confidence);
  const w2 = wilsonInterval(a + c, n, confidence);
  // φ: the correlation of the two outcomes, with Newcombe's continuity adjustment of ad − bc.
  const product = (a + b) * (c + d) * (a + c) * (b + d);
  const cross = a * d - b * c;
  const adjusted = cross > n / 2 ? cross - n / 2 : Math.min(cross, 0);
  const phi = product > 0 ? adjusted / Math.sqrt(product) : 0;
  const lowSpread = (p1 - w1.low) ** 2 - 2 * phi * (p1 - w1.low) * (w2.high - p2) + (w2.high - p2) ** 2;
  const highSpread = (p2 - w2.low) ** 2 - 2 * phi * (p2 - w2.low) * (w1.high - p1) + (w1.high - p1) ** 2;
  return {
    low: Math.max(-1, diff - Math.sqrt(Math.max(0, lowSpread))),
    high: Math.min(1, diff + Math.sqrt(Math.max(0, highSpread))),
  };
}
