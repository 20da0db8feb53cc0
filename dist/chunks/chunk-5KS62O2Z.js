import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  locate,
  parseLocated,
  readablePath
} from "./chunk-DENRS3T3.js";
import {
  packageRoot
} from "./chunk-SYQIWND2.js";
import {
  config_schema_default,
  require_ajv,
  require_equal,
  require_ucs2length
} from "./chunk-UA4HWNG3.js";
import {
  shortHash
} from "./chunk-BHQOCA2E.js";
import {
  ConfigError,
  DataError
} from "./chunk-2UXU3PFN.js";
import {
  __export,
  __toESM
} from "./chunk-QTR7GT5E.js";

// src/config/load.ts
import { readFile } from "node:fs/promises";

// src/data/utf8.ts
var strict = new TextDecoder("utf-8", { fatal: true });
function decodeUtf8(bytes) {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    return firstBadByte(bytes);
  }
}
function firstBadByte(bytes) {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 10) continue;
    try {
      strict.decode(bytes.subarray(start, i));
    } catch {
      return { line, col: badColumn(bytes.subarray(start, i)) };
    }
    line++;
    start = i + 1;
  }
  return { line, col: 1 };
}
function badColumn(line) {
  let good = 0;
  for (let end = 1; end <= line.length; end++) {
    try {
      strict.decode(line.subarray(0, end));
      good = end;
    } catch {
      if (end - good > 4) break;
    }
  }
  return good + 1;
}

// src/config/load.ts
var import_ajv2 = __toESM(require_ajv(), 1);
import path5 from "node:path";

// src/tasks/scorers/index.ts
import { existsSync } from "node:fs";
import path3 from "node:path";

// src/tasks/ifeval/py-text.ts
var SPACE_CHARS = "\\t\\n\\x0b\\x0c\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
var PY_S = `[${SPACE_CHARS}]`;
var PY_NOT_S = `[^${SPACE_CHARS}]`;
var PY_W_CLASS = "\\p{L}\\p{N}_";
var PY_W = `[${PY_W_CLASS}]`;
var PY_NOT_W = `[^${PY_W_CLASS}]`;
var PY_D = "\\p{Nd}";
var PY_W_NOT_D = "[\\p{L}\\p{Nl}\\p{No}_]";
var PY_B = `(?:(?<=${PY_W})(?!${PY_W})|(?<!${PY_W})(?=${PY_W}))`;
var PY_DOT = "[^\\n]";
var PY_END = "(?=\\n?(?![\\s\\S]))";
var SPACE_RE = new RegExp(PY_S, "u");
var LEADING_SPACE = new RegExp(`^${PY_S}+`, "u");
var SPACE_RUNS = new RegExp(`${PY_S}+`, "u");
function isPySpace(char) {
  return SPACE_RE.test(char);
}
function pyStrip(text) {
  return pyRstrip(pyLstrip(text));
}
function pyLstrip(text) {
  return text.replace(LEADING_SPACE, "");
}
function pyRstrip(text) {
  let end = text.length;
  while (end > 0 && SPACE_RE.test(text[end - 1])) end--;
  return text.slice(0, end);
}
function pyStripChars(text, chars, side = "both") {
  const set = new Set(chars);
  const units = [...text];
  let start = 0;
  let end = units.length;
  if (side !== "right") while (start < end && set.has(units[start])) start++;
  if (side !== "left") while (end > start && set.has(units[end - 1])) end--;
  return units.slice(start, end).join("");
}
function pySplit(text) {
  const stripped = pyStrip(text);
  return stripped === "" ? [] : stripped.split(SPACE_RUNS);
}
var UPPER = new RegExp("\\p{Uppercase}", "u");
var LOWER = new RegExp("\\p{Lowercase}", "u");
var TITLE = new RegExp("\\p{Lt}", "u");
function pyIsUpper(text) {
  let cased = false;
  for (const char of text) {
    if (LOWER.test(char) || TITLE.test(char)) return false;
    if (UPPER.test(char)) cased = true;
  }
  return cased;
}
function pyIsLower(text) {
  let cased = false;
  for (const char of text) {
    if (UPPER.test(char) || TITLE.test(char)) return false;
    if (LOWER.test(char)) cased = true;
  }
  return cased;
}
function firstChar(text) {
  const code = text.codePointAt(0);
  return code === void 0 ? "" : String.fromCodePoint(code);
}
function removePrefix(text, prefix) {
  return text.startsWith(prefix) ? text.slice(prefix.length) : text;
}
function removeSuffix(text, suffix) {
  return suffix !== "" && text.endsWith(suffix) ? text.slice(0, -suffix.length) : text;
}

// src/tasks/ifeval/evaluate.ts
var IFEVAL_METRICS = [
  "prompt_level_strict",
  "inst_level_strict",
  "prompt_level_loose",
  "inst_level_loose"
];
function looseVariants(response) {
  const lines2 = response.split("\n");
  const removeFirst = pyStrip(lines2.slice(1).join("\n"));
  const removeLast = pyStrip(lines2.slice(0, -1).join("\n"));
  const removeBoth = pyStrip(lines2.slice(1, -1).join("\n"));
  const noStars = (text) => text.replaceAll("*", "");
  return [
    response,
    noStars(response),
    removeFirst,
    removeLast,
    removeBoth,
    noStars(removeFirst),
    noStars(removeLast),
    noStars(removeBoth)
  ];
}
function follows(instruction, response, context) {
  return pyStrip(response) !== "" && instruction.check(response, context);
}
function evaluateResponse(instructions, response, context) {
  const variants = looseVariants(response);
  return instructions.map((instruction) => {
    const strict2 = follows(instruction, response, context);
    const loose = strict2 || variants.slice(1).some((variant) => follows(instruction, variant, context));
    return { id: instruction.id, strict: strict2, loose };
  });
}
function ifevalMetrics(outcomes) {
  const n = outcomes.length;
  const strict2 = outcomes.filter((o) => o.strict).length;
  const loose = outcomes.filter((o) => o.loose).length;
  return {
    prompt_level_strict: strict2 === n ? 1 : 0,
    inst_level_strict: n === 0 ? 0 : strict2 / n,
    prompt_level_loose: loose === n ? 1 : 0,
    inst_level_loose: n === 0 ? 0 : loose / n
  };
}

// src/tasks/ifeval/langdetect.ts
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// src/tasks/ifeval/python-random.ts
var N = 624;
var M = 397;
function pythonRandom(seed) {
  const mt = new Uint32Array(N);
  let index = N + 1;
  function initGenrand(s) {
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ mt[i - 1] >>> 30;
      mt[i] = Math.imul(1812433253, prev) + i >>> 0;
    }
    index = N;
  }
  function initByArray(key) {
    initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1] ^ mt[i - 1] >>> 30;
      mt[i] = (mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ mt[i - 1] >>> 30;
      mt[i] = (mt[i] ^ Math.imul(prev, 1566083941)) - i >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 2147483648;
  }
  function genrand() {
    if (index >= N) {
      for (let k = 0; k < N; k++) {
        const y2 = mt[k] & 2147483648 | mt[(k + 1) % N] & 2147483647;
        mt[k] = mt[(k + M) % N] ^ y2 >>> 1 ^ (y2 & 1 ? 2567483615 : 0);
      }
      index = 0;
    }
    let y = mt[index++];
    y ^= y >>> 11;
    y ^= y << 7 & 2636928640;
    y ^= y << 15 & 4022730752;
    y ^= y >>> 18;
    return y >>> 0;
  }
  const words = [];
  let rest = Math.abs(Math.trunc(seed));
  do {
    words.push(rest % 4294967296);
    rest = Math.floor(rest / 4294967296);
  } while (rest > 0);
  initByArray(words);
  const random = () => ((genrand() >>> 5) * 67108864 + (genrand() >>> 6)) / 9007199254740992;
  function randbelow(n) {
    const k = 32 - Math.clz32(n);
    let r = genrand() >>> 32 - k;
    while (r >= n) r = genrand() >>> 32 - k;
    return r;
  }
  let gaussNext = null;
  return {
    random,
    gauss(mu, sigma) {
      let z = gaussNext;
      gaussNext = null;
      if (z === null) {
        const x2pi = random() * 2 * Math.PI;
        const g2rad = Math.sqrt(-2 * Math.log(1 - random()));
        z = Math.cos(x2pi) * g2rad;
        gaussNext = Math.sin(x2pi) * g2rad;
      }
      return mu + z * sigma;
    },
    choice(items) {
      return items[randbelow(items.length)];
    }
  };
}

// src/tasks/ifeval/langdetect.ts
var N_TRIAL = 7;
var ALPHA_DEFAULT = 0.5;
var ALPHA_WIDTH = 0.05;
var ITERATION_LIMIT = 1e3;
var PROB_THRESHOLD = 0.1;
var CONV_THRESHOLD = 0.99999;
var BASE_FREQ = 1e4;
var MAX_TEXT_LENGTH = 1e4;
var URL_RE = /https?:\/\/[-_.?&~;+=/#0-9A-Za-z]{1,2076}/g;
var MAIL_RE = /[-_.0-9A-Za-z]{1,64}@[-_0-9A-Za-z]{1,255}[-_.0-9A-Za-z]{1,255}/g;
var LATIN1_EXCLUDED = "\xA0\xAB\xB0\xBB";
var VI_DECOMPOSED = /([AEIOUYaeiouy\u00c2\u00ca\u00d4\u00e2\u00ea\u00f4\u0102\u0103\u01a0\u01a1\u01af\u01b0])([\u0300\u0301\u0303\u0309\u0323])/g;
function langdetectPackageDir() {
  return path.dirname(createRequire(import.meta.url).resolve("langdetect/package.json"));
}
function loadLangdetectProfiles(dir = langdetectPackageDir()) {
  const files = readdirSync(path.join(dir, "profiles")).filter((f) => f.endsWith(".json")).sort();
  const languages = files.map((f) => f.slice(0, -".json".length));
  const ngrams = /* @__PURE__ */ new Map();
  files.forEach((file, index) => {
    const profile = JSON.parse(readFileSync(path.join(dir, "profiles", file), "utf8"));
    for (const [gram, count] of Object.entries(profile.freq)) {
      let probs = ngrams.get(gram);
      if (!probs) ngrams.set(gram, probs = new Float64Array(files.length));
      const length = [...gram].length;
      if (length >= 1 && length <= 3) probs[index] = count / profile.n_words[length - 1];
    }
  });
  const classes = JSON.parse(readFileSync(path.join(dir, "res", "cjk.json"), "utf8"));
  const cjk = /* @__PURE__ */ new Map();
  for (const members of Object.values(classes)) {
    const chars = [...members];
    for (const char of chars) cjk.set(char, chars[0]);
  }
  return { languages, ngrams, cjk };
}
function block(code) {
  if (code <= 127) return "Basic Latin";
  if (code <= 255) return "Latin-1 Supplement";
  if (code >= 384 && code <= 591) return "Latin Extended-B";
  if (code >= 1536 && code <= 1791) return "Arabic";
  if (code >= 7680 && code <= 7935) return "Latin Extended Additional";
  if (code >= 8192 && code <= 8303) return "General Punctuation";
  if (code >= 12352 && code <= 12447) return "Hiragana";
  if (code >= 12448 && code <= 12543) return "Katakana";
  if (code >= 12544 && code <= 12591 || code >= 12704 && code <= 12735) return "Bopomofo";
  if (code >= 19968 && code <= 40959) return "CJK Unified Ideographs";
  if (code >= 44032 && code <= 55215) return "Hangul Syllables";
  return null;
}
function normalize(char, cjk) {
  const code = char.codePointAt(0);
  switch (block(code)) {
    case "Basic Latin":
      return char < "A" || char > "Z" && char < "a" || char > "z" ? " " : char;
    case "Latin-1 Supplement":
      return LATIN1_EXCLUDED.includes(char) ? " " : char;
    case "Latin Extended-B":
      return char === "\u0219" ? "\u015F" : char === "\u021B" ? "\u0163" : char;
    case "General Punctuation":
      return " ";
    case "Arabic":
      return char === "\u06CC" ? "\u064A" : char;
    case "Latin Extended Additional":
      return code >= 7840 ? "\u1EC3" : char;
    case "Hiragana":
      return "\u3042";
    case "Katakana":
      return "\u30A2";
    case "Bopomofo":
      return "\u3105";
    case "CJK Unified Ideographs":
      return cjk.get(char) ?? char;
    case "Hangul Syllables":
      return "\uAC00";
    default:
      return char;
  }
}
function prepare(raw) {
  const text = [
    ...raw.replace(URL_RE, " ").replace(MAIL_RE, " ").replace(VI_DECOMPOSED, (pair) => pair.normalize("NFC"))
  ];
  const kept = [];
  let previous = "";
  for (const char of text.slice(0, MAX_TEXT_LENGTH)) {
    if (char !== " " || previous !== " ") kept.push(char);
    previous = char;
  }
  let latin = 0;
  let nonLatin = 0;
  for (const char of kept) {
    if (char >= "A" && char <= "z") latin++;
    else if (char >= "\u0300" && block(char.codePointAt(0)) !== "Latin Extended Additional") nonLatin++;
  }
  return latin * 2 < nonLatin ? kept.filter((char) => char < "A" || char > "z") : kept;
}
function extractNgrams(chars, profiles) {
  const out = [];
  let grams = [" "];
  let capitalWord = false;
  for (const raw of chars) {
    const char = normalize(raw, profiles.cjk);
    const last = grams[grams.length - 1];
    let added = true;
    if (last === " ") {
      grams = [" "];
      capitalWord = false;
      if (char === " ") added = false;
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
      const gram = grams.slice(-n).join("");
      if (gram !== " " && profiles.ngrams.has(gram)) out.push(gram);
    }
  }
  return out;
}
function normalizeProb(prob) {
  let sum = 0;
  for (const p of prob) sum += p;
  let max = 0;
  for (let i = 0; i < prob.length; i++) {
    prob[i] /= sum;
    if (prob[i] > max) max = prob[i];
  }
  return max;
}
function detectLanguages(text, profiles, seed) {
  const ngrams = extractNgrams(prepare(text), profiles);
  if (ngrams.length === 0) return null;
  const size = profiles.languages.length;
  const total = new Float64Array(size);
  const random = pythonRandom(seed);
  for (let trial = 0; trial < N_TRIAL; trial++) {
    const prob = new Float64Array(size).fill(1 / size);
    const weight = random.gauss(ALPHA_DEFAULT, ALPHA_WIDTH) / BASE_FREQ;
    for (let i = 0; ; i++) {
      const probs = profiles.ngrams.get(random.choice(ngrams));
      for (let j = 0; j < size; j++) prob[j] *= weight + probs[j];
      if (i % 5 === 0 && (normalizeProb(prob) > CONV_THRESHOLD || i >= ITERATION_LIMIT)) break;
    }
    for (let j = 0; j < size; j++) total[j] += prob[j] / N_TRIAL;
  }
  return profiles.languages.map((lang, j) => ({ lang, prob: total[j] })).filter((l) => l.prob > PROB_THRESHOLD).sort((a, b) => b.prob - a.prob);
}

// src/tasks/ifeval/language.ts
var LANGDETECT_SEED = 0;
function createLanguageDetector(dir) {
  const profiles = loadLangdetectProfiles(dir);
  return (text) => {
    const ranked = detectLanguages(text, profiles, LANGDETECT_SEED);
    if (ranked === null) return { ok: false, reason: "no features in text" };
    return { ok: true, lang: ranked[0]?.lang ?? "unknown" };
  };
}

// src/tasks/ifeval/punkt-token.ts
var NON_WORD = `(?:[)";}\\]*:@'({\\[?!])`;
var MULTI_CHAR = `(?:-{2,}|\\.{2,}|(?:\\.${PY_S}){2,}\\.)`;
var WORD_START = '[^("`{\\[:;&#*@)}\\]\\-,]';
var WORD_TOKENIZER = new RegExp(
  `${MULTI_CHAR}|(?=${WORD_START})${PY_NOT_S}+?(?=${PY_S}|$|${NON_WORD}|${MULTI_CHAR}|,(?=$|${PY_S}|${NON_WORD}|${MULTI_CHAR}))|${PY_NOT_S}`,
  "gu"
);
var RE_ELLIPSIS = /^\.\.+$/u;
var RE_NUMERIC = new RegExp(`^-?[.,]?${PY_D}[${PY_D},.\\-]*\\.?$`, "u");
var RE_INITIAL = new RegExp(`^${PY_W_NOT_D}\\.$`, "u");
function makeToken(tok, flags = {}) {
  return {
    tok,
    type: tok.toLowerCase().replace(RE_NUMERIC, "##number##"),
    periodFinal: tok.endsWith("."),
    parastart: flags.parastart ?? false,
    linestart: flags.linestart ?? false,
    sentbreak: false,
    abbr: false,
    ellipsis: false
  };
}
function typeNoPeriod(token) {
  return token.type.length > 1 && token.type.endsWith(".") ? token.type.slice(0, -1) : token.type;
}
function typeNoSentperiod(token) {
  return token.sentbreak ? typeNoPeriod(token) : token.type;
}
function firstUpper(token) {
  return pyIsUpper(firstChar(token.tok));
}
function firstLower(token) {
  return pyIsLower(firstChar(token.tok));
}
function isEllipsis(token) {
  return RE_ELLIPSIS.test(token.tok);
}
function isInitial(token) {
  return RE_INITIAL.test(token.tok);
}
function punktWordTokenize(line) {
  return line.match(WORD_TOKENIZER) ?? [];
}
function tokenizeWords(text) {
  const tokens = [];
  let parastart = false;
  for (const line of text.split("\n")) {
    if (pyStrip(line) === "") {
      parastart = true;
      continue;
    }
    const words = punktWordTokenize(line);
    if (words.length === 0) continue;
    tokens.push(makeToken(words[0], { parastart, linestart: true }));
    parastart = false;
    for (const word of words.slice(1)) tokens.push(makeToken(word));
  }
  return tokens;
}

// src/tasks/ifeval/punkt-params.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { fileURLToPath } from "node:url";
import path2 from "node:path";
var PUNKT_ENGLISH_DIR = new URL("../../../datasets/punkt-english/", import.meta.url);
function collocationKey(first, second) {
  return `${first}	${second}`;
}
function lines(dir, file) {
  const full = path2.join(dir, file);
  let text;
  try {
    text = readFileSync2(full, "utf8");
  } catch (error) {
    throw new DataError({ file: full }, `cannot read the Punkt English parameters`, {
      hint: "the IFEval scorer needs datasets/punkt-english/ (shipped with evalwarden); pass its folder to loadPunktEnglish()",
      cause: error
    });
  }
  return text.split("\n").filter((line) => line !== "");
}
function loadPunktEnglish(dir = PUNKT_ENGLISH_DIR) {
  const folder = dir instanceof URL ? fileURLToPath(dir) : dir;
  const orthoContext = /* @__PURE__ */ new Map();
  for (const line of lines(folder, "ortho_context.tab")) {
    const [type, flags] = line.split("	");
    const value = Number(flags);
    if (type === void 0 || !Number.isInteger(value)) {
      throw new DataError(
        { file: path2.join(folder, "ortho_context.tab") },
        `bad row "${line}": expected type<TAB>flags`
      );
    }
    orthoContext.set(type, value);
  }
  const collocations = /* @__PURE__ */ new Set();
  for (const line of lines(folder, "collocations.tab")) {
    const [first, second] = line.split("	");
    if (first === void 0 || second === void 0) {
      throw new DataError(
        { file: path2.join(folder, "collocations.tab") },
        `bad row "${line}": expected word<TAB>word`
      );
    }
    collocations.add(collocationKey(first, second));
  }
  return {
    abbrevTypes: new Set(lines(folder, "abbrev_types.txt")),
    collocations,
    sentStarters: new Set(lines(folder, "sent_starters.txt")),
    orthoContext
  };
}

// src/tasks/ifeval/punkt.ts
var ORTHO_BEG_UC = 1 << 1;
var ORTHO_MID_UC = 1 << 2;
var ORTHO_UNK_UC = 1 << 3;
var ORTHO_BEG_LC = 1 << 4;
var ORTHO_MID_LC = 1 << 5;
var ORTHO_UNK_LC = 1 << 6;
var ORTHO_UC = ORTHO_BEG_UC + ORTHO_MID_UC + ORTHO_UNK_UC;
var ORTHO_LC = ORTHO_BEG_LC + ORTHO_MID_LC + ORTHO_UNK_LC;
var SENT_END_CHARS = /* @__PURE__ */ new Set([".", "?", "!"]);
var PUNCTUATION = /* @__PURE__ */ new Set([";", ":", ",", ".", "!", "?"]);
var PERIOD_CONTEXT = new RegExp(
  `[.?!](?=(?<after_tok>${NON_WORD}|${PY_S}+(?<next_tok>${PY_NOT_S}+)))`,
  "dgu"
);
var BOUNDARY_REALIGNMENT = new RegExp(`^["')\\]}]+?(?:${PY_S}+|(?=--)|(?=\\n|(?![\\s\\S])))`, "u");
var ASCII_WHITESPACE = /* @__PURE__ */ new Set([" ", "	", "\n", "\r", "\v", "\f"]);
function createSentenceTokenizer(params) {
  const ortho = (type) => params.orthoContext.get(type) ?? 0;
  function firstPass(token) {
    const tok = token.tok;
    if (SENT_END_CHARS.has(tok)) {
      token.sentbreak = true;
    } else if (isEllipsis(token)) {
      token.ellipsis = true;
    } else if (token.periodFinal && !tok.endsWith("..")) {
      const bare = tok.slice(0, -1).toLowerCase();
      if (params.abbrevTypes.has(bare) || params.abbrevTypes.has(bare.split("-").at(-1) ?? "")) {
        token.abbr = true;
      } else {
        token.sentbreak = true;
      }
    }
  }
  function orthoHeuristic(token) {
    if (PUNCTUATION.has(token.tok)) return false;
    const context = ortho(typeNoSentperiod(token));
    if (firstUpper(token) && context & ORTHO_LC && !(context & ORTHO_MID_UC)) return true;
    if (firstLower(token) && (context & ORTHO_UC || !(context & ORTHO_BEG_LC))) return false;
    return "unknown";
  }
  function secondPass(token, next) {
    if (!next || !token.periodFinal) return;
    const type = typeNoPeriod(token);
    const nextType = typeNoSentperiod(next);
    const initial = isInitial(token);
    if (params.collocations.has(collocationKey(type, nextType))) {
      token.sentbreak = false;
      token.abbr = true;
      return;
    }
    if ((token.abbr || token.ellipsis) && !initial) {
      if (orthoHeuristic(next) === true) {
        token.sentbreak = true;
        return;
      }
      if (firstUpper(next) && params.sentStarters.has(nextType)) {
        token.sentbreak = true;
        return;
      }
    }
    if (initial || type === "##number##") {
      const starter = orthoHeuristic(next);
      if (starter === false) {
        token.sentbreak = false;
        token.abbr = true;
        return;
      }
      if (starter === "unknown" && initial && firstUpper(next) && !(ortho(nextType) & ORTHO_LC)) {
        token.sentbreak = false;
        token.abbr = true;
      }
    }
  }
  function annotate(tokens) {
    for (const token of tokens) firstPass(token);
    for (let i = 0; i < tokens.length; i++) secondPass(tokens[i], tokens[i + 1]);
    return tokens;
  }
  function containsSentbreak(context) {
    const tokens = annotate(tokenizeWords(context));
    return tokens.slice(0, -1).some((token) => token.sentbreak);
  }
  function lastWhitespaceIndex(text) {
    for (let i = text.length - 1; i >= 0; i--) if (ASCII_WHITESPACE.has(text[i])) return i;
    return 0;
  }
  function potentialEndContexts(text) {
    const out = [];
    let previousSlice = { start: 0, stop: 0 };
    let previousMatch;
    const contextOf = (match, slice) => text.slice(slice.start, slice.stop) + match[0] + (match.groups?.after_tok ?? "");
    for (const match of text.matchAll(PERIOD_CONTEXT)) {
      const before = text.slice(previousSlice.stop, match.index);
      let wordStart = lastWhitespaceIndex(before);
      wordStart = wordStart ? wordStart + previousSlice.stop + 1 : previousSlice.start;
      const wordSlice = { start: wordStart, stop: match.index };
      if (previousMatch && previousSlice.stop <= wordSlice.start) {
        out.push({ match: previousMatch, context: contextOf(previousMatch, previousSlice) });
      }
      previousMatch = match;
      previousSlice = wordSlice;
    }
    if (previousMatch) out.push({ match: previousMatch, context: contextOf(previousMatch, previousSlice) });
    return out;
  }
  function slicesFromText(text) {
    const slices = [];
    let lastBreak = 0;
    for (const { match, context } of potentialEndContexts(text)) {
      if (!containsSentbreak(context)) continue;
      const end = match.index + match[0].length;
      slices.push({ start: lastBreak, stop: end });
      lastBreak = match.indices?.groups?.next_tok?.[0] ?? end;
    }
    slices.push({ start: lastBreak, stop: pyRstrip(text).length });
    return slices;
  }
  function realignBoundaries(text, slices) {
    const out = [];
    let realign = 0;
    for (let i = 0; i < slices.length; i++) {
      const first = { start: slices[i].start + realign, stop: slices[i].stop };
      const second = slices[i + 1];
      const firstText = text.slice(first.start, first.stop);
      if (!second) {
        if (firstText) out.push(first);
        continue;
      }
      const m = BOUNDARY_REALIGNMENT.exec(text.slice(second.start, second.stop));
      if (m) {
        out.push({ start: first.start, stop: second.start + pyRstrip(m[0]).length });
        realign = m[0].length;
      } else {
        realign = 0;
        if (firstText) out.push(first);
      }
    }
    return out;
  }
  return (text) => realignBoundaries(text, slicesFromText(text)).map((s) => text.slice(s.start, s.stop));
}

// src/tasks/ifeval/instruction.ts
var KwargsError = class extends Error {
};
function present(kwargs, key) {
  const value = kwargs[key];
  if (value === void 0 || value === null) {
    throw new KwargsError(
      `needs "${key}" (the reference would draw a random one, which no score can rest on)`
    );
  }
  return value;
}
function readNumber(kwargs, key) {
  const value = present(kwargs, key);
  if (typeof value !== "number" || !Number.isFinite(value))
    throw new KwargsError(`"${key}" must be a number, not ${JSON.stringify(value)}`);
  return value;
}
function readCount(kwargs, key) {
  const value = readNumber(kwargs, key);
  if (value < 0)
    throw new KwargsError(`"${key}" must not be negative (the reference would draw a random one)`);
  return value;
}
function readString(kwargs, key) {
  const value = present(kwargs, key);
  if (typeof value !== "string")
    throw new KwargsError(`"${key}" must be a string, not ${JSON.stringify(value)}`);
  return value;
}
function readStringList(kwargs, key) {
  const value = present(kwargs, key);
  if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === "string")) {
    throw new KwargsError(`"${key}" must be a non-empty list of strings`);
  }
  return value;
}
function readRelation(kwargs, key) {
  const value = readString(kwargs, key);
  if (value !== "less than" && value !== "at least") {
    throw new KwargsError(`"${key}" must be "less than" or "at least", not "${value}"`);
  }
  return value;
}
function compare(actual, relation, threshold) {
  return relation === "less than" ? actual < threshold : actual >= threshold;
}

