import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import recordSchema from '../schemas/record.schema.json' with { type: 'json' };
import type { EvalRecord } from '../src/artifacts.js';
import { ModelClient } from '../src/model/client.js';
import { publishableRecord } from '../src/publish/outputs.js';
import { readResults, runCli, tempProject, writeConfig, writeJsonl } from './support/engine.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../shared/real-fixtures/openai-compatible/vllm');
const SERVED = 'Qwen/Qwen3-0.6B';

function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** A chat completion body around one reply text (for replies no captured body holds). */
function completionWith(content: string): string {
  return JSON.stringify({
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 0,
    model: SERVED,
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 10, completion_tokens: 20, total_tokens: 30 },
  });
}

/**
 * An OpenAI-compatible server that lists the model as vLLM does (a captured /v1/models body)
 * and answers each chat completion with the body `reply` gives for its last user message.
 */
async function startReplyServer(
  reply: (prompt: string) => string,
): Promise<{ url: string; [Symbol.asyncDispose]: () => Promise<void> }> {
  const models = fixture('v1-models.list.json');
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.method === 'GET' && req.url === '/v1/models') return res.end(models);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        messages: { role: string; content: string }[];
      };
      res.end(reply(body.messages.at(-1)?.content ?? ''));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/v1`,
    [Symbol.asyncDispose]: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function completeOnce(body: string): Promise<Awaited<ReturnType<ModelClient['complete']>>> {
  await using server = await startReplyServer(() => body);
  const client = new ModelClient({
    baseUrl: server.url,
    servedModel: SERVED,
    apiKey: undefined,
    apiKeyEnv: undefined,
    api: 'chat',
    params: { temperature: 0 },
    timeoutMs: 10_000,
    maxRetries: 0,
  });
  try {
    return await client.complete([{ role: 'user', content: 'Hello, InstructKR!' }], 0);
  } finally {
    await client.close();
  }
}

describe.skipIf(!existsSync(FIXTURES))(
  'a reply is kept as received, less its reasoning (real vLLM bodies from ../shared/real-fixtures)',
  () => {
    test('with reasoning_content, the content is kept whole, its leading blank lines included', async () => {
      const completion = await completeOnce(fixture('chat-completion.reasoning_content.json'));
      expect(completion.output).toBe('\n\nHello! How can I assist you today? 😊');
      expect(completion.reasoning).toMatch(/^\nOkay, the user said "Hello, InstructKR!"/);
      expect(completion.toolCalls).toEqual([]);
    });

    test('a <think> block in the content goes with the whitespace right after it, and nothing else', async () => {
      const completion = await completeOnce(
        fixture('chat-completion.no-reasoning-parser.think-in-content.json'),
      );
      expect(completion.output).toBe('Hello! How can I assist you today? 😊');
      expect(completion.reasoning).toMatch(/^Okay, the user just said/);
    });

    test('text after a reasoning block keeps its own trailing whitespace', async () => {
      const completion = await completeOnce(completionWith('<think>\nhm\n</think>\n\n  Answer: 4  \n\n'));
      expect(completion.output).toBe('Answer: 4  \n\n');
      expect(completion.reasoning).toBe('hm');
    });
  },
);

// Three replies where a trim changes IFEval's loose result (the loose variants drop the first or
// last line: after a trim another line is first or last). The expected results are the
// reference's (evaluation_lib.py test_instruction_following_loose with instructions.py's checks).
const NO_COMMA_PROMPT =
  'Write a plot for a story about two people who swap fingerprints. Include a title wrapped in double angular brackets, i.e. <<title>>. In your response please avoid using commas.';
const IFEVAL_CASES = [
  {
    key: 1,
    prompt: NO_COMMA_PROMPT,
    instruction_id_list: ['punctuation:no_comma'],
    kwargs: [{}],
    // The reference drops only the blank first line, so the comma of the repeated prompt counts.
    reply:
      "  \nWRITE A PLOT FOR A STORY ABOUT TWO PEOPLE WHO SWAP FINGERPRINTS. INCLUDE A TITLE WRAPPED IN DOUBLE ANGULAR BRACKETS, I.E. <<TITLE>>. IN YOUR RESPONSE PLEASE AVOID USING COMMAS.\n\n<<The Borrowed Touch>>\n\nMara and Theo wake up with each other's fingerprints.\nThey learn to live as one another.",
  },
  {
    key: 2,
    prompt: 'Write two paragraphs about the seasons, separated by the markdown divider ***.',
    instruction_id_list: ['length_constraints:number_paragraphs'],
    kwargs: [{ num_paragraphs: 2 }],
    // Ends in "  \n\n": the reference's last line is empty, so the closing remark stays.
    reply:
      'Autumn came early that year.\nThe leaves fell in a week.\n***\nWinter followed, long and quiet.\n***\nI hope you enjoyed it!  \n\n',
  },
  {
    key: 3,
    prompt: 'Write two short paragraphs about spring and summer, separated by the markdown divider ***.',
    instruction_id_list: ['length_constraints:number_paragraphs'],
    kwargs: [{ num_paragraphs: 2 }],
    // Starts "\n  \"***\n": the reference's first line is empty, so the stray divider stays.
    reply: '\n  "***\nSpring arrives with rain.\n***\nSummer follows with heat.\n***\nThat is all."',
  },
];

describe('IFEval scores the reply as received', () => {
  test('loose results match the reference on replies that start or end with blank lines', async () => {
    await using project = await tempProject();
    const rows = IFEVAL_CASES.map(({ reply: _reply, ...row }) => row);
    await writeJsonl(path.join(project.dir, 'data/ifeval.jsonl'), rows);
    const replies = new Map(IFEVAL_CASES.map((c) => [c.prompt, c.reply]));
    await using server = await startReplyServer((prompt) => completionWith(replies.get(prompt) ?? ''));
    await writeConfig(project.dir, {
      models: [{ id: 'cand', base_url: server.url, model: SERVED }],
      tasks: [
        {
          id: 'ifeval',
          dataset: { path: 'data/ifeval.jsonl' },
          fields: { id: 'key', input: 'prompt' },
          scorer: { type: 'ifeval' },
        },
      ],
      run: { concurrency: 4, max_retries: 0, cache: { enabled: false } },
      // A handful of items: below the default min_items, which would make the run exit 2.
      gate: { min_items: 1 },
    });
    const result = await runCli(['run', '--suite', 'full', '--out', 'out'], { cwd: project.dir });
    expect(result.code, result.stderr).toBe(0);
    const { records } = await readResults(path.join(project.dir, 'out'));
    const byKey = new Map(records.map((r) => [r.item_id, r]));
    const scored = IFEVAL_CASES.map(({ key }) => ({
      key,
      strict: byKey.get(String(key))?.scores.prompt_level_strict,
      loose: byKey.get(String(key))?.scores.prompt_level_loose,
    }));
    expect(scored).toEqual(IFEVAL_CASES.map(({ key }) => ({ key, strict: 0, loose: 0 })));
    for (const { key, reply } of IFEVAL_CASES) expect(byKey.get(String(key))?.output).toBe(reply);
  });
});

describe.skipIf(!existsSync(FIXTURES))('a reply that calls a tool (a real vLLM tool-call body)', () => {
  test('its tool calls are recorded, and json scores the arguments of the call', async () => {
    await using project = await tempProject();
    await writeJsonl(path.join(project.dir, 'data/tools.jsonl'), [
      { id: 'seoul', question: 'What is the weather like in Seoul?' },
    ]);
    await using server = await startReplyServer(() => fixture('chat-completion.tool-calls.json'));
    const task = (id: string, scorer: object) => ({
      id,
      dataset: { path: 'data/tools.jsonl' },
      fields: { input: 'question' },
      scorer,
    });
    const location = { type: 'object', required: ['location'], properties: { location: { const: 'Seoul' } } };
    await writeConfig(project.dir, {
      models: [{ id: 'cand', base_url: server.url, model: SERVED }],
      tasks: [
        task('named-call', { type: 'json', tool: 'get_weather', schema: location }),
        task('only-calls', { type: 'json', schema: location }),
        task('other-call', { type: 'json', tool: 'get_time' }),
      ],
      run: { concurrency: 4, max_retries: 0, cache: { enabled: false } },
      // A handful of items: below the default min_items, which would make the run exit 2.
      gate: { min_items: 1 },
    });
    const result = await runCli(['run', '--suite', 'full', '--out', 'out'], { cwd: project.dir });
    expect(result.code, result.stderr).toBe(0);
    const { records } = await readResults(path.join(project.dir, 'out'));
    const validate = new Ajv({ strict: false }).compile(recordSchema);
    for (const record of records) {
      expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
      expect(record.error).toBeNull();
      expect(record.output).toBe('');
      expect(record.reasoning).toMatch(/^Okay, the user is asking about the weather in Seoul/);
      expect(record.tool_calls).toEqual([
        {
          id: 'chatcmpl-tool-0e7aedb0c1e543d592c2ba92cb77d4d5',
          name: 'get_weather',
          arguments: '{"location": "Seoul"}',
        },
      ]);
    }
    const byTask = new Map(records.map((r) => [r.task, r]));
    expect(byTask.get('named-call')).toMatchObject({ score: 1, answer: 'get_weather' });
    expect(byTask.get('only-calls')).toMatchObject({ score: 1, answer: 'get_weather' });
    expect(byTask.get('other-call')).toMatchObject({
      score: 0,
      details: { explanation: 'no call to get_time (the reply called get_weather)' },
    });
  });
});

describe('published tool calls follow the output', () => {
  const record = {
    output: '',
    reasoning: null,
    answer: 'get_weather',
    details: null,
    tool_calls: [
      { id: 'call-1', name: 'get_weather', arguments: '{"location": "Seoul", "key": "sk-secret"}' },
    ],
  } as unknown as EvalRecord;
  const policy = { outputs: 'head' as const, inputs: 'none' as const, headSize: 5, redact: [/sk-[a-z]+/g] };

  test('where the output is hidden, the tool calls are left out', () => {
    expect(publishableRecord(record, policy, { outputs: false, inputs: false })).not.toHaveProperty(
      'tool_calls',
    );
  });

  test('where the output is shown, the arguments are redacted like it', () => {
    expect(publishableRecord(record, policy, { outputs: true, inputs: false }).tool_calls).toEqual([
      { id: 'call-1', name: 'get_weather', arguments: '{"location": "Seoul", "key": "[redacted]"}' },
    ]);
  });
});
