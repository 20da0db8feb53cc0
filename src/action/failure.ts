import * as core from '@actions/core';
import { EvalwardenError, LocatedError } from '../errors.js';
import { annotationForError, renderFailureReport, type Annotation } from '../report/index.js';
import type { ActionContext } from './context.js';
import { githubStep } from './github-step.js';
import type { ActionInputs } from './inputs.js';
import { commentMarker } from './markers.js';

/** One line, an annotation where the error knows its file and line, a failure report, exit 2. */
export async function fail(
  error: unknown,
  state: {
    inputs: ActionInputs | undefined;
    ctx: ActionContext | undefined;
    workdir: string;
    scrub: (t: string) => string;
    info: (l: string) => void;
    /** A cancelled job posts nothing: the last verdict on the PR is still the truth. */
    cancelled: boolean;
  },
): Promise<void> {
  const { scrub } = state;
  const message = scrub(error instanceof Error ? error.message : `unexpected failure: ${String(error)}`);
  const hint = error instanceof EvalwardenError && error.hint ? scrub(error.hint) : null;
  const workspace = state.ctx?.workspace ?? state.workdir;
  const annotation = annotationForError(error, workspace);
  try {
    if (error instanceof LocatedError && annotation) {
      core.error(message, {
        title: annotation.title,
        file: annotation.path,
        startLine: annotation.start_line,
        startColumn: annotation.start_column,
      });
    }
    if (state.inputs && state.ctx && !state.cancelled)
      await reportFailure(
        state.inputs,
        state.ctx,
        message,
        hint,
        annotation ? [{ ...annotation, message: scrub(annotation.message) }] : [],
        state,
      );
  } catch (reportError) {
    core.warning(
      scrub(
        `could not report the failure: ${reportError instanceof Error ? reportError.message : String(reportError)}`,
      ),
    );
  }
  core.setOutput('verdict', 'error');
  core.setOutput('exit-code', '2');
  core.setFailed(`evalwarden: ${message}${hint ? ` (${hint.split('\n')[0]})` : ''}`);
  process.exitCode = 2;
}

async function reportFailure(
  inputs: ActionInputs,
  ctx: ActionContext,
  message: string,
  hint: string | null,
  annotations: Annotation[],
  state: { workdir: string; scrub: (t: string) => string; info: (l: string) => void },
): Promise<void> {
  const marker = commentMarker(ctx, inputs);
  const render = (options: { marker?: string; limit: number }) =>
    state.scrub(renderFailureReport({ message, hint, marker: options.marker, runUrl: ctx.runUrl }));
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
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(render({ limit: 250_000 })).write();
}
