import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { ConfigError, DataError, EvalwardenError } from '../errors.js';
import type { PlannedTask } from './plan.js';

type ScoringFunction = PlannedTask['score'];
type ScoreInput = Parameters<ScoringFunction>[0];
type ScoreOutcome = Awaited<ReturnType<ScoringFunction>>;

/** What the main thread sends the scoring worker (src/run/score-worker.ts). */
export type ToWorker =
  | { type: 'task'; key: string; scorer: string; options: Record<string, unknown> }
  | { type: 'score'; seq: number; key: string; input: ScoreInput };

/** An error thrown by a scorer in the worker, as plain data. */
export interface ThrownInWorker {
  class: 'data' | 'config' | 'evalwarden' | 'error';
  message: string;
  hint?: string;
  location?: { file: string; line?: number; col?: number; path?: string };
}

type FromWorker =
  | { type: 'ready' }
  | { type: 'scored'; seq: number; result: ScoreOutcome }
  | { type: 'thrown'; seq: number; error: ThrownInWorker };

interface Job {
  seq: number;
  key: string;
  task: PlannedTask;
  input: ScoreInput;
  resolve: (result: ScoreOutcome) => void;
  reject: (error: unknown) => void;
}

interface Thread {
  worker: Worker;
  port: MessagePort;
  ready: boolean;
  /** Tasks whose scorer this thread has built. */
  defined: Set<string>;
  /** When the item at the head of the queue started: the thread's start, or the last item's end. */
  clockFrom: number;
}

/**
 * Scores items in a worker thread under a per-item deadline. A scorer runs user patterns (a
 * `regex` scorer's, a `json` scorer's JSON Schema `pattern`) over model outputs, and a pattern
 * that backtracks catastrophically on one output would hang the run: JavaScript cannot
 * interrupt a running regular expression, but it can end the thread that runs it. An item past
 * the deadline is a `scorer_timeout` error naming the scorer and the deadline (never a score),
 * the thread is ended and replaced, and the items queued behind it are scored by the new one.
 *
 * One thread, items one at a time in the order they come; the clock of an item starts when the
 * one before it ends. Judged tasks stay on the main thread (their judge call is the run's client).
 */
export class ScoringWorker {
  readonly #timeoutMs: number;
  /** Tasks given a scoring function so far: each has its own key in the worker. */
  #tasks = 0;
  /** Items sent to the current thread and not answered, in the order sent. */
  readonly #jobs = new Map<number, Job>();
  #thread: Thread | undefined;
  #timer: NodeJS.Timeout | undefined;
  #seq = 0;
  #closed = false;

  constructor(timeoutMs: number) {
    this.#timeoutMs = timeoutMs;
  }

