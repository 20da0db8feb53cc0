import type { ModelConfig } from '../config/index.js';
import type { Plan } from './plan.js';
import { countUnits } from './plan.js';

export interface PlanEstimate {
  tasks: {
    task: string;
    items: number;
    samples: number;
    models: number;
    calls: number;
    judgeCalls: number;
  }[];
  models: string[];
  calls: number;
  /** The judge model's id when a task is judged (one judge call per model call), else null. */
  judge: string | null;
  judgeCalls: number;
  /** Rough: prompt characters / 4, plus max_tokens (or 256) per call for the completion. */
  promptTokens: number;
  completionTokens: number;
  /** At the config's prices; null when no model that would be called has a price. */
  cost: number | null;
}

const CHARS_PER_TOKEN = 4;
const DEFAULT_MAX_TOKENS = 256;

const tokensOf = (text: string): number => Math.ceil(text.length / CHARS_PER_TOKEN);

/**
 * What a run would do: items, calls (the judge's included), estimated tokens and cost; no call
 * is made. A judge call is counted with the item's prompt, the longest answer it may grade and
 * the rubric as its prompt.
 */
export function describePlan(plan: Plan, judge?: ModelConfig): PlanEstimate {
  let promptTokens = 0;
  let completionTokens = 0;
  let cost = 0;
  const add = (model: ModelConfig, prompt: number, completion: number) => {
    promptTokens += prompt;
    completionTokens += completion;
    cost += (prompt * model.price.input_per_mtok + completion * model.price.output_per_mtok) / 1e6;
  };
  const judged = (task: Plan['tasks'][number]) => task.instrument.judge !== null && judge !== undefined;
  const called = new Set<ModelConfig>(plan.models);
  for (const model of plan.models) {
    const answerTokens = model.params.max_tokens ?? DEFAULT_MAX_TOKENS;
    for (const task of plan.tasks) {
      const prompts = task.items.reduce((a, i) => a + tokensOf(i.prompt), 0) * task.samples;
      const calls = task.items.length * task.samples;
      add(model, prompts, calls * answerTokens);
      if (judged(task) && judge) {
        called.add(judge);
        const rubric = tokensOf(String(task.scorerOptions.rubric ?? ''));
        add(
          judge,
          prompts + calls * (answerTokens + rubric),
          calls * (judge.params.max_tokens ?? DEFAULT_MAX_TOKENS),
        );
      }
    }
  }
  const tasks = plan.tasks.map((t) => {
    const calls = t.items.length * t.samples * plan.models.length;
    return {
      task: t.id,
      items: t.items.length,
      samples: t.samples,
      models: plan.models.length,
      calls,
      judgeCalls: judged(t) ? calls : 0,
    };
  });
  const priced = [...called].some((m) => m.price.input_per_mtok > 0 || m.price.output_per_mtok > 0);
  return {
    tasks,
    models: plan.models.map((m) => m.id),
    calls: countUnits(plan),
    judge: tasks.some((t) => t.judgeCalls > 0) ? (judge?.id ?? null) : null,
    judgeCalls: tasks.reduce((a, t) => a + t.judgeCalls, 0),
    promptTokens,
    completionTokens,
    cost: priced ? cost : null,
  };
}
