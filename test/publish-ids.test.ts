import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { publishRun, safeSegment, verifySite } from '../src/publish/index.js';
import { writeResultsFolder } from './support/results-folder.js';

const temps: string[] = [];
async function temp(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ew-ids-'));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

const HOSTILE = [
  '../../x',
  '../../../etc/passwd',
  'a/b/c',
  '/abs/path',
  '../',
  '.hidden',
  'nul\u0000byte',
  'back\\slash',
  'x'.repeat(5000),
  'модель-🦙',
  'CON',
  ' spaced out ',
];

describe('ids that become paths', () => {
  it('safeSegment keeps safe ids as they are and marks every changed one with a hash', () => {
    expect(safeSegment('run-2026.11_a')).toBe('run-2026.11_a');
    expect(safeSegment('../../x')).toMatch(/^_.._x-[0-9a-f]{8}$/);
    expect(safeSegment('a/b')).not.toBe(safeSegment('a_b'));
    expect(safeSegment('x'.repeat(5000))).toHaveLength(109);
    expect(safeSegment('🦙')).toMatch(/^_-[0-9a-f]{8}$/);
    expect(() => safeSegment('...')).toThrow(/no character that can name a file/);
    expect(() => safeSegment('')).toThrow();
  });

  it('runs and models with hostile ids publish inside data/ and nowhere else', async () => {
    // The site sits alone in a folder of its own: anything escaping it would land beside it.
    const parent = await temp();
    const site = join(parent, 'site');
    for (const [i, id] of HOSTILE.entries()) {
      const results = await writeResultsFolder(join(await temp(), 'r'), {
        runId: id,
        models: [{ model: HOSTILE[(i + 3) % HOSTILE.length], accuracy: 0.5 }],
        suite: HOSTILE[(i + 5) % HOSTILE.length],
      });
      await publishRun({ resultsDir: results.dir, pagesDir: site });
    }
    for (const file of await allFiles(site)) {
      const rel = relative(site, file);
      expect(rel === '.nojekyll' || rel.startsWith('data/'), rel).toBe(true);
      expect(
        rel.split('/').every((s) => s !== '..' && s.length <= 114 && /^[A-Za-z0-9._-]+$/.test(s)),
        rel,
      ).toBe(true);
    }
    expect(await readdir(parent)).toEqual(['site']);
    const report = await verifySite(site);
    expect(report.problems).toEqual([]);
    expect(report.runs).toBe(HOSTILE.length);
  });

  it('a model id with nothing left to name a file stops the publish before anything is written', async () => {
    const site = await temp();
    const results = await writeResultsFolder(join(await temp(), 'r'), {
      runId: 'ok',
      models: [{ model: '..', accuracy: 0.5 }],
    });
    await expect(publishRun({ resultsDir: results.dir, pagesDir: site })).rejects.toThrow(
      /no character that can name a file/,
    );
    expect(await readdir(site)).toEqual([]);
  });
});
