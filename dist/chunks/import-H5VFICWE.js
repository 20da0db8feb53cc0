import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  safeSegment
} from "./chunk-WN3ZVHKA.js";
import {
  EXIT
} from "./chunk-IFKRUCDA.js";
import {
  parseCommandArgs
} from "./chunk-K4ZSLQGV.js";
import {
  gitContext
} from "./chunk-L5I7QCR6.js";
import {
  NO_GIT,
  writeFileAtomic
} from "./chunk-7HWHQXER.js";
import {
  SCHEMA_VERSION,
  aggregate,
  estimateMean,
  scoreInterval,
  wilsonInterval
} from "./chunk-HJ6QT7E2.js";
import "./chunk-533WVKLP.js";
import {
  require_dist,
  shortHash
} from "./chunk-36CHZPWI.js";
import "./chunk-MZFRBW5I.js";
import {
  DataError,
  EvalwardenError
} from "./chunk-2UXU3PFN.js";
import {
  packageVersion
} from "./chunk-SYQIWND2.js";
import {
  __toESM
} from "./chunk-QTR7GT5E.js";

// src/cli/commands/import.ts
import path from "node:path";

// src/import/index.ts
import { join as join4 } from "node:path";

// src/import/formats/evalscope.ts
import { basename as basename2, dirname } from "node:path";
import { createHash as createHash2 } from "node:crypto";

// src/import/detect.ts
function harnessOf(data) {
  if (!data || typeof data !== "object" || Array.isArray(data)) return null;
  const d = data;
  if ("config_general" in d && isObject(d.results)) return "lighteval";
  if (Array.isArray(d.log_history) && "global_step" in d) return "trainer-state";
  if (Array.isArray(d.metrics) && ("dataset_name" in d || "model_name" in d) && ("score" in d || "schema_version" in d))
    return "evalscope";
  if (isObject(d.results) && ("versions" in d || "configs" in d || "config" in d || "n-shot" in d))
    return "lm-eval";
  return null;
}
var IMPORT_NAME = {
  "lm-eval": "lm-eval",
  lighteval: "lighteval",
  evalscope: "evalscope",
  "trainer-state": "trainer-state"
};
var DESCRIPTION = {
  "lm-eval": "an lm-evaluation-harness results file",
  lighteval: "a lighteval results file",
  evalscope: "an evalscope report",
  "trainer-state": "a Hugging Face Trainer's trainer_state.json"
};
function expectHarness(file, data, expected, what) {
  const found = harnessOf(data);
  if (found === expected) return;
  if (found !== null)
    throw new DataError({ file }, `this is ${DESCRIPTION[found]}: use \`import ${IMPORT_NAME[found]}\``);
  throw new DataError({ file }, `not ${DESCRIPTION[expected]}: ${what}`);
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/import/harness-json.ts
var LFS_POINTER = "version https://git-lfs.github.com/spec/v1";
var NON_FINITE = "\0non-finite:";
function refuseLfsPointer(file, text) {
  if (text.startsWith(LFS_POINTER))
    throw new DataError({ file }, "this is a Git LFS pointer, not the file it stands for", {
      hint: "Run `git lfs pull` in the checkout, then import again."
    });
}
function parseHarnessJson(file) {
  refuseLfsPointer(file.path, file.text);
  try {
    return JSON.parse(markNonFiniteTokens(file.text));
  } catch (cause) {
    throw new DataError({ file: file.path }, `not valid JSON: ${cause.message}`, { cause });
  }
}
function parseHarnessJsonLine(text) {
  return JSON.parse(markNonFiniteTokens(text));
}
function nonFinite(value) {
  if (typeof value === "number") return Number.isFinite(value) ? null : String(value);
  if (typeof value === "string" && value.startsWith(NON_FINITE)) return value.slice(NON_FINITE.length);
  return null;
}
function markNonFiniteTokens(text) {
  if (!/NaN|Infinity/.test(text)) return text;
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      out += ch;
      if (ch === "\\") out += text[++i] ?? "";
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') {
      inString = true;
      out += ch;
      continue;
    }
    const token = /^(-?Infinity|NaN)/.exec(text.slice(i, i + 9))?.[1];
    if (token) {
      out += JSON.stringify(NON_FINITE + token);
      i += token.length - 1;
      continue;
    }
    out += ch;
  }
  return out;
}

