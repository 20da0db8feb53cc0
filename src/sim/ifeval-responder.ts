/**
 * Plays a model on IFEval for the simulator: writes a response that follows every instruction of
 * a row, or one that breaks at least one of them (the first it can break). Deterministic: the
 * same row and `follow` give the same text. Responses are built to satisfy the checks by
 * construction (no tokenizer or language detector is loaded here); the tests hold them to the
 * real checker over the 541 reference prompts.
 */

import { LANGUAGE_TEXT, LETTER_WORDS, POOLS } from './ifeval-responder-data.js';

type Kwargs = Record<string, unknown>;

interface Range {
  min: number;
  max: number;
}

/** Everything the response must satisfy, merged over the row's instructions. */
interface Plan {
  language: string;
  textCase: 'upper' | 'lower' | null;
  comma: boolean;
  /** Patterns no filler word may match (forbidden words, keywords to keep rare, letters to avoid). */
  avoid: RegExp[];
  sentences: Range;
  words: Range;
  capitals: Range;
  /** Phrases placed inside sentences: keywords, placeholders, highlights, letters, capital words. */
  inline: string[];
  title: boolean;
  bullets: number | null;
  starParagraphs: number | null;
  nth: { count: number; index: number; word: string } | null;
  sections: { splitter: string; count: number } | null;
  postscript: string | null;
  endPhrase: string | null;
  quotation: boolean;
  json: boolean;
  twoResponses: boolean;
  repeat: string | null;
  constrained: boolean;
}

/** FNV-1a: a stable seed from the row, so each prompt gets its own but repeatable filler. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const num = (k: Kwargs, key: string): number => (typeof k[key] === 'number' ? (k[key] as number) : 0);
const str = (k: Kwargs, key: string): string => (typeof k[key] === 'string' ? (k[key] as string) : '');
const list = (k: Kwargs, key: string): string[] =>
  Array.isArray(k[key]) ? (k[key] as unknown[]).filter((v): v is string => typeof v === 'string') : [];
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordPattern = (word: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(word)}(?![\\p{L}\\p{N}_])`, 'iu');

/** Merges `relation` + `n` into a range of allowed counts. */
function narrow(range: Range, relation: string, n: number, follow: boolean): void {
  const lessThan = relation === 'less than';
  if (lessThan === follow) range.max = Math.min(range.max, n - 1);
  else range.min = Math.max(range.min, n);
}

function emptyPlan(): Plan {
  return {
    language: 'en',
    textCase: null,
    comma: false,
    avoid: [],
    inline: [],
    sentences: { min: 0, max: Infinity },
    words: { min: 0, max: Infinity },
    capitals: { min: 0, max: Infinity },
    title: false,
    bullets: null,
    starParagraphs: null,
    nth: null,
    sections: null,
    postscript: null,
    endPhrase: null,
    quotation: false,
    json: false,
    twoResponses: false,
    repeat: null,
    constrained: false,
  };
}

