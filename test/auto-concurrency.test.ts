import { describe, expect, test } from 'vitest';
import { AutoConcurrency } from '../src/model/auto-concurrency.js';
import { ModelClient, Scheduler } from '../src/model/index.js';
import { type Sim, type SimItem, startSim } from '../src/sim/index.js';

interface ServerModel {
  capacity: number;
  latency: number;
  requests: number;
  queueLimit?: number;
  jitter?: number;
  /** A 429 is retried after this long, holding its client slot (as the SDK does). */
  retryAfter?: number;
  /** Share of requests answered 429 at once whatever the load, as hosted APIs' limiters do. */
  background429?: number;
  /** Extra latency in [0, clientNoise] ms the client adds to a reply (its own event loop). */
  clientNoise?: number;
  /** The controller's limit is capped here: a fixed concurrency for comparison. */
  fixed?: number;
}

/**
 * A discrete-event model of a vLLM-like server (capacity slots, each request `latency` ms once it
 * holds one, a FIFO queue, optionally a queue limit that answers 429) driven by the controller, in
 * virtual time: the controller is judged on what it does, not on a clock.
 */
function simulate(server: ServerModel) {
  const auto = new AutoConcurrency();
  const limit = () => server.fixed ?? auto.limit;
  let seed = 7;
  const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  /** A request's send time and the attempts out when it was sent (itself included). */
  type Sent = { sentAt: number; sentUnder: number };
  type Event = Sent & { at: number; kind: 'done' | 'retry' };
  const events: Event[] = [];
  const queue: Sent[] = [];
  let running = 0;
  /** Client slots held: attempts out, and 429s waiting out their Retry-After. */
  let inFlight = 0;
  /** HTTP attempts out: what the scheduler counts an attempt under. */
  let attempts = 0;
  let sent = 0;
  let finished = 0;
  let rejected = 0;
  let backgroundRejected = 0;
  let now = 0;
  const serviceTime = () =>
    server.latency + (server.jitter ?? 0) * rand() + (server.clientNoise ?? 0) * rand();
  const limits: number[] = [];
  const push = (e: Event) => {
    const i = events.findIndex((x) => x.at > e.at);
    events.splice(i < 0 ? events.length : i, 0, e);
  };
  const retry = (sent: Sent) => {
    attempts--;
    limits.push(auto.onRateLimited(now, sent.sentUnder));
    const at = now + (server.retryAfter ?? 1000);
    push({ at, kind: 'retry', sentAt: at, sentUnder: 0 });
  };
  const serve = () => {
    const sent = { sentAt: now, sentUnder: ++attempts };
    auto.onSend(sent.sentUnder);
    if (server.background429 && rand() < server.background429) {
      backgroundRejected++;
      retry(sent);
    } else if (running < server.capacity) {
      running++;
      push({ at: now + serviceTime(), kind: 'done', ...sent });
    } else if (server.queueLimit !== undefined && queue.length >= server.queueLimit) {
      rejected++;
      retry(sent);
    } else queue.push(sent);
  };
  while (finished < server.requests) {
    while (inFlight < limit() && sent < server.requests) {
      inFlight++;
      sent++;
      serve();
    }
    const event = events.shift()!;
    now = event.at;
    if (event.kind === 'retry') {
      serve();
      continue;
    }
    running--;
    finished++;
    inFlight--;
    attempts--;
    const waiting = queue.shift();
    if (waiting !== undefined) {
      running++;
      push({ at: now + serviceTime(), kind: 'done', ...waiting });
    }
    auto.setRetrying(inFlight - attempts);
    limits.push(auto.onSuccess(now, now - event.sentAt, event.sentUnder));
  }
  return {
    now,
    limits,
    rejected,
    backgroundRejected,
    finalLimit: auto.limit,
    ideal: Math.ceil(server.requests / server.capacity) * server.latency,
  };
}

