export {
  displayPath,
  loadConfig,
  parseConfig,
  scorerConfig,
  type LoadedConfig,
  type LoadConfigOptions,
} from './load.js';
export type * from './types.js';
