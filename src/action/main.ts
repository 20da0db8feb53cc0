import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RunInfo, Summary } from '../artifacts.js';
import { annotationsForComparison, renderReport } from '../report/index.js';
import { readActionContext, type ActionContext } from './context.js';
import { fail } from './failure.js';
import { forkWithoutSecretsSummary, missingSecrets } from './fork-pr.js';
import { dropTrustedLabel } from './trusted-step.js';
import { gateContext, gateStep } from './gate-step.js';
import { githubStep } from './github-step.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { commentMarker } from './markers.js';
import { measure, type Measured } from './measure.js';
import { publish } from './publish-step.js';
import { configAtBase, currentLabels } from './pull-request-context.js';
import { apiKeyValues, scrubber } from '../model/index.js';
import { createBaselineRescorer } from '../run/index.js';

/** Said first in every report mode comment, check and summary. */
const UNVERIFIED_NOTICE =
  "⚠️ **Unverified.** These outputs were produced in the pull request's own workflow, which " +
  "this repository does not control: they were scored again here with this repository's config " +
  'and datasets, but whether the model really produced them cannot be checked. A maintainer can ' +
  'ask for a trusted run (docs/action.md, "A trusted verdict for a fork pull request").';

/** A trusted run's tasks without a verdict, each said where the verdict is read. */
function neutralNotices(measured: Measured): string[] {
  return (measured.neutral ?? []).map((n) => `⚪ Task \`${n.task}\`: neutral, ${n.reason}.`);
}

/** The check an unverified report posts under: never the required check's own name. */
export function unverifiedCheckName(checkName: string): string {
  return `${checkName} (unverified)`;
}

/** The job summary takes 1 MiB; in characters of up to 4 bytes that is 262,144. */
const SUMMARY_CHARS = 250_000;

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
    for (const key of await apiKeyValues(path.resolve(workdir, inputs.config), env)) {
      core.setSecret(key);
      secrets.push(key);
    }
    ctx = readActionContext(env);
    if (inputs.mode === 'trusted' && ctx.eventAction !== 'labeled') {
      if (ctx.eventAction === 'synchronize') info(await dropTrustedLabel(inputs, ctx));
      core.setOutput('verdict', 'skipped');
      core.setOutput('exit-code', '0');
      return;
    }
    if (inputs.mode === 'trusted' && ctx.eventLabel !== inputs.trustedLabel) {
      info(`label ${ctx.eventLabel ?? '(none)'} is not ${inputs.trustedLabel}: nothing to do`);
      core.setOutput('verdict', 'skipped');
      core.setOutput('exit-code', '0');
      return;
    }
    if (inputs.mode === 'run' && ctx.fromFork) {
      const missing = missingSecrets(path.resolve(workdir, inputs.config), env);
      if (missing.length > 0) return await forkWithoutSecrets(missing);
    }
    const measured = await measure(inputs, ctx, workdir, env, controller.signal, info);
    await report(inputs, ctx, workdir, measured, info, scrub, env);
  } catch (error) {
    await fail(error, { inputs, ctx, workdir, scrub, info, cancelled: controller.signal.aborted });
  } finally {
    process.removeListener('SIGINT', cancel);
    process.removeListener('SIGTERM', cancel);
  }
}

/**
 * A fork's pull_request job without the secrets the config needs: exit 0 with a summary that
 * says why and names the fork-safe pair. Failing here would fail every fork PR for a reason its
 * author cannot fix, and a hint to add the env line the workflow already has would mislead.
 */
async function forkWithoutSecrets(missing: string[]): Promise<void> {
  const text = forkWithoutSecretsSummary(missing);
  core.notice(
    `evalwarden: fork pull request without secrets (${missing.join(', ')}): nothing measured; the verdict comes from the fork-safe workflows`,
  );
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(text).write();
  core.setOutput('verdict', 'skipped');
  core.setOutput('exit-code', '0');
}

