import http from 'node:http';
import type { AddressInfo } from 'node:net';
import OpenAI from 'openai';
import { describe, expect, test } from 'vitest';
import { createTransport } from '../src/model/transport.js';

async function withServer(
  handler: http.RequestListener,
  body: (url: string) => Promise<void>,
): Promise<void> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await body(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('the transport under the openai SDK', () => {
  test('hands back a whole Response: body readers, clone, and immutable headers', async () => {
    await withServer(
      (_, res) => {
        res.setHeader('content-type', 'application/json');
        res.setHeader('set-cookie', ['a=1', 'b=2']);
        res.end('{"ok":true}');
      },
      async (url) => {
        const transport = createTransport({ connections: 2 });
        const response = await transport.send(`${url}/v1/x`, { method: 'GET', headers: {} }, 5000);
        expect(response.ok).toBe(true);
        expect(response.headers.get('Content-Type')).toBe('application/json');
        expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
        expect(() => response.headers.set('x', 'y')).toThrow(TypeError);
        expect(await response.clone().json()).toEqual({ ok: true });
        expect(new TextDecoder().decode(await response.arrayBuffer())).toBe('{"ok":true}');
        expect(await (await response.blob()).text()).toBe('{"ok":true}');
        const seen: string[] = [];
        response.headers.forEach((value, name, parent) => seen.push(`${name}=${parent.get(name) === value}`));
        expect(seen).toContain('content-type=true');
        await transport.close();
      },
    );
  });

  test('the SDK in the lockfile parses replies and reads errors through it', async () => {
    await withServer(
      (req, res) => {
        res.setHeader('content-type', 'application/json');
        if (req.url?.endsWith('/models')) {
          res.statusCode = 401;
          res.end('{"error":{"message":"bad key","type":"invalid_request_error"}}');
          return;
        }
        res.end(
          JSON.stringify({
            id: 'c',
            object: 'chat.completion',
            created: 0,
            model: 'm',
            choices: [{ index: 0, message: { role: 'assistant', content: 'hi' }, finish_reason: 'stop' }],
          }),
        );
      },
      async (url) => {
        const transport = createTransport({ connections: 2 });
        const client = new OpenAI({
          baseURL: `${url}/v1`,
          apiKey: 'k',
          maxRetries: 0,
          fetch: (input, init) =>
            transport.send(
              String(input),
              {
                method: init?.method ?? 'GET',
                headers: Object.fromEntries(new Headers(init?.headers).entries()),
                body: init?.body as string | undefined,
              },
              5000,
            ),
        });
        const reply = await client.chat.completions.create({
          model: 'm',
          messages: [{ role: 'user', content: 'x' }],
        });
        expect(reply.choices[0].message.content).toBe('hi');
        await expect(client.models.list()).rejects.toMatchObject({
          status: 401,
          message: expect.stringContaining('bad key'),
        });
        await transport.close();
      },
    );
  });
});
