import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DataError } from '../../errors.js';
import { shortHash } from '../../hash.js';
import { expectHarness, harnessOf } from '../detect.js';
import { nonFinite, parseHarnessJson, parseHarnessJsonLine, refuseLfsPointer } from '../harness-json.js';
import type { ImportedItem, ImportedRun, Importer } from '../imported.js';
import { asNumber, findFiles, readSource, timeInName, type SourceFile } from '../source-files.js';
import { importedId } from '../ids.js';
import { overItems, type ImportedTask } from '../summarize.js';
import { lmEvalInstrument } from './lm-eval-instrument.js';

interface LmEvalResults {
  results: Record<string, Record<string, unknown>>;
  groups?: Record<string, Record<string, unknown>>;
  configs?: Record<string, unknown>;
  versions?: Record<string, unknown>;
  'n-shot'?: Record<string, unknown>;
  'n-samples'?: Record<string, { original?: number; effective?: number }>;
  higher_is_better?: Record<string, Record<string, boolean>>;
  model_name?: string;
  model_name_sanitized?: string;
  config?: { model?: string; model_args?: string | Record<string, unknown>; num_fewshot?: number };
  date?: number;
}

/**
 * lm-evaluation-harness, 0.3 through 0.4.9 (`lm_eval --output_path out --log_samples`). Results
 * files are found by what they hold, whatever they are called: 0.4 keys metrics
 * `"<metric>,<filter>"` with `"<metric>_stderr,<filter>"` beside them ("N/A" when there is none);
 * 0.3 keys them bare (`acc`, `acc_stderr`). `samples_<task>_<time>.jsonl` beside a results file
 * holds each doc's scores, which become per-item records so the gate can pair items. Group rows
 * (mmlu over its subtasks) are imported with the file's own values, like any task.
 */
export const lmEval: Importer = {
  name: 'lm-eval',
  describe: 'lm-evaluation-harness 0.3–0.4 results JSON, any name (+ samples_<task>_*.jsonl for pairing)',
  async read(path) {
    // A file given by path is read whatever its name; a folder is searched for JSON.
    const single = (await stat(path).catch(() => null))?.isFile() === true;
    const files = single ? [path] : await findFiles(path, /\.json$/, 8);
    const runs: ImportedRun[] = [];
    for (const file of files) {
      const source = await readSource(file);
      if (single) {
        const data = parseHarnessJson<unknown>(source);
        expectHarness(file, data, 'lm-eval', 'no "results" with "versions", "configs" or "config"');
        runs.push(await readRun(source, data as LmEvalResults));
        continue;
      }
      // In a folder, other JSON (configs, other harnesses' files) is not ours to refuse.
      let data: unknown;
      try {
        data = parseHarnessJson<unknown>(source);
      } catch {
        continue;
      }
      if (harnessOf(data) === 'lm-eval') runs.push(await readRun(source, data as LmEvalResults));
    }
    if (runs.length === 0)
      throw new DataError({ file: path }, 'no lm-evaluation-harness results file found', {
        hint: 'Point at the folder lm_eval --output_path wrote, or at one results JSON.',
      });
    return runs;
  },
};

