import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { EvalRecord, Summary } from '../../src/artifacts.js';

/** Records without what differs between two runs of the same work: run id and timings. */
export async function comparableRecords(dir: string): Promise<Omit<EvalRecord, 'run_id' | 'latency_ms'>[]> {
  const records = (await readFile(path.join(dir, 'records.jsonl'), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as EvalRecord);
  return records
    .map(({ run_id: _run, latency_ms: _latency, ...rest }) => rest)
    .sort((a, b) =>
      `${a.model}/${a.task}/${a.item_id}/${a.sample}`.localeCompare(
        `${b.model}/${b.task}/${b.item_id}/${b.sample}`,
      ),
    );
}

/**
 * summary.json without the run id and the latency percentiles, numbers to 12 significant digits:
 * a run sums its items in the order they finished, so the last bits of a float may differ.
 */
export async function comparableSummary(dir: string): Promise<unknown> {
  const summary = JSON.parse(await readFile(path.join(dir, 'summary.json'), 'utf8')) as Summary;
  return rounded({
    ...summary,
    run_id: null,
    models: summary.models.map((m) => ({ ...m, tasks: m.tasks.map((t) => ({ ...t, latency_ms: null })) })),
  });
}

function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Number(value.toPrecision(12));
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}
