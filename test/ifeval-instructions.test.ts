import { describe, expect, test } from 'vitest';
import { evaluateResponse, looseVariants } from '../src/tasks/ifeval/evaluate.js';
import { createLanguageDetector } from '../src/tasks/ifeval/language.js';
import { loadPunktEnglish } from '../src/tasks/ifeval/punkt-params.js';
import { createSentenceTokenizer } from '../src/tasks/ifeval/punkt.js';
import { INSTRUCTIONS } from '../src/tasks/ifeval/registry.js';
import { buildInstructions } from '../src/tasks/ifeval/row.js';
import { INSTRUCTION_CASES } from './fixtures/ifeval/instruction-cases.js';

const context = {
  sentences: createSentenceTokenizer(loadPunktEnglish()),
  detectLanguage: createLanguageDetector(),
};

function outcome(id: string, kwargs: Record<string, unknown>, response: string) {
  const [result] = evaluateResponse(
    buildInstructions({ instruction_id_list: [id], kwargs: [kwargs] }),
    response,
    context,
  );
  return { strict: result.strict, loose: result.loose };
}

describe('each instruction, strict and loose, as the reference decides', () => {
  test.each(INSTRUCTION_CASES.map((c) => [`${c.id}: ${c.because}`, c] as const))('%s', (_name, c) => {
    expect(outcome(c.id, c.kwargs, c.response)).toEqual({ strict: c.strict, loose: c.loose });
  });

  test('every one of the 25 instruction ids has a case it follows and a case it breaks', () => {
    for (const id of Object.keys(INSTRUCTIONS)) {
      const cases = INSTRUCTION_CASES.filter((c) => c.id === id);
      expect(
        cases.some((c) => c.strict),
        id,
      ).toBe(true);
      expect(
        cases.some((c) => !c.strict),
        id,
      ).toBe(true);
    }
    expect(Object.keys(INSTRUCTIONS)).toHaveLength(25);
  });
});

describe('strict and loose evaluation (evaluation_lib.py)', () => {
  test('loose tries the response, without "*", without its first, last or both lines, and those without "*"', () => {
    expect(looseVariants('*a*\nb\n*c*')).toEqual([
      '*a*\nb\n*c*',
      'a\nb\nc',
      'b\n*c*',
      '*a*\nb',
      'b',
      'b\n*c*'.replaceAll('*', ''),
      'a\nb',
      'b',
    ]);
  });

  test('lines are split on "\\n" only, so a "\\r\\n" response keeps its "\\r"', () => {
    expect(looseVariants('a\r\nb')[2]).toBe('b');
    expect(looseVariants('a\rb')[2]).toBe('');
  });

  test('a blank response follows nothing, not even "no commas"', () => {
    expect(outcome('punctuation:no_comma', {}, '  \n ')).toEqual({ strict: false, loose: false });
  });

  test('the language detector is deterministic: the same text always gets the same answer', () => {
    const text = 'Questo a che ora comincia? I do not know when it starts.';
    const first = context.detectLanguage(text);
    for (let i = 0; i < 20; i++) expect(context.detectLanguage(text)).toEqual(first);
  });
});

describe('long blank runs cost linear time, not the square of their length', () => {
  // The reference's regexes (bullets, postscript, placeholders, titles, the Treebank final-period
  // rule) retry a long run from every position; a degenerate reply must not stall a run.
  const blank = 200_000;
  test.each([
    ['detectable_format:number_bullet_lists', { num_bullets: 1 }, `a.\n${'\n'.repeat(blank)}x`],
    ['detectable_content:postscript', { postscript_marker: 'P.S.' }, `${' '.repeat(blank)}x`],
    [
      'change_case:capital_word_frequency',
      { capital_frequency: 1, capital_relation: 'at least' },
      `Dr.${' '.repeat(blank)}x y.`,
    ],
    ['detectable_content:number_placeholders', { num_placeholders: 1 }, '['.repeat(blank)],
    ['detectable_format:title', {}, '<<'.repeat(blank)],
  ] as const)('%s', (id, kwargs, response) => {
    const start = performance.now();
    outcome(id, kwargs, response);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
