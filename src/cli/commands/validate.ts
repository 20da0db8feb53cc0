import path from 'node:path';
import { loadConfig } from '../../config/index.js';
import { buildPlan } from '../../run/plan.js';
import { parseCommandArgs } from '../args.js';
import { EXIT, type Command } from '../command.js';

const USAGE = 'evalwarden validate --config evalwarden.yml [--suite full]';

/** Loads the config and every dataset of a suite, as a run would, and calls no model. */
export const validate: Command = async (args, io) => {
  const { values } = parseCommandArgs(
    args,
    { config: { type: 'string', default: 'evalwarden.yml' }, suite: { type: 'string', default: 'full' } },
    USAGE,
  );
  const loaded = await loadConfig(path.resolve(io.cwd, values.config), { env: io.env });
  const plan = await buildPlan(loaded, {
    suite: values.suite,
    models: [],
    cacheDir: path.resolve(loaded.dir, loaded.config.run.cache.dir),
  });
  io.stdout(
    `${values.config}: ${loaded.config.models.length} models, ${plan.tasks.length} tasks, ${plan.tasks.reduce((a, t) => a + t.items.length, 0)} items in suite ${values.suite}: valid`,
  );
  return EXIT.ok;
};
