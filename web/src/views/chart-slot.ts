/** A box for a chart: drawn after the view is in the document, disposed when it leaves. */
import { h } from '../ui/dom.js';
import type { ChartEvent, ChartOption } from '../charts/echarts.js';
import type { ViewContext } from './context.js';

type Charts = typeof import('../charts/echarts.js');

export function chartSlot(
  ctx: ViewContext,
  label: string,
  build: (charts: Charts) => { option: ChartOption; onClick?: (e: ChartEvent) => void },
  height = 420,
): HTMLElement {
  // The chart is a picture of the table that follows it; screen readers get the table.
  const el = h('div', { class: 'chart', role: 'img', 'aria-label': label, 'data-testid': 'chart' });
  el.style.height = `${height}px`;
  ctx.mounted(async () => {
    // Let the browser paint the view's text and tables first; the chart fills in a frame later.
    await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const charts = await import('../charts/echarts.js');
    if (ctx.signal.aborted) return;
    const { option, onClick } = build(charts);
    ctx.onDispose(charts.mountChart(el, option, onClick));
  });
  return el;
}
