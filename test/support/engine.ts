import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { main } from '../../src/cli/main.js';
import type { EvalRecord, RunInfo, Summary } from '../../src/artifacts.js';

/** A temporary project folder, removed at the end of the scope. */
export async function tempProject(): Promise<{ dir: string; [Symbol.asyncDispose](): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'evalwarden-test-'));
  return { dir, [Symbol.asyncDispose]: () => rm(dir, { recursive: true, force: true }) };
}

export async function writeJsonl(file: string, rows: object[]): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
}

export async function writeConfig(
  dir: string,
  config: object | string,
  name = 'evalwarden.yml',
): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, typeof config === 'string' ? config : stringify(config));
  return file;
}

/** Numeric items the simulator can answer: `q-1 … q-n`, "What is a + b?", answer a+b. */
export function numericRows(
  n: number,
  categories = ['alpha', 'beta'],
): { id: string; question: string; answer: string; category: string }[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `q-${i + 1}`,
    question: `What is ${i} + ${(i * 7) % 13}?`,
    answer: String(i + ((i * 7) % 13)),
    category: categories[i % categories.length],
  }));
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as `evalwarden <args>` would from `cwd`. */
export async function runCli(
  args: string[],
  options: { cwd: string; env?: Record<string, string | undefined>; signal?: AbortSignal },
): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    stdout: (l) => out.push(l),
    stderr: (l) => err.push(l),
    cwd: options.cwd,
    env: options.env ?? {},
    signal: options.signal ?? new AbortController().signal,
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

export async function readResults(
  dir: string,
): Promise<{ records: EvalRecord[]; summary: Summary; run: RunInfo }> {
  const records = (await readFile(path.join(dir, 'records.jsonl'), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as EvalRecord);
  const summary = JSON.parse(await readFile(path.join(dir, 'summary.json'), 'utf8')) as Summary;
  const run = JSON.parse(await readFile(path.join(dir, 'run.json'), 'utf8')) as RunInfo;
  return { records, summary, run };
}

/** A minimal config over one numeric task served by the simulator at `url`. */
export function numericConfig(
  url: string,
  overrides: { models?: object[]; run?: object; task?: object } = {},
): object {
  return {
    models: overrides.models ?? [{ id: 'cand', base_url: url, model: 'sim-cand' }],
    tasks: [
      {
        id: 'math',
        dataset: { path: 'data/math.jsonl' },
        fields: { input: 'question', target: 'answer' },
        scorer: 'numeric',
        ...overrides.task,
      },
    ],
    run: { concurrency: 16, max_retries: 4, cache: { enabled: false }, ...overrides.run },
  };
}
