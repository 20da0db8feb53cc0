import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gateFolders } from '../src/gate/run.js';
import { publishRun } from '../src/publish/index.js';
import { buildRun, flip, scores, writeRun } from './fixtures/gate/build.js';

// The gate reads what the publisher writes: publish a baseline with the real publisher into a
// folder, then gate a candidate against that folder.
const base200 = scores(200, 160);
let dir: string;
let pages: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'evalwarden-gate-pub-'));
  pages = join(dir, 'pages');
  const base = buildRun({
    run_id: 'main-aaa',
    suite: 'quick',
    models: [{ model: 'cand', tasks: [{ task: 'math', scores: base200 }] }],
    git: { sha: 'aaa1111aaa1111aaa1111aaa1111aaa1111aaa1', branch: 'main', event: 'push' },
    started_at: '2026-11-20T12:00:00Z',
  });
  const baseDir = await writeRun(join(dir, 'base'), base);
  const first = await gateFolders({
    candidateDir: baseDir,
    baseline: baseDir,
    now: new Date('2026-11-20T13:00:00Z'),
  });
  await publishRun({
    resultsDir: baseDir,
    pagesDir: pages,
    context: {
      kind: 'branch',
      branch: 'main',
      defaultBranch: 'main',
      sha: 'aaa1111aaa1111aaa1111aaa1111aaa1111aaa1',
    },
    comparison: first,
    now: new Date('2026-11-20T13:00:00Z'),
  });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('gating against what the publisher wrote', () => {
  it('a pull request finds the published run on its merge-base and flags a 10-point drop', async () => {
    const cand = buildRun({
      run_id: 'pr-7',
      suite: 'quick',
      models: [{ model: 'cand', tasks: [{ task: 'math', scores: flip(base200, 26, 6) }] }],
    });
    const candDir = await writeRun(join(dir, 'cand'), cand);
    const c = await gateFolders({
      candidateDir: candDir,
      baseline: pages,
      context: {
        event: 'pull_request',
        base_ref: 'main',
        base_sha: 'aaa1111aaa1111aaa1111aaa1111aaa1111aaa1',
      },
      now: new Date('2026-11-23T12:00:00Z'),
    });
    expect(c.models[0].baseline).toMatchObject({ kind: 'pages', selected_by: 'merge-base', model: 'cand' });
    expect(c.models[0].tasks[0].delta?.paired).toBe(true);
    expect(c.verdict).toBe('regression');
  });

  it('a scheduled run uses the baseline the publisher promoted', async () => {
    const cand = buildRun({
      run_id: 'nightly',
      suite: 'quick',
      models: [{ model: 'cand', tasks: [{ task: 'math', scores: base200 }] }],
    });
    const candDir = await writeRun(join(dir, 'nightly'), cand);
    const c = await gateFolders({
      candidateDir: candDir,
      baseline: pages,
      context: { event: 'schedule', branch: 'main' },
      now: new Date('2026-11-23T12:00:00Z'),
    });
    expect(c.models[0].baseline?.selected_by).toBe('promoted');
    expect(c.verdict).toBe('pass');
  });
});
