import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DataError } from '../src/errors.js';
import { isScoreFailure, type ScorerContext } from '../src/tasks/scorer.js';
import { findScorer } from '../src/tasks/scorers/index.js';

// One seed, so CI runs the same cases every time (a failure names its counterexample either way).
fc.configureGlobal({ seed: 20261202 });

const noJudge: ScorerContext = { judge: null };
// The regex scorer reads the last whitespace-separated token of the output.
const LAST_TOKEN = { pattern: '(\\S+)$' };

async function value(
  name: string,
  options: Record<string, unknown>,
  output: string,
  target: string | null,
): Promise<number> {
  const result = await findScorer(name)!.create(options)({ output, target, row: {}, prompt: 'q' }, noJudge);
  if (isScoreFailure(result)) throw new Error(result.error.message);
  return result.value;
}

// output, target, and the expected result of exact, numeric, contains and regex (last token).
// exact and regex compare strings (1.0 ≠ 1, $5 ≠ 5); numeric compares values, reading "%" and
// "$" as units of the number written; contains finds a number only as a whole number.
const PAIRS: [string, string, number, number, number, number][] = [
  ['1', '-1', 0, 0, 0, 0],
  ['-1', '1', 0, 0, 0, 0],
  ['-1', '-1', 1, 1, 1, 1],
  ['\u22121', '-1', 1, 1, 1, 1],
  ['\u22121', '1', 0, 0, 0, 0],
  ['+1', '1', 0, 1, 0, 0],
  ['1.0', '1', 0, 1, 0, 0],
  ['1', '1.0', 0, 1, 0, 0],
  ['1,000', '1000', 0, 1, 0, 0],
  ['1000', '1,000', 0, 1, 0, 0],
  ['1,000', '1', 0, 0, 0, 0],
  ['0.5', '.5', 0, 1, 0, 0],
  ['.5', '5', 0, 0, 0, 0],
  ['.5', '0.5', 0, 1, 0, 0],
  ['50%', '50', 0, 1, 1, 0],
  ['50%', '0.5', 0, 0, 0, 0],
  ['50%', '50%', 1, 1, 1, 1],
  ['$5', '5', 0, 1, 1, 0],
  ['$5', '$5', 1, 1, 1, 1],
  ['-$5', '5', 0, 0, 0, 0],
  ['1e3', '1000', 0, 1, 0, 0],
  ['1e3', '1', 0, 0, 0, 0],
  ['1e3', '3', 0, 0, 0, 0],
  ['2.5e-3', '0.0025', 0, 1, 0, 0],
  ['1.5E+3', '1500', 0, 1, 0, 0],
  ['10²', '102', 0, 0, 0, 0],
  ['10²', '100', 0, 1, 0, 0],
  ['10²', '10', 0, 0, 0, 0],
  ['10²', '10²', 1, 1, 1, 1],
  ['1½', '11', 0, 0, 0, 0],
  ['17', '7', 0, 0, 0, 0],
  ['-7', '7', 0, 0, 0, 0],
  ['7', '-7', 0, 0, 0, 0],
  ['7.5', '7', 0, 0, 0, 0],
  ['7,000', '7', 0, 0, 0, 0],
  ['0.1', '1', 0, 0, 0, 0],
  ['12345', '1234', 0, 0, 0, 0],
  ['3.14', '3.140', 0, 1, 0, 0],
  ['１２', '12', 1, 1, 1, 1],
  ['(-1)', '-1', 1, 1, 1, 1],
  ['-1.', '-1', 1, 1, 1, 1],
  ['The answer is 7.', '7', 0, 1, 1, 1],
  ['It is -7 degrees', '-7', 0, 1, 1, 0],
  ['It is \u22127 degrees', '-7', 0, 1, 1, 0],
  ['It is \u22127 degrees', '7', 0, 0, 0, 0],
  ['COVID-19', '19', 0, 1, 1, 0],
  ['COVID-19', '-19', 0, 0, 0, 0],
  ['from 3-5 apples', '5', 0, 1, 1, 0],
  ['x = 5e-1', '0.5', 0, 1, 0, 0],
  ['the total is -$1,250.00', '-1250', 0, 1, 0, 0],
];

describe('scorers never change what a number means', () => {
  test.each(PAIRS)(
    'output %j against target %j: exact %i, numeric %i, contains %i, regex %i',
    async (output, target, exact, numeric, contains, regex) => {
      expect({
        exact: await value('exact', {}, output, target),
        numeric: await value('numeric', {}, output, target),
        contains: await value('contains', {}, output, target),
        regex: await value('regex', LAST_TOKEN, output, target),
      }).toEqual({ exact, numeric, contains, regex });
    },
  );

  test.each([
    ['B', '1', 1],
    ['A', '-1', 0],
    ['B', '1.0', 0],
    ['Answer: (C)', '2', 1],
  ] as const)(
    'choice reads %j against target %j as %i (a target index is a whole number)',
    async (output, target, expected) => {
      expect(await value('choice', {}, output, target)).toBe(expected);
    },
  );

  test.each([
    ['{"a": -1}', -1, 1],
    ['{"a": 1}', -1, 0],
    ['{"a": 1.0}', 1, 1],
    ['{"a": 1e3}', 1000, 1],
    ['{"a": 10}', 1, 0],
  ] as const)('json reads %j as holding the value %d: %i', async (output, constant, expected) => {
    const schema = { type: 'object', properties: { a: { const: constant } }, required: ['a'] };
    expect(await value('json', { schema }, output, null)).toBe(expected);
  });
});

