import path from 'node:path';
import { loadConfig } from '../../config/index.js';
import { buildPlan } from '../../run/index.js';
import { parseCommandArgs } from '../args.js';
import { EXIT, type Command } from '../command.js';

const USAGE = 'evalwarden validate --config evalwarden.yml [--suite full] [--require-env]';

/** Loads the config and every dataset of a suite, as a run would, and calls no model. */
export const validate: Command = async (args, io) => {
  const { values } = parseCommandArgs(
    args,
    {
      config: { type: 'string', default: 'evalwarden.yml' },
      suite: { type: 'string', default: 'full' },
      'require-env': { type: 'boolean', default: false },
    },
    USAGE,
  );
  const loaded = await loadConfig(path.resolve(io.cwd, values.config), { env: io.env });
  const plan = await buildPlan(loaded, {
    suite: values.suite,
    models: [],
    cacheDir: path.resolve(loaded.dir, loaded.config.run.cache.dir),
  });
  // A fork's pull request has no secrets: a warning keeps its check green; --require-env makes it an error.
  const unset = loaded.config.models.filter((m) => m.api_key_env && !io.env[m.api_key_env]);
  for (const model of unset)
    io.stderr(
      `${values['require-env'] ? 'error' : 'warning'}: ${path.relative(io.cwd, loaded.file) || loaded.file}: model ${model.id}: api_key_env names ${model.api_key_env}, which is not set: a run would fail (export ${model.api_key_env}=…)`,
    );
  if (values['require-env'] && unset.length > 0) return EXIT.error;
  io.stdout(
    `${values.config}: ${loaded.config.models.length} models, ${plan.tasks.length} tasks, ${plan.tasks.reduce((a, t) => a + t.items.length, 0)} items in suite ${values.suite}: valid`,
  );
  return EXIT.ok;
};
