import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../config/index.js';
import { gitOutput } from '../entry/index.js';
import {
  findDataDir,
  gateRun,
  readPagesIndex,
  type BaselineRescorer,
  type Comparison,
  type GitContext,
} from '../gate/index.js';
import type { HistoryPoint } from '../report/index.js';
import type { ActionInputs } from './inputs.js';

export interface GateStepInput {
  resultsDir: string;
  config: Config;
  inputs: ActionInputs;
  workdir: string;
  context: GitContext;
  labels: string[];
  /** The base branch's config on a pull request: the gate policy comes from it, never from the PR's own. */
  baseConfig?: Config;
  /** Re-scores a baseline measured by another scorer version (src/run/rescore-baseline.ts). */
  rescoreBaseline?: BaselineRescorer;
}

export interface GateStepResult {
  comparison: Comparison;
  comparisonPath: string;
  history: { branch: string; points: HistoryPoint[] } | null;
}

/**
 * The gate on a results folder, as `evalwarden compare` runs it: the baseline is the input, else
 * the config's gate.baseline.source, else none (every task `no-baseline`, which passes with a
 * notice and leaves this run to be the next one's baseline).
 */
export async function gateStep(input: GateStepInput): Promise<GateStepResult> {
  // The workflow's fail-on input wins over either config's, as it always has.
  const withFailOn = (config: Config): Config =>
    input.inputs.failOn ? { ...config, gate: { ...config.gate, fail_on: input.inputs.failOn } } : config;
  const config = withFailOn(input.config);
  const baseConfig = input.baseConfig && withFailOn(input.baseConfig);
  const { source, notes } = baselineSource(input.inputs, baseConfig ?? config, input.workdir);
  const baseline = source ?? (await emptyLayout());
  const comparison = await gateRun({
    candidateDir: input.resultsDir,
    baseline,
    baselineModel: input.inputs.baselineModel ?? undefined,
    config,
    context: input.context,
    labels: input.labels,
    baseConfig,
    rescoreBaseline: input.rescoreBaseline,
  });
  comparison.notes.push(...notes);
  const comparisonPath = path.join(input.resultsDir, 'comparison.json');
  await writeFile(comparisonPath, `${JSON.stringify(comparison, null, 2)}\n`);
  return {
    comparison,
    comparisonPath,
    history: source === null ? null : await history(baseline, comparison, input.context),
  };
}

/**
 * The baseline the gate step compares with, resolved (a path against the working directory): the
 * input, else the policy config's gate.baseline.source; null, with a note, when there is none (yet).
 * The run resolves it the same way before it starts, for a sequential suite's looks.
 */
export function baselineSource(
  inputs: Pick<ActionInputs, 'baseline'>,
  policyConfig: Config,
  workdir: string,
): { source: string | null; notes: string[] } {
  const source = inputs.baseline ?? policyConfig.gate.baseline?.source ?? null;
  if (source === null)
    return {
      source,
      notes: [
        'no baseline source: set the `baseline` input or gate.baseline.source (a results folder or a gh-pages checkout)',
      ],
    };
  if (looksLikePath(source) && !existsSync(path.resolve(workdir, source)))
    // The first run of a repository: the pages branch the workflow checks out does not exist yet.
    return {
      source: null,
      notes: [
        `baseline ${source} does not exist yet: this run is stored and becomes the next one's baseline`,
      ],
    };
  return { source: resolveBaselineArg(source, workdir), notes: [] };
}

/** The suite score of the gated model's earlier runs on the base branch, from a pages layout. */
async function history(
  baseline: string,
  comparison: Comparison,
  context: GitContext,
): Promise<GateStepResult['history']> {
  const dataDir = existsSync(baseline) ? findDataDir(baseline) : null;
  const model = comparison.models.find((m) => m.gating === 'full');
  const branch = context.base_ref ?? context.branch;
  if (!dataDir || !model || !branch) return null;
  try {
    const index = await readPagesIndex(dataDir);
    const baseModel = model.baseline?.model ?? model.model;
    // The suite the baseline came from: a quick PR run is drawn against the full runs it paired with.
    const suite = model.baseline?.suite ?? comparison.candidate.suite;
    const points = index.rows
      .filter(
        (r) =>
          r.model === baseModel && r.suite === suite && r.branch === branch && typeof r.score === 'number',
      )
      .map((r) => ({ sha: r.sha, created_at: r.created_at, score: r.score as number }));
    return { branch, points };
  } catch {
    return null;
  }
}

function looksLikePath(value: string): boolean {
  return value.includes('/') || value.startsWith('.');
}

/** An existing path (or one that looks like a path) is a folder; anything else is a run id. */
function resolveBaselineArg(value: string, cwd: string): string {
  const asPath = path.resolve(cwd, value);
  return looksLikePath(value) || existsSync(asPath) ? asPath : value;
}

/** A published layout with no runs: the gate then says `no-baseline` for every model. */
async function emptyLayout(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'evalwarden-no-baseline-'));
  await mkdir(path.join(dir, 'data'), { recursive: true });
  await writeFile(path.join(dir, 'data', 'baselines.json'), '{"baselines":[]}\n');
  return dir;
}

/** The gate's view of where this run stands; a PR's base is the merge-base when git knows it. */
export function gateContext(input: {
  event: string;
  sha: string | null;
  branch: string | null;
  pullRequest: { headSha: string; baseRef: string; baseSha: string } | null;
  parentSha: string | null;
  cwd: string;
}): GitContext {
  const pr = input.pullRequest;
  if (pr) {
    return {
      event: 'pull_request',
      sha: pr.headSha,
      branch: input.branch ?? undefined,
      base_ref: pr.baseRef,
      base_sha: gitOutput(input.cwd, 'merge-base', pr.baseSha, pr.headSha) ?? pr.baseSha,
    };
  }
  return {
    event: input.event,
    sha: input.sha ?? undefined,
    branch: input.branch ?? undefined,
    parent_sha: input.parentSha ?? undefined,
  };
}