describe('a numeric target that is not a number', () => {
  test.each(['3/4', 'twelve', '1,5', ''])(
    '%j is bad data, not a wrong answer for every output',
    async (target) => {
      await expect(value('numeric', {}, 'The answer is 12.', target)).rejects.toThrow(DataError);
    },
  );
});

/** A decimal written out digit by digit (no float formatting): n / 10^scale. */
function decimal(n: number, scale: number): string {
  const digits = Math.abs(n)
    .toString()
    .padStart(scale + 1, '0');
  const whole = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  return n < 0 ? `-${whole}` : whole;
}

type Style = 'plain' | 'commas' | 'unicode-minus' | 'plus' | 'bare-point' | 'trailing-zero' | 'scientific';

/** The same number written another way a model or a dataset might write it. */
function write(text: string, style: Style): string {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const sign = negative ? '-' : '';
  switch (style) {
    case 'plain':
      return text;
    case 'commas': {
      const [whole, fraction] = body.split('.');
      const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
      return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
    }
    case 'unicode-minus':
      return negative ? `\u2212${body}` : text;
    case 'plus':
      return negative ? text : `+${body}`;
    case 'bare-point':
      return body.startsWith('0.') ? `${sign}${body.slice(1)}` : text;
    case 'trailing-zero':
      return body.includes('.') ? `${text}0` : `${text}.0`;
    case 'scientific':
      return Number(text).toExponential();
  }
}

const STYLES: Style[] = [
  'plain',
  'commas',
  'unicode-minus',
  'plus',
  'bare-point',
  'trailing-zero',
  'scientific',
];
const number = fc.record({
  n: fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
  scale: fc.integer({ min: 0, max: 4 }),
  style: fc.constantFrom(...STYLES),
});
const written = (x: { n: number; scale: number; style: Style }): string =>
  write(decimal(x.n, x.scale), x.style);

describe('random numbers: different values never pass for each other', () => {
  test('exact and numeric never call two different numbers equal, and numeric equates any two writings of one', async () => {
    await fc.assert(
      fc.asyncProperty(number, number, fc.constantFrom(...STYLES), async (x, y, otherStyle) => {
        const xs = written(x);
        const ys = written(y);
        fc.pre(Number(decimal(x.n, x.scale)) !== Number(decimal(y.n, y.scale)));
        expect(await value('exact', {}, xs, ys)).toBe(0);
        expect(await value('numeric', {}, xs, ys)).toBe(0);
        expect(await value('numeric', {}, xs, written({ ...x, style: otherStyle }))).toBe(1);
      }),
      { numRuns: 400 },
    );
  });

  test('contains and regex never find one number inside another written around it', async () => {
    // y is x with digits, a sign, a decimal or thousands part, an exponent or a power around it.
    const before = ['1', '9,', '0.', '.', '1e', '-', '\u2212', '$-'];
    const after = ['0', '1', '.5', ',000', 'e3', 'E-2', '²'];
    await fc.assert(
      fc.asyncProperty(
        number,
        fc.constantFrom('', ...before),
        fc.constantFrom('', ...after),
        async (x, pre, post) => {
          const xs = written(x);
          // Nothing around x leaves x; before a signed x, "1" makes a hyphenated pair ("1-7"), the
          // others no number at all ("9,+7", "--7").
          fc.pre((pre !== '' || post !== '') && (!/^[-+\u2212]/.test(xs) || pre === '' || pre === '1'));
          // Two points in a row ("..5") are no number: the second one may start x.
          fc.pre(!(pre.endsWith('.') && xs.startsWith('.')));
          const ys = `${pre}${xs}${post}`;
          expect(await value('contains', {}, `I get ${ys} in the end`, xs)).toBe(0);
          expect(await value('regex', { pattern: 'answer: (\\S+)' }, `answer: ${ys}`, xs)).toBe(0);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('contains and regex find a number written the same way', async () => {
    await fc.assert(
      fc.asyncProperty(number, async (x) => {
        const xs = written(x);
        expect(await value('contains', {}, `I get ${xs} in the end`, xs)).toBe(1);
        expect(await value('regex', { pattern: 'answer: (\\S+)' }, `answer: ${xs}.`, xs)).toBe(1);
      }),
      { numRuns: 200 },
    );
  });
});
