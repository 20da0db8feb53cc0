/**
 * The dashboard's entry: reads the manifest, draws the shell, and renders the view the hash
 * names. A view renders off-document and replaces the previous one in one step; a newer
 * navigation aborts an older one that is still loading.
 */
import { showBidiControls } from './ui/bidi.js';
import { createStore } from './data/store.js';
import { h, link } from './ui/dom.js';
import { date, int } from './ui/format.js';
import { parseRoute, routeHref, withQuery, type Query } from './router.js';
import type { View, ViewContext } from './views/context.js';
import { overview } from './views/overview.js';
import { heatmap } from './views/heatmap.js';
import { curves } from './views/curves.js';
import { branchHistory } from './views/history.js';
import { runDetail } from './views/run.js';
import { compare } from './views/compare.js';
import { examples } from './views/examples.js';
import { profile } from './views/profile.js';
import { alerts } from './views/alerts.js';
import { runs } from './views/runs.js';

const VIEWS: Record<string, View> = {
  '': overview,
  heatmap,
  curves,
  history: branchHistory,
  run: runDetail,
  compare,
  examples,
  profile,
  alerts,
  runs,
};
const NAV: [string, string][] = [
  ['', 'Leaderboard'],
  ['heatmap', 'Heatmap'],
  ['curves', 'Training curves'],
  ['history', 'Branch history'],
  ['runs', 'Runs'],
  ['examples', 'Examples'],
  ['profile', 'Profile'],
  ['alerts', 'Alerts'],
];

const store = createStore();
const viewEl = document.getElementById('view')!;
let current: { abort: AbortController; dispose: (() => void)[] } | null = null;
let first = true;

async function render(): Promise<void> {
  const route = parseRoute(location.hash);
  const view = VIEWS[route.view];
  current?.abort.abort();
  for (const fn of current?.dispose ?? []) fn();
  const state = { abort: new AbortController(), dispose: [] as (() => void)[] };
  current = state;
  const mounted: (() => void | Promise<void>)[] = [];
  document.body.dataset.ready = '';
  document.body.dataset.view = route.view || 'overview';
  markNav(route.view);

  // Keep the caret where it was when a filter re-renders the view it lives in.
  const active = document.activeElement as HTMLInputElement | null;
  const focus = active?.id && viewEl.contains(active) ? { id: active.id, at: active.selectionStart } : null;

  const root = h('div', { class: 'view' });
  const ctx: ViewContext = {
    store,
    route,
    root,
    signal: state.abort.signal,
    setQuery(changes: Query, options = {}) {
      const next = withQuery(route, changes);
      if (options.push) location.hash = next;
      else {
        window.history.replaceState(null, '', next);
        void render();
      }
    },
    mounted: (fn) => mounted.push(fn),
    onDispose: (fn) => state.dispose.push(fn),
  };
  try {
    if (!view) throw new Error(`There is no view called "${route.view}".`);
    await view(ctx);
  } catch (error) {
    if (state.abort.signal.aborted) return;
    root.replaceChildren(
      h('h1', { tabindex: '-1' }, 'Something is missing'),
      h('p', { class: 'error', role: 'alert' }, (error as Error).message),
      h('p', null, link(routeHref(''), 'Back to the leaderboard')),
    );
  }
  if (state.abort.signal.aborted) return;
  performance.mark('evalwarden:view-built');
  viewEl.replaceChildren(root);
  performance.mark('evalwarden:view-attached');
  for (const fn of mounted) {
    try {
      await fn();
    } catch (error) {
      // A chart that fails to draw must not take the tables (the same numbers) with it.
      root.append(
        h('p', { class: 'error', role: 'alert' }, `A chart could not be drawn: ${(error as Error).message}`),
      );
    }
  }
  if (state.abort.signal.aborted) return;
  if (focus) {
    const el = document.getElementById(focus.id) as HTMLInputElement | null;
    el?.focus();
    if (el && focus.at !== null && 'setSelectionRange' in el) el.setSelectionRange?.(focus.at, focus.at);
  } else if (!first) root.querySelector<HTMLElement>('h1')?.focus({ preventScroll: false });
  first = false;
  document.title = `${root.querySelector('h1')?.textContent ?? 'Dashboard'} · evalwarden`;
  document.body.dataset.ready = '1';
  performance.mark('evalwarden:view-ready', { detail: route.view || 'overview' });
}

function markNav(view: string): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('#nav a')) {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

async function boot(): Promise<void> {
  const nav = document.getElementById('nav')!;
  nav.replaceChildren(
    ...NAV.map(([view, label]) => {
      const a = link(routeHref(view), label);
      a.dataset.view = view;
      return a;
    }),
  );
  // A skip "link" that focuses the view: a real #fragment link would change the route.
  document
    .getElementById('skip')
    ?.addEventListener('click', () => viewEl.querySelector<HTMLElement>('h1')?.focus());
  window.addEventListener('hashchange', () => void render());
  await render();
  try {
    const m = await store.manifest();
    const alertCount = m.alerts.length;
    const alertsLink = nav.querySelector<HTMLAnchorElement>('a[data-view="alerts"]');
    if (alertsLink && alertCount)
      alertsLink.append(
        h('span', { class: 'count', 'aria-label': `${alertCount} alerts` }, String(alertCount)),
      );
    document.getElementById('context')!.textContent = showBidiControls(m.repository ?? '');
    document
      .getElementById('footer')!
      .replaceChildren(
        `${int(m.run_count)} runs · ${m.models.length} models · ${m.tasks.length} tasks · data generated ${date(m.generated_at)}`,
      );
  } catch {
    // The view already said what is missing.
  }
  // Load and warm up the chart chunk while the user reads the first view, so the first chart
  // view is as quick as later ones.
  const idle =
    (window as { requestIdleCallback?: (fn: () => void) => void }).requestIdleCallback ??
    ((fn: () => void) => setTimeout(fn, 200));
  idle(
    () =>
      void import('./charts/echarts.js').then((charts) =>
        idle(() => {
          charts.warmUp();
          document.body.dataset.chartsWarm = '1';
        }),
      ),
  );
}

void boot();
