import { createServer } from 'node:net';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { idealWallMs, startSim, type Sim, type SimFaults, type SimItem } from '../src/sim/index.js';

/** A client as a user would make one; no retries, so each fault reaches the test as it was sent. */
function clientFor(sim: Sim, apiKey = 'sk-not-needed'): OpenAI {
  return new OpenAI({ baseURL: sim.url, apiKey, maxRetries: 0 });
}

async function ask(
  client: OpenAI,
  model: string,
  prompt: string,
  params: { temperature?: number; seed?: number; system?: string } = {},
) {
  const messages: OpenAI.Chat.ChatCompletionMessageParam[] = [];
  if (params.system) messages.push({ role: 'system', content: params.system });
  messages.push({ role: 'user', content: prompt });
  const completion = await client.chat.completions.create({
    model,
    messages,
    temperature: params.temperature,
    seed: params.seed,
  });
  return completion.choices[0].message.content ?? '';
}

/** GSM8K-like items: "#### <answer>" ends a correct reply. */
function arithmeticItems(count: number): SimItem[] {
  return Array.from({ length: count }, (_, i) => ({
    prompt: `What is ${i} plus ${i + 1}?`,
    target: String(2 * i + 1),
    scorer: 'numeric',
  }));
}

function finalNumber(reply: string): string | undefined {
  return /####\s*(\S+)\s*$/.exec(reply)?.[1];
}

const JUDGE = 'You are an impartial judge. Rate the response from 1 to 10.';

