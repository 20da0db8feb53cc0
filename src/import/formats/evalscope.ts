import { basename, dirname } from 'node:path';
import { createHash } from 'node:crypto';
import { DataError } from '../../errors.js';
import type { ImportedModel, ImportedRun, Importer } from '../imported.js';
import { expectHarness } from '../detect.js';
import { parseHarnessJson } from '../harness-json.js';
import { asNumber, filesAt, readSource, timeInName, type SourceFile } from '../source-files.js';
import { importedId } from '../ids.js';
import { overItems, type ImportedTask } from '../summarize.js';

interface Subset {
  name?: string;
  score?: number;
  num?: number;
}
interface Category {
  name?: string | string[];
  num?: number;
  score?: number;
  subsets?: Subset[];
}
interface Metric {
  name?: string;
  num?: number;
  score?: number;
  categories?: Category[];
}
interface Report {
  name?: string;
  dataset_name?: string;
  model_name?: string;
  score?: number;
  metrics?: Metric[];
}

/**
 * evalscope (`outputs/<time>/reports/<model>/<benchmark>.json`): one report per benchmark with
 * metrics, each split into categories and their subsets. The subsets become the task's
 * categories. All reports of one output folder make one run, one model per report folder.
 */
export const evalscope: Importer = {
  name: 'evalscope',
  describe: 'evalscope reports/<model>/<benchmark>.json (categories and subsets)',
  async read(path) {
    const files = await filesAt(path, /\.json$/, 6);
    const reports = files.filter((f) => basename(dirname(dirname(f))) === 'reports' || files.length === 1);
    if (reports.length === 0)
      throw new DataError({ file: path }, 'no reports/<model>/<benchmark>.json found', {
        hint: 'Point at the evalscope output folder (the one holding reports/).',
      });
    // Each output folder (the one holding reports/) is one run: two runs of a model stay two.
    const byRun = new Map<string, string[]>();
    for (const file of reports) {
      const runDir = files.length === 1 ? dirname(file) : dirname(dirname(dirname(file)));
      byRun.set(runDir, [...(byRun.get(runDir) ?? []), file]);
    }
    return Promise.all([...byRun].map(([runDir, runFiles]) => readRun(runDir, runFiles)));
  },
};

async function readRun(path: string, files: string[]): Promise<ImportedRun> {
  const sources = await Promise.all(files.map(readSource));
  const byModel = new Map<string, ImportedTask[]>();
  for (const source of sources) {
    const report = parseHarnessJson<Report>(source);
    expectHarness(source.path, report, 'evalscope', 'no "metrics" with a "score"');
    const model = report.model_name ?? basename(dirname(source.path));
    byModel.set(model, [...(byModel.get(model) ?? []), taskOf(report, source)]);
  }
  const models: ImportedModel[] = [...byModel].map(([name, tasks]) => ({
    model: importedId(name),
    served_model: name,
    role: 'candidate',
    step: null,
    tasks,
    items: [],
  }));
  const sha256 = createHash('sha256')
    // The output folder's name too: two runs that scored the same stay two runs.
    .update([basename(path), ...sources.map((s) => s.sha256)].join())
    .digest('hex');
  const started = timeInName(path) ?? timeInName(sources[0].path);
  const run: ImportedRun = {
    run_id: `evalscope-${sha256.slice(0, 12)}`,
    suite: 'evalscope',
    started_at: started,
    finished_at: null,
    models,
    source: { format: 'evalscope', path, sha256 },
  };
  return run;
}

function taskOf(report: Report, source: SourceFile): ImportedTask {
  const metrics = report.metrics ?? [];
  const task = report.dataset_name ?? basename(source.path, '.json');
  if (metrics.length === 0 || !metrics[0].name)
    throw new DataError({ file: source.path }, 'no "metrics": not an evalscope report');
  const primary = metrics[0];
  const categories: ImportedTask['categories'] = {};
  for (const category of primary.categories ?? []) {
    const catName = Array.isArray(category.name) ? category.name.join('/') : (category.name ?? 'default');
    for (const subset of category.subsets ?? []) {
      const mean = asNumber(subset.score);
      if (mean === null || !subset.name) continue;
      // A benchmark with one "default" category names its subsets alone.
      categories[catName === 'default' ? subset.name : `${catName}/${subset.name}`] = {
        mean,
        n: subset.num ?? 0,
      };
    }
  }
  return {
    task,
    primary_metric: primary.name!,
    metrics: Object.fromEntries(
      metrics
        .filter((m) => m.name && asNumber(m.score) !== null)
        // IFEval's inst_level_* count prompts in `num` but are means over instructions: no n, no SE.
        .map((m) => [
          m.name!,
          overItems(m.name!) ? { mean: m.score!, se: null } : { mean: m.score!, se: null, unit_known: false },
        ]),
    ),
    n: primary.num ?? null,
    higher_is_better: true,
    notes: [],
    categories,
    instrument: { scorer: `evalscope:${task}`, options: { metrics: metrics.map((m) => m.name) } },
  };
}
