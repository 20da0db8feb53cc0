import { describe, expect, test } from 'vitest';
import {
  createGitHub,
  findPullRequestForCommit,
  publishCheckRun,
  upsertStickyComment,
} from '../src/github/index.js';
import type { Annotation } from '../src/report/index.js';
import { startFakeGitHub } from './support/fake-github.js';

const MARKER = '<!-- evalwarden:comment workflow=evals config=evalwarden.yml model=cand -->';

describe('GitHub through Octokit', () => {
  test('the sticky comment is found by the marker that starts it, not by one quoted further down', async () => {
    await using github = await startFakeGitHub();
    const gh = createGitHub({ token: 't', baseUrl: github.url, repo: { owner: 'acme', repo: 'models' } });
    github.comments.set(5, [{ id: 1, body: `someone quoting us:\n${MARKER}`, html_url: 'x' }]);
    const first = await upsertStickyComment(gh, { issueNumber: 5, marker: MARKER, body: `${MARKER}\nfirst` });
    const second = await upsertStickyComment(gh, {
      issueNumber: 5,
      marker: MARKER,
      body: `${MARKER}\nsecond`,
    });
    expect([first.action, second.action]).toEqual(['created', 'updated']);
    expect(github.comments.get(5)!.map((c) => c.body)).toEqual([
      `someone quoting us:\n${MARKER}`,
      `${MARKER}\nsecond`,
    ]);
  });

  test('a check run sends its annotations 50 at a time: one create, then updates', async () => {
    await using github = await startFakeGitHub();
    const gh = createGitHub({ token: 't', baseUrl: github.url, repo: { owner: 'acme', repo: 'models' } });
    const annotations: Annotation[] = Array.from({ length: 120 }, (_, i) => ({
      path: 'data/qa.jsonl',
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: 'failure',
      title: 'bad row',
      message: `row ${i + 1}`,
    }));
    const result = await publishCheckRun(gh, {
      name: 'evalwarden',
      headSha: 'a'.repeat(40),
      conclusion: 'failure',
      title: 'error',
      summary: 'x'.repeat(70_000),
      annotations,
    });
    expect(result.requests).toBe(3);
    expect(
      github.calls
        .filter((c) => c.path.includes('/check-runs'))
        .map((c) => [c.method, (c.body as { output: { annotations: unknown[] } }).output.annotations.length]),
    ).toEqual([
      ['POST', 50],
      ['PATCH', 50],
      ['PATCH', 20],
    ]);
    expect(github.checkRuns[0].annotations).toHaveLength(120);
    expect(github.checkRuns[0].summary.length).toBe(65_535);
  });

  test('the pull request of a commit comes from the API, with its labels and whether it is a fork', async () => {
    await using github = await startFakeGitHub();
    const gh = createGitHub({ token: 't', baseUrl: github.url, repo: { owner: 'acme', repo: 'models' } });
    github.pulls.push({
      number: 12,
      headSha: 'b'.repeat(40),
      baseRef: 'main',
      baseSha: 'c'.repeat(40),
      labels: ['evalwarden:accept'],
      headRepo: 'someone/models',
    });
    expect(await findPullRequestForCommit(gh, 'b'.repeat(40))).toEqual({
      number: 12,
      headSha: 'b'.repeat(40),
      baseRef: 'main',
      baseSha: 'c'.repeat(40),
      labels: ['evalwarden:accept'],
      fromFork: true,
    });
    expect(await findPullRequestForCommit(gh, 'd'.repeat(40))).toBeNull();
  });
});

describe('the webhook message', () => {
  test('escapes what Slack would read as a mention or a link', async () => {
    const { webhookText } = await import('../src/github/index.js');
    expect(webhookText(['model <!channel> & @here', 'task <https://x|y>'])).toBe(
      'model &lt;!channel&gt; &amp; @\u200dhere\ntask &lt;https://x|y&gt;',
    );
  });
});
