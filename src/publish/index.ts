/**
 * Publishing runs to the static data protocol (docs/data-protocol.md): to a gh-pages branch
 * through the git CLI, or to a plain folder.
 */
export { publishRun, type PublishResult } from './publish-run.js';
export { promote, type PromoteOptions, type PromoteResult } from './promote.js';
export type { PublishRunOptions, SiteOptions } from './options.js';
export type { PublishContext } from './prepare.js';
export { safeSegment } from './safe-segment.js';
export type {
  Alert,
  Baseline,
  Baselines,
  Manifest,
  MonthIndex,
  RunKind,
  RunRow,
  Series,
  SeriesPoint,
  TaskCell,
  VerdictName,
} from './protocol.js';
export { verifySite, type SiteReport } from './verify-site.js';
