import type { Interval } from '../artifacts.js';

/** A test of Δ = candidate − baseline: the estimate, its uncertainty and both one-sided p-values. */
export interface DifferenceTest {
  estimate: number;
  se: number;
  /** Degrees of freedom behind `ci` and the p-values (Infinity for normal / exact tests). */
  df: number;
  ci: Interval;
  /** One-sided p-value for "the candidate is worse" (H1: Δ < 0). */
  p_drop: number;
  /** One-sided p-value for "the candidate is better" (H1: Δ > 0). */
  p_improvement: number;
}
