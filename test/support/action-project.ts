import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { startSim, type Sim, type SimOptions } from '../../src/sim/index.js';
import { numericRows } from './engine.js';

/** A repository checkout with evalwarden.yml over one numeric task the simulator knows. */
export interface ActionProject {
  dir: string;
  rows: ReturnType<typeof numericRows>;
  /** Starts a simulator serving `sim-cand` at this accuracy over the project's items. */
  sim(accuracy: number, options?: Partial<SimOptions>): Promise<Sim>;
  [Symbol.asyncDispose](): Promise<void>;
}

export interface ActionProjectOptions {
  items?: number;
  /** Extra model fields (api_key_env, …). */
  model?: Record<string, unknown>;
  gate?: Record<string, unknown>;
}

export async function actionProject(options: ActionProjectOptions = {}): Promise<ActionProject> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'evalwarden-action-'));
  const rows = numericRows(options.items ?? 200);
  await mkdir(path.join(dir, 'data'), { recursive: true });
  await writeFile(path.join(dir, 'data', 'math.jsonl'), `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
  const config = {
    version: 1,
    models: [
      {
        id: 'cand',
        role: 'candidate',
        base_url: '${SIM_URL}',
        model: 'sim-cand',
        params: { temperature: 0 },
        ...options.model,
      },
    ],
    tasks: [
      {
        id: 'math',
        dataset: { path: 'data/math.jsonl' },
        fields: { input: 'question', target: 'answer', category: 'category' },
        scorer: 'numeric',
      },
    ],
    suites: { quick: { size: 'all' }, full: { size: 'all' } },
    run: { concurrency: 16, max_retries: 1, cache: { enabled: false } },
    gate: { fail_on: ['regression', 'error'], ...options.gate },
  };
  await writeFile(path.join(dir, 'evalwarden.yml'), stringify(config));
  return {
    dir,
    rows,
    sim: (accuracy, simOptions = {}) =>
      startSim({
        models: { 'sim-cand': { accuracy } },
        items: rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'numeric' })),
        latencyMs: 1,
        ...simOptions,
      }),
    [Symbol.asyncDispose]: () => rm(dir, { recursive: true, force: true }),
  };
}
