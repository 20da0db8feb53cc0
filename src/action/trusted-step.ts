import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { gitContext } from '../entry/index.js';
import { readRecords, runEval } from '../run/index.js';
import type { LoadedConfig } from '../config/index.js';
import { EvalwardenError } from '../errors.js';
import { removeLabel } from '../github/index.js';
import type { ActionContext } from './context.js';
import { actionGitHub } from './github-client.js';
import type { ActionInputs } from './inputs.js';
import type { Measured } from './measure.js';
import { currentLabels } from './pull-request-context.js';
import { prepareTrustedRun } from './trusted-run.js';

/**
 * `mode: trusted`, on `pull_request_target` when a maintainer labels a fork's pull request: the
 * base branch's config and secrets, the PR's prompts (as literal text) and datasets (compared),
 * at the head the label was given to. No serve, no cache, no publish: nothing from the PR runs,
 * and nothing it produced outlives the job but the verdict.
 */
export async function measureTrusted(
  inputs: ActionInputs,
  ctx: ActionContext,
  loaded: LoadedConfig,
  resultsDir: string,
  env: Record<string, string | undefined>,
  signal: AbortSignal,
  info: (l: string) => void,
): Promise<Measured> {
  const pr = ctx.pullRequest;
  if (ctx.eventName !== 'pull_request_target' || !pr)
    throw new EvalwardenError('mode trusted runs on pull_request_target (types: [labeled, synchronize])', {
      hint: 'see docs/action.md, "A trusted verdict for a fork pull request"',
    });
  if (inputs.serve || inputs.publish)
    throw new EvalwardenError('mode trusted never runs serve or publishes', {
      hint: "a trusted run calls the base config's endpoints only; remove serve and publish",
    });
  const labels = await currentLabels(inputs, ctx, pr);
  if (!labels.includes(inputs.trustedLabel))
    throw new EvalwardenError(`pull request #${pr.number} is not labelled ${inputs.trustedLabel}`, {
      hint: 'a maintainer adds the label after reading the change; a new push removes it',
    });
  const checkout = path.resolve(ctx.workspace, inputs.prCheckout);
  const head = gitHead(checkout);
  if (head !== pr.headSha)
    throw new EvalwardenError(
      `the pull request checkout ${inputs.prCheckout} is at ${head ?? 'no commit'}, not the labelled head ${pr.headSha}`,
      { hint: 'check it out with ref: ${{ github.event.pull_request.head.sha }}' },
    );
  const trusted = await prepareTrustedRun({ base: loaded, prCheckout: checkout, workspace: ctx.workspace });
  for (const n of trusted.neutral) info(`task ${n.task}: ${n.reason}: no verdict`);
  await mkdir(resultsDir, { recursive: true });
  const suite = inputs.suite === 'auto' ? 'quick' : inputs.suite;
  const result = await runEval({
    configPath: trusted.configPath,
    suite,
    outDir: resultsDir,
    models: inputs.models,
    maxItems: inputs.maxItems ?? undefined,
    concurrency: inputs.concurrency ?? undefined,
    cache: false,
    resume: false,
    phase: 'all',
    dryRun: false,
    env,
    git: { ...gitContext(env, ctx.workspace), sha: pr.headSha },
    signal,
    log: info,
    // The PR's prompts shaped these outputs: a base scorer's pattern must not hang on one.
    untrustedOutputs: true,
  });
  if (signal.aborted) throw new EvalwardenError('cancelled: the job was stopped');
  if (result.stopped) info(`stopped early: ${result.stopped}`);
  await refuseScorerTimeouts(path.join(resultsDir, 'records.jsonl'));
  return { resultsDir, loaded, pullRequest: pr, partial: false, neutral: trusted.neutral };
}

/**
 * Outputs that ran past the scoring deadline give a trusted run no verdict. They are errors, left
 * out of a task's mean, and the PR's prompt chose what the model wrote: steering the items it
 * would miss to an output that makes a base pattern backtrack would turn misses into errors, up
 * to max_error_rate. A trusted verdict fails closed instead (as the hung job used to).
 */
async function refuseScorerTimeouts(file: string): Promise<void> {
  const byTask = new Map<string, number>();
  for await (const record of readRecords(file))
    if (record.error?.kind === 'scorer_timeout') byTask.set(record.task, (byTask.get(record.task) ?? 0) + 1);
  if (byTask.size === 0) return;
  const counts = [...byTask].map(([task, n]) => `${task}: ${n}`).join(', ');
  throw new EvalwardenError(
    `trusted run: outputs ran past the scoring deadline (run.score_timeout_ms) in ${counts}: no verdict`,
    {
      hint: "the pull request's prompts led the model to outputs a base scorer's pattern backtracks on (see records.jsonl); make the pattern linear (no nested quantifiers such as (a+)+), then label again",
    },
  );
}

/** A new push to a labelled PR: the label goes, so nothing unreviewed runs with the base's keys. */
export async function dropTrustedLabel(inputs: ActionInputs, ctx: ActionContext): Promise<string> {
  const pr = ctx.pullRequest;
  if (!pr || !ctx.repo || !inputs.githubToken) return 'no pull request or token: nothing to drop';
  if (!pr.labels.includes(inputs.trustedLabel)) return `not labelled ${inputs.trustedLabel}: nothing to do`;
  await removeLabel(actionGitHub(inputs.githubToken, ctx, ctx.repo), pr.number, inputs.trustedLabel);
  return `new commits on #${pr.number}: label ${inputs.trustedLabel} removed; a maintainer adds it again after review`;
}

function gitHead(dir: string): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}