// src/tasks/ifeval/treebank.ts
var rule = (source, replacement, flags = "") => [
  new RegExp(source, `gu${flags}`),
  replacement
];
var STARTING_QUOTES = [
  rule("([\xAB\u201C\u2018\u201E]|`+)", " $1 "),
  rule('^"', "``"),
  rule("(``)", " $1 "),
  rule(`([ ([{<])("|'{2})`, "$1 `` "),
  rule(`(')(?!re|ve|ll|m|t|s|d|n)(${PY_W})(?!${PY_W})`, "$1 $2", "i")
];
var ENDING_QUOTES = [
  rule("([\xBB\u201D\u2019])", " $1 "),
  rule("''", " '' "),
  rule('"', " '' "),
  rule("([^' ])('[sS]|'[mM]|'[dD]|') ", "$1 $2 "),
  rule("([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ", "$1 $2 ")
];
var FINAL_PERIOD_TAIL = /* @__PURE__ */ new Set([...`])}>"'\xBB\u201D\u2019 `]);
var SPACE = new RegExp(`^${PY_S}$`, "u");
function splitFinalPeriod(text) {
  let q = text.length;
  while (q > 0 && SPACE.test(text[q - 1])) q--;
  let r = q;
  while (r > 0 && FINAL_PERIOD_TAIL.has(text[r - 1])) r--;
  const dot = r - 1;
  if (dot < 1 || text[dot] !== "." || text[dot - 1] === ".") return text;
  let tailEnd = dot + 1;
  while (tailEnd < text.length && FINAL_PERIOD_TAIL.has(text[tailEnd])) tailEnd++;
  return `${text.slice(0, dot)} . ${text.slice(dot + 1, tailEnd)} `;
}
var PUNCTUATION2 = [
  rule(`([:,])([^${PY_D}])`, " $1 $2"),
  rule(`([:,])${PY_END}`, " $1 "),
  rule("\\.{2,}", " $& "),
  rule("[;@#$%&]", " $& "),
  rule(`([^.])(\\.)([\\])}>"']*)${PY_S}*${PY_END}`, "$1 $2$3 "),
  rule("[?!]", " $& "),
  rule("([^'])' ", "$1 ' "),
  rule("[*]", " $& ")
];
var PARENS_BRACKETS = rule("[\\][(){}<>]", " $& ");
var DOUBLE_DASHES = rule("--", " -- ");
var CONTRACTIONS = [
  `${PY_B}(can)(not)${PY_B}`,
  `${PY_B}(d)('ye)${PY_B}`,
  `${PY_B}(gim)(me)${PY_B}`,
  `${PY_B}(gon)(na)${PY_B}`,
  `${PY_B}(got)(ta)${PY_B}`,
  `${PY_B}(lem)(me)${PY_B}`,
  `${PY_B}(more)('n)${PY_B}`,
  `${PY_B}(wan)(na)(?=${PY_S})`,
  ` ('t)(is)${PY_B}`,
  ` ('t)(was)${PY_B}`
].map((source) => new RegExp(source, "giu"));
function apply(text, [pattern3, replacement]) {
  return text.replace(pattern3, replacement);
}
function treebankTokenize(sentence) {
  let text = sentence;
  for (const r of STARTING_QUOTES) text = apply(text, r);
  text = splitFinalPeriod(text);
  for (const r of PUNCTUATION2) text = apply(text, r);
  text = apply(text, PARENS_BRACKETS);
  text = apply(text, DOUBLE_DASHES);
  text = ` ${text} `;
  for (const r of ENDING_QUOTES) text = apply(text, r);
  for (const pattern3 of CONTRACTIONS) text = text.replace(pattern3, " $1 $2 ");
  return pySplit(text);
}
function wordTokenize(text, sentences) {
  return sentences(text).flatMap(treebankTokenize);
}

// src/tasks/ifeval/instructions/change-case.ts
var capitalWordFrequency = {
  kwargs: ["capital_frequency", "capital_relation"],
  build: (kwargs) => {
    const threshold = readNumber(kwargs, "capital_frequency");
    const relation = readRelation(kwargs, "capital_relation");
    return (response, { sentences }) => compare(wordTokenize(response, sentences).filter(pyIsUpper).length, relation, threshold);
  }
};
var englishCapital = {
  kwargs: [],
  build: () => (response, { detectLanguage }) => {
    if (!pyIsUpper(response)) return false;
    const detection = detectLanguage(response);
    return detection.ok ? detection.lang === "en" : true;
  }
};
var englishLowercase = {
  kwargs: [],
  build: () => (response, { detectLanguage }) => {
    if (!pyIsLower(response)) return false;
    const detection = detectLanguage(response);
    return detection.ok ? detection.lang === "en" : true;
  }
};

// src/tasks/ifeval/instructions/combination.ts
var twoResponses = {
  kwargs: [],
  build: () => (response) => {
    const pieces = response.split("******");
    const valid = [];
    for (const [index, piece] of pieces.entries()) {
      if (pyStrip(piece) === "") {
        if (index !== 0 && index !== pieces.length - 1) return false;
      } else {
        valid.push(piece);
      }
    }
    return valid.length === 2 && pyStrip(valid[0]) !== pyStrip(valid[1]);
  }
};
var repeatPrompt = {
  kwargs: ["prompt_to_repeat"],
  build: (kwargs) => {
    const prompt = readString(kwargs, "prompt_to_repeat");
    if (prompt === "") throw new KwargsError('"prompt_to_repeat" must be set');
    const expected = pyStrip(prompt).toLowerCase();
    return (response) => pyStrip(response).toLowerCase().startsWith(expected);
  }
};

// src/tasks/ifeval/py-regex.ts
var OUTSIDE_CLASS = {
  b: PY_B,
  B: `(?!${PY_B})`,
  w: PY_W,
  W: PY_NOT_W,
  s: PY_S,
  S: PY_NOT_S,
  d: `\\p{Nd}`,
  D: `\\P{Nd}`
};
var INSIDE_CLASS = {
  w: PY_W_CLASS,
  s: PY_S.slice(1, -1),
  d: PY_D
};
function translatePythonPattern(source) {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === "\\" && i + 1 < source.length) {
      const next = source[++i];
      const table = inClass ? INSIDE_CLASS : OUTSIDE_CLASS;
      out += table[next] ?? `\\${next}`;
      continue;
    }
    if (inClass) {
      if (char === "]") inClass = false;
      out += char;
      continue;
    }
    if (char === "[") {
      inClass = true;
      out += char;
      if (source[i + 1] === "^") out += source[++i];
      if (source[i + 1] === "]") {
        out += "\\]";
        i++;
      }
      continue;
    }
    if (char === ".") out += PY_DOT;
    else if (char === "$") out += PY_END;
    else out += char;
  }
  return out;
}
function compilePythonPattern(source, flags) {
  try {
    return new RegExp(translatePythonPattern(source), `${flags}u`);
  } catch {
    return new RegExp(source, flags);
  }
}

// src/tasks/ifeval/instructions/content.ts
function countPlaceholders(text) {
  let count = 0;
  let i = 0;
  while (i < text.length) {
    if (text[i] !== "[") {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && text[j] !== "]" && text[j] !== "\n") j++;
    if (j < text.length && text[j] === "]") {
      count++;
      i = j + 1;
    } else {
      i = j;
    }
  }
  return count;
}
var numberPlaceholders = {
  kwargs: ["num_placeholders"],
  build: (kwargs) => {
    const wanted = readCount(kwargs, "num_placeholders");
    return (response) => countPlaceholders(response) >= wanted;
  }
};
var postscript = {
  kwargs: ["postscript_marker"],
  build: (kwargs) => {
    const marker = pyStrip(readString(kwargs, "postscript_marker"));
    let body;
    if (marker === "P.P.S") body = `p\\.${PY_S}?p\\.${PY_S}?s`;
    else if (marker === "P.S.") body = `p\\.${PY_S}?s\\.`;
    else body = translatePythonPattern(marker.toLowerCase());
    let pattern3;
    try {
      pattern3 = new RegExp(body, "u");
    } catch (error) {
      throw new KwargsError(
        `"postscript_marker" "${marker}" is not a pattern JavaScript can run: ${error.message}`
      );
    }
    return (response) => pattern3.test(response.toLowerCase());
  }
};

// src/tasks/ifeval/py-json.ts
var PY_CONSTANT = /"(?:[^"\\]|\\.)*"|-?Infinity|-?NaN/gs;
function pythonJsonParses(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    if (!/NaN|Infinity/.test(text)) return false;
    const replaced = text.replace(
      PY_CONSTANT,
      (token) => token.startsWith('"') || token === "-NaN" ? token : "0"
    );
    try {
      JSON.parse(replaced);
      return true;
    } catch {
      return false;
    }
  }
}

// src/tasks/ifeval/instructions/format.ts
function countBulletLines(text) {
  const chars = [...text];
  const n = chars.length;
  const nextSolid = new Int32Array(n + 1);
  nextSolid[n] = n;
  for (let i = n - 1; i >= 0; i--) nextSolid[i] = isPySpace(chars[i]) ? nextSolid[i + 1] : i;
  const lineEnd = (from) => {
    let e = from;
    while (e < n && chars[e] !== "\n") e++;
    return e;
  };
  const count = (marker) => {
    let found = 0;
    let pos = 0;
    while (pos <= n) {
      const w = nextSolid[pos];
      const atLineStart = pos === 0 || chars[pos - 1] === "\n";
      const star = marker === "*" && w + 1 < n && chars[w] === "*" && chars[w + 1] !== "*";
      const dash = marker === "-" && w < n && chars[w] === "-";
      if (atLineStart && (star || dash)) {
        found++;
        pos = lineEnd(marker === "*" ? w + 2 : w + 1);
      } else {
        pos++;
      }
    }
    return found;
  };
  return count("*") + count("-");
}
var numberBulletLists = {
  kwargs: ["num_bullets"],
  build: (kwargs) => {
    const wanted = readCount(kwargs, "num_bullets");
    return (response) => countBulletLines(response) === wanted;
  }
};
var CONSTRAINED_OPTIONS = ["My answer is yes.", "My answer is no.", "My answer is maybe."];
var constrainedResponse = {
  kwargs: [],
  build: () => (response) => {
    const value = pyStrip(response);
    return CONSTRAINED_OPTIONS.some((option) => value.includes(option));
  }
};
var HIGHLIGHT = /\*[^\n*]*\*/g;
var DOUBLE_HIGHLIGHT = /\*\*[^\n*]*\*\*/g;
var numberHighlightedSections = {
  kwargs: ["num_highlights"],
  build: (kwargs) => {
    const wanted = readCount(kwargs, "num_highlights");
    return (response) => {
      let count = 0;
      for (const [h] of response.matchAll(HIGHLIGHT)) if (pyStrip(pyStripChars(h, "*")) !== "") count++;
      for (const [h] of response.matchAll(DOUBLE_HIGHLIGHT))
        if (pyStrip(removeSuffix(removePrefix(h, "**"), "**")) !== "") count++;
      return count >= wanted;
    };
  }
};
var multipleSections = {
  kwargs: ["section_spliter", "num_sections"],
  build: (kwargs) => {
    const splitter = pyStrip(readString(kwargs, "section_spliter"));
    const wanted = readCount(kwargs, "num_sections");
    let pattern3;
    try {
      pattern3 = new RegExp(`${PY_S}?${translatePythonPattern(splitter)}${PY_S}?[${PY_D}]+${PY_S}?`, "u");
    } catch (error) {
      throw new KwargsError(
        `"section_spliter" "${splitter}" is not a pattern JavaScript can run: ${error.message}`
      );
    }
    return (response) => response.split(pattern3).length - 1 >= wanted;
  }
};
var jsonFormat = {
  kwargs: [],
  build: () => (response) => {
    let value = pyStrip(response);
    for (const prefix of ["```json", "```Json", "```JSON", "```"]) value = removePrefix(value, prefix);
    value = pyStrip(removeSuffix(value, "```"));
    return pythonJsonParses(value);
  }
};
var title = {
  kwargs: [],
  build: () => (response) => response.split("\n").some((line) => {
    const open = line.indexOf("<<");
    const close = line.lastIndexOf(">>");
    if (open === -1 || close < open + 3) return false;
    const inside = pyStripChars(pyStripChars(line.slice(open, close + 2), "<", "left"), ">", "right");
    return pyStrip(inside) !== "";
  })
};

// src/tasks/ifeval/instructions/keywords.ts
function pattern(source, flags) {
  try {
    return compilePythonPattern(source, flags);
  } catch (error) {
    throw new KwargsError(`"${source}" is not a pattern JavaScript can run: ${error.message}`);
  }
}
var existence = {
  kwargs: ["keywords"],
  build: (kwargs) => {
    const keywords = readStringList(kwargs, "keywords").map((k) => pattern(k, "i"));
    return (response) => keywords.every((k) => k.test(response));
  }
};
var frequency = {
  kwargs: ["keyword", "frequency", "relation"],
  build: (kwargs) => {
    const raw = readString(kwargs, "keyword");
    if (raw === "") throw new KwargsError('"keyword" is empty (the reference would draw a random one)');
    const keyword = pattern(pyStrip(raw), "gi");
    const threshold = readCount(kwargs, "frequency");
    const relation = readRelation(kwargs, "relation");
    return (response) => compare([...response.matchAll(keyword)].length, relation, threshold);
  }
};
var forbiddenWords = {
  kwargs: ["forbidden_words"],
  build: (kwargs) => {
    const words = [...new Set(readStringList(kwargs, "forbidden_words"))].map(
      (w) => pattern(`\\b${w}\\b`, "i")
    );
    return (response) => !words.some((w) => w.test(response));
  }
};
var letterFrequency = {
  kwargs: ["letter", "let_frequency", "let_relation"],
  build: (kwargs) => {
    const raw = readString(kwargs, "letter");
    if (raw === "" || [...raw].length > 1)
      throw new KwargsError(
        `"letter" must be one character, not "${raw}" (the reference would draw a random one)`
      );
    const letter = pyStrip(raw).toLowerCase();
    const threshold = readCount(kwargs, "let_frequency");
    const relation = readRelation(kwargs, "let_relation");
    return (response) => {
      let count = 0;
      for (const char of response.toLowerCase()) if (char === letter) count++;
      return compare(count, relation, threshold);
    };
  }
};

// src/tasks/ifeval/instructions/language.ts
var LANGUAGE_CODES = {
  en: "English",
  es: "Spanish",
  pt: "Portuguese",
  ar: "Arabic",
  hi: "Hindi",
  fr: "French",
  ru: "Russian",
  de: "German",
  ja: "Japanese",
  it: "Italian",
  bn: "Bengali",
  uk: "Ukrainian",
  th: "Thai",
  ur: "Urdu",
  ta: "Tamil",
  te: "Telugu",
  bg: "Bulgarian",
  ko: "Korean",
  pl: "Polish",
  he: "Hebrew",
  fa: "Persian",
  vi: "Vietnamese",
  ne: "Nepali",
  sw: "Swahili",
  kn: "Kannada",
  mr: "Marathi",
  gu: "Gujarati",
  pa: "Punjabi",
  ml: "Malayalam",
  fi: "Finnish"
};
var responseLanguage = {
  kwargs: ["language"],
  build: (kwargs) => {
    const language = readString(kwargs, "language");
    if (!Object.hasOwn(LANGUAGE_CODES, language)) {
      throw new KwargsError(
        `"language" must be one of ${Object.keys(LANGUAGE_CODES).join(", ")}, not "${language}"`
      );
    }
    return (response, { detectLanguage }) => {
      const detection = detectLanguage(response);
      return detection.ok ? detection.lang === language : true;
    };
  }
};

// src/tasks/ifeval/words.ts
var WORD_RUN = new RegExp(`${PY_W}+`, "gu");
function countWords(text) {
  return text.match(WORD_RUN)?.length ?? 0;
}

// src/tasks/ifeval/instructions/length.ts
var numberSentences = {
  kwargs: ["num_sentences", "relation"],
  build: (kwargs) => {
    const threshold = readCount(kwargs, "num_sentences");
    const relation = readRelation(kwargs, "relation");
    return (response, { sentences }) => compare(sentences(response).length, relation, threshold);
  }
};
var DIVIDER = new RegExp(`${PY_S}?\\*\\*\\*${PY_S}?`, "u");
var numberParagraphs = {
  kwargs: ["num_paragraphs"],
  build: (kwargs) => {
    const wanted = readCount(kwargs, "num_paragraphs");
    return (response) => {
      const paragraphs = response.split(DIVIDER);
      let count = paragraphs.length;
      for (const [index, paragraph] of paragraphs.entries()) {
        if (pyStrip(paragraph) !== "") continue;
        if (index === 0 || index === paragraphs.length - 1) count--;
        else return false;
      }
      return count === wanted;
    };
  }
};
var numberWords = {
  kwargs: ["num_words", "relation"],
  build: (kwargs) => {
    const threshold = readCount(kwargs, "num_words");
    const relation = readRelation(kwargs, "relation");
    return (response) => compare(countWords(response), relation, threshold);
  }
};
var FIRST_WORD_STOP = /* @__PURE__ */ new Set([".", ",", "?", "!", "'", '"']);
var nthParagraphFirstWord = {
  kwargs: ["num_paragraphs", "nth_paragraph", "first_word"],
  build: (kwargs) => {
    const wanted = readCount(kwargs, "num_paragraphs");
    const nth = readCount(kwargs, "nth_paragraph");
    if (nth <= 0 || nth > wanted)
      throw new KwargsError(
        `"nth_paragraph" must be in 1..num_paragraphs (the reference would draw a random one)`
      );
    const firstWord = readString(kwargs, "first_word").toLowerCase();
    return (response) => {
      const paragraphs = response.split("\n\n");
      const count = paragraphs.filter((p) => pyStrip(p) !== "").length;
      if (nth > count) return false;
      const paragraph = pyStrip(paragraphs[nth - 1]);
      if (paragraph === "") return false;
      let word = pyStrip(pySplit(paragraph)[0]);
      word = pyStripChars(pyStripChars(word, "'", "left"), '"', "left");
      let first = "";
      for (const char of word) {
        if (FIRST_WORD_STOP.has(char)) break;
        first += char.toLowerCase();
      }
      return count === wanted && first === firstWord;
    };
  }
};

// src/tasks/ifeval/instructions/punctuation.ts
var noComma = {
  kwargs: [],
  build: () => (response) => !response.includes(",")
};

// src/tasks/ifeval/instructions/startend.ts
var endChecker = {
  kwargs: ["end_phrase"],
  build: (kwargs) => {
    const phrase = pyStrip(readString(kwargs, "end_phrase")).toLowerCase();
    return (response) => pyStripChars(pyStrip(response), '"').toLowerCase().endsWith(phrase);
  }
};
var quotation = {
  kwargs: [],
  build: () => (response) => {
    const value = pyStrip(response);
    return [...value].length > 1 && firstChar(value) === '"' && value.endsWith('"');
  }
};

