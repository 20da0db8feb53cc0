import { describe, expect, test } from 'vitest';
import { parseConfig } from '../src/config/index.js';
import { ConfigError } from '../src/errors.js';
import { resolveBuiltin } from '../src/tasks/builtins.js';

function load(yaml: string, env: Record<string, string | undefined> = {}) {
  return parseConfig(yaml, { env, file: '/project/evalwarden.yml' }).config;
}

const MODEL = `models:
  - id: ckpt
    role: training
    base_url: http://127.0.0.1:8000/v1
    model: m
    step: \${STEP}
    params:
      temperature: \${TEMP:-0}
      max_tokens: "\${MAX_TOKENS}"
`;

describe('interpolated values take the type the schema gives their field', () => {
  test('step: ${STEP} is the integer 5000, and numbers in params are numbers', () => {
    const config = load(
      `${MODEL}tasks:\n  - { id: t, dataset: { path: d.jsonl }, scorer: exact }\nrun:\n  cache:\n    enabled: \${CACHE}\n`,
      { STEP: '5000', MAX_TOKENS: '256', CACHE: 'false' },
    );
    expect(config.models[0].step).toBe(5000);
    expect(config.models[0].params).toMatchObject({ temperature: 0, max_tokens: 256 });
    expect(config.run.cache.enabled).toBe(false);
  });

  test('a string field keeps the text even when it looks like a number', () => {
    const config = load(
      `${MODEL.replace('model: m', 'model: ${SERVED}')}tasks:\n  - { id: t, dataset: { path: d.jsonl }, scorer: exact }\n`,
      {
        STEP: '1',
        MAX_TOKENS: '8',
        SERVED: '42',
      },
    );
    expect(config.models[0].model).toBe('42');
  });

  test('a value that is not a number of the right kind still fails validation', () => {
    expect(() =>
      load(`${MODEL}tasks:\n  - { id: t, dataset: { path: d.jsonl }, scorer: exact }\n`, {
        STEP: 'five',
        MAX_TOKENS: '8',
      }),
    ).toThrow(ConfigError);
    expect(() =>
      load(`${MODEL}tasks:\n  - { id: t, dataset: { path: d.jsonl }, scorer: exact }\n`, {
        STEP: '2.5',
        MAX_TOKENS: '8',
      }),
    ).toThrow(/integer/);
  });
});

describe('a builtin task under what the user wrote', () => {
  test("fields written in the config override the builtin's; the schema's defaults do not", () => {
    const yaml = (fields: string) =>
      `models:\n  - { id: m, base_url: 'http://127.0.0.1:8000/v1', model: m }\ntasks:\n  - { id: g, builtin: gsm8k${fields} }\n`;
    const plain = resolveBuiltin(load(yaml('')).tasks[0]);
    expect(plain.fields).toMatchObject({ input: 'question', target: 'answer' });
    const own = resolveBuiltin(load(yaml(', fields: { target: final }')).tasks[0]);
    expect(own.fields).toMatchObject({ input: 'question', target: 'final' });
  });

  test("fields written on a task object override the builtin's", () => {
    const task = resolveBuiltin({ id: 'g', builtin: 'golden-math', fields: { target: 'final' } } as never);
    expect(task.fields).toMatchObject({ input: 'question', target: 'final' });
  });
});
