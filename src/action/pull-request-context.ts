import path from 'node:path';
import { parseConfig, type LoadedConfig } from '../config/index.js';
import type { Config } from '../config/index.js';
import { listLabels, readFileAtRef } from '../github/index.js';
import { actionGitHub } from './github-client.js';
import type { ActionContext } from './context.js';
import type { ActionInputs } from './inputs.js';
import { withPlaceholders, type Measured } from './measure.js';

/** Labels now, from the API; the event's copy when the token may not read them. */
export async function currentLabels(
  inputs: ActionInputs,
  ctx: ActionContext,
  pr: NonNullable<Measured['pullRequest']>,
): Promise<string[]> {
  if (!ctx.repo || !inputs.githubToken) return pr.labels;
  try {
    return await listLabels(actionGitHub(inputs.githubToken, ctx, ctx.repo), pr.number);
  } catch {
    return pr.labels;
  }
}

/**
 * The config as the base branch has it, for its gate policy and acceptances: the checkout holds
 * the pull request's version, which must not loosen its own gate nor accept its own drop.
 * Undefined when it cannot be read.
 */
export async function configAtBase(
  inputs: ActionInputs,
  ctx: ActionContext,
  loaded: LoadedConfig,
  baseSha: string,
  info: (l: string) => void,
): Promise<Config | undefined> {
  if (!ctx.repo || !inputs.githubToken) return undefined;
  const repoPath = path.relative(ctx.workspace, loaded.file).split(path.sep).join('/');
  if (repoPath.startsWith('..')) return undefined;
  try {
    const text = await readFileAtRef(actionGitHub(inputs.githubToken, ctx, ctx.repo), repoPath, baseSha);
    if (text === null) return { ...loaded.config, gate: { ...loaded.config.gate, accept: [] } };
    return parseConfig(text, {
      env: withPlaceholders(process.env),
      file: loaded.file,
      displayName: `${repoPath}@${baseSha.slice(0, 7)}`,
    }).config;
  } catch (error) {
    info(
      `the base branch's config could not be read (${error instanceof Error ? error.message : String(error)}): no config acceptances apply`,
    );
    return undefined;
  }
}
