import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RunInfo, Summary } from '../artifacts.js';
import { gitContext } from '../cli/git-context.js';
import { loadConfig, parseConfig, type LoadedConfig } from '../config/index.js';
import type { Config } from '../config/types.js';
import { ConfigError, EvalwardenError } from '../errors.js';
import type { Comparison } from '../gate/index.js';
import { createGitHub, findPullRequestForCommit, listLabels, readFileAtRef } from '../github/index.js';
import { publishRun } from '../publish/index.js';
import { annotationForError, annotationsForComparison, markerValue, renderFailureReport, renderReport, type Annotation } from '../report/index.js';
import { mergeShards } from '../run/merge.js';
import { runEval, type RunOptions } from '../run/pipeline.js';
import { packageRoot } from '../tasks/package-root.js';
import { readActionContext, type ActionContext } from './context.js';
import { gateContext, gateStep } from './gate-step.js';
import { githubStep } from './github-step.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { validateResultsFolder } from './modes.js';
import { restoreResponseCache, saveResponseCache } from './response-cache.js';
import { apiKeyValues, scrubber } from './secrets.js';
import { startModelServer, type ModelServer } from './serve.js';

/** What a run, merge or report produced: a results folder, and the pull request it is about. */
interface Measured {
  resultsDir: string;
  loaded: LoadedConfig;
  pullRequest: { number: number; headSha: string; baseRef: string; baseSha: string; labels: string[] } | null;
  /** A shard is gated only after the merge. */
  partial: boolean;
}

/**
 * The Action: inputs → the same options the CLI builds → runEval / mergeShards → gate → report
 * → publish. Every failure, thrown or not an Error at all, ends as one line in core.setFailed.
 */
export async function run(env: Record<string, string | undefined> = process.env): Promise<void> {
  const secrets: string[] = [];
  const scrub = (text: string) => scrubber(secrets)(text);
  const info = (line: string) => core.info(scrub(line));
  const controller = new AbortController();
  const cancel = () => controller.abort();
  process.once('SIGINT', cancel);
  process.once('SIGTERM', cancel);
  let inputs: ActionInputs | undefined;
  let ctx: ActionContext | undefined;
  let workdir = process.cwd();
  try {
    inputs = readInputs((name) => core.getInput(name));
    if (inputs.githubToken) {
      core.setSecret(inputs.githubToken);
      secrets.push(inputs.githubToken);
    }
    workdir = path.resolve(process.cwd(), inputs.workingDirectory);
    // Masked before anything reads the config or calls a model: a bad config must not leak a key.
    for (const key of apiKeyValues(path.resolve(workdir, inputs.config), env)) {
      core.setSecret(key);
      secrets.push(key);
    }
    ctx = readActionContext(env);
    const measured = await measure(inputs, ctx, workdir, env, controller.signal, info);
    await report(inputs, ctx, workdir, measured, info, scrub);
  } catch (error) {
    await fail(error, { inputs, ctx, workdir, scrub, info });
  } finally {
    process.removeListener('SIGINT', cancel);
    process.removeListener('SIGTERM', cancel);
  }
}

