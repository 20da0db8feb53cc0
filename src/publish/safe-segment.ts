import { createHash } from 'node:crypto';
import { EvalwardenError } from '../errors.js';

const MAX_LENGTH = 100;

/**
 * Turns a run, model or task id into one path segment, as docs/data-protocol.md says: keeps
 * `[A-Za-z0-9._-]`, replaces every other character by `_`, strips leading dots, cuts to 100
 * characters, and appends `-<8 hex of sha256(id)>` when anything changed, so two ids that differ
 * only in what was replaced still get two folders. Nothing it returns can name a parent folder.
 */
export function safeSegment(id: string): string {
  let kept = '';
  // for..of walks code points, so one emoji becomes one `_`, not two.
  for (const ch of id) kept += /^[A-Za-z0-9._-]$/.test(ch) ? ch : '_';
  kept = kept.replace(/^\.+/, '').slice(0, MAX_LENGTH);
  if (kept === '') {
    throw new EvalwardenError(
      `The id ${JSON.stringify(id.slice(0, 40))} has no character that can name a file.`,
      {
        hint: 'Use letters, digits, ".", "_" or "-" in run, model and task ids.',
      },
    );
  }
  if (kept === id) return kept;
  return `${kept}-${createHash('sha256').update(id).digest('hex').slice(0, 8)}`;
}

/** The published id of one model's share of a run: `<run_id>--<model>`, sanitised. */
export function publishedRunId(runId: string, model: string): string {
  return safeSegment(`${runId}--${model}`);
}
