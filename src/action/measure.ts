import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gitContext, heapGuardFromEnv } from '../entry/index.js';
import {
  createBaselineRescorer,
  mergeShards,
  runEval,
  runLooks,
  type LooksOptions,
  type RunOptions,
  resolveModels,
} from '../run/index.js';
import { apiKeyValues, scrubber } from '../model/index.js';
import { loadConfig, type Config, type LoadedConfig } from '../config/index.js';
import type { BaselineRescorer } from '../gate/index.js';
import { EvalwardenError } from '../errors.js';
import { findPullRequestForCommit } from '../github/index.js';
import { actionGitHub } from './github-client.js';
import type { ActionContext } from './context.js';
import type { ActionInputs } from './inputs.js';
import { recomputeReport } from './recompute-report.js';
import { measureTrusted } from './trusted-step.js';
import { validateResultsFolder } from './validate-artifact.js';
import { restoreResponseCache, saveResponseCache } from './response-cache.js';
import { baselineSource, gateContext } from './gate-step.js';
import { configAtBase } from './pull-request-context.js';
import { startModelServer, type ModelServer } from './serve.js';

/** What a run, merge or report produced: a results folder, and the pull request it is about. */
export interface Measured {
  resultsDir: string;
  loaded: LoadedConfig;
  pullRequest: { number: number; headSha: string; baseRef: string; baseSha: string; labels: string[] } | null;
  /** A shard is gated only after the merge. */
  partial: boolean;
  /** Report mode: outputs from the pull request's own workflow, scored here but not verifiable. */
  unverified?: boolean;
  /** Trusted mode: tasks left without a verdict because the PR changed their instrument. */
  neutral?: { task: string; reason: string }[];
  /** The base branch's config, when the run already read it (a sequential suite's looks). */
  baseConfig?: Config;
  /** The re-scorer the looks used: the gate reuses it, so the baseline is not re-judged twice. */
  rescoreBaseline?: BaselineRescorer;
}

