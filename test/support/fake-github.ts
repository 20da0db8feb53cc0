import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A local stand-in for GitHub's REST API: the one fake these tests allow. It answers the calls
 * the real Octokit client makes for comments, check runs, issues, labels and the pull requests
 * of a commit, keeps what was written, and records every request. `readOnly` answers writes
 * with 403, as GitHub does for a fork's read-only token.
 */
export interface FakeComment {
  id: number;
  body: string;
  html_url: string;
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  title: string;
  summary: string;
  annotations: {
    path: string;
    start_line: number;
    annotation_level: string;
    message: string;
    title?: string;
  }[];
  html_url: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  comments: string[];
  html_url: string;
}

export interface FakePullRequest {
  number: number;
  headSha: string;
  baseRef: string;
  baseSha: string;
  labels: string[];
  /** `owner/repo` of the head branch; another repository means a fork. */
  headRepo?: string;
}

export interface FakeCall {
  method: string;
  path: string;
  body: unknown;
  status: number;
  /** The request's headers, lower-case names as Node reads them. */
  headers: Record<string, string | string[] | undefined>;
}

/** A canned answer: GitHub's real bytes (see realReply), sent once for the first matching request. */
export interface FakeReply {
  status: number;
  headers: Record<string, string>;
  /** The body as sent, byte for byte. */
  body: string;
}

interface QueuedReply {
  method: string;
  path: RegExp;
  reply: FakeReply;
}

export interface FakeGitHub {
  /** The API root, for GITHUB_API_URL. */
  url: string;
  /** An endpoint that records webhook posts (Slack-compatible JSON). */
  webhookUrl: string;
  calls: FakeCall[];
  comments: Map<number, FakeComment[]>;
  checkRuns: FakeCheckRun[];
  issues: FakeIssue[];
  pulls: FakePullRequest[];
  webhooks: unknown[];
  /** Repository files by `<ref>:<path>`, served by the contents API. */
  files: Map<string, string>;
  /** Writes (POST/PATCH) answer 403 while true. */
  readOnly: boolean;
  /** Answers `reply` (once per call) to the next request matching method and path, before any state. */
  replay(method: string, path: RegExp, reply: FakeReply): void;
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

export async function startFakeGitHub(options: { owner?: string; repo?: string } = {}): Promise<FakeGitHub> {
  const owner = options.owner ?? 'acme';
  const repo = options.repo ?? 'models';
  let nextId = 1000;
  const base = `/repos/${owner}/${repo}`;
  const state: Omit<FakeGitHub, 'url' | 'webhookUrl' | 'replay' | 'close' | typeof Symbol.asyncDispose> = {
    calls: [],
    comments: new Map(),
    checkRuns: [],
    issues: [],
    pulls: [],
    webhooks: [],
    files: new Map(),
    readOnly: false,
  };
  const queued: QueuedReply[] = [];
  let origin = '';
  const web = (path: string) => `https://github.test/${owner}/${repo}${path}`;

  // biome-ignore lint/suspicious/noExplicitAny: request bodies are whatever Octokit sent
  const handle = (method: string, path: string, query: URLSearchParams, body: any): [number, unknown] => {
    if (method === 'POST' && path === '/hooks/slack') {
      state.webhooks.push(body);
      return [200, { ok: true }];
    }
    if (!path.startsWith(base)) return [404, { message: 'Not Found' }];
    const route = path.slice(base.length);
    if ((method === 'POST' || method === 'PATCH') && state.readOnly)
      return [403, { message: 'Resource not accessible by integration' }];
    let m: RegExpExecArray | null;
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(route))) {
      const number = Number(m[1]);
      const list = state.comments.get(number) ?? [];
      if (method === 'GET') return [200, list];
      if (method === 'POST') {
        const issue = state.issues.find((i) => i.number === number);
        if (issue) {
          issue.comments.push(body.body);
          return [201, { id: nextId++, body: body.body, html_url: web(`/issues/${number}#comment`) }];
        }
        const comment = {
          id: nextId++,
          body: body.body as string,
          html_url: web(`/pull/${number}#issuecomment-${nextId}`),
        };
        state.comments.set(number, [...list, comment]);
        return [201, comment];
      }
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(route)) && method === 'PATCH') {
      for (const list of state.comments.values()) {
        const comment = list.find((c) => c.id === Number(m![1]));
        if (comment) {
          comment.body = body.body;
          return [200, comment];
        }
      }
      return [404, { message: 'Not Found' }];
    }
    if ((m = /^\/issues\/(\d+)\/labels\/(.+)$/.exec(route)) && method === 'DELETE') {
      const pr = state.pulls.find((p) => p.number === Number(m![1]));
      const name = decodeURIComponent(m[2]);
      if (!pr?.labels.includes(name)) return [404, { message: 'Label does not exist' }];
      pr.labels = pr.labels.filter((l) => l !== name);
      return [200, pr.labels.map((l, i) => ({ id: i + 1, name: l }))];
    }
    if ((m = /^\/issues\/(\d+)\/labels$/.exec(route)) && method === 'GET') {
      const pr = state.pulls.find((p) => p.number === Number(m![1]));
      return [200, (pr?.labels ?? []).map((name, i) => ({ id: i + 1, name }))];
    }
    if (route === '/check-runs' && method === 'POST') {
      const run: FakeCheckRun = {
        id: nextId++,
        name: body.name,
        head_sha: body.head_sha,
        status: body.status,
        conclusion: body.conclusion ?? null,
        title: body.output?.title ?? '',
        summary: body.output?.summary ?? '',
        annotations: [...(body.output?.annotations ?? [])],
        html_url: '',
      };
      run.html_url = web(`/runs/${run.id}`);
      if (run.annotations.length > 50)
        return [422, { message: 'Only 50 annotations are allowed per request' }];
      state.checkRuns.push(run);
      return [201, run];
    }
    if ((m = /^\/check-runs\/(\d+)$/.exec(route)) && method === 'PATCH') {
      const run = state.checkRuns.find((r) => r.id === Number(m![1]));
      if (!run) return [404, { message: 'Not Found' }];
      if ((body.output?.annotations ?? []).length > 50)
        return [422, { message: 'Only 50 annotations are allowed per request' }];
      run.annotations.push(...(body.output?.annotations ?? []));
      if (body.output?.summary) run.summary = body.output.summary;
      return [200, run];
    }
    if (route === '/issues' && method === 'GET') {
      const labels = (query.get('labels') ?? '').split(',').filter(Boolean);
      const wanted = query.get('state') ?? 'open';
      return [
        200,
        state.issues
          .filter(
            (i) => (wanted === 'all' || i.state === wanted) && labels.every((l) => i.labels.includes(l)),
          )
          .map(issueJson),
      ];
    }
    if (route === '/issues' && method === 'POST') {
      const issue: FakeIssue = {
        number: nextId++,
        title: body.title,
        body: body.body,
        state: 'open',
        labels: body.labels ?? [],
        comments: [],
        html_url: '',
      };
      issue.html_url = web(`/issues/${issue.number}`);
      state.issues.push(issue);
      return [201, issueJson(issue)];
    }
    if ((m = /^\/issues\/(\d+)$/.exec(route)) && method === 'PATCH') {
      const issue = state.issues.find((i) => i.number === Number(m![1]));
      if (!issue) return [404, { message: 'Not Found' }];
      if (body.body !== undefined) issue.body = body.body;
      if (body.title !== undefined) issue.title = body.title;
      if (body.state !== undefined) issue.state = body.state;
      return [200, issueJson(issue)];
    }
    if ((m = /^\/contents\/(.+)$/.exec(route)) && method === 'GET') {
      const text = state.files.get(`${query.get('ref') ?? 'main'}:${decodeURIComponent(m[1])}`);
      if (text === undefined) return [404, { message: 'Not Found' }];
      return [
        200,
        { type: 'file', path: m[1], encoding: 'base64', content: Buffer.from(text).toString('base64') },
      ];
    }
    if ((m = /^\/commits\/([0-9a-f]+)\/pulls$/.exec(route)) && method === 'GET') {
      return [200, state.pulls.filter((p) => p.headSha === m![1]).map((p) => pullJson(p))];
    }
    return [404, { message: `Not Found: ${method} ${route}` }];
  };

  const issueJson = (i: FakeIssue) => ({
    id: i.number,
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    labels: i.labels.map((name) => ({ name })),
    html_url: i.html_url,
  });
  const pullJson = (p: FakePullRequest) => ({
    number: p.number,
    state: 'open',
    html_url: web(`/pull/${p.number}`),
    head: { sha: p.headSha, ref: 'feature', repo: { full_name: p.headRepo ?? `${owner}/${repo}` } },
    base: { ref: p.baseRef, sha: p.baseSha, repo: { full_name: `${owner}/${repo}` } },
    labels: p.labels.map((name) => ({ name })),
  });

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = null;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        body = text;
      }
      const method = req.method ?? 'GET';
      const call = { method, path: url.pathname + url.search, body, headers: req.headers };
      const index = queued.findIndex((q) => q.method === method && q.path.test(url.pathname));
      if (index >= 0) {
        const [{ reply }] = queued.splice(index, 1);
        state.calls.push({ ...call, status: reply.status });
        res.writeHead(reply.status, reply.headers);
        res.end(reply.body);
        return;
      }
      const [status, payload] = handle(method, url.pathname, url.searchParams, body);
      state.calls.push({ ...call, status });
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(payload));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return Object.assign(state, {
    replay: (method: string, path: RegExp, reply: FakeReply) => queued.push({ method, path, reply }),
    url: origin,
    webhookUrl: `${origin}/hooks/slack`,
    close,
    [Symbol.asyncDispose]: close,
  }) as FakeGitHub;
}

