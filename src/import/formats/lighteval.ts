import { basename } from 'node:path';
import { DataError } from '../../errors.js';
import type { ImportedRun, Importer } from '../imported.js';
import { expectHarness } from '../detect.js';
import { parseHarnessJson } from '../harness-json.js';
import { asNumber, filesAt, readSource, timeInName } from '../source-files.js';
import { importedId } from '../ids.js';
import type { ImportedTask } from '../summarize.js';

interface LightevalResults {
  config_general?: { model_name?: string; lighteval_sha?: string };
  results?: Record<string, Record<string, unknown>>;
  versions?: Record<string, unknown>;
  config_tasks?: Record<string, unknown>;
  summary_tasks?: Record<
    string,
    { truncated?: number; non_truncated?: number; padded?: number; non_padded?: number; hashes?: unknown }
  >;
}

/**
 * lighteval (`results/<model>/results_<time>.json`): tasks keyed `suite|task|few_shots` with
 * metrics and `<metric>_stderr` beside them; the `all` row is an average and is left out.
 * Per-item details are parquet files, which this importer does not read: aggregates only.
 */
export const lighteval: Importer = {
  name: 'lighteval',
  describe: 'lighteval results_*.json (aggregate metrics per task)',
  async read(path) {
    const files = await filesAt(path, /^results.*\.json$/, 6);
    if (files.length === 0)
      throw new DataError({ file: path }, 'no results_*.json found', {
        hint: 'Point at lighteval --output-dir (results/<model>/results_*.json).',
      });
    return Promise.all(files.map(readRun));
  },
};

async function readRun(path: string): Promise<ImportedRun> {
  const source = await readSource(path);
  const data = parseHarnessJson<LightevalResults>(source);
  expectHarness(path, data, 'lighteval', 'no "results" and "config_general"');
  const tasks: ImportedTask[] = [];
  for (const [key, values] of Object.entries(data.results!)) {
    if (key === 'all') continue;
    const { task, fewShots } = taskKey(key);
    const metrics: ImportedTask['metrics'] = {};
    const order: string[] = [];
    for (const [name, value] of Object.entries(values)) {
      const mean = asNumber(value);
      if (name.endsWith('_stderr') || mean === null) continue;
      metrics[name] = { mean, se: asNumber(values[`${name}_stderr`]) };
      order.push(name);
    }
    if (order.length === 0) continue;
    const summary = data.summary_tasks?.[key];
    const n = summary
      ? (summary.truncated ?? 0) + (summary.non_truncated ?? 0) ||
        (summary.padded ?? 0) + (summary.non_padded ?? 0) ||
        null
      : null;
    tasks.push({
      task,
      primary_metric: order[0],
      metrics,
      n,
      higher_is_better: true,
      notes: [],
      categories: {},
      instrument: {
        scorer: `lighteval:${task}`,
        options: {
          few_shots: fewShots,
          version: data.versions?.[key] ?? null,
          config: data.config_tasks?.[key] ?? null,
        },
      },
    });
  }
  if (tasks.length === 0) throw new DataError({ file: path }, 'no task with a numeric metric in "results"');
  const name = data.config_general?.model_name ?? 'model';
  return {
    run_id: `lighteval-${source.sha256.slice(0, 12)}`,
    suite: 'lighteval',
    // lighteval's start_time is a perf counter, not a date: the file name carries the date.
    started_at: timeInName(basename(path)),
    finished_at: null,
    models: [
      { model: importedId(name), served_model: name, role: 'candidate', step: null, tasks, items: [] },
    ],
    source: { format: 'lighteval', path, sha256: source.sha256 },
  };
}

/**
 * `suite|task|few_shot` (`leaderboard|arc:challenge|25`, older files add `|truncate`) → task
 * `suite:task`; `task|few_shot` (`squad_v2|0`, `anli:r1|0`) → the task alone. The few-shot count
 * is kept in the instrument, so runs with other counts do not pair.
 */
function taskKey(key: string): { task: string; fewShots: number | null } {
  const parts = key.split('|');
  const names = parts.filter((p) => !/^\d+$/.test(p));
  const counts = parts.filter((p) => /^\d+$/.test(p));
  return {
    task: names.length > 0 ? names.join(':') : key,
    fewShots: counts.length > 0 ? Number(counts[0]) : null,
  };
}
