import { describe, expect, it } from 'vitest';
import type { ItemScore } from '../src/gate/items.js';
import { testTask } from '../src/gate/task-test.js';
import { seededRandom } from '../src/stats/random.js';

function items(n: number, seed: number): ItemScore[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => ({
    item_id: `item-${i}`,
    item_hash: 'h',
    score: Math.round(random() * 7) / 7,
    weight: 1,
    cluster: `c${i % 17}`,
    category: null,
    binary: false,
    answer: null,
    output: null,
  }));
}

function shuffled<T>(values: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('a task test does not depend on the order records were read in', () => {
  // Shards merge, and records stream, in completion order: the verdict's numbers must be the same bits.
  const candidate = items(300, 1);
  const baseline = items(300, 2);
  for (const paired_test of ['t', 'bootstrap'] as const) {
    it(`paired (${paired_test})`, () => {
      const options = { paired_test, min_pairs: 10, seed: 7 };
      const { pairs: _a, ...inOrder } = testTask(candidate, baseline, options);
      for (const seed of [3, 4, 5]) {
        const { pairs: _b, ...reordered } = testTask(
          shuffled(candidate, seed),
          shuffled(baseline, seed + 10),
          options,
        );
        expect(reordered).toEqual(inOrder);
      }
    });
  }
  it('unpaired (Welch)', () => {
    const other = baseline.map((item) => ({ ...item, item_hash: 'changed' }));
    const options = { paired_test: 'auto' as const, min_pairs: 10, seed: 7 };
    const { pairs: _a, ...inOrder } = testTask(candidate, other, options);
    expect(inOrder.method).toBe('welch');
    const { pairs: _b, ...reordered } = testTask(shuffled(candidate, 3), shuffled(other, 4), options);
    expect(reordered).toEqual(inOrder);
  });
});

describe("a side's own interval", () => {
  it('stays inside [0, 1] for scores that do (a t interval near 1 would pass it)', () => {
    const scores = [...Array(27).fill(1), 0.5, 0.25, 0];
    const side = (hash: string) =>
      scores.map((score, i) => ({
        ...items(1, 0)[0],
        item_id: `i${i}`,
        item_hash: hash,
        cluster: null,
        score,
      }));
    // Unpaired (row hashes differ), so each side is estimated on its own.
    const { candidate, baseline, method } = testTask(side('a'), side('b'), {
      paired_test: 'auto',
      min_pairs: 10,
      seed: 0,
    });
    expect(method).toBe('welch');
    for (const s of [candidate, baseline]) {
      expect(s.mean).toBeCloseTo(0.925, 12);
      expect(s.ci!.high).toBe(1);
      expect(s.ci!.low).toBeGreaterThan(0.8);
    }
  });
});
