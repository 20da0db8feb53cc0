import path from 'node:path';
import { EvalwardenError } from '../../errors.js';
import { importers, importResults, type ImportFormat } from '../../import/index.js';
import { parseCommandArgs } from '../args.js';
import { gitContext } from '../../entry/index.js';
import { EXIT, type Command } from '../command.js';

const USAGE = `evalwarden import <format> <path> --out <dir> [--model-id <id>] [--role training] [--step N]
formats:
${Object.entries(importers)
  .map(([name, importer]) => `  ${name.padEnd(12)} ${importer.describe}`)
  .join('\n')}
Writes an evalwarden results folder (one per run found) that compare and publish take.\n--model-id files every run under one model; --role training and --step N (else the step in\nthe path: step-5000, global_step11500, checkpoint-2000) make a folder of checkpoints one curve.`;

/** Turn another harness' results into evalwarden results folders. */
export const importCmd: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      out: { type: 'string' },
      'model-id': { type: 'string' },
      role: { type: 'string' },
      step: { type: 'string' },
    },
    USAGE,
  );
  const [format, source] = positionals;
  if (!format || !source || positionals.length > 2)
    throw new EvalwardenError('import takes a format and a path', { hint: USAGE });
  if (!values.out) throw new EvalwardenError('import needs --out <dir>', { hint: USAGE });
  const role = values.role;
  if (role !== undefined && role !== 'training' && role !== 'candidate')
    throw new EvalwardenError(`--role ${role} is not a role an import takes`, {
      hint: 'Use --role training.',
    });
  const step = values.step === undefined ? undefined : Number(values.step);
  if (step !== undefined && !(Number.isInteger(step) && step >= 0))
    throw new EvalwardenError(`--step ${values.step} is not a checkpoint step`, {
      hint: 'Give a whole number: --step 5000.',
    });
  const result = await importResults({
    format: format as ImportFormat,
    path: path.resolve(io.cwd, source),
    outDir: path.resolve(io.cwd, values.out),
    git: gitContext(io.env, io.cwd),
    modelId: values['model-id'],
    role,
    step,
  });
  for (const f of result.folders) {
    io.stdout(
      `${path.relative(io.cwd, f.dir) || '.'}: run ${f.run_id}, ${f.models.join(', ')}, ${f.tasks} task(s), ${f.records} per-item record(s)`,
    );
    for (const note of f.notes) io.stderr(`note: ${note}`);
  }
  return EXIT.ok;
};
