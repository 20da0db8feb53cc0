export {
  baseCommitConfig,
  displayPath,
  loadConfig,
  parseConfig,
  scorerConfig,
  type LoadedConfig,
  type LoadConfigOptions,
} from './load.js';
export { secretVariables } from './interpolate.js';
export type * from './types.js';
export type {
  GenerationParams,
  Acceptance,
  Config,
  GateConfig,
  TaskConfig,
  GateVerdictName,
  DatasetConfig,
  FieldMap,
  ScorerConfig,
  PublishConfig,
  ModelConfig,
  RunConfig,
} from './types.js';
export { parseLocated, locate } from './positions.js';
