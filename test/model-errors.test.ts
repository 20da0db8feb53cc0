import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ModelClient } from '../src/model/client.js';
import { toRecordError } from '../src/model/errors.js';
import { openaiError } from '../src/sim/error-bodies.js';

const REAL = path.resolve(import.meta.dirname, '../../shared/real-fixtures/openai-compatible');
const realFixture = (name: string) => path.join(REAL, name);

interface Canned {
  status: number;
  contentType: string | null;
  body: string;
}

/** Lists one model and answers every completion with the same canned reply; counts completions. */
async function startCanned(
  reply: Canned,
): Promise<{ url: string; completions: () => number; [Symbol.asyncDispose]: () => Promise<void> }> {
  let completions = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.url?.endsWith('/models')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ object: 'list', data: [{ id: 'm', object: 'model', owned_by: 'x' }] }));
        return;
      }
      completions++;
      res.writeHead(reply.status, reply.contentType ? { 'content-type': reply.contentType } : {});
      res.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/v1`,
    completions: () => completions,
    [Symbol.asyncDispose]: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** One completion through the real client; the record error it becomes, or null when it succeeded. */
async function recordErrorOf(url: string, api: 'chat' | 'completions' = 'chat') {
  const client = new ModelClient({
    baseUrl: url,
    servedModel: 'm',
    apiKey: undefined,
    apiKeyEnv: undefined,
    api,
    params: { max_tokens: 16 },
    timeoutMs: 10_000,
    maxRetries: 3,
  });
  try {
    await client.complete([{ role: 'user', content: 'hi' }], 0);
    return null;
  } catch (error) {
    return toRecordError(error, []);
  } finally {
    await client.close();
  }
}

describe("429s no retry can cure are not retried, and the server's message is kept", () => {
  test.skipIf(!existsSync(realFixture('openai/error.429.request-too-large.json')))(
    'a request larger than the per-minute limit (real OpenAI body) is asked once',
    async () => {
      const body = readFileSync(realFixture('openai/error.429.request-too-large.json'), 'utf8');
      await using server = await startCanned({ status: 429, contentType: 'application/json', body });
      const error = await recordErrorOf(server.url);
      expect(server.completions()).toBe(1);
      expect(error?.kind).toBe('http_429');
      expect(error?.message).toContain('Request too large for gpt-4o');
      expect(error?.message).toContain('Requested 30601');
      expect(error?.message).toContain('not retried');
    },
  );

  test('an exhausted quota (insufficient_quota, in the shape the simulator sends) is asked once', async () => {
    const body = JSON.stringify(
      openaiError(
        'You exceeded your current quota, please check your plan and billing details.',
        'insufficient_quota',
        'insufficient_quota',
      ),
    );
    await using server = await startCanned({ status: 429, contentType: 'application/json', body });
    const error = await recordErrorOf(server.url);
    expect(server.completions()).toBe(1);
    expect(error).toMatchObject({ kind: 'http_429' });
    expect(error?.message).toContain('You exceeded your current quota');
  });

  test('an ordinary rate limit (Requested below Limit) is still retried', async () => {
    const body = JSON.stringify(
      openaiError(
        'Rate limit reached for gpt-4o on tokens per min (TPM): Limit 30000, Used 29500, Requested 900. Please try again in 1ms.',
        'tokens',
        'rate_limit_exceeded',
      ),
    );
    await using server = await startCanned({ status: 429, contentType: 'application/json', body });
    const error = await recordErrorOf(server.url);
    expect(server.completions()).toBe(4);
    expect(error?.kind).toBe('http_429');
  });
});

describe('a reply the client cannot read is an error naming what came back', () => {
  const unreadable: [string, Canned, RegExp][] = [
    [
      'an HTML error page',
      {
        status: 200,
        contentType: 'text/html',
        body: '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>',
      },
      /HTML page.*502 Bad Gateway/,
    ],
    ['an empty body', { status: 200, contentType: 'application/json', body: '' }, /empty body/],
    ['an empty body without a content type', { status: 200, contentType: null, body: '' }, /empty body/],
    [
      'a JSON label on a body that is not JSON',
      { status: 200, contentType: 'application/json', body: '<html>oops</html>' },
      /labelled JSON but does not parse/,
    ],
    [
      'no choices',
      { status: 200, contentType: 'application/json', body: '{"object":"chat.completion","choices":[]}' },
      /no choices: \{"object":"chat.completion","choices":\[\]\}/,
    ],
    [
      'content null without tool calls',
      {
        status: 200,
        contentType: 'application/json',
        body: '{"choices":[{"index":0,"message":{"role":"assistant","content":null},"finish_reason":"length"}]}',
      },
      /content null and no tool calls \(finish_reason "length"\)/,
    ],
  ];
  for (const [what, reply, expected] of unreadable) {
    test(`${what}`, async () => {
      await using server = await startCanned(reply);
      const error = await recordErrorOf(server.url);
      expect(error?.kind).toBe('unreadable_reply');
      expect(error?.message).toMatch(expected);
      expect(error?.message).not.toContain('Cannot read properties');
    });
  }

  test.skipIf(!existsSync(realFixture('vllm/chat-completion.stream.sse.txt')))(
    'an SSE stream (real vLLM stream) sent to a request that did not ask to stream',
    async () => {
      const body = readFileSync(realFixture('vllm/chat-completion.stream.sse.txt'), 'utf8');
      await using server = await startCanned({ status: 200, contentType: 'text/event-stream', body });
      const error = await recordErrorOf(server.url);
      expect(error?.kind).toBe('unreadable_reply');
      expect(error?.message).toMatch(/event stream \(SSE\).*data: \{/);
    },
  );

  test('a legacy completion without text is unreadable too', async () => {
    await using server = await startCanned({
      status: 200,
      contentType: 'application/json',
      body: '{"choices":[{"index":0}]}',
    });
    const error = await recordErrorOf(server.url, 'completions');
    expect(error).toMatchObject({ kind: 'unreadable_reply' });
    expect(error?.message).toContain('has no text');
  });

  test.skipIf(!existsSync(realFixture('vllm/chat-completion.reasoning_content.json')))(
    'a real vLLM completion still reads',
    async () => {
      const body = readFileSync(realFixture('vllm/chat-completion.reasoning_content.json'), 'utf8');
      await using server = await startCanned({ status: 200, contentType: 'application/json', body });
      expect(await recordErrorOf(server.url)).toBeNull();
    },
  );
});
