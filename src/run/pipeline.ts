import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { CacheUse, GitProvenance, RunInfo, Summary } from '../artifacts.js';
import type { ModelConfig } from '../config/index.js';
import { scrubber, secretValues, type Scrub } from '../model/index.js';
import { Progress } from '../report/index.js';
import { loadConfig, type LoadedConfig } from '../config/index.js';
import { ResponseCache } from '../model/index.js';
import { vouchForCache } from './canaries.js';
import { writeFileAtomic } from './atomic-write.js';
import { PlanDrift } from './resume-check.js';
import { refuseSystemPath } from './user-paths.js';
import { connect, openEndpoint, type Endpoint, type EndpointSettings } from './endpoints.js';
import { runUnit, type Unit } from './generate.js';
import { ScoringWorker } from './score-deadline.js';
import { scoreGenerated } from './score-stage.js';
import { makeJudge } from './judge-call.js';
import { buildPlan, countUnits, type Plan } from './plan.js';
import { type ModelPick, resolveModels } from './model-picks.js';
import { buildRunInfo, modelProvenance, newRunId } from './provenance.js';
import {
  cutTornLine,
  latestRecords,
  readRecords,
  recordKey,
  RecordWriter,
  writeRecordsFile,
} from './records-file.js';
import { rememberReference, type ReferenceOutputs } from './score.js';
import { scoreFacts, summarize, type ScoreFacts } from './summarize.js';
import { describePlan, type PlanEstimate } from './dry-run.js';
import { shardPlan, type Shard } from './shard.js';

/** Everything a run needs, resolved once by the CLI or the Action: nothing below reads env or argv. */
export interface RunOptions {
  configPath: string;
  suite: string;
  outDir: string;
  /** Model ids to run; all (but a reference model that is the judge) when empty. */
  models: ModelPick[];
  maxItems?: number;
  /** `--step`: the models run are training checkpoints at this step. */
  step?: number;
  /** Overrides the config's run.concurrency. */
  concurrency?: number | 'auto';
  /** The response cache on or off; undefined: as the config says. */
  cache?: boolean;
  resume: boolean;
  /** With `resume`: go on although the plan changed, redoing only what it changed. */
  force?: boolean;
  phase: 'all' | 'generate' | 'score';
  dryRun: boolean;
  shard?: Shard;
  env: Record<string, string | undefined>;
  git: GitProvenance;
  signal: AbortSignal;
  log: (line: string) => void;
  /**
   * Called after each record is written. The entry points keep a long run's memory flat through
   * it (src/entry/heap-guard.ts): process-wide tuning is theirs, not the library's.
   */
  onRecordWritten?: () => void;
  /**
   * The outputs are a pull request's (a trusted fork run, report mode's re-scoring): every item
   * is scored in a worker thread under `run.score_timeout_ms`, whatever `run.score_deadline`
   * says (src/run/score-deadline.ts).
   */
  untrustedOutputs?: boolean;
}

export interface RunResult {
  runId: string;
  outDir: string;
  loaded: LoadedConfig;
  plan: Plan;
  summary: Summary | null;
  info: RunInfo | null;
  estimate: PlanEstimate | null;
  /** Why the run stopped early (cancelled, budget), or null. */
  stopped: string | null;
}

export const RESULT_FILES = { records: 'records.jsonl', summary: 'summary.json', run: 'run.json' } as const;

export async function runEval(options: RunOptions): Promise<RunResult> {
  const session = await openRun(options);
  if (!('round' in session)) return session;
  let stopped: string | null = null;
  try {
    stopped = options.phase === 'score' ? await session.scoreStage() : await session.round();
  } finally {
    await session.close();
  }
  return session.finish(stopped);
}

/**
 * A run opened and not yet finished: the config loaded, the plan built, the servers checked, what
 * an earlier run of the folder finished read back. Its stages: rounds of generation (the whole
 * plan at once, or the items a driver such as src/run/looks.ts asks for between rounds), then
 * `close` and `finish` (summary.json and run.json).
 */