/** Runs the models (or merges shards, or reads an artifact) into a results folder. */
async function measure(inputs: ActionInputs, ctx: ActionContext, workdir: string, env: Record<string, string | undefined>, signal: AbortSignal, info: (l: string) => void): Promise<Measured> {
  const configPath = path.resolve(workdir, inputs.config);
  const resultsDir = path.resolve(workdir, inputs.resultsDir);
  core.setOutput('results-dir', resultsDir);
  // Report and merge call no model: their jobs need not have the models' URLs or keys.
  const loaded = await loadConfig(configPath, { env: inputs.mode === 'run' ? env : withPlaceholders(env) });

  if (inputs.mode === 'report') {
    await validateResultsFolder(resultsDir);
    // The PR comes from the API and the workflow_run's head commit, never from the artifact.
    const sha = ctx.workflowRunHeadSha ?? ctx.pullRequest?.headSha ?? null;
    if (!sha || !ctx.repo) throw new EvalwardenError('mode report needs a workflow_run event (or a pull request) and GITHUB_REPOSITORY', { hint: 'run it from `on: workflow_run` after the pull_request workflow' });
    const found = await findPullRequestForCommit(createGitHub({ token: inputs.githubToken, baseUrl: ctx.apiUrl, repo: ctx.repo }), sha);
    if (!found) core.notice(`no open pull request has head ${sha.slice(0, 7)} (closed, or pushed again since): only the check run is posted`);
    return { resultsDir, loaded, pullRequest: found ?? null, partial: false };
  }

  if (inputs.mode === 'merge') {
    if (inputs.mergeFrom.length === 0) throw new EvalwardenError('mode merge needs merge-from: the folders the shard artifacts were downloaded to');
    const merged = await mergeShards({ configPath, shardDirs: inputs.mergeFrom.map((d) => path.resolve(workdir, d)), outDir: resultsDir, maxItems: inputs.maxItems ?? undefined, env: withPlaceholders(env) });
    info(`merged ${merged.shards} shards: ${merged.records} records (${merged.info.status})`);
    return { resultsDir, loaded, pullRequest: ctx.pullRequest, partial: false };
  }

  const isPullRequest = ctx.pullRequest !== null;
  const suite = inputs.suite === 'auto' ? (isPullRequest ? 'quick' : 'full') : inputs.suite;
  const cacheEnabled = (inputs.cache ?? loaded.config.run.cache.enabled) && loaded.config.run.cache.enabled !== false;
  const cacheDir = path.resolve(loaded.dir, loaded.config.run.cache.dir);
  const persisted = { dir: cacheDir, prefix: `evalwarden-v1-${loaded.hash}-`, fallbackPrefixes: ['evalwarden-v1-'], log: info };
  if (cacheEnabled) await restoreResponseCache(persisted);
  await mkdir(resultsDir, { recursive: true });

  let server: ModelServer | null = null;
  try {
    if (inputs.serve) {
      const first = loaded.config.models.find((m) => inputs.models.length === 0 || inputs.models.includes(m.id)) ?? loaded.config.models[0];
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
    };
    const result = await runEval(options);
    if (signal.aborted) throw new EvalwardenError('cancelled: the job was stopped; what finished is in the results folder');
    if (result.stopped) core.warning(`stopped early: ${result.stopped}`);
    if (cacheEnabled) await saveResponseCache({ ...persisted, runId: result.runId });
  } finally {
    if (server) {
      await server.stop();
      info('serve: server stopped');
      // The server's log is kept with the results: it must hold no key either.
      const logFile = path.join(resultsDir, 'serve.log');
      if (existsSync(logFile)) await writeFile(logFile, scrubber(secretsOf(env, configPath))(await readFile(logFile, 'utf8')));
    }
  }
  return { resultsDir, loaded, pullRequest: ctx.pullRequest, partial: inputs.shard !== null };
}

/** An unset `${VAR}` reads as an unroutable URL: only run mode ever calls what the config names. */
function withPlaceholders(env: Record<string, string | undefined>): Record<string, string | undefined> {
  return new Proxy(env, { get: (target, name) => (typeof name === 'string' ? target[name] || 'http://unset.invalid/v1' : undefined) });
}

function secretsOf(env: Record<string, string | undefined>, configPath: string): string[] {
  return apiKeyValues(configPath, env);
}

