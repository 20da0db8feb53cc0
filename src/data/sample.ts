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
  return stratifiedByRank(items, size, (item) => rank(seed, item.id));
}

/** `stratifiedSample` with the ranks given: a caller that needs them again computes each once. */
function stratifiedByRank<T extends Sampleable>(items: T[], size: number, rankOf: (item: T) => string): T[] {
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
      .map((item) => ({ item, rank: rankOf(item) }))
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
  // Each item's rank once: a SHA-256 each, then only string comparisons.
  const ranks = new Map(items.map((item) => [item, rank(seed, item.id)]));
  const byRank = (a: T, b: T) => ((ranks.get(a) as string) < (ranks.get(b) as string) ? -1 : 1);
  const quick = new Set(
    stratifiedByRank(items, Math.min(first, items.length), (item) => ranks.get(item) as string),
  );
  const groups = new Map<string, { rest: T[]; taken: number; count: number }>();
  for (const item of items) {
    const key = item.category ?? '';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { rest: [], taken: 0, count: 0 }));
    group.count++;
    if (quick.has(item)) group.taken++;
    else group.rest.push(item);
  }
  for (const group of groups.values()) group.rest.sort(byRank);
  const order = [...quick].sort(byRank);
  while (order.length < items.length) {
    const size = order.length + 1;
    let best: { rest: T[]; taken: number; count: number } | null = null;
    let bestDeficit = -Infinity;
    for (const group of groups.values()) {
      if (group.rest.length === 0) continue;
      const deficit = (size * group.count) / items.length - group.taken;
      if (deficit > bestDeficit) {
        bestDeficit = deficit;
        best = group;
      }
    }
    if (!best) break;
    order.push(best.rest.shift() as T);
    best.taken++;
  }
  return order;
}