export interface RunSession {
  readonly runId: string;
  readonly loaded: LoadedConfig;
  readonly plan: Plan;
  readonly recordsFile: string;
  /** Generates every unfinished unit the filter keeps (all without one); why it stopped early, if it did. */
  round(only?: UnitFilter): Promise<string | null>;
  /** The `--only-score` stage: scores (and judges) the folder's generated records. */
  scoreStage(): Promise<null>;
  /** The summary of what is finished so far. */
  summary(status: Summary['status']): Summary;
  /** Closes the endpoints: no more rounds. */
  close(): Promise<void>;
  /**
   * Writes summary.json and run.json. `complete` overrides whether the run is complete (a driver
   * that asked for less than the plan knows); `edit` adjusts both before they are written.
   */
  finish(
    stopped: string | null,
    how?: { complete?: boolean; edit?: (summary: Summary, info: RunInfo) => void },
  ): Promise<RunResult>;
}

/** Which units a round runs: by model id, task id and item id. */
export type UnitFilter = (model: string, task: string, item: string) => boolean;

/** Opens a run: a dry run's estimate instead, when that is all that was asked. */
export async function openRun(options: RunOptions): Promise<RunSession | RunResult> {
  refuseSystemPath(options.outDir, '--out');
  const loaded = await loadConfig(options.configPath, { env: options.env });
  const cacheDir = path.resolve(loaded.dir, loaded.config.run.cache.dir);
  refuseSystemPath(cacheDir, 'run.cache.dir');
  const secrets = secretValues(loaded.config.models, options.env, loaded.secretVariables);
  const scrub = scrubber(secrets);
  const settings: EndpointSettings = {
    run: loaded.config.run,
    concurrency: options.concurrency ?? loaded.config.run.concurrency,
    env: options.env,
    configFile: loaded.file,
    secrets,
  };
  // The servers are asked what they serve while the datasets load: a round trip off the start.
  const early =
    options.dryRun || options.phase === 'score'
      ? new Map<string, EarlyEndpoint>()
      : connectEarly(resolveModels(loaded.config, options.models, loaded.file, options.step), settings);
  let plan: Plan;
  try {
    plan = await buildPlan(loaded, {
      suite: options.suite,
      models: options.models,
      maxItems: options.maxItems,
      step: options.step,
      cacheDir,
    });
  } catch (error) {
    await Promise.all([...early.values()].map((e) => e.endpoint.client.close()));
    throw error;
  }
  if (options.shard) plan = shardPlan(plan, options.shard);
  const scoring =
    options.untrustedOutputs || loaded.config.run.score_deadline === 'always'
      ? new ScoringWorker(loaded.config.run.score_timeout_ms)
      : undefined;
  if (scoring) plan = { ...plan, tasks: plan.tasks.map((t) => ({ ...t, score: scoring.scorer(t) })) };
  const judgeModel = loaded.config.judge
    ? loaded.config.models.find((m) => m.id === loaded.config.judge!.model)
    : undefined;
  if (options.dryRun) {
    return {
      runId: '',
      outDir: options.outDir,
      loaded,
      plan,
      summary: null,
      info: null,
      estimate: describePlan(plan, judgeModel),
      stopped: null,
    };
  }
  if (scoring)
    options.log(
      `scoring in a worker thread, each item under a ${loaded.config.run.score_timeout_ms} ms deadline (run.score_timeout_ms)`,
    );
  await mkdir(options.outDir, { recursive: true });
  const files = resultFiles(options.outDir);
  const previous =
    options.resume || options.phase === 'score' ? await readPreviousInfo(files.run) : undefined;
  if (!options.resume && options.phase !== 'score') await rm(files.records, { force: true });
  const runId = previous?.run_id ?? newRunId(new Date());
  const startedAt = previous?.started_at ?? new Date().toISOString();
  const endpoints = plan.models.map((m) => early.get(m.id)?.endpoint ?? openEndpoint(m, settings));
  const judgeEndpoint =
    judgeModel && plan.tasks.some((t) => t.instrument.judge) ? openEndpoint(judgeModel, settings) : undefined;
  const cache =
    (options.cache ?? loaded.config.run.cache.enabled)
      ? new ResponseCache({
          dir: cacheDir,
          maxAgeMs: loaded.config.run.cache.max_age_hours * 3600_000,
          warn: options.log,
        })
      : undefined;

  const done = new Map<string, ScoreFacts>();
  const references: ReferenceOutputs = new Map();
  const taskById = new Map(plan.tasks.map((t) => [t.id, t]));
  const counters = { requests: 0, cached: 0 };
  const cacheUse = new Map<string, CacheUse>();
  const all = [...endpoints, ...(judgeEndpoint ? [judgeEndpoint] : [])];
  const close = async () => {
    for (const endpoint of all) endpoint.scheduler.close();
    await Promise.all([...all.map((e) => e.client.close()), scoring?.close()]);
  };
  // Generation's set-up (what the folder holds, the servers' model lists), once before the first round.
  let ready: Promise<ReturnType<typeof makeJudge> | null> | undefined;
  const prepare = async () => {
    const drift = new PlanDrift(previous, plan, loaded.hash);
    let staleCount = 0;
    const torn: { line: number; bytes: number }[] = [];
    for await (const record of readRecords(files.records, {
      mode: 'resume',
      onTornLine: (t) => torn.push(t),
    })) {
      // A record made under other settings is not done: it is redone (under --force; else refused).
      if (drift.stale(record)) {
        staleCount++;
        continue;
      }
      done.set(recordKey(record), scoreFacts(record));
      rememberReference(references, taskById.get(record.task), record);
    }
    if (options.resume) drift.check(options.outDir, options.force ?? false, staleCount, options.log);
    if (torn[0]) await cutTornLine(files.records, torn[0], options.log);
    if (judgeEndpoint && options.phase === 'all') await connect(judgeEndpoint);
    for (const endpoint of endpoints)
      await saying(
        early.get(endpoint.config.id)?.connected ?? connect(endpoint),
        (seconds) =>
          `${endpoint.config.id}: waiting for ${endpoint.config.base_url} to list its models (${seconds} s)`,
        options.log,
      );
    return judgeEndpoint && options.phase === 'all' ? makeJudge(judgeEndpoint, cache) : null;
  };
  const summaryOf = (status: Summary['status']) =>
    summarize({
      runId,
      plan,
      models: endpoints.map((e) => ({ config: e.config, servedModel: e.config.model })),
      facts: done.values(),
      status,
    });

  return {
    runId,
    loaded,
    plan,
    recordsFile: files.records,
    summary: summaryOf,
    close,
    async scoreStage() {
      if (judgeEndpoint) await connect(judgeEndpoint);
      const records = await latestRecords(files.records);
      for (const record of records.values()) rememberReference(references, taskById.get(record.task), record);
      await scoreGenerated(
        plan,
        records,
        judgeEndpoint ? makeJudge(judgeEndpoint, cache) : null,
        references,
        options.log,
        secrets,
      );
      await writeRecordsFile(files.records, records.values(), scrub);
      for (const [key, record] of records) done.set(key, scoreFacts(record));
      return null;
    },
    async round(only) {
      ready ??= prepare();
      const judge = await ready;
      return generateAll({
        plan,
        only,
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
        scrub,
      });
    },
    async finish(stopped, how = {}) {
      const facts = [...done.values()];
      const complete =
        stopped === null &&
        !options.shard &&
        (how.complete ??
          (facts.length === countUnits(plan) && facts.every((f) => f.score !== null || f.error !== null)));
      const status = complete ? 'complete' : 'partial';
      const summary = summaryOf(status);
      const info = buildRunInfo({
        runId,
        plan,
        configHash: loaded.hash,
        models: endpoints.map((e) =>
          modelProvenance(
            e.config,
            e.served ?? servedBefore(previous, e.config.id),
            cacheUse.get(e.config.id) ?? previous?.models.find((m) => m.model === e.config.id)?.cache ?? null,
          ),
        ),
        git: options.git,
        shard: options.shard ?? null,
        startedAt,
        status,
        stopped,
        facts,
        previous,
        counters,
      });
      how.edit?.(summary, info);
      await writeFileAtomic(files.summary, scrub(`${JSON.stringify(summary, null, 2)}\n`));
      await writeFileAtomic(files.run, scrub(`${JSON.stringify(info, null, 2)}\n`));
      return { runId, outDir: options.outDir, loaded, plan, summary, info, estimate: null, stopped };
    },
  };
}

