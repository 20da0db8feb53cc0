import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  ResponseCache,
  cacheKeyOf,
  callModel,
  canaryKey,
  connect,
  isCallError,
  isFatalStatus,
  makeJudge,
  openEndpoint,
  rememberReference,
  scoreRecord,
  statusOf,
  toRecordError
} from "./chunk-VJMVQTHA.js";
import {
  scrubber,
  secretValues
} from "./chunk-ME7NFJKE.js";
import {
  SCHEMA_VERSION,
  scoreFacts,
  summarize
} from "./chunk-24BF4OQN.js";
import {
  buildPlan,
  countUnits,
  resolveModels
} from "./chunk-MLE2EUE3.js";
import {
  loadConfig
} from "./chunk-5KS62O2Z.js";
import {
  packageVersion
} from "./chunk-SYQIWND2.js";
import {
  refuseSystemPath
} from "./chunk-FUA2BFNS.js";
import {
  RecordWriter,
  cutTornLine,
  latestRecords,
  readRecords,
  recordKey,
  writeFileAtomic,
  writeRecordsFile
} from "./chunk-WL6NDTXN.js";
import {
  canonicalJson
} from "./chunk-BHQOCA2E.js";
import {
  EndpointError,
  EvalwardenError
} from "./chunk-2UXU3PFN.js";

// src/run/provenance.ts
function newRunId(now, random = Math.random) {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  return `${stamp}-${Math.floor(random() * 16777215).toString(16).padStart(6, "0")}`;
}
function publicEndpoint(baseUrl) {
  const url = new URL(baseUrl);
  return `${url.protocol}//${url.host}${url.pathname}`;
}
function modelProvenance(model, served, cache) {
  return {
    model: model.id,
    role: model.role,
    step: model.step ?? null,
    served_model: model.model,
    endpoint: publicEndpoint(model.base_url),
    endpoint_kind: served?.endpointKind ?? "openai-compatible",
    revision: model.revision ?? served?.revision ?? null,
    params: { ...model.params, ...model.system ? { system: model.system } : {} },
    cache
  };
}
var NO_GIT = {
  sha: null,
  ref: null,
  branch: null,
  repository: null,
  pr: null,
  event: null,
  base_ref: null,
  base_sha: null
};
function runKind(git, models) {
  if (models.some((m) => m.role === "training")) return "sweep";
  if (git.pr !== null || git.event === "pull_request" || git.event === "pull_request_target" || git.event === "workflow_run")
    return "pr";
  if (git.event === "push" || git.event === "schedule") return "branch";
  return "manual";
}

// src/run/dry-run.ts
var CHARS_PER_TOKEN = 4;
var DEFAULT_MAX_TOKENS = 256;
var tokensOf = (text) => Math.ceil(text.length / CHARS_PER_TOKEN);
function describePlan(plan, judge) {
  let promptTokens = 0;
  let completionTokens = 0;
  let cost = 0;
  const add = (model, prompt, completion) => {
    promptTokens += prompt;
    completionTokens += completion;
    cost += (prompt * model.price.input_per_mtok + completion * model.price.output_per_mtok) / 1e6;
  };
  const judged = (task) => task.instrument.judge !== null && judge !== void 0;
  const called = new Set(plan.models);
  for (const model of plan.models) {
    const answerTokens = model.params.max_tokens ?? DEFAULT_MAX_TOKENS;
    for (const task of plan.tasks) {
      const prompts = task.items.reduce((a, i) => a + tokensOf(i.prompt), 0) * task.samples;
      const calls = task.items.length * task.samples;
      add(model, prompts, calls * answerTokens);
      if (judged(task) && judge) {
        called.add(judge);
        const rubric = tokensOf(String(task.scorerOptions.rubric ?? ""));
        add(
          judge,
          prompts + calls * (answerTokens + rubric),
          calls * (judge.params.max_tokens ?? DEFAULT_MAX_TOKENS)
        );
      }
    }
  }
  const tasks = plan.tasks.map((t) => {
    const calls = t.items.length * t.samples * plan.models.length;
    return {
      task: t.id,
      items: t.items.length,
      samples: t.samples,
      models: plan.models.length,
      calls,
      judgeCalls: judged(t) ? calls : 0
    };
  });
  const priced = [...called].some((m) => m.price.input_per_mtok > 0 || m.price.output_per_mtok > 0);
  return {
    tasks,
    models: plan.models.map((m) => m.id),
    calls: countUnits(plan),
    judge: tasks.some((t) => t.judgeCalls > 0) ? judge?.id ?? null : null,
    judgeCalls: tasks.reduce((a, t) => a + t.judgeCalls, 0),
    promptTokens,
    completionTokens,
    cost: priced ? cost : null
  };
}
function renderEstimate(e) {
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const judgeCalls = (n) => n > 0 ? ` + ${plural(n, "judge call")}` : "";
  return [
    ...e.tasks.map(
      (t) => `${t.task}: ${plural(t.items, "item")} \xD7 ${plural(t.samples, "sample")} \xD7 ${plural(t.models, "model")} \u2192 ${plural(t.calls, "call")}${judgeCalls(t.judgeCalls)}`
    ),
    `models: ${e.models.join(", ")}${e.judge ? `; judge: ${e.judge}` : ""}`,
    `${plural(e.calls + e.judgeCalls, "call")}; ~${e.promptTokens} prompt + \u2264${e.completionTokens} completion tokens; ${e.cost === null ? "cost unknown (no price in the config: models[].price)" : `cost \u2264 ${e.cost.toFixed(4)} at the config's prices`}. No call was made.`
  ];
}

