/**
 * Every read of `data/`: one memoised fetch per file, so a view loads only what it needs and a
 * second visit costs nothing. Paths are relative to the page, so the site works from a sub-path.
 * Run files are immutable once published; the manifest and month shards are revalidated.
 */
import { readComparison, type Comparison } from './comparison.js';
import { safeSegment } from './safe-segment.js';
import {
  SUPPORTED_SCHEMA_VERSION,
  type Baselines,
  type EvalRecord,
  type Manifest,
  type MonthIndex,
  type RunInfo,
  type RunRow,
  type Series,
  type Summary,
} from './protocol.js';

export class DataError extends Error {}

/** What the store knows of a run it has seen listed: enough to find its folder. */
export interface KnownRun {
  run_id: string;
  path: string;
  model?: string;
  verdict?: RunRow['verdict'];
}

export interface Store {
  manifest(): Promise<Manifest>;
  month(month: string): Promise<MonthIndex>;
  series(model: string): Promise<Series | null>;
  baselines(): Promise<Baselines | null>;
  /** Finds a run's row (and so its folder) by id, loading as little as it can. */
  findRun(id: string): Promise<KnownRun | null>;
  runInfo(path: string): Promise<RunInfo>;
  summary(path: string): Promise<Summary>;
  comparison(path: string): Promise<Comparison | null>;
  /** The published id of a comparison's baseline run, if that run is published. */
  baselineOf(comparison: Comparison | null): Promise<string | null>;
  samples(path: string): Promise<EvalRecord[]>;
}

export function createStore(base = 'data/'): Store {
  const cache = new Map<string, Promise<unknown>>();
  const known = new Map<string, KnownRun>();

  function get<T>(
    file: string,
    parse: (res: Response) => Promise<T>,
    init?: RequestInit,
    optional = false,
  ): Promise<T | null> {
    const key = file;
    let hit = cache.get(key) as Promise<T | null> | undefined;
    if (!hit) {
      hit = fetch(base + file, init).then(async (res) => {
        if (res.status === 404 && optional) return null;
        if (!res.ok) throw new DataError(`Could not load data/${file}: HTTP ${res.status}`);
        return parse(res);
      });
      // A failed load may be a flaky network: let the next visit try again.
      hit.catch(() => cache.delete(key));
      cache.set(key, hit);
    }
    return hit;
  }
  const json = (res: Response) => res.json();
  const remember = (rows: Iterable<KnownRun>, model?: string) => {
    for (const r of rows)
      if (!known.has(r.run_id))
        known.set(r.run_id, model ? { run_id: r.run_id, path: r.path, verdict: r.verdict, model } : r);
  };

  const store: Store = {
    async manifest() {
      const m = (await get<Manifest>('index.json', json, { cache: 'no-cache' })) as Manifest;
      if (m.schema_version > SUPPORTED_SCHEMA_VERSION) {
        throw new DataError(
          `data/index.json has schema_version ${m.schema_version}; this dashboard reads ${SUPPORTED_SCHEMA_VERSION}. Publish the dashboard that came with the publisher.`,
        );
      }
      remember(m.leaderboard);
      return m;
    },
    async month(month) {
      if (!/^\d{4}-\d{2}$/.test(month)) throw new DataError(`Not a month: ${month}`);
      const idx = (await get<MonthIndex>(`index/${month}.json`, json, { cache: 'no-cache' })) as MonthIndex;
      remember(idx.runs);
      return idx;
    },
    async series(model) {
      const s = await get<Series>(
        `series/${await safeSegment(model)}.json`,
        json,
        { cache: 'no-cache' },
        true,
      );
      if (s) remember(s.points, s.model);
      return s;
    },
    baselines: () => get<Baselines>('baselines.json', json, { cache: 'no-cache' }, true),
    async findRun(id) {
      const m = await store.manifest();
      const hit = known.get(id);
      if (hit) return hit;
      const alert = m.alerts.find((a) => a.run_id === id && a.path);
      if (alert?.path) return { run_id: id, path: alert.path, model: alert.model, verdict: alert.verdict };
      // Probe each month's folder for run.json (newest first, all at once): a few small
      // requests instead of downloading month shards that list thousands of runs.
      let segment: string;
      try {
        segment = await safeSegment(id);
      } catch {
        return null;
      }
      if (segment !== id) return null; // a published id is already safe; anything else is not one
      const months = [...m.months].reverse();
      const found = await Promise.all(
        months.map((month) =>
          get<RunInfo>(`runs/${month}/${id}/run.json`, json, undefined, true).then(
            (info) => (info ? month : null),
            () => null,
          ),
        ),
      );
      const month = found.find((x) => x !== null);
      if (!month) return null;
      const row = { run_id: id, path: `runs/${month}/${id}` };
      known.set(id, row);
      return row;
    },
    runInfo: async (path) => (await get<RunInfo>(`${checkPath(path)}/run.json`, json)) as RunInfo,
    summary: async (path) => (await get<Summary>(`${checkPath(path)}/summary.json`, json)) as Summary,
    async comparison(path) {
      const raw = await get<unknown>(`${checkPath(path)}/comparison.json`, json, undefined, true);
      return raw === null ? null : readComparison(raw);
    },
    async baselineOf(comparison) {
      const id = comparison?.baselineRunId;
      if (!id) return null;
      if (await store.findRun(id)) return id;
      // A folder baseline carries the engine's run id; its published id adds the model.
      if (!comparison.baselineModel) return null;
      const published = await safeSegment(`${id}--${comparison.baselineModel}`).catch(() => null);
      return published && (await store.findRun(published)) ? published : null;
    },
    async samples(path) {
      const text = await get<string>(`${checkPath(path)}/samples.jsonl`, (r) => r.text(), undefined, true);
      if (!text) return [];
      return text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as EvalRecord);
    },
  };
  return store;
}

/** A run path from the data must stay a `runs/<month>/<segment>` path under data/. */
function checkPath(path: string): string {
  if (!/^runs\/\d{4}-\d{2}\/[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(path))
    throw new DataError(`Refusing run path ${JSON.stringify(path)}: not runs/<yyyy-mm>/<id>`);
  return path;
}
