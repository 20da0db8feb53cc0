/**
 * `evalwarden dashboard` serves the app and a data folder from 127.0.0.1, read-only, and nothing
 * outside those two folders: not by `..`, not by encoded dots, not through a symlink.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboard } from '../src/cli/commands/dashboard.js';
import { serveDashboard, type ServedDashboard } from './support/dashboard-server.js';

/** A raw GET, so the path reaches the server exactly as written (fetch would normalise `..`). */
function rawGet(
  url: string,
  path: string,
  method = 'GET',
): Promise<{ status: number; type: string | undefined; encoding: string | undefined; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode!,
          type: res.headers['content-type'],
          encoding: res.headers['content-encoding'],
          body: Buffer.concat(chunks).toString('latin1'),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

function io(signal = new AbortController().signal) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      stdout: (l: string) => out.push(l),
      stderr: (l: string) => err.push(l),
      cwd: process.cwd(),
      env: {},
      signal,
    },
  };
}

describe('evalwarden dashboard', () => {
  let root: string;
  let served: ServedDashboard;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'evalwarden-serve-'));
    await mkdir(join(root, 'app/assets'), { recursive: true });
    await mkdir(join(root, 'data/runs/2026-11/r1'), { recursive: true });
    await writeFile(join(root, 'app/index.html'), '<!doctype html><title>app</title>');
    await writeFile(join(root, 'app/assets/app.js'), 'export {}');
    await writeFile(join(root, 'data/index.json'), '{"schema_version":1}');
    await writeFile(join(root, 'data/runs/2026-11/r1/records.jsonl.gz'), gzipSync('{"a":1}\n'));
    await writeFile(join(root, 'secret.txt'), 'top secret');
    await symlink(join(root, 'secret.txt'), join(root, 'data/leak.json'));
    served = await serveDashboard({ data: join(root, 'data'), app: join(root, 'app') });
  });
  afterAll(async () => {
    await served?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('serves the app at / and the data folder at /data/ on 127.0.0.1', async () => {
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await rawGet(served.url, '/');
    expect(index).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(await rawGet(served.url, '/assets/app.js')).toMatchObject({
      status: 200,
      type: 'text/javascript; charset=utf-8',
    });
    expect(await rawGet(served.url, '/data/index.json')).toMatchObject({
      status: 200,
      type: 'application/json; charset=utf-8',
      body: '{"schema_version":1}',
    });
  });

  it('serves .gz files as bytes, as GitHub Pages does, for the app to decompress', async () => {
    const gz = await rawGet(served.url, '/data/runs/2026-11/r1/records.jsonl.gz');
    expect(gz).toMatchObject({ status: 200, type: 'application/gzip', encoding: undefined });
  });

  it('refuses paths that leave its folders, however they are spelled', async () => {
    for (const path of [
      '/../secret.txt',
      '/data/../../secret.txt',
      '/data/%2e%2e/%2e%2e/secret.txt',
      '/%2e%2e/secret.txt',
      '/data/..%2f..%2fsecret.txt',
      '/data/leak.json',
      '/data/%00',
      '/..\\secret.txt',
    ]) {
      const res = await rawGet(served.url, path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.body, path).not.toContain('top secret');
    }
  });

  it('is read-only and says so', async () => {
    expect((await rawGet(served.url, '/data/index.json', 'POST')).status).toBe(405);
    expect((await rawGet(served.url, '/data/index.json', 'HEAD')).status).toBe(200);
    expect((await rawGet(served.url, '/nope.html')).status).toBe(404);
  });

  it('explains a missing --data, a folder without index.json and a bad --port', async () => {
    const a = io();
    expect(await dashboard([], a.io)).toBe(2);
    expect(a.err.join('\n')).toContain('--data is required');
    const b = io();
    expect(await dashboard(['--data', root], b.io)).toBe(2);
    expect(b.err.join('\n')).toContain('has no index.json');
    const c = io();
    expect(await dashboard(['--data', join(root, 'data'), '--port', 'http'], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain('--port must be a number');
    const d = io();
    expect(await dashboard(['--data', join(root, 'data'), '--app', join(root, 'data')], d.io)).toBe(2);
    expect(d.err.join('\n')).toContain('No built dashboard');
  });

  it('stops when its signal aborts', async () => {
    const abort = new AbortController();
    const x = io(abort.signal);
    const done = dashboard(['--data', join(root, 'data'), '--app', join(root, 'app')], x.io);
    await expect.poll(() => x.out.length).toBe(1);
    const url = /http:\S+/.exec(x.out[0])![0];
    expect((await rawGet(url, '/')).status).toBe(200);
    abort.abort();
    expect(await done).toBe(0);
    await expect(rawGet(url, '/')).rejects.toThrow(/ECONNREFUSED/);
  });
});
