import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { readdir } from 'node:fs/promises';
import { DataError } from '../../errors.js';
import type { ImportedItem, ImportedRun, Importer } from '../imported.js';
import { asNumber, findFiles, modelId, parseJson, readSource, timeInName } from '../source-files.js';
import type { ImportedTask } from '../summarize.js';

interface LmEvalResults {
  results?: Record<string, Record<string, unknown>>;
  groups?: Record<string, unknown>;
  configs?: Record<string, unknown>;
  versions?: Record<string, unknown>;
  'n-shot'?: Record<string, unknown>;
  'n-samples'?: Record<string, { original?: number; effective?: number }>;
  model_name?: string;
  model_name_sanitized?: string;
  config?: { model?: string; model_args?: string | Record<string, unknown> };
  date?: number;
  start_time?: number;
  end_time?: number;
}

/**
 * lm-evaluation-harness (`lm_eval --output_path out --log_samples`): `results_<time>.json` holds
 * per-task metrics as `"<metric>,<filter>"` with `"<metric>_stderr,<filter>"` beside them ("N/A"
 * when there is none); `samples_<task>_<time>.jsonl` next to it holds each doc's metrics, which
 * become per-item records so the gate can pair items. Group rows (mmlu over its subtasks) are
 * left out: their subtasks are imported.
 */
export const lmEval: Importer = {
  name: 'lm-eval',
  describe: 'lm-evaluation-harness results_*.json (+ samples_<task>_*.jsonl for per-item pairing)',
  async read(path) {
    const files = await findFiles(path, /^results.*\.json$/);
    if (files.length === 0)
      throw new DataError({ file: path }, 'no results_*.json found', {
        hint: 'Point at the folder lm_eval --output_path wrote, or at one results_*.json.',
      });
    const runs: ImportedRun[] = [];
    for (const file of files) runs.push(await readRun(file));
    return runs;
  },
};

async function readRun(path: string): Promise<ImportedRun> {
  const source = await readSource(path);
  const data = parseJson<LmEvalResults>(source);
  if (!data.results || typeof data.results !== 'object')
    throw new DataError({ file: path }, 'no "results" object: not an lm-evaluation-harness results file');
  const stamp = basename(path)
    .replace(/^results_?/, '')
    .replace(/\.json$/, '');
  const samples = await samplesFiles(dirname(path), stamp);
  const groups = new Set(Object.keys(data.groups ?? {}));
  const tasks: ImportedTask[] = [];
  const items: ImportedItem[] = [];
  for (const [task, metrics] of Object.entries(data.results)) {
    if (groups.has(task)) continue;
    const parsed = parseMetrics(metrics);
    if (parsed.order.length === 0) continue;
    const counts = data['n-samples']?.[task];
    const taskItems = samples.has(task) ? await readSamples(samples.get(task)!, task) : [];
    items.push(...taskItems);
    tasks.push({
      task,
      primary_metric: parsed.order[0],
      metrics: parsed.metrics,
      n: counts?.effective ?? counts?.original ?? (taskItems.length || null),
      categories: {},
      instrument: {
        scorer: `lm-eval:${task}`,
        options: {
          version: data.versions?.[task] ?? null,
          n_shot: data['n-shot']?.[task] ?? null,
          config: data.configs?.[task] ?? null,
        },
      },
    });
  }
  if (tasks.length === 0) throw new DataError({ file: path }, 'no task with a numeric metric in "results"');
  const name = data.model_name ?? modelArg(data.config?.model_args) ?? data.config?.model ?? 'model';
  const started =
    typeof data.date === 'number'
      ? new Date(data.date * 1000).toISOString()
      : (timeInName(stamp) ?? source.mtime.toISOString());
  return {
    run_id: `lm-eval-${source.sha256.slice(0, 12)}`,
    suite: 'lm-eval',
    started_at: started,
    finished_at: null,
    models: [
      {
        model: data.model_name_sanitized ?? modelId(name),
        served_model: name,
        role: 'candidate',
        step: null,
        tasks,
        items,
      },
    ],
    source: { format: 'lm-eval', path, sha256: source.sha256 },
  };
}

/** `acc,none` → `acc`; `exact_match,strict-match` stays as lm-eval names it. */
function metricName(metric: string, filter: string): string {
  return filter === 'none' ? metric : `${metric},${filter}`;
}

function parseMetrics(entry: Record<string, unknown>) {
  const metrics: Record<string, { mean: number; se: number | null }> = {};
  const order: string[] = [];
  for (const [key, value] of Object.entries(entry)) {
    const [metric, filter = 'none'] = key.split(',');
    if (metric.endsWith('_stderr') || metric === 'alias' || metric === 'samples') continue;
    const mean = asNumber(value);
    if (mean === null) continue;
    const name = metricName(metric, filter);
    // "N/A" (or no stderr at all) becomes null: the summary then derives one where it can.
    metrics[name] = { mean, se: asNumber(entry[`${metric}_stderr,${filter}`] ?? entry[`${metric}_stderr`]) };
    order.push(name);
  }
  return { metrics, order };
}

async function samplesFiles(dir: string, stamp: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of await readdir(dir)) {
    const m = /^samples_(.+)_([^_]+)\.jsonl$/.exec(name);
    if (m && (stamp === '' || m[2] === stamp)) out.set(m[1], join(dir, name));
  }
  return out;
}

interface SampleLine {
  doc_id?: number | string;
  doc_hash?: string;
  prompt_hash?: string;
  filter?: string;
  metrics?: string[];
  resps?: unknown;
  filtered_resps?: unknown;
  [metric: string]: unknown;
}

/** One item per doc; a doc scored under several filters (gsm8k) has one line per filter. */
async function readSamples(file: string, task: string): Promise<ImportedItem[]> {
  const byDoc = new Map<string, ImportedItem>();
  const lines = (await readFile(file, 'utf8')).split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let s: SampleLine;
    try {
      s = JSON.parse(line) as SampleLine;
    } catch (cause) {
      throw new DataError({ file, line: i + 1 }, 'not valid JSON', { cause });
    }
    if (s.doc_id === undefined)
      throw new DataError({ file, line: i + 1 }, 'no doc_id: not an lm-evaluation-harness samples line');
    const id = String(s.doc_id);
    const item = byDoc.get(id) ?? {
      task,
      item_id: id,
      item_hash: (s.doc_hash ?? id).slice(0, 16),
      category: null,
      scores: {},
      output: firstText(s.resps),
      answer: firstText(s.filtered_resps),
      prompt_hash: s.prompt_hash?.slice(0, 16) ?? null,
    };
    for (const metric of s.metrics ?? []) {
      const value = asNumber(s[metric]);
      if (value !== null) item.scores[metricName(metric, s.filter ?? 'none')] = value;
    }
    byDoc.set(id, item);
  });
  return [...byDoc.values()];
}

function firstText(value: unknown): string | null {
  let v = value;
  while (Array.isArray(v)) v = v[0];
  return typeof v === 'string' ? v : null;
}

function modelArg(args: string | Record<string, unknown> | undefined): string | null {
  if (typeof args === 'object' && args && typeof args.pretrained === 'string') return args.pretrained;
  if (typeof args === 'string') return /(?:^|,)pretrained=([^,]+)/.exec(args)?.[1] ?? null;
  return null;
}