const REST_FIXTURES = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/real-fixtures/github-rest',
);

/** Headers that describe the original transfer, not the reply: the fake sends the body plain. */
const TRANSFER_HEADERS = new Set([
  'content-encoding',
  'transfer-encoding',
  'content-length',
  'status',
  'connection',
]);

/**
 * A reply recorded from GitHub: `<name>.json` is the body byte for byte, `<name>.headers.json`
 * the status and headers where the recording kept them. Null when the shared fixtures are absent.
 */
export function realReply(name: string, fallback: { status: number } = { status: 200 }): FakeReply | null {
  const bodyFile = path.join(REST_FIXTURES, `${name}.json`);
  if (!existsSync(bodyFile)) return null;
  const headersFile = path.join(REST_FIXTURES, `${name}.headers.json`);
  const recorded = existsSync(headersFile)
    ? (JSON.parse(readFileSync(headersFile, 'utf8')) as { status: number; headers: Record<string, string> })
    : { status: fallback.status, headers: { 'Content-Type': 'application/json; charset=utf-8' } };
  const headers = Object.fromEntries(
    Object.entries(recorded.headers).filter(([k]) => !TRANSFER_HEADERS.has(k.toLowerCase())),
  );
  return { status: recorded.status, headers, body: readFileSync(bodyFile, 'utf8') };
}

/** Whether the shared real fixtures are on this machine (tests that need them skip otherwise). */
export const haveRealFixtures = existsSync(REST_FIXTURES);
