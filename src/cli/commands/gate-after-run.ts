import type { BaselineRescorer } from '../../gate/index.js';
import type { RunResult } from '../../run/index.js';
import type { CommandIO } from '../command.js';

/** `run --baseline`: the gate on the run just made, exactly as `evalwarden compare` would judge it. */
export async function gateAfterRun(input: {
  result: RunResult;
  baseline: string;
  baselineModel: string | undefined;
  io: CommandIO;
  /** The re-scorer the run's looks used: the baseline is not re-judged a second time. */
  rescoreBaseline?: BaselineRescorer;
}): Promise<number> {
  // Loaded only when asked for: a run without --baseline does not pay for the gate's code.
  const { compareWith } = await import('./compare.js');
  const args = [
    '--candidate',
    input.result.outDir,
    '--baseline',
    input.baseline,
    '--config',
    input.result.loaded.file,
  ];
  if (input.baselineModel) args.push('--baseline-model', input.baselineModel);
  return compareWith(args, input.io, { rescoreBaseline: input.rescoreBaseline });
}
