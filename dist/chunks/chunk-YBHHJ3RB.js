import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  sha256Hex
} from "./chunk-BHQOCA2E.js";

// src/data/sample.ts
function rank(seed, id) {
  return sha256Hex(`${seed}\0${id}`);
}
function stratifiedSample(items, size, seed) {
  if (size >= items.length) return items;
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const key = item.category ?? "";
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const quotas = allocate(
    [...groups.entries()].map(([key, group]) => ({ key, count: group.length })),
    size,
    items.length
  );
  const chosen = /* @__PURE__ */ new Set();
  for (const [key, group] of groups) {
    const ranked = group.map((item) => ({ item, rank: rank(seed, item.id) })).sort((a, b) => a.rank < b.rank ? -1 : 1);
    ranked.slice(0, quotas.get(key) ?? 0).forEach(({ item }) => chosen.add(item));
  }
  return items.filter((item) => chosen.has(item));
}
function allocate(groups, size, total) {
  const exact = groups.map((g) => ({ ...g, share: size * g.count / total }));
  const quotas = new Map(exact.map((g) => [g.key, Math.floor(g.share)]));
  if (size >= groups.length) {
    for (const g of exact) if (quotas.get(g.key) === 0) quotas.set(g.key, 1);
  }
  let left = size - [...quotas.values()].reduce((a, b) => a + b, 0);
  const byRemainder = [...exact].sort(
    (a, b) => b.share - Math.floor(b.share) - (a.share - Math.floor(a.share)) || (a.key < b.key ? -1 : 1)
  );
  for (const g of byRemainder) {
    if (left <= 0) break;
    if ((quotas.get(g.key) ?? 0) < g.count) {
      quotas.set(g.key, (quotas.get(g.key) ?? 0) + 1);
      left--;
    }
  }
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
function sequentialOrder(items, first, seed) {
  const quick = new Set(stratifiedSample(items, Math.min(first, items.length), seed));
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const key = item.category ?? "";
    let group = groups.get(key);
    if (!group) groups.set(key, group = { rest: [], taken: 0, count: 0 });
    group.count++;
    if (quick.has(item)) group.taken++;
    else group.rest.push(item);
  }
  for (const group of groups.values()) {
    const ranks = new Map(group.rest.map((item) => [item, rank(seed, item.id)]));
    group.rest.sort((a, b) => ranks.get(a) < ranks.get(b) ? -1 : 1);
  }
  const order = [...quick].sort((a, b) => rank(seed, a.id) < rank(seed, b.id) ? -1 : 1);
  while (order.length < items.length) {
    const size = order.length + 1;
    let best = null;
    let bestDeficit = -Infinity;
    for (const group of groups.values()) {
      if (group.rest.length === 0) continue;
      const deficit = size * group.count / items.length - group.taken;
      if (deficit > bestDeficit) {
        bestDeficit = deficit;
        best = group;
      }
    }
    if (!best) break;
    order.push(best.rest.shift());
    best.taken++;
  }
  return order;
}

export {
  stratifiedSample,
  sequentialOrder
};
