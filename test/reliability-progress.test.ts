import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  numericConfig,
  numericRows,
  runCli,
  tempProject,
  writeConfig,
  writeJsonl,
} from './support/engine.js';

/** A server that takes requests and answers none, but (when asked) lists its models. */
async function silentServer(listModels: boolean) {
  const held: http.ServerResponse[] = [];
  const server = http.createServer((req, res) => {
    if (listModels && req.method === 'GET' && req.url?.endsWith('/models')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ object: 'list', data: [{ id: 'sim-cand', object: 'model', owned_by: 'x' }] }));
      return;
    }
    held.push(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    async [Symbol.asyncDispose]() {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe('say what is happening', () => {
  test('against a server that never answers, progress says it waits for the first reply and how old the oldest request is', async () => {
    await using project = await tempProject();
    await writeJsonl(path.join(project.dir, 'data/math.jsonl'), numericRows(5));
    await using server = await silentServer(true);
    await writeConfig(project.dir, numericConfig(server.url, { run: { timeout_ms: 5000, max_retries: 0 } }));
    const result = await runCli(['run', '--suite', 'full', '--out', 'out'], { cwd: project.dir });
    expect(result.stderr).toMatch(
      /cand full 0\/5 · waiting for the first reply \([1-9]\d* s\) · 5 in flight, oldest [1-9]\d* s/,
    );
  });

  test('against a server that never lists its models, the run says what it waits for', async () => {
    await using project = await tempProject();
    await writeJsonl(path.join(project.dir, 'data/math.jsonl'), numericRows(5));
    await using server = await silentServer(false);
    await writeConfig(project.dir, numericConfig(server.url, { run: { timeout_ms: 5000, max_retries: 0 } }));
    const result = await runCli(['run', '--suite', 'full', '--out', 'out'], { cwd: project.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`cand: waiting for ${server.url} to list its models (2 s)`);
  });
});