describe('the simulator as an OpenAI-compatible endpoint', () => {
  it('lists its models in vLLM’s shape, with a revision only where one is set', async () => {
    await using sim = await startSim({
      models: { base: { accuracy: 0.8, revision: 'abc123' }, cand: { accuracy: 0.7 } },
    });
    const listed = await (await fetch(`${sim.url}/models`)).json();
    expect(listed.object).toBe('list');
    expect(listed.data).toEqual([
      expect.objectContaining({
        id: 'base',
        object: 'model',
        owned_by: 'evalwarden-sim',
        root: 'base',
        revision: 'abc123',
      }),
      expect.objectContaining({ id: 'cand', object: 'model', owned_by: 'evalwarden-sim', root: 'cand' }),
    ]);
    expect(listed.data[1]).not.toHaveProperty('revision');
    expect(listed.data[0].max_model_len).toBeGreaterThan(0);

    const models = await clientFor(sim).models.list();
    expect(models.data.map((model) => model.id)).toEqual(['base', 'cand']);
    expect(sim.counters.models).toBe(2);
  });

  it('answers an unknown model with 404 in vLLM’s error shape', async () => {
    await using sim = await startSim({ models: { base: { accuracy: 1 } }, latencyMs: 0 });
    const response = await fetch(`${sim.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'nope', messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      object: 'error',
      message: 'The model `nope` does not exist.',
      type: 'NotFoundError',
      code: 404,
    });
    await expect(ask(clientFor(sim), 'nope', 'hi')).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });

  it('answers in the OpenAI shape, with usage of about a token per four characters', async () => {
    await using sim = await startSim({ models: { base: { accuracy: 1 } }, latencyMs: 0 });
    const completion = await clientFor(sim).chat.completions.create({
      model: 'base',
      messages: [{ role: 'user', content: 'Say something about the weather, please.' }],
    });
    expect(completion).toMatchObject({ object: 'chat.completion', model: 'base' });
    expect(completion.id).toMatch(/^chatcmpl-/);
    expect(completion.choices).toEqual([
      expect.objectContaining({
        index: 0,
        finish_reason: 'stop',
        message: expect.objectContaining({
          role: 'assistant',
          content: 'This is a simulated reply from base.',
        }),
      }),
    ]);
    expect(completion.usage).toEqual({ prompt_tokens: 10, completion_tokens: 9, total_tokens: 19 });
  });

  it('serves the legacy completions endpoint from the same knowledge', async () => {
    await using sim = await startSim({
      models: { base: { accuracy: 1 } },
      latencyMs: 0,
      items: [{ prompt: 'Q: 2+2?\nA:', target: '4', scorer: 'exact' }],
    });
    const completion = await clientFor(sim).completions.create({ model: 'base', prompt: 'Q: 2+2?\nA:' });
    expect(completion.object).toBe('text_completion');
    expect(completion.choices[0]).toMatchObject({ index: 0, text: '4', finish_reason: 'stop' });
    expect(sim.counters).toMatchObject({ completions: 1, chat: 0 });
  });

  it('cuts a reply at max_tokens and says so in finish_reason', async () => {
    await using sim = await startSim({ models: { base: { accuracy: 1 } }, latencyMs: 0 });
    const completion = await clientFor(sim).chat.completions.create({
      model: 'base',
      messages: [{ role: 'user', content: 'hi' }],
      max_tokens: 2,
    });
    expect(completion.choices[0]).toMatchObject({
      finish_reason: 'length',
      message: { content: 'This is ' },
    });
  });

  it('refuses streaming and n > 1 with a clear 400', async () => {
    await using sim = await startSim({ models: { base: { accuracy: 1 } }, latencyMs: 0 });
    const client = clientFor(sim);
    await expect(
      client.chat.completions.create({
        model: 'base',
        messages: [{ role: 'user', content: 'hi' }],
        stream: true,
      }),
    ).rejects.toThrow(/does not stream/);
    await expect(
      client.chat.completions.create({ model: 'base', messages: [{ role: 'user', content: 'hi' }], n: 2 }),
    ).rejects.toThrow(/only `n: 1`/);
  });

  it('reports health and its counters over HTTP, for benchmarks in another process', async () => {
    await using sim = await startSim({ models: { base: { accuracy: 1 } }, latencyMs: 0 });
    const origin = new URL(sim.url).origin;
    expect((await fetch(`${origin}/health`)).status).toBe(200);
    await ask(clientFor(sim), 'base', 'hi');
    expect(await (await fetch(`${origin}/sim/stats`)).json()).toMatchObject({ chat: 1, maxInFlight: 1 });
    sim.resetCounters();
    expect(sim.counters.chat).toBe(0);
  });
});

describe('the deterministic model', () => {
  it('is right on about the share of known items its accuracy says', async () => {
    await using sim = await startSim({
      models: { base: { accuracy: 0.7 } },
      latencyMs: 0,
      capacity: 128,
      items: arithmeticItems(1000),
    });
    const client = clientFor(sim);
    const items = arithmeticItems(1000);
    const replies = await Promise.all(items.map((item) => ask(client, 'base', item.prompt)));
    const correct = replies.filter((reply, i) => finalNumber(reply) === items[i].target).length;
    expect(correct / items.length).toBeGreaterThan(0.66);
    expect(correct / items.length).toBeLessThan(0.74);
    // A wrong numeric answer is off by one, so a scorer has a number to compare.
    const wrong = replies.find((reply, i) => finalNumber(reply) !== items[i].target)!;
    expect(finalNumber(wrong)).toMatch(/^\d+$/);
  });

  it('gives the same answers every time at temperature 0', async () => {
    await using sim = await startSim({
      models: { base: { accuracy: 0.5 } },
      latencyMs: 0,
      items: arithmeticItems(50),
    });
    const client = clientFor(sim);
    const prompts = arithmeticItems(50).map((item) => item.prompt);
    const first = await Promise.all(prompts.map((prompt) => ask(client, 'base', prompt)));
    const again = await Promise.all(prompts.map((prompt) => ask(client, 'base', prompt, { temperature: 0 })));
    expect(again).toEqual(first);
  });

  it('samples a new answer per request at temperature 1, unless the request names a seed', async () => {
    await using sim = await startSim({
      models: { base: { accuracy: 0.5 } },
      latencyMs: 0,
      items: arithmeticItems(1),
    });
    const client = clientFor(sim);
    const prompt = arithmeticItems(1)[0].prompt;
    const sampled = await Promise.all(
      Array.from({ length: 40 }, () => ask(client, 'base', prompt, { temperature: 1 })),
    );
    expect(new Set(sampled.map(finalNumber))).toEqual(new Set(['1', '2']));
    const seeded = await Promise.all(
      Array.from({ length: 10 }, () => ask(client, 'base', prompt, { temperature: 1, seed: 7 })),
    );
    expect(new Set(seeded).size).toBe(1);
  });

  it('answers each scorer kind in the shape that scorer reads', async () => {
    await using sim = await startSim({
      models: { always: { accuracy: 1 }, never: { accuracy: 0 } },
      latencyMs: 0,
      items: [
        { prompt: 'Which letter?', target: 'C', scorer: 'choice' },
        { prompt: 'Which option, by index?', target: '1', scorer: 'choice' },
        { prompt: 'How many eggs?', target: 'She sells 16 - 3 - 4 = 9 eggs.\n#### 9', scorer: 'numeric' },
        { prompt: 'Capital of France?', target: 'Paris', scorer: 'exact' },
        { prompt: 'Give JSON.', target: '{"a":1}', scorer: 'json' },
        { prompt: 'Explain gravity.', target: 'Mass attracts mass.', scorer: 'judge' },
      ],
    });
    const client = clientFor(sim);
    expect(await ask(client, 'always', 'Which letter?')).toBe('Answer: C');
    expect(await ask(client, 'never', 'Which letter?')).toMatch(/^Answer: [ABD]$/);
    expect(await ask(client, 'always', 'Which option, by index?')).toBe('Answer: B');
    expect(finalNumber(await ask(client, 'always', 'How many eggs?'))).toBe('9');
    expect(finalNumber(await ask(client, 'never', 'How many eggs?'))).toBe('10');
    expect(await ask(client, 'always', 'Capital of France?')).toBe('Paris');
    expect(await ask(client, 'never', 'Capital of France?')).toBe('I am not sure.');
    expect(await ask(client, 'always', 'Give JSON.')).toBe('{"a":1}');
    expect(await ask(client, 'always', 'Explain gravity.')).toBe('Mass attracts mass.');
    expect(await ask(client, 'never', 'Explain gravity.')).toBe('I am not sure.');
  });

  it('follows an IFEval row’s instructions when right and breaks one when wrong', async () => {
    const prompt = 'Write a short note about rivers in lowercase letters only, without any commas.';
    const row = {
      prompt,
      instruction_id_list: ['change_case:english_lowercase', 'punctuation:no_comma'],
      kwargs: [{}, {}],
    };
    await using sim = await startSim({
      models: { always: { accuracy: 1 }, never: { accuracy: 0 } },
      latencyMs: 0,
      items: [{ prompt, target: null, scorer: 'ifeval', row }],
    });
    const followed = await ask(clientFor(sim), 'always', prompt);
    expect(followed).toBe(followed.toLowerCase());
    expect(followed).not.toContain(',');
    const broken = await ask(clientFor(sim), 'never', prompt);
    expect(broken !== broken.toLowerCase() || broken.includes(',')).toBe(true);
  });

  it('answers unknown prompts from the first matching canned reply, else with a stock line', async () => {
    await using sim = await startSim({
      models: { base: { accuracy: 1 } },
      latencyMs: 0,
      replies: [
        { match: '^Translate', reply: 'Bonjour from {{model}}.' },
        { match: 'Translate', reply: 'never reached' },
      ],
    });
    const client = clientFor(sim);
    expect(await ask(client, 'base', 'Translate "hello" into French.')).toBe('Bonjour from base.');
    expect(await ask(client, 'base', 'Tell me a joke.')).toBe('This is a simulated reply from base.');
  });

  it('shows a reasoning model’s thinking in reasoning_content or in <think> tags', async () => {
    await using sim = await startSim({
      models: { fielded: { accuracy: 1, reasoning: 'field' }, thinker: { accuracy: 1, reasoning: 'think' } },
      latencyMs: 0,
      items: [{ prompt: 'Capital of France?', target: 'Paris', scorer: 'exact' }],
    });
    const client = clientFor(sim);
    const fielded = await client.chat.completions.create({
      model: 'fielded',
      messages: [{ role: 'user', content: 'Capital of France?' }],
    });
    const message = fielded.choices[0].message as OpenAI.Chat.ChatCompletionMessage & {
      reasoning_content?: string;
    };
    expect(message.content).toBe('Paris');
    expect(message.reasoning_content).toMatch(/think it through/);
    expect(await ask(client, 'thinker', 'Capital of France?')).toMatch(
      /^<think>\n[^<]+\n<\/think>\n\nParis$/,
    );
  });
});

describe('the simulator as a judge', () => {
  const graded = (response: string) => `[RESPONSE]${response}[/RESPONSE]\n[REFERENCE] Paris [/REFERENCE]`;

  it('scores high when the response contains the reference, low when not, as JSON by default', async () => {
    await using sim = await startSim({ models: { judge: { accuracy: 1 } }, latencyMs: 0 });
    const client = clientFor(sim);
    expect(
      JSON.parse(await ask(client, 'judge', graded('The capital is paris.'), { system: JUDGE })),
    ).toMatchObject({ score: 9 });
    expect(JSON.parse(await ask(client, 'judge', graded('It is Lyon.'), { system: JUDGE }))).toMatchObject({
      score: 2,
    });
    expect(
      JSON.parse(await ask(client, 'judge', '[RESPONSE]Anything.[/RESPONSE]', { system: JUDGE })),
    ).toMatchObject({ score: 9 });
  });

  it('writes "Score: N" in the marked format and no score at all in the garbage one', async () => {
    await using marked = await startSim({
      models: { judge: { accuracy: 1 } },
      latencyMs: 0,
      judge: { format: 'marked', high: 10, low: 1 },
    });
    expect(await ask(clientFor(marked), 'judge', graded('Paris.'), { system: JUDGE })).toMatch(
      /\nScore: 10$/,
    );
    expect(await ask(clientFor(marked), 'judge', graded('Rome.'), { system: JUDGE })).toMatch(/\nScore: 1$/);
    await using garbage = await startSim({
      models: { judge: { accuracy: 1 } },
      latencyMs: 0,
      judge: { format: 'garbage' },
    });
    expect(await ask(clientFor(garbage), 'judge', graded('Paris.'), { system: JUDGE })).not.toMatch(/\d/);
  });

  it('picks the pairwise winner that contains the reference, and a tie when both or neither do', async () => {
    await using sim = await startSim({ models: { judge: { accuracy: 1 } }, latencyMs: 0 });
    const client = clientFor(sim);
    const pair = (a: string, b: string) =>
      `[RESPONSE A]${a}[/RESPONSE A]\n[RESPONSE B]${b}[/RESPONSE B]\n[REFERENCE]Paris[/REFERENCE]`;
    const winner = async (a: string, b: string) =>
      JSON.parse(await ask(client, 'judge', pair(a, b), { system: JUDGE })).winner;
    expect(await winner('Rome', 'Paris')).toBe('B');
    expect(await winner('Paris', 'Rome')).toBe('A');
    expect(await winner('Paris', 'paris!')).toBe('tie');
    expect(await winner('Rome', 'Lyon')).toBe('tie');
  });

  it('picks response A whatever it says when the judge has a position bias', async () => {
    await using sim = await startSim({
      models: { judge: { accuracy: 1 } },
      latencyMs: 0,
      judge: { positionBias: true },
    });
    const client = clientFor(sim);
    const pair = (a: string, b: string) =>
      `[RESPONSE A]${a}[/RESPONSE A]\n[RESPONSE B]${b}[/RESPONSE B]\n[REFERENCE]Paris[/REFERENCE]`;
    const winner = async (a: string, b: string) =>
      JSON.parse(await ask(client, 'judge', pair(a, b), { system: JUDGE })).winner;
    expect(await winner('Rome', 'Paris')).toBe('A');
    expect(await winner('Paris', 'Rome')).toBe('A');
  });
});

describe('capacity and queueing', () => {
  it('processes at most capacity requests at once and queues the rest: twice capacity takes two latencies', async () => {
    await using sim = await startSim({ models: { base: { accuracy: 1 } }, capacity: 8, latencyMs: 250 });
    const client = clientFor(sim);
    await ask(client, 'base', 'warm up');
    const started = performance.now();
    await Promise.all(Array.from({ length: 16 }, (_, i) => ask(client, 'base', `prompt ${i}`)));
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(idealWallMs(16, 8, 250) - 5);
    // Not one wave: the second eight waited in the queue, as the counters say.
    expect(sim.counters).toMatchObject({ chat: 17, maxInFlight: 8, maxQueued: 8, rejected429: 0 });
  });

  it('turns a request away with 429 and Retry-After when the queue is full', async () => {
    await using sim = await startSim({
      models: { base: { accuracy: 1 } },
      capacity: 2,
      queueLimit: 1,
      latencyMs: 200,
      faults: { retryAfterS: 3 },
    });
    const client = clientFor(sim);
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) => ask(client, 'base', `prompt ${i}`)),
    );
    const refused = results.filter((result) => result.status === 'rejected').map((result) => result.reason);
    expect(refused).toHaveLength(2);
    for (const error of refused) {
      expect(error).toBeInstanceOf(OpenAI.RateLimitError);
      expect(error.headers.get('retry-after')).toBe('3');
    }
    expect(sim.counters).toMatchObject({ rejected429: 2, maxInFlight: 2, maxQueued: 1 });
  });

  it('frees the slot of a client that gave up, for the next request in the queue', async () => {
    await using sim = await startSim({ models: { base: { accuracy: 1 } }, capacity: 1, latencyMs: 1000 });
    const client = clientFor(sim);
    const impatient = new AbortController();
    const abandoned = client.chat.completions.create(
      { model: 'base', messages: [{ role: 'user', content: 'a' }] },
      { signal: impatient.signal },
    );
    setTimeout(() => impatient.abort(), 50);
    const started = performance.now();
    await expect(abandoned).rejects.toBeInstanceOf(OpenAI.APIUserAbortError);
    await ask(client, 'base', 'b');
    // Freed at the abort: about 1.05 s; held to the end of its latency: 2 s.
    expect(performance.now() - started).toBeLessThan(1600);
  });

  it('never gives a slot to a request abandoned in the queue', async () => {
    await using sim = await startSim({ models: { base: { accuracy: 1 } }, capacity: 1, latencyMs: 1000 });
    const client = clientFor(sim);
    const impatient = new AbortController();
    const started = performance.now();
    const first = ask(client, 'base', 'a');
    const abandoned = client.chat.completions.create(
      { model: 'base', messages: [{ role: 'user', content: 'b' }] },
      { signal: impatient.signal },
    );
    const third = ask(client, 'base', 'c');
    setTimeout(() => impatient.abort(), 50);
    await expect(abandoned).rejects.toBeInstanceOf(OpenAI.APIUserAbortError);
    await Promise.all([first, third]);
    // Two latencies, not three: the abandoned request was skipped.
    expect(performance.now() - started).toBeLessThan(idealWallMs(2, 1, 1000) + 500);
  });

  it('adds next to nothing per wave: ten waves take about ten latencies', async () => {
    await using sim = await startSim({ models: { base: { accuracy: 1 } }, capacity: 4, latencyMs: 150 });
    const client = clientFor(sim);
    await ask(client, 'base', 'warm up');
    const started = performance.now();
    await Promise.all(Array.from({ length: 40 }, (_, i) => ask(client, 'base', `prompt ${i}`)));
    const elapsed = performance.now() - started;
    // A queued request takes the slot the moment one frees, so waves add no gap between them.
    // The margin is timer slack and this process's own client, on a CI runner shared with other suites.
    expect(elapsed).toBeGreaterThanOrEqual(idealWallMs(40, 4, 150) - 5);
    // A gap of a whole latency per wave would add 1.5 s; timer slack on a shared runner adds far less.
    expect(elapsed).toBeLessThan(idealWallMs(40, 4, 150) + 750);
    expect(sim.counters).toMatchObject({ chat: 41, maxInFlight: 4 });
  });
});

describe('injected faults', () => {
  const faulty = (faults: SimFaults) => startSim({ models: { base: { accuracy: 1 } }, latencyMs: 0, faults });
  const failure = (sim: Sim) =>
    ask(clientFor(sim), 'base', 'hi').then(
      (reply) => expect.fail(`expected a failure, got "${reply}"`),
      (error: unknown) => error as InstanceType<typeof OpenAI.APIError>,
    );

  it('injects a 429 with Retry-After and counts it', async () => {
    await using sim = await faulty({ rate429: 1, retryAfterS: 2 });
    const error = await failure(sim);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect(error.headers?.get('retry-after')).toBe('2');
    expect(sim.counters.injected429).toBe(1);
  });

  it('injects a 500 and counts it', async () => {
    await using sim = await faulty({ rate500: 1 });
    expect(await failure(sim)).toBeInstanceOf(OpenAI.InternalServerError);
    expect(sim.counters.injected500).toBe(1);
  });

  it('drops the connection without an answer and counts it', async () => {
    await using sim = await faulty({ rateDrop: 1 });
    expect(await failure(sim)).toBeInstanceOf(OpenAI.APIConnectionError);
    expect(sim.counters.dropped).toBe(1);
  });

  it('answers slowly when asked to, and still correctly', async () => {
    await using sim = await faulty({ rateSlow: 1, slowMs: 300 });
    const started = performance.now();
    expect(await ask(clientFor(sim), 'base', 'hi')).toBe('This is a simulated reply from base.');
    expect(performance.now() - started).toBeGreaterThanOrEqual(295);
  });

  it('injects each kind at about its rate, the same counts for the same seed', async () => {
    const faults = { rate429: 0.1, rate500: 0.1, rateDrop: 0.1 };
    const counts = [];
    for (let run = 0; run < 2; run++) {
      await using sim = await startSim({ models: { base: { accuracy: 1 } }, latencyMs: 0, faults, seed: 42 });
      const client = clientFor(sim);
      const results = await Promise.allSettled(
        Array.from({ length: 300 }, (_, i) => ask(client, 'base', `prompt ${i}`)),
      );
      const { injected429, injected500, dropped } = sim.counters;
      expect(results.filter((result) => result.status === 'rejected')).toHaveLength(
        injected429 + injected500 + dropped,
      );
      for (const count of [injected429, injected500, dropped]) expect(count / 300).toBeCloseTo(0.1, 1);
      counts.push({ injected429, injected500, dropped });
    }
    expect(counts[1]).toEqual(counts[0]);
  });
});

describe('authentication', () => {
  it('refuses a wrong key with 401, quoting the key it received as OpenAI does', async () => {
    await using sim = await startSim({
      models: { base: { accuracy: 1 } },
      latencyMs: 0,
      apiKey: 'sk-sim-right',
    });
    const error = await ask(clientFor(sim, 'sk-sim-wrong'), 'base', 'hi').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((error as Error).message).toContain('Incorrect API key provided: sk-sim-wrong.');
    await expect(clientFor(sim, 'sk-sim-wrong').models.list()).rejects.toBeInstanceOf(
      OpenAI.AuthenticationError,
    );
    expect(await ask(clientFor(sim, 'sk-sim-right'), 'base', 'hi')).toBe(
      'This is a simulated reply from base.',
    );
    expect(sim.counters.unauthorized).toBe(2);
  });

  it('refuses a request with no key at all', async () => {
    await using sim = await startSim({ models: { base: { accuracy: 1 } }, apiKey: 'sk-sim-right' });
    expect((await fetch(`${sim.url}/models`)).status).toBe(401);
  });
});

describe('lifecycle', () => {
  it('frees its port on close, even with requests still waiting', async () => {
    const sim = await startSim({ models: { base: { accuracy: 1 } }, capacity: 1, latencyMs: 10_000 });
    const port = Number(new URL(sim.url).port);
    const pending = Promise.allSettled([ask(clientFor(sim), 'base', 'a'), ask(clientFor(sim), 'base', 'b')]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await sim.close();
    expect(performance.now() - started).toBeLessThan(1000);
    expect((await pending).every((result) => result.status === 'rejected')).toBe(true);
    await expect(listenOn(port)).resolves.toBeUndefined();
  });

  it('says which address it could not listen on when the port is taken', async () => {
    await using first = await startSim({ models: { base: { accuracy: 1 } } });
    const port = Number(new URL(first.url).port);
    await expect(startSim({ models: { base: { accuracy: 1 } }, port })).rejects.toThrow(
      `simulator: cannot listen on 127.0.0.1:${port}`,
    );
  });

  it('rejects invalid options before it listens', async () => {
    await expect(startSim({ models: {} })).rejects.toThrow(/at least one served model/);
    await expect(startSim({ models: { base: { accuracy: 1.5 } } })).rejects.toThrow(
      /accuracy must be a number in \[0, 1\]/,
    );
    await expect(
      startSim({ models: { base: { accuracy: 1 } }, replies: [{ match: '(', reply: 'x' }] }),
    ).rejects.toThrow(/replies\[0\]\.match/);
  });
});

/** Resolves once something else can listen on the port (and closes it again). */
function listenOn(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}
