import type { EvalRecord, RecordError } from '../artifacts.js';
import { SCHEMA_VERSION } from '../artifacts.js';
import { EvalwardenError } from '../errors.js';
import { toRecordError, type ChatMessage, type ResponseCache } from '../model/index.js';
import type { JudgeCall } from '../tasks/index.js';
import { callModel, refusal, type Endpoint } from './endpoints.js';
import type { PlannedItem, PlannedTask } from './plan.js';
import { scoreRecord, type ReferenceOutputs } from './score.js';

export interface Unit {
  task: PlannedTask;
  item: PlannedItem;
  sample: number;
}

export interface UnitContext {
  runId: string;
  endpoint: Endpoint;
  cache: ResponseCache | undefined;
  judge: JudgeCall | null;
  /** Score right away (false with --only-generate). */
  score: boolean;
  references: ReferenceOutputs;
  signal: AbortSignal;
}

export function messagesFor(unit: Unit, endpoint: Endpoint): ChatMessage[] {
  const system = unit.task.system ?? endpoint.config.system;
  return system
    ? [
        { role: 'system', content: system },
        { role: 'user', content: unit.item.prompt },
      ]
    : [{ role: 'user', content: unit.item.prompt }];
}

function emptyRecord(unit: Unit, context: UnitContext, messages: ChatMessage[]): EvalRecord {
  return {
    schema_version: SCHEMA_VERSION,
    run_id: context.runId,
    model: context.endpoint.config.id,
    task: unit.task.id,
    item_id: unit.item.id,
    item_hash: unit.item.hash,
    sample: unit.sample,
    category: unit.item.category,
    cluster: unit.item.cluster,
    prompt_hash: unit.item.promptHash,
    input: messages,
    target: unit.item.target,
    output: null,
    reasoning: null,
    score: null,
    scores: {},
    answer: null,
    details: null,
    latency_ms: null,
    usage: null,
    cost: null,
    cached: false,
    error: null,
  };
}

/** Generates (and scores) one unit. Infrastructure failures become `error`, never a wrong answer. */
export async function runUnit(unit: Unit, context: UnitContext): Promise<EvalRecord> {
  const { endpoint } = context;
  const messages = messagesFor(unit, endpoint);
  const record = emptyRecord(unit, context, messages);
  try {
    const { completion, fromCache } = await callModel(endpoint, context.cache, messages, unit.sample);
    const price = endpoint.config.price;
    Object.assign(record, {
      output: completion.output,
      reasoning: completion.reasoning,
      latency_ms: Math.round(completion.latencyMs),
      usage: completion.usage,
      cost:
        (completion.usage.prompt * price.input_per_mtok +
          completion.usage.completion * price.output_per_mtok) /
        1e6,
      cached: fromCache,
    });
    if (completion.toolCalls?.length) record.tool_calls = completion.toolCalls;
  } catch (error) {
    if (context.signal.aborted) throw error;
    const refused = refusal(endpoint, `model ${endpoint.config.id}`, error);
    if (refused) throw refused;
    record.error = toRecordError(error, endpoint.client.secrets);
    return record;
  }
  if (context.score)
    await scoreRecord(record, unit.task, unit.item, context.judge, context.references).catch(
      (error: unknown) => judgeFailure(record, error, context),
    );
  return record;
}

/** A judge call that failed after its retries: the item was not measured. */
function judgeFailure(record: EvalRecord, error: unknown, context: UnitContext): void {
  if (error instanceof EvalwardenError || context.signal.aborted) throw error;
  record.error = judgeError(error, context.endpoint.client.secrets);
}

/** A failed judge call as a record error, `judge_<kind>`, with every secret removed. */
export function judgeError(error: unknown, secrets: readonly string[]): RecordError {
  const failure = toRecordError(error, secrets);
  return { kind: `judge_${failure.kind}`, message: failure.message };
}
