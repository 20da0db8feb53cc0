import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { EvalwardenError } from '../errors.js';

/** `--help` (or `-h`) anywhere: the command's usage on stdout and exit 0, whatever else was given. */
export class HelpRequested extends Error {
  constructor(readonly usage: string) {
    super('help requested');
  }
}

/** node:util parseArgs, with a usage error users can act on instead of a TypeError. */
export function parseCommandArgs<const O extends ParseArgsOptionsConfig>(
  args: string[],
  options: O,
  usage: string,
) {
  if (args.includes('--help') || args.includes('-h')) throw new HelpRequested(usage);
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new EvalwardenError((error as Error).message, { hint: usage });
  }
}

export function parseCount(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new EvalwardenError(`${flag} takes a whole number ≥ 1, not "${value}"`);
  return Number(value);
}

/** `--step`: a checkpoint's training step, a whole number ≥ 0. */
export function parseStep(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new EvalwardenError(
      `--step takes a checkpoint's training step (a whole number ≥ 0), not "${value}"`,
    );
  return Number(value);
}

export function parseConcurrency(value: string | undefined): number | 'auto' | undefined {
  if (value === undefined || value === 'auto') return value;
  return parseCount(value, '--concurrency');
}
