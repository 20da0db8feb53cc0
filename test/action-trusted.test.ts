import { execFileSync } from 'node:child_process';
import { cpSync, symlinkSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { startSim } from '../src/sim/index.js';
import { actionProject, type ActionProject } from './support/action-project.js';
import { buildAction, haveRealEvents, realEvent, runAction } from './support/action-harness.js';
import { startFakeGitHub, type FakeGitHub } from './support/fake-github.js';

let entry: string;
beforeAll(() => {
  entry = buildAction('trusted').entry;
}, 120_000);

const need = haveRealEvents ? test : test.skip;
const LABEL = 'evalwarden:trusted';
const KEY = 'sk-live-trusted-secret-1234';
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/**
 * mendersoftware/workflows#140 from the fork tranchitella/workflows, as GitHub sent it, turned
 * into what pull_request_target sends when a label is added: `action: labeled`, the `label`, and
 * the head of the PR checkout this test made.
 */
function labeledEvent(headSha: string, label = LABEL, action = 'labeled') {
  const event = realEvent('pull_request_target', 'mender-real-webhooks/pull_request_opened_from_fork.json');
  const payload = structuredClone(event.payload) as {
    action: string;
    label?: { name: string };
    pull_request: { head: { sha: string }; labels: { name: string }[] };
  };
  payload.action = action;
  payload.label = { name: label };
  payload.pull_request.head.sha = headSha;
  payload.pull_request.labels = [{ name: LABEL }];
  return { ...event, payload };
}

/** The PR's checkout: the base's files, changed by `change`, committed; returns its head. */
async function prCheckout(project: ActionProject, change: (dir: string) => Promise<void>): Promise<string> {
  const dir = path.join(project.dir, 'pr');
  await rm(dir, { recursive: true, force: true });
  cpSync(path.join(project.dir, 'data'), path.join(dir, 'data'), { recursive: true });
  cpSync(path.join(project.dir, 'evalwarden.yml'), path.join(dir, 'evalwarden.yml'));
  await change(dir);
  git(project.dir, 'init', '-q', dir);
  git(dir, 'add', '-A');
  git(dir, '-c', 'user.name=fork', '-c', 'user.email=fork@test.invalid', 'commit', '-q', '-m', 'pr');
  return git(dir, 'rev-parse', 'HEAD');
}

// biome-ignore lint/suspicious/noExplicitAny: a config as the PR may write it
async function editPrConfig(dir: string, edit: (config: any) => void): Promise<void> {
  const file = path.join(dir, 'evalwarden.yml');
  const config = parse(await readFile(file, 'utf8'));
  edit(config);
  await writeFile(file, stringify(config));
}

/** The base branch's published run at 0.9: the baseline every trusted run is gated against. */
async function baseline(project: ActionProject, github: FakeGitHub): Promise<void> {
  await using sim = await project.sim(0.9);
  const run = await runAction({
    entry,
    workspace: project.dir,
    inputs: { 'results-dir': 'base' },
    event: { name: 'push', payload: { repository: { default_branch: 'main' } } },
    repository: 'mendersoftware/workflows',
    apiUrl: github.url,
    env: { SIM_URL: sim.url, OPENAI_API_KEY: KEY },
  });
  expect(run.code, run.stdout).toBe(0);
}

async function setup(items = 30) {
  const project = await actionProject({ items, model: { api_key_env: 'OPENAI_API_KEY' } });
  const github = await startFakeGitHub({ owner: 'mendersoftware', repo: 'workflows' });
  return {
    project,
    github,
    async [Symbol.asyncDispose]() {
      await github.close();
      await project[Symbol.asyncDispose]();
    },
  };
}

function trusted(
  project: ActionProject,
  github: FakeGitHub,
  head: string,
  simUrl: string,
  extra: { env?: Record<string, string>; action?: string; baseline?: string; killAfterMs?: number } = {},
) {
  github.pulls.splice(0, github.pulls.length, {
    number: 140,
    headSha: head,
    baseRef: 'master',
    baseSha: 'b'.repeat(40),
    labels: [LABEL],
    headRepo: 'tranchitella/workflows',
  });
  const event = labeledEvent(head, LABEL, extra.action);
  return runAction({
    entry,
    workspace: project.dir,
    inputs: {
      mode: 'trusted',
      'results-dir': 'trusted',
      ...(extra.baseline ? { baseline: extra.baseline } : {}),
    },
    event,
    repository: event.repository,
    apiUrl: github.url,
    env: { SIM_URL: simUrl, OPENAI_API_KEY: KEY, ...extra.env },
    killAfterMs: extra.killAfterMs,
  });
}

const records = async (project: ActionProject) =>
  (await readFile(path.join(project.dir, 'trusted', 'records.jsonl'), 'utf8'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('a trusted verdict for a labelled fork pull request', () => {
  need('posts success under the required check name, on the head it ran', async () => {
    await using s = await setup();
    await baseline(s.project, s.github);
    const head = await prCheckout(s.project, async () => {});
    await using sim = await s.project.sim(0.9);
    const run = await trusted(s.project, s.github, head, sim.url, { baseline: 'base' });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    const onHead = s.github.checkRuns.filter((c) => c.head_sha === head);
    expect(onHead.map((c) => [c.name, c.head_sha, c.conclusion])).toEqual([['evalwarden', head, 'success']]);
    // Scored in the scoring worker, under the deadline: the same scores as the base's own run,
    // which scored the same outputs on its main thread.
    const scores = (rs: { item_id: string; score: number; error: unknown }[]) =>
      rs.map((r) => [r.item_id, r.score, r.error]).sort();
    const base = (await readFile(path.join(s.project.dir, 'base', 'records.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(scores(await records(s.project))).toEqual(scores(base));
    expect(base.filter((r) => r.score === 1).length).toBeGreaterThan(20);
  });

  need(
    "a crafted output against the base's catastrophic regex and JSON Schema pattern is a scorer_timeout error, and the run goes on",
    async () => {
      await using s = await setup();
      // The base config's scorers (a maintainer's, not the PR's) backtrack catastrophically on
      // 'aaa…a!'; the deadline is short so that the test is. The two tasks share their dataset
      // through a YAML anchor and alias, as a maintainer may write it.
      const config = path.join(s.project.dir, 'evalwarden.yml');
      const base = parse(await readFile(config, 'utf8'));
      const dataset = base.tasks[0].dataset;
      base.tasks = [
        {
          id: 'shape',
          dataset,
          fields: { input: 'question', target: 'answer' },
          scorer: { type: 'regex', pattern: '^(a+)+$', group: 0 },
        },
        {
          id: 'form',
          dataset,
          fields: { input: 'question' },
          scorer: { type: 'json', schema: { properties: { a: { type: 'string', pattern: '^(a+)+$' } } } },
        },
      ];
      base.run.score_timeout_ms = 1000;
      await writeFile(config, stringify(base));
      // The PR's prompts ask for the output that hangs the pattern, and the model obliges.
      const evil = 'a'.repeat(40);
      const head = await prCheckout(s.project, (dir) =>
        editPrConfig(dir, (c) => {
          c.tasks[0].prompt = '{{question}} Reply in a regex way.';
          c.tasks[1].prompt = '{{question}} Reply in a JSON way.';
        }),
      );
      await using sim = await s.project.sim(0.9, {
        replies: [
          { match: 'What is 1 \\+.*regex way', reply: `${evil}!` },
          { match: 'What is [1-3] \\+.*JSON way', reply: `{"a": "${evil}!"}` },
          { match: 'JSON way', reply: '{"a": "aaaa"}' },
        ],
      });
      const started = performance.now();
      const run = await trusted(s.project, s.github, head, sim.url, { killAfterMs: 45_000 });
      expect(run.killed, 'the run hung on a scoring pattern').toBe(false);
      expect(performance.now() - started).toBeLessThan(45_000);
      const all = await records(s.project);
      expect(all).toHaveLength(60);
      const timedOut = all.filter((r) => r.error?.kind === 'scorer_timeout');
      expect(timedOut.map((r) => `${r.task} ${r.item_id}`).sort()).toEqual([
        'form q-2',
        'form q-3',
        'form q-4',
        'shape q-2',
      ]);
      for (const r of timedOut) {
        expect(r.score).toBeNull();
        expect(r.error.message).toMatch(
          new RegExp(`^scorer ${r.task === 'shape' ? 'regex' : 'json'} ran past its 1 s deadline`),
        );
      }
      // Every other item was scored after the thread was replaced: never an error, never skipped.
      const scored = all.filter((r) => r.error === null);
      expect(scored).toHaveLength(56);
      expect(scored.filter((r) => r.task === 'form').every((r) => r.score === 1)).toBe(true);
      expect(scored.filter((r) => r.task === 'shape').every((r) => r.score === 0)).toBe(true);
      // Never a pass: the PR chose the outputs, and errors are left out of a task's mean, so a
      // trusted run gives no verdict at all, even where one timeout in thirty is within
      // max_error_rate (shape); no success is posted.
      expect(run.code, run.stdout).toBe(2);
      expect(run.stdout).toMatch(
        /trusted run: outputs ran past the scoring deadline \(run\.score_timeout_ms\) in /,
      );
      expect(run.stdout).toMatch(/in [^\n]*shape: 1[^\n]*: no verdict/);
      expect(run.stdout).toMatch(/in [^\n]*form: 3[^\n]*: no verdict/);
      const onHead = s.github.checkRuns.filter((c) => c.head_sha === head);
      expect(onHead.map((c) => [c.name, c.conclusion])).toEqual([['evalwarden', 'failure']]);
    },
  );

  need(
    "a PR that sets base_url and api_key_env in its config changes neither: the base's endpoint and key are used",
    async () => {
      await using s = await setup();
      await using elsewhere = await startSim({ models: { 'sim-cand': { accuracy: 1 } }, latencyMs: 1 });
      const head = await prCheckout(s.project, (dir) =>
        editPrConfig(dir, (c) => {
          c.models[0].base_url = elsewhere.url;
          c.models[0].api_key_env = 'OTHER_SECRET';
        }),
      );
      await using sim = await s.project.sim(0.9);
      const run = await trusted(s.project, s.github, head, sim.url, { env: { OTHER_SECRET: 'sk-other' } });
      expect(run.code, run.stdout).toBe(0);
      expect(elsewhere.counters.chat + elsewhere.counters.completions + elsewhere.counters.models).toBe(0);
      expect(sim.counters.chat + sim.counters.completions).toBeGreaterThan(0);
    },
  );

  need('a ${…} in a prompt from the PR reaches the model as literal text, never as the secret', async () => {
    await using s = await setup();
    const head = await prCheckout(s.project, (dir) =>
      editPrConfig(dir, (c) => {
        c.tasks[0].prompt = '{{question}} and ${OPENAI_API_KEY}';
      }),
    );
    await using sim = await s.project.sim(0.9, {
      replies: [
        { match: 'sk-live-trusted', reply: 'LEAKED' },
        { match: '\\$\\{OPENAI_API_KEY\\}', reply: 'literal' },
      ],
    });
    const run = await trusted(s.project, s.github, head, sim.url);
    expect(run.code, run.stdout).not.toBe(2);
    const outputs = (await records(s.project)).map((r) => r.output);
    expect(outputs.every((o) => o === 'literal')).toBe(true);
    expect(JSON.stringify(s.github.calls)).not.toContain(KEY);
  });

  need("a PR that raises samples in its config runs the base's one sample per item", async () => {
    await using s = await setup(20);
    const head = await prCheckout(s.project, (dir) =>
      editPrConfig(dir, (c) => {
        c.tasks[0].samples = 50;
      }),
    );
    await using sim = await s.project.sim(0.9);
    const run = await trusted(s.project, s.github, head, sim.url);
    expect(run.code, run.stdout).not.toBe(2);
    const all = await records(s.project);
    expect(all).toHaveLength(20);
    expect(new Set(all.map((r) => r.sample))).toEqual(new Set([0]));
  });

  need('a symlinked dataset in the PR is refused before any model is called', async () => {
    await using s = await setup();
    const head = await prCheckout(s.project, async (dir) => {
      await rm(path.join(dir, 'data', 'math.jsonl'));
      symlinkSync('/etc/hostname', path.join(dir, 'data', 'math.jsonl'));
    });
    await using sim = await s.project.sim(0.9);
    const run = await trusted(s.project, s.github, head, sim.url);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/data\/math\.jsonl is or passes through a symlink: refused/);
    expect(sim.counters.chat + sim.counters.completions).toBe(0);
  });

  need(
    "an absolute dataset path in the PR's config is never read: the base's dataset path stands",
    async () => {
      await using s = await setup();
      const head = await prCheckout(s.project, (dir) =>
        editPrConfig(dir, (c) => {
          c.tasks[0].dataset.path = '/etc/passwd';
        }),
      );
      await using sim = await s.project.sim(0.9);
      const run = await trusted(s.project, s.github, head, sim.url);
      expect(run.code, run.stdout).not.toBe(2);
      expect((await records(s.project)).every((r) => r.item_id.startsWith('q-'))).toBe(true);
    },
  );

  need(
    'a PR that changes the dataset leaves that task neutral, "instrument changed by this PR"',
    async () => {
      await using s = await setup();
      const head = await prCheckout(s.project, async (dir) => {
        const file = path.join(dir, 'data', 'math.jsonl');
        await writeFile(file, (await readFile(file, 'utf8')).replace('"answer":"', '"answer":"9'));
      });
      await using sim = await s.project.sim(0.9);
      const run = await trusted(s.project, s.github, head, sim.url);
      expect(run.stdout).toContain('task math: instrument changed by this PR: its dataset differs');
      expect(sim.counters.chat + sim.counters.completions).toBe(0);
    },
  );

  need('a checkout that is not the labelled head is refused', async () => {
    await using s = await setup();
    const head = await prCheckout(s.project, async () => {});
    await using sim = await s.project.sim(0.9);
    const run = await trusted(s.project, s.github, 'f'.repeat(40), sim.url);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`is at ${head}, not the labelled head ${'f'.repeat(40)}`);
  });

  need('a new push to a labelled PR drops the label and runs nothing', async () => {
    await using s = await setup();
    const head = await prCheckout(s.project, async () => {});
    await using sim = await s.project.sim(0.9);
    const run = await trusted(s.project, s.github, head, sim.url, { action: 'synchronize' });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.verdict).toBe('skipped');
    expect(s.github.pulls[0].labels).toEqual([]);
    expect(sim.counters.chat + sim.counters.completions).toBe(0);
  });
});