/** Adds one instruction to the plan; `follow` false plans its opposite. False when it cannot be broken. */
function addInstruction(plan: Plan, id: string, k: Kwargs, follow: boolean): boolean {
  switch (id) {
    case 'keywords:existence':
      if (follow) plan.inline.push(...list(k, 'keywords'));
      else plan.avoid.push(...list(k, 'keywords').map((w) => new RegExp(escapeRegExp(w), 'i')));
      return true;
    case 'keywords:frequency': {
      const keyword = str(k, 'keyword').trim();
      const n = num(k, 'frequency');
      const many = (str(k, 'relation') === 'less than') !== follow;
      if (many) plan.inline.push(...Array<string>(Math.max(n, 1)).fill(keyword));
      else if (n <= 0) return false;
      else plan.avoid.push(new RegExp(escapeRegExp(keyword), 'i'));
      return true;
    }
    case 'keywords:forbidden_words':
      if (follow) plan.avoid.push(...list(k, 'forbidden_words').map(wordPattern));
      else plan.inline.push(list(k, 'forbidden_words')[0] ?? '');
      return true;
    case 'keywords:letter_frequency': {
      const letter = str(k, 'letter').toLowerCase();
      const n = num(k, 'let_frequency');
      const many = (str(k, 'let_relation') === 'less than') !== follow;
      if (!many && n <= 0) return false;
      if (many) plan.inline.push(...Array<string>(Math.max(n, 1)).fill(`\u0000letter:${letter}`));
      else plan.avoid.push(new RegExp(escapeRegExp(letter), 'i'));
      return true;
    }
    case 'language:response_language':
      plan.language = follow ? str(k, 'language') : str(k, 'language') === 'fr' ? 'de' : 'fr';
      return true;
    case 'length_constraints:number_sentences': {
      const n = num(k, 'num_sentences');
      if (!follow && str(k, 'relation') === 'at least' && n <= 1) return false;
      narrow(plan.sentences, str(k, 'relation'), n, follow);
      return true;
    }
    case 'length_constraints:number_words':
      if (!follow && str(k, 'relation') === 'at least' && num(k, 'num_words') <= 1) return false;
      narrow(plan.words, str(k, 'relation'), num(k, 'num_words'), follow);
      return true;
    case 'length_constraints:number_paragraphs':
      plan.starParagraphs = num(k, 'num_paragraphs') + (follow ? 0 : 1);
      return true;
    case 'length_constraints:nth_paragraph_first_word': {
      const count = num(k, 'num_paragraphs') + (follow ? 0 : 1);
      plan.nth = { count, index: num(k, 'nth_paragraph'), word: str(k, 'first_word') };
      return true;
    }
    case 'detectable_content:number_placeholders': {
      const n = num(k, 'num_placeholders');
      if (!follow) return n > 0;
      const names = ['name', 'address', 'date', 'city', 'phone', 'email', 'company', 'title'];
      for (let i = 0; i < n; i++)
        plan.inline.push(`[${names[i % names.length]}${i >= names.length ? i : ''}]`);
      return true;
    }
    case 'detectable_content:postscript':
      if (follow) plan.postscript = str(k, 'postscript_marker').trim();
      return true;
    case 'detectable_format:number_bullet_lists':
      plan.bullets = num(k, 'num_bullets') + (follow ? 0 : 1);
      return true;
    case 'detectable_format:constrained_response':
      plan.constrained = follow;
      return true;
    case 'detectable_format:number_highlighted_sections': {
      const n = num(k, 'num_highlights');
      if (!follow) return n > 0;
      for (let i = 0; i < n; i++) plan.inline.push('*HIGHLIGHT*');
      return true;
    }
    case 'detectable_format:multiple_sections': {
      const count = num(k, 'num_sections');
      if (!follow && count <= 0) return false;
      plan.sections = { splitter: str(k, 'section_spliter').trim(), count: follow ? count : count - 1 };
      return true;
    }
    case 'detectable_format:json_format':
      plan.json = follow;
      return true;
    case 'detectable_format:title':
      plan.title = follow;
      return true;
    case 'combination:two_responses':
      plan.twoResponses = follow;
      return true;
    case 'combination:repeat_prompt':
      plan.repeat = follow ? str(k, 'prompt_to_repeat') : null;
      return true;
    case 'startend:end_checker':
      if (follow) plan.endPhrase = str(k, 'end_phrase').trim();
      return true;
    case 'change_case:capital_word_frequency': {
      const n = num(k, 'capital_frequency');
      if (!follow && str(k, 'capital_relation') === 'at least' && n <= 0) return false;
      narrow(plan.capitals, str(k, 'capital_relation'), n, follow);
      return true;
    }
    case 'change_case:english_capital':
      plan.textCase = follow ? 'upper' : 'lower';
      return true;
    case 'change_case:english_lowercase':
      plan.textCase = follow ? 'lower' : null;
      return true;
    case 'punctuation:no_comma':
      plan.comma = !follow;
      return true;
    case 'startend:quotation':
      plan.quotation = follow;
      return true;
    default:
      return false;
  }
}

interface Size {
  sentences: number;
  wordsPerSentence: number;
}

