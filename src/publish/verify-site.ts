import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Ajv, type ValidateFunction } from 'ajv';
import baselinesSchema from '../../schemas/data-baselines.schema.json' with { type: 'json' };
import comparisonSchema from '../../schemas/data-comparison.schema.json' with { type: 'json' };
import indexSchema from '../../schemas/data-index.schema.json' with { type: 'json' };
import monthSchema from '../../schemas/data-month.schema.json' with { type: 'json' };
import recordsSchema from '../../schemas/data-records.schema.json' with { type: 'json' };
import runSchema from '../../schemas/data-run.schema.json' with { type: 'json' };
import samplesSchema from '../../schemas/data-samples.schema.json' with { type: 'json' };
import seriesSchema from '../../schemas/data-series.schema.json' with { type: 'json' };
import summarySchema from '../../schemas/data-summary.schema.json' with { type: 'json' };
import type { Baselines, Manifest, MonthIndex, Series } from './protocol.js';

export interface SiteReport {
  /** Each a sentence naming the file: a schema violation or an inconsistency between files. */
  problems: string[];
  runs: number;
  files: number;
  /** The largest file and its size in bytes. */
  largest: { path: string; bytes: number };
}

/**
 * Checks a published site in a folder: every protocol file against its schema, and the shared
 * files against the run folders (every run listed once, counts, series, baselines). It reads
 * everything, so it is for tests, benchmarks and `--check`, never for a publish.
 */
export async function verifySite(root: string): Promise<SiteReport> {
  const ajv = new Ajv({ allErrors: true, strict: false });
  for (const schema of [
    baselinesSchema,
    comparisonSchema,
    indexSchema,
    monthSchema,
    recordsSchema,
    runSchema,
    samplesSchema,
    seriesSchema,
    summarySchema,
  ])
    ajv.addSchema(schema);
  const v = (schema: { $id: string }) => ajv.getSchema(schema.$id) as ValidateFunction;
  const problems: string[] = [];
  const report = { files: 0, largest: { path: '', bytes: 0 } };
  const read = async (path: string): Promise<Buffer | null> => {
    const data = await readFile(join(root, path)).catch(() => null);
    if (data) {
      report.files++;
      if (data.length > report.largest.bytes) report.largest = { path, bytes: data.length };
    }
    return data;
  };
  const check = (path: string, validate: ValidateFunction, value: unknown) => {
    if (!validate(value)) problems.push(`${path}: ${ajv.errorsText(validate.errors, { dataVar: '' })}`);
  };
  const json = async <T>(path: string, validate: ValidateFunction): Promise<T | null> => {
    const data = await read(path);
    if (!data) return null;
    const value = JSON.parse(data.toString('utf8')) as T;
    check(path, validate, value);
    return value;
  };
  const lines = (data: Buffer) =>
    data
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as unknown);

  const manifest = await json<Manifest>('data/index.json', v(indexSchema));
  if (!manifest) return { problems: ['data/index.json is missing'], runs: 0, ...report };

  const rows = new Map<string, { path: string; kind: string; model: string }>();
  const shardMonths = (await readdir(join(root, 'data/index')).catch(() => [] as string[]))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
  for (const month of shardMonths) {
    const index = await json<MonthIndex>(`data/index/${month}.json`, v(monthSchema));
    if (!isSorted(index?.runs ?? [])) problems.push(`data/index/${month}.json: runs are not oldest first`);
    for (const row of index?.runs ?? []) {
      if (rows.has(row.run_id)) problems.push(`run ${row.run_id} is listed twice`);
      rows.set(row.run_id, row);
      if (!row.path.startsWith(`runs/${month}/`))
        problems.push(`data/index/${month}.json: ${row.run_id} points at ${row.path}`);
    }
  }
  if (JSON.stringify(shardMonths) !== JSON.stringify(manifest.months))
    problems.push(`index.json months ${manifest.months} != shards ${shardMonths}`);
  if (manifest.run_count !== rows.size)
    problems.push(`index.json run_count ${manifest.run_count} != ${rows.size} rows`);
  for (const m of manifest.models) {
    const count = [...rows.values()].filter((r) => r.model === m.model).length;
    if (count !== m.runs) problems.push(`index.json model ${m.model}: runs ${m.runs} != ${count}`);
  }

  const dirs = new Set<string>();
  for (const month of await readdir(join(root, 'data/runs')).catch(() => [] as string[])) {
    for (const id of await readdir(join(root, 'data/runs', month))) {
      const dir = `data/runs/${month}/${id}`;
      dirs.add(`runs/${month}/${id}`);
      if (!rows.has(id)) problems.push(`${dir} is in no month index`);
      await json(`${dir}/run.json`, v(runSchema)).then(
        (x) => x ?? problems.push(`${dir}/run.json is missing`),
      );
      await json(`${dir}/summary.json`, v(summarySchema)).then(
        (x) => x ?? problems.push(`${dir}/summary.json is missing`),
      );
      await json(`${dir}/comparison.json`, v(comparisonSchema));
      const records = await read(`${dir}/records.jsonl.gz`);
      if (records)
        lines(gunzipSync(records)).forEach((r, i) =>
          check(`${dir}/records.jsonl.gz:${i + 1}`, v(recordsSchema), r),
        );
      const samples = await read(`${dir}/samples.jsonl`);
      if (samples)
        lines(samples).forEach((r, i) => check(`${dir}/samples.jsonl:${i + 1}`, v(samplesSchema), r));
    }
  }
  for (const row of rows.values())
    if (!dirs.has(row.path)) problems.push(`${row.path} is listed but missing`);

  for (const file of await readdir(join(root, 'data/series')).catch(() => [] as string[])) {
    const series = await json<Series>(`data/series/${file}`, v(seriesSchema));
    const points = series?.points ?? [];
    if (series?.role === 'training') {
      const steps = points.map((p) => p.step).filter((s): s is number => s !== null);
      if (steps.some((s, i) => i > 0 && steps[i - 1] > s))
        problems.push(`data/series/${file}: a training curve's points are not in step order`);
    } else if (!isSorted(points)) problems.push(`data/series/${file}: points are not oldest first`);
    const expected = [...rows.entries()]
      .filter(([, r]) => r.kind !== 'pr' && r.model === series?.model)
      .map(([id]) => id)
      .sort();
    const got = (series?.points ?? []).map((p) => p.run_id).sort();
    if (JSON.stringify(expected) !== JSON.stringify(got))
      problems.push(`data/series/${file}: points ${got.length} != non-PR runs ${expected.length}`);
  }
  const baselines = await json<Baselines>('data/baselines.json', v(baselinesSchema));
  for (const b of baselines?.baselines ?? [])
    if (!dirs.has(b.path)) problems.push(`baseline ${b.run_id} points at a missing run`);
  return { problems, runs: rows.size, ...report };
}

function isSorted(items: { created_at: string }[]): boolean {
  return items.every((item, i) => i === 0 || items[i - 1].created_at <= item.created_at);
}
