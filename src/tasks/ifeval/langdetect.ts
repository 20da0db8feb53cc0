/**
 * Python langdetect's detection (Mimino666/langdetect `detector.py`, `utils/ngram.py`), run over
 * the profiles and CJK classes shipped in the npm `langdetect` package.
 *
 * Why not the npm package's own `detect`: it departs from the library it ports in ways that move
 * IFEval scores. Its smoothing weight is 0.05 + U(0, 0.05) where Python's is 0.5 + N(0, 0.05²);
 * for non-Latin text it drops spaces and punctuation (Python drops only Latin letters), so
 * n-grams run across words; it matches URLs with a much broader pattern and skips the CJK
 * normalisation. On upper-case English (IFEval's english_capital) it says "en" where Python says
 * "de". Its data is Python's own (same profiles, same CJK classes), so only the algorithm is
 * redone here, with Python's Mersenne Twister, so a seeded run draws what Python draws with
 * `DetectorFactory.seed` set to the same seed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pythonRandom } from './python-random.js';
import { pyIsUpper } from './py-text.js';

/** The loaded profiles: languages, and each n-gram's probability per language. */
export interface LangdetectProfiles {
  languages: string[];
  ngrams: Map<string, Float64Array>;
  /** CJK ideograph → its class representative (NGram.CJK_MAP). */
  cjk: Map<string, string>;
}

/** Detection result: ranked languages above 0.1, or no n-gram at all ("No features in text."). */
export type LangdetectResult = { lang: string; prob: number }[] | null;

const N_TRIAL = 7;
const ALPHA_DEFAULT = 0.5;
const ALPHA_WIDTH = 0.05;
const ITERATION_LIMIT = 1000;
const PROB_THRESHOLD = 0.1;
const CONV_THRESHOLD = 0.99999;
const BASE_FREQ = 10000;
const MAX_TEXT_LENGTH = 10000;

