import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import type { Acceptance, GateConfig, TaskConfig } from '../config/index.js';
import type { TaskPolicy } from './comparison.js';

/** The gate's policy with every default filled and every task's overrides applied. */
export interface GatePolicy {
  correction: GateConfig['correction'];
  paired_test: GateConfig['paired_test'];
  fail_on: GateConfig['fail_on'];
  accept: Acceptance[];
  accept_label: string;
  defaults: TaskPolicy;
  /** Per-task overrides from `tasks[].gate`, already merged over the defaults. */
  tasks: Record<string, TaskPolicy>;
}

interface SchemaProperty {
  default?: unknown;
}

/**
 * The gate section's defaults, read from schemas/config.schema.json: the schema is the one place
 * defaults live, so a config loaded elsewhere and this fallback cannot drift apart.
 */
export function gateDefaults(): GateConfig {
  const properties = (
    configSchema as { definitions: { gate: { properties: Record<string, SchemaProperty> } } }
  ).definitions.gate.properties;
  const defaults: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(properties)) {
    if (property.default !== undefined) defaults[key] = structuredClone(property.default);
  }
  return defaults as unknown as GateConfig;
}

/** Fill a (possibly partial) gate config from the schema's defaults and apply per-task overrides. */
export function resolveGatePolicy(
  gate: Partial<GateConfig> | undefined,
  tasks: readonly Pick<TaskConfig, 'id' | 'gate'>[] = [],
): GatePolicy {
  const full: GateConfig = { ...gateDefaults(), ...stripUndefined(gate ?? {}) };
  const defaults: TaskPolicy = {
    max_drop: full.max_drop,
    alpha: full.alpha,
    critical: false,
    min_items: full.min_items,
    max_error_rate: full.max_error_rate,
  };
  const perTask: Record<string, TaskPolicy> = {};
  for (const task of tasks) {
    if (task.gate) perTask[task.id] = { ...defaults, ...stripUndefined(task.gate) };
  }
  return {
    correction: full.correction,
    paired_test: full.paired_test,
    fail_on: full.fail_on,
    accept: full.accept ?? [],
    accept_label: full.accept_label,
    defaults,
    tasks: perTask,
  };
}

export function taskPolicy(policy: GatePolicy, task: string): TaskPolicy {
  return policy.tasks[task] ?? policy.defaults;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
