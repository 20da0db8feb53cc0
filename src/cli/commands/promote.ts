import { EvalwardenError } from '../../errors.js';
import { promote as promoteRun } from '../../publish/index.js';
import { parseCommandArgs } from '../args.js';
import { EXIT, type Command } from '../command.js';
import { publishConfigFrom, siteFromFlags, SITE_FLAGS } from './publish.js';

const USAGE = `evalwarden promote <run-id> [--remote <url> | --pages-dir <dir>] [--branch gh-pages] [--reason TEXT]
Makes a published run (an id from data/index/<month>.json) the baseline of its branch, model and suite.`;

/** Set a baseline by hand in data/baselines.json. */
export const promote: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(
    args,
    { ...SITE_FLAGS, reason: { type: 'string' } },
    USAGE,
  );
  if (positionals.length !== 1) throw new EvalwardenError('promote takes one run id', { hint: USAGE });
  const result = await promoteRun({
    ...(await siteFromFlags(values, io)),
    runId: positionals[0],
    reason: values.reason,
    config: await publishConfigFrom(values.config, io),
  });
  if (result.status === 'forbidden') {
    io.stderr(`notice: ${result.notice}`);
    return EXIT.error;
  }
  const b = result.baseline!;
  io.stdout(`baseline of ${b.branch} · ${b.model} · ${b.suite} is now ${b.run_id}`);
  return EXIT.ok;
};
