import path from 'node:path';
import { loadConfig } from '../../config/index.js';
import { packageRoot } from '../../package-root.js';
import { renderSummaryTable } from '../../report/index.js';
import { buildPlan, runEval, type RunResult, NO_GIT, simItemsFromPlan } from '../../run/index.js';
import { startSim } from '../../sim/index.js';
import { parseCommandArgs } from '../args.js';
import { EXIT, type Command } from '../command.js';
import { gateAfterRun } from './gate-after-run.js';

const USAGE =
  'evalwarden demo [--out results/demo] [--suite quick] [--base-accuracy 0.86] [--cand-accuracy 0.74]';

/**
 * The whole loop on the embedded simulator: a reference model and a slightly worse candidate
 * run the quick suite of examples/evalwarden.yml, then the gate judges the candidate against
 * the first model's run.
 */
export const demo: Command = async (args, io) => {
  const { values } = parseCommandArgs(
    args,
    {
      out: { type: 'string', default: 'results/demo' },
      suite: { type: 'string', default: 'quick' },
      'base-accuracy': { type: 'string', default: '0.86' },
      'cand-accuracy': { type: 'string', default: '0.74' },
    },
    USAGE,
  );
  const configPath = path.join(packageRoot(), 'examples', 'evalwarden.yml');
  const env = { ...io.env, EVALWARDEN_BASE_URL: 'http://127.0.0.1:1/v1' };
  const loaded = await loadConfig(configPath, { env });
  const plan = await buildPlan(loaded, {
    suite: values.suite,
    models: [],
    cacheDir: path.resolve(loaded.dir, loaded.config.run.cache.dir),
  });
  await using sim = await startSim({
    models: {
      'sim-base': { accuracy: Number(values['base-accuracy']) },
      'sim-cand': { accuracy: Number(values['cand-accuracy']) },
    },
    items: simItemsFromPlan(plan),
    capacity: 32,
    latencyMs: 25,
    jitterMs: 10,
  });
  io.stderr(
    `simulator on ${sim.url}: sim-base (accuracy ${values['base-accuracy']}) and sim-cand (${values['cand-accuracy']})`,
  );
  const runModel = (model: string): Promise<RunResult> =>
    runEval({
      configPath,
      suite: values.suite,
      outDir: path.resolve(io.cwd, values.out, model),
      models: [{ id: model }],
      cache: false,
      resume: false,
      phase: 'all',
      dryRun: false,
      env: { ...io.env, EVALWARDEN_BASE_URL: sim.url },
      git: NO_GIT,
      signal: io.signal,
      log: io.stderr,
    });
  const base = await runModel('base');
  const cand = await runModel('cand');
  for (const result of [base, cand]) if (result.summary) io.stdout(`\n${renderSummaryTable(result.summary)}`);
  io.stdout('\nThe gate: cand (candidate) against the run of base (its baseline), item by item:\n');
  const code = await gateAfterRun({ result: cand, baseline: base.outDir, baselineModel: 'base', io });
  if (code === EXIT.failed)
    io.stdout('\nIn CI this verdict exits 1 and fails the job; the demo itself succeeded.');
  // The demo succeeded when the gate gave a verdict; only an error is a failure of the demo.
  return code === EXIT.error ? EXIT.error : EXIT.ok;
};
