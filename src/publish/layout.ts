import { EvalwardenError } from '../errors.js';
import { safeSegment } from './safe-segment.js';

/**
 * Where each protocol file lives, relative to the site root. Every path is built here from
 * safe segments, so no id can reach outside `data/`.
 */
export const paths = {
  manifest: 'data/index.json',
  baselines: 'data/baselines.json',
  month: (month: string) => `data/index/${checkMonth(month)}.json`,
  series: (model: string) => `data/series/${safeSegment(model)}.json`,
  /** The run folder relative to `data/`, as rows and baselines point at it. */
  runPath: (month: string, id: string) => `runs/${checkMonth(month)}/${checkSegment(id)}`,
  runDir: (month: string, id: string) => `data/${paths.runPath(month, id)}`,
} as const;

export const RUN_FILES = {
  run: 'run.json',
  summary: 'summary.json',
  comparison: 'comparison.json',
  records: 'records.jsonl.gz',
  samples: 'samples.jsonl',
} as const;

/** `yyyy-mm` of an ISO time (UTC), the run's month folder. */
export function monthOf(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t))
    throw new EvalwardenError(`Not a time: ${JSON.stringify(iso)}.`, {
      hint: 'run.json needs started_at as an ISO 8601 time.',
    });
  return new Date(t).toISOString().slice(0, 7);
}

/** What safeSegment returns: up to 100 kept characters and a `-<8 hex>` mark. */
export const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,108}$/;

/**
 * A published run id is already a safe segment (publishedRunId made it): it is checked, not
 * sanitised again, since cutting a long id twice would give another name.
 */
function checkSegment(id: string): string {
  if (!SEGMENT.test(id))
    throw new EvalwardenError(`Not a published run id: ${JSON.stringify(id.slice(0, 120))}.`);
  return id;
}

function checkMonth(month: string): string {
  if (!/^\d{4}-\d{2}$/.test(month)) throw new EvalwardenError(`Not a month: ${JSON.stringify(month)}.`);
  return month;
}

/**
 * Checks a path relative to the site root before any store touches it: no empty, `.` or `..`
 * segment, no backslash or NUL. Protocol paths pass by construction; this guards the rest
 * (dashboard files) and any future mistake.
 */
export function checkSitePath(path: string): string {
  const segments = path.split('/');
  const bad = segments.some((s) => s === '' || s === '.' || s === '..' || /[\\\0]/.test(s));
  if (bad) throw new EvalwardenError(`Refusing to write outside the site: ${JSON.stringify(path)}.`);
  return path;
}
