import { describe, expect, it } from 'vitest';
import { mcnemarExact } from '../src/stats/mcnemar.js';
import { pairedT } from '../src/stats/paired-t.js';
import { welch } from '../src/stats/welch.js';
import { estimateMean } from '../src/stats/interval.js';
import { pairedBootstrap } from '../src/stats/bootstrap.js';
import { newcombePairedInterval } from '../src/stats/paired-proportions.js';

// Cushny & Peebles' sleep data (Student 1908), R's `sleep` data set: extra hours of sleep under
// two drugs for the same 10 patients.
const drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

describe('exact McNemar test', () => {
  it.each([
    // 7 worse, 1 better: P(X ≥ 7 | n = 8, ½) = (C(8,7) + C(8,8)) / 2⁸ = 9/256, by hand.
    { worse: 7, better: 1, pWorse: 9 / 256, pBetter: 1 - 1 / 256, twoSided: 18 / 256 },
    // 10 worse, 2 better: P(X ≤ 2 | n = 12, ½) = (1 + 12 + 66) / 4096 = 79/4096, by hand;
    // R's binom.test(2, 12) gives the two-sided 0.03857.
    { worse: 10, better: 2, pWorse: 79 / 4096, pBetter: 1, twoSided: 158 / 4096 },
    // no discordant pairs: no evidence either way.
    { worse: 0, better: 0, pWorse: 1, pBetter: 1, twoSided: 1 },
    // 5 and 5: the two-sided p is capped at 1 (each tail is 638/1024 = 0.623).
    { worse: 5, better: 5, pWorse: 638 / 1024, pBetter: 638 / 1024, twoSided: 1 },
  ])('gives p = $pWorse for $worse worse and $better better pairs', ({ worse, better, pWorse, twoSided }) => {
    const result = mcnemarExact(worse, better);
    expect(result.p_worse).toBeCloseTo(pWorse, 12);
    expect(result.p_two_sided).toBeCloseTo(twoSided, 12);
  });

  it('keeps precision in a far tail (P(X ≥ 60 | n = 60, ½) = 2⁻⁶⁰)', () => {
    expect(mcnemarExact(60, 0).p_worse / 2 ** -60).toBeCloseTo(1, 9);
  });

  it('rejects counts that are not non-negative integers', () => {
    expect(() => mcnemarExact(1.5, 2)).toThrow(RangeError);
  });
});

describe('paired t test', () => {
  it("reproduces R's t.test(extra ~ group, data = sleep, paired = TRUE)", () => {
    // R 4.x: t = -4.0621, df = 9, p-value = 0.002833 (two-sided),
    // 95% CI -2.4598858 -0.7001142, mean difference -1.58.
    const result = pairedT(drug1.map((x, i) => x - drug2[i]));
    expect(result.estimate).toBeCloseTo(-1.58, 10);
    expect(result.df).toBe(9);
    expect(result.estimate / result.se).toBeCloseTo(-4.0621, 4);
    expect(2 * result.p_drop).toBeCloseTo(0.002833, 6);
    expect(result.ci.low).toBeCloseTo(-2.4598858, 6);
    expect(result.ci.high).toBeCloseTo(-0.7001142, 6);
    expect(result.p_improvement).toBeCloseTo(1 - 0.002833 / 2, 6);
  });

  it('counts clusters, not items, as the independent units', () => {
    // Two clusters of identical differences: the clustered SE has 1 degree of freedom.
    const result = pairedT([-1, -1, 0, 0], { clusters: ['a', 'a', 'b', 'b'] });
    expect(result.df).toBe(1);
    // Residual totals per cluster: 2·(−0.5) = −1 and 2·(0.5) = 1; SE = sqrt(2/1 · 2) / 4 = 0.5 (by hand),
    // twice the naive item-level SE sqrt(0.25 · 4/3 / 4) = 0.289.
    expect(result.se).toBeCloseTo(0.5, 12);
  });

  it('gives p = 0 for a drop that every item shows exactly', () => {
    expect(pairedT([-0.5, -0.5, -0.5]).p_drop).toBe(0);
  });
});

describe('mean estimate', () => {
  it('gives the same SE for unclustered items whether or not each is named its own cluster', () => {
    const values = [0.2, 0.9, 0.4, 0.4, 1, 0];
    const weights = [1, 2, 1, 3, 1, 1];
    const plain = estimateMean(values, { weights });
    const named = estimateMean(values, { weights, clusters: values.map((_, i) => `c${i}`) });
    expect(plain.se).toBeCloseTo(named.se, 14);
    expect(plain.units).toBe(named.units);
  });
});

describe('Welch test', () => {
  it("reproduces R's t.test(extra ~ group, data = sleep) (Welch)", () => {
    // R 4.x: t = -1.8608, df = 17.776, p-value = 0.07939, 95% CI -3.3654832 0.2054832.
    const result = welch(estimateMean(drug1), estimateMean(drug2));
    expect(result.estimate).toBeCloseTo(-1.58, 10);
    expect(result.df).toBeCloseTo(17.776, 3);
    expect(result.estimate / result.se).toBeCloseTo(-1.8608, 4);
    expect(2 * result.p_drop).toBeCloseTo(0.07939, 5);
    expect(result.ci.low).toBeCloseTo(-3.3654832, 5);
    expect(result.ci.high).toBeCloseTo(0.2054832, 5);
  });
});

describe('paired bootstrap', () => {
  it('is reproducible with a seed and agrees with the t test on the sleep data', () => {
    const diffs = drug1.map((x, i) => x - drug2[i]);
    const a = pairedBootstrap(diffs, { seed: 7, resamples: 4000 });
    const b = pairedBootstrap(diffs, { seed: 7, resamples: 4000 });
    expect(a).toEqual(b);
    expect(a.estimate).toBeCloseTo(-1.58, 10);
    // Every difference but one is ≤ 0, so almost no resample reaches 0: p near 1/(B+1).
    expect(a.p_drop).toBeLessThan(0.01);
    // The bootstrap SE approaches the plug-in SE sd·sqrt((n−1)/n)/sqrt(n) = 0.3890·0.9487 ≈ 0.369.
    expect(a.se).toBeGreaterThan(0.3);
    expect(a.se).toBeLessThan(0.45);
  });
});

describe('Newcombe interval for paired proportions', () => {
  it('reproduces the square-and-add interval of Fagerland, Lydersen & Laake (2017), ch. 8', () => {
    // Their paired table [[59, 6], [16, 80]] (n = 161): Δ = (6 − 16)/161 = −0.0621,
    // 95% CI −0.1186 to −0.0046 (the book's Newcombe square-and-add interval; also the expected
    // output in the R package contingencytables' tests, test-ch8.R).
    const ci = newcombePairedInterval({ both: 59, firstOnly: 6, secondOnly: 16, neither: 80 });
    expect(ci.low).toBeCloseTo(-0.1186, 4);
    expect(ci.high).toBeCloseTo(-0.0046, 4);
  });

  it('stays within [−1, 1] and contains 0 with no discordant pairs', () => {
    const ci = newcombePairedInterval({ both: 20, firstOnly: 0, secondOnly: 0, neither: 0 });
    expect(ci.low).toBeGreaterThanOrEqual(-1);
    expect(ci.low).toBeLessThanOrEqual(0);
    expect(ci.high).toBeGreaterThanOrEqual(0);
  });
});