// src/import/source-files.ts
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
async function findFiles(path2, pattern, depth = 3) {
  const info = await stat(path2).catch((cause) => {
    throw new DataError({ file: path2 }, "cannot be read", {
      cause,
      hint: "Pass the file or the output folder the harness wrote."
    });
  });
  if (info.isFile()) return pattern.test(basename(path2)) ? [path2] : [];
  const out = [];
  const walk = async (dir, left) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory() && left > 0) await walk(full, left - 1);
      else if (entry.isFile() && pattern.test(entry.name)) out.push(full);
    }
  };
  await walk(path2, depth);
  return out.sort();
}
async function filesAt(path2, pattern, depth = 3) {
  const info = await stat(path2).catch(() => null);
  return info?.isFile() ? [path2] : findFiles(path2, pattern, depth);
}
async function readSource(path2) {
  const text = await readFile(path2, "utf8");
  return { path: path2, text, sha256: createHash("sha256").update(text).digest("hex") };
}
function timeInName(name) {
  const m = /(\d{4})-?(\d{2})-?(\d{2})[T_]?(\d{2})[-:]?(\d{2})[-:]?(\d{2})/.exec(name);
  if (!m) return null;
  const t = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
function stepInPath(path2) {
  const segments = path2.split(/[\\/]/).reverse();
  for (const segment of segments) {
    const m = /(?:^|[^a-z])(?:global_step|checkpoint|ckpt|step)[-_]?(\d+)(?![\d])/i.exec(segment);
    if (m) return Number(m[1]);
  }
  return null;
}
function asNumber(value) {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))
    return Number(value);
  return null;
}