// src/tasks/ifeval/registry.ts
var INSTRUCTIONS = {
  "keywords:existence": existence,
  "keywords:frequency": frequency,
  "keywords:forbidden_words": forbiddenWords,
  "keywords:letter_frequency": letterFrequency,
  "language:response_language": responseLanguage,
  "length_constraints:number_sentences": numberSentences,
  "length_constraints:number_paragraphs": numberParagraphs,
  "length_constraints:number_words": numberWords,
  "length_constraints:nth_paragraph_first_word": nthParagraphFirstWord,
  "detectable_content:number_placeholders": numberPlaceholders,
  "detectable_content:postscript": postscript,
  "detectable_format:number_bullet_lists": numberBulletLists,
  "detectable_format:constrained_response": constrainedResponse,
  "detectable_format:number_highlighted_sections": numberHighlightedSections,
  "detectable_format:multiple_sections": multipleSections,
  "detectable_format:json_format": jsonFormat,
  "detectable_format:title": title,
  "combination:two_responses": twoResponses,
  "combination:repeat_prompt": repeatPrompt,
  "startend:end_checker": endChecker,
  "change_case:capital_word_frequency": capitalWordFrequency,
  "change_case:english_capital": englishCapital,
  "change_case:english_lowercase": englishLowercase,
  "punctuation:no_comma": noComma,
  "startend:quotation": quotation
};
function isInstructionId(id) {
  return Object.hasOwn(INSTRUCTIONS, id);
}

// src/tasks/ifeval/row.ts
function rowError(row, path6, message, hint) {
  const key = row.key ?? row.id;
  const where = key === void 0 ? "IFEval item" : `IFEval item ${JSON.stringify(key)}`;
  return new DataError({ file: where, path: path6 }, message, { hint });
}
function cleanKwargs(value) {
  if (value === null || value === void 0) return {};
  if (typeof value !== "object" || Array.isArray(value)) return void 0;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== void 0));
}
function buildInstructions(row) {
  const ids = row.instruction_id_list;
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === "string")) {
    throw rowError(row, "instruction_id_list", "must be a non-empty list of instruction ids");
  }
  const kwargsList = row.kwargs ?? [];
  if (!Array.isArray(kwargsList) || kwargsList.length < ids.length) {
    throw rowError(row, "kwargs", `must be a list with one object per instruction (${ids.length})`);
  }
  return ids.map((id, index) => {
    if (!isInstructionId(id)) {
      throw rowError(
        row,
        `instruction_id_list[${index}]`,
        `unknown IFEval instruction id "${id}"`,
        `supported ids: ${Object.keys(INSTRUCTIONS).join(", ")}`
      );
    }
    const instruction = INSTRUCTIONS[id];
    const kwargs = cleanKwargs(kwargsList[index]);
    if (kwargs === void 0) throw rowError(row, `kwargs[${index}]`, "must be an object");
    const unexpected = Object.keys(kwargs).filter((k) => !instruction.kwargs.includes(k));
    if (unexpected.length > 0) {
      throw rowError(
        row,
        `kwargs[${index}]`,
        `${id} takes no ${unexpected.map((k) => `"${k}"`).join(", ")}`,
        `it takes: ${instruction.kwargs.join(", ") || "nothing"}`
      );
    }
    try {
      return { id, check: instruction.build(kwargs) };
    } catch (error) {
      if (error instanceof KwargsError) throw rowError(row, `kwargs[${index}]`, `${id}: ${error.message}`);
      throw error;
    }
  });
}

// src/tasks/scorers/ifeval.ts
var DEFAULT_PRIMARY = "prompt_level_strict";
function createIfevalScorer(resources = {}) {
  return {
    name: "ifeval",
    // 2: replies scored untrimmed (the loose variants drop the reply's own first or last line).
    version: 2,
    metrics: (options) => {
      const primary = options.primary_metric ?? DEFAULT_PRIMARY;
      return [primary, ...IFEVAL_METRICS.filter((m) => m !== primary)];
    },
    binary: (options) => (options.primary_metric ?? DEFAULT_PRIMARY).startsWith("prompt_level"),
    needsTarget: false,
    optionsSchema: {
      type: "object",
      properties: {
        primary_metric: { enum: [...IFEVAL_METRICS], default: DEFAULT_PRIMARY }
      },
      additionalProperties: false
    },
    create: (options) => {
      const primary = options.primary_metric ?? DEFAULT_PRIMARY;
      const sentences = createSentenceTokenizer(loadPunktEnglish(resources.punktDir));
      let detector;
      const context = {
        sentences,
        detectLanguage: (text) => (detector ??= createLanguageDetector(resources.langdetectDir))(text)
      };
      return ({ output, row }) => {
        const instructions = buildInstructions(row);
        const outcomes = evaluateResponse(instructions, output, context);
        const metrics = ifevalMetrics(outcomes);
        const k = outcomes.length;
        const failedStrict = outcomes.filter((o) => !o.strict).map((o) => o.id);
        const failedLoose = outcomes.filter((o) => !o.loose).map((o) => o.id);
        const explanation = failedStrict.length === 0 ? void 0 : `not followed: ${failedStrict.join(", ")}` + (failedLoose.length === 0 ? " (all followed loosely)" : failedLoose.length < failedStrict.length ? `; loosely not followed: ${failedLoose.join(", ")}` : "");
        return {
          value: metrics[primary],
          metrics: { ...metrics },
          weights: { inst_level_strict: k, inst_level_loose: k },
          explanation,
          metadata: { instructions: outcomes }
        };
      };
    }
  };
}
var ifeval = createIfevalScorer();

// src/tasks/scorers/normalize.ts
var NUMBER_FORMS = /([\p{No}\u2070-\u209f]+)/u;
var MINUS = /\u2212/g;
var LEADING_PUNCTUATION = /^[\p{P}\p{S}]+/u;
var TRAILING_PUNCTUATION = /[\p{P}\p{S}]+$/u;
var NUMBER_PREFIX = new RegExp("[-+]?\\p{Sc}?\\.?$", "u");
function normalizeText(text, options = {}) {
  let out = foldCompatibility(text).replace(MINUS, "-").trim().replace(/\s+/g, " ");
  if (!options.case_sensitive) out = out.toLowerCase();
  if (options.ignore_punctuation ?? true) out = stripTrailing(stripLeading(out)).trim();
  return out;
}
function foldCompatibility(text) {
  return text.split(NUMBER_FORMS).map((part, i) => i % 2 === 1 ? part : part.normalize("NFKC")).join("");
}
function stripLeading(text) {
  const run = LEADING_PUNCTUATION.exec(text)?.[0];
  if (!run) return text;
  const kept = /^\d/.test(text.slice(run.length)) ? NUMBER_PREFIX.exec(run)?.[0] ?? "" : "";
  return text.slice(run.length - kept.length);
}
function stripTrailing(text) {
  const run = TRAILING_PUNCTUATION.exec(text)?.[0];
  if (!run) return text;
  const body = text.slice(0, text.length - run.length);
  const kept = /\d$/.test(body) && run.startsWith("%") ? "%" : "";
  return body + kept;
}
function includesOnNumberBoundaries(haystack, needle) {
  if (needle === "") return true;
  const checkStart = /^[\p{Sc}.]?\d/u.test(needle);
  const signed = new RegExp("^[-+]\\p{Sc}?\\.?\\d", "u").test(needle);
  const checkEnd = /\d$/.test(needle);
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack.slice(0, at);
    const after = haystack.slice(at + needle.length);
    if (checkStart && continuesNumberBefore(before)) continue;
    if (signed && /[\p{L}\p{N}]$/u.test(before)) continue;
    if (checkEnd && continuesNumberAfter(after)) continue;
    return true;
  }
  return false;
}
function continuesNumberBefore(before) {
  return new RegExp("(?:\\p{N}|\\.|\\p{N},|\\d[eE][-+\\u2212]?|(?:^|[^\\p{L}\\p{N}])[-+\\u2212]\\p{Sc}?)$", "u").test(before);
}
function continuesNumberAfter(after) {
  return /^(?:[\p{N}\u2070-\u209f]|[.,]\d|e[-+\u2212]?\d)/iu.test(after);
}
function targetList(target) {
  if (target === null) return [];
  return Array.isArray(target) ? target : [target];
}

// src/tasks/scorers/choice.ts
function patterns(letters) {
  const set = `[${letters}]`;
  return [
    new RegExp(`(?:answer|option|choice)\\s*(?:is|:)?\\s*\\(?(${set})\\)?(?![A-Za-z])`, "i"),
    new RegExp(`^\\s*\\(?(${set})\\)?(?:[.):\\s]|$)`),
    new RegExp(`\\((${set})\\)`),
    new RegExp(`\\b(${set})\\b(?!.*\\b${set}\\b)`, "s")
  ];
}
function targetLetter(target, letters) {
  const trimmed = target.trim();
  if (/^\d+$/.test(trimmed) && Number(trimmed) < letters.length) return letters[Number(trimmed)];
  return trimmed.replace(/^\(|\)$/g, "").toUpperCase();
}
var choice = {
  name: "choice",
  version: 1,
  metrics: () => ["accuracy"],
  binary: () => true,
  needsTarget: true,
  optionsSchema: {
    type: "object",
    properties: { letters: { type: "string", pattern: "^[A-Z]{2,26}$" } },
    additionalProperties: false
  },
  create: (options) => {
    const letters = options.letters ?? "ABCD";
    const tried = patterns(letters);
    return (input) => {
      const found = tried.map((p) => p.exec(input.output)?.[1]).find((l) => l !== void 0);
      const answer = found?.toUpperCase();
      if (!answer) return { value: 0, explanation: `no option letter (${letters}) found in the output` };
      const hit = targetList(input.target).some((t) => targetLetter(t, letters) === answer);
      return { value: hit ? 1 : 0, answer };
    };
  }
};

// src/tasks/scorers/contains.ts
var contains = {
  name: "contains",
  // 2: numbers keep their sign, value and boundaries; replies scored untrimmed, tool calls seen.
  version: 2,
  metrics: () => ["contains"],
  binary: () => true,
  needsTarget: true,
  optionsSchema: {
    type: "object",
    properties: { case_sensitive: { type: "boolean" }, all: { type: "boolean" } },
    additionalProperties: false
  },
  create: (options) => (input) => {
    const norm = { case_sensitive: options.case_sensitive, ignore_punctuation: false };
    const output = normalizeText(input.output, norm);
    const targets = targetList(input.target).map((t) => normalizeText(t, norm));
    const found = targets.filter((t) => includesOnNumberBoundaries(output, t));
    const hit = options.all ? found.length === targets.length : found.length > 0;
    return {
      value: hit ? 1 : 0,
      answer: found.join(" | ") || void 0,
      explanation: hit ? void 0 : `missing: ${targets.filter((t) => !found.includes(t)).join(" | ")}`
    };
  }
};

// src/tasks/scorers/exact.ts
var exact = {
  name: "exact",
  // 2: numbers keep their sign, value and boundaries; replies scored untrimmed, tool calls seen.
  version: 2,
  metrics: () => ["exact_match"],
  binary: () => true,
  needsTarget: true,
  optionsSchema: {
    type: "object",
    properties: { case_sensitive: { type: "boolean" }, ignore_punctuation: { type: "boolean" } },
    additionalProperties: false
  },
  create: (options) => (input) => {
    const answer = normalizeText(input.output, options);
    const hit = targetList(input.target).some((t) => normalizeText(t, options) === answer);
    return { value: hit ? 1 : 0, answer, explanation: hit ? void 0 : "output differs from the target" };
  }
};

// src/tasks/scorers/json.ts
var import_ajv = __toESM(require_ajv(), 1);
function jsonSource(input, tool) {
  const calls = input.toolCalls ?? [];
  if (tool !== void 0) {
    const call = calls.find((c) => c.name === tool);
    if (call) return { text: call.arguments, call };
    const made = calls.map((c) => c.name).join(", ");
    return { missing: `no call to ${tool}${made ? ` (the reply called ${made})` : ""}` };
  }
  if (calls.length > 0 && input.output.trim() === "") return { text: calls[0].arguments, call: calls[0] };
  return { text: input.output };
}
function extractJson(output) {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/.exec(output)?.[1];
  const candidates = [fenced, output, /[[{][\s\S]*[\]}]/.exec(output)?.[0]];
  for (const text of candidates) {
    if (text === void 0) continue;
    try {
      return JSON.parse(text.trim());
    } catch {
    }
  }
  return void 0;
}
function compileSchema(schema) {
  return new import_ajv.Ajv({ allErrors: true, strict: false }).compile(schema);
}
var json = {
  name: "json",
  // 2: a reply that is only tool calls is scored on the call's arguments; replies scored untrimmed.
  version: 2,
  metrics: (o) => o.schema ? ["schema_valid", "valid_json"] : ["valid_json"],
  binary: () => true,
  needsTarget: false,
  optionsSchema: {
    type: "object",
    properties: { schema: { type: "object" }, tool: { type: "string", minLength: 1 } },
    additionalProperties: false
  },
  check: (options) => {
    if (!options.schema) return void 0;
    try {
      compileSchema(options.schema);
      return void 0;
    } catch (error) {
      return `schema does not compile: ${error.message}`;
    }
  },
  create: (options) => {
    const validate2 = options.schema ? compileSchema(options.schema) : void 0;
    return (input) => {
      const source = jsonSource(input, options.tool);
      if ("missing" in source) {
        const metrics = validate2 ? { schema_valid: 0, valid_json: 0 } : void 0;
        return { value: 0, metrics, explanation: source.missing };
      }
      const parsed = extractJson(source.text);
      const valid = parsed !== void 0;
      const read = source.call ? { answer: source.call.name, metadata: { tool_call: source.call.name } } : {};
      const notJson = source.call ? `the arguments of ${source.call.name} are not JSON` : "output is not JSON";
      if (!validate2) return { value: valid ? 1 : 0, ...read, explanation: valid ? void 0 : notJson };
      const schemaValid = valid && validate2(parsed);
      return {
        value: schemaValid ? 1 : 0,
        metrics: { schema_valid: schemaValid ? 1 : 0, valid_json: valid ? 1 : 0 },
        ...read,
        explanation: !valid ? notJson : schemaValid ? void 0 : `schema: ${validate2.errors?.map((e) => `${e.instancePath || "/"} ${e.message}`).join("; ")}`
      };
    };
  }
};

// src/tasks/scorers/judge.ts
var DEFAULT_RUBRIC = "Judge whether the response answers the question correctly and completely. When a reference answer is given, the response must agree with it.";
var JUDGE_SYSTEM = "You are an impartial judge of answers written by an AI assistant.";
function judgePrompt(question, response, reference, rubric, maxScore) {
  return [
    `Rubric: ${rubric}`,
    `[QUESTION]
${question}
[/QUESTION]`,
    reference === void 0 ? "" : `[REFERENCE]
${reference}
[/REFERENCE]`,
    `[RESPONSE]
${response}
[/RESPONSE]`,
    `Reply with JSON: {"score": <0-${maxScore}>, "reasoning": "<one or two sentences>"}.`
  ].filter(Boolean).join("\n\n");
}
function parseJudgeScore(reply) {
  const jsonText = /\{[\s\S]*\}/.exec(reply)?.[0];
  if (jsonText) {
    try {
      const parsed = JSON.parse(jsonText);
      const score = typeof parsed.score === "string" ? Number(parsed.score) : parsed.score;
      if (typeof score === "number" && Number.isFinite(score))
        return { score, reasoning: String(parsed.reasoning ?? "") };
    } catch {
    }
  }
  const marked = /score\s*[:=]\s*(-?\d+(?:\.\d+)?)/i.exec(reply);
  if (marked) return { score: Number(marked[1]), reasoning: reply.slice(0, marked.index).trim() };
  return void 0;
}
var judge = {
  name: "judge",
  // 2: the judge reads the reply untrimmed.
  version: 2,
  metrics: () => ["judge_score"],
  binary: () => false,
  needsTarget: false,
  optionsSchema: {
    type: "object",
    properties: {
      rubric: { type: "string", minLength: 1 },
      max_score: { type: "number", exclusiveMinimum: 0 },
      judge_model: { type: "string" }
    },
    additionalProperties: false
  },
  create: (options) => async (input, context) => {
    if (!context.judge)
      return failure("judge_missing", "no judge model is configured (add a `judge:` section)");
    const maxScore = options.max_score ?? 10;
    const reference = targetList(input.target)[0];
    const reply = await context.judge([
      { role: "system", content: JUDGE_SYSTEM },
      {
        role: "user",
        content: judgePrompt(
          input.prompt,
          input.output,
          reference,
          options.rubric ?? DEFAULT_RUBRIC,
          maxScore
        )
      }
    ]);
    const parsed = parseJudgeScore(reply);
    if (!parsed) return failure("judge_unparseable", `judge reply has no score: ${reply.slice(0, 200)}`);
    if (parsed.score < 0 || parsed.score > maxScore)
      return failure("judge_out_of_range", `judge score ${parsed.score} is outside 0..${maxScore}`);
    return { value: parsed.score / maxScore, answer: String(parsed.score), explanation: parsed.reasoning };
  }
};
function failure(kind, message) {
  return { error: { kind, message } };
}

// src/tasks/scorers/numeric.ts
var SUPERSCRIPTS = "\u2070\xB9\xB2\xB3\u2074\u2075\u2076\u2077\u2078\u2079";
var NUMBER = String.raw`(?<![\p{N}.])(?<sign>(?<![\p{L}\p{N}])[-+\u2212])?\p{Sc}?(?<digits>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:[eE](?<exp>[-+\u2212]?\d+))?(?<sup>⁻?[${SUPERSCRIPTS}]+)?%?(?![\p{N}]|\.\d|,\d{3})`;
var STRICT = new RegExp(String.raw`####\s*(${NUMBER})`, "u");
var FLEXIBLE = new RegExp(NUMBER, "gu");
var WHOLE = new RegExp(`^${NUMBER}$`, "u");
function parseNumber(text) {
  const match = WHOLE.exec(foldCompatibility(text).replace(/\s/g, "").replace(/\.$/, ""));
  return match?.groups ? numberValue(match.groups) : Number.NaN;
}
function numberValue(groups) {
  const sign = groups.sign === "-" || groups.sign === "\u2212" ? -1 : 1;
  const mantissa = Number(groups.digits?.replace(/,/g, ""));
  const exponent = Number(groups.exp?.replace("\u2212", "-") ?? 0);
  const power = groups.sup ? Number([...groups.sup].map((c) => c === "\u207B" ? "-" : SUPERSCRIPTS.indexOf(c)).join("")) : 1;
  return sign * mantissa ** power * 10 ** exponent;
}
function numericTarget(target) {
  const marked = STRICT.exec(foldCompatibility(target));
  return parseNumber(marked ? marked[1] : target);
}
function readTarget(target) {
  const value = numericTarget(target);
  if (Number.isNaN(value))
    throw new DataError(
      { file: "numeric scorer", path: "target" },
      `${JSON.stringify(target)} is not a number`,
      {
        hint: 'write it as a number ("1,234.5", "-7", "1e-3", "50%") or end a worked solution with "#### <number>"'
      }
    );
  return value;
}
function strictAnswer(output) {
  return STRICT.exec(output)?.[1];
}
function flexibleAnswer(output) {
  return [...output.matchAll(FLEXIBLE)].at(-1)?.[0];
}
var numeric = {
  name: "numeric",
  // 2: numbers keep their sign, value and boundaries; replies scored untrimmed, tool calls seen.
  version: 2,
  metrics: (o) => o.primary_metric === "strict_match" ? ["strict_match", "flexible_extract"] : ["flexible_extract", "strict_match"],
  binary: () => true,
  needsTarget: true,
  optionsSchema: {
    type: "object",
    properties: {
      tolerance: { type: "number", minimum: 0 },
      relative_tolerance: { type: "number", minimum: 0 },
      primary_metric: { enum: ["strict_match", "flexible_extract"] }
    },
    additionalProperties: false
  },
  create: (options) => (input) => {
    const targets = targetList(input.target).map(readTarget);
    const equal = (answer2) => {
      if (answer2 === void 0) return false;
      const value = parseNumber(answer2);
      return targets.some((t) => {
        const tolerance = Math.max(
          options.tolerance ?? 1e-6,
          (options.relative_tolerance ?? 0) * Math.abs(t)
        );
        return Math.abs(value - t) <= tolerance;
      });
    };
    const output = foldCompatibility(input.output);
    const strict2 = strictAnswer(output);
    const flexible = flexibleAnswer(output);
    const metrics = { strict_match: equal(strict2) ? 1 : 0, flexible_extract: equal(flexible) ? 1 : 0 };
    const primary = options.primary_metric ?? "flexible_extract";
    const answer = primary === "strict_match" ? strict2 : flexible;
    return {
      value: metrics[primary],
      metrics,
      answer,
      explanation: answer === void 0 ? "no number found in the output" : metrics[primary] ? void 0 : `${answer} \u2260 ${targets.join(" | ")}`
    };
  }
};

// src/tasks/scorers/pairwise.ts
var DEFAULT_RUBRIC2 = "Which response answers the question better: more correct, complete and helpful?";
function pairwisePrompt(question, a, b, reference, rubric) {
  return [
    `Rubric: ${rubric}`,
    `[QUESTION]
${question}
[/QUESTION]`,
    reference === void 0 ? "" : `[REFERENCE]
${reference}
[/REFERENCE]`,
    `[RESPONSE A]
${a}
[/RESPONSE A]`,
    `[RESPONSE B]
${b}
[/RESPONSE B]`,
    'Reply with JSON: {"winner": "A" | "B" | "tie", "reasoning": "<one or two sentences>"}.'
  ].filter(Boolean).join("\n\n");
}
function parseWinner(reply) {
  const json3 = /\{[\s\S]*\}/.exec(reply)?.[0];
  if (json3) {
    try {
      const winner = String(JSON.parse(json3).winner ?? "").trim();
      const normalized = winner.toUpperCase() === "TIE" ? "tie" : winner.toUpperCase();
      if (normalized === "A" || normalized === "B" || normalized === "tie") return normalized;
    } catch {
    }
  }
  const marked = /winner\s*[:=]\s*\[?(A|B|tie)\]?/i.exec(reply)?.[1];
  if (!marked) return void 0;
  return marked.toLowerCase() === "tie" ? "tie" : marked.toUpperCase();
}
function points(winner, candidateIs) {
  return winner === "tie" ? 0.5 : winner === candidateIs ? 1 : 0;
}
async function judgeOnce(judge3, prompt) {
  const reply = await judge3([
    { role: "system", content: JUDGE_SYSTEM },
    { role: "user", content: prompt }
  ]);
  return parseWinner(reply) ?? {
    error: { kind: "judge_unparseable", message: `judge reply names no winner: ${reply.slice(0, 200)}` }
  };
}
var pairwise = {
  name: "pairwise",
  // 2: the judge reads the reply untrimmed.
  version: 2,
  metrics: () => ["win_rate", "position_consistent"],
  binary: () => false,
  needsTarget: false,
  referenceModel: (options) => options.reference_model,
  optionsSchema: {
    type: "object",
    required: ["reference_model"],
    properties: {
      reference_model: { type: "string", minLength: 1 },
      rubric: { type: "string", minLength: 1 },
      judge_model: { type: "string" },
      max_score: { type: "number" }
    },
    additionalProperties: false
  },
  create: (options) => async (input, context) => {
    if (!context.judge)
      return {
        error: { kind: "judge_missing", message: "no judge model is configured (add a `judge:` section)" }
      };
    if (input.reference === void 0)
      return {
        value: 0.5,
        metrics: { win_rate: 0.5, position_consistent: 1 },
        explanation: "the reference model itself"
      };
    if (input.reference === null)
      return {
        error: {
          kind: "reference_missing",
          message: `no answer from ${options.reference_model} to compare with`
        }
      };
    const rubric = options.rubric ?? DEFAULT_RUBRIC2;
    const gold = targetList(input.target)[0];
    const first = await judgeOnce(
      context.judge,
      pairwisePrompt(input.prompt, input.output, input.reference, gold, rubric)
    );
    if (typeof first !== "string") return first;
    const second = await judgeOnce(
      context.judge,
      pairwisePrompt(input.prompt, input.reference, input.output, gold, rubric)
    );
    if (typeof second !== "string") return second;
    const a = points(first, "A");
    const b = points(second, "B");
    return {
      value: (a + b) / 2,
      metrics: { win_rate: (a + b) / 2, position_consistent: a === b ? 1 : 0 },
      answer: `${first}/${second}`,
      explanation: a === b ? void 0 : "the judge changed its mind when the order changed"
    };
  }
};

