import { spawn } from 'node:child_process';
import { EvalwardenError } from '../errors.js';

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

export interface Git {
  /** Runs `git <args>` in the repository; never through a shell. */
  run(args: string[], options?: { input?: Buffer | string }): Promise<GitResult>;
  /** Like run, but a non-zero exit is an error that quotes git's message (secrets removed). */
  ok(args: string[], options?: { input?: Buffer | string }): Promise<Buffer>;
  /** Removes the token and URL credentials from a text before it reaches a log. */
  scrub(text: string): string;
}

/** An error from the git CLI while publishing. */
export class PublishError extends EvalwardenError {}

/**
 * A git runner for one repository. The token travels as an `http.extraheader` set through
 * GIT_CONFIG_* variables (as actions/checkout does), so it is in no argument list, no URL and no
 * log line.
 */
export function gitFor(gitDir: string, options: { token?: string | null } = {}): Git {
  const header = options.token
    ? `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${options.token}`).toString('base64')}`
    : null;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_DIR: gitDir,
    // A publisher in CI must fail, not wait for someone to type a password.
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: '',
    SSH_ASKPASS: '',
    LC_ALL: 'C',
  };
  delete env.GIT_INDEX_FILE;
  delete env.GIT_WORK_TREE;
  if (header) {
    env.GIT_CONFIG_COUNT = '1';
    env.GIT_CONFIG_KEY_0 = 'http.extraheader';
    env.GIT_CONFIG_VALUE_0 = header;
  }
  const secrets = [options.token, header].filter((s): s is string => !!s);
  const scrub = (text: string): string => {
    let out = text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@');
    for (const secret of secrets) out = out.split(secret).join('***');
    return out;
  };
  const run: Git['run'] = (args, runOptions = {}) =>
    new Promise((resolve, reject) => {
      const child = spawn('git', args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', (error) =>
        reject(
          new PublishError('Could not run git.', { hint: 'Install git and put it on PATH.', cause: error }),
        ),
      );
      child.on('close', (code) =>
        resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }),
      );
      // A closed stdin (git exiting early) must not crash the publisher.
      child.stdin.on('error', () => {});
      child.stdin.end(runOptions.input ?? '');
    });
  return {
    run,
    scrub,
    async ok(args, runOptions) {
      const result = await run(args, runOptions);
      if (result.code !== 0) {
        throw new PublishError(`git ${args[0]} failed: ${scrub(result.stderr.trim()).slice(0, 2000)}`);
      }
      return result.stdout;
    },
  };
}
