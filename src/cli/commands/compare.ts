import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { refuseSystemPath, writeFileAtomic, type LooksOptions } from '../../run/index.js';
import type { Config, GateConfig, LoadedConfig } from '../../config/index.js';
import {
  type BaselineRescorer,
  type Comparison,
  gateFolders,
  gateRun,
  type GitContext,
} from '../../gate/index.js';
import { renderComparisonTable } from '../../report/index.js';
import { fileAtCommit, gitContext, gitOutput } from '../../entry/index.js';
import path from 'node:path';
import { EvalwardenError } from '../../errors.js';
import { parseCommandArgs } from '../args.js';
import type { Command, CommandIO } from '../command.js';

const USAGE = `evalwarden compare --baseline <results dir | pages dir | run id> --candidate <results dir>
  [--config evalwarden.yml] [--baseline-model ID] [--out DIR] [--pages DIR]
  [--fail-on regression,error] [--label NAME]…
  [--event pull_request|push|schedule|workflow_dispatch] [--sha SHA] [--branch B] [--base-ref B] [--base-sha SHA] [--parent-sha SHA]
exit code: 0 nothing in fail_on happened, 1 a failing verdict, 2 an error (bad config or data included)`;

const FAIL_ON = new Set<string>(['regression', 'inconclusive', 'error', 'no-baseline']);

/** Compare a candidate results folder with a baseline, print the table, write comparison.json. */
export const compare: Command = (args, io) => compareWith(args, io);

/**
 * `compare`, with the re-scorer of a run that already re-scored the baseline (a sequential suite's
 * looks, `run --baseline`): the baseline's judge answers are shared, not asked again.
 */
export async function compareWith(
  args: string[],
  io: CommandIO,
  shared: { rescoreBaseline?: BaselineRescorer } = {},
): Promise<number> {
  const { values } = parseCommandArgs(
    args,
    {
      baseline: { type: 'string' },
      candidate: { type: 'string' },
      config: { type: 'string' },
      'baseline-model': { type: 'string' },
      out: { type: 'string' },
      pages: { type: 'string' },
      'fail-on': { type: 'string' },
      label: { type: 'string', multiple: true },
      event: { type: 'string' },
      sha: { type: 'string' },
      branch: { type: 'string' },
      'base-ref': { type: 'string' },
      'base-sha': { type: 'string' },
      'parent-sha': { type: 'string' },
    },
    USAGE,
  );
  if (!values.candidate)
    throw new EvalwardenError('compare needs --candidate <results dir>', { hint: USAGE });
  const candidateDir = path.resolve(io.cwd, values.candidate);
  const failOn = parseFailOn(values['fail-on']);
  const context = resolveContext(values, io);
  const common = {
    candidateDir,
    baselineModel: values['baseline-model'],
    context,
    labels: values.label ?? [],
    pages: values.pages === undefined ? undefined : path.resolve(io.cwd, values.pages),
  };

  let comparison: Comparison;
  if (values.config !== undefined) {
    // Loaded only when asked for: the config module pulls in the scorers and datasets' readers.
    const { loadConfig } = await import('../../config/index.js');
    const loaded = await loadConfig(path.resolve(io.cwd, values.config), { env: io.env });
    const config = failOn
      ? { ...loaded.config, gate: { ...loaded.config.gate, fail_on: failOn } }
      : loaded.config;
    const baseline = values.baseline ?? config.gate.baseline?.source;
    if (!baseline)
      throw new EvalwardenError('compare needs --baseline (or gate.baseline.source in the config)', {
        hint: USAGE,
      });
    const { createBaselineRescorer } = await import('../../run/rescore-baseline.js');
    comparison = await gateRun({
      ...common,
      baseline: resolveBaselineArg(baseline, io.cwd),
      config,
      baseConfig: await configAtBase(loaded, context, io),
      rescoreBaseline: shared.rescoreBaseline ?? createBaselineRescorer(loaded, { env: io.env }),
    });
  } else {
    if (!values.baseline)
      throw new EvalwardenError('compare needs --baseline <results dir | pages dir | run id>', {
        hint: USAGE,
      });
    // No config: the gate policy is the schema's defaults (and --fail-on).
    const gate: Partial<GateConfig> = failOn ? { fail_on: failOn } : {};
    comparison = await gateFolders({
      ...common,
      baseline: resolveBaselineArg(values.baseline, io.cwd),
      gate,
    });
  }

  const outDir = values.out === undefined ? candidateDir : path.resolve(io.cwd, values.out);
  refuseSystemPath(outDir, '--out');
  await mkdir(outDir, { recursive: true });
  const file = path.join(outDir, 'comparison.json');
  await writeFileAtomic(file, `${JSON.stringify(comparison, null, 2)}\n`);
  for (const line of renderComparisonTable(comparison, 'terminal').split('\n')) io.stdout(line);
  io.stderr(`wrote ${path.relative(io.cwd, file) || file}`);
  return comparison.exit_code;
}

