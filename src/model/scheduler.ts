import { monitorEventLoopDelay } from 'node:perf_hooks';
import PQueue from 'p-queue';
import { AutoConcurrency } from './auto-concurrency.js';
import type { AttemptEvent } from './client.js';

export interface SchedulerOptions {
  /** A fixed number of requests in flight, or `auto` to find the server's capacity. */
  concurrency: number | 'auto';
  /** Requests started per second, at most. */
  rps?: number;
}

/**
 * Runs model calls with bounded concurrency (p-queue) and, in `auto` mode, adapts the bound
 * to what the server sustains. One scheduler per endpoint.
 */
export class Scheduler {
  readonly #queue: PQueue;
  readonly #auto: AutoConcurrency | undefined;
  /** How late the event loop runs, for `auto` (a late loop delays every reply it reads). */
  readonly #loopDelay: ReturnType<typeof monitorEventLoopDelay> | undefined;
  #loopDelayRead = 0;

  constructor(options: SchedulerOptions) {
    this.#auto = options.concurrency === 'auto' ? new AutoConcurrency() : undefined;
    if (this.#auto) {
      this.#loopDelay = monitorEventLoopDelay({ resolution: 10 });
      this.#loopDelay.enable();
    }
    const concurrency = this.#auto ? this.#auto.limit : (options.concurrency as number);
    this.#queue = new PQueue({
      concurrency,
      ...(options.rps ? { intervalCap: Math.max(1, Math.round(options.rps)), interval: 1000 } : {}),
    });
  }

  get concurrency(): number {
    return this.#queue.concurrency;
  }

  get inFlight(): number {
    return this.#queue.pending;
  }

  /** HTTP attempts sent and not answered yet: the load on the server (a retry's wait is none). */
  #attempts = 0;

  /**
   * Feed for every HTTP attempt the client makes (retries included), called as it is sent: the
   * attempt is counted at the load it was sent under, and so is how it ended.
   */
  readonly observe = (): ((event: AttemptEvent) => void) => {
    const auto = this.#auto;
    if (!auto) return ignore;
    const sentUnder = ++this.#attempts;
    auto.onSend(sentUnder);
    return (event) => {
      this.#attempts--;
      const now = performance.now();
      this.#readLoopDelay(now);
      const ok = event.status > 0 && event.status < 400;
      // The calls holding a slot with no request out: waiting out a retry's delay (this one too,
      // unless it succeeded and is about to leave its slot).
      auto.setRetrying(this.#queue.pending - this.#attempts - (ok ? 1 : 0));
      const exhausted = event.rateLimitRemaining !== undefined && event.rateLimitRemaining <= 0;
      // Dropped connections (status 0) and server errors say nothing about capacity.
      const limit =
        event.status === 429 || event.status === 503
          ? auto.onRateLimited(now, sentUnder, exhausted)
          : ok
            ? auto.onSuccess(now, event.latencyMs, sentUnder, exhausted)
            : auto.limit;
      if (limit !== this.#queue.concurrency) this.#queue.concurrency = limit;
    };
  };

  /** Hands `auto` the event loop's recent p90 delay, once a second, over the last second. */
  #readLoopDelay(now: number): void {
    if (!this.#auto || !this.#loopDelay || now - this.#loopDelayRead < 1000) return;
    this.#loopDelayRead = now;
    // The histogram counts from the resolution's tick: only the delay beyond it is lateness.
    this.#auto.setClientDelay(this.#loopDelay.percentile(90) / 1e6 - 10);
    this.#loopDelay.reset();
  }

  /** Stops measuring the event loop (the scheduler's run is over). */
  close(): void {
    this.#loopDelay?.disable();
  }

  /** Start times of the calls running now, for the age of the oldest in progress lines. */
  readonly #started = new Set<{ at: number }>();

  /** How long the oldest call in flight has been waiting, in ms (0 when none is). */
  get oldestInFlightMs(): number {
    let oldest = Number.POSITIVE_INFINITY;
    for (const call of this.#started) oldest = Math.min(oldest, call.at);
    return Number.isFinite(oldest) ? performance.now() - oldest : 0;
  }

  run<T>(task: () => Promise<T>): Promise<T> {
    return this.#queue.add(async () => {
      const call = { at: performance.now() };
      this.#started.add(call);
      try {
        return await task();
      } finally {
        this.#started.delete(call);
      }
    }) as Promise<T>;
  }
}

const ignore = (): void => undefined;
