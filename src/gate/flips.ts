import type { Flip, Flips } from './comparison.js';
import type { ItemScore } from './items.js';

/** Reports show a handful of examples; the totals say how many there were. */
export const FLIPS_PER_SIDE = 20;
const OUTPUT_CHARS = 500;

/**
 * The items that moved between the runs, most telling first: for 0/1 scores exactly the
 * correct → wrong and wrong → correct items; for mean@N scores the largest moves.
 */
export function findFlips(
  pairs: readonly { candidate: ItemScore; baseline: ItemScore }[],
  limit = FLIPS_PER_SIDE,
): Flips {
  const worse = pairs.filter((p) => p.candidate.score < p.baseline.score);
  const better = pairs.filter((p) => p.candidate.score > p.baseline.score);
  // Largest move first, then item id, so the same runs always show the same examples.
  const order = (a: (typeof pairs)[number], b: (typeof pairs)[number]) =>
    Math.abs(b.candidate.score - b.baseline.score) - Math.abs(a.candidate.score - a.baseline.score) ||
    (a.candidate.item_id < b.candidate.item_id ? -1 : a.candidate.item_id > b.candidate.item_id ? 1 : 0);
  return {
    worse: worse.sort(order).slice(0, limit).map(toFlip),
    better: better.sort(order).slice(0, limit).map(toFlip),
    worse_total: worse.length,
    better_total: better.length,
  };
}

function toFlip({ candidate, baseline }: { candidate: ItemScore; baseline: ItemScore }): Flip {
  return {
    item_id: candidate.item_id,
    category: candidate.category,
    baseline_score: baseline.score,
    candidate_score: candidate.score,
    baseline_answer: baseline.answer,
    candidate_answer: candidate.answer,
    candidate_output: candidate.output === null ? null : candidate.output.slice(0, OUTPUT_CHARS),
  };
}
