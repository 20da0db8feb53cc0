/**
 * Finds a server's capacity without being told it, the way TCP finds a link's: slow start
 * (grow on every success) until latency shows requests queueing at the server, then hold the
 * measured capacity plus a small margin so the server never idles; back off on 429 and when
 * latency climbs without a gain in throughput; probe upwards now and then.
 *
 * Pure logic: it is fed events with their times and answers with a limit.
 */
export interface AutoConcurrencyOptions {
  initial: number;
  max: number;
  /** Above-capacity margin that keeps a short queue at the server so no slot idles. */
  margin: number;
}

export const AUTO_DEFAULTS: AutoConcurrencyOptions = { initial: 4, max: 1024, margin: 1.08 };

/** Latency this much above the fastest seen means requests wait in the server's queue. */
const QUEUEING = 1.5;

export class AutoConcurrency {
  #limit: number;
  #phase: 'slow-start' | 'steady' = 'slow-start';
  #minLatency = Number.POSITIVE_INFINITY;
  /** Completion times and latencies of recent successes. */
  readonly #recent: { at: number; latency: number }[] = [];
  #ceiling: number;
  #lastChange = 0;
  #lastBackoff = Number.NEGATIVE_INFINITY;
  readonly #options: AutoConcurrencyOptions;

  constructor(options: Partial<AutoConcurrencyOptions> = {}) {
    this.#options = { ...AUTO_DEFAULTS, ...options };
    this.#limit = this.#options.initial;
    this.#ceiling = this.#options.max;
  }

  get limit(): number {
    return this.#limit;
  }

  /** A request succeeded after `latency` ms. Returns the new limit. */
  onSuccess(now: number, latency: number): number {
    this.#minLatency = Math.min(this.#minLatency, latency);
    this.#recent.push({ at: now, latency });
    const horizon = now - Math.max(4 * this.#minLatency, 1000);
    while (this.#recent.length > 0 && this.#recent[0].at < horizon) this.#recent.shift();
    if (this.#phase === 'slow-start') return this.#slowStart(now);
    return this.#steady(now);
  }

  /** The server said 429 (or dropped us): hold fewer requests, and remember where it hurt. */
  onOverload(now: number, inFlight: number): number {
    // One back-off per round trip: the 429s of one burst are one signal.
    if (now - this.#lastBackoff < this.#minLatencyOr(500)) return this.#limit;
    this.#lastBackoff = now;
    this.#phase = 'steady';
    this.#ceiling = Math.max(1, Math.floor(inFlight * 0.9));
    return this.#set(now, Math.max(1, Math.floor(Math.min(this.#limit, inFlight) * 0.7)));
  }

  #minLatencyOr(fallback: number): number {
    return Number.isFinite(this.#minLatency) ? this.#minLatency : fallback;
  }

  #slowStart(now: number): number {
    // The median of the last round trip, not one reply: a client busy with a burst of replies
    // delays a few of them, which is no sign of a queue at the server.
    if (this.#recentMedian(now) > QUEUEING * this.#minLatency) {
      this.#phase = 'steady';
      return this.#set(now, Math.ceil(this.#capacityEstimate(now) * this.#options.margin));
    }
    // Two more per success: the limit triples each round trip.
    return this.#set(now, this.#limit + 2);
  }

  /** Median latency of the successes of the last round trip; 0 until there are enough of them. */
  #recentMedian(now: number): number {
    const latencies: number[] = [];
    for (let i = this.#recent.length - 1; i >= 0 && now - this.#recent[i].at <= this.#minLatency; i--)
      latencies.push(this.#recent[i].latency);
    if (latencies.length < this.#options.initial) return 0;
    latencies.sort((a, b) => a - b);
    return latencies[Math.floor(latencies.length / 2)];
  }

  /** Successes within the last fastest-latency window: what the server completes per round trip. */
  #capacityEstimate(now: number): number {
    const window = this.#minLatency * 1.02;
    let count = 0;
    for (let i = this.#recent.length - 1; i >= 0 && now - this.#recent[i].at <= window; i--) count++;
    return Math.max(this.#options.initial, count);
  }

  #steady(now: number): number {
    // Decide at most once per round trip, on a full window of evidence.
    if (now - this.#lastChange < 2 * this.#minLatency) return this.#limit;
    // A rate limit long past may have been a passing one: let the ceiling rise again, slowly.
    if (now - this.#lastBackoff > Math.max(10_000, 20 * this.#minLatency))
      this.#ceiling = Math.min(this.#options.max, Math.max(this.#ceiling, Math.ceil(this.#limit * 1.1)));
    const latencies = this.#recent
      .filter((r) => now - r.at <= 2 * this.#minLatency)
      .map((r) => r.latency)
      .sort((a, b) => a - b);
    if (latencies.length < 8) return this.#limit;
    const p90 = latencies[Math.floor(latencies.length * 0.9)];
    const median = latencies[Math.floor(latencies.length / 2)];
    if (p90 <= 1.15 * this.#minLatency) {
      // Nothing queues at the server: it may take more than we give it.
      return this.#set(now, Math.ceil(this.#limit * 1.25));
    }
    if (median > QUEUEING * this.#minLatency) {
      // Most requests wait in the server's queue: hold what it completes per round trip.
      return this.#set(now, Math.ceil(this.#capacityEstimate(now) * this.#options.margin));
    }
    this.#lastChange = now;
    return this.#limit;
  }

  #set(now: number, limit: number): number {
    const bounded = Math.max(1, Math.min(limit, this.#ceiling, this.#options.max));
    if (bounded !== this.#limit) this.#lastChange = now;
    this.#limit = bounded;
    return bounded;
  }
}
