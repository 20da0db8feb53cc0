import { Ajv, type ValidateFunction } from 'ajv';
import type { Scorer } from '../scorer.js';

interface JsonOptions {
  /** A JSON Schema the parsed output must satisfy. */
  schema?: object;
}

/** The JSON in an output: a fenced ```json block, else the whole text, else its outermost {…} or […]. */
export function extractJson(output: string): unknown {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/.exec(output)?.[1];
  const candidates = [fenced, output, /[[{][\s\S]*[\]}]/.exec(output)?.[0]];
  for (const text of candidates) {
    if (text === undefined) continue;
    try {
      return JSON.parse(text.trim());
    } catch {
      // try the next reading
    }
  }
  return undefined;
}

function compileSchema(schema: object): ValidateFunction {
  return new Ajv({ allErrors: true, strict: false }).compile(schema);
}

/** Valid JSON, and valid against a JSON Schema when one is given. */
export const json: Scorer<JsonOptions> = {
  name: 'json',
  version: 1,
  metrics: (o) => (o.schema ? ['schema_valid', 'valid_json'] : ['valid_json']),
  binary: () => true,
  needsTarget: false,
  optionsSchema: {
    type: 'object',
    properties: { schema: { type: 'object' } },
    additionalProperties: false,
  },
  check: (options) => {
    if (!options.schema) return undefined;
    try {
      compileSchema(options.schema);
      return undefined;
    } catch (error) {
      return `schema does not compile: ${(error as Error).message}`;
    }
  },
  create: (options) => {
    const validate = options.schema ? compileSchema(options.schema) : undefined;
    return (input) => {
      const parsed = extractJson(input.output);
      const valid = parsed !== undefined;
      if (!validate) return { value: valid ? 1 : 0, explanation: valid ? undefined : 'output is not JSON' };
      const schemaValid = valid && validate(parsed);
      return {
        value: schemaValid ? 1 : 0,
        metrics: { schema_valid: schemaValid ? 1 : 0, valid_json: valid ? 1 : 0 },
        explanation: !valid
          ? 'output is not JSON'
          : schemaValid
            ? undefined
            : `schema: ${validate.errors?.map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ')}`,
      };
    };
  },
};
