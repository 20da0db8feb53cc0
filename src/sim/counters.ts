/** What the simulator saw, for tests and benchmarks (also served at GET /sim/stats). */
export interface SimCounters {
  /** Requests that reached each endpoint, whatever became of them. */
  chat: number;
  completions: number;
  models: number;
  /** Turned away because the queue already held `queueLimit` requests. */
  rejected429: number;
  /** Faults injected (see SimFaults). */
  injected429: number;
  injected500: number;
  dropped: number;
  /** Requests with a missing or wrong API key. */
  unauthorized: number;
  /** The most requests processing at once: never above capacity. */
  maxInFlight: number;
  /** The most requests waiting at once. */
  maxQueued: number;
}

export function createCounters(): SimCounters {
  return {
    chat: 0,
    completions: 0,
    models: 0,
    rejected429: 0,
    injected429: 0,
    injected500: 0,
    dropped: 0,
    unauthorized: 0,
    maxInFlight: 0,
    maxQueued: 0,
  };
}

/** Zeroes the counts in place (callers may hold the object); peaks restart from what is running now. */
export function resetCounters(counters: SimCounters, running: number, waiting: number): void {
  Object.assign(counters, createCounters(), { maxInFlight: running, maxQueued: waiting });
}