// src/import/ids.ts
var MAX_LENGTH = 100;
function importedId(name) {
  const id = name.normalize("NFC").replace(/\//g, "__").replace(/[^\p{L}\p{N}._:-]+/gu, "_").replace(/^[._:-]+|[._:-]+$/g, "");
  const cut = [...id].length > MAX_LENGTH ? [...id].slice(-MAX_LENGTH).join("").replace(/^[._:-]+/, "") : id;
  return cut || "model";
}

// src/import/summarize.ts
function overItems(metric) {
  return !metric.startsWith("inst_level");
}
function summarizeTask(task, records) {
  const items = records.filter((r) => r.task === task.task && r.error === null);
  const metrics = {};
  const categories = {};
  if (items.length > 0) {
    const names = new Set(items.flatMap((r) => Object.keys(r.scores)));
    for (const name of names)
      metrics[name] = metricOf(items.filter((r) => name in r.scores).map((r) => r.scores[name]));
    const byCategory = /* @__PURE__ */ new Map();
    for (const r of items) {
      if (r.category === null || !(task.primary_metric in r.scores)) continue;
      const list = byCategory.get(r.category) ?? [];
      list.push(r.scores[task.primary_metric]);
      byCategory.set(r.category, list);
    }
    for (const [name, values] of byCategory) categories[name] = metricOf(values);
  } else {
    for (const [name, m] of Object.entries(task.metrics))
      metrics[name] = fromAggregate(m.mean, m.se, m.unit_known === false ? null : task.n);
    for (const [name, c] of Object.entries(task.categories))
      categories[name] = fromAggregate(c.mean, null, c.n);
  }
  const n = items.length > 0 ? new Set(items.map((r) => r.item_id)).size : task.n;
  return {
    task: task.task,
    primary_metric: task.primary_metric,
    n,
    n_planned: n,
    ...task.higher_is_better ? {} : { higher_is_better: false },
    samples_per_item: 1,
    errors: 0,
    error_rate: 0,
    metrics,
    sample_spread: null,
    categories,
    latency_ms: { p50: null, p95: null },
    tokens: { prompt: 0, completion: 0 },
    cost: 0,
    weight: 1,
    instrument: { scorer: task.instrument.scorer, hash: shortHash(task.instrument.options), judge: null },
    prompt_hash: shortHash(task.instrument.options)
  };
}
function metricOf(values) {
  const binary = values.every((v) => v === 0 || v === 1);
  const estimate = estimateMean(values);
  const ci = scoreInterval(values, estimate, binary);
  return { n: values.length, mean: estimate.mean, se: estimate.se, ci, ci_method: binary ? "wilson" : "t" };
}
function fromAggregate(mean, se, n) {
  if (se === null && n !== null && n > 0 && mean >= 0 && mean <= 1) {
    return {
      n,
      mean,
      se: Math.sqrt(mean * (1 - mean) / n),
      ci: wilsonInterval(Math.round(mean * n), n),
      ci_method: "wilson"
    };
  }
  return { n, mean, se, ci: se === null ? null : normal(mean, se), ci_method: "t" };
}
function normal(mean, se) {
  return { low: mean - 1.959964 * se, high: mean + 1.959964 * se };
}

// src/import/formats/evalscope.ts
var evalscope = {
  name: "evalscope",
  describe: "evalscope reports/<model>/<benchmark>.json, schema v1 and v2 (categories and subsets)",
  async read(path2) {
    const files = await filesAt(path2, /\.json$/, 6);
    const reports = files.filter((f) => basename2(dirname(dirname(f))) === "reports" || files.length === 1);
    if (reports.length === 0)
      throw new DataError({ file: path2 }, "no reports/<model>/<benchmark>.json found", {
        hint: "Point at the evalscope output folder (the one holding reports/)."
      });
    const byRun = /* @__PURE__ */ new Map();
    for (const file of reports) {
      const runDir = files.length === 1 ? dirname(file) : dirname(dirname(dirname(file)));
      byRun.set(runDir, [...byRun.get(runDir) ?? [], file]);
    }
    return Promise.all([...byRun].map(([runDir, runFiles]) => readRun(runDir, runFiles)));
  }
};
async function readRun(path2, files) {
  const sources = await Promise.all(files.map(readSource));
  const byModel = /* @__PURE__ */ new Map();
  for (const source of sources) {
    const report = parseHarnessJson(source);
    expectHarness(source.path, report, "evalscope", 'no "metrics" with a "score"');
    const model = report.model_name ?? basename2(dirname(source.path));
    byModel.set(model, [...byModel.get(model) ?? [], taskOf(report, source)]);
  }
  const models = [...byModel].map(([name, tasks]) => ({
    model: importedId(name),
    served_model: name,
    role: "candidate",
    step: null,
    tasks,
    items: []
  }));
  const sha256 = createHash2("sha256").update([basename2(path2), ...sources.map((s) => s.sha256)].join()).digest("hex");
  const started = timeInName(path2) ?? timeInName(sources[0].path);
  const run = {
    run_id: `evalscope-${sha256.slice(0, 12)}`,
    suite: "evalscope",
    started_at: started,
    finished_at: null,
    models,
    source: { format: "evalscope", path: path2, sha256 }
  };
  return run;
}
var SCHEMA_VERSIONS = /* @__PURE__ */ new Set([1, 2]);
function metricName(m) {
  if (m.name) return m.name;
  if (m.legacy_name) return m.legacy_name;
  const id = m.identity;
  if (!id?.name || !id.aggregation) return null;
  const dims = Object.entries(id.dimensions ?? {}).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(",");
  return `${id.name}:${id.aggregation}${dims ? `[${dims}]` : ""}`;
}
function sameIdentity(a, b) {
  return metricName({ identity: a }) === metricName({ identity: b });
}
function taskOf(report, source) {
  const version = report.schema_version ?? 1;
  if (!SCHEMA_VERSIONS.has(version))
    throw new DataError(
      { file: source.path },
      `an evalscope report of schema_version ${version}: this importer reads versions 1 and 2`
    );
  const metrics = (report.metrics ?? []).flatMap((m) => {
    const name = metricName(m);
    return name ? [{ ...m, name }] : [];
  });
  const task = report.dataset_name ?? basename2(source.path, ".json");
  if (metrics.length === 0)
    throw new DataError({ file: source.path }, 'no "metrics": not an evalscope report');
  const declared = report.primary_metric_identity;
  const primary = declared && metrics.find((m) => m.identity && sameIdentity(m.identity, declared)) || metrics.find((m) => m.semantics?.kind !== "diagnostic") || metrics[0];
  const categories = {};
  for (const category of primary.categories ?? []) {
    const catName = Array.isArray(category.name) ? category.name.join("/") : category.name ?? "default";
    for (const subset of category.subsets ?? []) {
      const mean = asNumber(subset.score);
      if (mean === null || !subset.name || subset.is_aggregate === true) continue;
      categories[catName === "default" ? subset.name : `${catName}/${subset.name}`] = {
        mean,
        n: subset.num ?? 0
      };
    }
  }
  return {
    task,
    primary_metric: primary.name,
    metrics: Object.fromEntries(
      metrics.filter((m) => asNumber(m.score) !== null).map((m) => [
        m.name,
        overItems(m.name) ? { mean: m.score, se: null } : { mean: m.score, se: null, unit_known: false }
      ])
    ),
    n: primary.num ?? null,
    // v2 says which way is better (`semantics.direction`); v1 metrics are all higher-is-better.
    higher_is_better: primary.semantics?.direction !== "lower_is_better",
    notes: [],
    categories,
    instrument: { scorer: `evalscope:${task}`, options: { metrics: metrics.map((m) => m.name) } }
  };
}

// src/import/formats/lighteval.ts
import { basename as basename3 } from "node:path";
var lighteval = {
  name: "lighteval",
  describe: "lighteval results_*.json (aggregate metrics per task)",
  async read(path2) {
    const files = await filesAt(path2, /^results.*\.json$/, 6);
    if (files.length === 0)
      throw new DataError({ file: path2 }, "no results_*.json found", {
        hint: "Point at lighteval --output-dir (results/<model>/results_*.json)."
      });
    return Promise.all(files.map(readRun2));
  }
};
async function readRun2(path2) {
  const source = await readSource(path2);
  const data = parseHarnessJson(source);
  expectHarness(path2, data, "lighteval", 'no "results" and "config_general"');
  const tasks = [];
  for (const [key, values] of Object.entries(data.results)) {
    if (key === "all") continue;
    const { task, fewShots } = taskKey(key);
    const metrics = {};
    const order = [];
    for (const [name2, value] of Object.entries(values)) {
      const mean = asNumber(value);
      if (name2.endsWith("_stderr") || mean === null) continue;
      metrics[name2] = { mean, se: asNumber(values[`${name2}_stderr`]) };
      order.push(name2);
    }
    if (order.length === 0) continue;
    const summary = data.summary_tasks?.[key];
    const n = summary ? (summary.truncated ?? 0) + (summary.non_truncated ?? 0) || (summary.padded ?? 0) + (summary.non_padded ?? 0) || null : null;
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
          config: data.config_tasks?.[key] ?? null
        }
      }
    });
  }
  if (tasks.length === 0) throw new DataError({ file: path2 }, 'no task with a numeric metric in "results"');
  const name = data.config_general?.model_name ?? "model";
  return {
    run_id: `lighteval-${source.sha256.slice(0, 12)}`,
    suite: "lighteval",
    // lighteval's start_time is a perf counter, not a date: the file name carries the date.
    started_at: timeInName(basename3(path2)),
    finished_at: null,
    models: [
      { model: importedId(name), served_model: name, role: "candidate", step: null, tasks, items: [] }
    ],
    source: { format: "lighteval", path: path2, sha256: source.sha256 }
  };
}
function taskKey(key) {
  const parts = key.split("|");
  const names = parts.filter((p) => !/^\d+$/.test(p));
  const counts = parts.filter((p) => /^\d+$/.test(p));
  return {
    task: names.length > 0 ? names.join(":") : key,
    fewShots: counts.length > 0 ? Number(counts[0]) : null
  };
}

