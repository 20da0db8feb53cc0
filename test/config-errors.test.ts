import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, tempProject } from './support/engine.js';

const MODEL = `models:\n  - id: cand\n    base_url: http://127.0.0.1:9/v1\n    model: m\n`;
const TASK = `tasks:\n  - id: math\n    dataset: { path: data.jsonl }\n    fields: { input: question, target: answer }\n    scorer: numeric\n`;
const GOOD_ROWS = '{"id":"a","question":"1+1?","answer":"2"}\n{"id":"b","question":"2+2?","answer":"4"}\n';

interface Case {
  name: string;
  config: string;
  data?: Record<string, string>;
  args?: string[];
  /** What stderr must say: position and message. */
  expect: string[];
}

const cases: Case[] = [
  {
    name: 'broken YAML',
    config: `${MODEL}tasks:\n  - id: math\n   dataset: x\n`,
    expect: ['evalwarden.yml:7:', 'invalid YAML'],
  },
  { name: 'no models', config: TASK, expect: ['evalwarden.yml:1:1', 'missing required property "models"'] },
  {
    name: 'a misspelt top-level key',
    config: `${MODEL}${TASK}sutes: {}\n`,
    expect: ['evalwarden.yml:10:1', 'unknown property "sutes"', 'did you mean "suites"'],
  },
  {
    name: 'a model without base_url',
    config: `models:\n  - id: cand\n    model: m\n${TASK}`,
    expect: ['evalwarden.yml:2:5', 'models[0]', 'missing required property "base_url"'],
  },
  {
    name: 'a base_url that is not http',
    config: MODEL.replace('http://127.0.0.1:9/v1', 'ftp://x') + TASK,
    expect: ['evalwarden.yml:3:15', 'models[0].base_url', 'does not match'],
  },
  {
    name: 'an unknown role',
    config: `${MODEL}    role: champion\n${TASK}`,
    expect: ['evalwarden.yml:5:11', 'must be one of', '"candidate"'],
  },
  {
    name: 'an unknown scorer',
    config: `${MODEL}${TASK.replace('scorer: numeric', 'scorer: regx')}`,
    expect: ['evalwarden.yml:9:13', 'unknown scorer "regx"', 'did you mean "regex"'],
  },
  {
    name: 'a regex that does not compile',
    config: `${MODEL}${TASK.replace('scorer: numeric', "scorer: { type: regex, pattern: '(unclosed' }")}`,
    expect: ['evalwarden.yml:9:13', 'pattern does not compile'],
  },
  {
    name: 'a regex scorer without its pattern',
    config: `${MODEL}${TASK.replace('scorer: numeric', 'scorer: { type: regex }')}`,
    expect: ['evalwarden.yml:9:13', 'missing required property "pattern"'],
  },
  {
    name: 'an unknown scorer option',
    config: `${MODEL}${TASK.replace('scorer: numeric', 'scorer: { type: numeric, tolerence: 0.1 }')}`,
    expect: ['evalwarden.yml:9:30', 'unknown property "tolerence"', 'did you mean "tolerance"'],
  },
  {
    name: 'a duplicate task id',
    config: `${MODEL}${TASK}  - id: math\n    dataset: { path: data.jsonl }\n    scorer: exact\n`,
    expect: ['evalwarden.yml:10:9', 'duplicate task id "math"'],
  },
  {
    name: 'a suite naming an unknown task',
    config: `${MODEL}${TASK}suites:\n  quick:\n    tasks: [maths]\n`,
    expect: ['evalwarden.yml:12:13', 'unknown task "maths"', 'did you mean "math"'],
  },
  {
    name: 'a judge that is not a model',
    config: `${MODEL}${TASK}judge:\n  model: gpt-judge\n`,
    expect: ['evalwarden.yml:11:10', 'unknown model "gpt-judge"'],
  },
  {
    name: 'a training model without its step',
    config: `${MODEL}    role: training\n${TASK}`,
    expect: ['evalwarden.yml:2:5', 'needs its checkpoint `step`'],
  },
  {
    name: 'zero samples',
    config: `${MODEL}${TASK}    samples: 0\n`,
    expect: ['evalwarden.yml:10:14', 'must be >= 1'],
  },
  {
    name: 'an unset environment variable',
    config: MODEL.replace('http://127.0.0.1:9/v1', '${VLLM_URL}') + TASK,
    expect: ['evalwarden.yml:3:15', 'environment variable VLLM_URL is not set'],
  },
  {
    name: 'a task without a dataset',
    config: `${MODEL}tasks:\n  - id: math\n    scorer: exact\n`,
    expect: ['evalwarden.yml:6:5', 'missing required property "dataset"'],
  },
  {
    name: 'a primary metric the scorer does not report',
    config: `${MODEL}${TASK}    primary_metric: f1\n`,
    expect: ['evalwarden.yml:10:21', 'reports no metric "f1"', 'flexible_extract'],
  },
  {
    name: 'a concurrency that is not a number',
    config: `${MODEL}${TASK}run:\n  concurrency: lots\n`,
    expect: ['evalwarden.yml:11:16', 'run.concurrency'],
  },
  {
    name: 'an unknown fail_on verdict',
    config: `${MODEL}${TASK}gate:\n  fail_on: [regresion]\n`,
    expect: ['evalwarden.yml:11:13', 'must be one of', '"regression"'],
  },
  {
    name: 'a JSON Schema option that does not compile',
    config: `${MODEL}${TASK.replace('scorer: numeric', 'scorer: { type: json, schema: { type: nope } }')}`,
    expect: ['evalwarden.yml:9:13', 'schema does not compile'],
  },
  {
    name: 'a missing dataset file',
    config: `${MODEL}${TASK.replace('data.jsonl', 'missing.jsonl')}`,
    expect: ['missing.jsonl', 'cannot read the dataset file'],
  },
  {
    name: 'a dataset line that is not JSON',
    config: `${MODEL}${TASK}`,
    data: { 'data.jsonl': `${GOOD_ROWS}{"id": "c", question: }\n` },
    expect: ['data.jsonl:3', 'invalid JSON'],
  },
  {
    name: 'a dataset row without the prompt field',
    config: `${MODEL}${TASK}`,
    data: { 'data.jsonl': '{"id":"a","question":"1+1?","answer":"2"}\n{"id":"b","q":"2+2?","answer":"4"}\n' },
    expect: ['data.jsonl:2', 'row has no field "question"'],
  },
  {
    name: 'a dataset row without its target',
    config: `${MODEL}${TASK}`,
    data: { 'data.jsonl': '{"id":"a","question":"1+1?"}\n' },
    expect: ['data.jsonl:1', 'row has no target field "answer"'],
  },
  {
    name: 'a duplicate item id',
    config: `${MODEL}${TASK}`,
    data: { 'data.jsonl': `${GOOD_ROWS}{"id":"a","question":"3+3?","answer":"6"}\n` },
    expect: ['data.jsonl:3', 'duplicate item id "a" (first on line 1)'],
  },
  {
    name: 'a CSV dataset with an unclosed quote',
    config: `${MODEL}${TASK.replace('data.jsonl', 'data.csv')}`,
    data: { 'data.csv': 'id,question,answer\na,"1+1?,2\n' },
    expect: ['data.csv', 'invalid CSV'],
  },
  {
    name: 'a YAML dataset that is not a list',
    config: `${MODEL}${TASK.replace('data.jsonl', 'data.yaml')}`,
    data: { 'data.yaml': 'id: a\nquestion: x\n' },
    expect: ['data.yaml:1', 'must be a list of rows'],
  },
  {
    name: 'an empty dataset',
    config: `${MODEL}${TASK}`,
    data: { 'data.jsonl': '\n' },
    expect: ['data.jsonl', 'the dataset has no rows'],
  },
  {
    name: 'an unknown suite',
    config: `${MODEL}${TASK}`,
    args: ['--suite', 'nightly'],
    expect: ['unknown suite "nightly"', 'suites: quick, full'],
  },
];

