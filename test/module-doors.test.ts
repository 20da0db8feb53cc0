import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../src');
const IMPORT = /(?:import|export)\s+(?:type\s+)?(?:\{[^}]*\}|\*\s+as\s+\w+|\w+)\s+from\s+'(\.[^']*)'/gs;

/** The module a path under src/ belongs to (its first folder), or null for a file at src/ itself. */
function moduleOf(file: string): string | null {
  const parts = path.relative(SRC, file).split(path.sep);
  return parts.length > 1 ? parts[0] : null;
}

test('every import from another module goes through its door (src/<module>/index.ts)', async () => {
  const files = (await readdir(SRC, { recursive: true })).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.d.ts'),
  );
  const reaching: string[] = [];
  for (const file of files) {
    const from = path.join(SRC, file);
    const text = await readFile(from, 'utf8');
    for (const [, spec] of text.matchAll(IMPORT)) {
      const target = path.resolve(path.dirname(from), spec);
      const module = moduleOf(target);
      if (module === null || module === moduleOf(from) || !target.startsWith(SRC)) continue;
      if (target !== path.join(SRC, module, 'index.js')) reaching.push(`${file} → ${spec}`);
    }
  }
  expect(reaching).toEqual([]);
});
