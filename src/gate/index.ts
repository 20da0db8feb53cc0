/**
 * The gate: pick a baseline, compare a candidate run with it task by task, decide verdicts.
 * Everything here is pure except `gateRun`/`gateFolders` and the readers in load.ts.
 */
export { findAcceptance } from './acceptance.js';
export {
  COMPARISON_SCHEMA_VERSION,
  VERDICT_ORDER,
  type BaselineRef,
  type Comparison,
  type DeltaStats,
  type Flip,
  type Flips,
  type Gating,
  type ModelComparison,
  type TaskComparison,
  type TaskPolicy,
  type TestMethod,
  type Verdict,
} from './comparison.js';
export {
  compareRuns,
  type BaselineChoice,
  type BaselineRun,
  type CompareOptions,
  type RunArtifacts,
} from './compare.js';
export { findFlips, FLIPS_PER_SIDE } from './flips.js';
export { indexItems, type ItemScore } from './items.js';
export {
  findDataDir,
  readPagesIndex,
  readPublishedRun,
  readResultsFolder,
  type PagesIndex,
} from './load.js';
export { gateDefaults, resolveGatePolicy, type GatePolicy } from './policy.js';
export {
  gateFolders,
  gateRun,
  type BaselineRescorer,
  type GateFoldersOptions,
  type GateRunOptions,
} from './run.js';
export {
  selectBaseline,
  selectCheckpoints,
  type CheckpointQuery,
  type GitContext,
  type PromotedBaseline,
  type RunRow,
  type SelectQuery,
  type Selection,
} from './select.js';
export { testPaired, testTask, type TaskTest } from './task-test.js';
export { decideVerdicts, type VerdictInput, type VerdictOutput } from './verdict.js';
