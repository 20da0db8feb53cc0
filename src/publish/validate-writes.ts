import { gunzipSync } from 'node:zlib';
import { Ajv, type ValidateFunction } from 'ajv';
import baselinesSchema from '../../schemas/data-baselines.schema.json' with { type: 'json' };
import comparisonSchema from '../../schemas/data-comparison.schema.json' with { type: 'json' };
import indexSchema from '../../schemas/data-index.schema.json' with { type: 'json' };
import monthSchema from '../../schemas/data-month.schema.json' with { type: 'json' };
import recordsSchema from '../../schemas/data-records.schema.json' with { type: 'json' };
import runSchema from '../../schemas/data-run.schema.json' with { type: 'json' };
import samplesSchema from '../../schemas/data-samples.schema.json' with { type: 'json' };
import seriesSchema from '../../schemas/data-series.schema.json' with { type: 'json' };
import summarySchema from '../../schemas/data-summary.schema.json' with { type: 'json' };
import { PublishError } from './git.js';
import type { PagesStore } from './store.js';

type Schema = { $id: string };

/** Which schema a protocol file answers to, by its path; null for files outside the protocol. */
const RULES: [RegExp, Schema, 'json' | 'jsonl' | 'jsonl.gz'][] = [
  [/^data\/index\.json$/, indexSchema, 'json'],
  [/^data\/index\/[^/]+\.json$/, monthSchema, 'json'],
  [/^data\/series\/[^/]+\.json$/, seriesSchema, 'json'],
  [/^data\/baselines\.json$/, baselinesSchema, 'json'],
  [/^data\/runs\/[^/]+\/[^/]+\/run\.json$/, runSchema, 'json'],
  [/^data\/runs\/[^/]+\/[^/]+\/summary\.json$/, summarySchema, 'json'],
  [/^data\/runs\/[^/]+\/[^/]+\/comparison\.json$/, comparisonSchema, 'json'],
  [/^data\/runs\/[^/]+\/[^/]+\/samples\.jsonl$/, samplesSchema, 'jsonl'],
  [/^data\/runs\/[^/]+\/[^/]+\/records\.jsonl\.gz$/, recordsSchema, 'jsonl.gz'],
];

let compiled: { ajv: Ajv; get: (schema: Schema) => ValidateFunction } | null = null;

function validators() {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    for (const [, schema] of RULES) if (!ajv.getSchema(schema.$id)) ajv.addSchema(schema);
    compiled = { ajv, get: (schema) => ajv.getSchema(schema.$id) as ValidateFunction };
  }
  return compiled;
}

/**
 * The store with every protocol file checked against its `schemas/data-*.json` before it is
 * written, so a publish that would write a file the dashboard cannot trust (a `pr` that is a
 * string of HTML) stops before anything is committed, naming the file and what is wrong.
 */
export function validatingStore(store: PagesStore): PagesStore {
  return {
    ...store,
    read: (path) => store.read(path),
    remove: (path) => store.remove(path),
    list: (dir) => store.list(dir),
    exists: (path) => store.exists(path),
    prefetch: (paths) => store.prefetch(paths),
    async write(path, data) {
      checkProtocolFile(path, data);
      await store.write(path, data);
    },
  };
}

function checkProtocolFile(path: string, data: Buffer | string): void {
  const rule = RULES.find(([pattern]) => pattern.test(path));
  if (!rule) return;
  const [, schema, kind] = rule;
  const { ajv, get } = validators();
  const validate = get(schema);
  const text =
    kind === 'jsonl.gz'
      ? gunzipSync(typeof data === 'string' ? Buffer.from(data) : data).toString('utf8')
      : String(data);
  const values = kind === 'json' ? [text] : text.split('\n').filter((line) => line.trim() !== '');
  values.forEach((value, i) => {
    if (validate(JSON.parse(value))) return;
    const where = kind === 'json' ? path : `${path}:${i + 1}`;
    throw new PublishError(
      `${where} would not match ${schema.$id.split('/').pop()}: ${ajv.errorsText(validate.errors, { dataVar: '' })}`,
      {
        hint: 'Nothing was committed. The data came from the results folder or the publish context: fix it there.',
      },
    );
  });
}
