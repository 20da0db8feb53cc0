/**
 * The floor under the engine's CPU figures: evalwarden's model client alone (the `openai` SDK on
 * its transport), N chat completions at concurrency C from a bare loop, no plan, scoring,
 * records or summary. Prints the process's CPU for the requests alone and in all (start-up
 * included) as one JSON line. Run by bench/engine/main.ts (case `client-floor`).
 *   node bench/out/client-floor.mjs <base url> <served model> <N> <C>
 */
import { ModelClient } from '../../src/model/client.js';

const [baseUrl, servedModel, n, c] = process.argv.slice(2);
const total = Number(n);
const client = new ModelClient({
  baseUrl,
  servedModel,
  apiKey: undefined,
  apiKeyEnv: undefined,
  api: 'chat',
  params: { max_tokens: 16 },
  timeoutMs: 60_000,
  maxRetries: 2,
});
await client.checkServed();
const before = process.cpuUsage();
let next = 0;
await Promise.all(
  Array.from({ length: Number(c) }, async () => {
    while (next < total) {
      const i = next++;
      await client.complete([{ role: 'user', content: `Item ${i}: what is ${i} plus 1?` }], 0);
    }
  }),
);
const requests = process.cpuUsage(before);
const all = process.cpuUsage();
await client.close();
console.log(
  JSON.stringify({
    requestsCpuMs: Math.round((requests.user + requests.system) / 1000),
    processCpuMs: Math.round((all.user + all.system) / 1000),
  }),
);
