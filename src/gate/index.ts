/**
 * The gate: pick a baseline, compare a candidate run with it task by task, decide verdicts.
 * Everything here is pure except `gateRun`/`gateFolders` and the readers in load.ts.
 */
export type {
  BaselineRef,
  Comparison,
  DeltaStats,
  Flip,
  Flips,
  Gating,
  ModelComparison,
  TaskComparison,
  TaskPolicy,
  TestMethod,
  Verdict,
} from './comparison.js';
export type { BaselineChoice, BaselineRun, CompareOptions, RunArtifacts } from './compare.js';
export type { ItemScore } from './items.js';
export { findDataDir, readPagesIndex, type PagesIndex } from './load.js';
export { resolveGatePolicy, type GatePolicy } from './policy.js';
export {
  gateFolders,
  gateRun,
  openGate,
  sequentialDesign,
  type BaselineRescorer,
  type OpenGate,
  type GateFoldersOptions,
  type GateRunOptions,
} from './run.js';
export type {
  CheckpointQuery,
  GitContext,
  PromotedBaseline,
  RunRow,
  SelectQuery,
  Selection,
} from './select.js';
export type { TaskTest } from './task-test.js';
export type { VerdictInput, VerdictOutput } from './verdict.js';
export {
  changeWords,
  MDE_FOOTNOTE,
  PAIRED_FOOTNOTE,
  pairedNote,
  savingSentence,
  stoppedSentence,
  underpoweredSentence,
  VERDICT_ICON,
  verdictIcon,
  verdictLabel,
  points,
} from './verdict-words.js';
export { failingErrors } from './error-rule.js';
