/**
 * Language identification as IFEval's reference does it: Python `langdetect.detect`, here
 * `detectLanguages` (a port of its algorithm over the npm `langdetect` package's profiles).
 *
 * The reference leaves langdetect unseeded, so its own runs can disagree on a borderline text.
 * A gate must not flap on that: every detection here is seeded with 0, the seed langdetect's
 * documentation recommends for reproducible results, so a text always gets the same answer, and
 * the answer Python gives with `DetectorFactory.seed = 0`.
 */
import { type LangdetectProfiles, detectLanguages, loadLangdetectProfiles } from './langdetect.js';

/** What the detector said: a language code, `unknown` (no language above 0.1), or a failure. */
export type Detection = { ok: true; lang: string } | { ok: false; reason: string };

export type LanguageDetector = (text: string) => Detection;

export const LANGDETECT_SEED = 0;

/**
 * Loads the profiles (53 languages: about a second, so a scorer loads them when it first needs
 * them, not at import) and returns a deterministic `detect`. `dir` is the npm package's folder.
 */
export function createLanguageDetector(dir?: string): LanguageDetector {
  const profiles: LangdetectProfiles = loadLangdetectProfiles(dir);
  return (text) => {
    const ranked = detectLanguages(text, profiles, LANGDETECT_SEED);
    // Python raises LangDetectException("No features in text."): the reference counts it as followed.
    if (ranked === null) return { ok: false, reason: 'no features in text' };
    // Detector.detect returns "unknown" when no language passes the 0.1 threshold.
    return { ok: true, lang: ranked[0]?.lang ?? 'unknown' };
  };
}
