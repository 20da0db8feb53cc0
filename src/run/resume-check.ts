import type { EvalRecord, RunInfo } from '../artifacts.js';
import { EvalwardenError } from '../errors.js';
import { canonicalJson } from '../hash.js';
import type { Plan } from './plan.js';
import { modelProvenance } from './provenance.js';

/**
 * What a folder being resumed was made with that the plan now differs in: suite, config hash,
 * each model's served name, endpoint and params (its system prompt included) from its run.json
 * (when the run got as far as writing one), and each item's prompt from its records.
 */
export class PlanDrift {
  readonly #settings: string[] = [];
  readonly #changedModels = new Set<string>();
  readonly #prompts = new Map<string, string>();
  /** Items whose prompt changed, per task. */
  readonly #changedPrompts = new Map<string, Set<string>>();

  constructor(previous: RunInfo | undefined, plan: Plan, configHash: string) {
    for (const task of plan.tasks)
      for (const item of task.items) this.#prompts.set(`${task.id}\u0000${item.id}`, item.promptHash);
    if (!previous) return;
    if (previous.suite !== plan.suite) this.#settings.push(`suite: ${previous.suite} → ${plan.suite}`);
    for (const model of plan.models) {
      const before = previous.models.find((m) => m.model === model.id);
      if (!before) continue;
      const now = modelProvenance(model, undefined, null);
      for (const field of ['served_model', 'endpoint', 'params'] as const) {
        const [was, is] = [canonicalJson(before[field]), canonicalJson(now[field])];
        if (was === is) continue;
        this.#settings.push(`model ${model.id}: ${field} ${was} → ${is}`);
        this.#changedModels.add(model.id);
      }
    }
    if (previous.config_hash !== configHash && this.#settings.length === 0)
      this.#settings.push(`the config (hash ${previous.config_hash} → ${configHash})`);
  }

  /** Whether a record was made under settings the plan no longer has (noted for `changes`). */
  stale(record: EvalRecord): boolean {
    const now = this.#prompts.get(`${record.task}\u0000${record.item_id}`);
    if (now !== undefined && now !== record.prompt_hash) {
      const items = this.#changedPrompts.get(record.task) ?? new Set<string>();
      this.#changedPrompts.set(record.task, items.add(record.item_id));
      return true;
    }
    return this.#changedModels.has(record.model);
  }

  /** One line per difference, once every record has been through `stale`. */
  get changes(): string[] {
    const prompts = [...this.#changedPrompts].map(
      ([task, items]) => `task ${task}: the prompt of ${items.size} item(s), e.g. ${[...items][0]}`,
    );
    return [...this.#settings, ...prompts];
  }

  /** Refuses to mix runs unless forced; forced, says what will be redone. */
  check(outDir: string, force: boolean, staleCount: number, log: (line: string) => void): void {
    const changes = this.changes;
    if (changes.length === 0) return;
    if (!force)
      throw new EvalwardenError(
        `cannot resume ${outDir}: it was made with another plan (${changes.join('; ')})`,
        {
          hint: 'run without --resume to start over in this folder, use another --out, or add --force to keep what still matches and redo the rest',
        },
      );
    log(
      `resuming with --force despite: ${changes.join('; ')}; ${staleCount} finished item(s) will be redone`,
    );
  }
}
