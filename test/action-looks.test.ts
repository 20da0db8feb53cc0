import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import type { RunInfo } from '../src/artifacts.js';
import { actionProject } from './support/action-project.js';
import { buildAction, pullRequestEvent, runAction } from './support/action-harness.js';
import { startFakeGitHub } from './support/fake-github.js';

let entry: string;
beforeAll(() => {
  entry = buildAction('looks').entry;
}, 120_000);

const push = { name: 'push', payload: { before: 'd'.repeat(40), repository: { default_branch: 'main' } } };

describe('the Action on a sequential suite', () => {
  test('on a pull request with a baseline at hand the run stops at the look that decides, and the comment says where and what it saved; a push runs the full set', async () => {
    await using project = await actionProject({ items: 300 });
    const file = path.join(project.dir, 'evalwarden.yml');
    const config = parse(await readFile(file, 'utf8'));
    config.suites.seq = { size: 'all', sequential: true, looks: [50, 100, 150] };
    await writeFile(file, stringify(config));
    await using github = await startFakeGitHub();
    await using sim = await project.sim(0.8);

    // The default branch's run has no baseline yet: the full set.
    const base = await runAction({
      entry,
      workspace: project.dir,
      inputs: { suite: 'seq', 'results-dir': 'base' },
      event: push,
      apiUrl: github.url,
      env: { SIM_URL: sim.url },
    });
    expect(base.code, base.stdout + base.stderr).toBe(0);
    expect(sim.counters.chat).toBe(300);

    const pr = await runAction({
      entry,
      workspace: project.dir,
      inputs: { suite: 'seq', baseline: 'base', 'results-dir': 'pr' },
      event: pullRequestEvent({ number: 9, headSha: 'c'.repeat(40) }),
      apiUrl: github.url,
      env: { SIM_URL: sim.url },
    });
    expect(pr.code, pr.stdout + pr.stderr).toBe(0);
    const run = JSON.parse(await readFile(path.join(project.dir, 'pr', 'run.json'), 'utf8')) as RunInfo;
    const stop = run.sequential!.stops[0];
    expect(stop).toMatchObject({ task: 'math', why: 'futility', of: 300 });
    expect(stop.stopped_at).toBeLessThan(300);
    expect(sim.counters.chat - 300).toBe(stop.stopped_at);
    const comment = github.comments.get(9)![0].body;
    expect(comment).toContain(`stopped at ${stop.stopped_at} of 300: a 6-point drop ruled out`);
    expect(comment).toContain(`sequential looks ran ${stop.stopped_at} of 300 calls`);
    expect(pr.summary).toContain(`sequential looks ran ${stop.stopped_at} of 300 calls`);

    // A push to the default branch makes the next baseline: the full set, though a baseline is at hand.
    const before = sim.counters.chat;
    const next = await runAction({
      entry,
      workspace: project.dir,
      inputs: { suite: 'seq', baseline: 'base', 'results-dir': 'main' },
      event: push,
      apiUrl: github.url,
      env: { SIM_URL: sim.url },
    });
    expect(next.code, next.stdout + next.stderr).toBe(0);
    expect(sim.counters.chat - before).toBe(300);
    expect(next.summary).toMatch(/sequential looks needed \d+ of 300 calls/);
  });
});