// src/run/shard.ts
function parseShard(text) {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count)
    throw new Error(`shard must look like i/N with 1 \u2264 i \u2264 N, not "${text}"`);
  return { index, count };
}
function shardPlan(plan, shard) {
  let position = 0;
  const tasks = plan.tasks.map((task) => ({
    ...task,
    items: task.items.filter(() => position++ % shard.count === shard.index - 1)
  }));
  return { ...plan, tasks };
}

// src/run/pipeline.ts
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";

// src/report/progress.ts
var Progress = class {
  #total;
  #label;
  #log;
  #everyMs;
  #started = performance.now();
  #done = 0;
  #errors = 0;
  #lastPrint = performance.now();
  #heartbeat;
  constructor(options) {
    this.#total = options.total;
    this.#label = options.label;
    this.#log = options.log;
    this.#everyMs = options.everyMs ?? 2e3;
  }
  /**
   * Prints a line every few seconds even when nothing finishes: a server that accepts requests
   * and never answers would otherwise leave the user with silence for minutes (timeout × retries).
   */
  start(extra) {
    this.#heartbeat = setInterval(() => {
      if (performance.now() - this.#lastPrint < this.#everyMs) return;
      this.#lastPrint = performance.now();
      this.#log(this.line(extra?.()));
    }, this.#everyMs);
    this.#heartbeat.unref();
    return this;
  }
  stop() {
    clearInterval(this.#heartbeat);
  }
  tick(error, extra) {
    this.#done++;
    if (error) this.#errors++;
    const now = performance.now();
    if (now - this.#lastPrint >= this.#everyMs) {
      this.#lastPrint = now;
      this.#log(this.line(extra?.()));
    }
  }
  line(extra) {
    const seconds = (performance.now() - this.#started) / 1e3;
    if (this.#done === 0 && this.#total > 0)
      return `${this.#label} 0/${this.#total} \xB7 waiting for the first reply (${Math.floor(seconds)} s)${extra ? ` \xB7 ${extra}` : ""}`;
    const rate = this.#done / Math.max(seconds, 1e-3);
    const eta = rate > 0 ? Math.ceil((this.#total - this.#done) / rate) : 0;
    const pct = this.#total ? Math.floor(100 * this.#done / this.#total) : 100;
    return `${this.#label} ${this.#done}/${this.#total} (${pct}%) \xB7 ${rate.toFixed(1)}/s \xB7 ETA ${eta}s \xB7 ${this.#errors} errors${extra ? ` \xB7 ${extra}` : ""}`;
  }
};

// src/run/generate.ts
function messagesFor(unit, endpoint) {
  const system = unit.task.system ?? endpoint.config.system;
  return system ? [
    { role: "system", content: system },
    { role: "user", content: unit.item.prompt }
  ] : [{ role: "user", content: unit.item.prompt }];
}
function emptyRecord(unit, context, messages) {
  return {
    schema_version: SCHEMA_VERSION,
    run_id: context.runId,
    model: context.endpoint.config.id,
    task: unit.task.id,
    item_id: unit.item.id,
    item_hash: unit.item.hash,
    sample: unit.sample,
    category: unit.item.category,
    cluster: unit.item.cluster,
    prompt_hash: unit.item.promptHash,
    input: messages,
    target: unit.item.target,
    output: null,
    reasoning: null,
    score: null,
    scores: {},
    answer: null,
    details: null,
    latency_ms: null,
    usage: null,
    cost: null,
    cached: false,
    error: null
  };
}
async function runUnit(unit, context) {
  const { endpoint } = context;
  const messages = messagesFor(unit, endpoint);
  const record = emptyRecord(unit, context, messages);
  try {
    const { completion, fromCache } = await callModel(endpoint, context.cache, messages, unit.sample);
    const price = endpoint.config.price;
    Object.assign(record, {
      output: completion.output,
      reasoning: completion.reasoning,
      latency_ms: Math.round(completion.latencyMs),
      usage: completion.usage,
      cost: (completion.usage.prompt * price.input_per_mtok + completion.usage.completion * price.output_per_mtok) / 1e6,
      cached: fromCache
    });
    if (completion.toolCalls?.length) record.tool_calls = completion.toolCalls;
  } catch (error) {
    if (context.signal.aborted) throw error;
    const status = statusOf(error);
    if (isFatalStatus(status)) {
      const { message } = toRecordError(error, endpoint.client.secrets);
      throw new EndpointError(
        endpoint.config.base_url,
        `model ${endpoint.config.id}: the endpoint refused the request (${status}): ${message}`,
        {
          status,
          hint: endpoint.config.api_key_env ? `check the key in $${endpoint.config.api_key_env}` : "add api_key_env to the model"
        }
      );
    }
    record.error = toRecordError(error, endpoint.client.secrets);
    return record;
  }
  if (context.score)
    await scoreRecord(record, unit.task, unit.item, context.judge, context.references).catch(
      (error) => judgeFailure(record, error, context)
    );
  return record;
}
function judgeFailure(record, error, context) {
  if (error instanceof EvalwardenError || context.signal.aborted) throw error;
  record.error = judgeError(error, context.endpoint.client.secrets);
}
function judgeError(error, secrets) {
  const failure = toRecordError(error, secrets);
  return { kind: `judge_${failure.kind}`, message: failure.message };
}

// src/run/canaries.ts
var SCAN_BATCH = 64;
async function vouchForCache(endpoint, options) {
  const { revision, params } = endpoint.config;
  if (revision !== void 0) {
    endpoint.readCache = true;
    return { used: true, note: `vouched for by revision ${revision}`, canaries: null };
  }
  endpoint.readCache = false;
  if (params.temperature !== 0) {
    const temperature = params.temperature === void 0 ? "unset: the server's default" : String(params.temperature);
    return {
      used: false,
      note: `not used: sampled replies (temperature ${temperature}) are reused only under a pinned models[].revision`,
      canaries: null
    };
  }
  const cached = await longestCached(endpoint, options);
  if (cached.length === 0)
    return { used: false, note: "not used: nothing cached for this model yet", canaries: null };
  let differ = 0;
  let failed = 0;
  const replies = /* @__PURE__ */ new Map();
  await Promise.all(
    cached.map(async ({ unit, completion }) => {
      const messages = messagesFor(unit, endpoint);
      let live;
      try {
        live = await endpoint.scheduler.run(() => endpoint.client.complete(messages, unit.sample));
      } catch (error) {
        if (options.signal.aborted) throw error;
        failed++;
        return;
      }
      replies.set(canaryKey(messages, unit.sample), live);
      if (live.output !== completion.output || live.reasoning !== completion.reasoning) {
        differ++;
        await options.cache.set(cacheKeyOf(endpoint, messages, unit.sample), live);
      }
    })
  );
  const asked = cached.length;
  if (differ === 0 && failed === 0) {
    endpoint.readCache = true;
    return {
      used: true,
      note: `vouched for by ${asked} matching canaries`,
      canaries: { asked, differ, failed }
    };
  }
  endpoint.canaryReplies = replies;
  const reasons = [
    ...differ > 0 ? [`${differ} of ${asked} canaries differ`] : [],
    ...failed > 0 ? [`${failed} of ${asked} canaries could not be asked`] : []
  ];
  return { used: false, note: `not used: ${reasons.join(", ")}`, canaries: { asked, differ, failed } };
}
async function longestCached(endpoint, options) {
  const found = [];
  for (let start = 0; start < options.units.length; start += SCAN_BATCH) {
    const batch = options.units.slice(start, start + SCAN_BATCH);
    const hits = await Promise.all(
      batch.map((unit) => options.cache.get(cacheKeyOf(endpoint, messagesFor(unit, endpoint), unit.sample)))
    );
    hits.forEach((completion, i) => {
      if (completion) found.push({ unit: batch[i], completion });
    });
    if (found.length > options.canaries * 4) keepLongest(found, options.canaries);
  }
  keepLongest(found, options.canaries);
  return found;
}
function keepLongest(found, count) {
  const length = (c) => c.output.length + (c.reasoning?.length ?? 0);
  found.sort((a, b) => length(b.completion) - length(a.completion));
  found.length = Math.min(found.length, count);
}

// src/run/resume-check.ts
var PlanDrift = class {
  #settings = [];
  #changedModels = /* @__PURE__ */ new Set();
  #prompts = /* @__PURE__ */ new Map();
  /** Items whose prompt changed, per task. */
  #changedPrompts = /* @__PURE__ */ new Map();
  constructor(previous, plan, configHash) {
    for (const task of plan.tasks)
      for (const item of task.items) this.#prompts.set(`${task.id}\0${item.id}`, item.promptHash);
    if (!previous) return;
    if (previous.suite !== plan.suite) this.#settings.push(`suite: ${previous.suite} \u2192 ${plan.suite}`);
    for (const model of plan.models) {
      const before = previous.models.find((m) => m.model === model.id);
      if (!before) continue;
      const now = modelProvenance(model, void 0, null);
      for (const field of ["served_model", "endpoint", "params"]) {
        const [was, is] = [canonicalJson(before[field]), canonicalJson(now[field])];
        if (was === is) continue;
        this.#settings.push(`model ${model.id}: ${field} ${was} \u2192 ${is}`);
        this.#changedModels.add(model.id);
      }
    }
    if (previous.config_hash !== configHash && this.#settings.length === 0)
      this.#settings.push(`the config (hash ${previous.config_hash} \u2192 ${configHash})`);
  }
  /** Whether a record was made under settings the plan no longer has (noted for `changes`). */
  stale(record) {
    const now = this.#prompts.get(`${record.task}\0${record.item_id}`);
    if (now !== void 0 && now !== record.prompt_hash) {
      const items = this.#changedPrompts.get(record.task) ?? /* @__PURE__ */ new Set();
      this.#changedPrompts.set(record.task, items.add(record.item_id));
      return true;
    }
    return this.#changedModels.has(record.model);
  }
  /** One line per difference, once every record has been through `stale`. */
  get changes() {
    const prompts = [...this.#changedPrompts].map(
      ([task, items]) => `task ${task}: the prompt of ${items.size} item(s), e.g. ${[...items][0]}`
    );
    return [...this.#settings, ...prompts];
  }
  /** Refuses to mix runs unless forced; forced, says what will be redone. */
  check(outDir, force, staleCount, log) {
    const changes = this.changes;
    if (changes.length === 0) return;
    if (!force)
      throw new EvalwardenError(
        `cannot resume ${outDir}: it was made with another plan (${changes.join("; ")})`,
        {
          hint: "run without --resume to start over in this folder, use another --out, or add --force to keep what still matches and redo the rest"
        }
      );
    log(
      `resuming with --force despite: ${changes.join("; ")}; ${staleCount} finished item(s) will be redone`
    );
  }
};

// src/run/tolerant-cache.ts
var TolerantCache = class extends ResponseCache {
  #dir;
  #warn;
  #broken = false;
  constructor(options) {
    super(options);
    this.#dir = options.dir;
    this.#warn = options.warn;
  }
  async set(key, completion) {
    if (this.#broken) return;
    try {
      await super.set(key, completion);
    } catch (error) {
      if (this.#broken) return;
      this.#broken = true;
      const detail = error instanceof Error ? error.message : String(error);
      this.#warn(
        `warning: the response cache at ${this.#dir} cannot be written (${detail}); the run goes on without caching (set run.cache.dir to a writable folder, or run with --no-cache)`
      );
    }
  }
};

// src/run/pipeline.ts
var RESULT_FILES = { records: "records.jsonl", summary: "summary.json", run: "run.json" };
async function runEval(options) {
  refuseSystemPath(options.outDir, "--out");
  const loaded = await loadConfig(options.configPath, { env: options.env });
  const cacheDir = path.resolve(loaded.dir, loaded.config.run.cache.dir);
  refuseSystemPath(cacheDir, "run.cache.dir");
  const secrets = secretValues(loaded.config.models, options.env);
  const scrub = scrubber(secrets);
  const settings = {
    run: loaded.config.run,
    concurrency: options.concurrency ?? loaded.config.run.concurrency,
    env: options.env,
    configFile: loaded.file,
    secrets
  };
  const early = options.dryRun || options.phase === "score" ? /* @__PURE__ */ new Map() : connectEarly(resolveModels(loaded.config, options.models, loaded.file, options.step), settings);
  let plan;
  try {
    plan = await buildPlan(loaded, {
      suite: options.suite,
      models: options.models,
      maxItems: options.maxItems,
      step: options.step,
      cacheDir
    });
  } catch (error) {
    await Promise.all([...early.values()].map((e) => e.endpoint.client.close()));
    throw error;
  }
  if (options.shard) plan = shardPlan(plan, options.shard);
  const judgeModel = loaded.config.judge ? loaded.config.models.find((m) => m.id === loaded.config.judge.model) : void 0;
  if (options.dryRun) {
    return {
      runId: "",
      outDir: options.outDir,
      loaded,
      plan,
      summary: null,
      info: null,
      estimate: describePlan(plan, judgeModel),
      stopped: null
    };
  }
  await mkdir(options.outDir, { recursive: true });
  const files = resultFiles(options.outDir);
  const previous = options.resume || options.phase === "score" ? await readPreviousInfo(files.run) : void 0;
  if (!options.resume && options.phase !== "score") await rm(files.records, { force: true });
  const runId = previous?.run_id ?? newRunId(/* @__PURE__ */ new Date());
  const startedAt = previous?.started_at ?? (/* @__PURE__ */ new Date()).toISOString();
  const endpoints = plan.models.map((m) => early.get(m.id)?.endpoint ?? openEndpoint(m, settings));
  const judgeEndpoint = judgeModel && plan.tasks.some((t) => t.instrument.judge) ? openEndpoint(judgeModel, settings) : void 0;
  const cache = options.cache ?? loaded.config.run.cache.enabled ? new TolerantCache({
    dir: cacheDir,
    maxAgeMs: loaded.config.run.cache.max_age_hours * 36e5,
    warn: options.log
  }) : void 0;
  const done = /* @__PURE__ */ new Map();
  const references = /* @__PURE__ */ new Map();
  const taskById = new Map(plan.tasks.map((t) => [t.id, t]));
  const counters = { requests: 0, cached: 0 };
  const cacheUse = /* @__PURE__ */ new Map();
  let stopped = null;
  try {
    if (options.phase === "score") {
      if (judgeEndpoint) await connect(judgeEndpoint);
      const records = await latestRecords(files.records);
      for (const record of records.values()) rememberReference(references, taskById.get(record.task), record);
      await rescore(
        plan,
        records,
        judgeEndpoint ? makeJudge(judgeEndpoint, cache) : null,
        references,
        options,
        secrets
      );
      await writeRecordsFile(files.records, records.values(), scrub);
      for (const [key, record] of records) done.set(key, scoreFacts(record));
    } else {
      const drift = new PlanDrift(previous, plan, loaded.hash);
      let staleCount = 0;
      const torn = [];
      for await (const record of readRecords(files.records, {
        mode: "resume",
        onTornLine: (t) => torn.push(t)
      })) {
        if (drift.stale(record)) {
          staleCount++;
          continue;
        }
        done.set(recordKey(record), scoreFacts(record));
        rememberReference(references, taskById.get(record.task), record);
      }
      if (options.resume) drift.check(options.outDir, options.force ?? false, staleCount, options.log);
      if (torn[0]) await cutTornLine(files.records, torn[0], options.log);
      if (judgeEndpoint && options.phase === "all") await connect(judgeEndpoint);
      for (const endpoint of endpoints)
        await saying(
          early.get(endpoint.config.id)?.connected ?? connect(endpoint),
          (seconds) => `${endpoint.config.id}: waiting for ${endpoint.config.base_url} to list its models (${seconds} s)`,
          options.log
        );
      const judge = judgeEndpoint && options.phase === "all" ? makeJudge(judgeEndpoint, cache) : null;
      stopped = await generateAll({
        plan,
        endpoints,
        runId,
        done,
        references,
        cache,
        judge,
        judgeEndpoint,
        options,
        files,
        counters,
        cacheUse,
        canaries: loaded.config.run.cache.canaries,
        maxCost: loaded.config.run.max_cost,
        scrub
      });
    }
  } finally {
    const all = [...endpoints, ...judgeEndpoint ? [judgeEndpoint] : []];
    for (const endpoint of all) endpoint.scheduler.close();
    await Promise.all(all.map((e) => e.client.close()));
  }
  const facts = [...done.values()];
  const complete = stopped === null && !options.shard && facts.length === countUnits(plan) && facts.every((f) => f.score !== null || f.error !== null);
  const status = complete ? "complete" : "partial";
  const summary = summarize({
    runId,
    plan,
    models: endpoints.map((e) => ({ config: e.config, servedModel: e.config.model })),
    facts,
    status
  });
  const info = {
    schema_version: SCHEMA_VERSION,
    run_id: runId,
    suite: plan.suite,
    kind: runKind(options.git, plan.models),
    evalwarden_version: packageVersion(),
    config_hash: loaded.hash,
    datasets: plan.tasks.map((t) => t.dataset),
    models: endpoints.map(
      (e) => modelProvenance(
        e.config,
        e.served ?? servedBefore(previous, e.config.id),
        cacheUse.get(e.config.id) ?? previous?.models.find((m) => m.model === e.config.id)?.cache ?? null
      )
    ),
    git: options.git,
    shard: options.shard ? { index: options.shard.index, count: options.shard.count } : null,
    started_at: startedAt,
    finished_at: (/* @__PURE__ */ new Date()).toISOString(),
    status,
    stopped_reason: stopped,
    counts: {
      planned: countUnits(plan),
      done: facts.length,
      errors: facts.filter((f) => f.error !== null).length,
      requests: (previous?.counts.requests ?? 0) + counters.requests,
      cached: (previous?.counts.cached ?? 0) + counters.cached
    }
  };
  await writeFileAtomic(files.summary, scrub(`${JSON.stringify(summary, null, 2)}
`));
  await writeFileAtomic(files.run, scrub(`${JSON.stringify(info, null, 2)}
`));
  return { runId, outDir: options.outDir, loaded, plan, summary, info, estimate: null, stopped };
}
function connectEarly(models, settings) {
  const early = /* @__PURE__ */ new Map();
  try {
    for (const model of models) {
      const endpoint = openEndpoint(model, settings);
      const connected = connect(endpoint);
      connected.catch(() => void 0);
      early.set(model.id, { endpoint, connected });
    }
  } catch (error) {
    for (const { endpoint } of early.values()) void endpoint.client.close();
    throw error;
  }
  return early;
}
async function saying(promise, say, log) {
  const started = performance.now();
  const timer = setInterval(() => log(say(Math.floor((performance.now() - started) / 1e3))), 2e3);
  try {
    return await promise;
  } finally {
    clearInterval(timer);
  }
}
function inFlight(endpoint) {
  const { scheduler } = endpoint;
  const waiting = scheduler.inFlight;
  const oldest = Math.floor(scheduler.oldestInFlightMs / 1e3);
  return `${waiting} in flight${waiting > 0 ? `, oldest ${oldest} s` : ""} \xB7 concurrency ${scheduler.concurrency}`;
}
function resultFiles(outDir) {
  return {
    records: path.join(outDir, RESULT_FILES.records),
    summary: path.join(outDir, RESULT_FILES.summary),
    run: path.join(outDir, RESULT_FILES.run)
  };
}
function servedBefore(previous, model) {
  const found = previous?.models.find((m) => m.model === model);
  return found && { revision: found.revision, endpointKind: found.endpoint_kind };
}
async function readPreviousInfo(file) {
  try {
    return JSON.parse(await readFile(file, "utf8"));
  } catch {
    return void 0;
  }
}
function finished(done, key, phase) {
  const record = done.get(key);
  return record !== void 0 && record.error === null && (phase === "generate" || record.score !== null);
}
async function generateAll(input) {
  const { plan, endpoints, options, done, counters } = input;
  const writer = new RecordWriter(input.files.records, input.scrub);
  const controller = new AbortController();
  const signal = AbortSignal.any([options.signal, controller.signal]);
  const cut = () => {
    for (const endpoint of endpoints) endpoint.client.abort();
    input.judgeEndpoint?.client.abort();
  };
  signal.addEventListener("abort", cut, { once: true });
  let spent = [...done.values()].reduce((a, r) => a + (r.cost ?? 0), 0);
  let stopped = null;
  let fatal;
  let current;
  try {
    for (const endpoint of endpoints) {
      const units = pendingUnits(plan, endpoint.config.id, done, options.phase);
      if (input.cache && units.length > 0) {
        const use = await vouchForCache(endpoint, {
          cache: input.cache,
          units,
          canaries: input.canaries,
          signal
        }).catch((error) => {
          if (signal.aborted) return void 0;
          throw error;
        });
        if (!use) break;
        input.cacheUse.set(endpoint.config.id, use);
        options.log(`${endpoint.config.id}: response cache ${use.note}`);
      }
      const progress = new Progress({
        total: units.length,
        label: `${endpoint.config.id} ${plan.suite}`,
        log: options.log
      });
      current = progress.start(() => inFlight(endpoint));
      const running = /* @__PURE__ */ new Set();
      let slotFreed;
      for (const unit of units) {
        if (signal.aborted || fatal) break;
        if (input.maxCost !== void 0 && spent >= input.maxCost) {
          stopped = `budget: max_cost ${input.maxCost} reached after spending ${spent.toFixed(4)}`;
          break;
        }
        while (running.size >= Math.max(8, endpoint.scheduler.concurrency * 2))
          await new Promise((resolve) => slotFreed = resolve);
        const work = runUnit(unit, {
          runId: input.runId,
          endpoint,
          cache: input.cache,
          judge: input.judge,
          score: options.phase === "all",
          references: input.references,
          signal
        }).then((record) => {
          rememberReference(input.references, unit.task, record);
          if (record.cached) counters.cached++;
          else if (record.output !== null || record.error !== null) counters.requests++;
          spent += record.cost ?? 0;
          done.set(recordKey(record), scoreFacts(record));
          writer.write(record);
          progress.tick(record.error !== null, () => inFlight(endpoint));
          options.onRecordWritten?.();
        }).catch((error) => {
          if (!signal.aborted) {
            fatal ??= error;
            controller.abort();
          }
        }).finally(() => {
          running.delete(work);
          slotFreed?.();
          slotFreed = void 0;
        });
        running.add(work);
      }
      await Promise.all(running);
      progress.stop();
      if (!fatal && !signal.aborted) options.log(progress.line());
      if (fatal || signal.aborted || stopped) break;
    }
  } finally {
    current?.stop();
    signal.removeEventListener("abort", cut);
    writer.close();
  }
  if (fatal) throw fatal;
  if (options.signal.aborted) return "cancelled: what finished is kept; run again with --resume";
  return stopped;
}
function pendingUnits(plan, model, done, phase) {
  const units = [];
  for (const task of plan.tasks) {
    for (const item of task.items) {
      for (let sample = 0; sample < task.samples; sample++) {
        if (!finished(done, recordKey({ model, task: task.id, item_id: item.id, sample }), phase))
          units.push({ task, item, sample });
      }
    }
  }
  return units;
}
async function rescore(plan, done, judge, references, options, secrets) {
  const tasks = new Map(
    plan.tasks.map((t) => [t.id, { task: t, items: new Map(t.items.map((i) => [i.id, i])) }])
  );
  const pending = [...done.values()].filter(
    (r) => r.output !== null && (r.score === null || r.error?.kind.startsWith("judge"))
  );
  const progress = new Progress({ total: pending.length, label: `score ${plan.suite}`, log: options.log });
  await Promise.all(
    pending.map(async (record) => {
      const entry = tasks.get(record.task);
      const item = entry?.items.get(record.item_id);
      if (!entry || !item) return;
      record.error = null;
      await scoreRecord(record, entry.task, item, judge, references).catch((error) => {
        if (!isCallError(error)) throw error;
        record.error = judgeError(error, secrets);
      });
      progress.tick(record.error !== null);
    })
  );
  options.log(progress.line());
}

export {
  NO_GIT,
  renderEstimate,
  parseShard,
  RESULT_FILES,
  runEval,
  resultFiles
};
