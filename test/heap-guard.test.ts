import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { describe, expect, test } from 'vitest';
import { createHeapGuard, heapGuardFromEnv } from '../src/entry/heap-guard.js';

/** Major collections seen while `work` runs. */
async function majorCollections(work: () => void): Promise<number> {
  let majors = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if ((entry as { detail?: { kind?: number } }).detail?.kind === 4 /* NODE_PERFORMANCE_GC_MAJOR */)
        majors++;
  });
  observer.observe({ entryTypes: ['gc'] });
  work();
  // GC entries are delivered asynchronously.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return majors;
}

describe('process-wide heap tuning lives at the edge', () => {
  test('the guard collects whenever the heap passes its floor, and not otherwise', async () => {
    // Garbage that outgrows the threshold (1.25 × what was live after the last collection) between looks.
    const churn = (guard: () => void) => () => {
      let junk: number[] = [];
      for (let i = 0; i < 12; i++) {
        junk = new Array(2_000_000).fill(i);
        guard();
      }
      return junk.length;
    };
    const guarded = await majorCollections(churn(createHeapGuard({ floorBytes: 1, everyRecords: 1 })));
    const unguarded = await majorCollections(churn(() => {}));
    expect(guarded, `unguarded: ${unguarded}`).toBeGreaterThanOrEqual(8);
    expect(guarded).toBeGreaterThan(unguarded + 5);
  });

  test('the entry points install it unless EVALWARDEN_HEAP_GUARD=off', () => {
    expect(heapGuardFromEnv({})).toBeTypeOf('function');
    expect(heapGuardFromEnv({ EVALWARDEN_HEAP_GUARD: 'off' })).toBeUndefined();
  });

  test('no module below the entry points touches V8 flags or the collector', async () => {
    const src = path.resolve(import.meta.dirname, '../src');
    const files = (await readdir(src, { recursive: true })).filter((f) => f.endsWith('.ts'));
    const offenders: string[] = [];
    for (const file of files) {
      if (file.startsWith(`entry${path.sep}`)) continue;
      const text = await readFile(path.join(src, file), 'utf8');
      if (/from 'node:v8'|setFlagsFromString|expose-gc/.test(text)) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });
});
