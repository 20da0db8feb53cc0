// The scoring worker's entry (a `node:worker_threads` thread; built as dist/score-worker.js). It
// scores items one at a time, in the order they come, with the scorers a task names: the main
// thread keeps the deadline, and ends this thread when an item runs past it (a pattern that
// backtracks catastrophically on an output cannot be interrupted any other way).
import { type MessagePort, workerData } from 'node:worker_threads';
import { ConfigError, DataError, EvalwardenError } from '../errors.js';
import { findScorer, type Scorer } from '../tasks/index.js';
import type { ThrownInWorker, ToWorker } from './score-deadline.js';

type ScoringFunction = ReturnType<Scorer<Record<string, unknown>>['create']>;

const port = (workerData as { port: MessagePort }).port;
const scorers = new Map<string, ScoringFunction>();
const waiting: Extract<ToWorker, { type: 'score' }>[] = [];
let busy = false;

port.on('message', (message: ToWorker) => {
  if (message.type === 'task') {
    define(message);
    return;
  }
  waiting.push(message);
  if (!busy) void drain();
});
port.postMessage({ type: 'ready' });

function define(message: Extract<ToWorker, { type: 'task' }>): void {
  const scorer = findScorer(message.scorer);
  try {
    if (!scorer) throw new EvalwardenError(`unknown scorer "${message.scorer}"`);
    scorers.set(message.key, scorer.create(message.options));
  } catch (error) {
    // Reported with each item of the task: the main thread throws it where scoring would have.
    scorers.set(message.key, () => {
      throw error;
    });
  }
}

/** One item after another: the main thread's clock for an item starts when the one before it ends. */
async function drain(): Promise<void> {
  busy = true;
  for (let next = waiting.shift(); next; next = waiting.shift()) {
    const score = scorers.get(next.key);
    try {
      if (!score) throw new EvalwardenError(`scoring worker: no task ${next.key}`);
      const pending = score(next.input, { judge: null });
      const result = pending instanceof Promise ? await pending : pending;
      port.postMessage({ type: 'scored', seq: next.seq, result });
    } catch (error) {
      port.postMessage({ type: 'thrown', seq: next.seq, error: describe(error) });
    }
  }
  busy = false;
}

/** An error as plain data (a class does not survive the trip between threads). */
function describe(error: unknown): ThrownInWorker {
  if (error instanceof DataError || error instanceof ConfigError)
    return {
      class: error instanceof DataError ? 'data' : 'config',
      message: error.message,
      hint: error.hint,
      location: { file: error.file, line: error.line, col: error.col, path: error.path },
    };
  if (error instanceof EvalwardenError)
    return { class: 'evalwarden', message: error.message, hint: error.hint };
  return { class: 'error', message: error instanceof Error ? error.message : String(error) };
}