// src/import/formats/lm-eval.ts
import { readdir as readdir2, readFile as readFile2, stat as stat2 } from "node:fs/promises";
import { basename as basename4, dirname as dirname2, join as join2 } from "node:path";

// src/import/formats/lm-eval-instrument.ts
var DEFINING_KEYS = [
  "task",
  "dataset_path",
  "dataset_name",
  "dataset_kwargs",
  "training_split",
  "validation_split",
  "test_split",
  "fewshot_split",
  "process_docs",
  "doc_to_text",
  "doc_to_target",
  "doc_to_choice",
  "process_results",
  "description",
  "target_delimiter",
  "fewshot_delimiter",
  "fewshot_config",
  "num_fewshot",
  "metric_list",
  "output_type",
  "generation_kwargs",
  "repeats",
  "filter_list"
];
function lmEvalInstrument(task, data) {
  const config = data.configs?.[task];
  const defining = {};
  if (config && typeof config === "object") {
    const c = config;
    for (const key of DEFINING_KEYS) if (key in c) defining[key] = normaliseReprs(c[key]);
    const version = c.metadata?.version;
    if (version !== void 0) defining.version = version;
  }
  return {
    scorer: `lm-eval:${task}`,
    options: {
      version: data.versions?.[task] ?? null,
      n_shot: data["n-shot"]?.[task] ?? data.config?.num_fewshot ?? null,
      config: config === void 0 ? null : defining
    }
  };
}
function normaliseReprs(value) {
  if (typeof value === "string")
    return value.replace(/<(function|bound method|built-in function) ([\w.<>]+) at 0x[0-9a-f]+>/g, "$2");
  if (Array.isArray(value)) return value.map(normaliseReprs);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normaliseReprs(v)]));
  return value;
}

