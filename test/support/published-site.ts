/**
 * A site the way a user gets one: the simulator serves the models, `evalwarden run` measures
 * them (the second run gated against the site), `evalwarden publish` writes the pages folder,
 * and a checkpoint sweep runs as the documented workflow does it: one invocation per checkpoint,
 * `--model sft=<served checkpoint>@<url> --step N`.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { startSim } from '../../src/sim/index.js';
import { numericRows, runCli, writeConfig, writeJsonl } from './engine.js';

/** A bidi override in a category: must show as typed, not reversed. */
export const BIDI_CATEGORY = '\u202Eevil';
/** A secret in one prompt: publish.redact must take it out of the published input too. */
export const SECRET = 'SECRET-8842913';
export const SWEEP_STEPS = [100, 200, 300] as const;
/** Served checkpoint accuracies: step 200 is the best. */
const SWEEP_ACCURACY = { 100: 0.45, 200: 0.8, 300: 0.6 } as const;

export interface PublishedSite {
  /** The pages folder: `data/` (and the app when `dashboard` was given). */
  site: string;
  /** Published ids of the two gated-run models, and of the runs before them. */
  first: { cand: string; base: string };
  second: { cand: string; base: string };
  sweep: string[];
}

const SHA = (c: string) => c.repeat(40);

function gitEnv(sha: string, event: string): Record<string, string> {
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_REF_NAME: 'main',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: '/nonexistent',
    GITHUB_SHA: sha,
  };
}

