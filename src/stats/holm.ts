/**
 * Holm's (1979) step-down adjusted p-values: the i-th smallest p is multiplied by (m − i + 1),
 * then made monotone. Controls the family-wise error rate under any dependence between tests,
 * which is what a run's tasks have (one model, one prompt change). Returned in input order.
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}