async function readRun(source: SourceFile, data: LmEvalResults): Promise<ImportedRun> {
  const path = source.path;
  const stamp = stampOf(basename(path));
  const samples = await samplesFiles(dirname(path), stamp);
  const rows = { ...data.results, ...(data.groups ?? {}) };
  const tasks: ImportedTask[] = [];
  const items: ImportedItem[] = [];
  for (const [task, entry] of Object.entries(rows)) {
    const parsed = parseMetrics(task, entry);
    if (parsed.order.length === 0) continue;
    const file = samples.get(task);
    const taskItems = file ? await readSamples(file, task, parsed.filters) : [];
    items.push(...taskItems);
    const counts = data['n-samples']?.[task];
    const primary = parsed.order[0];
    tasks.push({
      task,
      primary_metric: primary,
      metrics: parsed.metrics,
      n: counts?.effective ?? counts?.original ?? (taskItems.length > 0 ? taskItems.length : null),
      higher_is_better: data.higher_is_better?.[task]?.[primary.split(',')[0]] ?? true,
      notes: parsed.notes,
      categories: {},
      instrument: lmEvalInstrument(task, data),
    });
  }
  if (tasks.length === 0) throw new DataError({ file: path }, 'no task with a metric in "results"');
  const name = data.model_name ?? modelArg(data.config?.model_args) ?? data.config?.model ?? 'model';
  return {
    run_id: `lm-eval-${source.sha256.slice(0, 12)}`,
    suite: 'lm-eval',
    started_at: typeof data.date === 'number' ? new Date(data.date * 1000).toISOString() : timeInName(stamp),
    finished_at: null,
    models: [
      {
        model: importedId(data.model_name_sanitized ?? name),
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

/** `results_2024-05-01T12-30-00.123456.json`, `gsm8k-phi-3-mini_2025-08-11T20-51-25.059120.json` → the stamp. */
function stampOf(name: string): string {
  return /(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(?:\.\d+)?)/.exec(name)?.[1] ?? '';
}

/** `acc,none` → `acc`; `exact_match,strict-match` stays as lm-eval names it. */
function metricName(metric: string, filter: string): string {
  return filter === 'none' ? metric : `${metric},${filter}`;
}

const NOT_METRICS = new Set(['alias', 'samples', ' ', 'name']);

function parseMetrics(task: string, entry: Record<string, unknown>) {
  const metrics: ImportedTask['metrics'] = {};
  const order: string[] = [];
  const notes: string[] = [];
  /** metric → the filters the results name it under, to read old sample lines that carry none. */
  const filters = new Map<string, string[]>();
  for (const [key, value] of Object.entries(entry)) {
    const [metric, filter = 'none'] = key.split(',');
    if (
      metric.endsWith('_stderr') ||
      NOT_METRICS.has(metric) ||
      (typeof value === 'string' && nonFinite(value) === null && asNumber(value) === null)
    )
      continue;
    const name = metricName(metric, filter);
    filters.set(metric, [...(filters.get(metric) ?? []), filter]);
    order.push(name);
    const bad = nonFinite(value);
    const mean = asNumber(value);
    if (bad !== null || mean === null) {
      notes.push(`${task} ${name} is ${bad ?? JSON.stringify(value)} in the file: left unknown`);
      continue;
    }
    const stderr = entry[`${metric}_stderr,${filter}`] ?? entry[`${metric}_stderr`];
    // "N/A" (or no stderr at all) stays unknown; NaN too, and it is said.
    const se = asNumber(stderr);
    if (nonFinite(stderr) !== null)
      notes.push(`${task} ${name} stderr is ${nonFinite(stderr)} in the file: left unknown`);
    // IFEval's inst_level_* are means over instructions, not over the task's prompts.
    metrics[name] = overItems(metric) ? { mean, se } : { mean, se, unit_known: false };
  }
  return { metrics, order, notes, filters };
}

async function samplesFiles(dir: string, stamp: string): Promise<Map<string, string>> {
  const found: { task: string; stamp: string; file: string }[] = [];
  for (const name of await readdir(dir)) {
    const m = /^samples_(.+)_(\d{4}-\d{2}-\d{2}T[\d.-]+)\.jsonl$/.exec(name);
    if (m) found.push({ task: m[1], stamp: m[2], file: join(dir, name) });
  }
  // Without a stamp in the results file's name, its samples are known only when one run is there.
  const stamps = new Set(found.map((f) => f.stamp));
  const wanted = stamp !== '' ? stamp : stamps.size === 1 ? [...stamps][0] : null;
  return new Map(found.filter((f) => f.stamp === wanted).map((f) => [f.task, f.file]));
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

/**
 * One item per doc; a doc scored under several filters (gsm8k) has one line per filter. Lines
 * before 0.4.3 keep their metric keys at top level with no `metrics` list and no `filter`: the
 * task's metrics in the results file say which keys they are.
 */
async function readSamples(
  file: string,
  task: string,
  filters: Map<string, string[]>,
): Promise<ImportedItem[]> {
  const text = await readFile(file, 'utf8');
  refuseLfsPointer(file, text);
  const byDoc = new Map<string, ImportedItem>();
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let s: SampleLine;
    try {
      s = parseHarnessJsonLine<SampleLine>(line);
    } catch (cause) {
      throw new DataError({ file, line: i + 1 }, 'not valid JSON', { cause });
    }
    if (s.doc_id === undefined)
      throw new DataError({ file, line: i + 1 }, 'no doc_id: not an lm-evaluation-harness samples line');
    const id = String(s.doc_id);
    const item = byDoc.get(id) ?? {
      task,
      item_id: id,
      // Items pair on doc_id and what was asked: the doc and the prompt built from it (few-shot included).
      item_hash: s.prompt_hash
        ? shortHash({ doc: s.doc_hash ?? id, prompt: s.prompt_hash })
        : (s.doc_hash ?? id).slice(0, 16),
      category: null,
      scores: {},
      output: firstText(s.resps),
      answer: firstText(s.filtered_resps),
      prompt_hash: s.prompt_hash?.slice(0, 16) ?? null,
    };
    const names = s.metrics ?? [...filters.keys()].filter((m) => m in s);
    for (const metric of names) {
      const value = asNumber(s[metric]);
      const known = filters.get(metric) ?? [];
      const filter = s.filter ?? (known.length === 1 ? known[0] : 'none');
      if (value !== null) item.scores[metricName(metric, filter)] = value;
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
