import { escapeInline } from './escape.js';

export interface FailureReportInput {
  /** One line: what went wrong (the entry point's formatted error). */
  message: string;
  hint?: string | null;
  marker?: string;
  runUrl?: string | null;
}

/** The report when nothing could be measured: a bad config, a dead endpoint, a crash. */
export function renderFailureReport(input: FailureReportInput): string {
  const lines: string[] = [];
  if (input.marker) lines.push(input.marker);
  lines.push('### 🛑 evalwarden: **error**', '', escapeInline(input.message, 2000), '');
  if (input.hint) lines.push(`Hint: ${escapeInline(input.hint, 1000)}`, '');
  lines.push('Nothing was gated: the model was not measured, which is never a pass.');
  if (input.runUrl && /^https?:\/\/[^\s()<>]+$/.test(input.runUrl))
    lines.push('', `<sub>[Workflow run](${input.runUrl}) · evalwarden</sub>`);
  return `${lines.join('\n')}\n`;
}
