#!/usr/bin/env node
import module from 'node:module';

// Compiled code is cached on disk between runs: parsing the bundle is most of start-up.
module.enableCompileCache?.();
const { main } = await import('./main.js');

// The one place that touches the process: argv, env, signals, exit code.
const controller = new AbortController();
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) {
      // Quit at once, by the signal itself (as a shell expects: status 128 + its number).
      // process.exit would not: it waits for the thread pool, where a write to a hung disk or a
      // pipe no one reads never ends.
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
      return;
    }
    interrupted = true;
    process.stderr.write(`\n${signal}: stopping; finished items are kept (again to quit at once)\n`);
    controller.abort();
  });
}

const code = await main(process.argv.slice(2), {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
  env: process.env,
  signal: controller.signal,
});
process.exitCode = code;
