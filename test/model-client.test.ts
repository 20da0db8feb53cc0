import http from 'node:http';
import { describe, expect, test, vi } from 'vitest';
import { ModelClient, type EndpointOptions } from '../src/model/client.js';
import { startSim } from '../src/sim/index.js';
import { packageVersion } from '../src/package-root.js';

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Sits in front of the simulator and keeps every request as the server receives it. */
async function startTap(
  simUrl: string,
): Promise<{ url: string; seen: Seen[]; [Symbol.asyncDispose]: () => Promise<void> }> {
  const sim = new URL(simUrl);
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const target = new URL(req.url ?? '/', sim);
      const upstream = http.request(
        {
          host: sim.hostname,
          port: sim.port,
          path: target.pathname,
          method: req.method,
          headers: { ...req.headers, host: sim.host },
        },
        (reply) => {
          res.writeHead(reply.statusCode ?? 502, reply.headers);
          reply.pipe(res);
        },
      );
      upstream.end(body);
    });
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

function clientOptions(baseUrl: string, overrides: Partial<EndpointOptions> = {}): EndpointOptions {
  return {
    baseUrl,
    servedModel: 'sim-cand',
    apiKey: 'sk-test-key',
    apiKeyEnv: 'TEST_KEY',
    api: 'chat',
    params: { max_tokens: 16, temperature: 0, seed: 7 },
    timeoutMs: 10_000,
    maxRetries: 2,
    ...overrides,
  };
}

describe('the model client on the wire', () => {
  test('a completion is one JSON POST with the key, the content type and evalwarden as the user agent', async () => {
    await using sim = await startSim({
      models: { 'sim-cand': { accuracy: 1 } },
      items: [{ prompt: 'What is 2 plus 2?', target: '4', scorer: 'numeric' }],
      latencyMs: 1,
    });
    await using tap = await startTap(sim.url);
    const client = new ModelClient(clientOptions(`${tap.url}/v1/`));
    try {
      const completion = await client.complete([{ role: 'user', content: 'What is 2 plus 2?' }], 2);
      expect(completion.output).toContain('4');
      expect(completion.usage.completion).toBeGreaterThan(0);
    } finally {
      await client.close();
    }
    expect(tap.seen).toHaveLength(1);
    const [post] = tap.seen;
    expect(post.method).toBe('POST');
    expect(post.url).toBe('/v1/chat/completions');
    expect(post.headers.authorization).toBe('Bearer sk-test-key');
    expect(post.headers['content-type']).toBe('application/json');
    expect(post.headers['user-agent']).toBe(`evalwarden/${packageVersion()}`);
    // Sample 2 of seed 7: the seed that keeps samples distinct and reproducible.
    expect(JSON.parse(post.body)).toEqual({
      model: 'sim-cand',
      messages: [{ role: 'user', content: 'What is 2 plus 2?' }],
      max_tokens: 16,
      temperature: 0,
      seed: 9,
    });
  });

  test('a base URL with a query keeps it on every request (the SDK builds those)', async () => {
    await using sim = await startSim({ models: { 'sim-cand': { accuracy: 1 } }, latencyMs: 1 });
    await using tap = await startTap(sim.url);
    const client = new ModelClient(clientOptions(`${tap.url}/v1?api-version=2026-01-01`));
    try {
      await client.checkServed();
      await client.complete([{ role: 'user', content: 'Say hello.' }], 0);
    } finally {
      await client.close();
    }
    expect(tap.seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      'GET /v1/models?api-version=2026-01-01',
      'POST /v1/chat/completions?api-version=2026-01-01',
    ]);
    expect(tap.seen[1].headers.authorization).toBe('Bearer sk-test-key');
    expect(tap.seen[1].headers['user-agent']).toBe(`evalwarden/${packageVersion()}`);
  });

  test('the organization and project the SDK reads from the environment go with completions too', async () => {
    await using sim = await startSim({ models: { 'sim-cand': { accuracy: 1 } }, latencyMs: 1 });
    await using tap = await startTap(sim.url);
    vi.stubEnv('OPENAI_ORG_ID', 'org-test');
    vi.stubEnv('OPENAI_PROJECT_ID', 'proj-test');
    const client = new ModelClient(clientOptions(`${tap.url}/v1`));
    vi.unstubAllEnvs();
    try {
      await client.checkServed();
      await client.complete([{ role: 'user', content: 'Say hello.' }], 0);
    } finally {
      await client.close();
    }
    for (const request of tap.seen) {
      expect(request.headers['openai-organization'], request.url).toBe('org-test');
      expect(request.headers['openai-project'], request.url).toBe('proj-test');
    }
    expect(tap.seen).toHaveLength(2);
  });

  test('a retried completion sends the same request again', async () => {
    await using sim = await startSim({
      models: { 'sim-cand': { accuracy: 1 } },
      latencyMs: 1,
      faults: { rate500: 1 },
    });
    await using tap = await startTap(sim.url);
    const client = new ModelClient(clientOptions(`${tap.url}/v1`, { maxRetries: 1 }));
    try {
      await expect(client.complete([{ role: 'user', content: 'Say hello.' }], 0)).rejects.toThrow();
    } finally {
      await client.close();
    }
    expect(tap.seen).toHaveLength(2);
    expect(tap.seen[1].body).toBe(tap.seen[0].body);
    expect(tap.seen[1].headers.authorization).toBe('Bearer sk-test-key');
  });
});
