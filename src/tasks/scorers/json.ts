import { Ajv, type ValidateFunction } from 'ajv';
import type { ToolCall } from '../../artifacts.js';
import type { ScoreInput, Scorer } from '../scorer.js';

interface JsonOptions {
  /** A JSON Schema the parsed output must satisfy. */
  schema?: object;
  /** Score the arguments of the reply's call to this function instead of its text. */
  tool?: string;
}

/**
 * What the scorer reads: the arguments of the call to `tool` when one is named; else, when the
 * reply is only tool calls (no text), the first call's arguments; else the text.
 */
function jsonSource(
  input: ScoreInput,
  tool: string | undefined,
): { text: string; call?: ToolCall } | { missing: string } {
  const calls = input.toolCalls ?? [];
  if (tool !== undefined) {
    const call = calls.find((c) => c.name === tool);
    if (call) return { text: call.arguments, call };
    const made = calls.map((c) => c.name).join(', ');
    return { missing: `no call to ${tool}${made ? ` (the reply called ${made})` : ''}` };
  }
  if (calls.length > 0 && input.output.trim() === '') return { text: calls[0].arguments, call: calls[0] };
  return { text: input.output };
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

/** Valid JSON, and valid against a JSON Schema when one is given; of the text or of a tool call's arguments. */
export const json: Scorer<JsonOptions> = {
  name: 'json',
  metrics: (o) => (o.schema ? ['schema_valid', 'valid_json'] : ['valid_json']),
  binary: () => true,
  needsTarget: false,
  optionsSchema: {
    type: 'object',
    properties: { schema: { type: 'object' }, tool: { type: 'string', minLength: 1 } },
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
      const source = jsonSource(input, options.tool);
      if ('missing' in source) {
        const metrics = validate ? { schema_valid: 0, valid_json: 0 } : undefined;
        return { value: 0, metrics, explanation: source.missing };
      }
      const parsed = extractJson(source.text);
      const valid = parsed !== undefined;
      const read = source.call ? { answer: source.call.name, metadata: { tool_call: source.call.name } } : {};
      const notJson = source.call
        ? `the arguments of ${source.call.name} are not JSON`
        : 'output is not JSON';
      if (!validate) return { value: valid ? 1 : 0, ...read, explanation: valid ? undefined : notJson };
      const schemaValid = valid && validate(parsed);
      return {
        value: schemaValid ? 1 : 0,
        metrics: { schema_valid: schemaValid ? 1 : 0, valid_json: valid ? 1 : 0 },
        ...read,
        explanation: !valid
          ? notJson
          : schemaValid
            ? undefined
            : `schema: ${validate.errors?.map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ')}`,
      };
    };
  },
};
