import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Comparison } from '../gate/index.js';
import { publishRun } from '../publish/index.js';
import { packageRoot } from '../package-root.js';
import type { ActionContext } from './context.js';
import type { ActionInputs } from './inputs.js';
import type { Measured } from './measure.js';
import { secretValues } from '../model/index.js';

/** `publish: true`: the run (and the dashboard) to the pages branch of this repository. */
export async function publish(
  inputs: ActionInputs,
  ctx: ActionContext,
  measured: Measured,
  comparison: Comparison,
  info: (l: string) => void,
): Promise<void> {
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
    secrets: secretValues(measured.loaded.config.models, process.env, measured.loaded.secretVariables),
    config: measured.loaded.config.publish,
    comparison,
    dashboardDir: existsSync(dashboardDir) ? dashboardDir : undefined,
    context: {
      repository: `${ctx.repo.owner}/${ctx.repo.repo}`,
      defaultBranch: ctx.defaultBranch ?? undefined,
    },
    log: info,
  });
  if (result.status === 'forbidden')
    core.notice(`publish: ${result.notice ?? 'the token may not push to the pages branch'}`);
  else
    info(
      `published ${result.runs.map((r) => r.run_id).join(', ')}${result.commit ? ` in ${result.commit.slice(0, 7)}` : ''}`,
    );
}
