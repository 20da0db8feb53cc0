import type { EvalRecord } from '../artifacts.js';
import { DataError, EvalwardenError } from '../errors.js';
import { isCallError } from '../model/index.js';
import { isScoreFailure, type JudgeCall } from '../tasks/index.js';
import type { PlannedItem, PlannedTask } from './plan.js';

/** Outputs of the models pairwise scorers compare with, by model × task × item × sample. */
export type ReferenceOutputs = Map<string, string | null>;

export function referenceKey(model: string, r: Pick<EvalRecord, 'task' | 'item_id' | 'sample'>): string {
  return `${model}\u0000${r.task}\u0000${r.item_id}\u0000${r.sample}`;
}

/** Keeps a reference model's output for the pairwise scorers that need it. */
export function rememberReference(
  references: ReferenceOutputs,
  task: PlannedTask | undefined,
  record: EvalRecord,
): void {
  if (task?.referenceModel === record.model)
    references.set(referenceKey(record.model, record), record.error ? null : record.output);
}

/** Scores one record in place: its output against the item, through the task's scorer. */
export async function scoreRecord(
  record: EvalRecord,
  task: PlannedTask,
  item: PlannedItem,
  judge: JudgeCall | null,
  references: ReferenceOutputs,
): Promise<void> {
  if (record.output === null || record.error !== null) return;
  const reference =
    task.referenceModel === undefined || task.referenceModel === record.model
      ? undefined
      : (references.get(referenceKey(task.referenceModel, record)) ?? null);
  let result: Awaited<ReturnType<PlannedTask['score']>>;
  try {
    result = await task.score(
      {
        output: record.output,
        toolCalls: record.tool_calls ?? [],
        target: item.target,
        row: item.row,
        prompt: item.prompt,
        reference,
      },
      { judge },
    );
  } catch (error) {
    // A bad dataset row or option is the user's to fix, not a wrong answer: it stops the run.
    if (error instanceof DataError && error.line === undefined) {
      throw new DataError({ file: task.dataset.path, line: item.line }, `item ${item.id}: ${error.message}`, {
        hint: error.hint,
        cause: error,
      });
    }
    // A judge call that failed after its retries is the caller's to record (judge_<kind>).
    if (error instanceof EvalwardenError || isCallError(error)) throw error;
    record.error = {
      kind: 'scorer',
      message: `scorer ${task.scorer.name} failed: ${(error as Error).message}`,
    };
    return;
  }
  if (isScoreFailure(result)) {
    record.error = result.error;
    return;
  }
  const metrics = result.metrics ?? { [task.primaryMetric]: result.value };
  record.score = metrics[task.primaryMetric] ?? result.value;
  record.scores = { ...metrics, [task.primaryMetric]: record.score };
  if (result.weights) record.weights = result.weights;
  record.answer = result.answer ?? null;
  record.details =
    result.explanation || result.metadata
      ? { explanation: result.explanation ?? null, ...result.metadata }
      : null;
}
