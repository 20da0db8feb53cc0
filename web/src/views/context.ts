/** What a view gets: the data store, its route, a place to render, and a way to move on. */
import type { Store } from '../data/store.js';
import type { Query, Route } from '../router.js';

export interface ViewContext {
  store: Store;
  route: Route;
  /** An empty element that replaces the current view when the view resolves. */
  root: HTMLElement;
  /** Aborted when the user navigates away before the view finished. */
  signal: AbortSignal;
  /** Changes filters in place: the hash is replaced, the view re-renders. */
  setQuery(changes: Query, options?: { push?: boolean }): void;
  /** Runs after the view is in the document (charts need a laid-out box); awaited before "ready". */
  mounted(fn: () => void | Promise<void>): void;
  /** Called when the view goes away (charts dispose themselves here). */
  onDispose(fn: () => void): void;
}

export type View = (ctx: ViewContext) => Promise<void>;
