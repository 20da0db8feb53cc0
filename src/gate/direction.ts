import type { DifferenceTest } from '../stats/index.js';

/**
 * A test turned round for a metric where lower is better (perplexity, loss): the estimate and its
 * interval change sign and the two one-sided p-values swap, so a rise reads as a drop and is
 * gated as a regression. A metric where higher is better is returned as it is.
 */
export function orientTest(test: DifferenceTest, higherIsBetter: boolean): DifferenceTest {
  if (higherIsBetter) return test;
  return {
    ...test,
    estimate: -test.estimate,
    ci: { low: -test.ci.high, high: -test.ci.low },
    p_drop: test.p_improvement,
    p_improvement: test.p_drop,
  };
}
