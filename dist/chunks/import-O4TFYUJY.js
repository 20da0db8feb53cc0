import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  gitContext
} from "./chunk-VHVBZGLE.js";
import {
  SCHEMA_VERSION,
  aggregate
} from "./chunk-S7FZLBF4.js";
import {
  shortHash
} from "./chunk-BHQOCA2E.js";
import {
  require_dist
} from "./chunk-JF5I76B5.js";
import {
  packageVersion
} from "./chunk-R5XGLPLO.js";
import {
  estimateMean,
  scoreInterval,
  wilsonInterval
} from "./chunk-XINLANYU.js";
import {
  safeSegment
} from "./chunk-GHTKI7IL.js";
import {
  EXIT
} from "./chunk-IFKRUCDA.js";
import {
  parseCommandArgs
} from "./chunk-CC7CSC57.js";
import {
  DataError,
  EvalwardenError
} from "./chunk-2UXU3PFN.js";
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
async function readSource(path2) {
  const [text, info] = await Promise.all([readFile(path2, "utf8"), stat(path2)]);
  return { path: path2, text, sha256: createHash("sha256").update(text).digest("hex"), mtime: info.mtime };
}
function parseJson(file) {
  try {
    return JSON.parse(file.text);
  } catch (cause) {
    throw new DataError({ file: file.path }, `not valid JSON: ${cause.message}`, { cause });
  }
}
function timeInName(name) {
  const m = /(\d{4})-?(\d{2})-?(\d{2})[T_]?(\d{2})[-:]?(\d{2})[-:]?(\d{2})/.exec(name);
  if (!m) return null;
  const t = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
function modelId(name) {
  const id = name.replace(/\//g, "__").replace(/[^A-Za-z0-9._-]/g, "_").replace(/^[^A-Za-z0-9]+/, "");
  return id.slice(0, 128) || "model";
}
function asNumber(value) {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))
    return Number(value);
  return null;
}

// src/import/formats/evalscope.ts
var evalscope = {
  name: "evalscope",
  describe: "evalscope reports/<model>/<benchmark>.json (categories and subsets)",
  async read(path2) {
    const files = await findFiles(path2, /\.json$/, 4);
    const reports = files.filter((f) => basename2(dirname(dirname(f))) === "reports" || files.length === 1);
    if (reports.length === 0)
      throw new DataError({ file: path2 }, "no reports/<model>/<benchmark>.json found", {
        hint: "Point at the evalscope output folder (the one holding reports/)."
      });
    const sources = await Promise.all(reports.map(readSource));
    const byModel = /* @__PURE__ */ new Map();
    for (const source of sources) {
      const report = parseJson(source);
      const model = report.model_name ?? basename2(dirname(source.path));
      byModel.set(model, [...byModel.get(model) ?? [], taskOf(report, source)]);
    }
    const models = [...byModel].map(([name, tasks]) => ({
      model: modelId(name),
      served_model: name,
      role: "candidate",
      step: null,
      tasks,
      items: []
    }));
    const sha256 = createHash2("sha256").update(sources.map((s) => s.sha256).join()).digest("hex");
    const started = timeInName(path2) ?? timeInName(sources[0].path) ?? sources[0].mtime.toISOString();
    const run = {
      run_id: `evalscope-${sha256.slice(0, 12)}`,
      suite: "evalscope",
      started_at: started,
      finished_at: null,
      models,
      source: { format: "evalscope", path: path2, sha256 }
    };
    return [run];
  }
};
function taskOf(report, source) {
  const metrics = report.metrics ?? [];
  const task = report.dataset_name ?? basename2(source.path, ".json");
  if (metrics.length === 0 || !metrics[0].name)
    throw new DataError({ file: source.path }, 'no "metrics": not an evalscope report');
  const primary = metrics[0];
  const categories = {};
  for (const category of primary.categories ?? []) {
    const catName = Array.isArray(category.name) ? category.name.join("/") : category.name ?? "default";
    for (const subset of category.subsets ?? []) {
      const mean = asNumber(subset.score);
      if (mean === null || !subset.name) continue;
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
      metrics.filter((m) => m.name && asNumber(m.score) !== null).map((m) => [m.name, { mean: m.score, se: null }])
    ),
    n: primary.num ?? null,
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
    const files = await findFiles(path2, /^results.*\.json$/);
    if (files.length === 0)
      throw new DataError({ file: path2 }, "no results_*.json found", {
        hint: "Point at lighteval --output-dir (results/<model>/results_*.json)."
      });
    return Promise.all(files.map(readRun));
  }
};
async function readRun(path2) {
  const source = await readSource(path2);
  const data = parseJson(source);
  if (!data.results || !data.config_general)
    throw new DataError({ file: path2 }, 'no "results" and "config_general": not a lighteval results file');
  const tasks = [];
  for (const [key, values] of Object.entries(data.results)) {
    if (key === "all") continue;
    const [suite, task = key, fewShots = null] = key.split("|");
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
      categories: {},
      instrument: {
        scorer: `lighteval:${suite}|${task}`,
        options: {
          few_shots: fewShots,
          version: data.versions?.[key] ?? null,
          config: data.config_tasks?.[key] ?? null
        }
      }
    });
  }
  if (tasks.length === 0) throw new DataError({ file: path2 }, 'no task with a numeric metric in "results"');
  const name = data.config_general.model_name ?? "model";
  return {
    run_id: `lighteval-${source.sha256.slice(0, 12)}`,
    suite: "lighteval",
    // lighteval's start_time is a perf counter, not a date: the file name carries the date.
    started_at: timeInName(basename3(path2)) ?? source.mtime.toISOString(),
    finished_at: null,
    models: [{ model: modelId(name), served_model: name, role: "candidate", step: null, tasks, items: [] }],
    source: { format: "lighteval", path: path2, sha256: source.sha256 }
  };
}

