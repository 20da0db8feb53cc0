import path from 'node:path';
import { loadConfig } from '../../config/index.js';
import { EvalwardenError } from '../../errors.js';
import { buildPlan, simItemsFromPlan } from '../../run/index.js';
import { startSim, type SimModel, type SimOptions } from '../../sim/index.js';
import { parseCommandArgs, parseCount } from '../args.js';
import { EXIT, type Command } from '../command.js';

const USAGE = `evalwarden sim [--port 8000] [--host 127.0.0.1] --model NAME=ACCURACY … [--config evalwarden.yml]
  [--capacity 64] [--latency-ms 200] [--jitter-ms 0] [--queue-limit N]
  [--fault-429 RATE] [--fault-500 RATE] [--fault-drop RATE] [--fault-slow RATE] [--api-key-env VAR] [--seed N]`;

const OPTIONS = {
  port: { type: 'string', default: '8000' },
  host: { type: 'string', default: '127.0.0.1' },
  model: { type: 'string', multiple: true, default: [] as string[] },
  config: { type: 'string' },
  suite: { type: 'string', default: 'full' },
  capacity: { type: 'string', default: '64' },
  'latency-ms': { type: 'string', default: '200' },
  'jitter-ms': { type: 'string', default: '0' },
  'queue-limit': { type: 'string' },
  'fault-429': { type: 'string' },
  'fault-500': { type: 'string' },
  'fault-drop': { type: 'string' },
  'fault-slow': { type: 'string' },
  'api-key-env': { type: 'string' },
  seed: { type: 'string', default: '1' },
} as const;

function rate(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(n >= 0 && n <= 1)) throw new EvalwardenError(`${flag} takes a rate between 0 and 1, not "${value}"`);
  return n;
}

function parseModels(specs: string[]): Record<string, SimModel> {
  if (specs.length === 0)
    throw new EvalwardenError('name at least one model: --model NAME=ACCURACY', { hint: USAGE });
  return Object.fromEntries(
    specs.map((spec) => {
      const [name, accuracy] = spec.split('=');
      const value = Number(accuracy);
      if (!name || !(value >= 0 && value <= 1))
        throw new EvalwardenError(`--model takes NAME=ACCURACY with accuracy in [0,1], not "${spec}"`);
      return [name, { accuracy: value }];
    }),
  );
}

/** Starts the simulator until interrupted; with --config it knows the gold answers of that config's datasets. */
export const sim: Command = async (args, io) => {
  const { values } = parseCommandArgs(args, OPTIONS, USAGE);
  const options: SimOptions = {
    host: values.host,
    port: Number(values.port),
    models: parseModels(values.model),
    capacity: parseCount(values.capacity, '--capacity'),
    latencyMs: Number(values['latency-ms']),
    jitterMs: Number(values['jitter-ms']),
    queueLimit: values['queue-limit'] === undefined ? undefined : Number(values['queue-limit']),
    faults: {
      rate429: rate(values['fault-429'], '--fault-429'),
      rate500: rate(values['fault-500'], '--fault-500'),
      rateDrop: rate(values['fault-drop'], '--fault-drop'),
      rateSlow: rate(values['fault-slow'], '--fault-slow'),
    },
    apiKey: values['api-key-env'] ? io.env[values['api-key-env']] : undefined,
    seed: Number(values.seed),
  };
  if (values.config) {
    const loaded = await loadConfig(path.resolve(io.cwd, values.config), { env: io.env });
    const plan = await buildPlan(loaded, {
      suite: values.suite,
      models: [],
      cacheDir: path.resolve(loaded.dir, loaded.config.run.cache.dir),
    });
    options.items = simItemsFromPlan(plan);
  }
  const server = await startSim(options);
  io.stdout(
    `simulator listening on ${server.url} (models: ${Object.keys(options.models).join(', ')}; ${options.items?.length ?? 0} known items)`,
  );
  await new Promise<void>((resolve) => io.signal.addEventListener('abort', () => resolve(), { once: true }));
  await server.close();
  return EXIT.ok;
};
