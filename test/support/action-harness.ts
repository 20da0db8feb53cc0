import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Builds the Action and the CLI bundles as `npm run build` does, into test-output/ (inside the
 * package, so the bundle finds datasets/ by walking up to package.json). One folder per test
 * file: suites run in parallel.
 */
export function buildAction(name: string): { entry: string; cli: string } {
  const outdir = path.join(ROOT, 'test-output', 'action-dist', name);
  execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', outdir, '--no-dashboard'], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  return { entry: path.join(outdir, 'index.js'), cli: path.join(outdir, 'cli.js') };
}

export interface ActionRun {
  code: number;
  /** Killed by `killAfterMs`: the run did not end on its own. */
  killed: boolean;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Every file the run was given to write GitHub's state into, for secret scans. */
  files: { output: string; summary: string; event: string };
}

export interface ActionRunOptions {
  entry: string;
  /** The checkout: GITHUB_WORKSPACE and the process's working directory. */
  workspace: string;
  /** By their action.yml names (`fail-on`), as GitHub passes them (INPUT_FAIL-ON). */
  inputs: Record<string, string>;
  event: { name: string; payload: object };
  apiUrl: string;
  env?: Record<string, string>;
  /** @default 'acme/models' */
  repository?: string;
  sha?: string;
  refName?: string;
  /** Sends SIGTERM once stdout so far satisfies this (a cancelled job). */
  cancelWhen?: (stdout: string) => boolean;
  /** Kills the run (SIGKILL) after this long, as a job's `timeout-minutes` would; `killed` says so. */
  killAfterMs?: number;
}

/** Runs `node dist/index.js` as a GitHub runner does: inputs and context in the environment. */
export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'evalwarden-runner-'));
  const files = {
    output: path.join(dir, 'output.txt'),
    summary: path.join(dir, 'summary.md'),
    event: path.join(dir, 'event.json'),
  };
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  await writeFile(files.event, JSON.stringify(options.event.payload));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.event.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_REPOSITORY: options.repository ?? 'acme/models',
    GITHUB_SHA: options.sha ?? 'a'.repeat(40),
    GITHUB_REF_NAME: options.refName ?? 'main',
    GITHUB_WORKFLOW: 'evals',
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: dir,
    ...options.env,
  };
  // The runner fills `github-token` from its default, ${{ github.token }}.
  const inputs = { 'github-token': 'ghs_fake_installation_token', ...options.inputs };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(process.execPath, [options.entry], {
    cwd: options.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let cancelled = false;
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    if (!cancelled && options.cancelWhen?.(stdout)) {
      cancelled = true;
      child.kill('SIGTERM');
    }
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let killed = false;
  const timer =
    options.killAfterMs === undefined
      ? undefined
      : setTimeout(() => {
          killed = true;
          child.kill('SIGKILL');
        }, options.killAfterMs);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearTimeout(timer);
  return {
    code,
    killed,
    stdout,
    stderr,
    outputs: parseOutputs(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
    files,
  };
}

/** GITHUB_OUTPUT's format: `name<<DELIMITER`, the value's lines, `DELIMITER`. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    outputs[m[1]] = value.join('\n');
  }
  return outputs;
}

/** A pull_request event payload as GitHub sends it (the fields evalwarden reads). */
export function pullRequestEvent(input: {
  number: number;
  headSha: string;
  baseSha?: string;
  labels?: string[];
}): { name: string; payload: object } {
  return {
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number: input.number,
      pull_request: {
        number: input.number,
        head: { sha: input.headSha, ref: 'feature' },
        base: { sha: input.baseSha ?? 'b'.repeat(40), ref: 'main' },
        labels: (input.labels ?? []).map((name) => ({ name })),
      },
      repository: { default_branch: 'main', full_name: 'acme/models' },
    },
  };
}

const EVENT_FIXTURES = path.join(ROOT, '..', 'shared', 'real-fixtures', 'github-events');

/** Whether the shared real webhook payloads are on this machine. */
export const haveRealEvents = existsSync(EVENT_FIXTURES);

/**
 * A webhook payload GitHub sent, byte for byte from `../shared/real-fixtures/github-events/`,
 * with the repository it was sent for (GITHUB_REPOSITORY for the run).
 */
export function realEvent(name: string, file: string): { name: string; payload: object; repository: string } {
  const payload = JSON.parse(readFileSync(path.join(EVENT_FIXTURES, file), 'utf8')) as {
    repository: { full_name: string };
  };
  return { name, payload, repository: payload.repository.full_name };
}
