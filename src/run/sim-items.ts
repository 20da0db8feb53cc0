import type { SimItem } from '../sim/index.js';
import type { Plan } from './plan.js';

/** What the simulator must know to play a model on this plan: each prompt and its gold answer. */
export function simItemsFromPlan(plan: Plan): SimItem[] {
  return plan.tasks.flatMap((task) =>
    task.items.map((item) => ({
      prompt: item.prompt,
      target: Array.isArray(item.target) ? (item.target[0] ?? null) : item.target,
      scorer: task.scorer.name,
      row: item.row,
    })),
  );
}
