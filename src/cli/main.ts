import path from 'node:path';
import { EvalwardenError } from '../errors.js';
import { apiKeyValues, scrubber } from '../model/index.js';
import { HelpRequested } from './args.js';
import { EXIT, type Command, type CommandIO } from './command.js';

/** Commands load on demand, so `evalwarden run` does not pay for the dashboard's or GitHub's code. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  run: {
    summary: 'run a suite against the models and write records, summary and run.json',
    load: async () => (await import('./commands/run.js')).run,
  },
  compare: {
    summary: 'compare a results folder with a baseline and give the verdict',
    load: async () => (await import('./commands/compare.js')).compare,
  },
  merge: {
    summary: 'combine the results folders of sharded runs (run --shard i/N) into one',
    load: async () => (await import('./commands/merge.js')).merge,
  },
  publish: {
    summary: 'publish results to the gh-pages data protocol (a git remote or a folder)',
    load: async () => (await import('./commands/publish.js')).publish,
  },
  promote: {
    summary: 'make a published run the baseline for its branch, model and suite',
    load: async () => (await import('./commands/promote.js')).promote,
  },
  import: {
    summary:
      'turn results of lm-evaluation-harness, evalscope, lighteval or score files into a results folder',
    load: async () => (await import('./commands/import.js')).importCmd,
  },
  dashboard: {
    summary: 'serve the dashboard over a published data folder on 127.0.0.1',
    load: async () => (await import('./commands/dashboard.js')).dashboard,
  },
  validate: {
    summary: 'check evalwarden.yml and its datasets without calling a model',
    load: async () => (await import('./commands/validate.js')).validate,
  },
  sim: {
    summary: 'start the simulated vLLM-style server',
    load: async () => (await import('./commands/sim.js')).sim,
  },
  report: {
    summary: 'print the markdown report the Action posts, for a gated results folder',
    load: async () => (await import('./commands/report.js')).report,
  },
  demo: {
    summary: 'run the quick suite for two simulated models and gate the second',
    load: async () => (await import('./commands/demo.js')).demo,
  },
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    'usage: evalwarden <command> [options]   (evalwarden <command> --help)',
    '',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
  ].join('\n');
}

/** Runs one command; every failure becomes one line (and a hint), never a stack trace unless --debug. */
export async function main(argv: string[], io: CommandIO): Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === 'help' || name === '-h') {
    io.stdout(usage());
    return name ? EXIT.ok : EXIT.error;
  }
  if (name === '--version') {
    const { packageVersion } = await import('../package-root.js');
    io.stdout(packageVersion());
    return EXIT.ok;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    io.stderr(`evalwarden: unknown command "${name}"\n${usage()}`);
    return EXIT.error;
  }
  const scrubbed = await scrubbedIO(io, rest);
  try {
    return await (await entry.load())(rest, scrubbed);
  } catch (error) {
    if (error instanceof HelpRequested) {
      scrubbed.stdout(`usage: ${error.usage}`);
      return EXIT.ok;
    }
    scrubbed.stderr(formatError(error, debug));
    return EXIT.error;
  }
}

/** The terminal sees no key the config names (nor the GitHub token): a server may quote one. */
async function scrubbedIO(io: CommandIO, args: string[]): Promise<CommandIO> {
  const at = args.findIndex((a) => a === '--config' || a.startsWith('--config='));
  const configArg =
    at === -1 ? 'evalwarden.yml' : args[at].startsWith('--config=') ? args[at].slice(9) : args[at + 1];
  const scrub = scrubber(await apiKeyValues(path.resolve(io.cwd, configArg ?? 'evalwarden.yml'), io.env));
  return { ...io, stdout: (line) => io.stdout(scrub(line)), stderr: (line) => io.stderr(scrub(line)) };
}

export function formatError(error: unknown, debug: boolean): string {
  if (error instanceof EvalwardenError) {
    const lines = [`error: ${error.message}`];
    if (error.hint) lines.push(`hint: ${error.hint}`);
    if (debug && error.stack) lines.push(error.stack);
    return lines.join('\n');
  }
  const message = error instanceof Error ? error.message : String(error);
  return debug && error instanceof Error && error.stack
    ? `error: ${error.stack}`
    : `error: ${message} (run with --debug for details)`;
}
