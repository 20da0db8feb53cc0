import type { Plan } from './plan.js';

export interface Shard {
  /** 1-based, as users write `shard: 2/3`. */
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count)
    throw new Error(`shard must look like i/N with 1 ≤ i ≤ N, not "${text}"`);
  return { index, count };
}

/**
 * A deterministic share of the items: every item of every task goes to exactly one shard
 * (round-robin over the plan's order), with all its samples and models, so shards merge back
 * into the unsharded run.
 */
export function shardPlan(plan: Plan, shard: Shard): Plan {
  let position = 0;
  const tasks = plan.tasks.map((task) => ({
    ...task,
    items: task.items.filter(() => position++ % shard.count === shard.index - 1),
  }));
  return { ...plan, tasks };
}