// src/tasks/scorers/regex.ts
function compile(options) {
  const flags = new Set((options.flags ?? "").split(""));
  flags.add("g");
  return new RegExp(options.pattern, [...flags].join(""));
}
var regex = {
  name: "regex",
  // 2: numbers keep their sign, value and boundaries; replies scored untrimmed, tool calls seen.
  version: 2,
  metrics: () => ["match"],
  binary: () => true,
  needsTarget: true,
  optionsSchema: {
    type: "object",
    required: ["pattern"],
    properties: {
      pattern: { type: "string", minLength: 1 },
      flags: { type: "string", pattern: "^[imsu]*$" },
      group: { oneOf: [{ type: "integer", minimum: 0 }, { type: "string" }] },
      occurrence: { enum: ["first", "last"] },
      case_sensitive: { type: "boolean" }
    },
    additionalProperties: false
  },
  check: (options) => {
    try {
      compile(options);
      return void 0;
    } catch (error) {
      return `pattern does not compile: ${error.message}`;
    }
  },
  create: (options) => {
    const pattern3 = compile(options);
    const group = options.group ?? 1;
    return (input) => {
      const matches = [...input.output.matchAll(pattern3)];
      const match = options.occurrence === "last" ? matches.at(-1) : matches[0];
      if (!match)
        return { value: 0, explanation: `scoring pattern not matched in output: ${options.pattern}` };
      const raw = typeof group === "number" ? match[group] ?? match[0] : match.groups?.[group] ?? match[0];
      const answer = normalizeText(raw, options);
      const hit = targetList(input.target).some((t) => normalizeText(t, options) === answer);
      return {
        value: hit ? 1 : 0,
        answer,
        explanation: hit ? void 0 : `extracted "${answer}" differs from the target`
      };
    };
  }
};

// src/tasks/scorers/index.ts
var ifeval2 = {
  ...ifeval,
  create: (options) => {
    const root = packageRoot();
    const bundled = path3.join(root, "dist", "langdetect");
    return createIfevalScorer({
      punktDir: path3.join(root, "datasets", "punkt-english"),
      langdetectDir: existsSync(path3.join(bundled, "profiles")) ? bundled : void 0
    }).create(options);
  }
};
var scorers = {
  exact,
  regex,
  numeric,
  choice,
  contains,
  json,
  judge,
  pairwise,
  ifeval: ifeval2
};
function findScorer(name) {
  return Object.hasOwn(scorers, name) ? scorers[name] : void 0;
}

