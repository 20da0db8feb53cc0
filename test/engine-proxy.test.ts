import http from 'node:http';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { startSim } from '../src/sim/index.js';
import {
  numericConfig,
  numericRows,
  readResults,
  runCli,
  tempProject,
  writeConfig,
  writeJsonl,
} from './support/engine.js';

/**
 * A forward proxy (absolute-form request targets) that alone knows where `sim.invalid` is:
 * a request that reaches the simulator under that name went through it.
 */
async function startProxy(
  simUrl: string,
): Promise<{ url: string; seen: string[]; [Symbol.asyncDispose]: () => Promise<void> }> {
  const sim = new URL(simUrl);
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    const target = new URL(req.url ?? '/');
    seen.push(`${req.method} ${target.host}${target.pathname}`);
    if (target.hostname !== 'sim.invalid') {
      res.writeHead(502).end('unknown host');
      return;
    }
    const upstream = http.request(
      {
        host: sim.hostname,
        port: sim.port,
        path: target.pathname + target.search,
        method: req.method,
        headers: { ...req.headers, host: sim.host },
      },
      (reply) => {
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    [Symbol.asyncDispose]: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe('HTTP proxies', () => {
  const rows = numericRows(20);
  const items = rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'numeric' as const }));

  test('HTTP_PROXY carries every request to a host only the proxy can reach', async () => {
    await using project = await tempProject();
    await writeJsonl(path.join(project.dir, 'data/math.jsonl'), rows);
    await using sim = await startSim({ models: { 'sim-cand': { accuracy: 1 } }, items, latencyMs: 1 });
    await using proxy = await startProxy(sim.url);
    await writeConfig(project.dir, numericConfig('http://sim.invalid/v1'));
    const result = await runCli(['run', '--suite', 'full', '--out', 'out'], {
      cwd: project.dir,
      env: { HTTP_PROXY: proxy.url },
    });
    expect(result.code, result.stderr).toBe(0);
    const { records } = await readResults(path.join(project.dir, 'out'));
    expect(records.filter((r) => r.score === 1)).toHaveLength(20);
    expect(proxy.seen.filter((s) => s === 'POST sim.invalid/v1/chat/completions')).toHaveLength(20);
    expect(proxy.seen).toContain('GET sim.invalid/v1/models');
  });

  test('a model on this machine is reached directly, proxy or not, and NO_PROXY is honoured', async () => {
    await using project = await tempProject();
    await writeJsonl(path.join(project.dir, 'data/math.jsonl'), rows);
    await using sim = await startSim({ models: { 'sim-cand': { accuracy: 1 } }, items, latencyMs: 1 });
    await using proxy = await startProxy(sim.url);
    await writeConfig(project.dir, numericConfig(sim.url));
    const result = await runCli(['run', '--suite', 'full', '--out', 'out'], {
      cwd: project.dir,
      env: { HTTP_PROXY: proxy.url, NO_PROXY: 'example.com' },
    });
    expect(result.code, result.stderr).toBe(0);
    expect(sim.counters.chat).toBe(20);
    expect(proxy.seen).toEqual([]);
  });
});
