import type { Plan } from './plan.js';
import { countUnits } from './plan.js';

export interface PlanEstimate {
  tasks: { task: string; items: number; samples: number; calls: number }[];
  models: string[];
  calls: number;
  /** Rough: prompt characters / 4, plus max_tokens (or 256) per call for the completion. */
  promptTokens: number;
  completionTokens: number;
  cost: number;
}

const CHARS_PER_TOKEN = 4;

/** What a run would do: items, calls, estimated tokens and cost; no call is made. */
export function describePlan(plan: Plan): PlanEstimate {
  let promptTokens = 0;
  let completionTokens = 0;
  let cost = 0;
  for (const model of plan.models) {
    for (const task of plan.tasks) {
      const prompt = task.items.reduce((a, i) => a + Math.ceil(i.prompt.length / CHARS_PER_TOKEN), 0) * task.samples;
      const completion = task.items.length * task.samples * (model.params.max_tokens ?? 256);
      promptTokens += prompt;
      completionTokens += completion;
      cost += (prompt * model.price.input_per_mtok + completion * model.price.output_per_mtok) / 1e6;
    }
  }
  return {
    tasks: plan.tasks.map((t) => ({ task: t.id, items: t.items.length, samples: t.samples, calls: t.items.length * t.samples * plan.models.length })),
    models: plan.models.map((m) => m.id),
    calls: countUnits(plan),
    promptTokens,
    completionTokens,
    cost,
  };
}
