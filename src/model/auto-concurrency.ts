/**
 * Finds a server's capacity without being told it, the way TCP finds a link's: slow start
 * (grow on every success) until latency shows requests queueing at the server, then hold the
 * measured capacity plus a small margin so the server never idles; back off when latency climbs
 * without a gain in throughput, and on rate limits that are this client's doing; probe upwards
 * now and then.
 *
 * A 429 is a capacity signal only when the share of 429s rises with concurrency (a queue-limited
 * server turning away what exceeds its queue) or when the server's rate-limit headers say the
 * budget is spent. Every attempt is counted at the load it was sent under (`onSend`), and so is
 * how it ended: a 429 comes back at once while a success sent with it may wait in the server's
 * queue, so counted at the reply the 429s would land at a higher load than their successes.
 * Hosted APIs and gateways answer a steady trickle of 429s whatever the load: those are retried
 * on their own (with their Retry-After) and leave the limit alone, since even one TCP-like cut
 * per round trip cannot keep up with a steady 4%. Dropped connections and 500s say nothing about
 * capacity and are not fed in at all.
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

/**
 * Latency differences below this are the client's own noise (event-loop turns, a burst of
 * replies parsed together), not a queue: against a server answering in 5–10 ms, a ratio alone
 * reads its spread as queueing and stops growing at once.
 */
const NOISE_MS = 10;

/** Attempts per concurrency band remembered at most: older evidence fades as new comes in. */
const BAND_MEMORY = 2000;

/**
 * A load is served when this share of what was sent under it (429s aside) came back without
 * queueing: not all, since 500s and dropped connections never come back as successes.
 */
const CONFIRMING = 0.75;

interface Band {
  attempts: number;
  limited: number;
  /** Successes that came back without queueing, and the most in flight one of them was sent under. */
  prompt: number;
  promptAt: number;
}

export class AutoConcurrency {
  #limit: number;
  #phase: 'slow-start' | 'steady' = 'slow-start';
  #minLatency = Number.POSITIVE_INFINITY;
  /** Completion times and latencies of recent successes. */
  readonly #recent: { at: number; latency: number }[] = [];
  #ceiling: number;
  #lastChange = 0;
  #lastBackoff = Number.NEGATIVE_INFINITY;
  /**
   * Per quarter-octave band of requests in flight when sent: attempts, 429s (does their share
   * rise with load?) and successes that came back without queueing (has that load been served?).
   */
  readonly #bands: Band[] = [];
  #clientDelay = 0;
  #retrying = 0;
  /** The fewest requests in flight at which 429s were shown to come with load. */
  #hurtAt = Number.POSITIVE_INFINITY;
  readonly #options: AutoConcurrencyOptions;

  constructor(options: Partial<AutoConcurrencyOptions> = {}) {
    this.#options = { ...AUTO_DEFAULTS, ...options };
    this.#limit = this.#options.initial;
    this.#ceiling = this.#options.max;
  }

  get limit(): number {
    return this.#limit;
  }

  /** An attempt is sent with `inFlight` requests out, itself included. */
  onSend(inFlight: number): void {
    const band = this.#band(inFlight);
    band.attempts++;
    if (band.attempts > BAND_MEMORY) {
      band.attempts /= 2;
      band.limited /= 2;
      band.prompt /= 2;
    }
  }

