/**
 * The 25 instruction ids of the original IFEval (instructions_registry.INSTRUCTION_DICT), each
 * with its checker. The ids the reference leaves commented out (key_sentences, rephrase,
 * constrained_start, …) are not here: no reference prompt uses them.
 */
import type { Instruction } from './instruction.js';
import { capitalWordFrequency, englishCapital, englishLowercase } from './instructions/change-case.js';
import { repeatPrompt, twoResponses } from './instructions/combination.js';
import { numberPlaceholders, postscript } from './instructions/content.js';
import {
  constrainedResponse,
  jsonFormat,
  multipleSections,
  numberBulletLists,
  numberHighlightedSections,
  title,
} from './instructions/format.js';
import { existence, forbiddenWords, frequency, letterFrequency } from './instructions/keywords.js';
import { responseLanguage } from './instructions/language.js';
import {
  nthParagraphFirstWord,
  numberParagraphs,
  numberSentences,
  numberWords,
} from './instructions/length.js';
import { noComma } from './instructions/punctuation.js';
import { endChecker, quotation } from './instructions/startend.js';

export const INSTRUCTIONS = {
  'keywords:existence': existence,
  'keywords:frequency': frequency,
  'keywords:forbidden_words': forbiddenWords,
  'keywords:letter_frequency': letterFrequency,
  'language:response_language': responseLanguage,
  'length_constraints:number_sentences': numberSentences,
  'length_constraints:number_paragraphs': numberParagraphs,
  'length_constraints:number_words': numberWords,
  'length_constraints:nth_paragraph_first_word': nthParagraphFirstWord,
  'detectable_content:number_placeholders': numberPlaceholders,
  'detectable_content:postscript': postscript,
  'detectable_format:number_bullet_lists': numberBulletLists,
  'detectable_format:constrained_response': constrainedResponse,
  'detectable_format:number_highlighted_sections': numberHighlightedSections,
  'detectable_format:multiple_sections': multipleSections,
  'detectable_format:json_format': jsonFormat,
  'detectable_format:title': title,
  'combination:two_responses': twoResponses,
  'combination:repeat_prompt': repeatPrompt,
  'startend:end_checker': endChecker,
  'change_case:capital_word_frequency': capitalWordFrequency,
  'change_case:english_capital': englishCapital,
  'change_case:english_lowercase': englishLowercase,
  'punctuation:no_comma': noComma,
  'startend:quotation': quotation,
} as const satisfies Record<string, Instruction>;

export type InstructionId = keyof typeof INSTRUCTIONS;

export function isInstructionId(id: string): id is InstructionId {
  return Object.hasOwn(INSTRUCTIONS, id);
}