/** Gate, report on GitHub, write the job summary, publish, set outputs and the exit code. */
async function report(inputs: ActionInputs, ctx: ActionContext, workdir: string, measured: Measured, info: (l: string) => void, scrub: (t: string) => string): Promise<void> {
  const summaryPath = path.join(measured.resultsDir, 'summary.json');
  core.setOutput('summary-path', summaryPath);
  if (measured.partial) {
    core.setOutput('verdict', 'partial');
    info(`shard ${inputs.shard?.index}/${inputs.shard?.count} done: upload ${measured.resultsDir} as an artifact; the merge job gates the whole`);
    return;
  }
  const pr = measured.pullRequest;
  const token = inputs.githubToken;
  const labels = pr ? await currentLabels(inputs, ctx, pr) : [];
  const context = gateContext({ event: ctx.eventName, sha: ctx.sha, branch: ctx.branch, pullRequest: pr, parentSha: ctx.pushBefore, cwd: workdir });
  const baseConfig = pr ? await configAtBase(inputs, ctx, measured.loaded, pr.baseSha, info) : undefined;
  const gate = await gateStep({ resultsDir: measured.resultsDir, config: measured.loaded.config, inputs, workdir, context, labels, baseConfig });
  const comparison = gate.comparison;
  core.setOutput('comparison-path', gate.comparisonPath);
  core.setOutput('verdict', comparison.verdict);
  const summary = JSON.parse(await readFile(summaryPath, 'utf8')) as Summary;
  const runFile = path.join(measured.resultsDir, 'run.json');
  const runInfo = existsSync(runFile) ? (JSON.parse(await readFile(runFile, 'utf8')) as RunInfo) : null;

  const dashboardUrl = inputs.dashboardUrl ?? (inputs.publish && ctx.repo ? `https://${ctx.repo.owner}.github.io/${ctx.repo.repo}/` : null);
  if (dashboardUrl) core.setOutput('dashboard-url', dashboardUrl);
  const render = (notices: string[]) => (options: { marker?: string; limit: number }) =>
    scrub(renderReport({ comparison, summary, run: runInfo, marker: options.marker, history: gate.history, dashboardUrl, runUrl: ctx.runUrl, notices }, options.limit));
  const configText = await readFile(measured.loaded.file, 'utf8');
  const annotations = annotationsForComparison(comparison, { file: measured.loaded.file, text: configText }, ctx.workspace);
  const posted = await githubStep({
    token,
    apiUrl: ctx.apiUrl,
    repo: ctx.repo,
    pullRequest: pr?.number ?? null,
    headSha: pr?.headSha ?? ctx.sha,
    comment: inputs.comment,
    checkName: inputs.checkName,
    issue: inputs.issue && inputs.mode !== 'report',
    webhookUrl: inputs.webhookUrl,
    render: render([]),
    markers: { comment: commentMarker(ctx, inputs) },
    comparison,
    failure: null,
    annotations,
    detailsUrl: ctx.runUrl,
    suite: comparison.candidate.suite,
    log: { info, notice: (l) => core.notice(l), warning: (l) => core.warning(l) },
  });
  if (posted.commentUrl) core.setOutput('comment-url', posted.commentUrl);
  if (posted.checkRunUrl) core.setOutput('check-run-url', posted.checkRunUrl);
  if (posted.issueUrls.length) core.setOutput('issue-url', posted.issueUrls[0]);

  if (inputs.publish) await publish(inputs, ctx, measured, comparison, info);
  // The job summary holds 1 MiB; outside a runner there is none to write.
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(render(posted.notices)({ limit: 1_000_000 })).write();
  core.setOutput('exit-code', String(comparison.exit_code));
  for (const a of annotations) (a.annotation_level === 'failure' ? core.error : core.warning)(a.message, { title: a.title, file: a.path, startLine: a.start_line });
  if (comparison.exit_code !== 0) {
    core.setFailed(scrub(`evalwarden: ${comparison.verdict} — ${comparison.reason}`));
    process.exitCode = comparison.exit_code;
  }
}

/** Labels now, from the API; the event's copy when the token may not read them. */
async function currentLabels(inputs: ActionInputs, ctx: ActionContext, pr: NonNullable<Measured['pullRequest']>): Promise<string[]> {
  if (!ctx.repo || !inputs.githubToken) return pr.labels;
  try {
    return await listLabels(createGitHub({ token: inputs.githubToken, baseUrl: ctx.apiUrl, repo: ctx.repo }), pr.number);
  } catch {
    return pr.labels;
  }
}

/**
 * The config as the base branch has it, for its acceptances: the checkout holds the pull
 * request's version, which must not accept its own drop. Undefined when it cannot be read.
 */
async function configAtBase(inputs: ActionInputs, ctx: ActionContext, loaded: LoadedConfig, baseSha: string, info: (l: string) => void): Promise<Config | undefined> {
  if (!ctx.repo || !inputs.githubToken) return undefined;
  const repoPath = path.relative(ctx.workspace, loaded.file).split(path.sep).join('/');
  if (repoPath.startsWith('..')) return undefined;
  try {
    const text = await readFileAtRef(createGitHub({ token: inputs.githubToken, baseUrl: ctx.apiUrl, repo: ctx.repo }), repoPath, baseSha);
    if (text === null) return { ...loaded.config, gate: { ...loaded.config.gate, accept: [] } };
    return parseConfig(text, { env: withPlaceholders(process.env), file: loaded.file, displayName: `${repoPath}@${baseSha.slice(0, 7)}` }).config;
  } catch (error) {
    info(`the base branch's config could not be read (${error instanceof Error ? error.message : String(error)}): no config acceptances apply`);
    return undefined;
  }
}

/**
 * One sticky comment per (workflow, config, models asked for): the same whether the run passes,
 * regresses or fails before measuring, so a fixed failure replaces its own comment.
 */
