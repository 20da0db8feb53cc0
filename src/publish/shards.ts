import { paths } from './layout.js';
import type { PreparedRun } from './prepare.js';
import { PROTOCOL_VERSION, type MonthIndex, type Series, type SeriesPoint } from './protocol.js';
import { readJson, writeJson, type PagesStore } from './store.js';

/**
 * Adds the run's row to its month index. Returns whether the run is new there (a second
 * publish of the same run replaces its row and counts nothing twice).
 */
export async function upsertMonthRow(store: PagesStore, run: PreparedRun): Promise<boolean> {
  const path = paths.month(run.month);
  const appended = await appendNewest(store, path, '', run.row);
  if (appended) return true;
  const month = (await readJson<MonthIndex>(store, path)) ?? {
    schema_version: PROTOCOL_VERSION,
    month: run.month,
    runs: [],
  };
  const isNew = !month.runs.some((r) => r.run_id === run.id);
  month.runs = [...month.runs.filter((r) => r.run_id !== run.id), run.row].sort(byCreated);
  await writeJson(store, path, month);
  return isNew;
}

/** Adds the run's point to its model's series (branch, manual, sweep and import runs). */
export async function upsertSeriesPoint(store: PagesStore, run: PreparedRun): Promise<void> {
  const { best: _best, pr: _pr, model: _model, role: _role, ...point } = run.row;
  const training = run.row.role === 'training';
  // A training curve is in step order, which the time a checkpoint was evaluated need not follow.
  if (
    !training &&
    (await appendNewest(
      store,
      run.seriesPath,
      `"role":${JSON.stringify(run.row.role)},"points":[`,
      point satisfies SeriesPoint,
    ))
  )
    return;
  const series = (await readJson<Series>(store, run.seriesPath)) ?? {
    schema_version: PROTOCOL_VERSION,
    model: run.row.model,
    role: run.row.role,
    points: [],
  };
  series.role = run.row.role;
  series.points = [...series.points.filter((p) => p.run_id !== run.id), point].sort(
    training ? byStep : byCreated,
  );
  await writeJson(store, run.seriesPath, series);
}

const TAIL = ']}\n';

/**
 * The common case without parsing: a new run, newer than every row, goes at the end of the
 * array that closes a file this module wrote in compact JSON. A month of a busy repository is
 * megabytes; parsing and printing it on every publish was most of a publish's own time. Any
 * doubt (the run is there already, an older run, a file in another shape) takes the full path.
 */
async function appendNewest(
  store: PagesStore,
  path: string,
  mustHold: string,
  entry: { run_id: string; created_at: string },
): Promise<boolean> {
  const data = await store.read(path);
  if (data === null) return false;
  const text = data.toString('utf8');
  if (!text.endsWith(TAIL) || (mustHold && !text.includes(mustHold))) return false;
  if (text.includes(`"run_id":${JSON.stringify(entry.run_id)}`)) return false;
  const body = text.slice(0, -TAIL.length);
  const empty = body.endsWith('[');
  if (!empty) {
    // Rows are sorted by created_at, so the last one in the text is the newest.
    const at = body.lastIndexOf('"created_at":"');
    if (at < 0) return false;
    const last = body.slice(at + 14, body.indexOf('"', at + 14));
    if (last > entry.created_at) return false;
  }
  await store.write(path, `${body}${empty ? '' : ','}${JSON.stringify(entry)}${TAIL}`);
  return true;
}

function byCreated(a: { created_at: string }, b: { created_at: string }): number {
  return a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0;
}

/** Checkpoints by step; points without one (a training model's other runs) after them, by time. */
function byStep(a: SeriesPoint, b: SeriesPoint): number {
  if (a.step !== null && b.step !== null && a.step !== b.step) return a.step - b.step;
  if ((a.step === null) !== (b.step === null)) return a.step === null ? 1 : -1;
  return byCreated(a, b);
}