// src/import/formats/lm-eval.ts
var lmEval = {
  name: "lm-eval",
  describe: "lm-evaluation-harness 0.3\u20130.4 results JSON, any name (+ samples_<task>_*.jsonl for pairing)",
  async read(path2) {
    const single = (await stat2(path2).catch(() => null))?.isFile() === true;
    const files = single ? [path2] : await findFiles(path2, /\.json$/, 8);
    const runs = [];
    for (const file of files) {
      const source = await readSource(file);
      if (single) {
        const data2 = parseHarnessJson(source);
        expectHarness(file, data2, "lm-eval", 'no "results" with "versions", "configs" or "config"');
        runs.push(await readRun3(source, data2));
        continue;
      }
      let data;
      try {
        data = parseHarnessJson(source);
      } catch {
        continue;
      }
      if (harnessOf(data) === "lm-eval") runs.push(await readRun3(source, data));
    }
    if (runs.length === 0)
      throw new DataError({ file: path2 }, "no lm-evaluation-harness results file found", {
        hint: "Point at the folder lm_eval --output_path wrote, or at one results JSON."
      });
    return runs;
  }
};
async function readRun3(source, data) {
  const path2 = source.path;
  const stamp = stampOf(basename4(path2));
  const samples = await samplesFiles(dirname2(path2), stamp);
  const rows = { ...data.results, ...data.groups ?? {} };
  const tasks = [];
  const items = [];
  for (const [task, entry] of Object.entries(rows)) {
    const parsed = parseMetrics(task, entry);
    if (parsed.order.length === 0) continue;
    const file = samples.get(task);
    const taskItems = file ? await readSamples(file, task, parsed.filters) : [];
    items.push(...taskItems);
    const counts = data["n-samples"]?.[task];
    const primary = parsed.order[0];
    tasks.push({
      task,
      primary_metric: primary,
      metrics: parsed.metrics,
      n: counts?.effective ?? counts?.original ?? (taskItems.length > 0 ? taskItems.length : null),
      higher_is_better: data.higher_is_better?.[task]?.[primary.split(",")[0]] ?? true,
      notes: parsed.notes,
      categories: {},
      instrument: lmEvalInstrument(task, data)
    });
  }
  if (tasks.length === 0) throw new DataError({ file: path2 }, 'no task with a metric in "results"');
  const name = data.model_name ?? modelArg(data.config?.model_args) ?? data.config?.model ?? "model";
  return {
    run_id: `lm-eval-${source.sha256.slice(0, 12)}`,
    suite: "lm-eval",
    started_at: typeof data.date === "number" ? new Date(data.date * 1e3).toISOString() : timeInName(stamp),
    finished_at: null,
    models: [
      {
        model: importedId(data.model_name_sanitized ?? name),
        served_model: name,
        role: "candidate",
        step: null,
        tasks,
        items
      }
    ],
    source: { format: "lm-eval", path: path2, sha256: source.sha256 }
  };
}
function stampOf(name) {
  return /(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(?:\.\d+)?)/.exec(name)?.[1] ?? "";
}
function metricName2(metric, filter) {
  return filter === "none" ? metric : `${metric},${filter}`;
}
var NOT_METRICS = /* @__PURE__ */ new Set(["alias", "samples", " ", "name"]);
function parseMetrics(task, entry) {
  const metrics = {};
  const order = [];
  const notes = [];
  const filters = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(entry)) {
    const [metric, filter = "none"] = key.split(",");
    if (metric.endsWith("_stderr") || NOT_METRICS.has(metric) || typeof value === "string" && nonFinite(value) === null && asNumber(value) === null)
      continue;
    const name = metricName2(metric, filter);
    filters.set(metric, [...filters.get(metric) ?? [], filter]);
    order.push(name);
    const bad = nonFinite(value);
    const mean = asNumber(value);
    if (bad !== null || mean === null) {
      notes.push(`${task} ${name} is ${bad ?? JSON.stringify(value)} in the file: left unknown`);
      continue;
    }
    const stderr = entry[`${metric}_stderr,${filter}`] ?? entry[`${metric}_stderr`];
    const se = asNumber(stderr);
    if (nonFinite(stderr) !== null)
      notes.push(`${task} ${name} stderr is ${nonFinite(stderr)} in the file: left unknown`);
    metrics[name] = overItems(metric) ? { mean, se } : { mean, se, unit_known: false };
  }
  return { metrics, order, notes, filters };
}
async function samplesFiles(dir, stamp) {
  const found = [];
  for (const name of await readdir2(dir)) {
    const m = /^samples_(.+)_(\d{4}-\d{2}-\d{2}T[\d.-]+)\.jsonl$/.exec(name);
    if (m) found.push({ task: m[1], stamp: m[2], file: join2(dir, name) });
  }
  const stamps = new Set(found.map((f) => f.stamp));
  const wanted = stamp !== "" ? stamp : stamps.size === 1 ? [...stamps][0] : null;
  return new Map(found.filter((f) => f.stamp === wanted).map((f) => [f.task, f.file]));
}
async function readSamples(file, task, filters) {
  const text = await readFile2(file, "utf8");
  refuseLfsPointer(file, text);
  const byDoc = /* @__PURE__ */ new Map();
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    let s;
    try {
      s = parseHarnessJsonLine(line);
    } catch (cause) {
      throw new DataError({ file, line: i + 1 }, "not valid JSON", { cause });
    }
    if (s.doc_id === void 0)
      throw new DataError({ file, line: i + 1 }, "no doc_id: not an lm-evaluation-harness samples line");
    const id = String(s.doc_id);
    const item = byDoc.get(id) ?? {
      task,
      item_id: id,
      // Items pair on doc_id and what was asked: the doc and the prompt built from it (few-shot included).
      item_hash: s.prompt_hash ? shortHash({ doc: s.doc_hash ?? id, prompt: s.prompt_hash }) : (s.doc_hash ?? id).slice(0, 16),
      category: null,
      scores: {},
      output: firstText(s.resps),
      answer: firstText(s.filtered_resps),
      prompt_hash: s.prompt_hash?.slice(0, 16) ?? null
    };
    const names = s.metrics ?? [...filters.keys()].filter((m) => m in s);
    for (const metric of names) {
      const value = asNumber(s[metric]);
      const known = filters.get(metric) ?? [];
      const filter = s.filter ?? (known.length === 1 ? known[0] : "none");
      if (value !== null) item.scores[metricName2(metric, filter)] = value;
    }
    byDoc.set(id, item);
  });
  return [...byDoc.values()];
}
function firstText(value) {
  let v = value;
  while (Array.isArray(v)) v = v[0];
  return typeof v === "string" ? v : null;
}
function modelArg(args) {
  if (typeof args === "object" && args && typeof args.pretrained === "string") return args.pretrained;
  if (typeof args === "string") return /(?:^|,)pretrained=([^,]+)/.exec(args)?.[1] ?? null;
  return null;
}

