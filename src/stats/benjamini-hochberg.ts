/**
 * Benjamini–Hochberg (1995) adjusted p-values (step-up, false discovery rate): the i-th smallest
 * p is multiplied by m / i, then made monotone from the largest down. Returned in input order.
 */
export function benjaminiHochbergAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const { p, i } = order[rank];
    running = Math.min(running, (m / (rank + 1)) * p);
    adjusted[i] = Math.min(1, running);
  }
  return adjusted;
}
