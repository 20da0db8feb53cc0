import type { EvalRecord } from '../artifacts.js';

/** One item's result: the mean over its scored samples (the item, not the sample, is the unit). */
export interface ItemScore {
  item_id: string;
  item_hash: string;
  /** Mean of the primary metric over the item's scored samples. */
  score: number;
  /** Weight of the item in a ratio metric (IFEval: its instruction count); 1 otherwise. */
  weight: number;
  cluster: string | null;
  category: string | null;
  /** Whether every scored sample was exactly 0 or 1. */
  binary: boolean;
  /** The first scored sample's extracted answer and output, for flipped examples. */
  answer: string | null;
  output: string | null;
}

/** model → task → item key → item. Keys join item id and row hash: a changed row never pairs. */
export type ItemIndex = Map<string, Map<string, Map<string, ItemScore>>>;

export function itemKey(itemId: string, itemHash: string): string {
  return `${itemId}\u0000${itemHash}`;
}

/**
 * Average each item's scored samples. Records with an error or no score are left out: an
 * infrastructure error is a missing measurement, never a wrong answer.
 */
export function indexItems(
  records: Iterable<EvalRecord>,
  primaryMetric: (task: string) => string | undefined = () => undefined,
): ItemIndex {
  const index: ItemIndex = new Map();
  // Several samples of one item: their count and the first sample's number, beside the item.
  const samples = new Map<ItemScore, { count: number; first: number }>();
  for (const record of records) {
    if (record.error !== null || record.score === null || !Number.isFinite(record.score)) continue;
    let tasks = index.get(record.model);
    if (!tasks) index.set(record.model, (tasks = new Map()));
    let items = tasks.get(record.task);
    if (!items) tasks.set(record.task, (items = new Map()));
    const key = itemKey(record.item_id, record.item_hash);
    const item = items.get(key);
    const binary = record.score === 0 || record.score === 1;
    if (!item) {
      const created: ItemScore = {
        item_id: record.item_id,
        item_hash: record.item_hash,
        score: record.score,
        weight: primaryWeight(record, primaryMetric(record.task)),
        cluster: record.cluster,
        category: record.category,
        binary,
        answer: record.answer,
        output: record.output,
      };
      items.set(key, created);
      // Sample numbers are ≥ 0: only a first record that is not sample 0 needs its number kept.
      if (record.sample !== 0) samples.set(created, { count: 1, first: record.sample });
      continue;
    }
    // Until the end, a repeated item's score is the sum of its samples' scores.
    let seen = samples.get(item);
    if (!seen) samples.set(item, (seen = { count: 1, first: 0 }));
    item.score += record.score;
    seen.count += 1;
    item.binary &&= binary;
    if (record.sample < seen.first) {
      seen.first = record.sample;
      item.answer = record.answer;
      item.output = record.output;
    }
  }
  for (const [item, { count }] of samples) {
    if (count === 1) continue;
    item.score /= count;
    // A mean of several 0/1 samples is no longer a 0/1 score: McNemar does not apply.
    item.binary &&= item.score === 0 || item.score === 1;
  }
  return index;
}

function primaryWeight(record: EvalRecord, metric: string | undefined): number {
  const weight = metric === undefined ? undefined : record.weights?.[metric];
  return weight !== undefined && weight > 0 ? weight : 1;
}
