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
  const sums = new Map<
    string,
    Map<string, Map<string, ItemScore & { count: number; firstSample: number }>>
  >();
  for (const record of records) {
    if (record.error !== null || record.score === null || !Number.isFinite(record.score)) continue;
    let tasks = sums.get(record.model);
    if (!tasks) sums.set(record.model, (tasks = new Map()));
    let items = tasks.get(record.task);
    if (!items) tasks.set(record.task, (items = new Map()));
    const key = itemKey(record.item_id, record.item_hash);
    const entry = items.get(key);
    const binary = record.score === 0 || record.score === 1;
    if (!entry) {
      items.set(key, {
        item_id: record.item_id,
        item_hash: record.item_hash,
        score: record.score,
        weight: primaryWeight(record, primaryMetric(record.task)),
        cluster: record.cluster,
        category: record.category,
        binary,
        answer: record.answer,
        output: record.output,
        count: 1,
        firstSample: record.sample,
      });
    } else {
      entry.score += record.score;
      entry.count += 1;
      entry.binary &&= binary;
      if (record.sample < entry.firstSample) {
        entry.firstSample = record.sample;
        entry.answer = record.answer;
        entry.output = record.output;
      }
    }
  }
  const index: ItemIndex = new Map();
  for (const [model, tasks] of sums) {
    const outTasks = new Map<string, Map<string, ItemScore>>();
    for (const [task, items] of tasks) {
      const outItems = new Map<string, ItemScore>();
      for (const [key, { count, firstSample: _first, ...item }] of items) {
        const score = item.score / count;
        // A mean of several 0/1 samples is no longer a 0/1 score: McNemar does not apply.
        outItems.set(key, { ...item, score, binary: item.binary && (score === 0 || score === 1) });
      }
      outTasks.set(task, outItems);
    }
    index.set(model, outTasks);
  }
  return index;
}

function primaryWeight(record: EvalRecord, metric: string | undefined): number {
  const weight = metric === undefined ? undefined : record.weights?.[metric];
  return weight !== undefined && weight > 0 ? weight : 1;
}
