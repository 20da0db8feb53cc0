import path from 'node:path';
import { baseCommitConfig, type LoadedConfig } from '../config/index.js';
import type { Config } from '../config/index.js';
import { fileAtCommit } from '../entry/index.js';
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
 * the pull request's version, which must not loosen its own gate nor accept its own drop. Read
 * through the API, else from the local git (a checkout that fetched the base); undefined when
 * neither can (the gate then says the pull request's own policy applied).
 */
export async function configAtBase(
  inputs: ActionInputs,
  ctx: ActionContext,
  loaded: LoadedConfig,
  baseSha: string,
  info: (l: string) => void,
): Promise<Config | undefined> {
  const repoPath = path.relative(ctx.workspace, loaded.file).split(path.sep).join('/');
  if (repoPath.startsWith('..')) return undefined;
  let text: string | null | undefined;
  try {
    text = await readBaseFile(inputs, ctx, repoPath, baseSha);
  } catch (error) {
    info(
      `the base branch's config could not be read through the API (${message(error)}): trying the local git`,
    );
  }
  if (text === undefined) text = fileAtCommit(loaded.file, baseSha);
  try {
    if (text === undefined) throw new Error('neither the API nor the local git has the base commit');
    const displayName = `${repoPath}@${baseSha.slice(0, 7)}`;
    return baseCommitConfig(loaded, text, { env: withPlaceholders(process.env), displayName });
  } catch (error) {
    info(`the base branch's config could not be read (${message(error)}): no config acceptances apply`);
    return undefined;
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The file at the base through the contents API: null when it is not there, undefined without a token. */
async function readBaseFile(
  inputs: ActionInputs,
  ctx: ActionContext,
  repoPath: string,
  baseSha: string,
): Promise<string | null | undefined> {
  if (!ctx.repo || !inputs.githubToken) return undefined;
  return readFileAtRef(actionGitHub(inputs.githubToken, ctx, ctx.repo), repoPath, baseSha);
}