/** Gate, report on GitHub, write the job summary, publish, set outputs and the exit code. */
async function report(
  inputs: ActionInputs,
  ctx: ActionContext,
  workdir: string,
  measured: Measured,
  info: (l: string) => void,
  scrub: (t: string) => string,
  env: Record<string, string | undefined>,
): Promise<void> {
  const summaryPath = path.join(measured.resultsDir, 'summary.json');
  core.setOutput('summary-path', summaryPath);
  if (measured.partial) {
    core.setOutput('verdict', 'partial');
    info(
      `shard ${inputs.shard?.index}/${inputs.shard?.count} done: upload ${measured.resultsDir} as an artifact; the merge job gates the whole`,
    );
    return;
  }
  const pr = measured.pullRequest;
  const token = inputs.githubToken;
  const labels = pr ? await currentLabels(inputs, ctx, pr) : [];
  const context = gateContext({
    event: ctx.eventName,
    sha: ctx.sha,
    branch: ctx.branch,
    pullRequest: pr,
    parentSha: ctx.pushBefore,
    cwd: workdir,
  });
  const baseConfig =
    measured.baseConfig ??
    (pr ? await configAtBase(inputs, ctx, measured.loaded, pr.baseSha, info) : undefined);
  const gate = await gateStep({
    resultsDir: measured.resultsDir,
    config: measured.loaded.config,
    inputs,
    workdir,
    context,
    labels,
    baseConfig,
    rescoreBaseline: measured.rescoreBaseline ?? createBaselineRescorer(measured.loaded, { env }),
  });
  const comparison = gate.comparison;
  core.setOutput('comparison-path', gate.comparisonPath);
  core.setOutput('verdict', comparison.verdict);
  const summary = JSON.parse(await readFile(summaryPath, 'utf8')) as Summary;
  const runFile = path.join(measured.resultsDir, 'run.json');
  const runInfo = existsSync(runFile) ? (JSON.parse(await readFile(runFile, 'utf8')) as RunInfo) : null;

  const dashboardUrl =
    inputs.dashboardUrl ??
    (inputs.publish && ctx.repo ? `https://${ctx.repo.owner}.github.io/${ctx.repo.repo}/` : null);
  if (dashboardUrl) core.setOutput('dashboard-url', dashboardUrl);
  const render = (notices: string[]) => (options: { marker?: string; limit: number }) =>
    scrub(
      renderReport(
        {
          comparison,
          summary,
          run: runInfo,
          marker: options.marker,
          history: gate.history,
          dashboardUrl,
          runUrl: ctx.runUrl,
          notices,
        },
        options.limit,
      ),
    );
  const configText = await readFile(measured.loaded.file, 'utf8');
  const annotations = annotationsForComparison(
    comparison,
    { file: measured.loaded.file, text: configText },
    ctx.workspace,
  );
  const posted = await githubStep({
    token,
    apiUrl: ctx.apiUrl,
    serverUrl: ctx.serverUrl,
    retryAfterBaseMs: ctx.retryAfterBaseMs,
    repo: ctx.repo,
    pullRequest: pr?.number ?? null,
    headSha: pr?.headSha ?? ctx.sha,
    comment: inputs.comment,
    // GitHub counts neutral as passing for a required check: an unverified report never posts
    // under the required check's name, so it can never satisfy it.
    checkName: measured.unverified ? unverifiedCheckName(inputs.checkName) : inputs.checkName,
    issue: inputs.issue && inputs.mode !== 'report',
    webhookUrl: inputs.webhookUrl,
    render: render([...(measured.unverified ? [UNVERIFIED_NOTICE] : []), ...neutralNotices(measured)]),
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
  const notices = [
    ...(measured.unverified ? [UNVERIFIED_NOTICE] : []),
    ...neutralNotices(measured),
    ...posted.notices,
  ];
  if (posted.issueUrls.length) core.setOutput('issue-url', posted.issueUrls[0]);

  // A failed publish fails the job, but the verdict already posted stands: it is not replaced by
  // a failure report, since the measurement itself was fine.
  let publishError: string | null = null;
  if (inputs.publish) {
    try {
      await publish(inputs, ctx, measured, comparison, info);
    } catch (error) {
      publishError = scrub(error instanceof Error ? error.message : String(error));
    }
  }
  // The job summary holds 1 MiB; outside a runner there is none to write.
  if (process.env.GITHUB_STEP_SUMMARY)
    await core.summary.addRaw(render(notices)({ limit: SUMMARY_CHARS })).write();
  core.setOutput('exit-code', String(comparison.exit_code));
  for (const a of annotations)
    (a.annotation_level === 'failure' ? core.error : core.warning)(a.message, {
      title: a.title,
      file: a.path,
      startLine: a.start_line,
    });
  if (comparison.exit_code !== 0) {
    core.setFailed(scrub(`evalwarden: ${comparison.verdict} — ${comparison.reason}`));
    process.exitCode = comparison.exit_code;
  }
  // Posting is all report mode is for: when GitHub took none of it, the job says so by failing.
  if (inputs.mode === 'report' && posted.failed.length > 0) {
    core.setFailed(
      `evalwarden: the report was not posted (${posted.failed.join(', ')}): see the job summary`,
    );
    process.exitCode = 2;
  }
  if (publishError !== null) {
    core.setFailed(
      `evalwarden: the run was gated (${comparison.verdict}) but not published: ${publishError}`,
    );
    process.exitCode = 2;
  }
}