function commentMarker(ctx: ActionContext, inputs: ActionInputs): string {
  const config = inputs.config.replace(/^\.\//, '');
  const models = [...inputs.models].sort().join('+') || 'all';
  return `<!-- evalwarden:comment workflow=${markerValue(ctx.workflow)} config=${markerValue(config)} model=${markerValue(models)} -->`;
}

async function publish(inputs: ActionInputs, ctx: ActionContext, measured: Measured, comparison: Comparison, info: (l: string) => void): Promise<void> {
  if (!ctx.repo) {
    core.warning('publish: GITHUB_REPOSITORY is not set; nothing published');
    return;
  }
  const dashboardDir = path.join(packageRoot(), 'dist', 'dashboard');
  const result = await publishRun({
    resultsDir: measured.resultsDir,
    remote: `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}.git`,
    branch: inputs.pagesBranch ?? undefined,
    token: inputs.githubToken || undefined,
    config: measured.loaded.config.publish,
    comparison,
    dashboardDir: existsSync(dashboardDir) ? dashboardDir : undefined,
    context: { repository: `${ctx.repo.owner}/${ctx.repo.repo}`, defaultBranch: ctx.defaultBranch ?? undefined },
    log: info,
  });
  if (result.status === 'forbidden') core.notice(`publish: ${result.notice ?? 'the token may not push to the pages branch'}`);
  else info(`published ${result.runs.map((r) => r.run_id).join(', ')}${result.commit ? ` in ${result.commit.slice(0, 7)}` : ''}`);
}

/** One line, an annotation where the error knows its file and line, a failure report, exit 2. */
async function fail(
  error: unknown,
  state: { inputs: ActionInputs | undefined; ctx: ActionContext | undefined; workdir: string; scrub: (t: string) => string; info: (l: string) => void },
): Promise<void> {
  const { scrub } = state;
  const message = scrub(error instanceof Error ? error.message : `unexpected failure: ${String(error)}`);
  const hint = error instanceof EvalwardenError && error.hint ? scrub(error.hint) : null;
  const workspace = state.ctx?.workspace ?? state.workdir;
  const annotation = annotationForError(error, workspace);
  try {
    if (error instanceof ConfigError && annotation) {
      core.error(message, { title: annotation.title, file: annotation.path, startLine: annotation.start_line, startColumn: annotation.start_column });
    }
    if (state.inputs && state.ctx) await reportFailure(state.inputs, state.ctx, message, hint, annotation ? [{ ...annotation, message: scrub(annotation.message) }] : [], state);
  } catch (reportError) {
    core.warning(scrub(`could not report the failure: ${reportError instanceof Error ? reportError.message : String(reportError)}`));
  }
  core.setOutput('verdict', 'error');
  core.setOutput('exit-code', '2');
  core.setFailed(`evalwarden: ${message}${hint ? ` (${hint.split('\n')[0]})` : ''}`);
  process.exitCode = 2;
}

async function reportFailure(inputs: ActionInputs, ctx: ActionContext, message: string, hint: string | null, annotations: Annotation[], state: { workdir: string; scrub: (t: string) => string; info: (l: string) => void }): Promise<void> {
  const marker = commentMarker(ctx, inputs);
  const render = (options: { marker?: string; limit: number }) => state.scrub(renderFailureReport({ message, hint, marker: options.marker, runUrl: ctx.runUrl }));
  if (inputs.mode !== 'report' && !(inputs.shard !== null)) {
    const posted = await githubStep({
      token: inputs.githubToken,
      apiUrl: ctx.apiUrl,
      repo: ctx.repo,
      pullRequest: ctx.pullRequest?.number ?? null,
      headSha: ctx.pullRequest?.headSha ?? ctx.sha,
      comment: inputs.comment,
      checkName: inputs.checkName,
      issue: inputs.issue,
      webhookUrl: inputs.webhookUrl,
      render,
      markers: { comment: marker },
      comparison: null,
      failure: { message },
      annotations,
      detailsUrl: ctx.runUrl,
      suite: inputs.suite === 'auto' ? (ctx.pullRequest ? 'quick' : 'full') : inputs.suite,
      log: { info: state.info, notice: (l) => core.notice(l), warning: (l) => core.warning(l) },
    });
    if (posted.commentUrl) core.setOutput('comment-url', posted.commentUrl);
  }
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(render({ limit: 1_000_000 })).write();
}