// src/import/formats/scores-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
import { basename as basename5, dirname as dirname3, resolve } from "node:path";
var RESERVED = /* @__PURE__ */ new Set(["model", "step", "date", "suite", "tasks"]);
var scoresYaml = {
  name: "scores-yaml",
  describe: "a folder of *_scores.yaml, one per checkpoint (step from names like step-5000)",
  async read(path2) {
    const files = await findFiles(path2, /_scores\.ya?ml$/, 2);
    if (files.length === 0)
      throw new DataError({ file: path2 }, "no *_scores.yaml found", {
        hint: "Name each checkpoint file like step-5000_scores.yaml."
      });
    return Promise.all(files.map((file) => readCheckpoint(file)));
  }
};
async function readCheckpoint(path2) {
  const source = await readSource(path2);
  let doc;
  try {
    doc = (0, import_yaml.parse)(source.text) ?? {};
  } catch (cause) {
    throw new DataError({ file: path2 }, `not valid YAML: ${cause.message}`, { cause });
  }
  const step = asNumber(doc.step) ?? stepInName(basename5(path2));
  if (step === null)
    throw new DataError({ file: path2 }, "no checkpoint step", {
      hint: "Add `step: 5000` or name the file like step-5000_scores.yaml."
    });
  const name = typeof doc.model === "string" ? doc.model : basename5(dirname3(resolve(path2)));
  const entries = doc.tasks && typeof doc.tasks === "object" ? doc.tasks : Object.fromEntries(Object.entries(doc).filter(([k]) => !RESERVED.has(k)));
  const tasks = [];
  for (const [task, value] of Object.entries(entries)) {
    const parsed = taskOf2(task, value);
    if (!parsed)
      throw new DataError(
        { file: path2, path: `tasks.${task}` },
        "not a score or a mapping of metrics to scores"
      );
    tasks.push(parsed);
  }
  if (tasks.length === 0) throw new DataError({ file: path2 }, "no tasks");
  const model = importedId(name);
  return {
    run_id: `scores-${model}-step-${step}`,
    suite: typeof doc.suite === "string" ? doc.suite : "checkpoints",
    started_at: typeof doc.date === "string" ? new Date(doc.date).toISOString() : timeInName(basename5(path2)),
    finished_at: null,
    models: [{ model, served_model: name, role: "training", step, tasks, items: [] }],
    source: { format: "scores-yaml", path: path2, sha256: source.sha256 }
  };
}
function taskOf2(task, value) {
  const instrument = { scorer: `scores-yaml:${task}`, options: null };
  const score = asNumber(value);
  if (score !== null)
    return {
      task,
      primary_metric: "score",
      metrics: { score: { mean: score, se: null } },
      n: null,
      higher_is_better: true,
      notes: [],
      categories: {},
      instrument
    };
  if (!value || typeof value !== "object") return null;
  const entry = value;
  const metrics = {};
  for (const [name, v] of Object.entries(entry)) {
    const mean = asNumber(v);
    if (mean === null || name === "n" || name === "stderr" || name.endsWith("_stderr") || name === "primary")
      continue;
    metrics[name] = { mean, se: asNumber(entry[`${name}_stderr`]) };
  }
  const names = Object.keys(metrics);
  if (names.length === 0) return null;
  const primary = typeof entry.primary === "string" && entry.primary in metrics ? entry.primary : names[0];
  if (metrics[primary].se === null) metrics[primary].se = asNumber(entry.stderr);
  return {
    task,
    primary_metric: primary,
    metrics,
    n: asNumber(entry.n),
    higher_is_better: true,
    notes: [],
    categories: {},
    instrument
  };
}
function stepInName(name) {
  const m = /(?:step|checkpoint|ckpt)[-_]?(\d+)/i.exec(name);
  return m ? Number(m[1]) : null;
}

