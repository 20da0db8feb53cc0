/**
 * What a CLI command gets from the entry point. Commands never read process.argv, process.env
 * or write to process.stdout themselves, so tests can run them in-process.
 */
export interface CommandIO {
  /** A line for the user's terminal or a pipe (results, tables). */
  stdout: (line: string) => void;
  /** Progress and diagnostics. */
  stderr: (line: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Aborted on SIGINT / SIGTERM: stop starting work, flush what finished. */
  signal: AbortSignal;
}

/** A command takes its own arguments (after the command name) and returns the exit code. */
export type Command = (args: string[], io: CommandIO) => Promise<number>;

/** Exit codes, documented in the README: 0 ok, 1 a failing verdict, 2 an error (bad config included). */
export const EXIT = { ok: 0, failed: 1, error: 2 } as const;
