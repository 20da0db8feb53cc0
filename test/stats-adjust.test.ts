import { describe, expect, it } from 'vitest';
import { adjustPValues } from '../src/stats/adjust.js';
import { benjaminiHochbergAdjust } from '../src/stats/benjamini-hochberg.js';
import { holmAdjust } from '../src/stats/holm.js';

// The 15 p-values of Benjamini & Hochberg (1995), J. R. Stat. Soc. B 57(1), section 4.
const bh1995 = [
  0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528,
  0.759, 1.0,
];

describe('Holm adjustment', () => {
  it.each([
    // By hand: sorted p × (m − i + 1) = 0.05, 0.08, 0.09, 0.08, 0.05, then monotone.
    { p: [0.01, 0.02, 0.03, 0.04, 0.05], adjusted: [0.05, 0.08, 0.09, 0.09, 0.09] },
    // Input order is kept: same values shuffled.
    { p: [0.04, 0.01, 0.05, 0.03, 0.02], adjusted: [0.09, 0.05, 0.09, 0.09, 0.08] },
    // Capped at 1.
    { p: [0.5, 0.6], adjusted: [1, 1] },
    { p: [], adjusted: [] },
  ])('adjusts $p to $adjusted', ({ p, adjusted }) => {
    holmAdjust(p).forEach((value, i) => expect(value).toBeCloseTo(adjusted[i], 12));
  });

  it('rejects 3 of the 15 hypotheses of Benjamini & Hochberg (1995) at 0.05, as Bonferroni-type methods do there', () => {
    // The paper: Bonferroni-type procedures reject the three smallest (0.0019 · 13 = 0.0247 < 0.05,
    // 0.0095 · 12 = 0.114 > 0.05).
    expect(holmAdjust(bh1995).filter((p) => p < 0.05)).toHaveLength(3);
  });
});

describe('Benjamini–Hochberg adjustment', () => {
  it('rejects the 4 smallest of the 15 hypotheses of Benjamini & Hochberg (1995) at q = 0.05', () => {
    // The paper: p(4) = 0.0095 ≤ 4/15 · 0.05 = 0.0133 and no larger p(k) ≤ k/15 · 0.05.
    const adjusted = benjaminiHochbergAdjust(bh1995);
    expect(adjusted.filter((p) => p < 0.05)).toHaveLength(4);
    // By hand: 0.0095 · 15/4 = 0.035625.
    expect(adjusted[3]).toBeCloseTo(0.035625, 12);
  });

  it('adjusts five evenly spread p-values to the same 0.05 (each p(i) · 5/i = 0.05, by hand)', () => {
    benjaminiHochbergAdjust([0.01, 0.02, 0.03, 0.04, 0.05]).forEach((p) => expect(p).toBeCloseTo(0.05, 12));
  });
});

describe('choosing the correction', () => {
  it('leaves p-values alone with none', () => {
    expect(adjustPValues([0.01, 0.2], 'none')).toEqual([0.01, 0.2]);
  });
});