/** Runs the models (or merges shards, or reads an artifact) into a results folder. */
export async function measure(
  inputs: ActionInputs,
  ctx: ActionContext,
  workdir: string,
  env: Record<string, string | undefined>,
  signal: AbortSignal,
  info: (l: string) => void,
): Promise<Measured> {
  const configPath = path.resolve(workdir, inputs.config);
  const resultsDir = path.resolve(workdir, inputs.resultsDir);
  core.setOutput('results-dir', resultsDir);
  // Report and merge call no model: their jobs need not have the models' URLs or keys.
  const callsModels = inputs.mode === 'run' || inputs.mode === 'trusted';
  const loaded = await loadConfig(configPath, { env: callsModels ? env : withPlaceholders(env) });
  if (inputs.mode === 'trusted') return measureTrusted(inputs, ctx, loaded, resultsDir, env, signal, info);

  if (inputs.mode === 'report') {
    await validateResultsFolder(resultsDir);
    // The PR comes from the API and the workflow_run's head commit, never from the artifact.
    const sha = ctx.workflowRunHeadSha ?? ctx.pullRequest?.headSha ?? null;
    if (!sha || !ctx.repo)
      throw new EvalwardenError(
        'mode report needs a workflow_run event (or a pull request) and GITHUB_REPOSITORY',
        { hint: 'run it from `on: workflow_run` after the pull_request workflow' },
      );
    const found = await findPullRequestForCommit(actionGitHub(inputs.githubToken, ctx, ctx.repo), sha);
    if (!found)
      core.notice(
        `no open pull request has head ${sha.slice(0, 7)} (closed, or pushed again since): only the check run is posted`,
      );
    const recomputed = await recomputeReport({
      artifactDir: resultsDir,
      configPath,
      env: withPlaceholders(env),
      signal,
      log: info,
    });
    core.setOutput('results-dir', recomputed.dir);
    return {
      resultsDir: recomputed.dir,
      loaded,
      pullRequest: found ?? null,
      partial: false,
      unverified: true,
    };
  }

  if (inputs.mode === 'merge') {
    if (inputs.mergeFrom.length === 0)
      throw new EvalwardenError(
        'mode merge needs merge-from: the folders the shard artifacts were downloaded to',
      );
    const merged = await mergeShards({
      configPath,
      shardDirs: inputs.mergeFrom.map((d) => path.resolve(workdir, d)),
      outDir: resultsDir,
      maxItems: inputs.maxItems ?? undefined,
      env: withPlaceholders(env),
    });
    info(`merged ${merged.shards} shards: ${merged.records} records (${merged.info.status})`);
    return { resultsDir, loaded, pullRequest: ctx.pullRequest, partial: false };
  }

  // The model input and the config are checked before anything starts: a typo must not cost a
  // server start-up (minutes for a large checkpoint) before it is reported.
  const selected = resolveModels(loaded.config, inputs.models, loaded.file);
  const isPullRequest = ctx.pullRequest !== null;
  const suite = inputs.suite === 'auto' ? (isPullRequest ? 'quick' : 'full') : inputs.suite;
  // Input > config > the schema's default.
  const cacheEnabled = inputs.cache ?? loaded.config.run.cache.enabled;
  const cacheDir = path.resolve(loaded.dir, loaded.config.run.cache.dir);
  const persisted = {
    dir: cacheDir,
    prefix: `evalwarden-v1-${loaded.hash}-`,
    fallbackPrefixes: ['evalwarden-v1-'],
    log: info,
  };
  if (cacheEnabled) await restoreResponseCache(persisted);
  await mkdir(resultsDir, { recursive: true });

  let server: ModelServer | null = null;
  let measuredBase: Config | undefined;
  let rescorer: BaselineRescorer | undefined;
  try {
    if (inputs.serve) {
      const first = selected[0] ?? loaded.config.models[0];
      const logFile = path.join(resultsDir, 'serve.log');
      info(`serve: starting "${inputs.serve}", waiting for ${first.base_url}/models to list ${first.model}`);
      server = await startModelServer({
        command: inputs.serve,
        cwd: workdir,
        env,
        baseUrl: first.base_url,
        model: first.model,
        apiKey: first.api_key_env ? env[first.api_key_env] : undefined,
        readyTimeoutMs: inputs.serveReadyTimeoutS * 1000,
        logFile,
        signal,
      });
      info(`serve: ready (process group ${server.pid}); log in ${logFile}`);
    }
    const options: RunOptions = {
      configPath,
      suite,
      outDir: resultsDir,
      models: inputs.models,
      maxItems: inputs.maxItems ?? undefined,
      step: inputs.step ?? undefined,
      concurrency: inputs.concurrency ?? undefined,
      cache: cacheEnabled,
      resume: false,
      phase: 'all',
      dryRun: false,
      shard: inputs.shard ?? undefined,
      env,
      git: gitContext(env, workdir),
      signal,
      log: info,
      onRecordWritten: heapGuardFromEnv(env),
    };
    // On a pull request, a sequential suite with a baseline at hand stops each task at the look
    // that decides it. Other runs (a push, a schedule) run the full set: they are the baselines
    // of the pull requests to come, and a baseline caps the looks at the items it holds.
    const sequential = isPullRequest && loaded.config.suites[suite]?.sequential === true;
    const baseConfig =
      sequential && ctx.pullRequest
        ? await configAtBase(inputs, ctx, loaded, ctx.pullRequest.baseSha, info)
        : undefined;
    const looks = sequential ? looksGate(inputs, ctx, loaded, baseConfig, workdir, env) : null;
    const result = looks ? await runLooks(options, looks) : await runEval(options);
    measuredBase = baseConfig;
    rescorer = looks?.rescoreBaseline?.(loaded);
    if (signal.aborted)
      throw new EvalwardenError('cancelled: the job was stopped; what finished is in the results folder');
    if (result.stopped) core.warning(`stopped early: ${result.stopped}`);
    if (cacheEnabled) await saveResponseCache({ ...persisted, runId: result.runId });
  } finally {
    if (server) {
      await server.stop();
      info('serve: server stopped');
      // The server's log is kept with the results: it must hold no key either.
      const logFile = path.join(resultsDir, 'serve.log');
      if (existsSync(logFile))
        await writeFile(
          logFile,
          scrubber(await apiKeyValues(configPath, env))(await readFile(logFile, 'utf8')),
        );
    }
  }
  return {
    resultsDir,
    loaded,
    pullRequest: ctx.pullRequest,
    partial: inputs.shard !== null,
    baseConfig: measuredBase,
    rescoreBaseline: rescorer,
  };
}

/**
 * The baseline the gate step will compare with, resolved before the run as the gate step resolves
 * it (src/action/gate-step.ts), so a sequential suite's looks compare with the same run; null when
 * there is none (the suite then runs its full set) or the run is a shard (gated after the merge).
 */
function looksGate(
  inputs: ActionInputs,
  ctx: ActionContext,
  loaded: LoadedConfig,
  baseConfig: Config | undefined,
  workdir: string,
  env: Record<string, string | undefined>,
): LooksOptions | null {
  if (inputs.shard) return null;
  let rescorer: BaselineRescorer | undefined;
  const { source } = baselineSource(inputs, baseConfig ?? loaded.config, workdir);
  if (source === null) return null;
  return {
    baseline: source,
    baselineModel: inputs.baselineModel ?? undefined,
    baseConfig: async () => baseConfig,
    context: gateContext({
      event: ctx.eventName,
      sha: ctx.sha,
      branch: ctx.branch,
      pullRequest: ctx.pullRequest,
      parentSha: ctx.pushBefore,
      cwd: workdir,
    }),
    // One re-scorer for the looks and the gate after them (measure.rescoreBaseline).
    rescoreBaseline: () => (rescorer ??= createBaselineRescorer(loaded, { env })),
  };
}

/** An unset `${VAR}` reads as an unroutable URL: only run mode ever calls what the config names. */
export function withPlaceholders(
  env: Record<string, string | undefined>,
): Record<string, string | undefined> {
  return new Proxy(env, {
    get: (target, name) => (typeof name === 'string' ? target[name] || 'http://unset.invalid/v1' : undefined),
  });
}