interface EarlyEndpoint {
  endpoint: Endpoint;
  /** The `/v1/models` check under way; awaited before the first call. */
  connected: Promise<void>;
}

function connectEarly(models: ModelConfig[], settings: EndpointSettings): Map<string, EarlyEndpoint> {
  const early = new Map<string, EarlyEndpoint>();
  try {
    for (const model of models) {
      const endpoint = openEndpoint(model, settings);
      const connected = connect(endpoint);
      // Awaited later, or never when the plan fails: not an unhandled rejection meanwhile.
      connected.catch(() => undefined);
      early.set(model.id, { endpoint, connected });
    }
  } catch (error) {
    for (const { endpoint } of early.values()) void endpoint.client.close();
    throw error;
  }
  return early;
}

/** Awaits a promise, saying every few seconds that it is still waited for. */
async function saying<T>(promise: Promise<T>, say: (seconds: number) => string, log: (line: string) => void) {
  const started = performance.now();
  const timer = setInterval(() => log(say(Math.floor((performance.now() - started) / 1000))), 2000);
  try {
    return await promise;
  } finally {
    clearInterval(timer);
  }
}

/** What a progress line says of the requests out: how many, and how long the oldest has waited. */
function inFlight(endpoint: Endpoint): string {
  const { scheduler } = endpoint;
  const waiting = scheduler.inFlight;
  const oldest = Math.floor(scheduler.oldestInFlightMs / 1000);
  return `${waiting} in flight${waiting > 0 ? `, oldest ${oldest} s` : ''} · concurrency ${scheduler.concurrency}`;
}

