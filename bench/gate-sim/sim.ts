import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';

/**
 * Latent item difficulty p_i ~ Beta(a, b) with mean μ. Two runs of one model on one item are
 * independent Bernoulli(p_i) draws, so their item-by-item correlation is Var(p)/(μ(1−μ)) =
 * 1/(a+b+1): a target correlation r fixes a + b = 1/r − 1.
 */
export function betaParameters(mean: number, correlation: number): { a: number; b: number } {
  const total = 1 / correlation - 1;
  return { a: mean * total, b: (1 - mean) * total };
}

/**
 * Draws from Beta(a, b) by inverse CDF on a fine grid of the stdlib quantile: the grid is computed
 * once (K quantiles at the midpoints (k + ½)/K), and a draw picks one of them uniformly. With
 * K = 2¹⁶ this is Beta(a, b) up to a discretisation far below the simulation's noise, and it keeps
 * 60 million draws within seconds.
 */
export function betaSampler(a: number, b: number, gridSize = 1 << 16): (random: () => number) => number {
  const grid = new Float64Array(gridSize);
  for (let k = 0; k < gridSize; k++) grid[k] = betaQuantile((k + 0.5) / gridSize, a, b);
  return (random) => grid[Math.floor(random() * gridSize)];
}

/** One task of one simulated PR: the baseline's and the candidate's 0/1 score per item. */
export interface SimTask {
  baseline: number[];
  candidate: number[];
}

/**
 * Simulate one task: latent p_i for `items` items, a baseline run at p_i and a candidate run at
 * scale·p_i (scale < 1 drops the task's mean by (1 − scale)·μ).
 */
export function simulateTask(
  items: number,
  scale: number,
  draw: (random: () => number) => number,
  random: () => number,
): SimTask {
  const baseline = new Array<number>(items);
  const candidate = new Array<number>(items);
  for (let i = 0; i < items; i++) {
    const p = draw(random);
    baseline[i] = random() < p ? 1 : 0;
    candidate[i] = random() < p * scale ? 1 : 0;
  }
  return { baseline, candidate };
}
