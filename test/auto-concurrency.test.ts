import { describe, expect, test } from 'vitest';
import { AutoConcurrency } from '../src/model/auto-concurrency.js';

interface ServerModel {
  capacity: number;
  latency: number;
  requests: number;
  queueLimit?: number;
  jitter?: number;
  /** A 429 is retried after this long, holding its client slot (as the SDK does). */
  retryAfter?: number;
}

/**
 * A discrete-event model of a vLLM-like server (capacity slots, each request `latency` ms once it
 * holds one, a FIFO queue, optionally a queue limit that answers 429) driven by the controller, in
 * virtual time: the controller is judged on what it does, not on a clock.
 */
function simulate(server: ServerModel) {
  const auto = new AutoConcurrency();
  let seed = 7;
  const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  type Event = { at: number; kind: 'done' | 'retry'; sentAt: number };
  const events: Event[] = [];
  const queue: number[] = [];
  let running = 0;
  let inFlight = 0;
  let sent = 0;
  let finished = 0;
  let rejected = 0;
  let now = 0;
  const limits: number[] = [];
  const push = (e: Event) => {
    const i = events.findIndex((x) => x.at > e.at);
    events.splice(i < 0 ? events.length : i, 0, e);
  };
  const serve = (sentAt: number) => {
    if (running < server.capacity) {
      running++;
      push({ at: now + server.latency + (server.jitter ?? 0) * rand(), kind: 'done', sentAt });
    } else if (server.queueLimit !== undefined && queue.length >= server.queueLimit) {
      rejected++;
      limits.push(auto.onOverload(now, inFlight));
      push({
        at: now + (server.retryAfter ?? 1000),
        kind: 'retry',
        sentAt: now + (server.retryAfter ?? 1000),
      });
    } else queue.push(sentAt);
  };
  while (finished < server.requests) {
    while (inFlight < auto.limit && sent < server.requests) {
      inFlight++;
      sent++;
      serve(now);
    }
    const event = events.shift()!;
    now = event.at;
    if (event.kind === 'retry') {
      serve(now);
      continue;
    }
    running--;
    finished++;
    inFlight--;
    const waiting = queue.shift();
    if (waiting !== undefined) {
      running++;
      push({ at: now + server.latency + (server.jitter ?? 0) * rand(), kind: 'done', sentAt: waiting });
    }
    limits.push(auto.onSuccess(now, now - event.sentAt));
  }
  return {
    now,
    limits,
    rejected,
    finalLimit: auto.limit,
    ideal: Math.ceil(server.requests / server.capacity) * server.latency,
  };
}

describe('adaptive concurrency', () => {
  test('starts at 4 and reaches the server capacity within a few round trips', () => {
    const run = simulate({ capacity: 256, latency: 500, requests: 10_000 });
    expect(run.now / run.ideal).toBeLessThan(1.15);
    expect(Math.max(...run.limits)).toBeGreaterThanOrEqual(256);
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
