import { showBidiControls } from './bidi.js';

/**
 * ECharts renders tooltips as HTML. Every tooltip in the dashboard goes through a formatter that
 * builds its HTML from escaped text only, so a model name or task id cannot become markup there.
 */
export function escapeHtml(text: unknown): string {
  return showBidiControls(String(text)).replace(/[&<>"'`=/]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Tooltip lines: each line escaped, joined with <br>. */
export function tooltipLines(lines: unknown[]): string {
  return lines.map(escapeHtml).join('<br>');
}
