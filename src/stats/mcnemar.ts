import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';

export interface McNemarResult {
  /** Discordant pairs where the candidate is worse (baseline right, candidate wrong). */
  worse: number;
  /** Discordant pairs where the candidate is better. */
  better: number;
  /** One-sided p-value for "the candidate is worse". */
  p_worse: number;
  /** One-sided p-value for "the candidate is better". */
  p_better: number;
  /** Two-sided p-value (twice the smaller tail, capped at 1). */
  p_two_sided: number;
}

/**
 * Exact (conditional) McNemar test on the discordant pairs of paired 0/1 scores: under "no
 * difference" each discordant pair is a fair coin, so `worse` ~ Binomial(worse + better, 1/2).
 * Concordant pairs carry no information about the difference and are ignored by design.
 */
export function mcnemarExact(worse: number, better: number): McNemarResult {
  if (!Number.isInteger(worse) || !Number.isInteger(better) || worse < 0 || better < 0) {
    throw new RangeError(
      `mcnemarExact needs non-negative integer counts, got worse=${worse}, better=${better}`,
    );
  }
  const n = worse + better;
  if (n === 0) return { worse, better, p_worse: 1, p_better: 1, p_two_sided: 1 };
  // P(X >= worse) computed as P(n - X <= better) by symmetry of Binomial(n, 1/2): a lower tail
  // from the CDF keeps its precision where 1 - cdf would cancel to 0.
  const pWorse = Math.min(1, binomialCdf(better, n, 0.5));
  const pBetter = Math.min(1, binomialCdf(worse, n, 0.5));
  return {
    worse,
    better,
    p_worse: pWorse,
    p_better: pBetter,
    p_two_sided: Math.min(1, 2 * Math.min(pWorse, pBetter)),
  };
}
