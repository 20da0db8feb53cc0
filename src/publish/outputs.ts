import type { EvalRecord } from '../artifacts.js';
import type { PublishConfig } from '../config/types.js';
import { EvalwardenError } from '../errors.js';

/** Outputs are cut to this many characters before publishing (docs/data-protocol.md). */
export const MAX_OUTPUT_CHARS = 2000;
const REDACTED = '[redacted]';

export interface OutputPolicy {
  outputs: PublishConfig['outputs'];
  headSize: number;
  redact: RegExp[];
}

export function outputPolicy(config: PublishConfig): OutputPolicy {
  const redact = config.redact.map((pattern) => {
    try {
      return new RegExp(pattern, 'g');
    } catch (error) {
      throw new EvalwardenError(
        `publish.redact: ${JSON.stringify(pattern)} is not a valid regular expression.`,
        {
          hint: 'Fix the pattern in evalwarden.yml; nothing was published.',
          cause: error,
        },
      );
    }
  });
  return { outputs: config.outputs, headSize: config.head_size, redact };
}

/**
 * The samples head: at most `headSize` records per task, the first items by item id (then
 * sample), so two publishes of one run pick the same records.
 */
export function samplesHead(records: EvalRecord[], headSize: number): EvalRecord[] {
  const byTask = new Map<string, EvalRecord[]>();
  for (const r of records) {
    const list = byTask.get(r.task);
    if (list) list.push(r);
    else byTask.set(r.task, [r]);
  }
  const head: EvalRecord[] = [];
  for (const task of [...byTask.keys()].sort()) {
    const sorted = byTask
      .get(task)!
      .sort((a, b) => (a.item_id < b.item_id ? -1 : a.item_id > b.item_id ? 1 : a.sample - b.sample));
    head.push(...sorted.slice(0, headSize));
  }
  return head;
}

/**
 * A record as it may be published: with `show` false its output, reasoning and details are
 * nulled and its tool calls left out; otherwise each string is redacted, then cut to MAX_OUTPUT_CHARS. Redaction runs first
 * so a cut can never leave half a secret that no longer matches its pattern.
 */
export function publishableRecord(record: EvalRecord, policy: OutputPolicy, show: boolean): EvalRecord {
  if (!show) {
    const { tool_calls: _hidden, ...rest } = record;
    return { ...rest, output: null, reasoning: null, details: null, answer: clean(record.answer, policy) };
  }
  return {
    ...record,
    ...(record.tool_calls && {
      tool_calls: record.tool_calls.map((call) => ({
        ...call,
        arguments: clean(call.arguments, policy) ?? '',
      })),
    }),
    output: clean(record.output, policy),
    reasoning: clean(record.reasoning, policy),
    answer: clean(record.answer, policy),
    details: record.details === null ? null : (cleanDeep(record.details, policy) as Record<string, unknown>),
  };
}

function clean(text: string | null, policy: OutputPolicy): string | null {
  if (text === null || text === undefined) return null;
  let out = text;
  for (const pattern of policy.redact) out = out.replace(pattern, REDACTED);
  if (out.length <= MAX_OUTPUT_CHARS) return out;
  out = out.slice(0, MAX_OUTPUT_CHARS);
  // Never end on half a surrogate pair: it would not survive a round trip through UTF-8.
  return /[\uD800-\uDBFF]$/.test(out) ? out.slice(0, -1) : out;
}

function cleanDeep(value: unknown, policy: OutputPolicy): unknown {
  if (typeof value === 'string') return clean(value, policy);
  if (Array.isArray(value)) return value.map((v) => cleanDeep(v, policy));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanDeep(v, policy)]));
  }
  return value;
}