/** Builds the text of a plan at a size; `seed` picks the filler, so two responses differ. */
function render(plan: Plan, seed: number, size: Size): string {
  const random = rng(seed);
  const allowed = (w: string) => !plan.avoid.some((p) => p.test(w));
  // Upper-cased, a word shows langdetect only its first letter: words that start like English
  // function words do (t, w, a, i, o, h) keep all-capitals text recognisably English.
  const englishInitial = (w: string) => plan.textCase !== 'upper' || /^[twaioh]/.test(w);
  const pick = (pool: string[]): string | null => {
    const ok =
      pool.filter((w) => allowed(w) && englishInitial(w)).length > 0
        ? pool.filter((w) => allowed(w) && englishInitial(w))
        : pool.filter(allowed);
    return ok.length > 0 ? ok[Math.floor(random() * ok.length)] : null;
  };
  const phrase = (n: number): string[] => {
    const out: string[] = [];
    const slots: (keyof typeof POOLS)[] = [
      'det',
      'adj',
      'noun',
      'of',
      'det',
      'noun',
      'verb',
      'prep',
      'det',
      'adj',
      'noun',
      'and',
      'det',
      'noun',
      'is',
      'adj',
    ];
    for (let i = 0; out.length < n && i < 4 * n + 10; i++) {
      const w = pick(POOLS[slots[i % slots.length]]);
      if (w !== null) out.push(w);
    }
    return out;
  };
  const foreign = LANGUAGE_TEXT[plan.language];
  const foreignWords = (n: number, i: number): string =>
    foreign![i % foreign!.length].split(' ').slice(0, n).join(' ').replace(/\.$/, '');
  const letterWord = (letter: string, i: number): string => {
    const words = LETTER_WORDS.filter((w) => w.includes(letter) && allowed(w));
    return words.length > 0 ? words[i % words.length] : letter;
  };
  const capitals =
    plan.capitals.min > 0 && plan.textCase !== 'lower' ? Array<string>(plan.capitals.min).fill('NOTE') : [];
  const inline = [
    ...plan.inline.map((p, i) => {
      if (p === '*HIGHLIGHT*') return `*${foreign ? foreignWords(2, i) : phrase(2).join(' ')}*`;
      if (p.startsWith('\u0000letter:')) return letterWord(p.slice(8), i);
      return p;
    }),
    ...capitals,
  ];
  if (plan.comma) inline.push('yes, indeed');

  const units = Math.max(1, plan.starParagraphs ?? 1, plan.nth?.count ?? 1, plan.sections?.count ?? 1);
  const count = Math.max(units, size.sentences);
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) {
    const items = inline.filter((_, j) => j % count === i);
    let words: string[];
    if (foreign) {
      // Longer "sentences" are several samples run together, so the sentence count stays put.
      const parts = Array.from(
        { length: Math.max(1, Math.round(size.wordsPerSentence / 5)) },
        (_, j) => foreign[(seed + i + j) % foreign.length],
      );
      words = parts
        .map((p) => p.slice(0, -1))
        .join(' ')
        .split(' ');
    } else {
      words = phrase(Math.max(1, size.wordsPerSentence));
      if (words.length === 0) words = ['hmm'];
    }
    const [first, ...rest] = words;
    const body = [first, ...items, ...rest].join(' ');
    sentences.push(`${body[0].toUpperCase()}${body.slice(1)}.`);
  }
  const per = Math.ceil(count / units);
  const paragraphs = Array.from(
    { length: units },
    (_, i) => sentences.slice(i * per, (i + 1) * per).join(' ') || `${phrase(2).join(' ')}.`,
  );
  if (plan.nth) {
    const i = plan.nth.index - 1;
    if (paragraphs[i] !== undefined) paragraphs[i] = `${plan.nth.word} ${paragraphs[i]}`;
  }
  if (plan.title) {
    const title = `<<${foreign ? foreignWords(2, 1) : phrase(3).slice(1).join(' ')}>>`;
    if (plan.nth?.index === 1) paragraphs[0] += `\n${title}`;
    else paragraphs[0] = `${title}\n${paragraphs[0]}`;
  }
  const last = paragraphs.length - 1;
  if (plan.bullets !== null) {
    for (let i = 0; i < plan.bullets; i++)
      paragraphs[last] += `\n* ${foreign ? foreignWords(2, i) : phrase(3).slice(1).join(' ')}`;
  }
  if (plan.postscript)
    paragraphs[last] += `\n${plan.postscript} ${foreign ? foreign[2] : `${phrase(4).join(' ')}.`}`;
  let text: string;
  if (plan.sections) {
    text = paragraphs.map((p, i) => `${plan.sections!.splitter} ${i + 1}\n${p}`).join('\n\n');
  } else if (plan.starParagraphs !== null) {
    text = paragraphs.join('\n***\n');
  } else {
    text = paragraphs.join('\n\n');
  }
  if (plan.endPhrase) text += `\n${plan.endPhrase}`;
  return text;
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0;
}

function assemble(plan: Plan, seed: number, size: Size): string {
  if (plan.constrained) return 'My answer is yes.';
  let text = render(plan, seed, size);
  if (plan.twoResponses) text = `${text}\n******\n${render(plan, seed + 7, size)}`;
  if (plan.repeat !== null) text = `${plan.repeat}\n${text}`;
  if (plan.json) text = JSON.stringify({ answer: text }, null, 2);
  if (plan.textCase === 'upper') text = text.toUpperCase();
  if (plan.textCase === 'lower') text = text.toLowerCase();
  if (plan.quotation) text = `"${text}"`;
  return text;
}