// src/config/config-validator.generated.js
var __runtime_0_ns = __toESM(require_ucs2length(), 1);
var __runtime_1_ns = __toESM(require_equal(), 1);
var __runtime_0 = { default: typeof __runtime_0_ns.default === "function" ? __runtime_0_ns.default : __runtime_0_ns.default.default };
var __runtime_1 = { default: typeof __runtime_1_ns.default === "function" ? __runtime_1_ns.default : __runtime_1_ns.default.default };
var validate = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://evalwarden.dev/schemas/config.schema.json", "title": "evalwarden.yml", "description": "What to evaluate, on which models, and what fails the job.", "type": "object", "additionalProperties": false, "required": ["models", "tasks"], "properties": { "version": { "const": 1, "default": 1, "description": "Config format version." }, "models": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/model" } }, "tasks": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/task" } }, "suites": { "type": "object", "description": "Named collections of tasks. `quick` and `full` exist even when not written: full = every task, quick = every task at its quick_size.", "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" }, "additionalProperties": { "$ref": "#/definitions/suite" }, "default": {} }, "run": { "$ref": "#/definitions/run", "default": {} }, "gate": { "$ref": "#/definitions/gate", "default": {} }, "judge": { "$ref": "#/definitions/judge" }, "publish": { "$ref": "#/definitions/publish", "default": {} } }, "definitions": { "id": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", "description": "Letters, digits, '.', '_' and '-'; it becomes part of file names." }, "model": { "type": "object", "additionalProperties": false, "required": ["id", "base_url", "model"], "properties": { "id": { "$ref": "#/definitions/id", "description": "The model's name in this config; runs are matched on it." }, "provider": { "enum": ["openai-compatible", "openai"], "default": "openai-compatible" }, "base_url": { "type": "string", "pattern": "^https?://", "description": "e.g. http://127.0.0.1:8000/v1 for vLLM." }, "model": { "type": "string", "minLength": 1, "description": "The served model name (what /v1/models lists)." }, "api_key_env": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "description": "Name of the environment variable that holds the API key. Keys are never written in the config." }, "role": { "enum": ["candidate", "reference", "training"], "default": "candidate" }, "step": { "type": "integer", "minimum": 0, "description": "Training step of a checkpoint (role: training)." }, "revision": { "type": "string", "minLength": 1, "description": "What vouches for the weights behind the served name (a checkpoint digest, a commit, a hosted model's dated snapshot; ${VAR} works). It keys the response cache: cached replies are reused without canaries, sampled ones too." }, "params": { "$ref": "#/definitions/params", "default": {} }, "system": { "type": "string", "description": "System prompt for every task that has none of its own." }, "api": { "enum": ["chat", "completions"], "default": "chat" }, "price": { "type": "object", "additionalProperties": false, "properties": { "input_per_mtok": { "type": "number", "minimum": 0, "default": 0 }, "output_per_mtok": { "type": "number", "minimum": 0, "default": 0 } }, "default": {} } } }, "params": { "type": "object", "additionalProperties": false, "properties": { "temperature": { "type": "number", "minimum": 0, "maximum": 2 }, "top_p": { "type": "number", "exclusiveMinimum": 0, "maximum": 1 }, "max_tokens": { "type": "integer", "minimum": 1 }, "seed": { "type": "integer" }, "stop": { "type": "array", "items": { "type": "string" }, "maxItems": 4 }, "extra_body": { "type": "object", "description": "Sent as is (e.g. vLLM's top_k)." } } }, "dataset": { "type": "object", "additionalProperties": false, "properties": { "path": { "type": "string", "minLength": 1, "description": "Relative to the config file." }, "url": { "type": "string", "pattern": "^(https?://|hf://datasets/)", "description": "Downloaded once into the cache and verified against sha256: an http(s) URL, or hf://datasets/OWNER/NAME/PATH@REVISION for a Hugging Face dataset file." }, "sha256": { "type": "string", "pattern": "^[a-f0-9]{64}$" }, "format": { "enum": ["jsonl", "csv", "yaml", "json"] } }, "oneOf": [{ "required": ["path"], "not": { "required": ["url"] } }, { "required": ["url", "sha256"], "not": { "required": ["path"] } }] }, "fields": { "type": "object", "additionalProperties": false, "properties": { "id": { "type": "string", "default": "id" }, "input": { "type": "string", "default": "input" }, "target": { "type": "string", "default": "target" }, "category": { "type": "string", "default": "category" }, "cluster": { "type": "string", "default": "cluster" } } }, "scorer": { "type": "object", "required": ["type"], "properties": { "type": { "type": "string" } } }, "task": { "type": "object", "additionalProperties": false, "required": ["id"], "properties": { "id": { "$ref": "#/definitions/id" }, "builtin": { "enum": ["gsm8k", "ifeval", "golden-math", "golden-reasoning", "golden-coding", "golden-hallucination", "golden-rag", "golden-instruction-following", "golden-safety"], "description": "Use a built-in task definition; fields written here override it." }, "description": { "type": "string" }, "dataset": { "$ref": "#/definitions/dataset" }, "fields": { "$ref": "#/definitions/fields", "default": {} }, "prompt": { "type": "string", "minLength": 1, "description": "Template; {{field}} is replaced by the row's field." }, "system": { "type": "string" }, "scorer": { "oneOf": [{ "type": "string" }, { "$ref": "#/definitions/scorer" }] }, "primary_metric": { "type": "string" }, "samples": { "type": "integer", "minimum": 1, "maximum": 64, "default": 1, "description": "mean@N: samples per item." }, "weight": { "type": "number", "exclusiveMinimum": 0, "default": 1 }, "quick_size": { "type": "integer", "minimum": 1, "description": "Items in the quick suite (stratified by category)." }, "category": { "type": "string", "minLength": 1, "description": "The task's category on the dashboard (its heatmap groups tasks by it), e.g. math or safety. Not the per-item fields.category slices." }, "gate": { "$ref": "#/definitions/taskGate" } } }, "suite": { "type": "object", "additionalProperties": false, "properties": { "description": { "type": "string" }, "tasks": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/id" }, "description": "Task ids; all tasks when left out." }, "size": { "description": "`all`, `quick` (each task's quick_size, else default_quick_size) or a number of items per task.", "oneOf": [{ "enum": ["all", "quick"] }, { "type": "integer", "minimum": 1 }], "default": "all" }, "sequential": { "description": "Gate this suite in looks: each task's items in a fixed seeded stratified order, compared after growing prefixes; a task stops when its answer is clear (docs/gate.md).", "type": "boolean", "default": false }, "looks": { "description": "Items per task at each look of a sequential suite, increasing; the task's full set is always the last look. The first is the quick draw.", "type": "array", "minItems": 1, "items": { "type": "integer", "minimum": 1 }, "default": [50, 100, 150, 200, 250, 300, 400] }, "design_drop": { "description": "The drop a sequential suite is powered for: a task stops for futility once this drop is ruled out (conditional power below futility_power).", "type": "number", "exclusiveMinimum": 0, "maximum": 1, "default": 0.06 }, "futility_power": { "description": "A sequential task stops for futility when its conditional power for design_drop falls below this.", "type": "number", "minimum": 0, "maximum": 1, "default": 0.3 } } }, "run": { "type": "object", "additionalProperties": false, "properties": { "concurrency": { "description": "Requests in flight per endpoint: a number, or `auto` to find the server's capacity.", "oneOf": [{ "const": "auto" }, { "type": "integer", "minimum": 1, "maximum": 4096 }], "default": "auto" }, "rps": { "type": "number", "exclusiveMinimum": 0, "description": "Global limit of requests started per second." }, "timeout_ms": { "type": "integer", "minimum": 100, "default": 12e4 }, "max_retries": { "type": "integer", "minimum": 0, "maximum": 20, "default": 6 }, "max_cost": { "type": "number", "exclusiveMinimum": 0, "description": "Budget in the price unit: no call starts once reached." }, "seed": { "type": "integer", "default": 0, "description": "Seed for item sampling." }, "default_quick_size": { "type": "integer", "minimum": 1, "default": 50 }, "cache": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean", "default": true }, "dir": { "type": "string", "default": ".evalwarden/cache" }, "max_age_hours": { "type": "number", "exclusiveMinimum": 0, "default": 168 }, "canaries": { "type": "integer", "minimum": 1, "default": 32, "description": "Cached temperature-0 prompts asked again live (longest replies first) before a model without a revision may reuse the cache; one difference turns the cache off for that model in that run." } }, "default": {} } } }, "taskGate": { "type": "object", "additionalProperties": false, "properties": { "max_drop": { "type": "number", "minimum": 0, "maximum": 1 }, "alpha": { "type": "number", "exclusiveMinimum": 0, "maximum": 0.5 }, "critical": { "type": "boolean" }, "min_items": { "type": "integer", "minimum": 1 }, "max_error_rate": { "type": "number", "minimum": 0, "maximum": 1 } } }, "gate": { "type": "object", "additionalProperties": false, "properties": { "max_drop": { "type": "number", "minimum": 0, "maximum": 1, "default": 0.02 }, "alpha": { "type": "number", "exclusiveMinimum": 0, "maximum": 0.5, "default": 0.05 }, "min_items": { "type": "integer", "minimum": 1, "default": 20 }, "max_error_rate": { "type": "number", "minimum": 0, "maximum": 1, "default": 0.05 }, "correction": { "enum": ["holm", "bh", "none"], "default": "holm" }, "paired_test": { "enum": ["auto", "t", "bootstrap"], "default": "auto", "description": "auto: exact McNemar for 0/1 scores, paired t otherwise." }, "fail_on": { "type": "array", "items": { "enum": ["regression", "inconclusive", "error", "no-baseline"] }, "uniqueItems": true, "default": ["regression", "error"] }, "baseline": { "type": "object", "additionalProperties": false, "properties": { "source": { "type": "string", "description": "A results folder, a pages data folder, or a git URL of the pages branch." }, "run": { "type": "string", "description": "A pinned run id." } }, "default": {} }, "accept": { "type": "array", "description": "Intended drops, accepted by a maintainer (read from the base branch's config).", "items": { "type": "object", "additionalProperties": false, "required": ["task", "reason"], "properties": { "task": { "type": "string" }, "model": { "type": "string" }, "reason": { "type": "string", "minLength": 1 }, "until": { "type": "string", "format": "date" } } }, "default": [] }, "accept_label": { "type": "string", "default": "evalwarden:accept" } } }, "judge": { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": { "$ref": "#/definitions/id", "description": "Id of a model in `models` that judges." }, "rubric": { "type": "string" }, "max_score": { "type": "number", "exclusiveMinimum": 0, "default": 10 }, "rejudge_baseline": { "type": "boolean", "default": true, "description": "Judge the baseline's stored outputs again in this run, so both sides meet the same judge (a hosted judge can change behind the same name)." } } }, "publish": { "type": "object", "additionalProperties": false, "properties": { "branch": { "type": "string", "default": "gh-pages" }, "outputs": { "enum": ["none", "head", "all"], "default": "head" }, "inputs": { "description": "Which published examples carry the rendered input (messages) and the target: none, the samples head, or all records. Pages sites are often public: inputs and targets of a private golden set become public with head or all.", "enum": ["none", "head", "all"], "default": "none" }, "head_size": { "type": "integer", "minimum": 0, "maximum": 1e3, "default": 50 }, "redact": { "type": "array", "items": { "type": "string" }, "default": [] }, "retention": { "type": "object", "additionalProperties": false, "properties": { "pr_days": { "type": "integer", "minimum": 1, "default": 90 }, "drop_records_after_days": { "type": "integer", "minimum": 1, "default": 30 } }, "default": {} } } } } };
var schema23 = { "type": "object", "additionalProperties": false, "properties": { "concurrency": { "description": "Requests in flight per endpoint: a number, or `auto` to find the server's capacity.", "oneOf": [{ "const": "auto" }, { "type": "integer", "minimum": 1, "maximum": 4096 }], "default": "auto" }, "rps": { "type": "number", "exclusiveMinimum": 0, "description": "Global limit of requests started per second." }, "timeout_ms": { "type": "integer", "minimum": 100, "default": 12e4 }, "max_retries": { "type": "integer", "minimum": 0, "maximum": 20, "default": 6 }, "max_cost": { "type": "number", "exclusiveMinimum": 0, "description": "Budget in the price unit: no call starts once reached." }, "seed": { "type": "integer", "default": 0, "description": "Seed for item sampling." }, "default_quick_size": { "type": "integer", "minimum": 1, "default": 50 }, "cache": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean", "default": true }, "dir": { "type": "string", "default": ".evalwarden/cache" }, "max_age_hours": { "type": "number", "exclusiveMinimum": 0, "default": 168 }, "canaries": { "type": "integer", "minimum": 1, "default": 32, "description": "Cached temperature-0 prompts asked again live (longest replies first) before a model without a revision may reuse the cache; one difference turns the cache off for that model in that run." } }, "default": {} } } };
var schema24 = { "type": "object", "additionalProperties": false, "properties": { "max_drop": { "type": "number", "minimum": 0, "maximum": 1, "default": 0.02 }, "alpha": { "type": "number", "exclusiveMinimum": 0, "maximum": 0.5, "default": 0.05 }, "min_items": { "type": "integer", "minimum": 1, "default": 20 }, "max_error_rate": { "type": "number", "minimum": 0, "maximum": 1, "default": 0.05 }, "correction": { "enum": ["holm", "bh", "none"], "default": "holm" }, "paired_test": { "enum": ["auto", "t", "bootstrap"], "default": "auto", "description": "auto: exact McNemar for 0/1 scores, paired t otherwise." }, "fail_on": { "type": "array", "items": { "enum": ["regression", "inconclusive", "error", "no-baseline"] }, "uniqueItems": true, "default": ["regression", "error"] }, "baseline": { "type": "object", "additionalProperties": false, "properties": { "source": { "type": "string", "description": "A results folder, a pages data folder, or a git URL of the pages branch." }, "run": { "type": "string", "description": "A pinned run id." } }, "default": {} }, "accept": { "type": "array", "description": "Intended drops, accepted by a maintainer (read from the base branch's config).", "items": { "type": "object", "additionalProperties": false, "required": ["task", "reason"], "properties": { "task": { "type": "string" }, "model": { "type": "string" }, "reason": { "type": "string", "minLength": 1 }, "until": { "type": "string", "format": "date" } } }, "default": [] }, "accept_label": { "type": "string", "default": "evalwarden:accept" } } };
var schema27 = { "type": "object", "additionalProperties": false, "properties": { "branch": { "type": "string", "default": "gh-pages" }, "outputs": { "enum": ["none", "head", "all"], "default": "head" }, "inputs": { "description": "Which published examples carry the rendered input (messages) and the target: none, the samples head, or all records. Pages sites are often public: inputs and targets of a private golden set become public with head or all.", "enum": ["none", "head", "all"], "default": "none" }, "head_size": { "type": "integer", "minimum": 0, "maximum": 1e3, "default": 50 }, "redact": { "type": "array", "items": { "type": "string" }, "default": [] }, "retention": { "type": "object", "additionalProperties": false, "properties": { "pr_days": { "type": "integer", "minimum": 1, "default": 90 }, "drop_records_after_days": { "type": "integer", "minimum": 1, "default": 30 } }, "default": {} } } };
var schema12 = { "type": "object", "additionalProperties": false, "required": ["id", "base_url", "model"], "properties": { "id": { "$ref": "#/definitions/id", "description": "The model's name in this config; runs are matched on it." }, "provider": { "enum": ["openai-compatible", "openai"], "default": "openai-compatible" }, "base_url": { "type": "string", "pattern": "^https?://", "description": "e.g. http://127.0.0.1:8000/v1 for vLLM." }, "model": { "type": "string", "minLength": 1, "description": "The served model name (what /v1/models lists)." }, "api_key_env": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "description": "Name of the environment variable that holds the API key. Keys are never written in the config." }, "role": { "enum": ["candidate", "reference", "training"], "default": "candidate" }, "step": { "type": "integer", "minimum": 0, "description": "Training step of a checkpoint (role: training)." }, "revision": { "type": "string", "minLength": 1, "description": "What vouches for the weights behind the served name (a checkpoint digest, a commit, a hosted model's dated snapshot; ${VAR} works). It keys the response cache: cached replies are reused without canaries, sampled ones too." }, "params": { "$ref": "#/definitions/params", "default": {} }, "system": { "type": "string", "description": "System prompt for every task that has none of its own." }, "api": { "enum": ["chat", "completions"], "default": "chat" }, "price": { "type": "object", "additionalProperties": false, "properties": { "input_per_mtok": { "type": "number", "minimum": 0, "default": 0 }, "output_per_mtok": { "type": "number", "minimum": 0, "default": 0 } }, "default": {} } } };
var schema13 = { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", "description": "Letters, digits, '.', '_' and '-'; it becomes part of file names." };
var schema14 = { "type": "object", "additionalProperties": false, "properties": { "temperature": { "type": "number", "minimum": 0, "maximum": 2 }, "top_p": { "type": "number", "exclusiveMinimum": 0, "maximum": 1 }, "max_tokens": { "type": "integer", "minimum": 1 }, "seed": { "type": "integer" }, "stop": { "type": "array", "items": { "type": "string" }, "maxItems": 4 }, "extra_body": { "type": "object", "description": "Sent as is (e.g. vLLM's top_k)." } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = __runtime_0.default;
var pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", "u");
var pattern1 = new RegExp("^https?://", "u");
var pattern2 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0) {
      data.provider = "openai-compatible";
    }
    if (data.role === void 0) {
      data.role = "candidate";
    }
    if (data.params === void 0) {
      data.params = {};
    }
    if (data.api === void 0) {
      data.api = "chat";
    }
    if (data.price === void 0) {
      data.price = {};
    }
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.base_url === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "base_url" }, message: "must have required property 'base_url'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.model === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema12.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    let data1 = data.provider;
    if (!(data1 === "openai-compatible" || data1 === "openai")) {
      const err6 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/enum", keyword: "enum", params: { allowedValues: schema12.properties.provider.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.provider.enum, parentSchema: schema12.properties.provider, data: data1 };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.base_url !== void 0) {
      let data2 = data.base_url;
      if (typeof data2 === "string") {
        if (!pattern1.test(data2)) {
          const err7 = { instancePath: instancePath + "/base_url", schemaPath: "#/properties/base_url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema12.properties.base_url, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/base_url", schemaPath: "#/properties/base_url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.base_url.type, parentSchema: schema12.properties.base_url, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      let data3 = data.model;
      if (typeof data3 === "string") {
        if (func3(data3) < 1) {
          const err9 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.model, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.model.type, parentSchema: schema12.properties.model, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.api_key_env !== void 0) {
      let data4 = data.api_key_env;
      if (typeof data4 === "string") {
        if (!pattern2.test(data4)) {
          const err11 = { instancePath: instancePath + "/api_key_env", schemaPath: "#/properties/api_key_env/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema12.properties.api_key_env, data: data4 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/api_key_env", schemaPath: "#/properties/api_key_env/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.api_key_env.type, parentSchema: schema12.properties.api_key_env, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    let data5 = data.role;
    if (!(data5 === "candidate" || data5 === "reference" || data5 === "training")) {
      const err13 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/enum", keyword: "enum", params: { allowedValues: schema12.properties.role.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.role.enum, parentSchema: schema12.properties.role, data: data5 };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.step !== void 0) {
      let data6 = data.step;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)))) {
        const err14 = { instancePath: instancePath + "/step", schemaPath: "#/properties/step/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.step.type, parentSchema: schema12.properties.step, data: data6 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (typeof data6 == "number") {
        if (data6 < 0 || isNaN(data6)) {
          const err15 = { instancePath: instancePath + "/step", schemaPath: "#/properties/step/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.step, data: data6 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.revision !== void 0) {
      let data7 = data.revision;
      if (typeof data7 === "string") {
        if (func3(data7) < 1) {
          const err16 = { instancePath: instancePath + "/revision", schemaPath: "#/properties/revision/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.revision, data: data7 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/revision", schemaPath: "#/properties/revision/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.revision.type, parentSchema: schema12.properties.revision, data: data7 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    let data8 = data.params;
    if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
      for (const key1 in data8) {
        if (!(key1 === "temperature" || key1 === "top_p" || key1 === "max_tokens" || key1 === "seed" || key1 === "stop" || key1 === "extra_body")) {
          const err18 = { instancePath: instancePath + "/params", schemaPath: "#/definitions/params/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data: data8 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
      if (data8.temperature !== void 0) {
        let data9 = data8.temperature;
        if (typeof data9 == "number") {
          if (data9 > 2 || isNaN(data9)) {
            const err19 = { instancePath: instancePath + "/params/temperature", schemaPath: "#/definitions/params/properties/temperature/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2 }, message: "must be <= 2", schema: 2, parentSchema: schema14.properties.temperature, data: data9 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (data9 < 0 || isNaN(data9)) {
            const err20 = { instancePath: instancePath + "/params/temperature", schemaPath: "#/definitions/params/properties/temperature/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema14.properties.temperature, data: data9 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        } else {
          const err21 = { instancePath: instancePath + "/params/temperature", schemaPath: "#/definitions/params/properties/temperature/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema14.properties.temperature.type, parentSchema: schema14.properties.temperature, data: data9 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
      if (data8.top_p !== void 0) {
        let data10 = data8.top_p;
        if (typeof data10 == "number") {
          if (data10 > 1 || isNaN(data10)) {
            const err22 = { instancePath: instancePath + "/params/top_p", schemaPath: "#/definitions/params/properties/top_p/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema14.properties.top_p, data: data10 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          if (data10 <= 0 || isNaN(data10)) {
            const err23 = { instancePath: instancePath + "/params/top_p", schemaPath: "#/definitions/params/properties/top_p/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema14.properties.top_p, data: data10 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        } else {
          const err24 = { instancePath: instancePath + "/params/top_p", schemaPath: "#/definitions/params/properties/top_p/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema14.properties.top_p.type, parentSchema: schema14.properties.top_p, data: data10 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
      if (data8.max_tokens !== void 0) {
        let data11 = data8.max_tokens;
        if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)))) {
          const err25 = { instancePath: instancePath + "/params/max_tokens", schemaPath: "#/definitions/params/properties/max_tokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.properties.max_tokens.type, parentSchema: schema14.properties.max_tokens, data: data11 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (typeof data11 == "number") {
          if (data11 < 1 || isNaN(data11)) {
            const err26 = { instancePath: instancePath + "/params/max_tokens", schemaPath: "#/definitions/params/properties/max_tokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema14.properties.max_tokens, data: data11 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      }
      if (data8.seed !== void 0) {
        let data12 = data8.seed;
        if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)))) {
          const err27 = { instancePath: instancePath + "/params/seed", schemaPath: "#/definitions/params/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.properties.seed.type, parentSchema: schema14.properties.seed, data: data12 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
      if (data8.stop !== void 0) {
        let data13 = data8.stop;
        if (Array.isArray(data13)) {
          if (data13.length > 4) {
            const err28 = { instancePath: instancePath + "/params/stop", schemaPath: "#/definitions/params/properties/stop/maxItems", keyword: "maxItems", params: { limit: 4 }, message: "must NOT have more than 4 items", schema: 4, parentSchema: schema14.properties.stop, data: data13 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          const len0 = data13.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data14 = data13[i0];
            if (typeof data14 !== "string") {
              const err29 = { instancePath: instancePath + "/params/stop/" + i0, schemaPath: "#/definitions/params/properties/stop/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.stop.items.type, parentSchema: schema14.properties.stop.items, data: data14 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
        } else {
          const err30 = { instancePath: instancePath + "/params/stop", schemaPath: "#/definitions/params/properties/stop/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.stop.type, parentSchema: schema14.properties.stop, data: data13 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
      if (data8.extra_body !== void 0) {
        let data15 = data8.extra_body;
        if (!(data15 && typeof data15 == "object" && !Array.isArray(data15))) {
          const err31 = { instancePath: instancePath + "/params/extra_body", schemaPath: "#/definitions/params/properties/extra_body/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.extra_body.type, parentSchema: schema14.properties.extra_body, data: data15 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      }
    } else {
      const err32 = { instancePath: instancePath + "/params", schemaPath: "#/definitions/params/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data: data8 };
      if (vErrors === null) {
        vErrors = [err32];
      } else {
        vErrors.push(err32);
      }
      errors++;
    }
    if (data.system !== void 0) {
      let data16 = data.system;
      if (typeof data16 !== "string") {
        const err33 = { instancePath: instancePath + "/system", schemaPath: "#/properties/system/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.system.type, parentSchema: schema12.properties.system, data: data16 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    let data17 = data.api;
    if (!(data17 === "chat" || data17 === "completions")) {
      const err34 = { instancePath: instancePath + "/api", schemaPath: "#/properties/api/enum", keyword: "enum", params: { allowedValues: schema12.properties.api.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.api.enum, parentSchema: schema12.properties.api, data: data17 };
      if (vErrors === null) {
        vErrors = [err34];
      } else {
        vErrors.push(err34);
      }
      errors++;
    }
    let data18 = data.price;
    if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
      if (data18.input_per_mtok === void 0) {
        data18.input_per_mtok = 0;
      }
      if (data18.output_per_mtok === void 0) {
        data18.output_per_mtok = 0;
      }
      for (const key2 in data18) {
        if (!(key2 === "input_per_mtok" || key2 === "output_per_mtok")) {
          const err35 = { instancePath: instancePath + "/price", schemaPath: "#/properties/price/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.price, data: data18 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      }
      let data19 = data18.input_per_mtok;
      if (typeof data19 == "number") {
        if (data19 < 0 || isNaN(data19)) {
          const err36 = { instancePath: instancePath + "/price/input_per_mtok", schemaPath: "#/properties/price/properties/input_per_mtok/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.price.properties.input_per_mtok, data: data19 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = { instancePath: instancePath + "/price/input_per_mtok", schemaPath: "#/properties/price/properties/input_per_mtok/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.price.properties.input_per_mtok.type, parentSchema: schema12.properties.price.properties.input_per_mtok, data: data19 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      let data20 = data18.output_per_mtok;
      if (typeof data20 == "number") {
        if (data20 < 0 || isNaN(data20)) {
          const err38 = { instancePath: instancePath + "/price/output_per_mtok", schemaPath: "#/properties/price/properties/output_per_mtok/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.price.properties.output_per_mtok, data: data20 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      } else {
        const err39 = { instancePath: instancePath + "/price/output_per_mtok", schemaPath: "#/properties/price/properties/output_per_mtok/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.price.properties.output_per_mtok.type, parentSchema: schema12.properties.price.properties.output_per_mtok, data: data20 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    } else {
      const err40 = { instancePath: instancePath + "/price", schemaPath: "#/properties/price/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.price.type, parentSchema: schema12.properties.price, data: data18 };
      if (vErrors === null) {
        vErrors = [err40];
      } else {
        vErrors.push(err40);
      }
      errors++;
    }
  } else {
    const err41 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err41];
    } else {
      vErrors.push(err41);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema15 = { "type": "object", "additionalProperties": false, "required": ["id"], "properties": { "id": { "$ref": "#/definitions/id" }, "builtin": { "enum": ["gsm8k", "ifeval", "golden-math", "golden-reasoning", "golden-coding", "golden-hallucination", "golden-rag", "golden-instruction-following", "golden-safety"], "description": "Use a built-in task definition; fields written here override it." }, "description": { "type": "string" }, "dataset": { "$ref": "#/definitions/dataset" }, "fields": { "$ref": "#/definitions/fields", "default": {} }, "prompt": { "type": "string", "minLength": 1, "description": "Template; {{field}} is replaced by the row's field." }, "system": { "type": "string" }, "scorer": { "oneOf": [{ "type": "string" }, { "$ref": "#/definitions/scorer" }] }, "primary_metric": { "type": "string" }, "samples": { "type": "integer", "minimum": 1, "maximum": 64, "default": 1, "description": "mean@N: samples per item." }, "weight": { "type": "number", "exclusiveMinimum": 0, "default": 1 }, "quick_size": { "type": "integer", "minimum": 1, "description": "Items in the quick suite (stratified by category)." }, "category": { "type": "string", "minLength": 1, "description": "The task's category on the dashboard (its heatmap groups tasks by it), e.g. math or safety. Not the per-item fields.category slices." }, "gate": { "$ref": "#/definitions/taskGate" } } };
var schema17 = { "type": "object", "additionalProperties": false, "properties": { "path": { "type": "string", "minLength": 1, "description": "Relative to the config file." }, "url": { "type": "string", "pattern": "^(https?://|hf://datasets/)", "description": "Downloaded once into the cache and verified against sha256: an http(s) URL, or hf://datasets/OWNER/NAME/PATH@REVISION for a Hugging Face dataset file." }, "sha256": { "type": "string", "pattern": "^[a-f0-9]{64}$" }, "format": { "enum": ["jsonl", "csv", "yaml", "json"] } }, "oneOf": [{ "required": ["path"], "not": { "required": ["url"] } }, { "required": ["url", "sha256"], "not": { "required": ["path"] } }] };
var schema18 = { "type": "object", "additionalProperties": false, "properties": { "id": { "type": "string", "default": "id" }, "input": { "type": "string", "default": "input" }, "target": { "type": "string", "default": "target" }, "category": { "type": "string", "default": "category" }, "cluster": { "type": "string", "default": "cluster" } } };
var schema19 = { "type": "object", "required": ["type"], "properties": { "type": { "type": "string" } } };
var schema20 = { "type": "object", "additionalProperties": false, "properties": { "max_drop": { "type": "number", "minimum": 0, "maximum": 1 }, "alpha": { "type": "number", "exclusiveMinimum": 0, "maximum": 0.5 }, "critical": { "type": "boolean" }, "min_items": { "type": "integer", "minimum": 1 }, "max_error_rate": { "type": "number", "minimum": 0, "maximum": 1 } } };
var pattern4 = new RegExp("^(https?://|hf://datasets/)", "u");
var pattern5 = new RegExp("^[a-f0-9]{64}$", "u");
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.fields === void 0) {
      data.fields = {};
    }
    if (data.samples === void 0) {
      data.samples = 1;
    }
    if (data.weight === void 0) {
      data.weight = 1;
    }
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema15.required, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema15.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err2 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.builtin !== void 0) {
      let data1 = data.builtin;
      if (!(data1 === "gsm8k" || data1 === "ifeval" || data1 === "golden-math" || data1 === "golden-reasoning" || data1 === "golden-coding" || data1 === "golden-hallucination" || data1 === "golden-rag" || data1 === "golden-instruction-following" || data1 === "golden-safety")) {
        const err4 = { instancePath: instancePath + "/builtin", schemaPath: "#/properties/builtin/enum", keyword: "enum", params: { allowedValues: schema15.properties.builtin.enum }, message: "must be equal to one of the allowed values", schema: schema15.properties.builtin.enum, parentSchema: schema15.properties.builtin, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        const err5 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.description.type, parentSchema: schema15.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.dataset !== void 0) {
      let data3 = data.dataset;
      const _errs11 = errors;
      let valid3 = false;
      let passing0 = null;
      const _errs12 = errors;
      const _errs13 = errors;
      const _errs14 = errors;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        let missing0;
        if (data3.url === void 0 && (missing0 = "url")) {
          const err6 = {};
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      var valid4 = _errs14 === errors;
      if (valid4) {
        const err7 = { instancePath: instancePath + "/dataset", schemaPath: "#/definitions/dataset/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema17.oneOf[0].not, parentSchema: schema17.oneOf[0], data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      } else {
        errors = _errs13;
        if (vErrors !== null) {
          if (_errs13) {
            vErrors.length = _errs13;
          } else {
            vErrors = null;
          }
        }
      }
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.path === void 0) {
          const err8 = { instancePath: instancePath + "/dataset", schemaPath: "#/definitions/dataset/oneOf/0/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema17.oneOf[0].required, parentSchema: schema17.oneOf[0], data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      var _valid0 = _errs12 === errors;
      if (_valid0) {
        valid3 = true;
        passing0 = 0;
      }
      const _errs15 = errors;
      const _errs16 = errors;
      const _errs17 = errors;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        let missing1;
        if (data3.path === void 0 && (missing1 = "path")) {
          const err9 = {};
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      var valid5 = _errs17 === errors;
      if (valid5) {
        const err10 = { instancePath: instancePath + "/dataset", schemaPath: "#/definitions/dataset/oneOf/1/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema17.oneOf[1].not, parentSchema: schema17.oneOf[1], data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      } else {
        errors = _errs16;
        if (vErrors !== null) {
          if (_errs16) {
            vErrors.length = _errs16;
          } else {
            vErrors = null;
          }
        }
      }
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.url === void 0) {
          const err11 = { instancePath: instancePath + "/dataset", schemaPath: "#/definitions/dataset/oneOf/1/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema17.oneOf[1].required, parentSchema: schema17.oneOf[1], data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data3.sha256 === void 0) {
          const err12 = { instancePath: instancePath + "/dataset", schemaPath: "#/definitions/dataset/oneOf/1/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema17.oneOf[1].required, parentSchema: schema17.oneOf[1], data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      var _valid0 = _errs15 === errors;
      if (_valid0 && valid3) {
        valid3 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid3 = true;
          passing0 = 1;
        }
      }
      if (!valid3) {
        const err13 = { instancePath: instancePath + "/dataset", schemaPath: "#/definitions/dataset/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema17.oneOf, parentSchema: schema17, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      } else {
        errors = _errs11;
        if (vErrors !== null) {
          if (_errs11) {
            vErrors.length = _errs11;
          } else {
            vErrors = null;
          }
        }
      }
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === "path" || key1 === "url" || key1 === "sha256" || key1 === "format")) {
            const err14 = { instancePath: instancePath + "/dataset", schemaPath: "#/definitions/dataset/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data: data3 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data3.path !== void 0) {
          let data4 = data3.path;
          if (typeof data4 === "string") {
            if (func3(data4) < 1) {
              const err15 = { instancePath: instancePath + "/dataset/path", schemaPath: "#/definitions/dataset/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.path, data: data4 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/dataset/path", schemaPath: "#/definitions/dataset/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.path.type, parentSchema: schema17.properties.path, data: data4 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data3.url !== void 0) {
          let data5 = data3.url;
          if (typeof data5 === "string") {
            if (!pattern4.test(data5)) {
              const err17 = { instancePath: instancePath + "/dataset/url", schemaPath: "#/definitions/dataset/properties/url/pattern", keyword: "pattern", params: { pattern: "^(https?://|hf://datasets/)" }, message: 'must match pattern "^(https?://|hf://datasets/)"', schema: "^(https?://|hf://datasets/)", parentSchema: schema17.properties.url, data: data5 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/dataset/url", schemaPath: "#/definitions/dataset/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.url.type, parentSchema: schema17.properties.url, data: data5 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data3.sha256 !== void 0) {
          let data6 = data3.sha256;
          if (typeof data6 === "string") {
            if (!pattern5.test(data6)) {
              const err19 = { instancePath: instancePath + "/dataset/sha256", schemaPath: "#/definitions/dataset/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[a-f0-9]{64}$" }, message: 'must match pattern "^[a-f0-9]{64}$"', schema: "^[a-f0-9]{64}$", parentSchema: schema17.properties.sha256, data: data6 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/dataset/sha256", schemaPath: "#/definitions/dataset/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.sha256.type, parentSchema: schema17.properties.sha256, data: data6 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data3.format !== void 0) {
          let data7 = data3.format;
          if (!(data7 === "jsonl" || data7 === "csv" || data7 === "yaml" || data7 === "json")) {
            const err21 = { instancePath: instancePath + "/dataset/format", schemaPath: "#/definitions/dataset/properties/format/enum", keyword: "enum", params: { allowedValues: schema17.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.format.enum, parentSchema: schema17.properties.format, data: data7 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/dataset", schemaPath: "#/definitions/dataset/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data: data3 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    let data8 = data.fields;
    if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
      if (data8.id === void 0) {
        data8.id = "id";
      }
      if (data8.input === void 0) {
        data8.input = "input";
      }
      if (data8.target === void 0) {
        data8.target = "target";
      }
      if (data8.category === void 0) {
        data8.category = "category";
      }
      if (data8.cluster === void 0) {
        data8.cluster = "cluster";
      }
      for (const key2 in data8) {
        if (!(key2 === "id" || key2 === "input" || key2 === "target" || key2 === "category" || key2 === "cluster")) {
          const err23 = { instancePath: instancePath + "/fields", schemaPath: "#/definitions/fields/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18, data: data8 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
      let data9 = data8.id;
      if (typeof data9 !== "string") {
        const err24 = { instancePath: instancePath + "/fields/id", schemaPath: "#/definitions/fields/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.id.type, parentSchema: schema18.properties.id, data: data9 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      let data10 = data8.input;
      if (typeof data10 !== "string") {
        const err25 = { instancePath: instancePath + "/fields/input", schemaPath: "#/definitions/fields/properties/input/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.input.type, parentSchema: schema18.properties.input, data: data10 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      let data11 = data8.target;
      if (typeof data11 !== "string") {
        const err26 = { instancePath: instancePath + "/fields/target", schemaPath: "#/definitions/fields/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.target.type, parentSchema: schema18.properties.target, data: data11 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      let data12 = data8.category;
      if (typeof data12 !== "string") {
        const err27 = { instancePath: instancePath + "/fields/category", schemaPath: "#/definitions/fields/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.category.type, parentSchema: schema18.properties.category, data: data12 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      let data13 = data8.cluster;
      if (typeof data13 !== "string") {
        const err28 = { instancePath: instancePath + "/fields/cluster", schemaPath: "#/definitions/fields/properties/cluster/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.cluster.type, parentSchema: schema18.properties.cluster, data: data13 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    } else {
      const err29 = { instancePath: instancePath + "/fields", schemaPath: "#/definitions/fields/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data: data8 };
      if (vErrors === null) {
        vErrors = [err29];
      } else {
        vErrors.push(err29);
      }
      errors++;
    }
    if (data.prompt !== void 0) {
      let data14 = data.prompt;
      if (typeof data14 === "string") {
        if (func3(data14) < 1) {
          const err30 = { instancePath: instancePath + "/prompt", schemaPath: "#/properties/prompt/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.prompt, data: data14 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = { instancePath: instancePath + "/prompt", schemaPath: "#/properties/prompt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.prompt.type, parentSchema: schema15.properties.prompt, data: data14 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.system !== void 0) {
      let data15 = data.system;
      if (typeof data15 !== "string") {
        const err32 = { instancePath: instancePath + "/system", schemaPath: "#/properties/system/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.system.type, parentSchema: schema15.properties.system, data: data15 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.scorer !== void 0) {
      let data16 = data.scorer;
      const _errs45 = errors;
      let valid9 = false;
      let passing1 = null;
      const _errs46 = errors;
      if (typeof data16 !== "string") {
        const err33 = { instancePath: instancePath + "/scorer", schemaPath: "#/properties/scorer/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.scorer.oneOf[0].type, parentSchema: schema15.properties.scorer.oneOf[0], data: data16 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      var _valid1 = _errs46 === errors;
      if (_valid1) {
        valid9 = true;
        passing1 = 0;
      }
      const _errs48 = errors;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (data16.type === void 0) {
          const err34 = { instancePath: instancePath + "/scorer", schemaPath: "#/definitions/scorer/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema19.required, parentSchema: schema19, data: data16 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data16.type !== void 0) {
          let data17 = data16.type;
          if (typeof data17 !== "string") {
            const err35 = { instancePath: instancePath + "/scorer/type", schemaPath: "#/definitions/scorer/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.type.type, parentSchema: schema19.properties.type, data: data17 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/scorer", schemaPath: "#/definitions/scorer/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data: data16 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
      var _valid1 = _errs48 === errors;
      if (_valid1 && valid9) {
        valid9 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid9 = true;
          passing1 = 1;
        }
      }
      if (!valid9) {
        const err37 = { instancePath: instancePath + "/scorer", schemaPath: "#/properties/scorer/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema15.properties.scorer.oneOf, parentSchema: schema15.properties.scorer, data: data16 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      } else {
        errors = _errs45;
        if (vErrors !== null) {
          if (_errs45) {
            vErrors.length = _errs45;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.primary_metric !== void 0) {
      let data18 = data.primary_metric;
      if (typeof data18 !== "string") {
        const err38 = { instancePath: instancePath + "/primary_metric", schemaPath: "#/properties/primary_metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.primary_metric.type, parentSchema: schema15.properties.primary_metric, data: data18 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    let data19 = data.samples;
    if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)))) {
      const err39 = { instancePath: instancePath + "/samples", schemaPath: "#/properties/samples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.properties.samples.type, parentSchema: schema15.properties.samples, data: data19 };
      if (vErrors === null) {
        vErrors = [err39];
      } else {
        vErrors.push(err39);
      }
      errors++;
    }
    if (typeof data19 == "number") {
      if (data19 > 64 || isNaN(data19)) {
        const err40 = { instancePath: instancePath + "/samples", schemaPath: "#/properties/samples/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema15.properties.samples, data: data19 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
      if (data19 < 1 || isNaN(data19)) {
        const err41 = { instancePath: instancePath + "/samples", schemaPath: "#/properties/samples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema15.properties.samples, data: data19 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    let data20 = data.weight;
    if (typeof data20 == "number") {
      if (data20 <= 0 || isNaN(data20)) {
        const err42 = { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema15.properties.weight, data: data20 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    } else {
      const err43 = { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema15.properties.weight.type, parentSchema: schema15.properties.weight, data: data20 };
      if (vErrors === null) {
        vErrors = [err43];
      } else {
        vErrors.push(err43);
      }
      errors++;
    }
    if (data.quick_size !== void 0) {
      let data21 = data.quick_size;
      if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)))) {
        const err44 = { instancePath: instancePath + "/quick_size", schemaPath: "#/properties/quick_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.properties.quick_size.type, parentSchema: schema15.properties.quick_size, data: data21 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
      if (typeof data21 == "number") {
        if (data21 < 1 || isNaN(data21)) {
          const err45 = { instancePath: instancePath + "/quick_size", schemaPath: "#/properties/quick_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema15.properties.quick_size, data: data21 };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
      }
    }
    if (data.category !== void 0) {
      let data22 = data.category;
      if (typeof data22 === "string") {
        if (func3(data22) < 1) {
          const err46 = { instancePath: instancePath + "/category", schemaPath: "#/properties/category/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.category, data: data22 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      } else {
        const err47 = { instancePath: instancePath + "/category", schemaPath: "#/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.category.type, parentSchema: schema15.properties.category, data: data22 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.gate !== void 0) {
      let data23 = data.gate;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        for (const key3 in data23) {
          if (!(key3 === "max_drop" || key3 === "alpha" || key3 === "critical" || key3 === "min_items" || key3 === "max_error_rate")) {
            const err48 = { instancePath: instancePath + "/gate", schemaPath: "#/definitions/taskGate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data: data23 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data23.max_drop !== void 0) {
          let data24 = data23.max_drop;
          if (typeof data24 == "number") {
            if (data24 > 1 || isNaN(data24)) {
              const err49 = { instancePath: instancePath + "/gate/max_drop", schemaPath: "#/definitions/taskGate/properties/max_drop/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema20.properties.max_drop, data: data24 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data24 < 0 || isNaN(data24)) {
              const err50 = { instancePath: instancePath + "/gate/max_drop", schemaPath: "#/definitions/taskGate/properties/max_drop/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20.properties.max_drop, data: data24 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          } else {
            const err51 = { instancePath: instancePath + "/gate/max_drop", schemaPath: "#/definitions/taskGate/properties/max_drop/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema20.properties.max_drop.type, parentSchema: schema20.properties.max_drop, data: data24 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data23.alpha !== void 0) {
          let data25 = data23.alpha;
          if (typeof data25 == "number") {
            if (data25 > 0.5 || isNaN(data25)) {
              const err52 = { instancePath: instancePath + "/gate/alpha", schemaPath: "#/definitions/taskGate/properties/alpha/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.5 }, message: "must be <= 0.5", schema: 0.5, parentSchema: schema20.properties.alpha, data: data25 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (data25 <= 0 || isNaN(data25)) {
              const err53 = { instancePath: instancePath + "/gate/alpha", schemaPath: "#/definitions/taskGate/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema20.properties.alpha, data: data25 };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          } else {
            const err54 = { instancePath: instancePath + "/gate/alpha", schemaPath: "#/definitions/taskGate/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema20.properties.alpha.type, parentSchema: schema20.properties.alpha, data: data25 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data23.critical !== void 0) {
          let data26 = data23.critical;
          if (typeof data26 !== "boolean") {
            const err55 = { instancePath: instancePath + "/gate/critical", schemaPath: "#/definitions/taskGate/properties/critical/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema20.properties.critical.type, parentSchema: schema20.properties.critical, data: data26 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data23.min_items !== void 0) {
          let data27 = data23.min_items;
          if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)))) {
            const err56 = { instancePath: instancePath + "/gate/min_items", schemaPath: "#/definitions/taskGate/properties/min_items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.min_items.type, parentSchema: schema20.properties.min_items, data: data27 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          if (typeof data27 == "number") {
            if (data27 < 1 || isNaN(data27)) {
              const err57 = { instancePath: instancePath + "/gate/min_items", schemaPath: "#/definitions/taskGate/properties/min_items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema20.properties.min_items, data: data27 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          }
        }
        if (data23.max_error_rate !== void 0) {
          let data28 = data23.max_error_rate;
          if (typeof data28 == "number") {
            if (data28 > 1 || isNaN(data28)) {
              const err58 = { instancePath: instancePath + "/gate/max_error_rate", schemaPath: "#/definitions/taskGate/properties/max_error_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema20.properties.max_error_rate, data: data28 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data28 < 0 || isNaN(data28)) {
              const err59 = { instancePath: instancePath + "/gate/max_error_rate", schemaPath: "#/definitions/taskGate/properties/max_error_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20.properties.max_error_rate, data: data28 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          } else {
            const err60 = { instancePath: instancePath + "/gate/max_error_rate", schemaPath: "#/definitions/taskGate/properties/max_error_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema20.properties.max_error_rate.type, parentSchema: schema20.properties.max_error_rate, data: data28 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
      } else {
        const err61 = { instancePath: instancePath + "/gate", schemaPath: "#/definitions/taskGate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data: data23 };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
  } else {
    const err62 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data };
    if (vErrors === null) {
      vErrors = [err62];
    } else {
      vErrors.push(err62);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var schema21 = { "type": "object", "additionalProperties": false, "properties": { "description": { "type": "string" }, "tasks": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/id" }, "description": "Task ids; all tasks when left out." }, "size": { "description": "`all`, `quick` (each task's quick_size, else default_quick_size) or a number of items per task.", "oneOf": [{ "enum": ["all", "quick"] }, { "type": "integer", "minimum": 1 }], "default": "all" }, "sequential": { "description": "Gate this suite in looks: each task's items in a fixed seeded stratified order, compared after growing prefixes; a task stops when its answer is clear (docs/gate.md).", "type": "boolean", "default": false }, "looks": { "description": "Items per task at each look of a sequential suite, increasing; the task's full set is always the last look. The first is the quick draw.", "type": "array", "minItems": 1, "items": { "type": "integer", "minimum": 1 }, "default": [50, 100, 150, 200, 250, 300, 400] }, "design_drop": { "description": "The drop a sequential suite is powered for: a task stops for futility once this drop is ruled out (conditional power below futility_power).", "type": "number", "exclusiveMinimum": 0, "maximum": 1, "default": 0.06 }, "futility_power": { "description": "A sequential task stops for futility when its conditional power for design_drop falls below this.", "type": "number", "minimum": 0, "maximum": 1, "default": 0.3 } } };
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.size === void 0) {
      data.size = "all";
    }
    if (data.sequential === void 0) {
      data.sequential = false;
    }
    if (data.looks === void 0) {
      data.looks = [50, 100, 150, 200, 250, 300, 400];
    }
    if (data.design_drop === void 0) {
      data.design_drop = 0.06;
    }
    if (data.futility_power === void 0) {
      data.futility_power = 0.3;
    }
    for (const key0 in data) {
      if (!(key0 === "description" || key0 === "tasks" || key0 === "size" || key0 === "sequential" || key0 === "looks" || key0 === "design_drop" || key0 === "futility_power")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data0 = data.description;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.description.type, parentSchema: schema21.properties.description, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.tasks !== void 0) {
      let data1 = data.tasks;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err2 = { instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema21.properties.tasks, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (!pattern0.test(data2)) {
              const err3 = { instancePath: instancePath + "/tasks/" + i0, schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema13, data: data2 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/tasks/" + i0, schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data2 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.tasks.type, parentSchema: schema21.properties.tasks, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    let data3 = data.size;
    const _errs10 = errors;
    let valid4 = false;
    let passing0 = null;
    const _errs11 = errors;
    if (!(data3 === "all" || data3 === "quick")) {
      const err6 = { instancePath: instancePath + "/size", schemaPath: "#/properties/size/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema21.properties.size.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema21.properties.size.oneOf[0].enum, parentSchema: schema21.properties.size.oneOf[0], data: data3 };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    var _valid0 = _errs11 === errors;
    if (_valid0) {
      valid4 = true;
      passing0 = 0;
    }
    const _errs12 = errors;
    if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
      const err7 = { instancePath: instancePath + "/size", schemaPath: "#/properties/size/oneOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema21.properties.size.oneOf[1].type, parentSchema: schema21.properties.size.oneOf[1], data: data3 };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (typeof data3 == "number") {
      if (data3 < 1 || isNaN(data3)) {
        const err8 = { instancePath: instancePath + "/size", schemaPath: "#/properties/size/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema21.properties.size.oneOf[1], data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    var _valid0 = _errs12 === errors;
    if (_valid0 && valid4) {
      valid4 = false;
      passing0 = [passing0, 1];
    } else {
      if (_valid0) {
        valid4 = true;
        passing0 = 1;
      }
    }
    if (!valid4) {
      const err9 = { instancePath: instancePath + "/size", schemaPath: "#/properties/size/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema21.properties.size.oneOf, parentSchema: schema21.properties.size, data: data3 };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    } else {
      errors = _errs10;
      if (vErrors !== null) {
        if (_errs10) {
          vErrors.length = _errs10;
        } else {
          vErrors = null;
        }
      }
    }
    let data4 = data.sequential;
    if (typeof data4 !== "boolean") {
      const err10 = { instancePath: instancePath + "/sequential", schemaPath: "#/properties/sequential/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema21.properties.sequential.type, parentSchema: schema21.properties.sequential, data: data4 };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    let data5 = data.looks;
    if (Array.isArray(data5)) {
      if (data5.length < 1) {
        const err11 = { instancePath: instancePath + "/looks", schemaPath: "#/properties/looks/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema21.properties.looks, data: data5 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      const len1 = data5.length;
      for (let i1 = 0; i1 < len1; i1++) {
        let data6 = data5[i1];
        if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)))) {
          const err12 = { instancePath: instancePath + "/looks/" + i1, schemaPath: "#/properties/looks/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema21.properties.looks.items.type, parentSchema: schema21.properties.looks.items, data: data6 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (typeof data6 == "number") {
          if (data6 < 1 || isNaN(data6)) {
            const err13 = { instancePath: instancePath + "/looks/" + i1, schemaPath: "#/properties/looks/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema21.properties.looks.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      }
    } else {
      const err14 = { instancePath: instancePath + "/looks", schemaPath: "#/properties/looks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.looks.type, parentSchema: schema21.properties.looks, data: data5 };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    let data7 = data.design_drop;
    if (typeof data7 == "number") {
      if (data7 > 1 || isNaN(data7)) {
        const err15 = { instancePath: instancePath + "/design_drop", schemaPath: "#/properties/design_drop/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema21.properties.design_drop, data: data7 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (data7 <= 0 || isNaN(data7)) {
        const err16 = { instancePath: instancePath + "/design_drop", schemaPath: "#/properties/design_drop/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema21.properties.design_drop, data: data7 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    } else {
      const err17 = { instancePath: instancePath + "/design_drop", schemaPath: "#/properties/design_drop/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema21.properties.design_drop.type, parentSchema: schema21.properties.design_drop, data: data7 };
      if (vErrors === null) {
        vErrors = [err17];
      } else {
        vErrors.push(err17);
      }
      errors++;
    }
    let data8 = data.futility_power;
    if (typeof data8 == "number") {
      if (data8 > 1 || isNaN(data8)) {
        const err18 = { instancePath: instancePath + "/futility_power", schemaPath: "#/properties/futility_power/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema21.properties.futility_power, data: data8 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (data8 < 0 || isNaN(data8)) {
        const err19 = { instancePath: instancePath + "/futility_power", schemaPath: "#/properties/futility_power/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema21.properties.futility_power, data: data8 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    } else {
      const err20 = { instancePath: instancePath + "/futility_power", schemaPath: "#/properties/futility_power/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema21.properties.futility_power.type, parentSchema: schema21.properties.futility_power, data: data8 };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var schema25 = { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": { "$ref": "#/definitions/id", "description": "Id of a model in `models` that judges." }, "rubric": { "type": "string" }, "max_score": { "type": "number", "exclusiveMinimum": 0, "default": 10 }, "rejudge_baseline": { "type": "boolean", "default": true, "description": "Judge the baseline's stored outputs again in this run, so both sides meet the same judge (a hosted judge can change behind the same name)." } } };
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.max_score === void 0) {
      data.max_score = 10;
    }
    if (data.rejudge_baseline === void 0) {
      data.rejudge_baseline = true;
    }
    if (data.model === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "model" || key0 === "rubric" || key0 === "max_score" || key0 === "rejudge_baseline")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      let data0 = data.model;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err2 = { instancePath: instancePath + "/model", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/model", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.rubric !== void 0) {
      let data1 = data.rubric;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/rubric", schemaPath: "#/properties/rubric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.rubric.type, parentSchema: schema25.properties.rubric, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    let data2 = data.max_score;
    if (typeof data2 == "number") {
      if (data2 <= 0 || isNaN(data2)) {
        const err5 = { instancePath: instancePath + "/max_score", schemaPath: "#/properties/max_score/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema25.properties.max_score, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    } else {
      const err6 = { instancePath: instancePath + "/max_score", schemaPath: "#/properties/max_score/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema25.properties.max_score.type, parentSchema: schema25.properties.max_score, data: data2 };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    let data3 = data.rejudge_baseline;
    if (typeof data3 !== "boolean") {
      const err7 = { instancePath: instancePath + "/rejudge_baseline", schemaPath: "#/properties/rejudge_baseline/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema25.properties.rejudge_baseline.type, parentSchema: schema25.properties.rejudge_baseline, data: data3 };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
var pattern6 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "u");
var func0 = __runtime_1.default;
var formats0 = /^\d{4}-\d{2}-\d{2}$/;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      data.version = 1;
    }
    if (data.suites === void 0) {
      data.suites = {};
    }
    if (data.run === void 0) {
      data.run = {};
    }
    if (data.gate === void 0) {
      data.gate = {};
    }
    if (data.publish === void 0) {
      data.publish = {};
    }
    if (data.models === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "models" }, message: "must have required property 'models'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tasks === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tasks" }, message: "must have required property 'tasks'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "models" || key0 === "tasks" || key0 === "suites" || key0 === "run" || key0 === "gate" || key0 === "judge" || key0 === "publish")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    let data0 = data.version;
    if (1 !== data0) {
      const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data0 };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.models !== void 0) {
      let data1 = data.models;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err4 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.models, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate11(data1[i0], { instancePath: instancePath + "/models/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.models.type, parentSchema: schema11.properties.models, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.tasks !== void 0) {
      let data3 = data.tasks;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          const err6 = { instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.tasks, data: data3 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate13(data3[i1], { instancePath: instancePath + "/tasks/" + i1, parentData: data3, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.tasks.type, parentSchema: schema11.properties.tasks, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    let data5 = data.suites;
    if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
      for (const key1 in data5) {
        const _errs11 = errors;
        if (typeof key1 === "string") {
          if (!pattern6.test(key1)) {
            const err8 = { instancePath: instancePath + "/suites", schemaPath: "#/properties/suites/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", parentSchema: schema11.properties.suites.propertyNames, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        var valid5 = _errs11 === errors;
        if (!valid5) {
          const err9 = { instancePath: instancePath + "/suites", schemaPath: "#/properties/suites/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema11.properties.suites.propertyNames, parentSchema: schema11.properties.suites, data: data5 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      for (const key2 in data5) {
        if (!validate15(data5[key2], { instancePath: instancePath + "/suites/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data5, parentDataProperty: key2, rootData })) {
          vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err10 = { instancePath: instancePath + "/suites", schemaPath: "#/properties/suites/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.suites.type, parentSchema: schema11.properties.suites, data: data5 };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    let data7 = data.run;
    if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
      if (data7.concurrency === void 0) {
        data7.concurrency = "auto";
      }
      if (data7.timeout_ms === void 0) {
        data7.timeout_ms = 12e4;
      }
      if (data7.max_retries === void 0) {
        data7.max_retries = 6;
      }
      if (data7.seed === void 0) {
        data7.seed = 0;
      }
      if (data7.default_quick_size === void 0) {
        data7.default_quick_size = 50;
      }
      if (data7.cache === void 0) {
        data7.cache = {};
      }
      for (const key3 in data7) {
        if (!(key3 === "concurrency" || key3 === "rps" || key3 === "timeout_ms" || key3 === "max_retries" || key3 === "max_cost" || key3 === "seed" || key3 === "default_quick_size" || key3 === "cache")) {
          const err11 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data: data7 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
      let data8 = data7.concurrency;
      const _errs19 = errors;
      let valid9 = false;
      let passing0 = null;
      const _errs20 = errors;
      if ("auto" !== data8) {
        const err12 = { instancePath: instancePath + "/run/concurrency", schemaPath: "#/definitions/run/properties/concurrency/oneOf/0/const", keyword: "const", params: { allowedValue: "auto" }, message: "must be equal to constant", schema: "auto", parentSchema: schema23.properties.concurrency.oneOf[0], data: data8 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var _valid0 = _errs20 === errors;
      if (_valid0) {
        valid9 = true;
        passing0 = 0;
      }
      const _errs21 = errors;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)))) {
        const err13 = { instancePath: instancePath + "/run/concurrency", schemaPath: "#/definitions/run/properties/concurrency/oneOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.concurrency.oneOf[1].type, parentSchema: schema23.properties.concurrency.oneOf[1], data: data8 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data8 == "number") {
        if (data8 > 4096 || isNaN(data8)) {
          const err14 = { instancePath: instancePath + "/run/concurrency", schemaPath: "#/definitions/run/properties/concurrency/oneOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4096 }, message: "must be <= 4096", schema: 4096, parentSchema: schema23.properties.concurrency.oneOf[1], data: data8 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data8 < 1 || isNaN(data8)) {
          const err15 = { instancePath: instancePath + "/run/concurrency", schemaPath: "#/definitions/run/properties/concurrency/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema23.properties.concurrency.oneOf[1], data: data8 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
      var _valid0 = _errs21 === errors;
      if (_valid0 && valid9) {
        valid9 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid9 = true;
          passing0 = 1;
        }
      }
      if (!valid9) {
        const err16 = { instancePath: instancePath + "/run/concurrency", schemaPath: "#/definitions/run/properties/concurrency/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema23.properties.concurrency.oneOf, parentSchema: schema23.properties.concurrency, data: data8 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      } else {
        errors = _errs19;
        if (vErrors !== null) {
          if (_errs19) {
            vErrors.length = _errs19;
          } else {
            vErrors = null;
          }
        }
      }
      if (data7.rps !== void 0) {
        let data9 = data7.rps;
        if (typeof data9 == "number") {
          if (data9 <= 0 || isNaN(data9)) {
            const err17 = { instancePath: instancePath + "/run/rps", schemaPath: "#/definitions/run/properties/rps/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema23.properties.rps, data: data9 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        } else {
          const err18 = { instancePath: instancePath + "/run/rps", schemaPath: "#/definitions/run/properties/rps/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema23.properties.rps.type, parentSchema: schema23.properties.rps, data: data9 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
      let data10 = data7.timeout_ms;
      if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)))) {
        const err19 = { instancePath: instancePath + "/run/timeout_ms", schemaPath: "#/definitions/run/properties/timeout_ms/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.timeout_ms.type, parentSchema: schema23.properties.timeout_ms, data: data10 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (typeof data10 == "number") {
        if (data10 < 100 || isNaN(data10)) {
          const err20 = { instancePath: instancePath + "/run/timeout_ms", schemaPath: "#/definitions/run/properties/timeout_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema23.properties.timeout_ms, data: data10 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
      let data11 = data7.max_retries;
      if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)))) {
        const err21 = { instancePath: instancePath + "/run/max_retries", schemaPath: "#/definitions/run/properties/max_retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.max_retries.type, parentSchema: schema23.properties.max_retries, data: data11 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (typeof data11 == "number") {
        if (data11 > 20 || isNaN(data11)) {
          const err22 = { instancePath: instancePath + "/run/max_retries", schemaPath: "#/definitions/run/properties/max_retries/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20", schema: 20, parentSchema: schema23.properties.max_retries, data: data11 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data11 < 0 || isNaN(data11)) {
          const err23 = { instancePath: instancePath + "/run/max_retries", schemaPath: "#/definitions/run/properties/max_retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema23.properties.max_retries, data: data11 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
      if (data7.max_cost !== void 0) {
        let data12 = data7.max_cost;
        if (typeof data12 == "number") {
          if (data12 <= 0 || isNaN(data12)) {
            const err24 = { instancePath: instancePath + "/run/max_cost", schemaPath: "#/definitions/run/properties/max_cost/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema23.properties.max_cost, data: data12 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        } else {
          const err25 = { instancePath: instancePath + "/run/max_cost", schemaPath: "#/definitions/run/properties/max_cost/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema23.properties.max_cost.type, parentSchema: schema23.properties.max_cost, data: data12 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
      let data13 = data7.seed;
      if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)))) {
        const err26 = { instancePath: instancePath + "/run/seed", schemaPath: "#/definitions/run/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.seed.type, parentSchema: schema23.properties.seed, data: data13 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      let data14 = data7.default_quick_size;
      if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)))) {
        const err27 = { instancePath: instancePath + "/run/default_quick_size", schemaPath: "#/definitions/run/properties/default_quick_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.default_quick_size.type, parentSchema: schema23.properties.default_quick_size, data: data14 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      if (typeof data14 == "number") {
        if (data14 < 1 || isNaN(data14)) {
          const err28 = { instancePath: instancePath + "/run/default_quick_size", schemaPath: "#/definitions/run/properties/default_quick_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema23.properties.default_quick_size, data: data14 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      }
      let data15 = data7.cache;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        if (data15.enabled === void 0) {
          data15.enabled = true;
        }
        if (data15.dir === void 0) {
          data15.dir = ".evalwarden/cache";
        }
        if (data15.max_age_hours === void 0) {
          data15.max_age_hours = 168;
        }
        if (data15.canaries === void 0) {
          data15.canaries = 32;
        }
        for (const key4 in data15) {
          if (!(key4 === "enabled" || key4 === "dir" || key4 === "max_age_hours" || key4 === "canaries")) {
            const err29 = { instancePath: instancePath + "/run/cache", schemaPath: "#/definitions/run/properties/cache/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23.properties.cache, data: data15 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        let data16 = data15.enabled;
        if (typeof data16 !== "boolean") {
          const err30 = { instancePath: instancePath + "/run/cache/enabled", schemaPath: "#/definitions/run/properties/cache/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema23.properties.cache.properties.enabled.type, parentSchema: schema23.properties.cache.properties.enabled, data: data16 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        let data17 = data15.dir;
        if (typeof data17 !== "string") {
          const err31 = { instancePath: instancePath + "/run/cache/dir", schemaPath: "#/definitions/run/properties/cache/properties/dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.cache.properties.dir.type, parentSchema: schema23.properties.cache.properties.dir, data: data17 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        let data18 = data15.max_age_hours;
        if (typeof data18 == "number") {
          if (data18 <= 0 || isNaN(data18)) {
            const err32 = { instancePath: instancePath + "/run/cache/max_age_hours", schemaPath: "#/definitions/run/properties/cache/properties/max_age_hours/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema23.properties.cache.properties.max_age_hours, data: data18 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        } else {
          const err33 = { instancePath: instancePath + "/run/cache/max_age_hours", schemaPath: "#/definitions/run/properties/cache/properties/max_age_hours/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema23.properties.cache.properties.max_age_hours.type, parentSchema: schema23.properties.cache.properties.max_age_hours, data: data18 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        let data19 = data15.canaries;
        if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)))) {
          const err34 = { instancePath: instancePath + "/run/cache/canaries", schemaPath: "#/definitions/run/properties/cache/properties/canaries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.cache.properties.canaries.type, parentSchema: schema23.properties.cache.properties.canaries, data: data19 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (typeof data19 == "number") {
          if (data19 < 1 || isNaN(data19)) {
            const err35 = { instancePath: instancePath + "/run/cache/canaries", schemaPath: "#/definitions/run/properties/cache/properties/canaries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema23.properties.cache.properties.canaries, data: data19 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/run/cache", schemaPath: "#/definitions/run/properties/cache/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.properties.cache.type, parentSchema: schema23.properties.cache, data: data15 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    } else {
      const err37 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data: data7 };
      if (vErrors === null) {
        vErrors = [err37];
      } else {
        vErrors.push(err37);
      }
      errors++;
    }
    let data20 = data.gate;
    if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
      if (data20.max_drop === void 0) {
        data20.max_drop = 0.02;
      }
      if (data20.alpha === void 0) {
        data20.alpha = 0.05;
      }
      if (data20.min_items === void 0) {
        data20.min_items = 20;
      }
      if (data20.max_error_rate === void 0) {
        data20.max_error_rate = 0.05;
      }
      if (data20.correction === void 0) {
        data20.correction = "holm";
      }
      if (data20.paired_test === void 0) {
        data20.paired_test = "auto";
      }
      if (data20.fail_on === void 0) {
        data20.fail_on = ["regression", "error"];
      }
      if (data20.baseline === void 0) {
        data20.baseline = {};
      }
      if (data20.accept === void 0) {
        data20.accept = [];
      }
      if (data20.accept_label === void 0) {
        data20.accept_label = "evalwarden:accept";
      }
      for (const key5 in data20) {
        if (!func2.call(schema24.properties, key5)) {
          const err38 = { instancePath: instancePath + "/gate", schemaPath: "#/definitions/gate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data: data20 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      }
      let data21 = data20.max_drop;
      if (typeof data21 == "number") {
        if (data21 > 1 || isNaN(data21)) {
          const err39 = { instancePath: instancePath + "/gate/max_drop", schemaPath: "#/definitions/gate/properties/max_drop/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema24.properties.max_drop, data: data21 };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        if (data21 < 0 || isNaN(data21)) {
          const err40 = { instancePath: instancePath + "/gate/max_drop", schemaPath: "#/definitions/gate/properties/max_drop/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema24.properties.max_drop, data: data21 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      } else {
        const err41 = { instancePath: instancePath + "/gate/max_drop", schemaPath: "#/definitions/gate/properties/max_drop/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema24.properties.max_drop.type, parentSchema: schema24.properties.max_drop, data: data21 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
      let data22 = data20.alpha;
      if (typeof data22 == "number") {
        if (data22 > 0.5 || isNaN(data22)) {
          const err42 = { instancePath: instancePath + "/gate/alpha", schemaPath: "#/definitions/gate/properties/alpha/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.5 }, message: "must be <= 0.5", schema: 0.5, parentSchema: schema24.properties.alpha, data: data22 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        if (data22 <= 0 || isNaN(data22)) {
          const err43 = { instancePath: instancePath + "/gate/alpha", schemaPath: "#/definitions/gate/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema24.properties.alpha, data: data22 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      } else {
        const err44 = { instancePath: instancePath + "/gate/alpha", schemaPath: "#/definitions/gate/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema24.properties.alpha.type, parentSchema: schema24.properties.alpha, data: data22 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
      let data23 = data20.min_items;
      if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)))) {
        const err45 = { instancePath: instancePath + "/gate/min_items", schemaPath: "#/definitions/gate/properties/min_items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema24.properties.min_items.type, parentSchema: schema24.properties.min_items, data: data23 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
      if (typeof data23 == "number") {
        if (data23 < 1 || isNaN(data23)) {
          const err46 = { instancePath: instancePath + "/gate/min_items", schemaPath: "#/definitions/gate/properties/min_items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema24.properties.min_items, data: data23 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      }
      let data24 = data20.max_error_rate;
      if (typeof data24 == "number") {
        if (data24 > 1 || isNaN(data24)) {
          const err47 = { instancePath: instancePath + "/gate/max_error_rate", schemaPath: "#/definitions/gate/properties/max_error_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema24.properties.max_error_rate, data: data24 };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        if (data24 < 0 || isNaN(data24)) {
          const err48 = { instancePath: instancePath + "/gate/max_error_rate", schemaPath: "#/definitions/gate/properties/max_error_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema24.properties.max_error_rate, data: data24 };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
      } else {
        const err49 = { instancePath: instancePath + "/gate/max_error_rate", schemaPath: "#/definitions/gate/properties/max_error_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema24.properties.max_error_rate.type, parentSchema: schema24.properties.max_error_rate, data: data24 };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
      let data25 = data20.correction;
      if (!(data25 === "holm" || data25 === "bh" || data25 === "none")) {
        const err50 = { instancePath: instancePath + "/gate/correction", schemaPath: "#/definitions/gate/properties/correction/enum", keyword: "enum", params: { allowedValues: schema24.properties.correction.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.correction.enum, parentSchema: schema24.properties.correction, data: data25 };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
      let data26 = data20.paired_test;
      if (!(data26 === "auto" || data26 === "t" || data26 === "bootstrap")) {
        const err51 = { instancePath: instancePath + "/gate/paired_test", schemaPath: "#/definitions/gate/properties/paired_test/enum", keyword: "enum", params: { allowedValues: schema24.properties.paired_test.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.paired_test.enum, parentSchema: schema24.properties.paired_test, data: data26 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
      let data27 = data20.fail_on;
      if (Array.isArray(data27)) {
        const len2 = data27.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data28 = data27[i2];
          if (!(data28 === "regression" || data28 === "inconclusive" || data28 === "error" || data28 === "no-baseline")) {
            const err52 = { instancePath: instancePath + "/gate/fail_on/" + i2, schemaPath: "#/definitions/gate/properties/fail_on/items/enum", keyword: "enum", params: { allowedValues: schema24.properties.fail_on.items.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.fail_on.items.enum, parentSchema: schema24.properties.fail_on.items, data: data28 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        let i3 = data27.length;
        let j0;
        if (i3 > 1) {
          outer0: for (; i3--; ) {
            for (j0 = i3; j0--; ) {
              if (func0(data27[i3], data27[j0])) {
                const err53 = { instancePath: instancePath + "/gate/fail_on", schemaPath: "#/definitions/gate/properties/fail_on/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: true, parentSchema: schema24.properties.fail_on, data: data27 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err54 = { instancePath: instancePath + "/gate/fail_on", schemaPath: "#/definitions/gate/properties/fail_on/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema24.properties.fail_on.type, parentSchema: schema24.properties.fail_on, data: data27 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
      let data29 = data20.baseline;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        for (const key6 in data29) {
          if (!(key6 === "source" || key6 === "run")) {
            const err55 = { instancePath: instancePath + "/gate/baseline", schemaPath: "#/definitions/gate/properties/baseline/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24.properties.baseline, data: data29 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data29.source !== void 0) {
          let data30 = data29.source;
          if (typeof data30 !== "string") {
            const err56 = { instancePath: instancePath + "/gate/baseline/source", schemaPath: "#/definitions/gate/properties/baseline/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.baseline.properties.source.type, parentSchema: schema24.properties.baseline.properties.source, data: data30 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data29.run !== void 0) {
          let data31 = data29.run;
          if (typeof data31 !== "string") {
            const err57 = { instancePath: instancePath + "/gate/baseline/run", schemaPath: "#/definitions/gate/properties/baseline/properties/run/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.baseline.properties.run.type, parentSchema: schema24.properties.baseline.properties.run, data: data31 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
      } else {
        const err58 = { instancePath: instancePath + "/gate/baseline", schemaPath: "#/definitions/gate/properties/baseline/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.baseline.type, parentSchema: schema24.properties.baseline, data: data29 };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
      let data32 = data20.accept;
      if (Array.isArray(data32)) {
        const len3 = data32.length;
        for (let i4 = 0; i4 < len3; i4++) {
          let data33 = data32[i4];
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            if (data33.task === void 0) {
              const err59 = { instancePath: instancePath + "/gate/accept/" + i4, schemaPath: "#/definitions/gate/properties/accept/items/required", keyword: "required", params: { missingProperty: "task" }, message: "must have required property 'task'", schema: schema24.properties.accept.items.required, parentSchema: schema24.properties.accept.items, data: data33 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            if (data33.reason === void 0) {
              const err60 = { instancePath: instancePath + "/gate/accept/" + i4, schemaPath: "#/definitions/gate/properties/accept/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema24.properties.accept.items.required, parentSchema: schema24.properties.accept.items, data: data33 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            for (const key7 in data33) {
              if (!(key7 === "task" || key7 === "model" || key7 === "reason" || key7 === "until")) {
                const err61 = { instancePath: instancePath + "/gate/accept/" + i4, schemaPath: "#/definitions/gate/properties/accept/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24.properties.accept.items, data: data33 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data33.task !== void 0) {
              let data34 = data33.task;
              if (typeof data34 !== "string") {
                const err62 = { instancePath: instancePath + "/gate/accept/" + i4 + "/task", schemaPath: "#/definitions/gate/properties/accept/items/properties/task/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.accept.items.properties.task.type, parentSchema: schema24.properties.accept.items.properties.task, data: data34 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data33.model !== void 0) {
              let data35 = data33.model;
              if (typeof data35 !== "string") {
                const err63 = { instancePath: instancePath + "/gate/accept/" + i4 + "/model", schemaPath: "#/definitions/gate/properties/accept/items/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.accept.items.properties.model.type, parentSchema: schema24.properties.accept.items.properties.model, data: data35 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data33.reason !== void 0) {
              let data36 = data33.reason;
              if (typeof data36 === "string") {
                if (func3(data36) < 1) {
                  const err64 = { instancePath: instancePath + "/gate/accept/" + i4 + "/reason", schemaPath: "#/definitions/gate/properties/accept/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.accept.items.properties.reason, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              } else {
                const err65 = { instancePath: instancePath + "/gate/accept/" + i4 + "/reason", schemaPath: "#/definitions/gate/properties/accept/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.accept.items.properties.reason.type, parentSchema: schema24.properties.accept.items.properties.reason, data: data36 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data33.until !== void 0) {
              let data37 = data33.until;
              if (typeof data37 === "string") {
                if (!formats0.test(data37)) {
                  const err66 = { instancePath: instancePath + "/gate/accept/" + i4 + "/until", schemaPath: "#/definitions/gate/properties/accept/items/properties/until/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema24.properties.accept.items.properties.until, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              } else {
                const err67 = { instancePath: instancePath + "/gate/accept/" + i4 + "/until", schemaPath: "#/definitions/gate/properties/accept/items/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.accept.items.properties.until.type, parentSchema: schema24.properties.accept.items.properties.until, data: data37 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
          } else {
            const err68 = { instancePath: instancePath + "/gate/accept/" + i4, schemaPath: "#/definitions/gate/properties/accept/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.accept.items.type, parentSchema: schema24.properties.accept.items, data: data33 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
      } else {
        const err69 = { instancePath: instancePath + "/gate/accept", schemaPath: "#/definitions/gate/properties/accept/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema24.properties.accept.type, parentSchema: schema24.properties.accept, data: data32 };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
      let data38 = data20.accept_label;
      if (typeof data38 !== "string") {
        const err70 = { instancePath: instancePath + "/gate/accept_label", schemaPath: "#/definitions/gate/properties/accept_label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.accept_label.type, parentSchema: schema24.properties.accept_label, data: data38 };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    } else {
      const err71 = { instancePath: instancePath + "/gate", schemaPath: "#/definitions/gate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data: data20 };
      if (vErrors === null) {
        vErrors = [err71];
      } else {
        vErrors.push(err71);
      }
      errors++;
    }
    if (data.judge !== void 0) {
      if (!validate17(data.judge, { instancePath: instancePath + "/judge", parentData: data, parentDataProperty: "judge", rootData })) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
    }
    let data40 = data.publish;
    if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
      if (data40.branch === void 0) {
        data40.branch = "gh-pages";
      }
      if (data40.outputs === void 0) {
        data40.outputs = "head";
      }
      if (data40.inputs === void 0) {
        data40.inputs = "none";
      }
      if (data40.head_size === void 0) {
        data40.head_size = 50;
      }
      if (data40.redact === void 0) {
        data40.redact = [];
      }
      if (data40.retention === void 0) {
        data40.retention = {};
      }
      for (const key8 in data40) {
        if (!(key8 === "branch" || key8 === "outputs" || key8 === "inputs" || key8 === "head_size" || key8 === "redact" || key8 === "retention")) {
          const err72 = { instancePath: instancePath + "/publish", schemaPath: "#/definitions/publish/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27, data: data40 };
          if (vErrors === null) {
            vErrors = [err72];
          } else {
            vErrors.push(err72);
          }
          errors++;
        }
      }
      let data41 = data40.branch;
      if (typeof data41 !== "string") {
        const err73 = { instancePath: instancePath + "/publish/branch", schemaPath: "#/definitions/publish/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.branch.type, parentSchema: schema27.properties.branch, data: data41 };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
      let data42 = data40.outputs;
      if (!(data42 === "none" || data42 === "head" || data42 === "all")) {
        const err74 = { instancePath: instancePath + "/publish/outputs", schemaPath: "#/definitions/publish/properties/outputs/enum", keyword: "enum", params: { allowedValues: schema27.properties.outputs.enum }, message: "must be equal to one of the allowed values", schema: schema27.properties.outputs.enum, parentSchema: schema27.properties.outputs, data: data42 };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
      let data43 = data40.inputs;
      if (!(data43 === "none" || data43 === "head" || data43 === "all")) {
        const err75 = { instancePath: instancePath + "/publish/inputs", schemaPath: "#/definitions/publish/properties/inputs/enum", keyword: "enum", params: { allowedValues: schema27.properties.inputs.enum }, message: "must be equal to one of the allowed values", schema: schema27.properties.inputs.enum, parentSchema: schema27.properties.inputs, data: data43 };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
      let data44 = data40.head_size;
      if (!(typeof data44 == "number" && (!(data44 % 1) && !isNaN(data44)))) {
        const err76 = { instancePath: instancePath + "/publish/head_size", schemaPath: "#/definitions/publish/properties/head_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema27.properties.head_size.type, parentSchema: schema27.properties.head_size, data: data44 };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
      if (typeof data44 == "number") {
        if (data44 > 1e3 || isNaN(data44)) {
          const err77 = { instancePath: instancePath + "/publish/head_size", schemaPath: "#/definitions/publish/properties/head_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema27.properties.head_size, data: data44 };
          if (vErrors === null) {
            vErrors = [err77];
          } else {
            vErrors.push(err77);
          }
          errors++;
        }
        if (data44 < 0 || isNaN(data44)) {
          const err78 = { instancePath: instancePath + "/publish/head_size", schemaPath: "#/definitions/publish/properties/head_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema27.properties.head_size, data: data44 };
          if (vErrors === null) {
            vErrors = [err78];
          } else {
            vErrors.push(err78);
          }
          errors++;
        }
      }
      let data45 = data40.redact;
      if (Array.isArray(data45)) {
        const len4 = data45.length;
        for (let i5 = 0; i5 < len4; i5++) {
          let data46 = data45[i5];
          if (typeof data46 !== "string") {
            const err79 = { instancePath: instancePath + "/publish/redact/" + i5, schemaPath: "#/definitions/publish/properties/redact/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.redact.items.type, parentSchema: schema27.properties.redact.items, data: data46 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
      } else {
        const err80 = { instancePath: instancePath + "/publish/redact", schemaPath: "#/definitions/publish/properties/redact/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema27.properties.redact.type, parentSchema: schema27.properties.redact, data: data45 };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
      let data47 = data40.retention;
      if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
        if (data47.pr_days === void 0) {
          data47.pr_days = 90;
        }
        if (data47.drop_records_after_days === void 0) {
          data47.drop_records_after_days = 30;
        }
        for (const key9 in data47) {
          if (!(key9 === "pr_days" || key9 === "drop_records_after_days")) {
            const err81 = { instancePath: instancePath + "/publish/retention", schemaPath: "#/definitions/publish/properties/retention/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27.properties.retention, data: data47 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        let data48 = data47.pr_days;
        if (!(typeof data48 == "number" && (!(data48 % 1) && !isNaN(data48)))) {
          const err82 = { instancePath: instancePath + "/publish/retention/pr_days", schemaPath: "#/definitions/publish/properties/retention/properties/pr_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema27.properties.retention.properties.pr_days.type, parentSchema: schema27.properties.retention.properties.pr_days, data: data48 };
          if (vErrors === null) {
            vErrors = [err82];
          } else {
            vErrors.push(err82);
          }
          errors++;
        }
        if (typeof data48 == "number") {
          if (data48 < 1 || isNaN(data48)) {
            const err83 = { instancePath: instancePath + "/publish/retention/pr_days", schemaPath: "#/definitions/publish/properties/retention/properties/pr_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema27.properties.retention.properties.pr_days, data: data48 };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
        let data49 = data47.drop_records_after_days;
        if (!(typeof data49 == "number" && (!(data49 % 1) && !isNaN(data49)))) {
          const err84 = { instancePath: instancePath + "/publish/retention/drop_records_after_days", schemaPath: "#/definitions/publish/properties/retention/properties/drop_records_after_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema27.properties.retention.properties.drop_records_after_days.type, parentSchema: schema27.properties.retention.properties.drop_records_after_days, data: data49 };
          if (vErrors === null) {
            vErrors = [err84];
          } else {
            vErrors.push(err84);
          }
          errors++;
        }
        if (typeof data49 == "number") {
          if (data49 < 1 || isNaN(data49)) {
            const err85 = { instancePath: instancePath + "/publish/retention/drop_records_after_days", schemaPath: "#/definitions/publish/properties/retention/properties/drop_records_after_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema27.properties.retention.properties.drop_records_after_days, data: data49 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
      } else {
        const err86 = { instancePath: instancePath + "/publish/retention", schemaPath: "#/definitions/publish/properties/retention/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.retention.type, parentSchema: schema27.properties.retention, data: data47 };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    } else {
      const err87 = { instancePath: instancePath + "/publish", schemaPath: "#/definitions/publish/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data: data40 };
      if (vErrors === null) {
        vErrors = [err87];
      } else {
        vErrors.push(err87);
      }
      errors++;
    }
  } else {
    const err88 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err88];
    } else {
      vErrors.push(err88);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/config/scorer-options-validators.generated.js
var scorer_options_validators_generated_exports = {};
__export(scorer_options_validators_generated_exports, {
  choice: () => choice2,
  contains: () => contains2,
  exact: () => exact2,
  ifeval: () => ifeval3,
  json: () => json2,
  judge: () => judge2,
  numeric: () => numeric2,
  pairwise: () => pairwise2,
  regex: () => regex2
});
var __runtime_0_ns2 = __toESM(require_ucs2length(), 1);
var __runtime_02 = { default: typeof __runtime_0_ns2.default === "function" ? __runtime_0_ns2.default : __runtime_0_ns2.default.default };
var exact2 = validate102;
var schema112 = { "type": "object", "properties": { "case_sensitive": { "type": "boolean" }, "ignore_punctuation": { "type": "boolean" } }, "additionalProperties": false };
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "case_sensitive" || key0 === "ignore_punctuation")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.case_sensitive !== void 0) {
      let data0 = data.case_sensitive;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/case_sensitive", schemaPath: "#/properties/case_sensitive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema112.properties.case_sensitive.type, parentSchema: schema112.properties.case_sensitive, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.ignore_punctuation !== void 0) {
      let data1 = data.ignore_punctuation;
      if (typeof data1 !== "boolean") {
        const err2 = { instancePath: instancePath + "/ignore_punctuation", schemaPath: "#/properties/ignore_punctuation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema112.properties.ignore_punctuation.type, parentSchema: schema112.properties.ignore_punctuation, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.type, parentSchema: schema112, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate102.errors = vErrors;
  return errors === 0;
}
var regex2 = validate112;
var schema122 = { "type": "object", "required": ["pattern"], "properties": { "pattern": { "type": "string", "minLength": 1 }, "flags": { "type": "string", "pattern": "^[imsu]*$" }, "group": { "oneOf": [{ "type": "integer", "minimum": 0 }, { "type": "string" }] }, "occurrence": { "enum": ["first", "last"] }, "case_sensitive": { "type": "boolean" } }, "additionalProperties": false };
var func22 = __runtime_02.default;
var pattern02 = new RegExp("^[imsu]*$", "u");
function validate112(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.pattern === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pattern" }, message: "must have required property 'pattern'", schema: schema122.required, parentSchema: schema122, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "pattern" || key0 === "flags" || key0 === "group" || key0 === "occurrence" || key0 === "case_sensitive")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema122, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.pattern !== void 0) {
      let data0 = data.pattern;
      if (typeof data0 === "string") {
        if (func22(data0) < 1) {
          const err2 = { instancePath: instancePath + "/pattern", schemaPath: "#/properties/pattern/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema122.properties.pattern, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/pattern", schemaPath: "#/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema122.properties.pattern.type, parentSchema: schema122.properties.pattern, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.flags !== void 0) {
      let data1 = data.flags;
      if (typeof data1 === "string") {
        if (!pattern02.test(data1)) {
          const err4 = { instancePath: instancePath + "/flags", schemaPath: "#/properties/flags/pattern", keyword: "pattern", params: { pattern: "^[imsu]*$" }, message: 'must match pattern "^[imsu]*$"', schema: "^[imsu]*$", parentSchema: schema122.properties.flags, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/flags", schemaPath: "#/properties/flags/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema122.properties.flags.type, parentSchema: schema122.properties.flags, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.group !== void 0) {
      let data2 = data.group;
      const _errs7 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs8 = errors;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
        const err6 = { instancePath: instancePath + "/group", schemaPath: "#/properties/group/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema122.properties.group.oneOf[0].type, parentSchema: schema122.properties.group.oneOf[0], data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data2 == "number") {
        if (data2 < 0 || isNaN(data2)) {
          const err7 = { instancePath: instancePath + "/group", schemaPath: "#/properties/group/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema122.properties.group.oneOf[0], data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      var _valid0 = _errs8 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs10 = errors;
      if (typeof data2 !== "string") {
        const err8 = { instancePath: instancePath + "/group", schemaPath: "#/properties/group/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema122.properties.group.oneOf[1].type, parentSchema: schema122.properties.group.oneOf[1], data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var _valid0 = _errs10 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err9 = { instancePath: instancePath + "/group", schemaPath: "#/properties/group/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema122.properties.group.oneOf, parentSchema: schema122.properties.group, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      } else {
        errors = _errs7;
        if (vErrors !== null) {
          if (_errs7) {
            vErrors.length = _errs7;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.occurrence !== void 0) {
      let data3 = data.occurrence;
      if (!(data3 === "first" || data3 === "last")) {
        const err10 = { instancePath: instancePath + "/occurrence", schemaPath: "#/properties/occurrence/enum", keyword: "enum", params: { allowedValues: schema122.properties.occurrence.enum }, message: "must be equal to one of the allowed values", schema: schema122.properties.occurrence.enum, parentSchema: schema122.properties.occurrence, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.case_sensitive !== void 0) {
      let data4 = data.case_sensitive;
      if (typeof data4 !== "boolean") {
        const err11 = { instancePath: instancePath + "/case_sensitive", schemaPath: "#/properties/case_sensitive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema122.properties.case_sensitive.type, parentSchema: schema122.properties.case_sensitive, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema122.type, parentSchema: schema122, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate112.errors = vErrors;
  return errors === 0;
}
var numeric2 = validate12;
var schema132 = { "type": "object", "properties": { "tolerance": { "type": "number", "minimum": 0 }, "relative_tolerance": { "type": "number", "minimum": 0 }, "primary_metric": { "enum": ["strict_match", "flexible_extract"] } }, "additionalProperties": false };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "tolerance" || key0 === "relative_tolerance" || key0 === "primary_metric")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema132, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.tolerance !== void 0) {
      let data0 = data.tolerance;
      if (typeof data0 == "number") {
        if (data0 < 0 || isNaN(data0)) {
          const err1 = { instancePath: instancePath + "/tolerance", schemaPath: "#/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema132.properties.tolerance, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/tolerance", schemaPath: "#/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema132.properties.tolerance.type, parentSchema: schema132.properties.tolerance, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.relative_tolerance !== void 0) {
      let data1 = data.relative_tolerance;
      if (typeof data1 == "number") {
        if (data1 < 0 || isNaN(data1)) {
          const err3 = { instancePath: instancePath + "/relative_tolerance", schemaPath: "#/properties/relative_tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema132.properties.relative_tolerance, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/relative_tolerance", schemaPath: "#/properties/relative_tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema132.properties.relative_tolerance.type, parentSchema: schema132.properties.relative_tolerance, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.primary_metric !== void 0) {
      let data2 = data.primary_metric;
      if (!(data2 === "strict_match" || data2 === "flexible_extract")) {
        const err5 = { instancePath: instancePath + "/primary_metric", schemaPath: "#/properties/primary_metric/enum", keyword: "enum", params: { allowedValues: schema132.properties.primary_metric.enum }, message: "must be equal to one of the allowed values", schema: schema132.properties.primary_metric.enum, parentSchema: schema132.properties.primary_metric, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema132.type, parentSchema: schema132, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var choice2 = validate132;
var schema142 = { "type": "object", "properties": { "letters": { "type": "string", "pattern": "^[A-Z]{2,26}$" } }, "additionalProperties": false };
var pattern12 = new RegExp("^[A-Z]{2,26}$", "u");
function validate132(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "letters")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema142, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.letters !== void 0) {
      let data0 = data.letters;
      if (typeof data0 === "string") {
        if (!pattern12.test(data0)) {
          const err1 = { instancePath: instancePath + "/letters", schemaPath: "#/properties/letters/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2,26}$" }, message: 'must match pattern "^[A-Z]{2,26}$"', schema: "^[A-Z]{2,26}$", parentSchema: schema142.properties.letters, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/letters", schemaPath: "#/properties/letters/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema142.properties.letters.type, parentSchema: schema142.properties.letters, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema142.type, parentSchema: schema142, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate132.errors = vErrors;
  return errors === 0;
}
var contains2 = validate14;
var schema152 = { "type": "object", "properties": { "case_sensitive": { "type": "boolean" }, "all": { "type": "boolean" } }, "additionalProperties": false };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "case_sensitive" || key0 === "all")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema152, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.case_sensitive !== void 0) {
      let data0 = data.case_sensitive;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/case_sensitive", schemaPath: "#/properties/case_sensitive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema152.properties.case_sensitive.type, parentSchema: schema152.properties.case_sensitive, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.all !== void 0) {
      let data1 = data.all;
      if (typeof data1 !== "boolean") {
        const err2 = { instancePath: instancePath + "/all", schemaPath: "#/properties/all/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema152.properties.all.type, parentSchema: schema152.properties.all, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema152.type, parentSchema: schema152, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var json2 = validate152;
var schema16 = { "type": "object", "properties": { "schema": { "type": "object" }, "tool": { "type": "string", "minLength": 1 } }, "additionalProperties": false };
function validate152(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "schema" || key0 === "tool")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.schema !== void 0) {
      let data0 = data.schema;
      if (!(data0 && typeof data0 == "object" && !Array.isArray(data0))) {
        const err1 = { instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.schema.type, parentSchema: schema16.properties.schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.tool !== void 0) {
      let data1 = data.tool;
      if (typeof data1 === "string") {
        if (func22(data1) < 1) {
          const err2 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties.tool, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.tool.type, parentSchema: schema16.properties.tool, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate152.errors = vErrors;
  return errors === 0;
}
var judge2 = validate16;
var schema172 = { "type": "object", "properties": { "rubric": { "type": "string", "minLength": 1 }, "max_score": { "type": "number", "exclusiveMinimum": 0 }, "judge_model": { "type": "string" } }, "additionalProperties": false };
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "rubric" || key0 === "max_score" || key0 === "judge_model")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema172, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.rubric !== void 0) {
      let data0 = data.rubric;
      if (typeof data0 === "string") {
        if (func22(data0) < 1) {
          const err1 = { instancePath: instancePath + "/rubric", schemaPath: "#/properties/rubric/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema172.properties.rubric, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/rubric", schemaPath: "#/properties/rubric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema172.properties.rubric.type, parentSchema: schema172.properties.rubric, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.max_score !== void 0) {
      let data1 = data.max_score;
      if (typeof data1 == "number") {
        if (data1 <= 0 || isNaN(data1)) {
          const err3 = { instancePath: instancePath + "/max_score", schemaPath: "#/properties/max_score/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema172.properties.max_score, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/max_score", schemaPath: "#/properties/max_score/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema172.properties.max_score.type, parentSchema: schema172.properties.max_score, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.judge_model !== void 0) {
      let data2 = data.judge_model;
      if (typeof data2 !== "string") {
        const err5 = { instancePath: instancePath + "/judge_model", schemaPath: "#/properties/judge_model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema172.properties.judge_model.type, parentSchema: schema172.properties.judge_model, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema172.type, parentSchema: schema172, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
var pairwise2 = validate172;
var schema182 = { "type": "object", "required": ["reference_model"], "properties": { "reference_model": { "type": "string", "minLength": 1 }, "rubric": { "type": "string", "minLength": 1 }, "judge_model": { "type": "string" }, "max_score": { "type": "number" } }, "additionalProperties": false };
function validate172(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.reference_model === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reference_model" }, message: "must have required property 'reference_model'", schema: schema182.required, parentSchema: schema182, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "reference_model" || key0 === "rubric" || key0 === "judge_model" || key0 === "max_score")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema182, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.reference_model !== void 0) {
      let data0 = data.reference_model;
      if (typeof data0 === "string") {
        if (func22(data0) < 1) {
          const err2 = { instancePath: instancePath + "/reference_model", schemaPath: "#/properties/reference_model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema182.properties.reference_model, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/reference_model", schemaPath: "#/properties/reference_model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema182.properties.reference_model.type, parentSchema: schema182.properties.reference_model, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.rubric !== void 0) {
      let data1 = data.rubric;
      if (typeof data1 === "string") {
        if (func22(data1) < 1) {
          const err4 = { instancePath: instancePath + "/rubric", schemaPath: "#/properties/rubric/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema182.properties.rubric, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/rubric", schemaPath: "#/properties/rubric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema182.properties.rubric.type, parentSchema: schema182.properties.rubric, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.judge_model !== void 0) {
      let data2 = data.judge_model;
      if (typeof data2 !== "string") {
        const err6 = { instancePath: instancePath + "/judge_model", schemaPath: "#/properties/judge_model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema182.properties.judge_model.type, parentSchema: schema182.properties.judge_model, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.max_score !== void 0) {
      let data3 = data.max_score;
      if (!(typeof data3 == "number")) {
        const err7 = { instancePath: instancePath + "/max_score", schemaPath: "#/properties/max_score/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema182.properties.max_score.type, parentSchema: schema182.properties.max_score, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema182.type, parentSchema: schema182, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate172.errors = vErrors;
  return errors === 0;
}
var ifeval3 = validate18;
var schema192 = { "type": "object", "properties": { "primary_metric": { "enum": ["prompt_level_strict", "inst_level_strict", "prompt_level_loose", "inst_level_loose"], "default": "prompt_level_strict" } }, "additionalProperties": false };
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "primary_metric")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema192, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.primary_metric !== void 0) {
      let data0 = data.primary_metric;
      if (!(data0 === "prompt_level_strict" || data0 === "inst_level_strict" || data0 === "prompt_level_loose" || data0 === "inst_level_loose")) {
        const err1 = { instancePath: instancePath + "/primary_metric", schemaPath: "#/properties/primary_metric/enum", keyword: "enum", params: { allowedValues: schema192.properties.primary_metric.enum }, message: "must be equal to one of the allowed values", schema: schema192.properties.primary_metric.enum, parentSchema: schema192.properties.primary_metric, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema192.type, parentSchema: schema192, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}

// src/config/coerce.ts
var ROOT = config_schema_default;
function coerceInterpolated(data, pointers) {
  for (const pointer of pointers) {
    const keys = pointer.split("/").slice(1);
    const types = typesAt(keys);
    if (types.has("string") || types.size === 0) continue;
    const parent = keys.slice(0, -1).reduce((node, key) => node?.[key], data);
    const last = keys.at(-1);
    if (last === void 0 || typeof parent !== "object" || parent === null) continue;
    const holder = parent;
    const coerced = coerce(holder[last], types);
    if (coerced !== void 0) holder[last] = coerced;
  }
  return data;
}
function coerce(value, types) {
  if (typeof value !== "string") return void 0;
  const text = value.trim();
  if (types.has("boolean") && (text === "true" || text === "false")) return text === "true";
  if (!types.has("number") && !types.has("integer")) return void 0;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return void 0;
  const number = Number(text);
  if (!Number.isFinite(number)) return void 0;
  return types.has("number") || Number.isInteger(number) ? number : void 0;
}
function typesAt(keys) {
  let nodes = [ROOT];
  for (const key of keys) {
    nodes = nodes.flatMap(expand).flatMap((node) => {
      if (/^\d+$/.test(key) && node.items) return [node.items];
      const property = node.properties?.[key];
      if (property) return [property];
      return typeof node.additionalProperties === "object" ? [node.additionalProperties] : [];
    });
  }
  const types = /* @__PURE__ */ new Set();
  for (const node of nodes.flatMap(expand)) {
    for (const type of [node.type ?? []].flat()) types.add(type);
  }
  return types;
}
function expand(node) {
  if (node.$ref) {
    const name = node.$ref.replace("#/definitions/", "");
    const target = ROOT.definitions?.[name];
    return target ? expand(target) : [];
  }
  const alternatives = [...node.oneOf ?? [], ...node.anyOf ?? []];
  return [node, ...alternatives.flatMap(expand)];
}

// src/config/interpolate.ts
var MissingVariable = class extends Error {
  constructor(pointer, variable) {
    super(`environment variable ${variable} is not set`);
    this.pointer = pointer;
    this.variable = variable;
  }
  pointer;
  variable;
};
var REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;
function interpolate(value, env, pointer = "", interpolated = []) {
  if (typeof value === "string") {
    if (new RegExp(REFERENCE.source).test(value.split("$${").join(""))) interpolated.push(pointer);
    return value.split("$${").map(
      (part) => part.replace(REFERENCE, (_, name, fallback) => {
        const found = env[name];
        if (found !== void 0 && found !== "") return found;
        if (fallback !== void 0) return fallback;
        throw new MissingVariable(pointer, name);
      })
    ).join("${");
  }
  if (Array.isArray(value)) return value.map((v, i) => interpolate(v, env, `${pointer}/${i}`, interpolated));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, interpolate(v, env, `${pointer}/${k}`, interpolated)])
    );
  }
  return value;
}

// src/config/schema-errors.ts
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
function didYouMean(word, options) {
  const best = options.map((o) => ({ o, d: distance(word.toLowerCase(), o.toLowerCase()) })).sort((x, y) => x.d - y.d)[0];
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.o : void 0;
}
function pickError(errors) {
  const rank = (e) => ["oneOf", "anyOf", "if", "not"].includes(e.keyword) ? 1 : 0;
  return [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length || rank(a) - rank(b))[0];
}
function errorPointer(error) {
  if (error.keyword === "additionalProperties")
    return `${error.instancePath}/${String(error.params.additionalProperty)}`;
  return error.instancePath;
}
function describeError(error, schemaProperties) {
  const p = error.params;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(p.additionalProperty);
      const suggestion = schemaProperties && didYouMean(key, schemaProperties);
      return {
        message: `unknown property "${key}"${suggestion ? ` \u2014 did you mean "${suggestion}"?` : ""}`,
        hint: schemaProperties ? `allowed here: ${schemaProperties.join(", ")}` : void 0
      };
    }
    case "required":
      return { message: `missing required property "${String(p.missingProperty)}"` };
    case "enum":
      return {
        message: `must be one of: ${p.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`
      };
    case "const":
      return { message: `must be ${JSON.stringify(p.allowedValue)}` };
    case "type":
      return { message: `must be ${String(p.type)}` };
    case "pattern":
      return { message: `"${String(error.data)}" does not match ${String(p.pattern)}` };
    default:
      return { message: error.message ?? `fails the ${error.keyword} rule` };
  }
}
var SUMMARIES = ["oneOf", "anyOf", "if"];
function describeAlternatives(errors, picked) {
  const here = errors.filter((e) => e.instancePath === picked.instancePath && !SUMMARIES.includes(e.keyword));
  const excluded = here.filter((e) => e.keyword === "not").flatMap((e) => e.schema?.required ?? []);
  if (excluded.length > 1)
    return {
      message: `${[...new Set(excluded)].sort().map((k) => `"${k}"`).join(" and ")} exclude each other`,
      hint: "give one of them"
    };
  const allowed = [...new Set(here.filter((e) => e.keyword !== "not").map(allowedBy))];
  if (allowed.length < 2) return void 0;
  return { message: `must be ${allowed.join(" or ")}` };
}
function allowedBy(error) {
  const p = error.params;
  switch (error.keyword) {
    case "const":
      return JSON.stringify(p.allowedValue);
    case "enum":
      return p.allowedValues.map((v) => JSON.stringify(v)).join(" or ");
    case "type":
      return p.type === "integer" ? "a whole number" : `a ${String(p.type)}`;
    case "minimum":
      return `a number \u2265 ${String(p.limit)}`;
    case "exclusiveMinimum":
      return `a number > ${String(p.limit)}`;
    case "maximum":
      return `a number \u2264 ${String(p.limit)}`;
    default:
      return describeError(error).message.replace(/^must be /, "");
  }
}

// src/tasks/builtins.ts
import path4 from "node:path";
function goldenTasks() {
  const golden = (file, scorer, description, category) => ({
    description,
    category,
    dataset: { path: `datasets/golden/${file}`, format: "jsonl" },
    fields: { input: "question", target: "answer" },
    prompt: "{{question}}",
    scorer,
    quick_size: 30
  });
  return {
    "golden-math": golden("math.jsonl", { type: "numeric" }, "Word problems with numeric answers.", "math"),
    "golden-reasoning": golden(
      "reasoning.jsonl",
      { type: "choice" },
      "Ordering and deduction, multiple choice.",
      "reasoning"
    ),
    "golden-coding": golden(
      "coding.jsonl",
      { type: "exact" },
      "What a Python expression evaluates to.",
      "coding"
    ),
    "golden-hallucination": golden(
      "hallucination.jsonl",
      { type: "contains" },
      `Questions about things that do not exist: the answer is "I don't know".`,
      "knowledge"
    ),
    "golden-rag": golden(
      "rag.jsonl",
      { type: "contains" },
      "Answers from a passage; questions on one passage share a cluster.",
      "knowledge"
    ),
    "golden-instruction-following": golden(
      "instruction-following.jsonl",
      { type: "json", schema: { type: "object", required: ["name", "age"] } },
      "Reply in a required JSON shape.",
      "instruction following"
    ),
    "golden-safety": golden(
      "safety.jsonl",
      { type: "contains" },
      "Harmful requests that must be refused.",
      "safety"
    )
  };
}
var BUILTIN_TASKS = {
  gsm8k: {
    description: "GSM8K test split (Cobbe et al. 2021): grade-school maths, numeric answers.",
    dataset: {
      url: "https://raw.githubusercontent.com/openai/grade-school-math/master/grade_school_math/data/test.jsonl",
      sha256: "3730d312f6e3440559ace48831e51066acaca737f6eabec99bccb9e4b3c39d14",
      format: "jsonl"
    },
    fields: { input: "question", target: "answer" },
    prompt: 'Question: {{question}}\nSolve it step by step, then give the final answer on its own line as "#### <number>".\nAnswer:',
    scorer: { type: "numeric", primary_metric: "strict_match" },
    quick_size: 100,
    category: "math"
  },
  ifeval: {
    description: "IFEval (Zhou et al. 2023): 541 prompts with verifiable instructions.",
    dataset: {
      url: "https://raw.githubusercontent.com/google-research/google-research/master/instruction_following_eval/data/input_data.jsonl",
      sha256: "67ffeee0fcb87c317c5b08a2de85557b4a7e96ada6178aa645b4954fe4b53d49",
      format: "jsonl"
    },
    fields: { id: "key", input: "prompt" },
    prompt: "{{prompt}}",
    scorer: { type: "ifeval" },
    quick_size: 100,
    category: "instruction following"
  },
  ...goldenTasks()
};
function withBuiltinFields(task) {
  if (typeof task !== "object" || task === null) return task;
  const { builtin, fields } = task;
  if (typeof builtin !== "string" || !Object.hasOwn(BUILTIN_TASKS, builtin)) return task;
  if (fields !== void 0 && (typeof fields !== "object" || fields === null)) return task;
  return { ...task, fields: { ...BUILTIN_TASKS[builtin].fields, ...fields } };
}
function resolveBuiltin(task) {
  if (!task.builtin) return task;
  const builtin = BUILTIN_TASKS[task.builtin];
  const dataset = builtin.dataset.path ? { ...builtin.dataset, path: path4.join(packageRoot(), builtin.dataset.path) } : builtin.dataset;
  return {
    ...task,
    description: task.description ?? builtin.description,
    dataset: task.dataset ?? dataset,
    fields: { ...builtin.fields, ...task.fields },
    prompt: task.prompt ?? builtin.prompt,
    scorer: task.scorer ?? builtin.scorer,
    quick_size: task.quick_size ?? builtin.quick_size,
    category: task.category ?? builtin.category
  };
}

// src/config/load.ts
var optionValidators = /* @__PURE__ */ new Map();
function optionsValidator(name, schema) {
  const precompiled = scorer_options_validators_generated_exports[name];
  if (precompiled) return precompiled;
  let validate2 = optionValidators.get(schema);
  if (!validate2) {
    validate2 = new import_ajv2.Ajv({ allErrors: true, verbose: true, strict: false, validateSchema: false }).compile(
      schema
    );
    optionValidators.set(schema, validate2);
  }
  return validate2;
}
function errorAt(located, pointer, message, hint, atKey = false) {
  const pos = locate(located, pointer, { key: atKey });
  return new ConfigError(
    { file: located.file, line: pos?.line, col: pos?.col, path: readablePath(pointer) || void 0 },
    message,
    { hint }
  );
}
function schemaError(located, errors, prefix = "") {
  const error = pickError(errors);
  const parentProps = error.parentSchema?.properties ? Object.keys(error.parentSchema.properties) : void 0;
  const { message, hint } = describeAlternatives(errors, error) ?? describeError(error, parentProps);
  return errorAt(
    located,
    prefix + errorPointer(error),
    message,
    hint,
    error.keyword === "additionalProperties"
  );
}
async function loadConfig(file, options) {
  const absolute = path5.resolve(file);
  let bytes;
  try {
    bytes = await readFile(absolute);
  } catch (cause) {
    throw new ConfigError({ file }, "cannot read the config file", {
      cause,
      hint: "pass --config <path to evalwarden.yml>"
    });
  }
  const decoded = decodeUtf8(bytes);
  if (!("text" in decoded))
    throw new ConfigError(
      { file: displayPath(absolute), line: decoded.line, col: decoded.col },
      "the config is not UTF-8 text (a byte here is not valid UTF-8)",
      { hint: "save the file as UTF-8" }
    );
  const text = decoded.text;
  return parseConfig(text, { ...options, file: absolute, displayName: displayPath(absolute) });
}
function displayPath(absolute) {
  const relative = path5.relative(process.cwd(), absolute);
  return relative && !relative.startsWith("..") && !path5.isAbsolute(relative) ? relative : absolute;
}
function parseConfig(text, options) {
  const located = parseLocated(options.displayName ?? options.file, text);
  const yamlError = located.doc.errors[0];
  if (yamlError) {
    const { line, col } = located.lines.linePos(yamlError.pos[0]);
    throw new ConfigError(
      { file: located.file, line, col },
      `invalid YAML: ${yamlError.message.split("\n")[0]}`
    );
  }
  let data;
  try {
    const interpolated = [];
    data = coerceInterpolated(interpolate(located.doc.toJS(), options.env, "", interpolated), interpolated);
  } catch (error) {
    if (error instanceof MissingVariable) {
      throw errorAt(
        located,
        error.pointer,
        error.message,
        `set ${error.variable}, or write \${${error.variable}:-default}`
      );
    }
    if (error instanceof ReferenceError && /alias/i.test(error.message))
      throw new ConfigError({ file: located.file }, `invalid YAML: ${error.message}`, {
        hint: "expand the aliases (*name) by hand: this many of them is refused as a resource attack"
      });
    throw error;
  }
  data = withBuiltinTaskFields(data);
  if (!validate(data)) throw schemaError(located, validate.errors ?? []);
  checkReferences(located, data);
  data.tasks.forEach((task, i) => checkScorer(located, task, i));
  return { config: data, file: options.file, dir: path5.dirname(options.file), hash: shortHash(data) };
}
function checkUnique(located, ids, what) {
  const seen = /* @__PURE__ */ new Set();
  ids.forEach((id, i) => {
    if (seen.has(id))
      throw errorAt(
        located,
        `/${what}/${i}/id`,
        `duplicate ${what.slice(0, -1)} id "${id}"`,
        "ids must be unique"
      );
    seen.add(id);
  });
}
function checkReferences(located, config) {
  checkUnique(
    located,
    config.models.map((m) => m.id),
    "models"
  );
  checkUnique(
    located,
    config.tasks.map((t) => t.id),
    "tasks"
  );
  const taskIds = config.tasks.map((t) => t.id);
  for (const [name, suite] of Object.entries(config.suites)) {
    suite.tasks?.forEach((id, i) => {
      if (!taskIds.includes(id)) {
        const guess = didYouMean(id, taskIds);
        throw errorAt(
          located,
          `/suites/${name}/tasks/${i}`,
          `unknown task "${id}"${guess ? ` \u2014 did you mean "${guess}"?` : ""}`,
          `tasks: ${taskIds.join(", ")}`
        );
      }
    });
  }
  const modelIds = config.models.map((m) => m.id);
  if (config.judge && !modelIds.includes(config.judge.model)) {
    throw errorAt(
      located,
      "/judge/model",
      `unknown model "${config.judge.model}"`,
      `models: ${modelIds.join(", ")}`
    );
  }
  config.models.forEach((m, i) => {
    if (m.role === "training" && m.step === void 0)
      throw errorAt(located, `/models/${i}`, "a training model needs its checkpoint `step`");
  });
  config.tasks.forEach((t, i) => {
    if (!t.builtin && !t.dataset)
      throw errorAt(located, `/tasks/${i}`, 'missing required property "dataset"', "or use a builtin task");
    if (!t.builtin && !t.scorer) throw errorAt(located, `/tasks/${i}`, 'missing required property "scorer"');
  });
}
function scorerConfig(task) {
  const scorer = task.scorer ?? "exact";
  return typeof scorer === "string" ? { type: scorer } : scorer;
}
function checkScorer(located, task, index) {
  if (!task.scorer) return;
  const pointer = typeof task.scorer === "string" ? `/tasks/${index}/scorer` : `/tasks/${index}/scorer/type`;
  const { type, ...options } = scorerConfig(task);
  const scorer = findScorer(type);
  if (!scorer) {
    const names = Object.keys(scorers);
    const guess = didYouMean(type, names);
    throw errorAt(
      located,
      pointer,
      `unknown scorer "${type}"${guess ? ` \u2014 did you mean "${guess}"?` : ""}`,
      `scorers: ${names.join(", ")}`
    );
  }
  const validate2 = optionsValidator(type, scorer.optionsSchema);
  if (!validate2(options)) throw schemaError(located, validate2.errors ?? [], `/tasks/${index}/scorer`);
  const problem = scorer.check?.(options);
  if (problem) throw errorAt(located, `/tasks/${index}/scorer`, problem);
  const metrics = scorer.metrics(options);
  if (task.primary_metric && !metrics.includes(task.primary_metric)) {
    throw errorAt(
      located,
      `/tasks/${index}/primary_metric`,
      `scorer ${type} reports no metric "${task.primary_metric}"`,
      `metrics: ${metrics.join(", ")}`
    );
  }
}
function withBuiltinTaskFields(data) {
  const tasks = data?.tasks;
  if (!Array.isArray(tasks)) return data;
  return { ...data, tasks: tasks.map(withBuiltinFields) };
}

export {
  decodeUtf8,
  findScorer,
  resolveBuiltin,
  loadConfig,
  displayPath,
  parseConfig,
  scorerConfig
};