describe('adaptive concurrency', () => {
  test('starts at 4 and reaches the server capacity within a few round trips', () => {
    const run = simulate({ capacity: 256, latency: 500, requests: 10_000 });
    // Doubling each round trip (growth capped by what came back in time): 23 round trips of 500
    // ms where 40 full ones would do, one more than tripling took.
    expect(run.now / run.ideal).toBeLessThanOrEqual(1.15);
    expect(Math.max(...run.limits)).toBeGreaterThanOrEqual(256);
  });

  test('against a deep queue, slow start grows no further than twice what came back in time', () => {
    // No queue limit: every request is taken, and those beyond the 64 slots wait. Growing on each
    // success alone ran to 364 (446 under 10% background 429s) before the latency showed the queue.
    for (const background429 of [0, 0.1]) {
      const run = simulate({ capacity: 64, latency: 200, requests: 2_000, background429 });
      expect(Math.max(...run.limits)).toBeLessThanOrEqual(3 * 64);
    }
  });

  test('settles near the capacity, not far above it, when the server queues', () => {
    const run = simulate({ capacity: 64, latency: 200, requests: 6_000, jitter: 40 });
    const settled = run.limits.slice(-2000);
    expect(Math.min(...settled)).toBeGreaterThanOrEqual(60);
    expect(Math.max(...settled)).toBeLessThanOrEqual(64 * 1.6);
    expect(run.now / run.ideal).toBeLessThan(1.2);
  });

  test('backs off on 429 and then stops provoking it', () => {
    const run = simulate({ capacity: 128, latency: 300, requests: 8_000, queueLimit: 16 });
    expect(run.finalLimit).toBeLessThanOrEqual(128 + 16);
    expect(run.rejected).toBeLessThan(8_000 * 0.03);
  });
});

describe('adaptive concurrency under rate limits it did not cause', () => {
  for (const rate of [0.01, 0.04, 0.1]) {
    test(`keeps the capacity under ${rate * 100}% background 429s, within 1.1× a fixed 64's time`, () => {
      const server = { capacity: 64, latency: 200, requests: 2_000, background429: rate };
      const auto = simulate(server);
      const fixed = simulate({ ...server, fixed: 64 });
      expect(auto.backgroundRejected).toBeGreaterThan(0);
      // The target is 1.3× on a real run (the bench); the model, without client noise,
      // holds 1.0× at 1% and less at 4% and 10% (a fixed 64 idles slots in Retry-After waits).
      expect(auto.now / fixed.now).toBeLessThanOrEqual(1.1);
      // Over the run's middle half (its tail holds only the last retries, a few in flight), never
      // below the server's slots: the calls waiting out a Retry-After hold a slot each besides
      // what the server completes (left out, they took the limit to 46 at 10%).
      const middle = auto.limits.slice(auto.limits.length / 4, (3 * auto.limits.length) / 4);
      expect(Math.min(...middle)).toBeGreaterThanOrEqual(64);
    });
  }

  test('still backs off when the 429 share rises with load, under a background rate as well', () => {
    const run = simulate({
      capacity: 128,
      latency: 300,
      requests: 8_000,
      queueLimit: 16,
      background429: 0.04,
    });
    expect(run.finalLimit).toBeLessThanOrEqual(128 + 16);
    expect(run.rejected).toBeLessThan(8_000 * 0.03);
  });

  test('a reply whose rate-limit headers say the budget is spent lowers the limit', () => {
    const auto = new AutoConcurrency({ initial: 40 });
    for (let i = 0; i < 40; i++) auto.onSuccess(100 + i, 100, 40);
    const before = auto.limit;
    expect(auto.onSuccess(200, 100, before, true)).toBeLessThan(before);
  });

  test('a 429 at the load where 429s never came before lowers the limit; the same share everywhere does not', () => {
    const correlated = new AutoConcurrency({ initial: 64 });
    const background = new AutoConcurrency({ initial: 64 });
    const send = (auto: AutoConcurrency, inFlight: number) => {
      auto.onSend(inFlight);
      return inFlight;
    };
    for (let i = 0; i < 200; i++) {
      correlated.onSuccess(i, 100, send(correlated, 20));
      background.onSuccess(i, 100, send(background, 20));
      if (i % 10 === 0) background.onRateLimited(i, send(background, 20));
    }
    let correlatedLimit = correlated.limit;
    let backgroundLimit = background.limit;
    for (let i = 0; i < 10; i++) {
      correlatedLimit = correlated.onRateLimited(1000 + i, send(correlated, 64));
      backgroundLimit =
        i % 10 === 0
          ? background.onRateLimited(1000 + i, send(background, 64))
          : background.onSuccess(1000 + i, 100, send(background, 64));
    }
    expect(correlatedLimit).toBeLessThan(64);
    expect(backgroundLimit).toBeGreaterThanOrEqual(64);
  });
});

