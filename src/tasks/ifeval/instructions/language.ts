/** language:response_language — instructions.py ResponseLanguageChecker. */
import { type Instruction, KwargsError, readString } from '../instruction.js';

/** instructions_util.LANGUAGE_CODES: the codes the reference can describe (others raise KeyError there). */
export const LANGUAGE_CODES: Readonly<Record<string, string>> = {
  en: 'English',
  es: 'Spanish',
  pt: 'Portuguese',
  ar: 'Arabic',
  hi: 'Hindi',
  fr: 'French',
  ru: 'Russian',
  de: 'German',
  ja: 'Japanese',
  it: 'Italian',
  bn: 'Bengali',
  uk: 'Ukrainian',
  th: 'Thai',
  ur: 'Urdu',
  ta: 'Tamil',
  te: 'Telugu',
  bg: 'Bulgarian',
  ko: 'Korean',
  pl: 'Polish',
  he: 'Hebrew',
  fa: 'Persian',
  vi: 'Vietnamese',
  ne: 'Nepali',
  sw: 'Swahili',
  kn: 'Kannada',
  mr: 'Marathi',
  gu: 'Gujarati',
  pa: 'Punjabi',
  ml: 'Malayalam',
  fi: 'Finnish',
};

/** `langdetect.detect(value) == language`; a detector failure counts as followed, as in the reference. */
export const responseLanguage: Instruction = {
  kwargs: ['language'],
  build: (kwargs) => {
    const language = readString(kwargs, 'language');
    if (!Object.hasOwn(LANGUAGE_CODES, language)) {
      throw new KwargsError(
        `"language" must be one of ${Object.keys(LANGUAGE_CODES).join(', ')}, not "${language}"`,
      );
    }
    return (response, { detectLanguage }) => {
      const detection = detectLanguage(response);
      return detection.ok ? detection.lang === language : true;
    };
  },
};