export function resultFiles(outDir: string): { records: string; summary: string; run: string } {
  return {
    records: path.join(outDir, RESULT_FILES.records),
    summary: path.join(outDir, RESULT_FILES.summary),
    run: path.join(outDir, RESULT_FILES.run),
  };
}

/** What the server said in the run being resumed or re-scored (no call is made when re-scoring). */
function servedBefore(
  previous: RunInfo | undefined,
  model: string,
): { revision: string | null; endpointKind: string } | undefined {
  const found = previous?.models.find((m) => m.model === model);
  return found && { revision: found.revision, endpointKind: found.endpoint_kind };
}

async function readPreviousInfo(file: string): Promise<RunInfo | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as RunInfo;
  } catch {
    return undefined;
  }
}

/** A unit is finished when it has a record without an infrastructure error (errors are retried on resume). */
function finished(done: Map<string, ScoreFacts>, key: string, phase: RunOptions['phase']): boolean {
  const record = done.get(key);
  return record !== undefined && record.error === null && (phase === 'generate' || record.score !== null);
}

interface GenerateAllInput {
  plan: Plan;
  /** Only the units this keeps (a sequential look's items); all when absent. */
  only?: UnitFilter;
  endpoints: Endpoint[];
  runId: string;
  done: Map<string, ScoreFacts>;
  references: ReferenceOutputs;
  cache: ResponseCache | undefined;
  judge: ReturnType<typeof makeJudge> | null;
  judgeEndpoint: Endpoint | undefined;
  options: RunOptions;
  files: { records: string };
  counters: { requests: number; cached: number };
  /** What the canaries (or a revision) said about each model's cached replies. */
  cacheUse: Map<string, CacheUse>;
  canaries: number;
  maxCost: number | undefined;
  scrub: Scrub;
}

