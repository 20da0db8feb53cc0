/**
 * Hash routes: `#/<view>/<arg>/<arg>?<filters>`. Every view and every filter is in the hash, so
 * any state of the dashboard is a link (a PR comment links straight to `#/compare/<a>/<b>`).
 */
export interface Route {
  view: string;
  args: string[];
  query: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path, search = ''] = splitOnce(raw, '?');
  const parts = path.split('/').filter((p) => p !== '');
  const decode = (p: string) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  };
  return {
    view: decode(parts[0] ?? ''),
    args: parts.slice(1).map(decode),
    query: new URLSearchParams(search),
  };
}

export type Query = Record<string, string | number | null | undefined>;

export function routeHref(view: string, args: string[] = [], query: Query = {}): string {
  const path = [view, ...args]
    .filter((p) => p !== '')
    .map(encodeURIComponent)
    .join('/');
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== null && v !== undefined && v !== '') params.set(k, String(v));
  const search = params.toString();
  return `#/${path}${search ? `?${search}` : ''}`;
}

/** The same route with some filters changed (null removes one). */
export function withQuery(route: Route, changes: Query): string {
  const query: Query = Object.fromEntries(route.query);
  Object.assign(query, changes);
  return routeHref(route.view, route.args, query);
}

function splitOnce(s: string, sep: string): [string, string?] {
  const i = s.indexOf(sep);
  return i < 0 ? [s] : [s.slice(0, i), s.slice(i + 1)];
}
