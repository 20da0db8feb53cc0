import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { publishRun, verifySite, type Manifest } from '../src/publish/index.js';
import { writeResultsFolder } from './support/results-folder.js';

const temps: string[] = [];
async function temp(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ew-retention-'));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const DAY = 86_400_000;
const now = new Date('2026-11-23T12:00:00Z');
const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString();

describe('retention', () => {
  it('PR runs lose their records after 30 days and go after 90; branch runs stay', async () => {
    const site = await temp();
    const publishAt = async (runId: string, kind: 'pr' | 'branch', days: number, at = now) => {
      const results = await writeResultsFolder(join(await temp(), runId), {
        runId,
        kind,
        pr: kind === 'pr' ? 1 : null,
        branch: kind === 'pr' ? 'feature' : 'main',
        startedAt: ago(days),
      });
      return publishRun({ resultsDir: results.dir, pagesDir: site, now: at });
    };
    // Published when they were made, as CI would have.
    const pruned = [
      await publishAt('old-pr', 'pr', 120, new Date(ago(120))),
      await publishAt('old-branch', 'branch', 119, new Date(ago(119))),
      await publishAt('mid-pr', 'pr', 45, new Date(ago(45))),
      await publishAt('new-pr', 'pr', 2, new Date(ago(2))),
      await publishAt('today', 'branch', 0),
    ].map((r) => r.pruned);

    // old-pr turned 90 days old before new-pr was published: that publish removed it.
    expect(pruned).toEqual([0, 0, 0, 1, 0]);
    const run = (id: string, month: string) => join(site, 'data/runs', month, `${id}--cand`);
    expect(existsSync(run('old-pr', ago(120).slice(0, 7)))).toBe(false);
    expect(existsSync(join(run('old-branch', ago(119).slice(0, 7)), 'records.jsonl.gz'))).toBe(true);
    expect(existsSync(join(run('mid-pr', ago(45).slice(0, 7)), 'records.jsonl.gz'))).toBe(false);
    expect(existsSync(join(run('mid-pr', ago(45).slice(0, 7)), 'samples.jsonl'))).toBe(true);
    expect(existsSync(join(run('new-pr', ago(2).slice(0, 7)), 'records.jsonl.gz'))).toBe(true);
    const manifest = JSON.parse(await readFile(join(site, 'data/index.json'), 'utf8')) as Manifest;
    expect(manifest.run_count).toBe(4);
    expect(manifest.retention).toEqual({ pr_pruned_before: ago(90), records_dropped_before: ago(30) });
    expect((await verifySite(site)).problems).toEqual([]);
  });
});