describe('bad config or data gives one clear message and runs nothing', () => {
  test.each(cases)('$name', async ({ config, data, args, expect: wanted }) => {
    await using project = await tempProject();
    await writeFile(path.join(project.dir, 'evalwarden.yml'), config);
    for (const [file, text] of Object.entries(data ?? { 'data.jsonl': GOOD_ROWS }))
      await writeFile(path.join(project.dir, file), text);
    const result = await runCli(['validate', ...(args ?? [])], { cwd: project.dir, env: {} });
    expect(result.code, result.stdout).toBe(2);
    expect(result.stderr.startsWith('error: ')).toBe(true);
    for (const part of wanted) expect(result.stderr).toContain(part);
    // One message and a hint at most; never a stack trace.
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr.split('\n').length).toBeLessThanOrEqual(2);
  });

  test('the same config with good data is valid', async () => {
    await using project = await tempProject();
    await writeFile(path.join(project.dir, 'evalwarden.yml'), `${MODEL}${TASK}`);
    await writeFile(path.join(project.dir, 'data.jsonl'), GOOD_ROWS);
    const result = await runCli(['validate'], { cwd: project.dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2 items in suite full: valid');
  });
});

describe('bad rows found while scoring', () => {
  test('an unknown IFEval instruction id stops the run with the dataset line, not a wrong answer', async () => {
    const { startSim } = await import('../src/sim/index.js');
    await using project = await tempProject();
    const rows = [
      { key: 1, prompt: 'Write a haiku.', instruction_id_list: ['punctuation:no_comma'], kwargs: [{}] },
      {
        key: 2,
        prompt: 'Write a limerick.',
        instruction_id_list: ['punctuation:no_commas_please'],
        kwargs: [{}],
      },
    ];
    await writeFile(
      path.join(project.dir, 'ifeval.jsonl'),
      `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`,
    );
    await using sim = await startSim({ models: { m: { accuracy: 1 } }, latencyMs: 1 });
    await writeFile(
      path.join(project.dir, 'evalwarden.yml'),
      `models:\n  - { id: m, base_url: "${sim.url}", model: m }\ntasks:\n  - { id: ife, builtin: ifeval, dataset: { path: ifeval.jsonl } }\nrun: { cache: { enabled: false } }\n`,
    );
    const result = await runCli(['run', '--suite', 'full', '--out', 'out'], { cwd: project.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ifeval.jsonl:2');
    expect(result.stderr).toContain('item 2');
    expect(result.stderr).toContain('punctuation:no_commas_please');
  });
});