  /** The task's scoring function, run in the worker under the deadline: same input, same result. */
  scorer(task: PlannedTask): ScoringFunction {
    if (task.instrument.judge !== null) return task.score;
    const key = `${this.#tasks++}:${task.id}`;
    return (input) =>
      new Promise<ScoreOutcome>((resolve, reject) => {
        if (this.#closed) {
          reject(new EvalwardenError('scoring stopped: the run is ending'));
          return;
        }
        const thread = this.#thread ?? this.#start();
        const job: Job = { seq: this.#seq++, key, task, input, resolve, reject };
        this.#jobs.set(job.seq, job);
        this.#send(thread, job);
        this.#arm(thread);
      });
  }

  /** Ends the thread; an item still waiting is refused (the run is stopping). */
  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#timer);
    const thread = this.#thread;
    this.#thread = undefined;
    for (const job of this.#jobs.values())
      job.reject(new EvalwardenError('scoring stopped: the run is ending'));
    this.#jobs.clear();
    if (!thread) return;
    thread.port.close();
    await thread.worker.terminate();
  }

  #start(): Thread {
    const { port1, port2 } = new MessageChannel();
    const worker = startWorker(port2);
    const thread: Thread = { worker, port: port1, ready: false, defined: new Set(), clockFrom: 0 };
    this.#thread = thread;
    port1.on('message', (message: FromWorker) => this.#received(thread, message));
    worker.on('error', (error) => this.#crashed(thread, error));
    worker.on('exit', (code) => this.#crashed(thread, new Error(`the thread exited with code ${code}`)));
    for (const job of this.#jobs.values()) this.#send(thread, job);
    return thread;
  }

  #send(thread: Thread, job: Job): void {
    if (!thread.defined.has(job.key)) {
      thread.defined.add(job.key);
      thread.port.postMessage({
        type: 'task',
        key: job.key,
        scorer: job.task.scorer.name,
        options: job.task.scorerOptions,
      } satisfies ToWorker);
    }
    thread.port.postMessage({
      type: 'score',
      seq: job.seq,
      key: job.key,
      input: job.input,
    } satisfies ToWorker);
  }

  #received(thread: Thread, message: FromWorker): void {
    if (thread !== this.#thread) return;
    thread.clockFrom = performance.now();
    if (message.type === 'ready') thread.ready = true;
    else {
      const job = this.#jobs.get(message.seq);
      this.#jobs.delete(message.seq);
      if (message.type === 'scored') job?.resolve(message.result);
      else job?.reject(rebuilt(message.error));
    }
    this.#arm(thread);
  }

  /** The timer for the item at the head of the queue; none while the thread starts or idles. */
  #arm(thread: Thread): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#jobs.size === 0) {
      // An idle thread keeps no process alive; one with work does.
      thread.worker.unref();
      return;
    }
    thread.worker.ref();
    if (!thread.ready) return;
    const left = thread.clockFrom + this.#timeoutMs - performance.now();
    this.#timer = setTimeout(() => this.#expired(thread), Math.max(0, left));
  }

  #expired(thread: Thread): void {
    if (thread !== this.#thread) return;
    // Answers already sent count, however late this thread reads them (a busy event loop).
    for (let m = receiveMessageOnPort(thread.port); m; m = receiveMessageOnPort(thread.port))
      this.#received(thread, m.message as FromWorker);
    const head = this.#jobs.values().next().value;
    if (!head) return;
    if (performance.now() - thread.clockFrom < this.#timeoutMs) {
      this.#arm(thread);
      return;
    }
    this.#jobs.delete(head.seq);
    this.#replace(thread);
    head.resolve({
      error: {
        kind: 'scorer_timeout',
        message: `scorer ${head.task.scorer.name} ran past its ${seconds(this.#timeoutMs)} deadline (run.score_timeout_ms) on this output: not scored`,
      },
    });
  }

  #crashed(thread: Thread, error: Error): void {
    if (thread !== this.#thread || this.#closed) return;
    if (!thread.ready) {
      this.#thread = undefined;
      clearTimeout(this.#timer);
      thread.port.close();
      const failure = new EvalwardenError(`the scoring worker did not start: ${error.message}`, {
        hint: 'dist/score-worker.js ships beside dist/index.js and dist/cli.js: rebuild with npm run build',
        cause: error,
      });
      for (const job of this.#jobs.values()) job.reject(failure);
      this.#jobs.clear();
      return;
    }
    const head = this.#jobs.values().next().value;
    if (head) this.#jobs.delete(head.seq);
    this.#replace(thread);
    head?.resolve({
      error: {
        kind: 'scorer',
        message: `scorer ${head.task.scorer.name} stopped its thread: ${error.message}`,
      },
    });
  }

  /** Ends a thread and starts another for the items that were queued on it. */
  #replace(thread: Thread): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#thread = undefined;
    thread.port.close();
    void thread.worker.terminate();
    if (this.#jobs.size > 0) this.#arm(this.#start());
  }
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/** A scorer's error as the class it was thrown as, so the run treats it as it would on this thread. */
function rebuilt(thrown: ThrownInWorker): Error {
  const options = { hint: thrown.hint };
  const error =
    thrown.class === 'data'
      ? new DataError(thrown.location ?? { file: '' }, '', options)
      : thrown.class === 'config'
        ? new ConfigError(thrown.location ?? { file: '' }, '', options)
        : thrown.class === 'evalwarden'
          ? new EvalwardenError('', options)
          : new Error('');
  // The message as thrown: a located error's text already holds its place.
  error.message = thrown.message;
  return error;
}

/**
 * The worker thread: dist/score-worker.js beside the bundle (dist/index.js and dist/cli.js, or a
 * chunk in dist/chunks/). From the sources (tests), src/run/score-worker.ts under Node's type
 * stripping, with the sources' `.js` imports resolved to their `.ts` files.
 */
function startWorker(port: MessagePort): Worker {
  const options = { workerData: { port }, transferList: [port] };
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const entry = new URL('./score-worker.ts', here).href;
    const bootstrap = `
      require('node:module').registerHooks({
        resolve(specifier, context, next) {
          try {
            return next(specifier, context);
          } catch (error) {
            if (!/^\\.\\.?\\//.test(specifier) || !specifier.endsWith('.js')) throw error;
            return next(specifier.slice(0, -3) + '.ts', context);
          }
        },
      });
      import(${JSON.stringify(entry)});`;
    return new Worker(bootstrap, { ...options, eval: true });
  }
  const built = ['./score-worker.js', '../score-worker.js']
    .map((candidate) => new URL(candidate, here))
    .find((url) => existsSync(fileURLToPath(url)));
  if (!built)
    throw new EvalwardenError(`no score-worker.js beside ${fileURLToPath(here)}`, {
      hint: 'the build writes dist/score-worker.js: rebuild with npm run build',
    });
  return new Worker(built, options);
}
