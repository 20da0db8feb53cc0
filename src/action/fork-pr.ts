import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The fork-safe pair of example workflows: the eval in the fork's job, the verdict from workflow_run. */
export const FORK_SAFE_PAIR =
  "`workflows-examples/fork-pr-eval.yml` (runs in the fork's job without secrets and uploads the results) and " +
  '`workflows-examples/fork-pr-report.yml` (posts the unverified report from `workflow_run` in this repository)';

const REFERENCE = /(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)(:-[^}]*)?\}/g;

/**
 * The secrets the config needs that this job does not have: every `api_key_env` and every
 * `${VAR}` without a default, unset here. Read from the raw YAML, before anything is validated.
 */
export function missingSecrets(configFile: string, env: Record<string, string | undefined>): string[] {
  let text: string;
  try {
    text = readFileSync(configFile, 'utf8');
  } catch {
    return [];
  }
  const names = new Set<string>();
  for (const m of text.matchAll(REFERENCE)) if (m[2] === undefined) names.add(m[1]);
  try {
    const models = (parse(text) as { models?: unknown } | null)?.models;
    if (Array.isArray(models))
      for (const model of models) {
        const name = (model as { api_key_env?: unknown } | null)?.api_key_env;
        if (typeof name === 'string') names.add(name);
      }
  } catch {
    // An unparsable config is reported by the config loader, with its line.
  }
  return [...names].filter((name) => !env[name]).sort();
}

/** The job summary of a fork's pull_request job that cannot run: why, and where the verdict comes from. */
export function forkWithoutSecretsSummary(missing: readonly string[]): string {
  return [
    '### evalwarden did not run in this job',
    '',
    `This pull request comes from a fork, and GitHub passes no secrets to a fork's \`pull_request\` jobs (unset here: ${missing.map((m) => `\`${m}\``).join(', ')}). Its token is read-only too, so this job posts no check or comment and does not fail.`,
    '',
    `The verdict for fork pull requests comes from the fork-safe pair: ${FORK_SAFE_PAIR}; or from a maintainer's trusted run (docs/action.md, "A trusted verdict for a fork pull request").`,
    '',
  ].join('\n');
}