const URL_RE = /https?:\/\/[-_.?&~;+=/#0-9A-Za-z]{1,2076}/g;
const MAIL_RE = /[-_.0-9A-Za-z]{1,64}@[-_0-9A-Za-z]{1,255}[-_.0-9A-Za-z]{1,255}/g;
const LATIN1_EXCLUDED = '\u00a0\u00ab\u00b0\u00bb';
// NGram.normalize_vi: a vowel followed by one of five combining marks becomes the precomposed
// letter (its table is exactly the NFC composition of each pair).
const VI_DECOMPOSED =
  /([AEIOUYaeiouy\u00c2\u00ca\u00d4\u00e2\u00ea\u00f4\u0102\u0103\u01a0\u01a1\u01af\u01b0])([\u0300\u0301\u0303\u0309\u0323])/g;

/** The npm package's folder (its `profiles/` and `res/cjk.json`). */
export function langdetectPackageDir(): string {
  return path.dirname(createRequire(import.meta.url).resolve('langdetect/package.json'));
}

interface ProfileFile {
  name?: string;
  freq: Record<string, number>;
  n_words: number[];
}

/** DetectorFactory.load_profile: n-gram probability = frequency / number of n-grams of its length. */
export function loadLangdetectProfiles(dir: string = langdetectPackageDir()): LangdetectProfiles {
  const files = readdirSync(path.join(dir, 'profiles'))
    .filter((f) => f.endsWith('.json'))
    .sort();
  const languages = files.map((f) => f.slice(0, -'.json'.length));
  const ngrams = new Map<string, Float64Array>();
  files.forEach((file, index) => {
    const profile = JSON.parse(readFileSync(path.join(dir, 'profiles', file), 'utf8')) as ProfileFile;
    for (const [gram, count] of Object.entries(profile.freq)) {
      let probs = ngrams.get(gram);
      if (!probs) ngrams.set(gram, (probs = new Float64Array(files.length)));
      const length = [...gram].length;
      if (length >= 1 && length <= 3) probs[index] = count / profile.n_words[length - 1];
    }
  });
  const classes = JSON.parse(readFileSync(path.join(dir, 'res', 'cjk.json'), 'utf8')) as Record<
    string,
    string
  >;
  const cjk = new Map<string, string>();
  for (const members of Object.values(classes)) {
    const chars = [...members];
    for (const char of chars) cjk.set(char, chars[0]);
  }
  return { languages, ngrams, cjk };
}

/** The Unicode block names NGram.normalize and cleaning_text ask about. */
function block(code: number): string | null {
  if (code <= 0x7f) return 'Basic Latin';
  if (code <= 0xff) return 'Latin-1 Supplement';
  if (code >= 0x180 && code <= 0x24f) return 'Latin Extended-B';
  if (code >= 0x600 && code <= 0x6ff) return 'Arabic';
  if (code >= 0x1e00 && code <= 0x1eff) return 'Latin Extended Additional';
  if (code >= 0x2000 && code <= 0x206f) return 'General Punctuation';
  if (code >= 0x3040 && code <= 0x309f) return 'Hiragana';
  if (code >= 0x30a0 && code <= 0x30ff) return 'Katakana';
  if ((code >= 0x3100 && code <= 0x312f) || (code >= 0x31a0 && code <= 0x31bf)) return 'Bopomofo';
  if (code >= 0x4e00 && code <= 0x9fff) return 'CJK Unified Ideographs';
  if (code >= 0xac00 && code <= 0xd7af) return 'Hangul Syllables';
  return null;
}

/** NGram.normalize */
function normalize(char: string, cjk: Map<string, string>): string {
  const code = char.codePointAt(0)!;
  switch (block(code)) {
    case 'Basic Latin':
      return char < 'A' || (char > 'Z' && char < 'a') || char > 'z' ? ' ' : char;
    case 'Latin-1 Supplement':
      return LATIN1_EXCLUDED.includes(char) ? ' ' : char;
    case 'Latin Extended-B':
      // Romanian: comma below → cedilla
      return char === '\u0219' ? '\u015f' : char === '\u021b' ? '\u0163' : char;
    case 'General Punctuation':
      return ' ';
    case 'Arabic':
      return char === '\u06cc' ? '\u064a' : char;
    case 'Latin Extended Additional':
      return code >= 0x1ea0 ? '\u1ec3' : char;
    case 'Hiragana':
      return '\u3042';
    case 'Katakana':
      return '\u30a2';
    case 'Bopomofo':
      return '\u3105';
    case 'CJK Unified Ideographs':
      return cjk.get(char) ?? char;
    case 'Hangul Syllables':
      return '\uac00';
    default:
      return char;
  }
}

/**
 * Detector.append + cleaning_text: URLs and e-mails out, Vietnamese-style vowels composed, double
 * spaces collapsed, Latin letters dropped from mostly non-Latin text.
 */
function prepare(raw: string): string[] {
  const text = [
    ...raw
      .replace(URL_RE, ' ')
      .replace(MAIL_RE, ' ')
      .replace(VI_DECOMPOSED, (pair) => pair.normalize('NFC')),
  ];
  const kept: string[] = [];
  let previous = '';
  for (const char of text.slice(0, MAX_TEXT_LENGTH)) {
    if (char !== ' ' || previous !== ' ') kept.push(char);
    previous = char;
  }
  let latin = 0;
  let nonLatin = 0;
  for (const char of kept) {
    if (char >= 'A' && char <= 'z') latin++;
    else if (char >= '\u0300' && block(char.codePointAt(0)!) !== 'Latin Extended Additional') nonLatin++;
  }
  return latin * 2 < nonLatin ? kept.filter((char) => char < 'A' || char > 'z') : kept;
}

/** Detector._extract_ngrams with NGram.add_char: 1- to 3-grams, none inside all-capitals words. */
function extractNgrams(chars: string[], profiles: LangdetectProfiles): string[] {
  const out: string[] = [];
  let grams = [' '];
  let capitalWord = false;
  for (const raw of chars) {
    const char = normalize(raw, profiles.cjk);
    const last = grams[grams.length - 1];
    let added = true;
    if (last === ' ') {
      grams = [' '];
      capitalWord = false;
      if (char === ' ') added = false;
    } else if (grams.length >= 3) {
      grams = grams.slice(1);
    }
    if (added) {
      grams.push(char);
      if (pyIsUpper(char)) {
        if (pyIsUpper(last)) capitalWord = true;
      } else {
        capitalWord = false;
      }
    }
    if (capitalWord) continue;
    for (let n = 1; n <= 3 && n <= grams.length; n++) {
      const gram = grams.slice(-n).join('');
      if (gram !== ' ' && profiles.ngrams.has(gram)) out.push(gram);
    }
  }
  return out;
}

/** Detector._normalize_prob: in place; returns the largest probability. */
function normalizeProb(prob: Float64Array): number {
  let sum = 0;
  for (const p of prob) sum += p;
  let max = 0;
  for (let i = 0; i < prob.length; i++) {
    prob[i] /= sum;
    if (prob[i] > max) max = prob[i];
  }
  return max;
}

/**
 * Detector.get_probabilities with `seed` as DetectorFactory.seed: languages above 0.1, most
 * likely first; null when the text has no n-gram the profiles know.
 */
export function detectLanguages(text: string, profiles: LangdetectProfiles, seed: number): LangdetectResult {
  const ngrams = extractNgrams(prepare(text), profiles);
  if (ngrams.length === 0) return null;
  const size = profiles.languages.length;
  const total = new Float64Array(size);
  const random = pythonRandom(seed);
  for (let trial = 0; trial < N_TRIAL; trial++) {
    const prob = new Float64Array(size).fill(1 / size);
    const weight = random.gauss(ALPHA_DEFAULT, ALPHA_WIDTH) / BASE_FREQ;
    for (let i = 0; ; i++) {
      const probs = profiles.ngrams.get(random.choice(ngrams))!;
      for (let j = 0; j < size; j++) prob[j] *= weight + probs[j];
      if (i % 5 === 0 && (normalizeProb(prob) > CONV_THRESHOLD || i >= ITERATION_LIMIT)) break;
    }
    for (let j = 0; j < size; j++) total[j] += prob[j] / N_TRIAL;
  }
  return profiles.languages
    .map((lang, j) => ({ lang, prob: total[j] }))
    .filter((l) => l.prob > PROB_THRESHOLD)
    .sort((a, b) => b.prob - a.prob);
}
