/**
 * Reports: pure markdown and annotations for the PR comment, the check run, the job summary and
 * the issue of a scheduled run. `github` posts what this module renders.
 */
export {
  annotationForError,
  annotationsForComparison,
  batchAnnotations,
  type Annotation,
} from './annotations.js';
export { codeBlock, escapeInline, markerValue } from './escape.js';
export type { ExampleBudget } from './flips.js';
export { renderHistoryChart, type HistoryPoint } from './history-chart.js';
export { renderReport, CHECK_SUMMARY_LIMIT, COMMENT_LIMIT, type ReportInput } from './pr-report.js';
export { renderFailureReport, type FailureReportInput } from './failure-report.js';
export { renderEstimate } from './plan-estimate.js';
export { renderSummaryTable } from './summary-table.js';
export { renderComparisonTable } from './comparison-table.js';
export { Progress } from './progress.js';
