/**
 * Pairs two runs' sample records by task and item (only where the dataset row is the same, as
 * the gate pairs them) and finds the items whose verdict flipped. An item is correct when the
 * mean of its scored samples is at least 0.5; records with an infrastructure error don't count.
 */
import type { EvalRecord } from '../data/protocol.js';

export interface ItemResult {
  task: string;
  item_id: string;
  item_hash: string;
  category: string | null;
  mean: number;
  records: EvalRecord[];
}

export interface Flip {
  task: string;
  item_id: string;
  category: string | null;
  kind: 'fixed' | 'broken';
  a: ItemResult;
  b: ItemResult;
}

export function byItem(records: EvalRecord[]): Map<string, ItemResult> {
  const out = new Map<string, ItemResult>();
  for (const r of records) {
    const key = `${r.task}\u0000${r.item_id}`;
    let item = out.get(key);
    if (!item)
      out.set(
        key,
        (item = {
          task: r.task,
          item_id: r.item_id,
          item_hash: r.item_hash,
          category: r.category,
          mean: Number.NaN,
          records: [],
        }),
      );
    item.records.push(r);
  }
  for (const item of out.values()) {
    const scored = item.records.filter((r) => r.error === null && typeof r.score === 'number');
    item.mean = scored.length
      ? scored.reduce((a, r) => a + (r.score as number), 0) / scored.length
      : Number.NaN;
  }
  return out;
}

export function flips(a: EvalRecord[], b: EvalRecord[]): Flip[] {
  const A = byItem(a);
  const out: Flip[] = [];
  for (const [key, bi] of byItem(b)) {
    const ai = A.get(key);
    if (!ai || ai.item_hash !== bi.item_hash || Number.isNaN(ai.mean) || Number.isNaN(bi.mean)) continue;
    const wasRight = ai.mean >= 0.5;
    const isRight = bi.mean >= 0.5;
    if (wasRight !== isRight)
      out.push({
        task: bi.task,
        item_id: bi.item_id,
        category: bi.category,
        kind: isRight ? 'fixed' : 'broken',
        a: ai,
        b: bi,
      });
  }
  return out.sort(
    (x, y) =>
      (x.kind === y.kind ? 0 : x.kind === 'broken' ? -1 : 1) ||
      x.task.localeCompare(y.task) ||
      x.item_id.localeCompare(y.item_id),
  );
}
