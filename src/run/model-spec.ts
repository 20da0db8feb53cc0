import type { Config, ModelConfig } from '../config/types.js';
import { ConfigError } from '../errors.js';

/**
 * `--model` values: `ID` picks a model of the config; `ID=SERVED` or `ID=SERVED@BASE_URL`
 * overrides what it calls (a checkpoint, another endpoint), or adds a candidate with the first
 * model's settings when ID is new. The model id stays what runs are matched on.
 */
export function resolveModels(config: Config, specs: string[], configFile: string): ModelConfig[] {
  if (specs.length === 0)
    return config.models.filter((m) => m.id !== config.judge?.model || config.models.length === 1);
  return specs.map((spec) => {
    const match = /^([A-Za-z0-9][A-Za-z0-9._-]{0,127})(?:=([^@]+)(?:@(https?:\/\/\S+))?)?$/.exec(spec);
    if (!match) {
      throw new ConfigError(
        { file: configFile },
        `--model "${spec}" is not ID, ID=SERVED_MODEL or ID=SERVED_MODEL@BASE_URL`,
      );
    }
    const [, id, served, baseUrl] = match;
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