// src/import/formats/trainer-state.ts
import { basename as basename6, dirname as dirname4, resolve as resolve2 } from "node:path";
var NOT_METRICS2 = /_(runtime|samples_per_second|steps_per_second)$/;
var trainerState = {
  name: "trainer-state",
  describe: "Hugging Face Trainer trainer_state.json (eval_* entries of log_history, one run per step)",
  async read(path2) {
    const files = await findFiles(path2, /^trainer_state\.json$|\.json$/, 4);
    const states = [];
    for (const file of files) {
      if (files.length > 1 && basename6(file) !== "trainer_state.json") continue;
      const source = await readSource(file);
      const state = parseHarnessJson(source);
      expectHarness(file, state, "trainer-state", 'no "log_history" and "global_step"');
      states.push({ source, state });
    }
    if (states.length === 0)
      throw new DataError({ file: path2 }, "no trainer_state.json found", {
        hint: "Point at the Trainer's output_dir or at one trainer_state.json."
      });
    states.sort((a, b) => (a.state.global_step ?? 0) - (b.state.global_step ?? 0));
    const byStep = /* @__PURE__ */ new Map();
    for (const { source, state } of states) {
      for (const entry of state.log_history) {
        const step = entry.step;
        if (typeof step !== "number" || !Object.keys(entry).some(isEvalMetric)) continue;
        const slot = byStep.get(step);
        if (slot && slot.source === source) slot.entries.push(entry);
        else byStep.set(step, { source, entries: [entry] });
      }
    }
    if (byStep.size === 0)
      throw new DataError({ file: path2 }, "no eval_* entries in log_history", {
        hint: "The Trainer logs evaluations when eval_strategy is set."
      });
    const name = basename6(outputDir(states[0].source.path));
    return [...byStep].map(([step, { source, entries }]) => runOf(step, source, entries, name));
  }
};
function runOf(step, source, entries, name) {
  const model = importedId(name);
  return {
    run_id: `trainer-${model}-step-${step}`,
    suite: "trainer",
    // A Trainer's state has no date; the file's mtime is when it was copied, not when it ran.
    started_at: null,
    finished_at: null,
    models: [{ model, served_model: name, role: "training", step, tasks: tasksOf(entries), items: [] }],
    source: { format: "trainer-state", path: source.path, sha256: source.sha256 }
  };
}
function isEvalMetric(key) {
  return key.startsWith("eval_") && !NOT_METRICS2.test(key);
}
function tasksOf(entries) {
  const values = /* @__PURE__ */ new Map();
  for (const entry of entries)
    for (const [key, value] of Object.entries(entry))
      if (isEvalMetric(key) && typeof value === "number" && Number.isFinite(value)) values.set(key, value);
  const datasets = [...values.keys()].map((k) => /^eval_(.+)_loss$/.exec(k)?.[1]).filter((d) => d !== void 0).sort((a, b) => b.length - a.length);
  const tasks = /* @__PURE__ */ new Map();
  for (const [key, value] of values) {
    const rest = key.slice("eval_".length);
    const dataset = datasets.find((d) => rest.startsWith(`${d}_`));
    const task = dataset ?? "eval";
    const metric = dataset ? rest.slice(dataset.length + 1) : rest;
    tasks.set(task, { ...tasks.get(task) ?? {}, [metric]: value });
  }
  return [...tasks].map(([task, metrics]) => {
    const names = Object.keys(metrics);
    const primary = names.find((m) => m !== "loss") ?? names[0];
    return {
      task,
      primary_metric: primary,
      metrics: Object.fromEntries(names.map((m) => [m, { mean: metrics[m], se: null }])),
      n: null,
      higher_is_better: !/loss|perplexity/.test(primary),
      notes: [],
      categories: {},
      instrument: { scorer: `trainer-state:${task}`, options: { metrics: names.sort() } }
    };
  });
}
function outputDir(file) {
  const dir = dirname4(resolve2(file));
  return stepInPath(basename6(dir)) !== null ? dirname4(dir) : dir;
}

// src/import/formats/index.ts
var importers = {
  "lm-eval": lmEval,
  evalscope,
  lighteval,
  "scores-yaml": scoresYaml,
  "trainer-state": trainerState
};

// src/import/write-results.ts
import { mkdir, rm } from "node:fs/promises";
import { join as join3 } from "node:path";
async function writeImportedRun(run, dir, git) {
  const records = run.models.flatMap(
    (model) => model.items.map((item) => {
      const primary = model.tasks.find((t) => t.task === item.task)?.primary_metric;
      return {
        schema_version: SCHEMA_VERSION,
        run_id: run.run_id,
        model: model.model,
        task: item.task,
        item_id: item.item_id,
        item_hash: item.item_hash,
        sample: 0,
        category: item.category,
        cluster: null,
        prompt_hash: item.prompt_hash ?? "",
        output: item.output,
        reasoning: null,
        score: primary !== void 0 && primary in item.scores ? item.scores[primary] : null,
        scores: item.scores,
        answer: item.answer,
        details: null,
        latency_ms: null,
        usage: null,
        cost: null,
        cached: false,
        error: null
      };
    })
  );
  const models = run.models.map((model) => {
    const tasks = model.tasks.map(
      (task) => summarizeTask(
        task,
        records.filter((r) => r.model === model.model)
      )
    );
    return {
      model: model.model,
      role: model.role,
      step: model.step,
      served_model: model.served_model,
      params_hash: shortHash(null),
      tasks,
      aggregate: aggregate(tasks),
      tokens: { prompt: 0, completion: 0 },
      cost: 0
    };
  });
  const summary = {
    schema_version: SCHEMA_VERSION,
    run_id: run.run_id,
    suite: run.suite,
    status: "complete",
    models
  };
  const info = {
    schema_version: SCHEMA_VERSION,
    run_id: run.run_id,
    suite: run.suite,
    kind: "import",
    evalwarden_version: packageVersion(),
    config_hash: run.source.sha256.slice(0, 16),
    datasets: run.models[0].tasks.map((t) => ({
      task: t.task,
      path: run.source.path,
      sha256: run.source.sha256,
      items: t.n
    })),
    models: run.models.map((m) => ({
      model: m.model,
      role: m.role,
      step: m.step,
      served_model: m.served_model,
      endpoint: `import:${run.source.format}`,
      endpoint_kind: run.source.format,
      revision: null,
      params: {}
    })),
    git: git ?? NO_GIT,
    shard: null,
    started_at: run.started_at,
    finished_at: run.finished_at,
    status: "complete",
    stopped_reason: null,
    counts: { planned: records.length, done: records.length, errors: 0, requests: 0, cached: 0 }
  };
  await mkdir(dir, { recursive: true });
  if (records.length > 0)
    await writeFileAtomic(join3(dir, "records.jsonl"), records.map((r) => `${JSON.stringify(r)}
`).join(""));
  else await rm(join3(dir, "records.jsonl"), { force: true });
  await writeFileAtomic(join3(dir, "summary.json"), `${JSON.stringify(summary, null, 2)}
`);
  await writeFileAtomic(join3(dir, "run.json"), `${JSON.stringify(info, null, 2)}
`);
  return { run: info, summary, records };
}

