/**
 * Serves a built dashboard and a data folder with the real `evalwarden dashboard` command,
 * in-process, on a free loopback port. `await using` stops it.
 */
import { dashboard } from '../../src/cli/commands/dashboard.js';

export interface ServedDashboard extends AsyncDisposable {
  url: string;
  close(): Promise<void>;
  stderr: string[];
}

export async function serveDashboard(options: {
  data: string;
  app: string;
  cwd?: string;
}): Promise<ServedDashboard> {
  const abort = new AbortController();
  const stdout: string[] = [];
  const stderr: string[] = [];
  let announced!: (url: string) => void;
  const urlReady = new Promise<string>((resolve) => (announced = resolve));
  const done = dashboard(['--data', options.data, '--app', options.app, '--port', '0'], {
    stdout: (line) => {
      stdout.push(line);
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(line);
      if (m) announced(m[0]);
    },
    stderr: (line) => stderr.push(line),
    cwd: options.cwd ?? process.cwd(),
    env: {},
    signal: abort.signal,
  });
  const url = await Promise.race([
    urlReady,
    done.then((code) => Promise.reject(new Error(`dashboard exited with ${code}: ${stderr.join('\n')}`))),
  ]);
  const close = async () => {
    abort.abort();
    await done;
  };
  return { url, close, stderr, [Symbol.asyncDispose]: close };
}
