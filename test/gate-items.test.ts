import { describe, expect, it } from 'vitest';
import type { EvalRecord } from '../src/artifacts.js';
import { indexItems, itemKey } from '../src/gate/items.js';
import { testTask } from '../src/gate/task-test.js';

function record(
  item: string,
  sample: number,
  score: number | null,
  extra: Partial<EvalRecord> = {},
): EvalRecord {
  return {
    model: 'm',
    task: 't',
    item_id: item,
    item_hash: `h-${item}`,
    sample,
    category: null,
    cluster: null,
    score,
    scores: score === null ? {} : { acc: score },
    answer: `answer ${sample}`,
    output: `output ${sample}`,
    error: null,
    ...extra,
  } as unknown as EvalRecord;
}

describe('the item index (one entry per item: the mean of its scored samples)', () => {
  it('averages samples in any order, keeps the lowest sample’s answer, and skips errors', () => {
    const items = indexItems([
      record('a', 2, 1),
      record('a', 0, 0),
      record('b', 1, 1),
      record('a', 1, 1),
      record('b', 0, null, { error: { kind: 'timeout', message: 'x' } } as Partial<EvalRecord>),
      record('c', 0, 1),
      record('c', 1, 1),
    ])
      .get('m')!
      .get('t')!;
    const a = items.get(itemKey('a', 'h-a'))!;
    expect(a.score).toBeCloseTo(2 / 3, 12);
    expect(a.binary).toBe(false);
    expect(a.answer).toBe('answer 0');
    // Only sample 1 of b was scored: its own answer, its score, still 0/1.
    expect(items.get(itemKey('b', 'h-b'))).toMatchObject({ score: 1, binary: true, answer: 'answer 1' });
    expect(items.get(itemKey('c', 'h-c'))).toMatchObject({ score: 1, binary: true, answer: 'answer 0' });
  });

  it('a test pairs the same items from an index or from a list', () => {
    const base = indexItems(['a', 'b', 'c', 'd'].map((i, k) => record(i, 0, k % 2)))
      .get('m')!
      .get('t')!;
    const cand = indexItems(['d', 'c', 'b', 'a', 'e'].map((i) => record(i, 0, 1)))
      .get('m')!
      .get('t')!;
    const options = { paired_test: 'auto' as const, min_pairs: 2, seed: 0 };
    const fromIndex = testTask(cand, base, options);
    const fromList = testTask([...cand.values()], [...base.values()], options);
    expect(fromIndex.pairs.map((p) => p.candidate.item_id)).toEqual(['a', 'b', 'c', 'd']);
    expect(fromList).toEqual(fromIndex);
  });
});