/** Sizes the text to the sentence and word ranges (words are counted on the whole response). */
function respond(plan: Plan, seed: number): string {
  const extra = (plan.postscript ? 2 : 0) + (plan.endPhrase ? 1 : 0);
  // All-capitals text gives langdetect only first letters to go on: more text, steadier English.
  let sentences = Math.max(plan.textCase === null ? 3 : 6, plan.sentences.min);
  // A repeated English prompt must not outweigh the language asked for.
  if (LANGUAGE_TEXT[plan.language] && plan.repeat)
    sentences = Math.max(sentences, Math.ceil(countWords(plan.repeat) / 3));
  if (plan.sentences.max < Infinity) sentences = Math.max(1, Math.min(sentences, plan.sentences.max - extra));
  const size: Size = {
    sentences,
    wordsPerSentence: plan.textCase === 'upper' ? 14 : plan.words.min > 0 ? 8 : 6,
  };
  let text = assemble(plan, seed, size);
  for (let step = 0; step < 300; step++) {
    const n = countWords(text);
    if (n < plan.words.min)
      size.wordsPerSentence += Math.max(1, Math.ceil((plan.words.min - n) / (2 * size.sentences)));
    else if (n > plan.words.max && size.wordsPerSentence > 2) size.wordsPerSentence--;
    else if (n > plan.words.max && size.sentences > Math.max(1, plan.sentences.min)) size.sentences--;
    else break;
    text = assemble(plan, seed, size);
  }
  return text;
}

/** Which instruction to break, most dependable first (a repeated prompt can carry a title, say). */
const BREAK_ORDER = [
  'punctuation:no_comma',
  'startend:quotation',
  'combination:repeat_prompt',
  'detectable_format:json_format',
  'detectable_format:constrained_response',
  'combination:two_responses',
  'length_constraints:number_words',
  'detectable_format:number_bullet_lists',
  'length_constraints:number_paragraphs',
  'detectable_format:multiple_sections',
  'detectable_content:number_placeholders',
  'detectable_format:number_highlighted_sections',
  'startend:end_checker',
  'detectable_content:postscript',
  'length_constraints:number_sentences',
  'length_constraints:nth_paragraph_first_word',
  'change_case:english_capital',
  'change_case:english_lowercase',
  'change_case:capital_word_frequency',
  'keywords:forbidden_words',
  'keywords:frequency',
  'keywords:existence',
  'keywords:letter_frequency',
  'language:response_language',
  'detectable_format:title',
];

/**
 * A response to an IFEval row (`instruction_id_list`, `kwargs`) that follows all its instructions
 * (follow) or breaks one of them (not follow).
 */
export function respondToIfeval(row: Record<string, unknown>, follow: boolean): string {
  const ids = Array.isArray(row.instruction_id_list)
    ? (row.instruction_id_list as unknown[]).map(String)
    : [];
  const kwargs = (Array.isArray(row.kwargs) ? (row.kwargs as unknown[]) : []).map((k) => (k ?? {}) as Kwargs);
  const seed = hash(`${String(row.key ?? '')}\u0000${String(row.prompt ?? '')}`);
  let target = -1;
  if (!follow) {
    const order = ids.map((_id, i) => i).sort((a, b) => rank(ids[a]) - rank(ids[b]) || a - b);
    target = order.find((i) => addInstruction(emptyPlan(), ids[i], kwargs[i], false)) ?? -1;
    // Nothing can be broken (e.g. "at least 1 sentence" alone): a blank reply follows nothing.
    if (target === -1) return '';
  }
  const plan = emptyPlan();
  const same = (i: number) =>
    ids[i] === ids[target] && JSON.stringify(kwargs[i]) === JSON.stringify(kwargs[target]);
  for (const [i, id] of ids.entries())
    if (target === -1 || !same(i)) addInstruction(plan, id, kwargs[i], true);
  // The broken instruction goes last, so nothing the others set can undo it.
  if (target !== -1) addInstruction(plan, ids[target], kwargs[target], false);
  return respond(plan, seed);
}

function rank(id: string): number {
  const index = BREAK_ORDER.indexOf(id);
  return index === -1 ? BREAK_ORDER.length : index;
}
