import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseConfig } from '../src/config/load.js';
import { runCli, tempProject, writeConfig, writeJsonl, numericRows } from './support/engine.js';

const MODEL = '  - { id: cand, base_url: "http://127.0.0.1:9/v1", model: m }';
const TASK =
  '  - { id: math, dataset: { path: data/math.jsonl }, fields: { input: question, target: answer }, scorer: numeric }';

function errorOf(text: string): string {
  try {
    parseConfig(text, { env: {}, file: '/p/evalwarden.yml', displayName: 'evalwarden.yml' });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the config was accepted');
}

describe('messages that say what is wrong', () => {
  for (const value of ['-4', '0', 'lots']) {
    test(`concurrency: ${value} says "auto" or a whole number ≥ 1 are allowed, at file:line`, () => {
      const message = errorOf(
        ['models:', MODEL, 'tasks:', TASK, 'run:', `  concurrency: ${value}`].join('\n'),
      );
      expect(message).toMatch(/^evalwarden\.yml:6:\d+ run\.concurrency: must be "auto" or /);
      expect(message).toMatch(value === 'lots' ? /a whole number/ : /a number ≥ 1/);
    });
  }

  test('a suite size of -3 says the names and whole numbers are both allowed', () => {
    const message = errorOf(
      ['models:', MODEL, 'tasks:', TASK, 'suites:', '  smoke: { size: -3 }'].join('\n'),
    );
    expect(message).toMatch(
      /^evalwarden\.yml:6:\d+ suites\.smoke\.size: must be "all" or "quick" or a number ≥ 1$/,
    );
  });

  test('a dataset with both path and url says they exclude each other', () => {
    const both =
      '  - { id: math, dataset: { path: a.jsonl, url: "https://x/a.jsonl", sha256: "' +
      'a'.repeat(64) +
      '" }, fields: { input: question, target: answer }, scorer: numeric }';
    const message = errorOf(['models:', MODEL, 'tasks:', both].join('\n'));
    expect(message).toMatch(
      /^evalwarden\.yml:4:\d+ tasks\[0\]\.dataset: "path" and "url" exclude each other/,
    );
  });

  test('a YAML alias bomb is refused naming the file', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++) {
      const name = String.fromCharCode(98 + i);
      const prev = String.fromCharCode(97 + i);
      bomb.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    expect(errorOf(bomb.join('\n'))).toMatch(/^evalwarden\.yml invalid YAML: .*alias/i);
  });
});

describe('validate and secrets', () => {
  async function project() {
    const p = await tempProject();
    await writeJsonl(path.join(p.dir, 'data/math.jsonl'), numericRows(3));
    await writeConfig(
      p.dir,
      [
        'models:',
        '  - { id: cand, base_url: "http://127.0.0.1:9/v1", model: m, api_key_env: EW_TEST_UNSET_KEY }',
        'tasks:',
        TASK,
      ].join('\n'),
    );
    return p;
  }

  test('validate warns when api_key_env names an unset variable, and still passes', async () => {
    await using p = await project();
    const result = await runCli(['validate'], { cwd: p.dir, env: {} });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^warning: evalwarden\.yml: model cand: api_key_env names EW_TEST_UNSET_KEY, which is not set/m,
    );
  });

  test('validate --require-env fails when api_key_env names an unset variable, and passes when it is set', async () => {
    await using p = await project();
    const unset = await runCli(['validate', '--require-env'], { cwd: p.dir, env: {} });
    expect(unset.code).toBe(2);
    expect(unset.stderr).toMatch(/^error: .*EW_TEST_UNSET_KEY, which is not set/m);
    const set = await runCli(['validate', '--require-env'], { cwd: p.dir, env: { EW_TEST_UNSET_KEY: 'k' } });
    expect(set.code, set.stderr).toBe(0);
  });
});

describe('paths and pages that mislead', () => {
  test('--out under /proc is refused at once, before any file call could spin there', async () => {
    await using p = await tempProject();
    await writeJsonl(path.join(p.dir, 'data/math.jsonl'), numericRows(3));
    await writeConfig(p.dir, ['models:', MODEL, 'tasks:', TASK].join('\n'));
    const result = await runCli(['run', '--suite', 'full', '--out', '/proc/evalwarden-test/out'], {
      cwd: p.dir,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--out /proc/evalwarden-test/out is under /proc, a kernel file system');
  });

  test('a cache folder under /proc is refused at once', async () => {
    await using p = await tempProject();
    await writeJsonl(path.join(p.dir, 'data/math.jsonl'), numericRows(3));
    await writeConfig(
      p.dir,
      ['models:', MODEL, 'tasks:', TASK, 'run: { cache: { dir: /proc/self/evalwarden-cache } }'].join('\n'),
    );
    const result = await runCli(['run', '--suite', 'full', '--out', 'out'], { cwd: p.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('run.cache.dir /proc/self/evalwarden-cache is under /proc');
  });

  test('a 404 from a web server’s HTML page is one line naming the page, not its markup', async () => {
    const page = `<!DOCTYPE html>\n<html>\n<head>\n<title>404 Not Found</title>\n</head>\n<body>\n${'<p>nothing here</p>\n'.repeat(12)}</body>\n</html>\n`;
    const server = http.createServer((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end(page);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await using p = await tempProject();
      await writeJsonl(path.join(p.dir, 'data/math.jsonl'), numericRows(3));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      await writeConfig(
        p.dir,
        ['models:', `  - { id: cand, base_url: "${url}", model: m }`, 'tasks:', TASK].join('\n'),
      );
      const result = await runCli(['run', '--suite', 'full', '--out', 'out'], { cwd: p.dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('an HTML page ("404 Not Found"), not an API reply');
      expect(result.stderr).not.toContain('<p>');
      expect(result.stderr.split('\n').length).toBeLessThanOrEqual(3);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
