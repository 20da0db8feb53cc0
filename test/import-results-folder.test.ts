/**
 * The results folder `evalwarden import` writes: every file whole or the one before it kept, and
 * run.json saying "unknown" (null) where the imported file gives no item count, never 0.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunInfo } from '../src/artifacts.js';
import { artifactValidators } from '../src/artifact-schemas.js';
import { importResults } from '../src/import/index.js';
import { publishRun, verifySite, type Manifest } from '../src/publish/index.js';

const real = join(import.meta.dirname, 'fixtures', 'real');
/** A 0.3 results file: no `n-samples`, no samples files, so no task's item count is known. */
const NO_COUNTS = join(real, 'lm-eval-0.3/saucam__Orpomis-Prime-7B/agieval.json');
/** A 0.4.2 file with groups, another run to import over the first. */
const ANOTHER = join(real, 'lm-eval-0.4-groups/meta-llama__Meta-Llama-3-8B/arc.json');
/** Linux's /dev/full answers every write with ENOSPC: a full disk without filling one. */
const FULL = '/dev/full';

const temps: string[] = [];
async function temp(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ew-import-folder-'));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const json = async <T>(file: string) => JSON.parse(await readFile(file, 'utf8')) as T;

describe('the results folder an import writes', () => {
  it('a task whose item count the file does not give has `items: null` in run.json (never 0), and publishes', async () => {
    const out = await temp();
    await importResults({ format: 'lm-eval', path: NO_COUNTS, outDir: out });
    const run = await json<RunInfo>(join(out, 'run.json'));
    expect(run.datasets.length).toBe(8);
    expect(run.datasets.map((d) => d.items)).toEqual(run.datasets.map(() => null));
    const validate = artifactValidators.run();
    expect(validate(run), JSON.stringify(validate.errors)).toBe(true);

    // The publisher validates every file it writes against schemas/data-*.json.
    const site = await temp();
    await publishRun({ resultsDir: out, pagesDir: site, now: new Date('2026-03-04T05:06:07Z') });
    expect((await verifySite(site)).problems).toEqual([]);
    const manifest = await json<Manifest>(join(site, 'data/index.json'));
    const published = await json<RunInfo>(join(site, 'data', manifest.leaderboard[0].path, 'run.json'));
    expect(published.datasets.map((d) => d.items)).toEqual(run.datasets.map(() => null));
  });

  it.skipIf(!existsSync(FULL))(
    'a run.json that cannot be written leaves the one before it whole, names the file, and leaves no partial file',
    async () => {
      const out = await temp();
      await importResults({ format: 'lm-eval', path: NO_COUNTS, outDir: out });
      const before = await readFile(join(out, 'run.json'), 'utf8');
      // The next import's run.json lands on a full disk.
      await symlink(FULL, join(out, 'run.json.partial'));
      await expect(importResults({ format: 'lm-eval', path: ANOTHER, outDir: out })).rejects.toThrow(
        /cannot write .*run\.json: ENOSPC/,
      );
      expect(await readFile(join(out, 'run.json'), 'utf8')).toBe(before);
      expect((await readdir(out)).filter((f) => f.endsWith('.partial'))).toEqual([]);
    },
  );

  it.skipIf(!existsSync(FULL))(
    'a summary.json that cannot be written leaves the summary.json and run.json before it whole',
    async () => {
      const out = await temp();
      await importResults({ format: 'lm-eval', path: NO_COUNTS, outDir: out });
      const before = {
        run: await readFile(join(out, 'run.json'), 'utf8'),
        summary: await readFile(join(out, 'summary.json'), 'utf8'),
      };
      await symlink(FULL, join(out, 'summary.json.partial'));
      await expect(importResults({ format: 'lm-eval', path: ANOTHER, outDir: out })).rejects.toThrow(
        /cannot write .*summary\.json: ENOSPC/,
      );
      expect({
        run: await readFile(join(out, 'run.json'), 'utf8'),
        summary: await readFile(join(out, 'summary.json'), 'utf8'),
      }).toEqual(before);
    },
  );
});
