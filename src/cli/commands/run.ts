import path from 'node:path';
import { runEval, runLooks, type RunOptions, type RunResult, parseShard } from '../../run/index.js';
import { renderEstimate, renderSummaryTable } from '../../report/index.js';
import { heapGuardFromEnv, parseModelPicks, gitContext } from '../../entry/index.js';
import { failingErrors, resolveGatePolicy } from '../../gate/index.js';
import { EvalwardenError } from '../../errors.js';
import { parseCommandArgs, parseConcurrency, parseCount, parseStep } from '../args.js';
import { EXIT, type Command, type CommandIO } from '../command.js';
import { gateAfterRun } from './gate-after-run.js';

const USAGE = `evalwarden run --config evalwarden.yml --suite quick --out results/
  [--model ID[=SERVED[@URL]]]… [--step N] [--max-items N] [--concurrency N|auto] [--no-cache] [--resume [--force]]
  [--only-generate | --only-score] [--dry-run] [--shard i/N]
  [--baseline DIR|PAGES_DIR|RUN_ID [--baseline-model ID]]`;

const OPTIONS = {
  config: { type: 'string', default: 'evalwarden.yml' },
  suite: { type: 'string', default: 'quick' },
  out: { type: 'string', default: 'results' },
  model: { type: 'string', multiple: true, default: [] as string[] },
  'max-items': { type: 'string' },
  step: { type: 'string' },
  concurrency: { type: 'string' },
  'no-cache': { type: 'boolean', default: false },
  resume: { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  'only-generate': { type: 'boolean', default: false },
  'only-score': { type: 'boolean', default: false },
  'dry-run': { type: 'boolean', default: false },
  shard: { type: 'string' },
  baseline: { type: 'string' },
  'baseline-model': { type: 'string' },
} as const;

export const run: Command = async (args, io) => {
  const { values } = parseCommandArgs(args, OPTIONS, USAGE);
  if (values['only-generate'] && values['only-score'])
    throw new EvalwardenError('--only-generate and --only-score exclude each other', { hint: USAGE });
  if (values.force && !values.resume)
    throw new EvalwardenError('--force only goes with --resume', { hint: USAGE });
  let shard: ReturnType<typeof parseShard> | undefined;
  try {
    shard = values.shard ? parseShard(values.shard) : undefined;
  } catch (error) {
    throw new EvalwardenError((error as Error).message, { hint: USAGE });
  }
  const options: RunOptions = {
    configPath: path.resolve(io.cwd, values.config),
    suite: values.suite,
    outDir: path.resolve(io.cwd, values.out),
    models: parseModelPicks(values.model),
    maxItems: parseCount(values['max-items'], '--max-items'),
    step: parseStep(values.step),
    concurrency: parseConcurrency(values.concurrency),
    cache: values['no-cache'] ? false : undefined,
    resume: values.resume,
    force: values.force,
    phase: values['only-generate'] ? 'generate' : values['only-score'] ? 'score' : 'all',
    dryRun: values['dry-run'],
    shard,
    env: io.env,
    git: gitContext(io.env, io.cwd),
    signal: io.signal,
    log: io.stderr,
    onRecordWritten: heapGuardFromEnv(io.env),
  };
  // With a baseline, a sequential suite runs look by look and stops each task once it is decided.
  const looks = values.baseline
    ? await (await import('./compare.js')).looksGate(values.baseline, values['baseline-model'], io)
    : undefined;
  const result = looks ? await runLooks(options, looks) : await runEval(options);
  if (result.estimate) {
    for (const line of renderEstimate(result.estimate)) io.stdout(line);
    return EXIT.ok;
  }
  if (result.summary) io.stdout(renderSummaryTable(result.summary));
  io.stderr(
    `results: ${path.relative(io.cwd, result.outDir) || '.'} (run ${result.runId}, ${result.info?.counts.requests ?? 0} requests, ${result.info?.counts.cached ?? 0} from cache)`,
  );
  if (result.stopped) {
    io.stderr(`stopped early: ${result.stopped}`);
    if (io.signal.aborted) return 130;
  }
  if (values.baseline)
    return gateAfterRun({
      result,
      baseline: values.baseline,
      baselineModel: values['baseline-model'],
      io,
      rescoreBaseline: looks?.rescorer(),
    });
  if (result.info && result.info.counts.errors > 0)
    io.stderr(
      `${result.info.counts.errors} items failed with infrastructure errors (counted apart, never as wrong answers)`,
    );
  return errorRuleExit(result, options, io);
};

/**
 * Without a baseline there is no comparison, but the error rule still holds, as in `compare`: a
 * task not measured (error rate above max_error_rate, fewer than min_items scored) exits 2.
 * A shard or --only-generate measures part of the suite by design and is judged after merging.
 */
function errorRuleExit(result: RunResult, options: RunOptions, io: CommandIO): number {
  if (!result.summary || options.shard || options.phase === 'generate') return EXIT.ok;
  const { gate, tasks } = result.loaded.config;
  const failing = failingErrors(result.summary, resolveGatePolicy(gate, tasks));
  if (failing.length === 0) return EXIT.ok;
  for (const line of failing) io.stderr(`error: ${line}`);
  return EXIT.error;
}
