import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RunInfo, Summary } from '../../artifacts.js';
import { EvalwardenError } from '../../errors.js';
import type { Comparison } from '../../gate/index.js';
import { COMMENT_LIMIT, renderReport } from '../../report/index.js';
import { parseCommandArgs, parseCount } from '../args.js';
import { EXIT, type Command } from '../command.js';

const USAGE = `evalwarden report --results DIR [--comparison FILE] [--limit 65536] [--dashboard-url URL]
  Prints the markdown report the Action posts (PR comment, job summary) for a gated results folder.`;

/** The Action's report from the command line: for other CI systems, or to preview a comment. */
export const report: Command = async (args, io) => {
  const { values } = parseCommandArgs(
    args,
    {
      results: { type: 'string' },
      comparison: { type: 'string' },
      limit: { type: 'string' },
      'dashboard-url': { type: 'string' },
      help: { type: 'boolean' },
    },
    USAGE,
  );
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (!values.results) throw new EvalwardenError('report needs --results DIR', { hint: USAGE });
  const dir = path.resolve(io.cwd, values.results);
  const comparisonFile = values.comparison
    ? path.resolve(io.cwd, values.comparison)
    : path.join(dir, 'comparison.json');
  if (!existsSync(comparisonFile)) {
    throw new EvalwardenError(`no ${path.relative(io.cwd, comparisonFile) || comparisonFile}`, {
      hint: 'gate the run first: evalwarden compare --candidate DIR --baseline …',
    });
  }
  const comparison = JSON.parse(await readFile(comparisonFile, 'utf8')) as Comparison;
  const summary = JSON.parse(await readFile(path.join(dir, 'summary.json'), 'utf8')) as Summary;
  const runFile = path.join(dir, 'run.json');
  const run = existsSync(runFile) ? (JSON.parse(await readFile(runFile, 'utf8')) as RunInfo) : null;
  io.stdout(
    renderReport(
      { comparison, summary, run, dashboardUrl: values['dashboard-url'] ?? null },
      parseCount(values.limit, '--limit') ?? COMMENT_LIMIT,
    ).trimEnd(),
  );
  return EXIT.ok;
};
