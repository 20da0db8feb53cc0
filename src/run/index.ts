// The door of src/run/: what other modules may use.
export { readRecordsArray, readRecords, recordKey, writeRecordsFile } from './records-file.js';
export type { PlanEstimate } from './dry-run.js';
export { runEval, type RunOptions, type RunResult } from './pipeline.js';
export { runLooks, type LooksOptions } from './looks.js';
export { parseShard, type Shard } from './shard.js';
export { writeFileAtomic } from './atomic-write.js';
export { refuseSystemPath } from './user-paths.js';
export { buildPlan } from './plan.js';
export { NO_GIT } from './provenance.js';
export { simItemsFromPlan } from './sim-items.js';
export { mergeShards } from './merge.js';
export { resolveModels, type ModelPick } from './model-picks.js';
export { aggregate } from './summarize.js';
export { createBaselineRescorer } from './rescore-baseline.js';
