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
  /** A summary of other subsets (BFCL's OVERALL): not counted again. */
  is_aggregate?: boolean;
}
interface Category {
  name?: string | string[];
  num?: number;
  score?: number;
  subsets?: Subset[];
}
/** Schema v2's name of a metric: what it measures, how it was aggregated, over which dimensions. */
interface Identity {
  name?: string;
  aggregation?: string;
  dimensions?: Record<string, unknown>;
}
interface Metric {
  /** Schema v1. */
  name?: string;
  /** Schema v2: `identity` names the metric; `legacy_name` is its v1 name when migrated. */
  identity?: Identity;
  legacy_name?: string | null;
  semantics?: { kind?: string; direction?: string };
  num?: number;
  score?: number;
  categories?: Category[];
}
interface Report {
  schema_version?: number;
  name?: string;
  dataset_name?: string;
  model_name?: string;
  score?: number;
  metrics?: Metric[];
  primary_metric_identity?: Identity | null;
}

/**
 * evalscope (`outputs/<time>/reports/<model>/<benchmark>.json`): one report per benchmark with
 * metrics, each split into categories and their subsets. The subsets become the task's
 * categories. All reports of one output folder make one run, one model per report folder.
 */
export const evalscope: Importer = {
  name: 'evalscope',
  describe: 'evalscope reports/<model>/<benchmark>.json, schema v1 and v2 (categories and subsets)',
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

/** The versions of evalscope's report schema read here: 1 (no `schema_version`, top-level score) and 2. */
const SCHEMA_VERSIONS = new Set([1, 2]);

/**
 * A metric's name as evalscope shows it (`Metric.name`): v1's `name`; v2's `legacy_name`, else
 * its identity key, `<name>:<aggregation>[<dimension>=<value>,…]`.
 */
function metricName(m: Metric): string | null {
  if (m.name) return m.name;
  if (m.legacy_name) return m.legacy_name;
  const id = m.identity;
  if (!id?.name || !id.aggregation) return null;
  const dims = Object.entries(id.dimensions ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(',');
  return `${id.name}:${id.aggregation}${dims ? `[${dims}]` : ''}`;
}

function sameIdentity(a: Identity | undefined, b: Identity): boolean {
  return metricName({ identity: a }) === metricName({ identity: b });
}

function taskOf(report: Report, source: SourceFile): ImportedTask {
  const version = report.schema_version ?? 1;
  if (!SCHEMA_VERSIONS.has(version))
    throw new DataError(
      { file: source.path },
      `an evalscope report of schema_version ${version}: this importer reads versions 1 and 2`,
    );
  const metrics = (report.metrics ?? []).flatMap((m) => {
    const name = metricName(m);
    return name ? [{ ...m, name }] : [];
  });
  const task = report.dataset_name ?? basename(source.path, '.json');
  if (metrics.length === 0)
    throw new DataError({ file: source.path }, 'no "metrics": not an evalscope report');
  // v2 names its primary metric; v1 (and a v2 report that does not) puts it first, as evalscope reads it.
  const declared = report.primary_metric_identity;
  const primary =
    (declared && metrics.find((m) => m.identity && sameIdentity(m.identity, declared))) ||
    metrics.find((m) => m.semantics?.kind !== 'diagnostic') ||
    metrics[0];
  const categories: ImportedTask['categories'] = {};
  for (const category of primary.categories ?? []) {
    const catName = Array.isArray(category.name) ? category.name.join('/') : (category.name ?? 'default');
    for (const subset of category.subsets ?? []) {
      const mean = asNumber(subset.score);
      if (mean === null || !subset.name || subset.is_aggregate === true) continue;
      // A benchmark with one "default" category names its subsets alone.
      categories[catName === 'default' ? subset.name : `${catName}/${subset.name}`] = {
        mean,
        n: subset.num ?? 0,
      };
    }
  }
  return {
    task,
    primary_metric: primary.name,
    metrics: Object.fromEntries(
      metrics
        .filter((m) => asNumber(m.score) !== null)
        // IFEval's inst_level_* count prompts in `num` but are means over instructions: no n, no SE.
        .map((m) => [
          m.name!,
          overItems(m.name!) ? { mean: m.score!, se: null } : { mean: m.score!, se: null, unit_known: false },
        ]),
    ),
    n: primary.num ?? null,
    // v2 says which way is better (`semantics.direction`); v1 metrics are all higher-is-better.
    higher_is_better: primary.semantics?.direction !== 'lower_is_better',
    notes: [],
    categories,
    instrument: { scorer: `evalscope:${task}`, options: { metrics: metrics.map((m) => m.name) } },
  };
}
