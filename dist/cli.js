#!/usr/bin/env node
import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);

// src/cli/index.ts
import module from "node:module";
module.enableCompileCache?.();
var { main } = await import("./chunks/main-PUXAUXOQ.js");
var controller = new AbortController();
var interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (interrupted) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
      return;
    }
    interrupted = true;
    process.stderr.write(`
${signal}: stopping; finished items are kept (again to quit at once)
`);
    controller.abort();
  });
}
var code = await main(process.argv.slice(2), {
  stdout: (line) => process.stdout.write(`${line}
`),
  stderr: (line) => process.stderr.write(`${line}
`),
  cwd: process.cwd(),
  env: process.env,
  signal: controller.signal
});
process.exitCode = code;
