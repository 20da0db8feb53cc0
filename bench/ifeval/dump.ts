/**
 * Conformance dump for the IFEval scorer: builds response × item pairs from the 541 reference
 * prompts (replies that follow, break, belong to other items, re-cased, re-lined, quoted, and
 * random strings of the characters the checks care about) and writes them with this scorer's
 * strict and loose verdicts, Punkt sentences and word tokens, for `reference.py` to compare with
 * the Python reference. Language checks are left to the reference's own detector there, so they
 * are run here with a detector that always fails (followed), as the stub there does.
 *
 *   bash bench/ifeval/run.sh
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { respondToIfeval } from '../../src/sim/ifeval-responder.js';
import { evaluateResponse } from '../../src/tasks/ifeval/evaluate.js';
import { loadPunktEnglish } from '../../src/tasks/ifeval/punkt-params.js';
import { createSentenceTokenizer } from '../../src/tasks/ifeval/punkt.js';
import { buildInstructions } from '../../src/tasks/ifeval/row.js';
import { wordTokenize } from '../../src/tasks/ifeval/treebank.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const input = path.resolve(root, '..', 'shared', 'datasets', 'ifeval', 'input_data.jsonl');
const out = path.join(root, 'bench', 'out', 'ifeval');
if (!existsSync(input)) {
  console.log(JSON.stringify({ skipped: `no reference prompts at ${input}` }));
  process.exit(0);
}

/** A small LCG: the same strings on every run. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296;
}
const random = lcg(5);
const PIECES = [
  '*',
  '**',
  '-',
  ' ',
  '\n',
  '\n\n',
  '\t',
  'a',
  'b.',
  '.',
  '"',
  ')',
  "'",
  '»',
  '”',
  'P.S.',
  'p. s.',
  '[x]',
  '[',
  ']',
  '<<t>>',
  '<<',
  '>>',
  '***',
  '******',
  'Section 1',
  'x,',
  'Dr.',
  'U.S.',
  'J.',
  '...',
  '?!',
  '\u00a0',
  '\u3000',
  'É',
  'e\u0301',
  "can't",
  'THE',
  'Word',
  '1990.',
  '3.5',
];
const noise = Array.from({ length: 3000 }, () =>
  Array.from(
    { length: 1 + Math.floor(random() * 30) },
    () => PIECES[Math.floor(random() * PIECES.length)],
  ).join(''),
);

const rows = readFileSync(input, 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Record<string, unknown>);
const follow = rows.map((row) => respondToIfeval(row, true));
const broken = rows.map((row) => respondToIfeval(row, false));
const n = rows.length;
const cases = rows.flatMap((row, i) =>
  [
    follow[i],
    broken[i],
    follow[(i + 1) % n],
    follow[(i + 7) % n],
    broken[(i + 31) % n],
    String(row.prompt),
    `**Intro**\n${follow[i]}\n\nThanks!`,
    follow[i].toUpperCase(),
    follow[i].toLowerCase(),
    follow[i].replace(/\n/g, '\r\n'),
    `"${follow[(i + 3) % n]}"`,
    noise[i % noise.length],
    `${noise[(i * 3 + 1) % noise.length]}\n${follow[i]}`,
    '   ',
    '',
    noise[(i * 5 + 2) % noise.length],
    noise[(i * 7 + 3) % noise.length] + noise[(i * 11 + 4) % noise.length],
  ].map((response) => ({
    row: { instruction_id_list: row.instruction_id_list, kwargs: row.kwargs },
    response,
  })),
);

// Bundled, the module's own URL is bench/out/: name the shipped folder.
const sentences = createSentenceTokenizer(loadPunktEnglish(path.join(root, 'datasets', 'punkt-english')));
const context = { sentences, detectLanguage: () => ({ ok: false as const, reason: 'compared separately' }) };
const verdicts = cases.map(({ row, response }) => {
  const outcomes = evaluateResponse(buildInstructions(row), response, context);
  return { strict: outcomes.map((o) => o.strict), loose: outcomes.map((o) => o.loose) };
});
const texts = [...rows.map((row) => String(row.prompt)), ...noise, ...follow];
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'cases.json'), JSON.stringify(cases));
writeFileSync(path.join(out, 'verdicts.json'), JSON.stringify(verdicts));
writeFileSync(path.join(out, 'texts.json'), JSON.stringify(texts));
writeFileSync(
  path.join(out, 'tokens.json'),
  JSON.stringify(texts.map((t) => ({ sentences: sentences(t), words: wordTokenize(t, sentences) }))),
);
console.log(JSON.stringify({ cases: cases.length, texts: texts.length, out: path.relative(root, out) }));
