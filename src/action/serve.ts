import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { EvalwardenError } from '../errors.js';

export interface ServeOptions {
  /** A shell command that starts an OpenAI-compatible server, e.g. `vllm serve ./ckpt --port 8000`. */
  command: string;
  cwd: string;
  env: Record<string, string | undefined>;
  /** The first model's base URL (…/v1): readiness is `GET {baseUrl}/models` listing `model`. */
  baseUrl: string;
  model: string;
  apiKey?: string;
  readyTimeoutMs: number;
  /** The server's stdout and stderr go here, kept in the results folder. */
  logFile: string;
  /** @default 1000 */
  pollMs?: number;
  signal?: AbortSignal;
}

/** A model server in its own process group. */
export interface ModelServer {
  pid: number;
  /** Kills the whole group (the shell and everything it started): SIGTERM, then SIGKILL. */
  stop(): Promise<void>;
}

/**
 * Starts the server in its own process group (detached, through a shell) and waits until
 * `/v1/models` lists the model: `/health` only says the process is up, not that weights are
 * loaded. On timeout, exit or abort, the group is killed before the error is thrown.
 */
export async function startModelServer(options: ServeOptions): Promise<ModelServer> {
  const log = openSync(options.logFile, 'a');
  const child = spawn(options.command, {
    cwd: options.cwd,
    env: options.env as NodeJS.ProcessEnv,
    shell: true,
    detached: true,
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const pid = child.pid;
  if (pid === undefined) throw new EvalwardenError(`serve: could not start "${options.command}"`);
  let exited: number | string | null = null;
  const exit = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = code ?? signal ?? 'unknown';
      resolve();
    });
  });
  // Whatever happens to this process, the group must not outlive it.
  const killOnExit = () => killGroup(pid, 'SIGKILL');
  process.once('exit', killOnExit);
  const server: ModelServer = {
    pid,
    async stop() {
      process.removeListener('exit', killOnExit);
      // The shell may be gone already while what it started still runs: the group is what counts.
      if (exited !== null && !groupAlive(pid)) return;
      killGroup(pid, 'SIGTERM');
      if (!(await groupGone(pid, 10_000))) {
        killGroup(pid, 'SIGKILL');
        await groupGone(pid, 5_000);
      }
      await Promise.race([exit, sleep(1000, undefined, { ref: false })]);
    },
  };

  const deadline = Date.now() + options.readyTimeoutMs;
  const url = `${options.baseUrl.replace(/\/+$/, '')}/models`;
  const exitedEarly = async (): Promise<never> => {
    await server.stop();
    throw new EvalwardenError(`serve: the server exited (${exited}) before listing model ${options.model}`, {
      hint: `its log: ${options.logFile}\n${tail(options.logFile)}`,
    });
  };
  for (;;) {
    if (exited !== null) return exitedEarly();
    if (options.signal?.aborted) {
      await server.stop();
      throw new EvalwardenError('serve: cancelled while waiting for the server');
    }
    // The process ending settles the poll at once: no waiting out a request or the poll interval.
    const answer = await Promise.race([
      ask(url, options.model, options.apiKey),
      exit.then(() => 'exited' as const),
    ]);
    if (answer === 'exited') return exitedEarly();
    if (answer === 'listed') return server;
    if (typeof answer === 'object') {
      await server.stop();
      throw new EvalwardenError(
        `serve: ${url} answered HTTP ${answer.status}: ${refusalReason(answer.status)}`,
        {
          hint: refusalHint(answer.status, options.baseUrl),
        },
      );
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new EvalwardenError(
        `serve: ${url} did not list model ${options.model} within ${Math.round(options.readyTimeoutMs / 1000)} s`,
        {
          hint: `raise serve-ready-timeout, or check the server's log (${options.logFile})`,
        },
      );
    }
    await Promise.race([sleep(options.pollMs ?? 1000), exit]);
  }
}

/**
 * One readiness poll. 401, 403 and 404 come from a server that is up and will not change its
 * mind by waiting: they end the wait at once. Anything else (refused, 503 while loading, a list
 * without the model yet) is asked again.
 */
async function ask(
  url: string,
  model: string,
  apiKey: string | undefined,
): Promise<'listed' | 'not-yet' | { status: 401 | 403 | 404 }> {
  try {
    const response = await fetch(url, {
      headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {},
      signal: AbortSignal.timeout(5000),
    });
    if (response.status === 401 || response.status === 403 || response.status === 404)
      return { status: response.status };
    if (!response.ok) return 'not-yet';
    const body = (await response.json()) as { data?: { id?: string }[] };
    return (body.data ?? []).some((m) => m.id === model) ? 'listed' : 'not-yet';
  } catch {
    return 'not-yet';
  }
}

function refusalReason(status: 401 | 403 | 404): string {
  if (status === 404) return 'the server is up but has no /models there';
  return status === 401 ? 'the server refused the API key' : 'the key may not list models';
}

function refusalHint(status: 401 | 403 | 404, baseUrl: string): string {
  if (status === 404) return `base_url (${baseUrl}) must be the server's OpenAI root, usually ending in /v1`;
  return "the model's api_key_env must hold the key the server was started with (e.g. vllm serve --api-key)";
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls until no process of the group is left; false after `ms`. */
async function groupGone(pgid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (groupAlive(pgid)) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-10).join('\n');
  } catch {
    return '';
  }
}
