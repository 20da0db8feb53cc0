import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fetchPinnedDataset } from '../src/data/remote.js';
import { DataError } from '../src/errors.js';
import { tempProject } from './support/engine.js';

const URL_ =
  'https://raw.githubusercontent.com/openai/grade-school-math/master/grade_school_math/data/test.jsonl';
const SHA = '3730d312f6e3440559ace48831e51066acaca737f6eabec99bccb9e4b3c39d14';

async function failure(fetch: typeof globalThis.fetch, cacheDir: string): Promise<DataError> {
  const error = await fetchPinnedDataset({
    url: URL_,
    sha256: SHA,
    cacheDir,
    where: 'evalwarden.yml (task gsm8k)',
    fetch,
  }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

describe('a built-in dataset that cannot be downloaded', () => {
  test('offline ("fetch failed"): the hint names where the cache expects the file and how to use a local copy', async () => {
    await using project = await tempProject();
    const error = await failure(async () => {
      throw new TypeError('fetch failed');
    }, project.dir);
    expect(error.message).toContain(`cannot download ${URL_}: fetch failed`);
    expect(error.hint).toContain(path.join(project.dir, 'datasets', `${SHA}.jsonl`));
    expect(error.hint).toContain('dataset: { path: data/test.jsonl }');
  });

  test('an HTTP error (a proxy refusing the host) gives the same way out', async () => {
    await using project = await tempProject();
    const error = await failure(async () => new Response('blocked', { status: 403 }), project.dir);
    expect(error.message).toContain('HTTP 403');
    expect(error.hint).toContain(`${SHA}.jsonl`);
  });
});
