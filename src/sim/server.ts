import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EvalwardenError } from '../errors.js';
import { seededRandom } from '../stats/index.js';
import { createCounters, resetCounters, type SimCounters } from './counters.js';
import {
  resolveSimJudge,
  resolveSimModel,
  resolveSimOptions,
  type SimJudgeOptions,
  type SimModel,
  type SimOptions,
} from './options.js';
import { createRequestHandler } from './routes.js';
import type { SimState } from './state.js';
import { createSlots } from './slots.js';

/**
 * Benchmarks open thousands of connections at once. Node's default backlog (511) drops the SYNs
 * beyond it and each such client then waits a full second to retransmit: time a benchmark
 * would wrongly blame on the client. The kernel caps this at net.core.somaxconn.
 */
const LISTEN_BACKLOG = 4096;

/** A running simulator. `await using sim = await startSim(…)` closes it at the end of the scope. */
export interface Sim {
  /** The OpenAI base URL, e.g. `http://127.0.0.1:PORT/v1`. */
  url: string;
  /** Live counts, updated as requests arrive (the same object throughout). */
  counters: SimCounters;
  resetCounters(): void;
  /**
   * Serves other weights under a name, as a restarted vLLM serving a new checkpoint from the same
   * path does: what the model answers, and what `/v1/models` reports, change from the next request.
   */
  setModel(name: string, model: SimModel): void;
  /** A hosted judge that changed behind its name: its verdicts change from the next request. */
  setJudge(judge: SimJudgeOptions): void;
  /** Stops listening and cuts every open connection, answered or not. */
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

/**
 * Starts a simulated vLLM-style OpenAI-compatible server on a free loopback port.
 * Invalid options are an EvalwardenError before anything listens.
 */
export async function startSim(options: SimOptions): Promise<Sim> {
  const resolved = resolveSimOptions(options);
  const counters = createCounters();
  const slots = createSlots({
    capacity: resolved.capacity,
    queueLimit: resolved.queueLimit,
    onChange(running, waiting) {
      if (running > counters.maxInFlight) counters.maxInFlight = running;
      if (waiting > counters.maxQueued) counters.maxQueued = waiting;
    },
  });
  const idPrefix = Math.floor(Math.random() * 0xffffffff)
    .toString(16)
    .padStart(8, '0');
  let requestId = 0;
  const state: SimState = {
    options: resolved,
    knowledge: { items: resolved.items, replies: resolved.replies, judge: resolved.judge },
    counters,
    slots,
    random: {
      faults: seededRandom(resolved.seed),
      jitter: seededRandom(resolved.seed ^ 0x9e3779b9),
      sampling: seededRandom(resolved.seed ^ 0x85ebca6b),
    },
    startedS: Math.floor(Date.now() / 1000),
    nextId: () => `${idPrefix}${(requestId++).toString(16).padStart(8, '0')}`,
  };

  const server = createServer(createRequestHandler(state));
  await new Promise<void>((resolve, reject) => {
    server.once('error', (cause) =>
      reject(
        new EvalwardenError(`simulator: cannot listen on ${resolved.host}:${resolved.port}`, {
          cause,
          hint: 'pick another port, or 0 for any free one',
        }),
      ),
    );
    server.listen({ port: resolved.port, host: resolved.host, backlog: LISTEN_BACKLOG }, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = resolved.host.includes(':') ? `[${resolved.host}]` : resolved.host;

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Waiting requests and keep-alive connections would hold close() open for as long as they last.
      server.closeAllConnections();
    });
    return closing;
  };

  return {
    url: `http://${host}:${port}/v1`,
    counters,
    resetCounters: () => resetCounters(counters, slots.running, slots.waiting),
    setJudge: (judge) => {
      state.knowledge.judge = resolveSimJudge(judge);
    },
    setModel: (name, model) => {
      resolved.models.set(name, resolveSimModel(name, model));
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}
