/**
 * The data protocol as the dashboard reads it (docs/data-protocol.md): the publisher's own types,
 * so writer and reader cannot drift. Type-only imports: nothing of the publisher is bundled.
 */
export type {
  RunInfo,
  Summary,
  ModelSummary,
  TaskSummary,
  MetricSummary,
  EvalRecord,
} from '../../../src/artifacts.js';
export type {
  Alert,
  Baselines,
  Manifest,
  MonthIndex,
  RunKind,
  RunRow,
  Series,
  SeriesPoint,
  VerdictName as Verdict,
} from '../../../src/publish/protocol.js';
export type { Baseline as BaselineEntry } from '../../../src/publish/protocol.js';
import type { Manifest, RunRow } from '../../../src/publish/protocol.js';

export type Role = RunRow['role'];
export type TaskScores = RunRow['tasks'];
export type TaskInfo = Manifest['tasks'][number];
export type ModelInfo = Manifest['models'][number];

/** index.json versions this dashboard reads: 1 (before categories and higher_is_better) and 2. */
export const SUPPORTED_SCHEMA_VERSION = 2;
