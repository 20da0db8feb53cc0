/**
 * Reports: pure markdown and annotations for the PR comment, the check run, the job summary and
 * the issue of a scheduled run. `github` posts what this module renders.
 */
export {
  annotationForError,
  annotationsForComparison,
  batchAnnotations,
  repoPath,
  ANNOTATIONS_PER_REQUEST,
  type Annotation,
} from './annotations.js';
export { codeBlock, escapeInline, markerValue } from './escape.js';
export { renderFlips, type ExampleBudget } from './flips.js';
export { renderHistoryChart, HISTORY_POINTS, type HistoryPoint } from './history-chart.js';
export { renderReport, CHECK_SUMMARY_LIMIT, COMMENT_LIMIT, type ReportInput } from './pr-report.js';
export { renderFailureReport, type FailureReportInput } from './failure-report.js';