/** Streams every unfinished unit through its model's scheduler; returns why it stopped early, if it did. */
async function generateAll(input: GenerateAllInput): Promise<string | null> {
  const { plan, endpoints, options, done, counters } = input;
  const writer = await RecordWriter.open(input.files.records, input.scrub);
  const controller = new AbortController();
  const signal = AbortSignal.any([options.signal, controller.signal]);
  // A cancel or a fatal error cuts what is in flight; finished records are already on disk.
  const cut = () => {
    for (const endpoint of endpoints) endpoint.client.abort();
    input.judgeEndpoint?.client.abort();
  };
  signal.addEventListener('abort', cut, { once: true });
  let spent = [...done.values()].reduce((a, r) => a + (r.cost ?? 0), 0);
  let stopped: string | null = null;
  let fatal: unknown;
  let current: Progress | undefined;
  try {
    for (const endpoint of endpoints) {
      const units = pendingUnits(plan, endpoint.config.id, done, options.phase, input.only);
      // One vouching per model and run: a later round (the next look) keeps what the first decided.
      if (input.cache && units.length > 0 && !input.cacheUse.has(endpoint.config.id)) {
        const use = await vouchForCache(endpoint, {
          cache: input.cache,
          units,
          canaries: input.canaries,
          signal,
        }).catch((error: unknown) => {
          if (signal.aborted) return undefined;
          throw error;
        });
        if (!use) break;
        input.cacheUse.set(endpoint.config.id, use);
        options.log(`${endpoint.config.id}: response cache ${use.note}`);
      }
      const progress = new Progress({
        total: units.length,
        label: `${endpoint.config.id} ${plan.suite}`,
        log: options.log,
      });
      current = progress.start(() => inFlight(endpoint));
      const running = new Set<Promise<void>>();
      // Woken by each finished unit (one waiter at most: the feeding loop); O(1), unlike racing the set.
      let slotFreed: (() => void) | undefined;
      for (const unit of units) {
        if (signal.aborted || fatal) break;
        if (input.maxCost !== undefined && spent >= input.maxCost) {
          stopped = `budget: max_cost ${input.maxCost} reached after spending ${spent.toFixed(4)}`;
          break;
        }
        // Units in flight, queued ones included, stay bounded: feeding all at once would hold every
        // request in memory and starve the event loop of the replies.
        while (running.size >= Math.max(8, endpoint.scheduler.concurrency * 2))
          await new Promise<void>((resolve) => (slotFreed = resolve));
        const work = runUnit(unit, {
          runId: input.runId,
          endpoint,
          cache: input.cache,
          judge: input.judge,
          score: options.phase === 'all',
          references: input.references,
          signal,
        })
          .then((record) => {
            rememberReference(input.references, unit.task, record);
            if (record.cached) counters.cached++;
            else if (record.output !== null || record.error !== null) counters.requests++;
            spent += record.cost ?? 0;
            done.set(recordKey(record), scoreFacts(record));
            writer.write(record);
            progress.tick(record.error !== null, () => inFlight(endpoint));
            options.onRecordWritten?.();
          })
          .catch((error: unknown) => {
            if (!signal.aborted) {
              fatal ??= error;
              controller.abort();
            }
          })
          .finally(() => {
            running.delete(work);
            slotFreed?.();
            slotFreed = undefined;
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
    signal.removeEventListener('abort', cut);
    await writer.close();
  }
  if (fatal) throw fatal;
  if (options.signal.aborted) return 'cancelled: what finished is kept; run again with --resume';
  return stopped;
}

function pendingUnits(
  plan: Plan,
  model: string,
  done: Map<string, ScoreFacts>,
  phase: RunOptions['phase'],
  only: UnitFilter | undefined,
): Unit[] {
  const units: Unit[] = [];
  for (const task of plan.tasks) {
    for (const item of task.items) {
      if (only && !only(model, task.id, item.id)) continue;
      for (let sample = 0; sample < task.samples; sample++) {
        if (!finished(done, recordKey({ model, task: task.id, item_id: item.id, sample }), phase))
          units.push({ task, item, sample });
      }
    }
  }
  return units;
}