async function cli(args: string[], cwd: string, env: Record<string, string>): Promise<string> {
  const result = await runCli(args, { cwd, env });
  // The gated run may exit 1 on a regression; anything else is a broken setup.
  if (result.code !== 0 && !(args[0] === 'run' && result.code === 1))
    throw new Error(`evalwarden ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return result.stderr;
}

/** Publishes into `dir/site` (optionally onto an existing site already there). */
export async function publishSite(dir: string, options: { dashboard?: string } = {}): Promise<PublishedSite> {
  const rows = numericRows(60, ['small', 'large']);
  rows[0].question = `What is 0 + 0? Ticket ${SECRET}.`;
  await writeJsonl(path.join(dir, 'data/math.jsonl'), rows);
  const items = rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'numeric' }));
  // Two servers: on the second the candidate is a new, worse checkpoint (another served name,
  // so other items are right and wrong), and the gate sees both broken and fixed items.
  await using before = await startSim({
    models: { 'sim-base': { accuracy: 0.8 }, 'sim-cand': { accuracy: 0.8, reasoning: 'field' } },
    items,
    latencyMs: 1,
    seed: 3,
  });
  await using after = await startSim({
    models: {
      'sim-base': { accuracy: 0.8 },
      'sim-cand-2': { accuracy: 0.55, reasoning: 'field' },
      ...Object.fromEntries(SWEEP_STEPS.map((s) => [`ckpt-${s}`, { accuracy: SWEEP_ACCURACY[s] }])),
    },
    items,
    latencyMs: 1,
    seed: 11,
  });
  const task = (id: string, category: string) => ({
    id,
    category,
    dataset: { path: 'data/math.jsonl' },
    fields: { input: 'question', target: 'answer', category: 'category' },
    scorer: 'numeric',
  });
  const config = (publish: object) => ({
    version: 1,
    models: [
      { id: 'base', role: 'reference', base_url: '${SIM_URL}', model: 'sim-base' },
      { id: 'cand', role: 'candidate', base_url: '${SIM_URL}', model: '${CAND_MODEL:-sim-cand}' },
    ],
    tasks: [task('math', 'arithmetic'), task('sums', BIDI_CATEGORY), task('totals', 'knowledge')],
    suites: { full: { size: 'all' } },
    run: { concurrency: 16, cache: { enabled: false } },
    publish: { head_size: 60, redact: ['SECRET-\\d+'], ...publish },
  });
  await writeConfig(dir, config({ inputs: 'head' }));
  // The first run is published as every site before publish.inputs was: without inputs.
  await writeConfig(dir, config({}), 'no-inputs.yml');
  // The sweep's config: one model (--step makes each run a training checkpoint), one task (so its profile misses two categories).
  await writeConfig(
    dir,
    {
      version: 1,
      models: [{ id: 'sft', base_url: '${SIM_URL}', model: 'checkpoint' }],
      tasks: [task('math', 'arithmetic')],
      suites: { full: { size: 'all' } },
      run: { concurrency: 16, cache: { enabled: false } },
    },
    'sweep.yml',
  );
  await mkdir(path.join(dir, 'site'), { recursive: true });
  const dash = options.dashboard ? ['--dashboard', options.dashboard] : [];

  const runId = (stderr: string) => /\(run (\S+),/.exec(stderr)![1];
  const env1 = { ...gitEnv(SHA('a'), 'push'), SIM_URL: before.url };
  const first = runId(await cli(['run', '--suite', 'full', '--out', 'r1'], dir, env1));
  await cli(
    ['publish', '--results', 'r1', '--pages-dir', 'site', '--config', 'no-inputs.yml', ...dash],
    dir,
    env1,
  );

  const env2 = { ...gitEnv(SHA('b'), 'push'), SIM_URL: after.url, CAND_MODEL: 'sim-cand-2' };
  const second = runId(await cli(['run', '--suite', 'full', '--out', 'r2', '--baseline', 'site'], dir, env2));
  await cli(
    ['publish', '--results', 'r2', '--pages-dir', 'site', '--config', 'evalwarden.yml', ...dash],
    dir,
    env2,
  );

  const sweep: string[] = [];
  for (const step of SWEEP_STEPS) {
    const env = { ...gitEnv(SHA('c'), 'workflow_dispatch'), SIM_URL: after.url };
    const out = `s${step}`;
    const id = runId(
      await cli(
        [
          'run',
          '--config',
          'sweep.yml',
          '--suite',
          'full',
          '--out',
          out,
          '--model',
          `sft=ckpt-${step}@${after.url}`,
          '--step',
          String(step),
        ],
        dir,
        env,
      ),
    );
    await cli(
      ['publish', '--results', out, '--pages-dir', 'site', '--config', 'sweep.yml', ...dash],
      dir,
      env,
    );
    sweep.push(`${id}--sft`);
  }
  return {
    site: path.join(dir, 'site'),
    first: { cand: `${first}--cand`, base: `${first}--base` },
    second: { cand: `${second}--cand`, base: `${second}--base` },
    sweep,
  };
}

/**
 * A site with a sequential suite: a full-set baseline run on main, then a much worse candidate
 * gated against the site in looks (it stops at the first one). Returns the pages folder and the
 * gated run's published id.
 */
export async function publishSequentialSite(
  dir: string,
  options: { dashboard?: string } = {},
): Promise<{ site: string; gated: string }> {
  const rows = numericRows(200);
  await writeJsonl(path.join(dir, 'data/math.jsonl'), rows);
  await using sim = await startSim({
    models: { 'sim-good': { accuracy: 0.85 }, 'sim-bad': { accuracy: 0.3 } },
    items: rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'numeric' })),
    latencyMs: 1,
  });
  await writeConfig(dir, {
    version: 1,
    models: [{ id: 'cand', role: 'candidate', base_url: sim.url, model: '${CAND_MODEL}' }],
    tasks: [
      {
        id: 'math',
        dataset: { path: 'data/math.jsonl' },
        fields: { input: 'question', target: 'answer' },
        scorer: 'numeric',
      },
    ],
    suites: { pr: { size: 'all', sequential: true, looks: [50, 100, 150] } },
    run: { concurrency: 16, cache: { enabled: false } },
  });
  await mkdir(path.join(dir, 'site'), { recursive: true });
  const dash = options.dashboard ? ['--dashboard', options.dashboard] : [];
  const runId = (stderr: string) => /\(run (\S+),/.exec(stderr)![1];
  const runAndPublish = async (out: string, env: Record<string, string>, args: string[] = []) => {
    const id = runId(await cli(['run', '--suite', 'pr', '--out', out, ...args], dir, env));
    await cli(['publish', '--results', out, '--pages-dir', 'site', ...dash], dir, env);
    return id;
  };
  await runAndPublish('r1', { ...gitEnv(SHA('a'), 'push'), CAND_MODEL: 'sim-good' });
  const gated = await runAndPublish('r2', { ...gitEnv(SHA('b'), 'push'), CAND_MODEL: 'sim-bad' }, [
    '--baseline',
    'site',
  ]);
  return { site: path.join(dir, 'site'), gated: `${gated}--cand` };
}
