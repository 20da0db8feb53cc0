import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importResults } from '../src/import/index.js';
import { publishRun, verifySite } from '../src/publish/index.js';

const arc = join(
  import.meta.dirname,
  'fixtures/real/lm-eval-0.4-groups/meta-llama__Meta-Llama-3-8B/arc.json',
);
const temps: string[] = [];
async function temp(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ew-publish-validates-'));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('publish checks every file it writes against the data protocol', () => {
  it('a publish whose month index would hold a pr that is a string of HTML stops, naming the file, and writes no index', async () => {
    const results = await temp();
    await importResults({ format: 'lm-eval', path: arc, outDir: results });
    const site = await temp();
    await expect(
      publishRun({
        resultsDir: results,
        pagesDir: site,
        context: { kind: 'pr', pr: '<img src=x onerror=alert(1)>' as unknown as number },
      }),
    ).rejects.toThrow(
      /data\/(runs\/[^ ]+\/run\.json|index\/\d{4}-\d{2}\.json) would not match data-(run|month)\.schema\.json/,
    );
    const written = existsSync(join(site, 'data/index')) ? await readdir(join(site, 'data/index')) : [];
    expect(written).toEqual([]);
  });

  it('a valid import publishes, and the site it writes passes the full check', async () => {
    const results = await temp();
    await importResults({ format: 'lm-eval', path: arc, outDir: results });
    const site = await temp();
    await publishRun({ resultsDir: results, pagesDir: site });
    expect((await verifySite(site)).problems).toEqual([]);
  });
});
