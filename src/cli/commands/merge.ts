import path from 'node:path';
import { renderSummaryTable } from '../../report/index.js';
import { mergeShards } from '../../run/index.js';
import { EvalwardenError } from '../../errors.js';
import { parseCommandArgs, parseCount } from '../args.js';
import { EXIT, type Command } from '../command.js';

const USAGE = `evalwarden merge --out DIR [--config evalwarden.yml] [--max-items N] SHARD_DIR…
  Combines the results folders of \`run --shard i/N\` (or folders holding them) into one.`;

/** `evalwarden merge --out DIR SHARD_DIR…`: the merge job of a sharded eval. */
export const merge: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      out: { type: 'string' },
      config: { type: 'string', default: 'evalwarden.yml' },
      'max-items': { type: 'string' },
    },
    USAGE,
  );
  if (!values.out) throw new EvalwardenError('merge needs --out DIR', { hint: USAGE });
  if (positionals.length === 0)
    throw new EvalwardenError('merge needs at least one shard folder', { hint: USAGE });
  const result = await mergeShards({
    configPath: path.resolve(io.cwd, values.config),
    shardDirs: positionals.map((p) => path.resolve(io.cwd, p)),
    outDir: path.resolve(io.cwd, values.out),
    maxItems: parseCount(values['max-items'], '--max-items'),
    env: io.env,
  });
  io.stdout(renderSummaryTable(result.summary));
  io.stderr(
    `merged ${result.shards} shard(s), ${result.records} records → ${path.relative(io.cwd, result.outDir) || '.'} (${result.info.status})`,
  );
  return EXIT.ok;
};
