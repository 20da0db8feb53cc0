import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { respondToIfeval } from '../src/sim/ifeval-responder.js';
import { ifeval } from '../src/tasks/scorers/ifeval.js';
import type { Score } from '../src/tasks/scorer.js';

const REFERENCE = new URL('../../shared/datasets/ifeval/input_data.jsonl', import.meta.url);
const rows: Record<string, unknown>[] = existsSync(REFERENCE)
  ? readFileSync(REFERENCE, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
  : [];

describe.skipIf(rows.length === 0)(
  'the simulated IFEval model on the 541 reference prompts (needs ../shared/datasets/ifeval, not shipped)',
  () => {
    const score = ifeval.create({});
    const judge = (row: Record<string, unknown>, follow: boolean) =>
      score(
        { output: respondToIfeval(row, follow), row, target: null, prompt: String(row.prompt) },
        { judge: null },
      ) as Score;

    test('asked to follow, it follows every instruction of at least 99% of the prompts (strict)', () => {
      const failures = rows.filter((row) => judge(row, true).metrics!.prompt_level_strict !== 1);
      const detail = failures.map((row) => `${String(row.key)}: ${judge(row, true).explanation}`);
      expect(detail.length / rows.length, detail.join('\n')).toBeLessThanOrEqual(0.01);
    });

    test('asked to break, it breaks at least one instruction of every prompt (strict)', () => {
      const failures = rows
        .filter((row) => judge(row, false).metrics!.prompt_level_strict !== 0)
        .map((row) => String(row.key));
      expect(failures).toEqual([]);
    });

    test('it answers the same row the same way every time', () => {
      for (const row of rows.slice(0, 50)) {
        expect(respondToIfeval(row, true)).toBe(respondToIfeval(row, true));
        expect(respondToIfeval(row, false)).toBe(respondToIfeval(row, false));
      }
    });
  },
);
