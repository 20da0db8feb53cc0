/**
 * ECharts, tree-shaken to the chart types the dashboard draws (heatmap, line with bands, radar)
 * and the components they use, on the canvas renderer. Loaded lazily by the views
 * that draw charts; the leaderboard never waits for it.
 */
import * as echarts from 'echarts/core';
import { HeatmapChart, LineChart, RadarChart } from 'echarts/charts';
import {
  DataZoomInsideComponent,
  GridComponent,
  LegendComponent,
  MarkPointComponent,
  RadarComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  HeatmapChart,
  LineChart,
  RadarChart,
  DataZoomInsideComponent,
  GridComponent,
  LegendComponent,
  MarkPointComponent,
  RadarComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  CanvasRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;
export interface ChartEvent {
  seriesIndex?: number;
  dataIndex: number;
  data: unknown;
  value?: unknown;
  componentType: string;
}

export function isDark(): boolean {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

/** Colours that read on both themes (checked against WCAG contrast on the page background). */
export function palette() {
  const dark = isDark();
  return {
    text: dark ? '#e6e6e6' : '#1f2328',
    muted: dark ? '#9aa4ae' : '#59636e',
    grid: dark ? '#30363d' : '#d0d7de',
    missing: dark ? '#3b4048' : '#e3e6ea',
    bad: dark ? '#ff7b72' : '#cf222e',
    good: dark ? '#56d364' : '#1a7f37',
    warn: dark ? '#e3b341' : '#9a6700',
    series: dark
      ? ['#58a6ff', '#f0883e', '#a371f7', '#3fb950', '#ff7b72', '#e3b341', '#79c0ff', '#db61a2']
      : ['#0969da', '#bc4c00', '#8250df', '#1a7f37', '#cf222e', '#9a6700', '#0550ae', '#bf3989'],
  };
}

/**
 * Draws `option` into `el` and returns a disposer. Every option must bring its own escaping
 * tooltip formatter (see ui/escape.ts); this adds one that shows nothing if a caller forgot.
 */
export function mountChart(
  el: HTMLElement,
  option: ChartOption,
  onClick?: (event: ChartEvent) => void,
): () => void {
  const started = performance.now();
  const chart = echarts.init(el, isDark() ? 'dark' : undefined, { renderer: 'canvas' });
  const inited = performance.now();
  const opt = {
    backgroundColor: 'transparent',
    animation: false,
    textStyle: { color: palette().text },
    ...option,
  } as Record<string, unknown>;
  const tooltip = opt.tooltip as Record<string, unknown> | undefined;
  if (tooltip && typeof tooltip.formatter !== 'function') tooltip.formatter = () => '';
  chart.setOption(opt);
  performance.measure('evalwarden:chart', {
    start: started,
    detail: { init: inited - started, draw: performance.now() - inited },
  });
  if (onClick) chart.on('click', (e) => onClick(e as unknown as ChartEvent));
  // ResizeObserver reports the initial size too; redrawing for it would draw every chart twice.
  let size = `${el.clientWidth}x${el.clientHeight}`;
  const resize = new ResizeObserver(() => {
    const now = `${el.clientWidth}x${el.clientHeight}`;
    if (now === size || chart.isDisposed()) return;
    size = now;
    chart.resize();
  });
  resize.observe(el);
  return () => {
    resize.disconnect();
    disposeSafely(chart);
  };
}

/**
 * Draws one tiny chart of each kind into a detached box and throws it away. Run when the browser
 * is idle after the first view: V8 compiles ECharts' drawing code on first use, and paying that
 * here instead of on the first chart view makes the first switch as quick as later ones.
 */
export function warmUp(): void {
  const el = document.createElement('div');
  const chart = echarts.init(el, undefined, { renderer: 'canvas', width: 240, height: 160 });
  // Big enough for V8 to optimise the per-cell and per-point paths, small enough to stay idle work.
  const cells = Array.from({ length: 900 }, (_, i) => [i % 30, Math.floor(i / 30), (i % 7) / 7]);
  const line = Array.from({ length: 200 }, (_, i) => [i, (i % 13) / 13]);
  chart.setOption({
    animation: false,
    tooltip: { formatter: () => '' },
    grid: [
      { left: 0, top: 0, width: 100, height: 100 },
      { left: 120, top: 0, width: 100, height: 100 },
    ],
    xAxis: [
      { type: 'category', data: Array.from({ length: 30 }, (_, i) => `t${i}`), gridIndex: 0 },
      { type: 'value', gridIndex: 1 },
    ],
    yAxis: [
      { type: 'category', data: Array.from({ length: 30 }, (_, i) => `r${i}`), gridIndex: 0 },
      { type: 'value', gridIndex: 1 },
    ],
    visualMap: { min: 0, max: 1, show: false, seriesIndex: 0 },
    radar: {
      indicator: [
        { name: 'a', max: 1 },
        { name: 'b', max: 1 },
        { name: 'c', max: 1 },
      ],
      center: [30, 90],
      radius: 20,
    },
    legend: { data: ['l'] },
    dataZoom: [{ type: 'inside', xAxisIndex: 1 }],
    series: [
      {
        type: 'heatmap',
        data: cells,
        xAxisIndex: 0,
        yAxisIndex: 0,
        progressive: 0,
        emphasis: { disabled: true },
      },
      {
        type: 'line',
        name: 'l',
        data: line,
        xAxisIndex: 1,
        yAxisIndex: 1,
        stack: 's',
        areaStyle: {},
        markPoint: { data: [{ coord: [2, 0.4] }] },
      },
      { type: 'line', name: 'm', data: line, xAxisIndex: 1, yAxisIndex: 1, stack: 's', symbolSize: 4 },
      { type: 'radar', data: [{ value: [0.2, 0.5, 0.9] }] },
    ],
  });
  disposeSafely(chart);
}

/**
 * zrender paints big charts over several frames and its next-frame callback does not check for
 * dispose; a synchronous repaint of an empty chart starts a newer paint, which the pending
 * callback recognises, so it stops instead of painting into a disposed chart.
 */
function disposeSafely(chart: echarts.ECharts): void {
  if (chart.isDisposed()) return;
  chart.clear();
  chart.getZr().refreshImmediately();
  chart.dispose();
}