// src/import/formats/lm-eval.ts
import { readFile as readFile2 } from "node:fs/promises";
import { basename as basename4, dirname as dirname2, join as join2 } from "node:path";
import { readdir as readdir2 } from "node:fs/promises";
var lmEval = {
  name: "lm-eval",
  describe: "lm-evaluation-harness results_*.json (+ samples_<task>_*.jsonl for per-item pairing)",
  async read(path2) {
    const files = await findFiles(path2, /^results.*\.json$/);
    if (files.length === 0)
      throw new DataError({ file: path2 }, "no results_*.json found", {
        hint: "Point at the folder lm_eval --output_path wrote, or at one results_*.json."
      });
    const runs = [];
    for (const file of files) runs.push(await readRun2(file));
    return runs;
  }
};
async function readRun2(path2) {
  const source = await readSource(path2);
  const data = parseJson(source);
  if (!data.results || typeof data.results !== "object")
    throw new DataError({ file: path2 }, 'no "results" object: not an lm-evaluation-harness results file');
  const stamp = basename4(path2).replace(/^results_?/, "").replace(/\.json$/, "");
  const samples = await samplesFiles(dirname2(path2), stamp);
  const groups = new Set(Object.keys(data.groups ?? {}));
  const tasks = [];
  const items = [];
  for (const [task, metrics] of Object.entries(data.results)) {
    if (groups.has(task)) continue;
    const parsed = parseMetrics(metrics);
    if (parsed.order.length === 0) continue;
    const counts = data["n-samples"]?.[task];
    const taskItems = samples.has(task) ? await readSamples(samples.get(task), task) : [];
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
          n_shot: data["n-shot"]?.[task] ?? null,
          config: data.configs?.[task] ?? null
        }
      }
    });
  }
  if (tasks.length === 0) throw new DataError({ file: path2 }, 'no task with a numeric metric in "results"');
  const name = data.model_name ?? modelArg(data.config?.model_args) ?? data.config?.model ?? "model";
  const started = typeof data.date === "number" ? new Date(data.date * 1e3).toISOString() : timeInName(stamp) ?? source.mtime.toISOString();
  return {
    run_id: `lm-eval-${source.sha256.slice(0, 12)}`,
    suite: "lm-eval",
    started_at: started,
    finished_at: null,
    models: [
      {
        model: data.model_name_sanitized ?? modelId(name),
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
function metricName(metric, filter) {
  return filter === "none" ? metric : `${metric},${filter}`;
}
function parseMetrics(entry) {
  const metrics = {};
  const order = [];
  for (const [key, value] of Object.entries(entry)) {
    const [metric, filter = "none"] = key.split(",");
    if (metric.endsWith("_stderr") || metric === "alias" || metric === "samples") continue;
    const mean = asNumber(value);
    if (mean === null) continue;
    const name = metricName(metric, filter);
    metrics[name] = { mean, se: asNumber(entry[`${metric}_stderr,${filter}`] ?? entry[`${metric}_stderr`]) };
    order.push(name);
  }
  return { metrics, order };
}
async function samplesFiles(dir, stamp) {
  const out = /* @__PURE__ */ new Map();
  for (const name of await readdir2(dir)) {
    const m = /^samples_(.+)_([^_]+)\.jsonl$/.exec(name);
    if (m && (stamp === "" || m[2] === stamp)) out.set(m[1], join2(dir, name));
  }
  return out;
}
async function readSamples(file, task) {
  const byDoc = /* @__PURE__ */ new Map();
  const lines = (await readFile2(file, "utf8")).split("\n");
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    let s;
    try {
      s = JSON.parse(line);
    } catch (cause) {
      throw new DataError({ file, line: i + 1 }, "not valid JSON", { cause });
    }
    if (s.doc_id === void 0)
      throw new DataError({ file, line: i + 1 }, "no doc_id: not an lm-evaluation-harness samples line");
    const id = String(s.doc_id);
    const item = byDoc.get(id) ?? {
      task,
      item_id: id,
      item_hash: (s.doc_hash ?? id).slice(0, 16),
      category: null,
      scores: {},
      output: firstText(s.resps),
      answer: firstText(s.filtered_resps),
      prompt_hash: s.prompt_hash?.slice(0, 16) ?? null
    };
    for (const metric of s.metrics ?? []) {
      const value = asNumber(s[metric]);
      if (value !== null) item.scores[metricName(metric, s.filter ?? "none")] = value;
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
  const model = modelId(name);
  return {
    run_id: `scores-${model}-step-${step}`,
    suite: typeof doc.suite === "string" ? doc.suite : "checkpoints",
    started_at: typeof doc.date === "string" ? new Date(doc.date).toISOString() : timeInName(basename5(path2)) ?? source.mtime.toISOString(),
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
  return { task, primary_metric: primary, metrics, n: asNumber(entry.n), categories: {}, instrument };
}
function stepInName(name) {
  const m = /(?:step|checkpoint|ckpt)[-_]?(\d+)/i.exec(name);
  return m ? Number(m[1]) : null;
}

// src/import/formats/index.ts
var importers = {
  "lm-eval": lmEval,
  evalscope,
  lighteval,
  "scores-yaml": scoresYaml
};

// src/import/write-results.ts
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join as join3 } from "node:path";

// src/import/summarize.ts
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
      metrics[name] = fromAggregate(m.mean, m.se, task.n ?? 0);
    for (const [name, c] of Object.entries(task.categories))
      categories[name] = fromAggregate(c.mean, null, c.n);
  }
  const n = items.length > 0 ? new Set(items.map((r) => r.item_id)).size : task.n ?? 0;
  return {
    task: task.task,
    primary_metric: task.primary_metric,
    n,
    n_planned: n,
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
  if (se === null && n > 0 && mean >= 0 && mean <= 1) {
    return {
      n,
      mean,
      se: Math.sqrt(mean * (1 - mean) / n),
      ci: wilsonInterval(Math.round(mean * n), n),
      ci_method: "wilson"
    };
  }
  return { n, mean, se: se ?? 0, ci: normal(mean, se ?? 0), ci_method: "t" };
}
function normal(mean, se) {
  return { low: mean - 1.959964 * se, high: mean + 1.959964 * se };
}

// src/import/write-results.ts
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
      items: t.n ?? 0
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
    git: git ?? {
      sha: null,
      ref: null,
      branch: null,
      repository: null,
      pr: null,
      event: null,
      base_ref: null,
      base_sha: null
    },
    shard: null,
    started_at: run.started_at,
    finished_at: run.finished_at,
    status: "complete",
    stopped_reason: null,
    counts: { planned: records.length, done: records.length, errors: 0, requests: 0, cached: 0 }
  };
  await mkdir(dir, { recursive: true });
  await writeFile(join3(dir, "run.json"), `${JSON.stringify(info, null, 2)}
`);
  await writeFile(join3(dir, "summary.json"), `${JSON.stringify(summary, null, 2)}
`);
  if (records.length > 0)
    await writeFile(join3(dir, "records.jsonl"), records.map((r) => `${JSON.stringify(r)}
`).join(""));
  else await rm(join3(dir, "records.jsonl"), { force: true });
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
  const runs = await importer.read(options.path);
  const folders = [];
  for (const run of runs) {
    const dir = runs.length === 1 ? options.outDir : join4(options.outDir, safeSegment(run.run_id));
    const written = await writeImportedRun(run, dir, options.git);
    folders.push({
      dir,
      run_id: run.run_id,
      models: run.models.map((m) => m.model),
      tasks: run.models.reduce((n, m) => n + m.tasks.length, 0),
      records: written.records.length
    });
  }
  return { folders };
}

// src/cli/commands/import.ts
var USAGE = `evalwarden import <format> <path> --out <dir>
formats:
${Object.entries(importers).map(([name, importer]) => `  ${name.padEnd(12)} ${importer.describe}`).join("\n")}
Writes an evalwarden results folder (one per checkpoint for scores-yaml) that compare and publish take.`;
var importCmd = async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, { out: { type: "string" } }, USAGE);
  const [format, source] = positionals;
  if (!format || !source || positionals.length > 2)
    throw new EvalwardenError("import takes a format and a path", { hint: USAGE });
  if (!values.out) throw new EvalwardenError("import needs --out <dir>", { hint: USAGE });
  const result = await importResults({
    format,
    path: path.resolve(io.cwd, source),
    outDir: path.resolve(io.cwd, values.out),
    git: gitContext(io.env, io.cwd)
  });
  for (const f of result.folders) {
    io.stdout(
      `${path.relative(io.cwd, f.dir) || "."}: run ${f.run_id}, ${f.models.join(", ")}, ${f.tasks} task(s), ${f.records} per-item record(s)`
    );
  }
  return EXIT.ok;
};
export {
  importCmd
};
