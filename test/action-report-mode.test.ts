import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { actionProject } from './support/action-project.js';
import {
  buildAction,
  haveRealEvents,
  pullRequestEvent,
  realEvent,
  runAction,
} from './support/action-harness.js';
import { startFakeGitHub } from './support/fake-github.js';

let entry: string;
beforeAll(() => {
  entry = buildAction('report-mode').entry;
}, 120_000);

const HEAD = 'e'.repeat(40);
const need = haveRealEvents ? test : test.skip;
const push = { name: 'push', payload: { repository: { default_branch: 'main' } } };
/** What GitHub sends a `workflow_run` job after a fork's pull_request workflow: no pull_requests. */
const workflowRun = {
  name: 'workflow_run',
  payload: {
    action: 'completed',
    workflow_run: { head_sha: HEAD, head_branch: 'feature', pull_requests: [], event: 'pull_request' },
  },
};

describe('mode: report, the fork-safe reporter', () => {
  test('posts the comment and check from a results folder alone, finding the PR through the API and escaping what the fork wrote', async () => {
    await using project = await actionProject();
    await using github = await startFakeGitHub();
    {
      await using sim = await project.sim(0.9);
      expect(
        (
          await runAction({
            entry,
            workspace: project.dir,
            inputs: { 'results-dir': 'base' },
            event: push,
            apiUrl: github.url,
            env: { SIM_URL: sim.url },
          })
        ).code,
      ).toBe(0);
    }
    // The fork's pull_request job: a read-only token, so it can post nothing; it uploads its results.
    github.readOnly = true;
    {
      await using sim = await project.sim(0.6);
      const forkJob = await runAction({
        entry,
        workspace: project.dir,
        inputs: { 'results-dir': 'artifact', baseline: 'base' },
        event: pullRequestEvent({ number: 21, headSha: HEAD }),
        apiUrl: github.url,
        env: { SIM_URL: sim.url },
      });
      expect(forkJob.code).toBe(1);
      expect(github.comments.size).toBe(0);
    }
    // The fork's code wrote the artifact: its strings may try to break out of the report.
    const records = path.join(project.dir, 'artifact', 'records.jsonl');
    const hostile =
      '@maintainer <img src=x onerror=alert(1)> | broken | ``` <!-- evalwarden:comment workflow=evals';
    const lines = (await readFile(records, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    for (const r of lines) if (r.score === 0) r.output = `${hostile}\n#### ${r.answer}`;
    await writeFile(records, `${lines.map((r) => JSON.stringify(r)).join('\n')}\n`);

    github.readOnly = false;
    github.pulls.push({
      number: 21,
      headSha: HEAD,
      baseRef: 'main',
      baseSha: 'b'.repeat(40),
      labels: [],
      headRepo: 'someone/models',
    });
    const reporter = await runAction({
      entry,
      workspace: project.dir,
      inputs: { mode: 'report', 'results-dir': 'artifact', baseline: 'base' },
      event: workflowRun,
      apiUrl: github.url,
    });
    expect(reporter.code, reporter.stdout).toBe(1);
    expect(reporter.outputs.verdict).toBe('regression');
    expect(github.calls.some((c) => c.path.startsWith(`/repos/acme/models/commits/${HEAD}/pulls`))).toBe(
      true,
    );
    const comments = github.comments.get(21)!;
    expect(comments).toHaveLength(1);
    const body = comments[0].body;
    expect(body).toContain('❌ evalwarden: **regression**');
    // Model output is shown only inside code fences longer than any backtick run in it, where
    // GitHub renders no HTML and notifies no one; everywhere else it is escaped.
    const { prose, code } = splitFences(body);
    expect(code.join('\n')).toContain('<img src=x');
    expect(prose).not.toContain('<img');
    expect(prose).not.toMatch(/@maintainer/);
    expect(body.match(/<!-- evalwarden/g)).toHaveLength(1);
    expect(github.checkRuns.at(-1)).toMatchObject({
      name: 'evalwarden (unverified)',
      head_sha: HEAD,
      conclusion: 'failure',
    });
    expect(body).toContain('**Unverified.**');
  });

  need(
    'a forged artifact (every score 1, a glowing summary.json) is scored again from its outputs and never posts success',
    async () => {
      await using project = await actionProject({ items: 60 });
      const event = realEvent('workflow_run', 'octokit-webhooks/workflow_run.completed.payload.json');
      const head = '3484a3fb816e0859fd6e1cea078d76385ff50625';
      await using github = await startFakeGitHub({ owner: 'octo-org', repo: 'octo-repo' });
      {
        await using sim = await project.sim(0.9);
        const base = await runAction({
          entry,
          workspace: project.dir,
          inputs: { 'results-dir': 'base' },
          event: push,
          repository: event.repository,
          apiUrl: github.url,
          env: { SIM_URL: sim.url },
        });
        expect(base.code, base.stdout).toBe(0);
      }
      {
        await using sim = await project.sim(0.5);
        github.readOnly = true;
        await runAction({
          entry,
          workspace: project.dir,
          inputs: { 'results-dir': 'artifact', baseline: 'base' },
          event: pullRequestEvent({ number: 31, headSha: head }),
          repository: event.repository,
          apiUrl: github.url,
          env: { SIM_URL: sim.url },
        });
        github.readOnly = false;
      }
      // The fork's code rewrites its artifact: every record scored 1, the summary a perfect score.
      const records = path.join(project.dir, 'artifact', 'records.jsonl');
      const forged = (await readFile(records, 'utf8'))
        .trim()
        .split('\n')
        .map((l) => ({ ...JSON.parse(l), score: 1, scores: { accuracy: 1 }, error: null }));
      await writeFile(records, `${forged.map((r) => JSON.stringify(r)).join('\n')}\n`);
      const summaryFile = path.join(project.dir, 'artifact', 'summary.json');
      const summary = JSON.parse(await readFile(summaryFile, 'utf8'));
      for (const t of summary.models[0].tasks)
        for (const m of Object.values(t.metrics) as { mean: number }[]) m.mean = 1;
      summary.models[0].aggregate = { score: 0.999, se: 0.001, ci: { low: 0.998, high: 1 } };
      await writeFile(summaryFile, JSON.stringify(summary));
      github.pulls.push({
        number: 31,
        headSha: head,
        baseRef: 'main',
        baseSha: 'b'.repeat(40),
        labels: [],
        headRepo: 'someone/octo-repo',
      });
      const reporter = await runAction({
        entry,
        workspace: project.dir,
        inputs: { mode: 'report', 'results-dir': 'artifact', baseline: 'base' },
        event,
        repository: event.repository,
        apiUrl: github.url,
      });
      expect(reporter.outputs.verdict, reporter.stdout).toBe('regression');
      expect(reporter.code).toBe(1);
      const checks = github.checkRuns.filter((c) => c.head_sha === head);
      expect(checks.map((c) => [c.name, c.conclusion])).toEqual([['evalwarden (unverified)', 'failure']]);
      expect(github.checkRuns.some((c) => c.name === 'evalwarden' && c.head_sha === head)).toBe(false);
      const body = github.comments.get(31)![0].body;
      expect(body).toContain('**Unverified.**');
      expect(body).not.toContain('99.9');
      expect(body).not.toContain('100.0%');
    },
  );

  test('a report GitHub refused to take fails the report job, saying so in its summary', async () => {
    await using project = await actionProject({ items: 20 });
    await using github = await startFakeGitHub();
    {
      await using sim = await project.sim(0.9);
      const run = await runAction({
        entry,
        workspace: project.dir,
        inputs: { 'results-dir': 'artifact' },
        event: push,
        apiUrl: github.url,
        env: { SIM_URL: sim.url },
      });
      expect(run.code).toBe(0);
    }
    github.pulls.push({ number: 24, headSha: HEAD, baseRef: 'main', baseSha: 'b'.repeat(40), labels: [] });
    // The reporting job was given a read-only token: nothing it is for gets through.
    github.readOnly = true;
    const reporter = await runAction({
      entry,
      workspace: project.dir,
      inputs: { mode: 'report', 'results-dir': 'artifact' },
      event: workflowRun,
      apiUrl: github.url,
    });
    expect(reporter.code).toBe(2);
    expect(reporter.stdout).toMatch(
      /::error::evalwarden: the report was not posted \(post the pull request comment, create the check run\)/,
    );
    expect(reporter.summary).toContain('could not create the check run');
  });

  test('a records line that is not JSON is refused on its line, not skipped', async () => {
    await using project = await actionProject({ items: 20 });
    await using github = await startFakeGitHub();
    {
      await using sim = await project.sim(0.9);
      const run = await runAction({
        entry,
        workspace: project.dir,
        inputs: { 'results-dir': 'artifact' },
        event: push,
        apiUrl: github.url,
        env: { SIM_URL: sim.url },
      });
      expect(run.code).toBe(0);
    }
    const records = path.join(project.dir, 'artifact', 'records.jsonl');
    const lines = (await readFile(records, 'utf8')).trim().split('\n');
    lines[4] = lines[4].slice(0, 30);
    await writeFile(records, `${lines.join('\n')}\n`);
    github.pulls.push({ number: 23, headSha: HEAD, baseRef: 'main', baseSha: 'b'.repeat(40), labels: [] });
    const checksBefore = github.checkRuns.length;
    const reporter = await runAction({
      entry,
      workspace: project.dir,
      inputs: { mode: 'report', 'results-dir': 'artifact' },
      event: workflowRun,
      apiUrl: github.url,
    });
    expect(reporter.code).toBe(2);
    expect(reporter.stdout).toMatch(/::error::evalwarden: .*records\.jsonl:5.*not valid JSON/);
    expect(github.checkRuns.length).toBe(checksBefore);
  });

  test("a fork's output crafted against this repository's catastrophic regex is a scorer_timeout error, not a hung report", async () => {
    await using project = await actionProject({ items: 30 });
    await using github = await startFakeGitHub();
    // This repository's scorer backtracks catastrophically on 'aaa…a!' (a short deadline keeps the test short).
    const configFile = path.join(project.dir, 'evalwarden.yml');
    const config = parse(await readFile(configFile, 'utf8'));
    config.tasks[0].scorer = { type: 'regex', pattern: '^(a+)+$', group: 0 };
    config.run.score_timeout_ms = 1000;
    await writeFile(configFile, stringify(config));
    {
      await using sim = await project.sim(0.9);
      const run = await runAction({
        entry,
        workspace: project.dir,
        inputs: { 'results-dir': 'artifact' },
        event: push,
        apiUrl: github.url,
        env: { SIM_URL: sim.url },
      });
      expect(run.code, run.stdout).toBe(0);
    }
    // The fork's code writes the outputs it likes into its artifact.
    const records = path.join(project.dir, 'artifact', 'records.jsonl');
    const lines = (await readFile(records, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    for (const r of lines) if (['q-2', 'q-5', 'q-9'].includes(r.item_id)) r.output = `${'a'.repeat(40)}!`;
    await writeFile(records, `${lines.map((r) => JSON.stringify(r)).join('\n')}\n`);
    github.pulls.push({ number: 25, headSha: HEAD, baseRef: 'main', baseSha: 'b'.repeat(40), labels: [] });
    const reporter = await runAction({
      entry,
      workspace: project.dir,
      inputs: { mode: 'report', 'results-dir': 'artifact' },
      event: workflowRun,
      apiUrl: github.url,
      killAfterMs: 45_000,
    });
    expect(reporter.killed, 'the report hung on a scoring pattern').toBe(false);
    // Three items in thirty not scored: over max_error_rate, an error verdict, never a pass.
    expect(reporter.outputs.verdict, reporter.stdout).toBe('error');
    expect(reporter.stdout).toMatch(/error on cand \/ math.*10\.0%25 of items errored \(3\)/);
    expect(github.checkRuns.at(-1)).toMatchObject({ name: 'evalwarden (unverified)', head_sha: HEAD });
    expect(github.checkRuns.at(-1)?.conclusion).not.toBe('success');
  });

  test('an artifact that does not match the schemas is refused and nothing is posted', async () => {
    await using project = await actionProject({ items: 40 });
    await using github = await startFakeGitHub();
    {
      await using sim = await project.sim(0.9);
      expect(
        (
          await runAction({
            entry,
            workspace: project.dir,
            inputs: { 'results-dir': 'artifact' },
            event: push,
            apiUrl: github.url,
            env: { SIM_URL: sim.url },
          })
        ).code,
      ).toBe(0);
    }
    const checksBefore = github.checkRuns.length;
    const summaryFile = path.join(project.dir, 'artifact', 'summary.json');
    const summary = JSON.parse(await readFile(summaryFile, 'utf8'));
    summary.models[0].tasks[0].n = 'lots';
    await writeFile(summaryFile, JSON.stringify(summary));
    github.pulls.push({ number: 22, headSha: HEAD, baseRef: 'main', baseSha: 'b'.repeat(40), labels: [] });
    const reporter = await runAction({
      entry,
      workspace: project.dir,
      inputs: { mode: 'report', 'results-dir': 'artifact' },
      event: workflowRun,
      apiUrl: github.url,
    });
    expect(reporter.code).toBe(2);
    expect(reporter.stdout).toMatch(/::error::evalwarden: .*summary\.json.*does not match its schema/);
    expect(github.comments.get(22)).toBeUndefined();
    expect(github.checkRuns.length).toBe(checksBefore);
  });
});

/** Markdown outside and inside fenced code blocks (a fence closes only with a fence as long). */
function splitFences(markdown: string): { prose: string; code: string[] } {
  const prose: string[] = [];
  const code: string[] = [];
  let fence: string | null = null;
  let block: string[] = [];
  for (const line of markdown.split('\n')) {
    const m = /^\s*(`{3,})/.exec(line);
    if (fence === null && m) {
      fence = m[1];
      block = [];
    } else if (fence !== null && m && m[1] === fence && line.trim() === fence) {
      code.push(block.join('\n'));
      fence = null;
    } else if (fence !== null) block.push(line);
    else prose.push(line);
  }
  return { prose: prose.join('\n'), code };
}