describe('adaptive concurrency against a fast server', () => {
  test('grows past a fixed 4 when replies take 5–10 ms and the client adds its own few ms', () => {
    const server = { capacity: 64, latency: 5, jitter: 5, clientNoise: 5, requests: 541 };
    const auto = simulate(server);
    const fixed4 = simulate({ ...server, fixed: 4 });
    expect(Math.max(...auto.limits)).toBeGreaterThanOrEqual(32);
    expect(auto.now).toBeLessThan(fixed4.now / 2);
  });
});

describe('adaptive concurrency end to end, against the simulator', () => {
  /** Runs the items through an auto scheduler; notes the limit before and after each attempt it saw. */
  async function runThrough(sim: Sim, items: SimItem[]) {
    const scheduler = new Scheduler({ concurrency: 'auto' });
    const seen: { status: number; before: number; after: number }[] = [];
    const client = new ModelClient({
      baseUrl: sim.url,
      servedModel: 'sim',
      apiKey: undefined,
      apiKeyEnv: undefined,
      api: 'chat',
      params: {},
      timeoutMs: 10_000,
      maxRetries: 10,
      onAttempt: () => {
        const ended = scheduler.observe();
        return (event) => {
          const before = scheduler.concurrency;
          ended(event);
          seen.push({ status: event.status, before, after: scheduler.concurrency });
        };
      },
    });
    try {
      const results = await Promise.allSettled(
        items.map((item) =>
          scheduler.run(() => client.complete([{ role: 'user', content: item.prompt }], 0)),
        ),
      );
      return { scheduler, seen, failed: results.filter((r) => r.status === 'rejected').length };
    } finally {
      scheduler.close();
      await client.close();
    }
  }

  const itemsOf = (n: number): SimItem[] =>
    Array.from({ length: n }, (_, i) => ({ prompt: `q${i}`, target: String(i), scorer: 'exact' }));

  test('10% background 429s, 3% 500s and 2% dropped connections never lower the limit', async () => {
    const items = itemsOf(1000);
    await using sim = await startSim({
      models: { sim: { accuracy: 1 } },
      items,
      capacity: 64,
      latencyMs: 100,
      faults: { rate429: 0.1, rate500: 0.03, rateDrop: 0.02, retryAfterS: 0.2 },
    });
    const { seen, failed } = await runThrough(sim, items);
    expect(failed).toBe(0);
    expect(sim.counters.injected429).toBeGreaterThan(50);
    expect(sim.counters.injected500 + sim.counters.dropped).toBeGreaterThan(20);
    // Latency may move the limit; a fault never lowers it (each attempt is counted at the load it
    // was sent under, so a 429 that comes back at once is set against the successes sent with it,
    // not against fewer that came back by then).
    const faults = seen.filter((s) => s.status === 429 || s.status === 0 || s.status >= 500);
    expect(faults.length).toBeGreaterThan(70);
    expect(faults.filter((s) => s.after < s.before)).toEqual([]);
  });

  test('a queue-limited server whose rate-limit headers count its free places is not pushed into 429s', async () => {
    const items = itemsOf(1000);
    await using sim = await startSim({
      models: { sim: { accuracy: 1 } },
      items,
      capacity: 32,
      latencyMs: 100,
      queueLimit: 4,
      rateLimitHeaders: true,
      faults: { retryAfterS: 0.2 },
    });
    const { scheduler, failed } = await runThrough(sim, items);
    expect(failed).toBe(0);
    // At most its places (32 running, 4 waiting), and few 429s on the way there: slow start grows
    // no further than twice what came back in time before the headers and the 429s stop it (seen
    // 2–18 of 1,000, up to 120 before that cap; a client that ignored them would be turned away by
    // the hundreds). The bench measures the target (< 1% after the first 10 s, on 20,000 items).
    expect(scheduler.concurrency).toBeLessThanOrEqual(36);
    expect(sim.counters.rejected429).toBeLessThan(items.length * 0.05);
  });
});

describe('adaptive concurrency on a busy client', () => {
  test('latency a late event loop adds to every reply is not read as a queue at the server', () => {
    const feed = (auto: AutoConcurrency) => {
      // 100 ms replies, read 0–200 ms late by a starved event loop, at 4–40 in flight.
      let seed = 3;
      const late = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 200;
      for (let i = 0; i < 400; i++) {
        auto.onSend(auto.limit);
        auto.onSuccess(i * 5, 100 + late(), auto.limit);
      }
      return auto.limit;
    };
    const told = new AutoConcurrency();
    told.setClientDelay(200);
    const untold = new AutoConcurrency();
    expect(feed(told)).toBeGreaterThan(2 * feed(untold));
  });
});
