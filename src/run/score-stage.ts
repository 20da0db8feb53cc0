import type { EvalRecord } from '../artifacts.js';
import { isCallError } from '../model/index.js';
import { Progress } from '../report/index.js';
import { judgeError } from './generate.js';
import type { makeJudge } from './judge-call.js';
import type { Plan } from './plan.js';
import { scoreRecord, type ReferenceOutputs } from './score.js';

/** --only-score: scores generated outputs that have no score yet (judge later, as research harnesses do). */
export async function scoreGenerated(
  plan: Plan,
  done: Map<string, EvalRecord>,
  judge: ReturnType<typeof makeJudge> | null,
  references: ReferenceOutputs,
  log: (line: string) => void,
  secrets: readonly string[],
): Promise<void> {
  const tasks = new Map(
    plan.tasks.map((t) => [t.id, { task: t, items: new Map(t.items.map((i) => [i.id, i])) }]),
  );
  const pending = [...done.values()].filter(
    (r) => r.output !== null && (r.score === null || r.error?.kind.startsWith('judge')),
  );
  const progress = new Progress({ total: pending.length, label: `score ${plan.suite}`, log });
  await Promise.all(
    pending.map(async (record) => {
      const entry = tasks.get(record.task);
      const item = entry?.items.get(record.item_id);
      if (!entry || !item) return;
      record.error = null;
      await scoreRecord(record, entry.task, item, judge, references).catch((error: unknown) => {
        if (!isCallError(error)) throw error;
        record.error = judgeError(error, secrets);
      });
      progress.tick(record.error !== null);
    }),
  );
  log(progress.line());
}