// src/import/index.ts
async function importResults(options) {
  const importer = importers[options.format];
  if (!importer) {
    throw new EvalwardenError(`Unknown import format "${options.format}".`, {
      hint: `Use one of: ${Object.keys(importers).join(", ")}.`
    });
  }
  const runs = (await importer.read(options.path)).map((run) => asCheckpoint(run, options));
  const folders = [];
  for (const run of runs) {
    const dir = runs.length === 1 ? options.outDir : join4(options.outDir, safeSegment(run.run_id));
    const written = await writeImportedRun(run, dir, options.git);
    folders.push({
      dir,
      run_id: run.run_id,
      models: run.models.map((m) => m.model),
      tasks: run.models.reduce((n, m) => n + m.tasks.length, 0),
      records: written.records.length,
      notes: run.models.flatMap((m) => m.tasks.flatMap((t) => t.notes))
    });
  }
  return { folders };
}
function asCheckpoint(run, options) {
  const step = options.step ?? stepInPath(run.source.path);
  const models = run.models.map((model) => ({
    ...model,
    model: importedId(options.modelId ?? model.model),
    tasks: model.tasks.map((task) => ({ ...task, task: importedId(task.task) })),
    items: model.items.map((item) => ({ ...item, task: importedId(item.task) })),
    role: options.role ?? model.role,
    step: options.step ?? model.step ?? step
  }));
  const renamed = options.modelId !== void 0 || step !== null && run.models.some((m) => m.step === null);
  const suffix = renamed ? `-${models[0].model}${models[0].step === null ? "" : `-step-${models[0].step}`}` : "";
  return { ...run, run_id: `${run.run_id}${suffix}`, models };
}

// src/cli/commands/import.ts
var USAGE = `evalwarden import <format> <path> --out <dir> [--model-id <id>] [--role training] [--step N]
formats:
${Object.entries(importers).map(([name, importer]) => `  ${name.padEnd(12)} ${importer.describe}`).join("\n")}
Writes an evalwarden results folder (one per run found) that compare and publish take.
--model-id files every run under one model; --role training and --step N (else the step in
the path: step-5000, global_step11500, checkpoint-2000) make a folder of checkpoints one curve.`;
var importCmd = async (args, io) => {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      out: { type: "string" },
      "model-id": { type: "string" },
      role: { type: "string" },
      step: { type: "string" }
    },
    USAGE
  );
  const [format, source] = positionals;
  if (!format || !source || positionals.length > 2)
    throw new EvalwardenError("import takes a format and a path", { hint: USAGE });
  if (!values.out) throw new EvalwardenError("import needs --out <dir>", { hint: USAGE });
  const role = values.role;
  if (role !== void 0 && role !== "training" && role !== "candidate")
    throw new EvalwardenError(`--role ${role} is not a role an import takes`, {
      hint: "Use --role training."
    });
  const step = values.step === void 0 ? void 0 : Number(values.step);
  if (step !== void 0 && !(Number.isInteger(step) && step >= 0))
    throw new EvalwardenError(`--step ${values.step} is not a checkpoint step`, {
      hint: "Give a whole number: --step 5000."
    });
  const result = await importResults({
    format,
    path: path.resolve(io.cwd, source),
    outDir: path.resolve(io.cwd, values.out),
    git: gitContext(io.env, io.cwd),
    modelId: values["model-id"],
    role,
    step
  });
  for (const f of result.folders) {
    io.stdout(
      `${path.relative(io.cwd, f.dir) || "."}: run ${f.run_id}, ${f.models.join(", ")}, ${f.tasks} task(s), ${f.records} per-item record(s)`
    );
    for (const note of f.notes) io.stderr(`note: ${note}`);
  }
  return EXIT.ok;
};
export {
  importCmd
};
