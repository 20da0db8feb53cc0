import { describe, expect, it } from 'vitest';
import { weightedCombination } from '../src/stats/aggregate.js';
import { wilsonInterval } from '../src/stats/interval.js';
import { minimumDetectableEffect } from '../src/stats/mde.js';

describe('minimum detectable effect', () => {
  it.each([
    // Bloom (1995), "Minimum detectable effects", Evaluation Review 19(5): the multiplier for a
    // one-sided test at α = 0.05 with 80% power is z₀.₉₅ + z₀.₈ = 1.6449 + 0.8416 = 2.4865.
    { se: 0.01, alpha: 0.05, margin: 0, mde: 0.024865 },
    // Two-sided α = 0.05 multiplier 2.80 (Bloom 1995) = one-sided α = 0.025: 1.9600 + 0.8416.
    { se: 0.01, alpha: 0.025, margin: 0, mde: 0.028016 },
    // A margin larger than the critical value takes its place: max(0.0164, 0.03) + 0.0084.
    { se: 0.01, alpha: 0.05, margin: 0.03, mde: 0.038416 },
  ])('is $mde for SE $se at one-sided α $alpha and margin $margin', ({ se, alpha, margin, mde }) => {
    expect(minimumDetectableEffect({ se, alpha, margin })).toBeCloseTo(mde, 5);
  });

  it('uses t quantiles when given degrees of freedom (t₀.₉₅,₉ = 1.8331, t₀.₈,₉ = 0.8834, from t tables)', () => {
    expect(minimumDetectableEffect({ se: 1, alpha: 0.05, df: 9 })).toBeCloseTo(1.8331 + 0.8834, 3);
  });

  it('is null, not NaN, when the standard error is unknown', () => {
    for (const se of [Number.NaN, Infinity, -1])
      expect(minimumDetectableEffect({ se, alpha: 0.05 })).toBeNull();
  });
});

describe('Wilson interval', () => {
  it.each([
    // Newcombe (1998), Statistics in Medicine 17:857–872, Table I: 81/263 → 0.2553 to 0.3662.
    { x: 81, n: 263, low: 0.2553, high: 0.3662 },
    // Newcombe (1998), Table I: 15/148 → 0.0624 to 0.1605.
    { x: 15, n: 148, low: 0.0624, high: 0.1605 },
    // Newcombe (1998), Table I: 0/20 → 0 to 0.1611.
    { x: 0, n: 20, low: 0, high: 0.1611 },
  ])('gives $low to $high for $x of $n', ({ x, n, low, high }) => {
    const ci = wilsonInterval(x, n);
    expect(ci.low).toBeCloseTo(low, 4);
    expect(ci.high).toBeCloseTo(high, 4);
  });
});

describe('weighted suite aggregate', () => {
  it('weights the values and adds the variances by the squared shares (by hand)', () => {
    // shares 0.75 and 0.25: value 0.75·0.8 + 0.25·0.4 = 0.7; SE sqrt(0.75²·0.02² + 0.25²·0.04²) = 0.018028.
    const result = weightedCombination([
      { value: 0.8, se: 0.02, weight: 3 },
      { value: 0.4, se: 0.04, weight: 1 },
    ]);
    expect(result?.value).toBeCloseTo(0.7, 12);
    expect(result?.se).toBeCloseTo(0.0180278, 6);
    expect(result?.ci.low).toBeCloseTo(0.7 - 1.959964 * 0.0180278, 6);
  });

  it('has no aggregate without tasks', () => {
    expect(weightedCombination([])).toBeNull();
  });
});
