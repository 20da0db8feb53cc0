import path from 'node:path';
import { EvalwardenError } from '../../errors.js';
import { importers, importResults, type ImportFormat } from '../../import/index.js';
import { parseCommandArgs } from '../args.js';
import { gitContext } from '../../entry/git-context.js';
import { EXIT, type Command } from '../command.js';

const USAGE = `evalwarden import <format> <path> --out <dir>
formats:
${Object.entries(importers)
  .map(([name, importer]) => `  ${name.padEnd(12)} ${importer.describe}`)
  .join('\n')}
Writes an evalwarden results folder (one per checkpoint for scores-yaml) that compare and publish take.`;

/** Turn another harness' results into evalwarden results folders. */
export const importCmd: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' } }, USAGE);
  const [format, source] = positionals;
  if (!format || !source || positionals.length > 2)
    throw new EvalwardenError('import takes a format and a path', { hint: USAGE });
  if (!values.out) throw new EvalwardenError('import needs --out <dir>', { hint: USAGE });
  const result = await importResults({
    format: format as ImportFormat,
    path: path.resolve(io.cwd, source),
    outDir: path.resolve(io.cwd, values.out),
    git: gitContext(io.env, io.cwd),
  });
  for (const f of result.folders) {
    io.stdout(
      `${path.relative(io.cwd, f.dir) || '.'}: run ${f.run_id}, ${f.models.join(', ')}, ${f.tasks} task(s), ${f.records} per-item record(s)`,
    );
  }
  return EXIT.ok;
};
