import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalPdf from '@stdlib/stats-base-dists-normal-pdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

/**
 * Group-sequential boundaries for a one-sided test looked at after growing prefixes: the
 * Lan–DeMets O'Brien–Fleming spending function and the boundaries it gives, computed by the
 * recursive numerical integration of Armitage, McPherson and Rowe (1969), as in Jennison and
 * Turnbull, "Group Sequential Methods" (2000), ch. 19. The statistics at the looks are taken to
 * have the canonical joint distribution: Z_k ~ N(θ√I_k, 1), Cov(Z_j, Z_k) = √(I_j/I_k).
 */

/** Points of the integration grid per look: boundaries agree with published tables to 1e-4. */
const GRID = 401;
/** The grid's lower end, in standard deviations: the density beyond is below 1e-15. */
const LOWER_SD = 8.5;

/**
 * α spent by information fraction t ∈ (0, 1] under Lan–DeMets O'Brien–Fleming, one-sided:
 * α(t) = 2 − 2Φ(z₁₋α/₂ / √t), so α(1) = α and almost nothing is spent early.
 */
export function obrienFlemingSpent(t: number, alpha: number): number {
  if (t <= 0) return 0;
  const z = normalQuantile(1 - alpha / 2, 0, 1);
  return Math.min(alpha, 2 - 2 * normalCdf(z / Math.sqrt(Math.min(t, 1)), 0, 1));
}

/**
 * The upper boundaries c₁…c_K on the Z scale for looks at information fractions
 * `fractions` (increasing, the last 1), spending α by O'Brien–Fleming: under θ = 0 the
 * probability of first crossing at look k is α(t_k) − α(t_{k−1}). A look that spends nothing
 * gets +∞.
 */
export function spendingBoundaries(fractions: readonly number[], alpha: number): number[] {
  const bounds: number[] = [];
  // The sub-density of the score S_k = Z_k·√t_k on the continuation region, on a grid.
  let grid: { s: number[]; f: number[]; w: number[] } | null = null;
  let spentBefore = 0;
  let tBefore = 0;
  for (const t of fractions) {
    const spend = obrienFlemingSpent(t, alpha) - spentBefore;
    spentBefore += Math.max(0, spend);
    const sd = Math.sqrt(t - tBefore);
    let c: number;
    if (grid === null) {
      c = spend > 0 ? normalQuantile(1 - spend, 0, 1) : Infinity;
    } else if (spend <= 1e-15) {
      c = Infinity;
    } else {
      const g: { s: number[]; f: number[]; w: number[] } = grid;
      const exceed = (b: number) => {
        let total = 0;
        for (let i = 0; i < g.s.length; i++)
          total += g.w[i] * g.f[i] * (1 - normalCdf((b * Math.sqrt(t) - g.s[i]) / sd, 0, 1));
        return total;
      };
      let low = -5;
      let high = 40;
      for (let i = 0; i < 100 && high - low > 1e-10; i++) {
        const mid = (low + high) / 2;
        if (exceed(mid) > spend) low = mid;
        else high = mid;
      }
      c = (low + high) / 2;
    }
    bounds.push(c);
    grid = nextGrid(grid, t, tBefore, c);
    tBefore = t;
  }
  return bounds;
}

/** The sub-density of S at fraction t below the boundary c, from the previous look's. */
function nextGrid(
  previous: { s: number[]; f: number[]; w: number[] } | null,
  t: number,
  tBefore: number,
  c: number,
): { s: number[]; f: number[]; w: number[] } {
  const top = Number.isFinite(c) ? c * Math.sqrt(t) : LOWER_SD * Math.sqrt(t);
  const bottom = -LOWER_SD * Math.sqrt(t);
  const h = (top - bottom) / (GRID - 1);
  const s = Array.from({ length: GRID }, (_, i) => bottom + i * h);
  // Simpson's weights: 1, 4, 2, 4, …, 4, 1 times h/3 (GRID is odd).
  const w = s.map((_, i) => ((i === 0 || i === GRID - 1 ? 1 : i % 2 === 1 ? 4 : 2) * h) / 3);
  const sd = Math.sqrt(t - tBefore);
  const f = s.map((x) => {
    if (previous === null) return normalPdf(x, 0, sd);
    let total = 0;
    for (let i = 0; i < previous.s.length; i++)
      total += previous.w[i] * previous.f[i] * normalPdf(x - previous.s[i], 0, sd);
    return total;
  });
  return { s, f, w };
}

/**
 * Conditional power at fraction t: the probability that Z at the last look clears `final`, given
 * Z_t = z now and a drift η (the expected Z at the last look under the effect of interest):
 * 1 − Φ((c_K − z√t − η(1 − t)) / √(1 − t)).
 */
export function conditionalPower(z: number, t: number, drift: number, final: number): number {
  if (t >= 1) return z >= final ? 1 : 0;
  return 1 - normalCdf((final - z * Math.sqrt(t) - drift * (1 - t)) / Math.sqrt(1 - t), 0, 1);
}
