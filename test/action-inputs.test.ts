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
    expect(inputs.models).toEqual([{ id: 'cand' }, { id: 'base' }, { id: 'other' }]);
    // The CLI's --model syntax, parsed at the edge: a checkpoint served under the candidate's id.
    const pick = readInputs((name) =>
      name === 'model' ? 'cand=org/ckpt-5000@http://127.0.0.1:8000/v1' : '',
    );
    expect(pick.models).toEqual([
      { id: 'cand', served: 'org/ckpt-5000', baseUrl: 'http://127.0.0.1:8000/v1' },
    ]);
    expect(() => readInputs((name) => (name === 'model' ? 'cand=@nowhere' : ''))).toThrow(
      /is not ID, ID=SERVED_MODEL/,
    );
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

  test('step makes a sweep job a checkpoint: a whole number ≥ 0, or an error that names the input', () => {
    const withStep = (step: string) => readInputs((name) => (name === 'step' ? step : ''));
    expect(withStep('0').step).toBe(0);
    expect(withStep('2000').step).toBe(2000);
    expect(withStep('').step).toBeNull();
    expect(() => withStep('step-2000')).toThrow(/input step: "step-2000"/);
  });
});
