import { describe, expect, test } from 'vitest';
import { detectLanguages, loadLangdetectProfiles } from '../src/tasks/ifeval/langdetect.js';
import { pythonRandom } from '../src/tasks/ifeval/python-random.js';

describe("Python's random.Random(seed), which langdetect samples with", () => {
  test('seed 0 gives the numbers CPython gives', () => {
    const random = pythonRandom(0);
    // python3 -c "import random; r = random.Random(0); print(r.random(), r.random(), r.random())"
    expect([random.random(), random.random(), random.random()]).toEqual([
      0.8444218515250481, 0.7579544029403025, 0.420571580830845,
    ]);
    // then r.gauss(0.5, 0.05) three times, then r.choice(range(1000)) five times
    expect([random.gauss(0.5, 0.05), random.gauss(0.5, 0.05), random.gauss(0.5, 0.05)]).toEqual([
      0.4966496742135471, 0.5597373339374999, 0.42764384367863173,
    ]);
    const items = Array.from({ length: 1000 }, (_, i) => i);
    expect(Array.from({ length: 5 }, () => random.choice(items))).toEqual([310, 991, 488, 366, 597]);
  });

  test('a seed above 2^32 is split into 32-bit words as CPython does', () => {
    expect(pythonRandom(2 ** 40 + 5).random()).toBe(0.5043802970418443);
  });
});

const profiles = loadLangdetectProfiles();
const top = (text: string) => detectLanguages(text, profiles, 0)?.[0]?.lang ?? null;

// Each expected language is what Python langdetect 1.0.9 answers with DetectorFactory.seed = 0.
const DETECTIONS: [because: string, text: string, lang: string | null][] = [
  ['French', 'Le soleil brille sur la ville tranquille. Les enfants jouent dans le parc.', 'fr'],
  ['German', 'Die Sonne scheint über der ruhigen Stadt.', 'de'],
  ['Russian', 'Привет, как дела? Всё хорошо.', 'ru'],
  [
    'Japanese: kana are folded to one character, kanji to their class',
    '静かな 町の 上に 太陽が 輝いています.',
    'ja',
  ],
  [
    'all-capitals English: only first letters count, which can read as English…',
    'THE RIVER AND THE GARDEN ARE QUIET THIS MORNING. WE WALK WITH OUR DOG TO THE OLD STONE BRIDGE.',
    'en',
  ],
  [
    '…or as German (so english_capital fails such a reply in the reference too)',
    "WHAT KIND OF FASHION WOULD FRANKENSTEIN'S BRIDE WEAR? MAKE YOUR ANSWER WEIRD OR INTERESTING AND USE ONLY LOWERCASE LETTERS.",
    'de',
  ],
  ['a mixed text goes to the stronger evidence', "Questo a che ora comincia? I don't know", 'en'],
  [
    'URLs and e-mail addresses are removed first',
    'Visit https://example.com/path?q=1 or mail me at someone@example.org today please',
    'en',
  ],
  ['a vowel with a combining accent is composed first (normalize_vi)', 'e\u0301 # ) vs. ', 'pt'],
  ['no letters: no features, a failure (null)', '12345 !!! ...', null],
];

describe('language detection as Python langdetect does it', () => {
  test.each(DETECTIONS)('%s', (_because, text, lang) => {
    expect(top(text)).toBe(lang);
  });

  test("the npm package provides 53 of Python's 55 profiles (no ca, no cy)", () => {
    expect(profiles.languages).toHaveLength(53);
    expect(profiles.languages).not.toContain('ca');
    expect(profiles.languages).toContain('zh-cn');
  });
});
