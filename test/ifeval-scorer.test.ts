import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DataError } from '../src/errors.js';
import type { Score } from '../src/tasks/scorer.js';
import { INSTRUCTIONS } from '../src/tasks/ifeval/registry.js';
import { buildInstructions } from '../src/tasks/ifeval/row.js';
import { ifeval } from '../src/tasks/scorers/ifeval.js';

const score = ifeval.create({});
const run = (row: Record<string, unknown>, output: string, options = {}) =>
  (options === score ? score : ifeval.create(options))(
    { output, row, target: null, prompt: String(row.prompt ?? '') },
    { judge: null },
  ) as Score;

const ROW = {
  key: 7,
  prompt: 'Write two sentences without commas. End with "Bye."',
  instruction_id_list: [
    'punctuation:no_comma',
    'length_constraints:number_sentences',
    'startend:end_checker',
  ],
  kwargs: [{}, { relation: 'at least', num_sentences: 2 }, { end_phrase: 'Bye.' }],
};

describe('the ifeval scorer', () => {
  test('a response that follows everything scores 1 on all four metrics', () => {
    const result = score(
      { output: 'It rained today. Bye.', row: ROW, target: null, prompt: '' },
      { judge: null },
    ) as Score;
    expect(result.value).toBe(1);
    expect(result.metrics).toEqual({
      prompt_level_strict: 1,
      inst_level_strict: 1,
      prompt_level_loose: 1,
      inst_level_loose: 1,
    });
    expect(result.explanation).toBeUndefined();
  });

  test('instruction-level metrics are fractions weighted by the number of instructions, so a task mean is the reference accuracy', () => {
    const result = run(ROW, 'It rained, sadly. Bye.\nFooter, line');
    expect(result.metrics).toEqual({
      prompt_level_strict: 0,
      inst_level_strict: 1 / 3,
      prompt_level_loose: 0,
      inst_level_loose: 2 / 3,
    });
    expect(result.weights).toEqual({ inst_level_strict: 3, inst_level_loose: 3 });
    expect(result.explanation).toBe(
      'not followed: punctuation:no_comma, startend:end_checker; loosely not followed: punctuation:no_comma',
    );
    expect(result.metadata).toEqual({
      instructions: [
        { id: 'punctuation:no_comma', strict: false, loose: false },
        { id: 'length_constraints:number_sentences', strict: true, loose: true },
        { id: 'startend:end_checker', strict: false, loose: true },
      ],
    });
  });

  test('the primary metric is configurable; only prompt-level metrics are binary', () => {
    expect(ifeval.metrics({})).toEqual([
      'prompt_level_strict',
      'inst_level_strict',
      'prompt_level_loose',
      'inst_level_loose',
    ]);
    expect(ifeval.metrics({ primary_metric: 'inst_level_loose' })[0]).toBe('inst_level_loose');
    expect(ifeval.binary({})).toBe(true);
    expect(ifeval.binary({ primary_metric: 'inst_level_strict' })).toBe(false);
    expect(
      run(ROW, 'It rained, sadly. Bye.\nFooter, line', { primary_metric: 'inst_level_loose' }).value,
    ).toBeCloseTo(2 / 3);
  });

  test('an unknown instruction id is a data error naming the item and the id, not a zero', () => {
    const row = { key: 9, instruction_id_list: ['keywords:existance'], kwargs: [{ keywords: ['a'] }] };
    expect(() => run(row, 'a')).toThrow(DataError);
    expect(() => run(row, 'a')).toThrow(
      /IFEval item 9 instruction_id_list\[0\]: unknown IFEval instruction id "keywords:existance"/,
    );
  });

  test('kwargs the reference would replace with a random draw, or reject, are data errors', () => {
    const bad = (id: string, kwargs: Record<string, unknown>) => () =>
      buildInstructions({ instruction_id_list: [id], kwargs: [kwargs] });
    expect(bad('length_constraints:number_words', { relation: 'at least' })).toThrow(/needs "num_words"/);
    expect(bad('length_constraints:number_words', { relation: 'at most', num_words: 3 })).toThrow(
      /"less than" or "at least"/,
    );
    expect(
      bad('keywords:letter_frequency', { letter: 'ab', let_frequency: 1, let_relation: 'at least' }),
    ).toThrow(/one character/);
    expect(bad('language:response_language', { language: 'xx' })).toThrow(/must be one of/);
    expect(bad('punctuation:no_comma', { keyword: 'x' })).toThrow(/takes no "keyword"/);
    expect(bad('combination:repeat_prompt', {})).toThrow(/prompt_to_repeat/);
  });

  test('null-valued kwargs (the Hugging Face copy lists every key) are ignored', () => {
    const row = {
      instruction_id_list: ['punctuation:no_comma'],
      kwargs: [{ num_words: null, relation: null }],
    };
    expect(run(row, 'No commas.').value).toBe(1);
  });
});

const REFERENCE = new URL('../../shared/datasets/ifeval/input_data.jsonl', import.meta.url);
const lines = existsSync(REFERENCE) ? readFileSync(REFERENCE, 'utf8').trim().split('\n') : [];

describe.skipIf(lines.length === 0)(
  'the 541 reference prompts (read from ../shared/datasets/ifeval, which the repository does not ship)',
  () => {
    const rows = lines.map((line) => JSON.parse(line) as Record<string, unknown>);

    test('every prompt parses and every instruction in it is supported', () => {
      expect(rows).toHaveLength(541);
      let instructions = 0;
      for (const row of rows) instructions += buildInstructions(row).length;
      expect(instructions).toBe(834);
    });

    test('they use exactly the 25 supported instruction ids', () => {
      const used = new Set(rows.flatMap((row) => row.instruction_id_list as string[]));
      expect([...used].sort()).toEqual(Object.keys(INSTRUCTIONS).sort());
    });
  },
);
