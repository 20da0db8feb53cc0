import { Ajv, type ValidateFunction } from 'ajv';
import recordSchema from '../schemas/record.schema.json' with { type: 'json' };
import runSchema from '../schemas/run.schema.json' with { type: 'json' };
import summarySchema from '../schemas/summary.schema.json' with { type: 'json' };
import type { EvalRecord, RunInfo, Summary } from './artifacts.js';

/** Validators for the engine's artifacts, compiled on first use (nothing runs at import). */
const compiled = new Map<object, ValidateFunction>();

function validator<T>(schema: object): ValidateFunction<T> {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    compiled.set(schema, validate);
  }
  return validate as ValidateFunction<T>;
}

export const artifactValidators = {
  record: () => validator<EvalRecord>(recordSchema),
  summary: () => validator<Summary>(summarySchema),
  run: () => validator<RunInfo>(runSchema),
};
