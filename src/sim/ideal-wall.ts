/**
 * The least wall time N requests can take at capacity C and latency L: ceil(N/C) waves of L.
 * Benchmarks report their time against this, since the simulator adds next to nothing.
 */
export function idealWallMs(n: number, capacity: number, latencyMs: number): number {
  return Math.ceil(n / capacity) * latencyMs;
}
