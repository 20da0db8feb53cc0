/**
 * Language identification as IFEval's reference does it (Python `langdetect.detect`), through the
 * npm `langdetect` package, a port of the same library (Shuyo's language-detection, the same
 * n-gram profiles and Bayesian sampling).
 *
 * The library samples n-grams with `Math.random`, so the same text can get a different language
 * from one run to the next (the reference's own runs are not reproducible either). A gate must
 * not flap on that: each call runs with `Math.random` replaced by a PRNG seeded with a fixed
 * seed, so a text always gets the same answer.
 */
import { createRequire } from 'node:module';

interface LangdetectModule {
  /** null when the text has no usable n-gram ("No features in text" in Python). */
  detect(text: string): { lang: string; prob: number }[] | null;
}

/** What the detector said: a language code, `unknown` (no language above 0.1), or a failure. */
export type Detection = { ok: true; lang: string } | { ok: false; reason: string };

export type LanguageDetector = (text: string) => Detection;

/** The seed of every detection (any constant would do; 0 as Python langdetect's docs suggest). */
const SEED = 0;

/** mulberry32: a small, fast PRNG with a 32-bit state, good enough for sampling n-grams. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Loads the detector (its 53 profiles take about a second, so it is loaded when a scorer is
 * created, not at import) and returns a deterministic `detect`.
 */
export function createLanguageDetector(): LanguageDetector {
  const require = createRequire(import.meta.url);
  const langdetect = require('langdetect') as LangdetectModule;
  return (text) => {
    const original = Math.random;
    // Synchronous: nothing else can run while Math.random is swapped.
    Math.random = seededRandom(SEED);
    try {
      const ranked = langdetect.detect(text);
      if (ranked === null) return { ok: false, reason: 'no features in text' };
      // Python's Detector.detect returns "unknown" when no language passes the threshold.
      return { ok: true, lang: ranked[0]?.lang ?? 'unknown' };
    } catch (error) {
      return { ok: false, reason: (error as Error).message };
    } finally {
      Math.random = original;
    }
  };
}
