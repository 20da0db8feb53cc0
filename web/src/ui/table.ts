/**
 * A table whose headers are buttons that sort it (keyboard-reachable, with `aria-sort`). The
 * sort lives in the caller's route, so a sorted view is a link too.
 */
import { h, type Child } from './dom.js';

export interface Column<T> {
  key: string;
  label: string;
  /** What sorting compares; omit for an unsortable column. Nulls sort last. */
  value?: (row: T) => number | string | null;
  cell: (row: T) => Child | Child[];
  numeric?: boolean;
}

export interface Sort {
  key: string;
  dir: 'asc' | 'desc';
}

export interface TableOptions<T> {
  caption?: string;
  columns: Column<T>[];
  rows: T[];
  sort?: Sort | null;
  onSort?: (sort: Sort) => void;
  rowAttrs?: (row: T) => Record<string, string>;
  testId?: string;
}

export function table<T>(options: TableOptions<T>): HTMLElement {
  const { columns, sort } = options;
  const rows = sort
    ? sortRows(
        options.rows,
        columns.find((c) => c.key === sort.key),
        sort.dir,
      )
    : options.rows;
  const head = h(
    'tr',
    null,
    ...columns.map((col) => {
      const state = sort?.key === col.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none';
      const th = h('th', {
        scope: 'col',
        class: col.numeric ? 'num' : null,
        'aria-sort': col.value && options.onSort ? state : null,
      });
      if (col.value && options.onSort) {
        const next: Sort = {
          key: col.key,
          dir: sort?.key === col.key && sort.dir === 'desc' ? 'asc' : 'desc',
        };
        const button = h(
          'button',
          { type: 'button', class: 'sort', 'data-sort': col.key },
          col.label,
          h(
            'span',
            { 'aria-hidden': 'true' },
            state === 'ascending' ? ' ▲' : state === 'descending' ? ' ▼' : '',
          ),
        );
        button.addEventListener('click', () => options.onSort!(next));
        th.append(button);
      } else th.append(col.label);
      return th;
    }),
  );
  const body = h(
    'tbody',
    null,
    ...rows.map((row) => {
      const tr = h('tr', options.rowAttrs?.(row) ?? null);
      for (const col of columns) {
        const cell = col.cell(row);
        tr.append(h('td', { class: col.numeric ? 'num' : null }, ...(Array.isArray(cell) ? cell : [cell])));
      }
      return tr;
    }),
  );
  return h(
    'div',
    { class: 'table-wrap', 'data-testid': options.testId ?? null },
    h(
      'table',
      null,
      options.caption ? h('caption', null, options.caption) : null,
      h('thead', null, head),
      body,
    ),
  );
}

function sortRows<T>(rows: T[], col: Column<T> | undefined, dir: 'asc' | 'desc'): T[] {
  if (!col?.value) return rows;
  const value = col.value;
  const sign = dir === 'asc' ? 1 : -1;
  return rows
    .map((row) => ({ row, v: value(row) }))
    .sort((a, b) => {
      if (a.v === null || a.v === undefined) return b.v === null || b.v === undefined ? 0 : 1;
      if (b.v === null || b.v === undefined) return -1;
      return (
        (typeof a.v === 'number' && typeof b.v === 'number'
          ? a.v - b.v
          : String(a.v).localeCompare(String(b.v))) * sign
      );
    })
    .map((x) => x.row);
}
