/** Alerts: the manifest's latest runs whose verdict was regression, inconclusive or error. */
import { append, h, link } from '../ui/dom.js';
import { verdict } from '../ui/cells.js';
import { date } from '../ui/format.js';
import { routeHref } from '../router.js';
import type { Alert } from '../data/protocol.js';
import { table } from '../ui/table.js';
import type { View } from './context.js';

export const alerts: View = async (ctx) => {
  const m = await ctx.store.manifest();
  const rows = [...m.alerts].sort((a, b) => b.created_at.localeCompare(a.created_at));
  append(ctx.root, [
    h('h1', { tabindex: '-1' }, 'Alerts'),
    h(
      'p',
      { class: 'lede' },
      rows.length ? `The latest ${rows.length} runs the gate flagged.` : 'No run has been flagged.',
    ),
    table<Alert>({
      testId: 'alerts',
      rows,
      rowAttrs: (a) => ({ 'data-run': a.run_id }),
      columns: [
        { key: 'when', label: 'When', cell: (a) => date(a.created_at) },
        { key: 'verdict', label: 'Verdict', cell: (a) => verdict(a.verdict) },
        { key: 'model', label: 'Model', cell: (a) => a.model },
        { key: 'suite', label: 'Suite', cell: (a) => a.suite },
        { key: 'tasks', label: 'Tasks', cell: (a) => (a.tasks.length ? a.tasks.join(', ') : '—') },
        { key: 'run', label: 'Run', cell: (a) => link(routeHref('run', [a.run_id]), a.run_id) },
      ],
    }),
  ]);
};