  /**
   * A request sent with `inFlight` requests out (the limit when not given) succeeded after
   * `latency` ms; `exhausted` when its rate-limit headers say the budget is spent. Returns the
   * new limit.
   */
  onSuccess(now: number, latency: number, inFlight = this.#limit, exhausted = false): number {
    this.#minLatency = Math.min(this.#minLatency, latency);
    if (latency <= this.#queueing()) {
      const band = this.#band(inFlight);
      band.prompt++;
      band.promptAt = Math.max(band.promptAt, inFlight);
    }
    this.#recent.push({ at: now, latency });
    const horizon = now - Math.max(4 * this.#minLatency, 1000);
    while (this.#recent.length > 0 && this.#recent[0].at < horizon) this.#recent.shift();
    if (exhausted) return this.#backOff(now, inFlight);
    if (this.#phase === 'slow-start') return this.#slowStart(now);
    return this.#steady(now);
  }

  /**
   * The server said 429 (or 503) to a request sent with `inFlight` requests out; `exhausted` when
   * its rate-limit headers say the budget is spent. Backs off only for a rate limit this client's
   * load causes.
   */
  onRateLimited(now: number, inFlight: number, exhausted = false): number {
    this.#band(inFlight).limited++;
    if (this.#loadCorrelated(inFlight)) this.#hurtAt = Math.min(this.#hurtAt, inFlight);
    // Once 429s have been shown to come with load, any near that load is taken as one of them:
    // growing back into a queue limit gives too few to show it again.
    else if (!exhausted && inFlight < 0.9 * this.#hurtAt) return this.#limit;
    return this.#backOff(now, inFlight);
  }

  /** Hold fewer requests, and remember where it hurt. */
  #backOff(now: number, inFlight: number): number {
    // One back-off per round trip: the 429s of one burst are one signal.
    if (now - this.#lastBackoff < this.#minLatencyOr(500)) return this.#limit;
    this.#lastBackoff = now;
    this.#phase = 'steady';
    this.#ceiling = Math.max(1, Math.floor(inFlight * 0.9));
    return this.#set(now, Math.max(1, Math.floor(Math.min(this.#limit, inFlight) * 0.7)));
  }

  #band(inFlight: number): Band {
    const index = bandOf(inFlight);
    while (this.#bands.length <= index) this.#bands.push({ attempts: 0, limited: 0, prompt: 0, promptAt: 0 });
    return this.#bands[index];
  }

  /**
   * Requests in flight the server has been shown to serve: the most under which a reply came back
   * without queueing, in the highest band where most of what was sent (what is not answered yet
   * counts against it) did.
   */
  #confirmed(): number {
    for (let index = this.#bands.length - 1; index >= 0; index--) {
      const { attempts, limited, prompt, promptAt } = this.#bands[index];
      if (prompt > 0 && prompt >= CONFIRMING * (attempts - limited)) return promptAt;
    }
    return 0;
  }

  /**
   * Whether 429s come more often at this load than below it: the share in this band and above
   * against the share in the bands below, a one-sided two-proportion test at z > 4 (it runs on
   * every 429, so it must rarely fire by chance) with a margin of 5 points. With too little
   * evidence below, only a 429 share above 40% counts: a queue-limited server turns away most
   * of what it is sent beyond its queue, a background rate is rarely that high.
   */
  #loadCorrelated(inFlight: number): boolean {
    const at = bandOf(inFlight);
    let above = { attempts: 0, limited: 0 };
    let below = { attempts: 0, limited: 0 };
    this.#bands.forEach((band, index) => {
      if (index >= at) above = add(above, band);
      else below = add(below, band);
    });
    // A few attempts are no share: at the top of slow start a band may hold three, all 429s.
    if (above.limited < 3 || above.attempts < 10) return false;
    const shareAbove = above.limited / above.attempts;
    if (below.attempts < 30) return shareAbove > 0.4;
    const shareBelow = below.limited / below.attempts;
    if (shareAbove < shareBelow * 1.5 + 0.05) return false;
    const pooled = (above.limited + below.limited) / (above.attempts + below.attempts);
    const error = Math.sqrt(pooled * (1 - pooled) * (1 / above.attempts + 1 / below.attempts));
    return (shareAbove - shareBelow) / error > 4;
  }

  #minLatencyOr(fallback: number): number {
    return Number.isFinite(this.#minLatency) ? this.#minLatency : fallback;
  }

  #slowStart(now: number): number {
    // The median of the last round trip, not one reply: a client busy with a burst of replies
    // delays a few of them, which is no sign of a queue at the server.
    if (this.#recentMedian(now) > this.#queueing()) {
      this.#phase = 'steady';
      return this.#set(now, this.#heldCapacity(now));
    }
    // Two more per success, but no more than twice the load whose replies came back without
    // queueing (or 16 more while that load is small: a few requests more are cheap to try).
    // Against a deep queue, replies that wait there confirm nothing: growth on successes alone
    // ran to several times the server's slots before the latency showed the queue.
    const confirmed = this.#confirmed();
    const cap = Math.max(this.#options.initial, 2 * confirmed, confirmed + 16);
    return this.#set(now, Math.max(this.#limit, Math.min(this.#limit + 2, cap)));
  }

  /** Median latency of the successes of the last round trip; 0 until there are enough of them. */
  #recentMedian(now: number): number {
    const latencies: number[] = [];
    const window = this.#roundTrip();
    for (let i = this.#recent.length - 1; i >= 0 && now - this.#recent[i].at <= window; i--)
      latencies.push(this.#recent[i].latency);
    // Four replies' median is one slow reply away from a false queue on a busy machine.
    if (latencies.length < Math.max(8, this.#options.initial)) return 0;
    latencies.sort((a, b) => a - b);
    return latencies[Math.floor(latencies.length / 2)];
  }

  /** Successes within the last fastest-latency window: what the server completes per round trip. */
  #capacityEstimate(now: number): number {
    const window = Math.max(this.#minLatency * 1.02, this.#roundTrip());
    let count = 0;
    for (let i = this.#recent.length - 1; i >= 0 && now - this.#recent[i].at <= window; i--) count++;
    // Completions per fastest round trip, from a window that may be longer than one.
    return Math.max(this.#options.initial, Math.round((count * this.#minLatency * 1.02) / window));
  }

  #steady(now: number): number {
    // Decide at most once per round trip, on a full window of evidence.
    if (now - this.#lastChange < 2 * this.#roundTrip()) return this.#limit;
    // A rate limit long past may have been a passing one: let the ceiling rise again, slowly.
    if (now - this.#lastBackoff > Math.max(10_000, 20 * this.#minLatency))
      this.#ceiling = Math.min(this.#options.max, Math.max(this.#ceiling, Math.ceil(this.#limit * 1.1)));
    const latencies = this.#recent
      .filter((r) => now - r.at <= 2 * this.#roundTrip())
      .map((r) => r.latency)
      .sort((a, b) => a - b);
    if (latencies.length < 8) return this.#limit;
    const p90 = latencies[Math.floor(latencies.length * 0.9)];
    const median = latencies[Math.floor(latencies.length / 2)];
    if (p90 <= 1.15 * this.#minLatency + this.#noise()) {
      // Nothing queues at the server: it may take more than we give it.
      return this.#set(now, Math.ceil(this.#limit * 1.25));
    }
    if (median > this.#queueing()) {
      // Most requests wait in the server's queue: hold what it completes per round trip.
      return this.#set(now, this.#heldCapacity(now));
    }
    this.#lastChange = now;
    return this.#limit;
  }

  /**
   * What the server completes per round trip, with the margin; never less than half the limit
   * in one step, since latency a busy client adds to every reply reads as a queue as well.
   */
  #heldCapacity(now: number): number {
    // The server's completions count its requests; the calls waiting out a Retry-After hold a
    // slot each besides: counted out, a steady share of 429s would idle the server's slots.
    const held = Math.ceil(this.#capacityEstimate(now) * this.#options.margin) + this.#retrying;
    return Math.max(held, Math.floor(this.#limit / 2));
  }

  /** Latency above which requests are queueing at the server. */
  #queueing(): number {
    return QUEUEING * this.#minLatency + this.#noise();
  }

  /**
   * The window one round trip of evidence is gathered over: the fastest reply, but no less than
   * the client's own noise, or a fast server's window would hold one or two replies.
   */
  #roundTrip(): number {
    return Math.max(this.#minLatency, 2 * NOISE_MS);
  }

  /** Latency the client adds on its own: the floor, plus how late its event loop runs now. */
  #noise(): number {
    return NOISE_MS + this.#clientDelay;
  }

  /** Calls that hold a slot with no request out (waiting out a retry's delay), now. */
  setRetrying(calls: number): void {
    this.#retrying = Math.max(0, calls);
  }

  /**
   * How late the client's event loop runs (ms, a recent high percentile): a reply waits that long
   * before it is read, on a busy machine for hundreds of ms, which is no queue at the server.
   */
  setClientDelay(ms: number): void {
    this.#clientDelay = Math.max(0, ms);
  }

  #set(now: number, limit: number): number {
    const bounded = Math.max(1, Math.min(limit, this.#ceiling, this.#options.max));
    if (bounded !== this.#limit) this.#lastChange = now;
    this.#limit = bounded;
    return bounded;
  }
}

/** Quarter-octave bands: 64 and 76 in flight are told apart. */
function bandOf(inFlight: number): number {
  return Math.floor(4 * Math.log2(Math.max(1, inFlight)));
}

function add(
  a: { attempts: number; limited: number },
  b: { attempts: number; limited: number },
): { attempts: number; limited: number } {
  return { attempts: a.attempts + b.attempts, limited: a.limited + b.limited };
}
