import { describe, expect, test } from 'vitest';
import { stratifiedSample } from '../src/data/sample.js';

describe('quick-suite sampling', () => {
  // A quick run pairs item by item with baselines drawn by earlier versions: the draw for a
  // given seed must never change. These ids were drawn by the first version of the sampler.
  test('the same seed draws the same items as every earlier version, one share per category', () => {
    const items = Array.from({ length: 60 }, (_, i) => ({
      id: `q${i}`,
      category: i % 3 === 2 && i > 40 ? null : ['math', 'code', 'rag'][i % 3],
    }));
    const drawn = stratifiedSample(items, 12, 7);
    expect(drawn.map((i) => i.id)).toEqual([
      'q0',
      'q1',
      'q2',
      'q3',
      'q6',
      'q7',
      'q26',
      'q31',
      'q38',
      'q42',
      'q52',
      'q56',
    ]);
    expect(stratifiedSample(items, 12, 8).map((i) => i.id)).not.toEqual(drawn.map((i) => i.id));
  });
});
