import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readInputs } from '../src/action/inputs.js';

const action = parse(readFileSync(path.resolve(import.meta.dirname, '../action.yml'), 'utf8')) as {
  inputs: Record<string, { default: string }>;
};

describe('Action inputs', () => {
  test('the defaults in action.yml and the ones the Action falls back to when an input is absent are the same', () => {
    const fromYaml = readInputs((name) =>
      name === 'github-token' ? '' : (action.inputs[name]?.default ?? ''),
    );
    const absent = readInputs(() => '');
    expect(fromYaml).toEqual(absent);
  });

  test('lists are comma- or newline-separated, and an empty input means "use the config"', () => {
    const inputs = readInputs(
      (name) =>
        ({ model: 'cand, base\nother', 'fail-on': 'regression,inconclusive', 'merge-from': 'shards\nmore' })[
          name
        ] ?? '',
    );
    expect(inputs.models).toEqual(['cand', 'base', 'other']);
    expect(inputs.failOn).toEqual(['regression', 'inconclusive']);
    expect(inputs.mergeFrom).toEqual(['shards', 'more']);
    expect(readInputs(() => '')).toMatchObject({
      failOn: null,
      cache: null,
      baseline: null,
      pagesBranch: null,
      maxItems: null,
      concurrency: null,
    });
  });
});
