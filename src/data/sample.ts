import { hash } from 'node:crypto';

export interface Sampleable {
  id: string;
  category: string | null;
}

/** A deterministic pseudo-random rank for an item: the same seed draws the same items every run. */
function rank(seed: number, id: string): string {
  // One-shot: the same digest as a Hash object's, without building one per item.
  return hash('sha256', `${seed}\u0000${id}`, 'hex');
}

/**
 * Stratified sample of `size` items: each category gets a share proportional to its size
 * (largest remainder, at least one where there is room), and within a category the items
 * with the lowest seeded rank. Returned in the input order.
 */
export function stratifiedSample<T extends Sampleable>(items: T[], size: number, seed: number): T[] {
  if (size >= items.length) return items;
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = item.category ?? '';
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const quotas = allocate(
    [...groups.entries()].map(([key, group]) => ({ key, count: group.length })),
    size,
    items.length,
  );
  const chosen = new Set<T>();
  for (const [key, group] of groups) {
    // Each rank once, not twice per comparison: a hash each, and a sort makes n·log n comparisons.
    const ranked = group
      .map((item) => ({ item, rank: rank(seed, item.id) }))
      .sort((a, b) => (a.rank < b.rank ? -1 : 1));
    ranked.slice(0, quotas.get(key) ?? 0).forEach(({ item }) => chosen.add(item));
  }
  return items.filter((item) => chosen.has(item));
}

function allocate(
  groups: { key: string; count: number }[],
  size: number,
  total: number,
): Map<string, number> {
  const exact = groups.map((g) => ({ ...g, share: (size * g.count) / total }));
  const quotas = new Map(exact.map((g) => [g.key, Math.floor(g.share)]));
  // Every category is represented when the sample has room for one of each.
  if (size >= groups.length) for (const g of exact) if (quotas.get(g.key) === 0) quotas.set(g.key, 1);
  let left = size - [...quotas.values()].reduce((a, b) => a + b, 0);
  const byRemainder = [...exact].sort(
    (a, b) => b.share - Math.floor(b.share) - (a.share - Math.floor(a.share)) || (a.key < b.key ? -1 : 1),
  );
  for (const g of byRemainder) {
    if (left <= 0) break;
    if ((quotas.get(g.key) ?? 0) < g.count) {
      quotas.set(g.key, (quotas.get(g.key) ?? 0) + 1);
      left--;
    }
  }
  // Over-allocation from the at-least-one rule comes off the largest groups.
  const bySize = [...exact].sort((a, b) => (quotas.get(b.key) ?? 0) - (quotas.get(a.key) ?? 0));
  for (let i = 0; left < 0 && i < bySize.length * size; i++) {
    const g = bySize[i % bySize.length];
    if ((quotas.get(g.key) ?? 0) > 1) {
      quotas.set(g.key, (quotas.get(g.key) ?? 0) - 1);
      left++;
    }
  }
  return quotas;
}

/**
 * A fixed seeded order of all items whose every prefix is stratified: first the pinned quick draw
 * (`stratifiedSample(items, first, seed)`, so quick baselines keep pairing), then one item at a
 * time from the category furthest below its proportional share, lowest seeded rank first. The
 * looks of a sequential suite are prefixes of this order.
 */
export function sequentialOrder<T extends Sampleable>(items: T[], first: number, seed: number): T[] {
  // Each item ranked once (a SHA-256 each) and one sort by rank: every later step walks that list.
  const ranked = items
    .map((item) => ({ item, rank: rank(seed, item.id) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : 1));
  const groups = new Map<string, { ranked: T[]; next: number; count: number }>();
  for (const item of items) {
    const key = item.category ?? '';
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { ranked: [], next: 0, count: 1 });
  }
  for (const { item } of ranked) groups.get(item.category ?? '')?.ranked.push(item);
  // The quick draw is `stratifiedSample`'s: each category's quota of its lowest ranks.
  const size = Math.min(first, items.length);
  const quotas =
    size < items.length
      ? allocate(
          [...groups].map(([key, group]) => ({ key, count: group.count })),
          size,
          items.length,
        )
      : null;
  for (const [key, group] of groups) group.next = quotas ? (quotas.get(key) ?? 0) : group.count;
  const seen = new Map<string, number>();
  const order: T[] = [];
  for (const { item } of ranked) {
    const key = item.category ?? '';
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    if (k < (groups.get(key)?.next ?? 0)) order.push(item);
  }
  while (order.length < items.length) {
    const size = order.length + 1;
    let best: { ranked: T[]; next: number; count: number } | null = null;
    let bestDeficit = -Infinity;
    for (const group of groups.values()) {
      if (group.next >= group.ranked.length) continue;
      // `next` is also how many of the group's items the order holds.
      const deficit = (size * group.count) / items.length - group.next;
      if (deficit > bestDeficit) {
        bestDeficit = deficit;
        best = group;
      }
    }
    if (!best) break;
    order.push(best.ranked[best.next++]);
  }
  return order;
}
