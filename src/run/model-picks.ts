import type { Config, ModelConfig } from '../config/index.js';
import { ConfigError } from '../errors.js';

/**
 * A model a run is asked for: a model of the config by id, or that id calling another served
 * model (a checkpoint) or endpoint. A new id takes the first model's settings as a candidate.
 * The id stays what runs are matched on. The CLI and the Action parse it from `ID=SERVED@URL`.
 */
export interface ModelPick {
  id: string;
  served?: string;
  baseUrl?: string;
}

/**
 * The models of a run: the picked ones, or every model but a reference model that is the judge
 * when none is picked. `step` (`--step`, the Action's `step`) makes every model run a training
 * checkpoint at that step, so a sweep with one matrix job per checkpoint publishes one series
 * (one curve) per model id.
 */
export function resolveModels(
  config: Config,
  picks: readonly ModelPick[],
  configFile: string,
  step?: number,
): ModelConfig[] {
  const models = pickModels(config, picks, configFile);
  return step === undefined ? models : models.map((m) => ({ ...m, role: 'training' as const, step }));
}

function pickModels(config: Config, picks: readonly ModelPick[], configFile: string): ModelConfig[] {
  if (picks.length === 0)
    // The judge is left out only as a reference model (a judge and nothing else); a candidate or a
    // training checkpoint that also judges is measured like any other.
    return config.models.filter(
      (m) => m.id !== config.judge?.model || m.role !== 'reference' || config.models.length === 1,
    );
  return picks.map(({ id, served, baseUrl }) => {
    const known = config.models.find((m) => m.id === id);
    if (!served) {
      if (!known)
        throw new ConfigError({ file: configFile }, `unknown model "${id}"`, {
          hint: `models: ${config.models.map((m) => m.id).join(', ')}`,
        });
      return known;
    }
    const template = known ?? { ...config.models[0], id, role: 'candidate' as const, step: undefined };
    return { ...template, model: served, base_url: baseUrl ?? template.base_url };
  });
}
