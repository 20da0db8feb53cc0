/**
 * On a pull request the gate policy is the base commit's, from the CLI as from the Action: a pull
 * request that raises max_drop still fails its regression. Where the base cannot be read, the
 * comparison says the pull request's own policy applied, never silently.
 */
import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { startSim } from '../src/sim/index.js';
import type { Comparison } from '../src/gate/index.js';
import {
  numericConfig,
  numericRows,
  runCli,
  tempProject,
  writeConfig,
  writeJsonl,
} from './support/engine.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@t',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@t',
    },
  }).trim();

const readComparison = async (dir: string) =>
  JSON.parse(await readFile(path.join(dir, 'comparison.json'), 'utf8')) as Comparison;

describe('the gate policy on a pull request', () => {
  test("comes from the base commit's config: a pull request that raises max_drop still fails", async () => {
    await using project = await tempProject();
    const rows = numericRows(80);
    await writeJsonl(path.join(project.dir, 'data/math.jsonl'), rows);
    const items = rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'numeric' }));
    const config = (url: string, maxDrop: number) => ({ ...numericConfig(url), gate: { max_drop: maxDrop } });
    for (const [out, accuracy] of [
      ['base', 0.9],
      ['cand', 0.4],
    ] as const) {
      await using sim = await startSim({ models: { 'sim-cand': { accuracy } }, items, latencyMs: 1 });
      await writeConfig(project.dir, config(sim.url, 0.02));
      expect((await runCli(['run', '--suite', 'full', '--out', out], { cwd: project.dir })).code).toBe(0);
    }
    git(project.dir, 'init', '-q', '-b', 'main');
    git(project.dir, 'add', 'evalwarden.yml');
    git(project.dir, 'commit', '-qm', 'base');
    const baseSha = git(project.dir, 'rev-parse', 'HEAD');
    // The pull request loosens its own gate so far that a 50-point drop would pass.
    await writeConfig(project.dir, config('http://127.0.0.1:9', 0.9));
    git(project.dir, 'commit', '-qam', 'loosen the gate');
    const headSha = git(project.dir, 'rev-parse', 'HEAD');
    const compare = (out: string) =>
      runCli(
        [
          'compare',
          '--config',
          'evalwarden.yml',
          '--baseline',
          'base',
          '--candidate',
          'cand',
          '--out',
          out,
        ].concat(['--event', 'pull_request', '--base-sha', baseSha, '--sha', headSha]),
        { cwd: project.dir, env: {} },
      );

    const fromBase = await compare('gated');
    expect(fromBase.code, fromBase.stderr).toBe(1);
    const gated = await readComparison(path.join(project.dir, 'gated'));
    expect(gated.models[0].tasks[0].verdict).toBe('regression');
    expect(gated.models[0].tasks[0].reason).toContain(
      "gate policy changed by this PR; the base branch's applied",
    );

    // Without the base commit at hand the PR's own policy applies, and the comparison says so.
    await rm(path.join(project.dir, '.git'), { recursive: true, force: true });
    const unread = await compare('unread');
    expect(unread.code, unread.stderr).toBe(0);
    const { notes } = await readComparison(path.join(project.dir, 'unread'));
    expect(notes.join('\n')).toContain(
      "the base branch's config could not be read: this pull request's own gate policy applied",
    );
  });
});