/**
 * What `run --baseline` gives a sequential suite's looks (src/run/looks.ts): the baseline, the
 * git context and, on a pull request, the base commit's config, resolved as this command resolves
 * them after the run, so both pick the same baseline and apply the same gate policy.
 */
export async function looksGate(
  baseline: string,
  baselineModel: string | undefined,
  io: CommandIO,
): Promise<LooksOptions & { rescorer(): BaselineRescorer | undefined }> {
  const { createBaselineRescorer } = await import('../../run/rescore-baseline.js');
  let rescorer: BaselineRescorer | undefined;
  const context = resolveContext({}, io);
  return {
    baseline: resolveBaselineArg(baseline, io.cwd),
    baselineModel,
    context,
    baseConfig: (loaded) => configAtBase(loaded, context, io),
    rescoreBaseline: (loaded) => (rescorer ??= createBaselineRescorer(loaded, { env: io.env })),
    rescorer: () => rescorer,
  };
}

/**
 * On a pull request, the config as the base commit has it (from the local git): its gate policy
 * and acceptances apply, never the pull request's own. Undefined when git cannot show the base
 * (the gate then says the pull request's own policy applied).
 */
async function configAtBase(
  loaded: LoadedConfig,
  context: GitContext,
  io: CommandIO,
): Promise<Config | undefined> {
  if ((context.event !== 'pull_request' && context.event !== 'pull_request_target') || !context.base_sha)
    return undefined;
  const text = fileAtCommit(loaded.file, context.base_sha);
  if (text === undefined) return undefined;
  const { baseCommitConfig } = await import('../../config/index.js');
  try {
    const displayName = `${path.basename(loaded.file)}@${context.base_sha.slice(0, 7)}`;
    return baseCommitConfig(loaded, text, { env: io.env, displayName });
  } catch (error) {
    io.stderr(
      `the base commit's config could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
}

/** An existing path (or one that looks like a path) is a folder; anything else is a run id. */
function resolveBaselineArg(value: string, cwd: string): string {
  const asPath = path.resolve(cwd, value);
  if (/^(https?:\/\/|git@|ssh:\/\/)/.test(value)) return value;
  return value.includes('/') || value.startsWith('.') || existsSync(asPath) ? asPath : value;
}

function parseFailOn(value: string | undefined): GateConfig['fail_on'] | undefined {
  if (value === undefined) return undefined;
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const name of names) {
    if (!FAIL_ON.has(name))
      throw new EvalwardenError(`--fail-on: unknown verdict "${name}"`, {
        hint: 'use a comma-separated list of regression, inconclusive, error, no-baseline',
      });
  }
  return names as GateConfig['fail_on'];
}

/** Flags win over what GitHub's variables (or the local checkout) say. */
function resolveContext(values: Record<string, unknown>, io: CommandIO): GitContext {
  const git = gitContext(io.env, io.cwd);
  const pick = (flag: string, fallback: string | null | undefined) =>
    (values[flag] as string | undefined) ?? fallback ?? undefined;
  const context: GitContext = {
    event: pick('event', git.event),
    sha: pick('sha', git.sha),
    branch: pick('branch', git.branch),
    base_ref: pick('base-ref', git.base_ref),
    base_sha: pick('base-sha', git.base_sha),
    parent_sha: pick('parent-sha', undefined),
  };
  if (context.event === 'push' && context.parent_sha === undefined && context.sha) {
    context.parent_sha = gitOutput(io.cwd, 'rev-parse', `${context.sha}^`) ?? undefined;
  }
  if (
    (context.event === 'pull_request' || context.event === 'pull_request_target') &&
    context.base_sha &&
    context.sha
  ) {
    // The event names the base branch's tip; the baseline is the run on the merge-base.
    context.base_sha = gitOutput(io.cwd, 'merge-base', context.base_sha, context.sha) ?? context.base_sha;
  }
  return context;
}
