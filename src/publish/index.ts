/**
 * Publishing runs to the static data protocol (docs/data-protocol.md): to a gh-pages branch
 * through the git CLI, or to a plain folder.
 */
export { publishRun, type PublishResult } from './publish-run.js';
export { promote, type PromoteOptions, type PromoteResult } from './promote.js';
export { resolvePublishConfig, type PublishRunOptions, type SiteOptions } from './options.js';
export type { PublishContext } from './prepare.js';
export { safeSegment, publishedRunId } from './safe-segment.js';
export { paths, RUN_FILES, monthOf } from './layout.js';
export { MAX_OUTPUT_CHARS } from './outputs.js';
export { PublishError } from './git.js';
export {
  PROTOCOL_VERSION,
  type Alert,
  type Baseline,
  type Baselines,
  type Manifest,
  type MonthIndex,
  type RunKind,
  type RunRow,
  type Series,
  type SeriesPoint,
  type TaskCell,
  type VerdictName,
} from './protocol.js';
export { verifySite, type SiteReport } from './verify-site.js';
