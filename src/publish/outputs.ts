import type { EvalRecord } from '../artifacts.js';
import type { PublishConfig } from '../config/index.js';
import { EvalwardenError } from '../errors.js';

/** Outputs are cut to this many characters before publishing (docs/data-protocol.md). */
export const MAX_OUTPUT_CHARS = 2000;
const REDACTED = '[redacted]';

export interface OutputPolicy {
  outputs: PublishConfig['outputs'];
  /** Rendered inputs and targets: off by default, since golden sets are often private. */
  inputs: PublishConfig['inputs'];
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
  return { outputs: config.outputs, inputs: config.inputs, headSize: config.head_size, redact };
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

/** Which parts of a record may be published: its output side and its input side. */
interface Shown {
  outputs: boolean;
  inputs: boolean;
}

/**
 * A record as it may be published: the output, reasoning and details are nulled (and its tool
 * calls left out) unless `show.outputs`, the input messages and target unless `show.inputs`;
 * every string kept is redacted, then cut to MAX_OUTPUT_CHARS. Redaction runs first so a cut can
 * never leave half a secret that no longer matches its pattern.
 */
export function publishableRecord(record: EvalRecord, policy: OutputPolicy, show: Shown): EvalRecord {
  const { tool_calls: toolCalls, ...rest } = record;
  const out: EvalRecord = { ...rest, answer: clean(record.answer, policy) };
  if (show.outputs) {
    if (toolCalls)
      out.tool_calls = toolCalls.map((call) => ({ ...call, arguments: clean(call.arguments, policy) ?? '' }));
    out.output = clean(record.output, policy);
    out.reasoning = clean(record.reasoning, policy);
    out.details =
      record.details === null ? null : (cleanDeep(record.details, policy) as Record<string, unknown>);
  } else {
    out.output = null;
    out.reasoning = null;
    out.details = null;
  }
  if (record.input !== undefined || record.target !== undefined) {
    out.input =
      show.inputs && record.input
        ? record.input.map((m) => ({ role: m.role, content: clean(m.content, policy) ?? '' }))
        : null;
    out.target = show.inputs ? (cleanDeep(record.target ?? null, policy) as EvalRecord['target']) : null;
  }
  return out;
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
