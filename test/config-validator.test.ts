import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';

test('the precompiled config validator matches schemas/config.schema.json', () => {
  const root = path.resolve(import.meta.dirname, '..');
  // Exits non-zero (and execFileSync throws) when the committed file is stale.
  expect(() =>
    execFileSync(process.execPath, ['scripts/generate-validators.mjs', '--check'], {
      cwd: root,
      stdio: 'pipe',
    }),
  ).not.toThrow();
});
