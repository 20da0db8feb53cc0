import { describe, expect, test } from 'vitest';
import {
  classifyApiError,
  createGitHub,
  findPullRequestForCommit,
  publishCheckRun,
  upsertStickyComment,
} from '../src/github/index.js';
import type { Annotation } from '../src/report/index.js';
import { haveRealFixtures, realReply, startFakeGitHub } from './support/fake-github.js';

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

describe("GitHub's API as it behaves (real recorded replies)", () => {
  const repo = { owner: 'acme', repo: 'models' };
  const need = haveRealFixtures ? test : test.skip;

  need(
    'a secondary rate limit (403, Retry-After: 60, the abuse-detection body) is waited out and retried',
    async () => {
      await using github = await startFakeGitHub();
      github.replay('POST', /\/issues\/7\/comments$/, realReply('pygithub-replays/error.403.rate-limit')!);
      // One millisecond per second of Retry-After: GitHub's 60 s wait takes 60 ms here.
      const gh = createGitHub({ token: 't', baseUrl: github.url, repo, retryAfterBaseMs: 1 });
      const posted = await upsertStickyComment(gh, { issueNumber: 7, marker: MARKER, body: `${MARKER}\nok` });
      expect(posted.action).toBe('created');
      expect(github.calls.filter((c) => c.method === 'POST').map((c) => c.status)).toEqual([403, 201]);
      expect(github.comments.get(7)).toHaveLength(1);
    },
  );

  need('a rate limit that outlasts the retries is told apart from a read-only token', async () => {
    await using github = await startFakeGitHub();
    // The first try and the throttling plugin's two retries.
    for (let i = 0; i < 3; i++)
      github.replay('POST', /\/check-runs$/, realReply('pygithub-replays/error.403.rate-limit')!);
    const gh = createGitHub({ token: 't', baseUrl: github.url, repo, retryAfterBaseMs: 1 });
    const check = {
      name: 'evalwarden',
      headSha: 'a'.repeat(40),
      conclusion: 'success' as const,
      title: 'pass',
      summary: 'ok',
      annotations: [],
    };
    const limited = await publishCheckRun(gh, check).catch((e: unknown) => e);
    expect(classifyApiError(limited)).toMatchObject({ kind: 'rate-limited', retryAfterS: 60 });
    expect(github.calls.filter((c) => c.method === 'POST')).toHaveLength(3);

    const readOnly = realReply('issue-derived/error.403.resource-not-accessible-by-integration', {
      status: 403,
    })!;
    github.replay('POST', /\/check-runs$/, readOnly);
    const before = github.calls.length;
    const refused = await publishCheckRun(gh, check).catch((e: unknown) => e);
    expect(classifyApiError(refused).kind).toBe('read-only');
    // A read-only token is not asked again.
    expect(github.calls.length - before).toBe(1);
  });

  need("a comment reply in the older shape (no html_url) still gives the comment's URL", async () => {
    await using github = await startFakeGitHub();
    github.replay(
      'POST',
      /\/issues\/9\/comments$/,
      realReply('pygithub-replays/issue-comment.create.201.2012-legacy-shape')!,
    );
    const gh = createGitHub({
      token: 't',
      baseUrl: github.url,
      serverUrl: 'https://github.test',
      repo,
    });
    const posted = await upsertStickyComment(gh, { issueNumber: 9, marker: MARKER, body: `${MARKER}\nx` });
    expect(posted.url).toBe('https://github.test/acme/models/pull/9#issuecomment-5808311');
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
