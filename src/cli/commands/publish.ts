import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { EvalwardenError } from '../../errors.js';
import { apiKeyValues } from '../../model/index.js';
import type { PublishConfig } from '../../config/index.js';
import { publishRun, type SiteOptions } from '../../publish/index.js';
import { parseCommandArgs } from '../args.js';
import { EXIT, type Command, type CommandIO } from '../command.js';

const USAGE = `evalwarden publish --results <dir>… [--remote <url> | --pages-dir <dir>] [--branch gh-pages]
  [--dashboard <dir>] [--comparison <file>] [--config evalwarden.yml] [--default-branch main] [--token-env GITHUB_TOKEN]
--results may be given several times (an import of checkpoints writes one folder each).
In GitHub Actions the remote defaults to the workflow's repository and the token to GITHUB_TOKEN.
A push refused for permissions is a notice (exit 0): the job needs \`permissions: contents: write\`.`;

/** Flags shared by publish and promote: where the site is and how to reach it. */
export const SITE_FLAGS = {
  remote: { type: 'string' },
  'pages-dir': { type: 'string' },
  branch: { type: 'string' },
  'token-env': { type: 'string' },
  config: { type: 'string' },
} as const;

/** The site options from flags, then GitHub's variables: a token only travels with an https remote. */
export async function siteFromFlags(
  values: { remote?: string; 'pages-dir'?: string; branch?: string; 'token-env'?: string; config?: string },
  io: CommandIO,
): Promise<SiteOptions> {
  const pagesDir = values['pages-dir'] === undefined ? undefined : path.resolve(io.cwd, values['pages-dir']);
  let remote = values.remote;
  if (remote === undefined && pagesDir === undefined && io.env.GITHUB_REPOSITORY) {
    remote = `${io.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${io.env.GITHUB_REPOSITORY}.git`;
  }
  if (remote !== undefined && !/^[a-z][a-z0-9+.-]*:\/\//i.test(remote) && !remote.includes('@'))
    remote = path.resolve(io.cwd, remote);
  const tokenEnv = values['token-env'] ?? 'GITHUB_TOKEN';
  const token = remote?.startsWith('https://') ? io.env[tokenEnv] || undefined : undefined;
  // Every key the config names stays out of the published files, as out of the results.
  const secrets = await apiKeyValues(path.resolve(io.cwd, values.config ?? 'evalwarden.yml'), io.env);
  return { remote, pagesDir, branch: values.branch, token, secrets, log: io.stderr };
}

/** `publish:` of evalwarden.yml when --config is given; else the schema's defaults apply. */
export async function publishConfigFrom(
  file: string | undefined,
  io: CommandIO,
): Promise<Partial<PublishConfig>> {
  if (file === undefined) return {};
  const { loadConfig } = await import('../../config/index.js');
  return (await loadConfig(path.resolve(io.cwd, file), { env: io.env })).config.publish;
}

/** Publish a results folder to the gh-pages branch (or a folder) in the static data protocol. */
export const publish: Command = async (args, io) => {
  const { values } = parseCommandArgs(
    args,
    {
      ...SITE_FLAGS,
      results: { type: 'string', multiple: true },
      dashboard: { type: 'string' },
      comparison: { type: 'string' },
      'default-branch': { type: 'string' },
    },
    USAGE,
  );
  if (!values.results?.length) throw new EvalwardenError('publish needs --results <dir>', { hint: USAGE });
  if (values.comparison && values.results.length > 1)
    throw new EvalwardenError('--comparison goes with one --results folder', { hint: USAGE });
  const config = await publishConfigFrom(values.config, io);
  for (const results of values.results) {
    const resultsDir = path.resolve(io.cwd, results);
    // `evalwarden compare` writes comparison.json into the candidate's folder: use it when there.
    const comparisonFile = values.comparison
      ? path.resolve(io.cwd, values.comparison)
      : path.join(resultsDir, 'comparison.json');
    const comparison = existsSync(comparisonFile)
      ? (JSON.parse(await readFile(comparisonFile, 'utf8')) as unknown)
      : undefined;
    if (values.comparison && comparison === undefined)
      throw new EvalwardenError(`--comparison: ${comparisonFile} does not exist`);

    const result = await publishRun({
      ...(await siteFromFlags(values, io)),
      resultsDir,
      dashboardDir: values.dashboard === undefined ? undefined : path.resolve(io.cwd, values.dashboard),
      config,
      context: { defaultBranch: values['default-branch'] ?? defaultBranch(io.env) },
      comparison,
    });
    if (result.status === 'forbidden') {
      io.stderr(
        io.env.GITHUB_ACTIONS === 'true'
          ? `::notice title=evalwarden publish::${result.notice}`
          : `notice: ${result.notice}`,
      );
      return EXIT.ok;
    }
    for (const run of result.runs)
      io.stdout(`published ${run.run_id} → data/${run.path}${run.verdict ? ` (${run.verdict})` : ''}`);
    for (const b of result.promoted)
      io.stdout(`baseline of ${b.branch} · ${b.model} · ${b.suite} is now ${b.run_id}`);
    if (result.pruned > 0) io.stderr(`retention removed ${result.pruned} old pull-request run(s)`);
    if (result.attempts > 1)
      io.stderr(`published after ${result.attempts} attempts (others were publishing too)`);
  }
  return EXIT.ok;
};

/** The repository's default branch from the event payload in Actions, else `main`. */
function defaultBranch(env: Record<string, string | undefined>): string {
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8')) as {
      repository?: { default_branch?: string };
    };
    return event.repository?.default_branch ?? 'main';
  } catch {
    return 'main';
  }
}
