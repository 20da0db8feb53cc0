import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  seededRandom
} from "./chunk-HJ6QT7E2.js";
import {
  EvalwardenError
} from "./chunk-2UXU3PFN.js";

// src/sim/server.ts
import { createServer } from "node:http";

// src/sim/counters.ts
function createCounters() {
  return {
    chat: 0,
    completions: 0,
    models: 0,
    rejected429: 0,
    injected429: 0,
    injected500: 0,
    dropped: 0,
    unauthorized: 0,
    maxInFlight: 0,
    maxQueued: 0
  };
}
function resetCounters(counters, running, waiting) {
  Object.assign(counters, createCounters(), { maxInFlight: running, maxQueued: waiting });
}

// src/sim/options.ts
var DEFAULTS = {
  host: "127.0.0.1",
  port: 0,
  capacity: 64,
  latencyMs: 200,
  jitterMs: 0,
  queueLimit: Number.POSITIVE_INFINITY,
  faults: {
    rate429: 0,
    rate500: 0,
    rateDrop: 0,
    rateSlow: 0,
    slowMs: 5e3,
    retryAfterS: 1
  },
  judge: { format: "json", high: 9, low: 2, positionBias: false },
  seed: 1
};
function resolveSimOptions(options) {
  const models = /* @__PURE__ */ new Map();
  for (const [name, model] of Object.entries(options.models ?? {}))
    models.set(name, resolveSimModel(name, model));
  check(
    models.size > 0,
    "models must name at least one served model",
    "e.g. { models: { base: { accuracy: 0.8 } } }"
  );
  const capacity = options.capacity ?? DEFAULTS.capacity;
  check(Number.isInteger(capacity) && capacity >= 1, `capacity must be a whole number \u2265 1, got ${capacity}`);
  const latencyMs = options.latencyMs ?? DEFAULTS.latencyMs;
  const jitterMs = options.jitterMs ?? DEFAULTS.jitterMs;
  check(latencyMs >= 0 && jitterMs >= 0, "latencyMs and jitterMs must be \u2265 0");
  const queueLimit = options.queueLimit ?? DEFAULTS.queueLimit;
  check(queueLimit >= 0, `queueLimit must be \u2265 0, got ${queueLimit}`);
  const faults = fill(DEFAULTS.faults, options.faults);
  const { rate429, rate500, rateDrop, rateSlow } = faults;
  check(
    [rate429, rate500, rateDrop, rateSlow].every(isFraction) && rate429 + rate500 + rateDrop + rateSlow <= 1,
    "faults rates must each be in [0, 1] and add up to at most 1"
  );
  const items = /* @__PURE__ */ new Map();
  for (const item of options.items ?? []) items.set(item.prompt, item);
  const replies = (options.replies ?? []).map(({ match, reply }, index) => {
    try {
      return { match: new RegExp(match), reply };
    } catch (cause) {
      throw new EvalwardenError(`replies[${index}].match is not a valid regular expression: ${match}`, {
        cause
      });
    }
  });
  return {
    host: options.host ?? DEFAULTS.host,
    port: options.port ?? DEFAULTS.port,
    models,
    capacity,
    latencyMs,
    jitterMs,
    queueLimit,
    rateLimitHeaders: (options.rateLimitHeaders ?? false) && Number.isFinite(queueLimit),
    faults,
    apiKey: options.apiKey || null,
    openModelList: options.openModelList ?? false,
    items,
    replies,
    judge: resolveSimJudge(options.judge),
    seed: options.seed ?? DEFAULTS.seed
  };
}
function resolveSimModel(name, model) {
  check(
    isFraction(model.accuracy),
    `models.${name}.accuracy must be a number in [0, 1], got ${String(model.accuracy)}`
  );
  return {
    accuracy: model.accuracy,
    revision: model.revision ?? null,
    root: model.root ?? null,
    reasoning: model.reasoning ?? "none"
  };
}
function resolveSimJudge(judge) {
  return fill(DEFAULTS.judge, judge);
}
function fill(defaults, given) {
  const filled = { ...defaults };
  for (const key of Object.keys(defaults)) {
    const value = given?.[key];
    if (value !== void 0) filled[key] = value;
  }
  return filled;
}
function isFraction(value) {
  return typeof value === "number" && value >= 0 && value <= 1;
}
function check(condition, message, hint) {
  if (!condition) throw new EvalwardenError(`simulator: ${message}`, { hint });
}

// src/sim/error-bodies.ts
function vllmError(code, type, message) {
  return { object: "error", message, type, param: null, code };
}
function unknownModel(model) {
  return vllmError(404, "NotFoundError", `The model \`${model}\` does not exist.`);
}
function openaiError(message, type, code) {
  return { error: { message, type, param: null, code } };
}
function unauthorized(receivedKey) {
  const message = receivedKey === null ? "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY)." : `Incorrect API key provided: ${receivedKey}. You can find your API key at https://platform.openai.com/account/api-keys.`;
  return openaiError(message, "invalid_request_error", "invalid_api_key");
}

// src/sim/faults.ts
function drawFault(faults, random) {
  let u = random();
  if ((u -= faults.rate429) < 0) return "429";
  if ((u -= faults.rate500) < 0) return "500";
  if ((u -= faults.rateDrop) < 0) return "drop";
  if ((u -= faults.rateSlow) < 0) return "slow";
  return "none";
}

// src/sim/http-io.ts
var MAX_BODY_BYTES = 8 * 1024 * 1024;
var BodyError = class extends Error {
  status;
  constructor(status, message) {
    super(message);
    this.status = status;
  }
};
async function readJson(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES)
      throw new BodyError(413, `Request body is larger than ${MAX_BODY_BYTES} bytes.`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError(400, "The request body is not valid JSON.");
  }
}
function sendJson(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers
  });
  res.end(text);
}
function sendEmpty(res, status) {
  res.writeHead(status, { "content-length": 0 });
  res.end();
}

// src/sim/ifeval-responder-data.ts
var POOLS = {
  det: "the this that our every".split(" "),
  adj: "quiet green bright gentle little warm soft old new calm small happy simple cold wild tall slow good kind deep dark long round sweet bold busy wide tiny true honest ancient".split(
    " "
  ),
  noun: "river garden morning window ocean paper coffee summer mountain forest valley basket bottle candle castle harbor island market meadow pocket rabbit tunnel wagon winter blanket feather turtle apple lemon dog cat fox owl cup hat bus map book lamp road path hill pond lake rain snow wind tree bird fish song bread soup town water team table tower trail wall world house home hour idea animal".split(" "),
  verb: "sees finds holds likes makes takes keeps wants needs brings meets follows watches visits reaches leaves walks turns touches opens".split(
    " "
  ),
  prep: "with near under over from into behind beside along past through by for to toward at on in".split(
    " "
  ),
  of: ["of"],
  and: ["and"],
  is: ["is", "was"]
};
var LETTER_WORDS = [
  ...POOLS.noun,
  ...POOLS.adj,
  ...POOLS.verb,
  ..."jazz juice jelly jacket quiz queen quilt box wax zoo zebra kite velvet violin yellow".split(" ")
];
var LANGUAGE_TEXT = {
  es: [
    "El sol brilla sobre la ciudad tranquila.",
    "Los ni\xF1os juegan en el parque cada tarde.",
    "Me gusta leer libros en la biblioteca.",
    "La comida de mi abuela es muy sabrosa."
  ],
  pt: [
    "O sol brilha sobre a cidade tranquila.",
    "As crian\xE7as brincam no parque todas as tardes.",
    "Eu gosto de ler livros na biblioteca.",
    "A comida da minha av\xF3 \xE9 muito saborosa."
  ],
  fr: [
    "Le soleil brille sur la ville tranquille.",
    "Les enfants jouent dans le parc chaque apr\xE8s-midi.",
    "J'aime lire des livres \xE0 la biblioth\xE8que.",
    "La cuisine de ma grand-m\xE8re est d\xE9licieuse."
  ],
  de: [
    "Die Sonne scheint \xFCber der ruhigen Stadt.",
    "Die Kinder spielen jeden Nachmittag im Park.",
    "Ich lese gern B\xFCcher in der Bibliothek.",
    "Das Essen meiner Gro\xDFmutter ist sehr lecker."
  ],
  it: [
    "Il sole splende sulla citt\xE0 tranquilla.",
    "I bambini giocano nel parco ogni pomeriggio.",
    "Mi piace leggere libri in biblioteca.",
    "La cucina di mia nonna \xE8 molto buona."
  ],
  ru: [
    "\u0421\u043E\u043B\u043D\u0446\u0435 \u0441\u0432\u0435\u0442\u0438\u0442 \u043D\u0430\u0434 \u0442\u0438\u0445\u0438\u043C \u0433\u043E\u0440\u043E\u0434\u043E\u043C.",
    "\u0414\u0435\u0442\u0438 \u0438\u0433\u0440\u0430\u044E\u0442 \u0432 \u043F\u0430\u0440\u043A\u0435 \u043A\u0430\u0436\u0434\u044B\u0439 \u0434\u0435\u043D\u044C.",
    "\u042F \u043B\u044E\u0431\u043B\u044E \u0447\u0438\u0442\u0430\u0442\u044C \u043A\u043D\u0438\u0433\u0438 \u0432 \u0431\u0438\u0431\u043B\u0438\u043E\u0442\u0435\u043A\u0435.",
    "\u0415\u0434\u0430 \u043C\u043E\u0435\u0439 \u0431\u0430\u0431\u0443\u0448\u043A\u0438 \u043E\u0447\u0435\u043D\u044C \u0432\u043A\u0443\u0441\u043D\u0430\u044F."
  ],
  uk: [
    "\u0421\u043E\u043D\u0446\u0435 \u0441\u0432\u0456\u0442\u0438\u0442\u044C \u043D\u0430\u0434 \u0442\u0438\u0445\u0438\u043C \u043C\u0456\u0441\u0442\u043E\u043C.",
    "\u0414\u0456\u0442\u0438 \u0433\u0440\u0430\u044E\u0442\u044C\u0441\u044F \u0432 \u043F\u0430\u0440\u043A\u0443 \u0449\u043E\u0434\u043D\u044F.",
    "\u042F \u043B\u044E\u0431\u043B\u044E \u0447\u0438\u0442\u0430\u0442\u0438 \u043A\u043D\u0438\u0436\u043A\u0438 \u0432 \u0431\u0456\u0431\u043B\u0456\u043E\u0442\u0435\u0446\u0456.",
    "\u0407\u0436\u0430 \u043C\u043E\u0454\u0457 \u0431\u0430\u0431\u0443\u0441\u0456 \u0434\u0443\u0436\u0435 \u0441\u043C\u0430\u0447\u043D\u0430."
  ],
  bg: [
    "\u0421\u043B\u044A\u043D\u0446\u0435\u0442\u043E \u0433\u0440\u0435\u0435 \u043D\u0430\u0434 \u0442\u0438\u0445\u0438\u044F \u0433\u0440\u0430\u0434.",
    "\u0414\u0435\u0446\u0430\u0442\u0430 \u0438\u0433\u0440\u0430\u044F\u0442 \u0432 \u043F\u0430\u0440\u043A\u0430 \u0432\u0441\u0435\u043A\u0438 \u0434\u0435\u043D.",
    "\u041E\u0431\u0438\u0447\u0430\u043C \u0434\u0430 \u0447\u0435\u0442\u0430 \u043A\u043D\u0438\u0433\u0438 \u0432 \u0431\u0438\u0431\u043B\u0438\u043E\u0442\u0435\u043A\u0430\u0442\u0430.",
    "\u0425\u0440\u0430\u043D\u0430\u0442\u0430 \u043D\u0430 \u0431\u0430\u0431\u0430 \u043C\u0438 \u0435 \u043C\u043D\u043E\u0433\u043E \u0432\u043A\u0443\u0441\u043D\u0430."
  ],
  pl: [
    "S\u0142o\u0144ce \u015Bwieci nad spokojnym miastem.",
    "Dzieci bawi\u0105 si\u0119 w parku ka\u017Cdego dnia.",
    "Lubi\u0119 czyta\u0107 ksi\u0105\u017Cki w bibliotece.",
    "Jedzenie mojej babci jest bardzo smaczne."
  ],
  fi: [
    "Aurinko paistaa hiljaisen kaupungin yll\xE4.",
    "Lapset leikkiv\xE4t puistossa joka p\xE4iv\xE4.",
    "Luen mielell\xE4ni kirjoja kirjastossa.",
    "Iso\xE4itini ruoka on todella hyv\xE4\xE4."
  ],
  vi: [
    "M\u1EB7t tr\u1EDDi chi\u1EBFu s\xE1ng tr\xEAn th\xE0nh ph\u1ED1 y\xEAn t\u0129nh.",
    "Tr\u1EBB em ch\u01A1i trong c\xF4ng vi\xEAn m\u1ED7i ng\xE0y.",
    "T\xF4i th\xEDch \u0111\u1ECDc s\xE1ch \u1EDF th\u01B0 vi\u1EC7n.",
    "M\xF3n \u0103n c\u1EE7a b\xE0 t\xF4i r\u1EA5t ngon."
  ],
  sw: [
    "Jua linawaka juu ya mji mtulivu.",
    "Watoto wanacheza katika bustani kila siku.",
    "Ninapenda kusoma vitabu katika maktaba.",
    "Chakula cha bibi yangu ni kitamu sana."
  ],
  ar: [
    "\u0627\u0644\u0634\u0645\u0633 \u062A\u0634\u0631\u0642 \u0641\u0648\u0642 \u0627\u0644\u0645\u062F\u064A\u0646\u0629 \u0627\u0644\u0647\u0627\u062F\u0626\u0629.",
    "\u064A\u0644\u0639\u0628 \u0627\u0644\u0623\u0637\u0641\u0627\u0644 \u0641\u064A \u0627\u0644\u062D\u062F\u064A\u0642\u0629 \u0643\u0644 \u064A\u0648\u0645.",
    "\u0623\u062D\u0628 \u0642\u0631\u0627\u0621\u0629 \u0627\u0644\u0643\u062A\u0628 \u0641\u064A \u0627\u0644\u0645\u0643\u062A\u0628\u0629.",
    "\u0637\u0639\u0627\u0645 \u062C\u062F\u062A\u064A \u0644\u0630\u064A\u0630 \u062C\u062F\u0627."
  ],
  fa: [
    "\u062E\u0648\u0631\u0634\u06CC\u062F \u0628\u0631 \u0641\u0631\u0627\u0632 \u0634\u0647\u0631 \u0622\u0631\u0627\u0645 \u0645\u06CC\u200C\u062A\u0627\u0628\u062F.",
    "\u06A9\u0648\u062F\u06A9\u0627\u0646 \u0647\u0631 \u0631\u0648\u0632 \u062F\u0631 \u067E\u0627\u0631\u06A9 \u0628\u0627\u0632\u06CC \u0645\u06CC\u200C\u06A9\u0646\u0646\u062F.",
    "\u0645\u0646 \u062F\u0648\u0633\u062A \u062F\u0627\u0631\u0645 \u062F\u0631 \u06A9\u062A\u0627\u0628\u062E\u0627\u0646\u0647 \u06A9\u062A\u0627\u0628 \u0628\u062E\u0648\u0627\u0646\u0645.",
    "\u063A\u0630\u0627\u06CC \u0645\u0627\u062F\u0631\u0628\u0632\u0631\u06AF\u0645 \u062E\u06CC\u0644\u06CC \u062E\u0648\u0634\u0645\u0632\u0647 \u0627\u0633\u062A."
  ],
  ur: [
    "\u0633\u0648\u0631\u062C \u067E\u0631\u0633\u06A9\u0648\u0646 \u0634\u06C1\u0631 \u067E\u0631 \u0686\u0645\u06A9\u062A\u0627 \u06C1\u06D2.",
    "\u0628\u0686\u06D2 \u06C1\u0631 \u0631\u0648\u0632 \u067E\u0627\u0631\u06A9 \u0645\u06CC\u06BA \u06A9\u06BE\u06CC\u0644\u062A\u06D2 \u06C1\u06CC\u06BA.",
    "\u0645\u062C\u06BE\u06D2 \u0644\u0627\u0626\u0628\u0631\u06CC\u0631\u06CC \u0645\u06CC\u06BA \u06A9\u062A\u0627\u0628\u06CC\u06BA \u067E\u0691\u06BE\u0646\u0627 \u067E\u0633\u0646\u062F \u06C1\u06D2.",
    "\u0645\u06CC\u0631\u06CC \u062F\u0627\u062F\u06CC \u06A9\u0627 \u06A9\u06BE\u0627\u0646\u0627 \u0628\u06C1\u062A \u0645\u0632\u06CC\u062F\u0627\u0631 \u06C1\u06D2."
  ],
  he: [
    "\u05D4\u05E9\u05DE\u05E9 \u05D6\u05D5\u05E8\u05D7\u05EA \u05DE\u05E2\u05DC \u05D4\u05E2\u05D9\u05E8 \u05D4\u05E9\u05E7\u05D8\u05D4.",
    "\u05D4\u05D9\u05DC\u05D3\u05D9\u05DD \u05DE\u05E9\u05D7\u05E7\u05D9\u05DD \u05D1\u05E4\u05D0\u05E8\u05E7 \u05DB\u05DC \u05D9\u05D5\u05DD.",
    "\u05D0\u05E0\u05D9 \u05D0\u05D5\u05D4\u05D1 \u05DC\u05E7\u05E8\u05D5\u05D0 \u05E1\u05E4\u05E8\u05D9\u05DD \u05D1\u05E1\u05E4\u05E8\u05D9\u05D9\u05D4.",
    "\u05D4\u05D0\u05D5\u05DB\u05DC \u05E9\u05DC \u05E1\u05D1\u05EA\u05D0 \u05E9\u05DC\u05D9 \u05D8\u05E2\u05D9\u05DD \u05DE\u05D0\u05D5\u05D3."
  ],
  hi: [
    "\u0938\u0942\u0930\u091C \u0936\u093E\u0902\u0924 \u0936\u0939\u0930 \u0915\u0947 \u090A\u092A\u0930 \u091A\u092E\u0915\u0924\u093E \u0939\u0948.",
    "\u092C\u091A\u094D\u091A\u0947 \u0939\u0930 \u0926\u093F\u0928 \u092A\u093E\u0930\u094D\u0915 \u092E\u0947\u0902 \u0916\u0947\u0932\u0924\u0947 \u0939\u0948\u0902.",
    "\u092E\u0941\u091D\u0947 \u092A\u0941\u0938\u094D\u0924\u0915\u093E\u0932\u092F \u092E\u0947\u0902 \u0915\u093F\u0924\u093E\u092C\u0947\u0902 \u092A\u0922\u093C\u0928\u093E \u092A\u0938\u0902\u0926 \u0939\u0948.",
    "\u092E\u0947\u0930\u0940 \u0926\u093E\u0926\u0940 \u0915\u093E \u0916\u093E\u0928\u093E \u092C\u0939\u0941\u0924 \u0938\u094D\u0935\u093E\u0926\u093F\u0937\u094D\u091F \u0939\u0948."
  ],
  mr: [
    "\u0938\u0942\u0930\u094D\u092F \u0936\u093E\u0902\u0924 \u0936\u0939\u0930\u093E\u0935\u0930 \u091A\u092E\u0915\u0924\u094B.",
    "\u092E\u0941\u0932\u0947 \u0926\u0930\u0930\u094B\u091C \u0909\u0926\u094D\u092F\u093E\u0928\u093E\u0924 \u0916\u0947\u0933\u0924\u093E\u0924.",
    "\u092E\u0932\u093E \u0917\u094D\u0930\u0902\u0925\u093E\u0932\u092F\u093E\u0924 \u092A\u0941\u0938\u094D\u0924\u0915\u0947 \u0935\u093E\u091A\u093E\u092F\u0932\u093E \u0906\u0935\u0921\u0924\u0947.",
    "\u092E\u093E\u091D\u094D\u092F\u093E \u0906\u091C\u0940\u091A\u0947 \u091C\u0947\u0935\u0923 \u0916\u0942\u092A \u091A\u0935\u093F\u0937\u094D\u091F \u0906\u0939\u0947."
  ],
  ne: [
    "\u0938\u0942\u0930\u094D\u092F \u0936\u093E\u0928\u094D\u0924 \u0938\u0939\u0930\u092E\u093E\u0925\u093F \u091A\u092E\u094D\u0915\u093F\u0928\u094D\u091B.",
    "\u0915\u0947\u091F\u093E\u0915\u0947\u091F\u0940\u0939\u0930\u0942 \u0939\u0930\u0947\u0915 \u0926\u093F\u0928 \u092A\u093E\u0930\u094D\u0915\u092E\u093E \u0916\u0947\u0932\u094D\u091B\u0928\u094D.",
    "\u092E\u0932\u093E\u0908 \u092A\u0941\u0938\u094D\u0924\u0915\u093E\u0932\u092F\u092E\u093E \u0915\u093F\u0924\u093E\u092C \u092A\u0922\u094D\u0928 \u092E\u0928 \u092A\u0930\u094D\u091B.",
    "\u092E\u0947\u0930\u094B \u0939\u091C\u0941\u0930\u0906\u092E\u093E\u0915\u094B \u0916\u093E\u0928\u093E \u0927\u0947\u0930\u0948 \u092E\u0940\u0920\u094B \u091B."
  ],
  bn: [
    "\u09B8\u09C2\u09B0\u09CD\u09AF \u09B6\u09BE\u09A8\u09CD\u09A4 \u09B6\u09B9\u09B0\u09C7\u09B0 \u0989\u09AA\u09B0 \u099C\u09CD\u09AC\u09B2\u099B\u09C7.",
    "\u09B6\u09BF\u09B6\u09C1\u09B0\u09BE \u09AA\u09CD\u09B0\u09A4\u09BF\u09A6\u09BF\u09A8 \u09AA\u09BE\u09B0\u09CD\u0995\u09C7 \u0996\u09C7\u09B2\u09BE \u0995\u09B0\u09C7.",
    "\u0986\u09AE\u09BF \u0997\u09CD\u09B0\u09A8\u09CD\u09A5\u09BE\u0997\u09BE\u09B0\u09C7 \u09AC\u0987 \u09AA\u09A1\u09BC\u09A4\u09C7 \u09AD\u09BE\u09B2\u09CB\u09AC\u09BE\u09B8\u09BF.",
    "\u0986\u09AE\u09BE\u09B0 \u09A6\u09BE\u09A6\u09BF\u09B0 \u09B0\u09BE\u09A8\u09CD\u09A8\u09BE \u0996\u09C1\u09AC \u09B8\u09C1\u09B8\u09CD\u09AC\u09BE\u09A6\u09C1."
  ],
  pa: [
    "\u0A38\u0A42\u0A30\u0A1C \u0A38\u0A3C\u0A3E\u0A02\u0A24 \u0A38\u0A3C\u0A39\u0A3F\u0A30 \u0A09\u0A71\u0A24\u0A47 \u0A1A\u0A2E\u0A15\u0A26\u0A3E \u0A39\u0A48.",
    "\u0A2C\u0A71\u0A1A\u0A47 \u0A39\u0A30 \u0A30\u0A4B\u0A1C\u0A3C \u0A2A\u0A3E\u0A30\u0A15 \u0A35\u0A3F\u0A71\u0A1A \u0A16\u0A47\u0A21\u0A26\u0A47 \u0A39\u0A28.",
    "\u0A2E\u0A48\u0A28\u0A42\u0A70 \u0A32\u0A3E\u0A07\u0A2C\u0A4D\u0A30\u0A47\u0A30\u0A40 \u0A35\u0A3F\u0A71\u0A1A \u0A15\u0A3F\u0A24\u0A3E\u0A2C\u0A3E\u0A02 \u0A2A\u0A5C\u0A4D\u0A39\u0A28\u0A3E \u0A2A\u0A38\u0A70\u0A26 \u0A39\u0A48.",
    "\u0A2E\u0A47\u0A30\u0A40 \u0A26\u0A3E\u0A26\u0A40 \u0A26\u0A3E \u0A16\u0A3E\u0A23\u0A3E \u0A2C\u0A39\u0A41\u0A24 \u0A38\u0A41\u0A06\u0A26\u0A40 \u0A39\u0A48."
  ],
  gu: [
    "\u0AB8\u0AC2\u0AB0\u0A9C \u0AB6\u0ABE\u0A82\u0AA4 \u0AB6\u0AB9\u0AC7\u0AB0 \u0AAA\u0AB0 \u0A9A\u0AAE\u0A95\u0AC7 \u0A9B\u0AC7.",
    "\u0AAC\u0ABE\u0AB3\u0A95\u0ACB \u0AA6\u0AB0\u0AB0\u0ACB\u0A9C \u0AAC\u0A97\u0AC0\u0A9A\u0ABE\u0AAE\u0ABE\u0A82 \u0AB0\u0AAE\u0AC7 \u0A9B\u0AC7.",
    "\u0AAE\u0AA8\u0AC7 \u0AAA\u0AC1\u0AB8\u0ACD\u0AA4\u0A95\u0ABE\u0AB2\u0AAF\u0AAE\u0ABE\u0A82 \u0AAA\u0AC1\u0AB8\u0ACD\u0AA4\u0A95\u0ACB \u0AB5\u0ABE\u0A82\u0A9A\u0AB5\u0ABE \u0A97\u0AAE\u0AC7 \u0A9B\u0AC7.",
    "\u0AAE\u0ABE\u0AB0\u0AC0 \u0AA6\u0ABE\u0AA6\u0AC0\u0AA8\u0AC1\u0A82 \u0AAD\u0ACB\u0A9C\u0AA8 \u0A96\u0AC2\u0AAC \u0AB8\u0ACD\u0AB5\u0ABE\u0AA6\u0ABF\u0AB7\u0ACD\u0A9F \u0A9B\u0AC7."
  ],
  ta: [
    "\u0B9A\u0BC2\u0BB0\u0BBF\u0BAF\u0BA9\u0BCD \u0B85\u0BAE\u0BC8\u0BA4\u0BBF\u0BAF\u0BBE\u0BA9 \u0BA8\u0B95\u0BB0\u0BA4\u0BCD\u0BA4\u0BBF\u0BA9\u0BCD \u0BAE\u0BC0\u0BA4\u0BC1 \u0BAA\u0BBF\u0BB0\u0B95\u0BBE\u0B9A\u0BBF\u0B95\u0BCD\u0B95\u0BBF\u0BB1\u0BA4\u0BC1.",
    "\u0B95\u0BC1\u0BB4\u0BA8\u0BCD\u0BA4\u0BC8\u0B95\u0BB3\u0BCD \u0BA4\u0BBF\u0BA9\u0BAE\u0BC1\u0BAE\u0BCD \u0BAA\u0BC2\u0B99\u0BCD\u0B95\u0BBE\u0BB5\u0BBF\u0BB2\u0BCD \u0BB5\u0BBF\u0BB3\u0BC8\u0BAF\u0BBE\u0B9F\u0BC1\u0B95\u0BBF\u0BB1\u0BBE\u0BB0\u0BCD\u0B95\u0BB3\u0BCD.",
    "\u0B8E\u0BA9\u0B95\u0BCD\u0B95\u0BC1 \u0BA8\u0BC2\u0BB2\u0B95\u0BA4\u0BCD\u0BA4\u0BBF\u0BB2\u0BCD \u0BAA\u0BC1\u0BA4\u0BCD\u0BA4\u0B95\u0B99\u0BCD\u0B95\u0BB3\u0BCD \u0BAA\u0B9F\u0BBF\u0B95\u0BCD\u0B95 \u0BAA\u0BBF\u0B9F\u0BBF\u0B95\u0BCD\u0B95\u0BC1\u0BAE\u0BCD.",
    "\u0B8E\u0BA9\u0BCD \u0BAA\u0BBE\u0B9F\u0BCD\u0B9F\u0BBF\u0BAF\u0BBF\u0BA9\u0BCD \u0B9A\u0BAE\u0BC8\u0BAF\u0BB2\u0BCD \u0BAE\u0BBF\u0B95\u0BB5\u0BC1\u0BAE\u0BCD \u0B9A\u0BC1\u0BB5\u0BC8\u0BAF\u0BBE\u0B95 \u0B87\u0BB0\u0BC1\u0B95\u0BCD\u0B95\u0BC1\u0BAE\u0BCD."
  ],
  te: [
    "\u0C38\u0C42\u0C30\u0C4D\u0C2F\u0C41\u0C21\u0C41 \u0C2A\u0C4D\u0C30\u0C36\u0C3E\u0C02\u0C24\u0C2E\u0C48\u0C28 \u0C28\u0C17\u0C30\u0C02\u0C2A\u0C48 \u0C2A\u0C4D\u0C30\u0C15\u0C3E\u0C36\u0C3F\u0C38\u0C4D\u0C24\u0C3E\u0C21\u0C41.",
    "\u0C2A\u0C3F\u0C32\u0C4D\u0C32\u0C32\u0C41 \u0C2A\u0C4D\u0C30\u0C24\u0C3F\u0C30\u0C4B\u0C1C\u0C42 \u0C2A\u0C3E\u0C30\u0C4D\u0C15\u0C41\u0C32\u0C4B \u0C06\u0C21\u0C41\u0C15\u0C41\u0C02\u0C1F\u0C3E\u0C30\u0C41.",
    "\u0C28\u0C3E\u0C15\u0C41 \u0C17\u0C4D\u0C30\u0C02\u0C25\u0C3E\u0C32\u0C2F\u0C02\u0C32\u0C4B \u0C2A\u0C41\u0C38\u0C4D\u0C24\u0C15\u0C3E\u0C32\u0C41 \u0C1A\u0C26\u0C35\u0C21\u0C02 \u0C07\u0C37\u0C4D\u0C1F\u0C02.",
    "\u0C2E\u0C3E \u0C05\u0C2E\u0C4D\u0C2E\u0C2E\u0C4D\u0C2E \u0C35\u0C02\u0C1F \u0C1A\u0C3E\u0C32\u0C3E \u0C30\u0C41\u0C1A\u0C3F\u0C17\u0C3E \u0C09\u0C02\u0C1F\u0C41\u0C02\u0C26\u0C3F."
  ],
  kn: [
    "\u0CB8\u0CC2\u0CB0\u0CCD\u0CAF \u0CB6\u0CBE\u0C82\u0CA4 \u0CA8\u0C97\u0CB0\u0CA6 \u0CAE\u0CC7\u0CB2\u0CC6 \u0CB9\u0CCA\u0CB3\u0CC6\u0CAF\u0CC1\u0CA4\u0CCD\u0CA4\u0CBE\u0CA8\u0CC6.",
    "\u0CAE\u0C95\u0CCD\u0C95\u0CB3\u0CC1 \u0CAA\u0CCD\u0CB0\u0CA4\u0CBF\u0CA6\u0CBF\u0CA8 \u0C89\u0CA6\u0CCD\u0CAF\u0CBE\u0CA8\u0CA6\u0CB2\u0CCD\u0CB2\u0CBF \u0C86\u0C9F\u0CB5\u0CBE\u0CA1\u0CC1\u0CA4\u0CCD\u0CA4\u0CBE\u0CB0\u0CC6.",
    "\u0CA8\u0CA8\u0C97\u0CC6 \u0C97\u0CCD\u0CB0\u0C82\u0CA5\u0CBE\u0CB2\u0CAF\u0CA6\u0CB2\u0CCD\u0CB2\u0CBF \u0CAA\u0CC1\u0CB8\u0CCD\u0CA4\u0C95\u0C97\u0CB3\u0CA8\u0CCD\u0CA8\u0CC1 \u0C93\u0CA6\u0CC1\u0CB5\u0CC1\u0CA6\u0CC1 \u0C87\u0CB7\u0CCD\u0C9F.",
    "\u0CA8\u0CA8\u0CCD\u0CA8 \u0C85\u0C9C\u0CCD\u0C9C\u0CBF\u0CAF \u0C85\u0CA1\u0CC1\u0C97\u0CC6 \u0CA4\u0CC1\u0C82\u0CAC\u0CBE \u0CB0\u0CC1\u0C9A\u0CBF\u0CAF\u0CBE\u0C97\u0CBF\u0CA6\u0CC6."
  ],
  ml: [
    "\u0D38\u0D42\u0D30\u0D4D\u0D2F\u0D7B \u0D36\u0D3E\u0D28\u0D4D\u0D24\u0D2E\u0D3E\u0D2F \u0D28\u0D17\u0D30\u0D24\u0D4D\u0D24\u0D3F\u0D28\u0D4D \u0D2E\u0D41\u0D15\u0D33\u0D3F\u0D7D \u0D2A\u0D4D\u0D30\u0D15\u0D3E\u0D36\u0D3F\u0D15\u0D4D\u0D15\u0D41\u0D28\u0D4D\u0D28\u0D41.",
    "\u0D15\u0D41\u0D1F\u0D4D\u0D1F\u0D3F\u0D15\u0D7E \u0D0E\u0D32\u0D4D\u0D32\u0D3E \u0D26\u0D3F\u0D35\u0D38\u0D35\u0D41\u0D02 \u0D2A\u0D3E\u0D7C\u0D15\u0D4D\u0D15\u0D3F\u0D7D \u0D15\u0D33\u0D3F\u0D15\u0D4D\u0D15\u0D41\u0D28\u0D4D\u0D28\u0D41.",
    "\u0D0E\u0D28\u0D3F\u0D15\u0D4D\u0D15\u0D4D \u0D32\u0D48\u0D2C\u0D4D\u0D30\u0D31\u0D3F\u0D2F\u0D3F\u0D7D \u0D2A\u0D41\u0D38\u0D4D\u0D24\u0D15\u0D19\u0D4D\u0D19\u0D7E \u0D35\u0D3E\u0D2F\u0D3F\u0D15\u0D4D\u0D15\u0D3E\u0D7B \u0D07\u0D37\u0D4D\u0D1F\u0D2E\u0D3E\u0D23\u0D4D.",
    "\u0D0E\u0D28\u0D4D\u0D31\u0D46 \u0D2E\u0D41\u0D24\u0D4D\u0D24\u0D36\u0D4D\u0D36\u0D3F\u0D2F\u0D41\u0D1F\u0D46 \u0D2D\u0D15\u0D4D\u0D37\u0D23\u0D02 \u0D35\u0D33\u0D30\u0D46 \u0D30\u0D41\u0D1A\u0D3F\u0D15\u0D30\u0D2E\u0D3E\u0D23\u0D4D."
  ],
  th: [
    "\u0E14\u0E27\u0E07\u0E2D\u0E32\u0E17\u0E34\u0E15\u0E22\u0E4C\u0E2A\u0E48\u0E2D\u0E07\u0E41\u0E2A\u0E07\u0E40\u0E2B\u0E19\u0E37\u0E2D\u0E40\u0E21\u0E37\u0E2D\u0E07\u0E17\u0E35\u0E48\u0E40\u0E07\u0E35\u0E22\u0E1A\u0E2A\u0E07\u0E1A.",
    "\u0E40\u0E14\u0E47\u0E01\u0E46 \u0E40\u0E25\u0E48\u0E19\u0E43\u0E19\u0E2A\u0E27\u0E19\u0E2A\u0E32\u0E18\u0E32\u0E23\u0E13\u0E30\u0E17\u0E38\u0E01\u0E27\u0E31\u0E19.",
    "\u0E09\u0E31\u0E19\u0E0A\u0E2D\u0E1A\u0E2D\u0E48\u0E32\u0E19\u0E2B\u0E19\u0E31\u0E07\u0E2A\u0E37\u0E2D\u0E43\u0E19\u0E2B\u0E49\u0E2D\u0E07\u0E2A\u0E21\u0E38\u0E14.",
    "\u0E2D\u0E32\u0E2B\u0E32\u0E23\u0E02\u0E2D\u0E07\u0E22\u0E32\u0E22\u0E2D\u0E23\u0E48\u0E2D\u0E22\u0E21\u0E32\u0E01."
  ],
  ja: [
    "\u9759\u304B\u306A \u753A\u306E \u4E0A\u306B \u592A\u967D\u304C \u8F1D\u3044\u3066\u3044\u307E\u3059.",
    "\u5B50\u4F9B\u305F\u3061\u306F \u6BCE\u65E5 \u516C\u5712\u3067 \u904A\u3093\u3067\u3044\u307E\u3059.",
    "\u79C1\u306F \u56F3\u66F8\u9928\u3067 \u672C\u3092 \u8AAD\u3080\u306E\u304C \u597D\u304D\u3067\u3059.",
    "\u304A\u3070\u3042\u3061\u3083\u3093\u306E \u6599\u7406\u306F \u3068\u3066\u3082 \u304A\u3044\u3057\u3044\u3067\u3059."
  ],
  ko: [
    "\uD0DC\uC591\uC774 \uC870\uC6A9\uD55C \uB3C4\uC2DC \uC704\uC5D0\uC11C \uBE5B\uB0A9\uB2C8\uB2E4.",
    "\uC544\uC774\uB4E4\uC740 \uB9E4\uC77C \uACF5\uC6D0\uC5D0\uC11C \uB189\uB2C8\uB2E4.",
    "\uB098\uB294 \uB3C4\uC11C\uAD00\uC5D0\uC11C \uCC45 \uC77D\uB294 \uAC83\uC744 \uC88B\uC544\uD569\uB2C8\uB2E4.",
    "\uD560\uBA38\uB2C8\uC758 \uC74C\uC2DD\uC740 \uC815\uB9D0 \uB9DB\uC788\uC2B5\uB2C8\uB2E4."
  ]
};

// src/sim/ifeval-responder.ts
function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}
function rng(seed) {
  let state = seed >>> 0;
  return () => {
    state = Math.imul(state, 1664525) + 1013904223 >>> 0;
    return state / 4294967296;
  };
}
var num = (k, key) => typeof k[key] === "number" ? k[key] : 0;
var str = (k, key) => typeof k[key] === "string" ? k[key] : "";
var list = (k, key) => Array.isArray(k[key]) ? k[key].filter((v) => typeof v === "string") : [];
var escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var wordPattern = (word) => new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(word)}(?![\\p{L}\\p{N}_])`, "iu");
function narrow(range, relation, n, follow) {
  const lessThan = relation === "less than";
  if (lessThan === follow) range.max = Math.min(range.max, n - 1);
  else range.min = Math.max(range.min, n);
}
function emptyPlan() {
  return {
    language: "en",
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
    constrained: false
  };
}
function addInstruction(plan, id, k, follow) {
  switch (id) {
    case "keywords:existence":
      if (follow) plan.inline.push(...list(k, "keywords"));
      else plan.avoid.push(...list(k, "keywords").map((w) => new RegExp(escapeRegExp(w), "i")));
      return true;
    case "keywords:frequency": {
      const keyword = str(k, "keyword").trim();
      const n = num(k, "frequency");
      const many = str(k, "relation") === "less than" !== follow;
      if (many) plan.inline.push(...Array(Math.max(n, 1)).fill(keyword));
      else if (n <= 0) return false;
      else plan.avoid.push(new RegExp(escapeRegExp(keyword), "i"));
      return true;
    }
    case "keywords:forbidden_words":
      if (follow) plan.avoid.push(...list(k, "forbidden_words").map(wordPattern));
      else plan.inline.push(list(k, "forbidden_words")[0] ?? "");
      return true;
    case "keywords:letter_frequency": {
      const letter = str(k, "letter").toLowerCase();
      const n = num(k, "let_frequency");
      const many = str(k, "let_relation") === "less than" !== follow;
      if (!many && n <= 0) return false;
      if (many) plan.inline.push(...Array(Math.max(n, 1)).fill(`\0letter:${letter}`));
      else plan.avoid.push(new RegExp(escapeRegExp(letter), "i"));
      return true;
    }
    case "language:response_language":
      plan.language = follow ? str(k, "language") : str(k, "language") === "fr" ? "de" : "fr";
      return true;
    case "length_constraints:number_sentences": {
      const n = num(k, "num_sentences");
      if (!follow && str(k, "relation") === "at least" && n <= 1) return false;
      narrow(plan.sentences, str(k, "relation"), n, follow);
      return true;
    }
    case "length_constraints:number_words":
      if (!follow && str(k, "relation") === "at least" && num(k, "num_words") <= 1) return false;
      narrow(plan.words, str(k, "relation"), num(k, "num_words"), follow);
      return true;
    case "length_constraints:number_paragraphs":
      plan.starParagraphs = num(k, "num_paragraphs") + (follow ? 0 : 1);
      return true;
    case "length_constraints:nth_paragraph_first_word": {
      const count = num(k, "num_paragraphs") + (follow ? 0 : 1);
      plan.nth = { count, index: num(k, "nth_paragraph"), word: str(k, "first_word") };
      return true;
    }
    case "detectable_content:number_placeholders": {
      const n = num(k, "num_placeholders");
      if (!follow) return n > 0;
      const names = ["name", "address", "date", "city", "phone", "email", "company", "title"];
      for (let i = 0; i < n; i++)
        plan.inline.push(`[${names[i % names.length]}${i >= names.length ? i : ""}]`);
      return true;
    }
    case "detectable_content:postscript":
      if (follow) plan.postscript = str(k, "postscript_marker").trim();
      return true;
    case "detectable_format:number_bullet_lists":
      plan.bullets = num(k, "num_bullets") + (follow ? 0 : 1);
      return true;
    case "detectable_format:constrained_response":
      plan.constrained = follow;
      return true;
    case "detectable_format:number_highlighted_sections": {
      const n = num(k, "num_highlights");
      if (!follow) return n > 0;
      for (let i = 0; i < n; i++) plan.inline.push("*HIGHLIGHT*");
      return true;
    }
    case "detectable_format:multiple_sections": {
      const count = num(k, "num_sections");
      if (!follow && count <= 0) return false;
      plan.sections = { splitter: str(k, "section_spliter").trim(), count: follow ? count : count - 1 };
      return true;
    }
    case "detectable_format:json_format":
      plan.json = follow;
      return true;
    case "detectable_format:title":
      plan.title = follow;
      return true;
    case "combination:two_responses":
      plan.twoResponses = follow;
      return true;
    case "combination:repeat_prompt":
      plan.repeat = follow ? str(k, "prompt_to_repeat") : null;
      return true;
    case "startend:end_checker":
      if (follow) plan.endPhrase = str(k, "end_phrase").trim();
      return true;
    case "change_case:capital_word_frequency": {
      const n = num(k, "capital_frequency");
      if (!follow && str(k, "capital_relation") === "at least" && n <= 0) return false;
      narrow(plan.capitals, str(k, "capital_relation"), n, follow);
      return true;
    }
    case "change_case:english_capital":
      plan.textCase = follow ? "upper" : "lower";
      return true;
    case "change_case:english_lowercase":
      plan.textCase = follow ? "lower" : null;
      return true;
    case "punctuation:no_comma":
      plan.comma = !follow;
      return true;
    case "startend:quotation":
      plan.quotation = follow;
      return true;
    default:
      return false;
  }
}
function render(plan, seed, size) {
  const random = rng(seed);
  const allowed = (w) => !plan.avoid.some((p) => p.test(w));
  const englishInitial = (w) => plan.textCase !== "upper" || /^[twaioh]/.test(w);
  const pick = (pool) => {
    const ok = pool.filter((w) => allowed(w) && englishInitial(w)).length > 0 ? pool.filter((w) => allowed(w) && englishInitial(w)) : pool.filter(allowed);
    return ok.length > 0 ? ok[Math.floor(random() * ok.length)] : null;
  };
  const phrase = (n) => {
    const out = [];
    const slots = [
      "det",
      "adj",
      "noun",
      "of",
      "det",
      "noun",
      "verb",
      "prep",
      "det",
      "adj",
      "noun",
      "and",
      "det",
      "noun",
      "is",
      "adj"
    ];
    for (let i = 0; out.length < n && i < 4 * n + 10; i++) {
      const w = pick(POOLS[slots[i % slots.length]]);
      if (w !== null) out.push(w);
    }
    return out;
  };
  const foreign = LANGUAGE_TEXT[plan.language];
  const foreignWords = (n, i) => foreign[i % foreign.length].split(" ").slice(0, n).join(" ").replace(/\.$/, "");
  const letterWord = (letter, i) => {
    const words = LETTER_WORDS.filter((w) => w.includes(letter) && allowed(w));
    return words.length > 0 ? words[i % words.length] : letter;
  };
  const capitals = plan.capitals.min > 0 && plan.textCase !== "lower" ? Array(plan.capitals.min).fill("NOTE") : [];
  const inline = [
    ...plan.inline.map((p, i) => {
      if (p === "*HIGHLIGHT*") return `*${foreign ? foreignWords(2, i) : phrase(2).join(" ")}*`;
      if (p.startsWith("\0letter:")) return letterWord(p.slice(8), i);
      return p;
    }),
    ...capitals
  ];
  if (plan.comma) inline.push("yes, indeed");
  const units = Math.max(1, plan.starParagraphs ?? 1, plan.nth?.count ?? 1, plan.sections?.count ?? 1);
  const count = Math.max(units, size.sentences);
  const sentences = [];
  for (let i = 0; i < count; i++) {
    const items = inline.filter((_, j) => j % count === i);
    let words;
    if (foreign) {
      const parts = Array.from(
        { length: Math.max(1, Math.round(size.wordsPerSentence / 5)) },
        (_, j) => foreign[(seed + i + j) % foreign.length]
      );
      words = parts.map((p) => p.slice(0, -1)).join(" ").split(" ");
    } else {
      words = phrase(Math.max(1, size.wordsPerSentence));
      if (words.length === 0) words = ["hmm"];
    }
    const [first, ...rest] = words;
    const body = [first, ...items, ...rest].join(" ");
    sentences.push(`${body[0].toUpperCase()}${body.slice(1)}.`);
  }
  const per = Math.ceil(count / units);
  const paragraphs = Array.from(
    { length: units },
    (_, i) => sentences.slice(i * per, (i + 1) * per).join(" ") || `${phrase(2).join(" ")}.`
  );
  if (plan.nth) {
    const i = plan.nth.index - 1;
    if (paragraphs[i] !== void 0) paragraphs[i] = `${plan.nth.word} ${paragraphs[i]}`;
  }
  if (plan.title) {
    const title = `<<${foreign ? foreignWords(2, 1) : phrase(3).slice(1).join(" ")}>>`;
    if (plan.nth?.index === 1) paragraphs[0] += `
${title}`;
    else paragraphs[0] = `${title}
${paragraphs[0]}`;
  }
  const last = paragraphs.length - 1;
  if (plan.bullets !== null) {
    for (let i = 0; i < plan.bullets; i++)
      paragraphs[last] += `
* ${foreign ? foreignWords(2, i) : phrase(3).slice(1).join(" ")}`;
  }
  if (plan.postscript)
    paragraphs[last] += `
${plan.postscript} ${foreign ? foreign[2] : `${phrase(4).join(" ")}.`}`;
  let text;
  if (plan.sections) {
    text = paragraphs.map((p, i) => `${plan.sections.splitter} ${i + 1}
${p}`).join("\n\n");
  } else if (plan.starParagraphs !== null) {
    text = paragraphs.join("\n***\n");
  } else {
    text = paragraphs.join("\n\n");
  }
  if (plan.endPhrase) text += `
${plan.endPhrase}`;
  return text;
}
function countWords(text) {
  return text.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0;
}
function assemble(plan, seed, size) {
  if (plan.constrained) return "My answer is yes.";
  let text = render(plan, seed, size);
  if (plan.twoResponses) text = `${text}
******
${render(plan, seed + 7, size)}`;
  if (plan.repeat !== null) text = `${plan.repeat}
${text}`;
  if (plan.json) text = JSON.stringify({ answer: text }, null, 2);
  if (plan.textCase === "upper") text = text.toUpperCase();
  if (plan.textCase === "lower") text = text.toLowerCase();
  if (plan.quotation) text = `"${text}"`;
  return text;
}
function respond(plan, seed) {
  const extra = (plan.postscript ? 2 : 0) + (plan.endPhrase ? 1 : 0);
  let sentences = Math.max(plan.textCase === null ? 3 : 6, plan.sentences.min);
  if (LANGUAGE_TEXT[plan.language] && plan.repeat)
    sentences = Math.max(sentences, Math.ceil(countWords(plan.repeat) / 3));
  if (plan.sentences.max < Infinity) sentences = Math.max(1, Math.min(sentences, plan.sentences.max - extra));
  const size = {
    sentences,
    wordsPerSentence: plan.textCase === "upper" ? 14 : plan.words.min > 0 ? 8 : 6
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
var BREAK_ORDER = [
  "punctuation:no_comma",
  "startend:quotation",
  "combination:repeat_prompt",
  "detectable_format:json_format",
  "detectable_format:constrained_response",
  "combination:two_responses",
  "length_constraints:number_words",
  "detectable_format:number_bullet_lists",
  "length_constraints:number_paragraphs",
  "detectable_format:multiple_sections",
  "detectable_content:number_placeholders",
  "detectable_format:number_highlighted_sections",
  "startend:end_checker",
  "detectable_content:postscript",
  "length_constraints:number_sentences",
  "length_constraints:nth_paragraph_first_word",
  "change_case:english_capital",
  "change_case:english_lowercase",
  "change_case:capital_word_frequency",
  "keywords:forbidden_words",
  "keywords:frequency",
  "keywords:existence",
  "keywords:letter_frequency",
  "language:response_language",
  "detectable_format:title"
];
function respondToIfeval(row, follow) {
  const ids = Array.isArray(row.instruction_id_list) ? row.instruction_id_list.map(String) : [];
  const kwargs = (Array.isArray(row.kwargs) ? row.kwargs : []).map((k) => k ?? {});
  const seed = hash(`${String(row.key ?? "")}\0${String(row.prompt ?? "")}`);
  let target = -1;
  if (!follow) {
    const order = ids.map((_id, i) => i).sort((a, b) => rank(ids[a]) - rank(ids[b]) || a - b);
    target = order.find((i) => addInstruction(emptyPlan(), ids[i], kwargs[i], false)) ?? -1;
    if (target === -1) return "";
  }
  const plan = emptyPlan();
  const same = (i) => ids[i] === ids[target] && JSON.stringify(kwargs[i]) === JSON.stringify(kwargs[target]);
  for (const [i, id] of ids.entries())
    if (target === -1 || !same(i)) addInstruction(plan, id, kwargs[i], true);
  if (target !== -1) addInstruction(plan, ids[target], kwargs[target], false);
  return respond(plan, seed);
}
function rank(id) {
  const index = BREAK_ORDER.indexOf(id);
  return index === -1 ? BREAK_ORDER.length : index;
}

// src/sim/answers.ts
var UNSURE = "I am not sure.";
var LETTERS = ["A", "B", "C", "D"];
function renderAnswer(item, correct, pick) {
  const target = item.target ?? "";
  switch (item.scorer) {
    case "numeric":
      return numericAnswer(target, correct);
    case "choice":
      return choiceAnswer(target, correct, pick);
    case "ifeval":
      return respondToIfeval(item.row ?? {}, correct);
    case "judge":
      return correct ? item.target ?? "A careful, complete and correct answer." : UNSURE;
    default:
      return correct ? target : wrongText(target);
  }
}
function numericAnswer(target, correct) {
  const gold = (/####\s*(\S+)\s*$/.exec(target)?.[1] ?? target).trim();
  const value = Number(gold.replace(/[$,]/g, ""));
  let answer2;
  if (correct) answer2 = gold;
  else if (gold !== "" && Number.isFinite(value)) answer2 = String(value + 1);
  else answer2 = gold === "42" ? "41" : "42";
  return `Step by step, the answer is ${answer2}.
#### ${answer2}`;
}
function choiceAnswer(target, correct, pick) {
  const trimmed = target.trim();
  const gold = /^\d$/.test(trimmed) && Number(trimmed) < LETTERS.length ? LETTERS[Number(trimmed)] : trimmed.replace(/^\(|\)$/g, "").toUpperCase();
  if (correct) return `Answer: ${gold}`;
  const others = LETTERS.filter((letter) => letter !== gold);
  return `Answer: ${others[Math.floor(pick * others.length)]}`;
}
function wrongText(target) {
  return UNSURE.toLowerCase().includes(target.trim().toLowerCase()) && target.trim() !== "" ? "No idea." : UNSURE;
}

// src/sim/judge.ts
var JUDGE_PREAMBLE = "You are an impartial judge";
var RESPONSE = /\[RESPONSE\]([\s\S]*?)\[\/RESPONSE\]/;
var RESPONSE_A = /\[RESPONSE A\]([\s\S]*?)\[\/RESPONSE A\]/;
var RESPONSE_B = /\[RESPONSE B\]([\s\S]*?)\[\/RESPONSE B\]/;
var REFERENCE = /\[REFERENCE\]([\s\S]*?)\[\/REFERENCE\]/;
function judgeReply(prompt, options) {
  const reference = REFERENCE.exec(prompt)?.[1]?.trim().toLowerCase() || null;
  const a = RESPONSE_A.exec(prompt)?.[1];
  const b = RESPONSE_B.exec(prompt)?.[1];
  if (a !== void 0 && b !== void 0) return pairwise(a, b, reference, options);
  const response = RESPONSE.exec(prompt)?.[1] ?? prompt;
  const good = reference === null || contains(response, reference);
  const score = good ? options.high : options.low;
  const reasoning = reference === null ? "There is no reference answer; the response addresses the question." : good ? "The response agrees with the reference answer." : "The response does not contain the reference answer.";
  switch (options.format) {
    case "json":
      return JSON.stringify({ score, reasoning });
    case "marked":
      return `${reasoning}
Score: ${score}`;
    case "garbage":
      return "I have read the response carefully and have many thoughts about it.";
  }
}
function pairwise(a, b, reference, { format, positionBias }) {
  const aGood = reference !== null && contains(a, reference);
  const bGood = reference !== null && contains(b, reference);
  const winner = positionBias ? "A" : aGood === bGood ? "tie" : aGood ? "A" : "B";
  const reasoning = positionBias ? "Response A is the better one." : winner === "tie" ? "Neither response is better than the other." : `Response ${winner} agrees with the reference answer; the other does not.`;
  switch (format) {
    case "json":
      return JSON.stringify({ winner, reasoning });
    case "marked":
      return `${reasoning}
Winner: ${winner}`;
    case "garbage":
      return "Both responses have their merits and I could go either way.";
  }
}
function contains(text, lowerNeedle) {
  return text.toLowerCase().includes(lowerNeedle);
}

// src/sim/random.ts
function hashToUnit(...parts) {
  const text = parts.join("\0");
  let h1 = 3735928559;
  let h2 = 1103547991;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507) ^ Math.imul(h2 ^ h2 >>> 13, 3266489909);
  h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507) ^ Math.imul(h1 ^ h1 >>> 13, 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)) / 2 ** 53;
}

// src/sim/model.ts
function generate(knowledge, model, question, draw) {
  const content = answer(knowledge, model, question, draw);
  const reasoning = `The user asks: "${excerpt(question.prompt)}". Let me think it through before answering.`;
  switch (model.reasoning) {
    case "field":
      return { content, reasoning };
    case "think":
      return { content: `<think>
${reasoning}
</think>

${content}`, reasoning: null };
    case "none":
      return { content, reasoning: null };
  }
}
function answer(knowledge, model, question, draw) {
  if (question.system?.startsWith(JUDGE_PREAMBLE)) return judgeReply(question.prompt, knowledge.judge);
  const item = knowledge.items.get(question.prompt);
  if (item) {
    const sample = question.temperature > 0 ? question.seed !== null ? `seed ${question.seed}` : `draw ${draw()}` : "";
    const correct = hashToUnit(question.model, question.prompt, sample) < model.accuracy;
    const pick = hashToUnit(question.model, question.prompt, sample, "wrong answer");
    return renderAnswer(item, correct, pick);
  }
  const canned = knowledge.replies.find(({ match }) => match.test(question.prompt));
  if (canned) return canned.reply.replaceAll("{{model}}", question.model);
  return `This is a simulated reply from ${question.model}.`;
}
function excerpt(text) {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

// src/sim/requests.ts
function parseGenerationRequest(endpoint, body) {
  if (!isObject(body)) return { error: "The request body must be a JSON object." };
  if (typeof body.model !== "string") return { error: "`model` must be a string naming a served model." };
  if (body.stream === true)
    return { error: "The simulator does not stream: send `stream: false` (or leave it out)." };
  if (body.n !== void 0 && body.n !== null && body.n !== 1)
    return { error: "The simulator supports only `n: 1`." };
  const temperature = body.temperature ?? 0;
  if (typeof temperature !== "number" || temperature < 0)
    return { error: "`temperature` must be a number \u2265 0." };
  const seed = body.seed ?? null;
  if (seed !== null && !Number.isInteger(seed)) return { error: "`seed` must be an integer." };
  const maxTokens = body.max_completion_tokens ?? body.max_tokens ?? null;
  if (maxTokens !== null && !(Number.isInteger(maxTokens) && maxTokens >= 1)) {
    return { error: "`max_tokens` must be an integer \u2265 1." };
  }
  const common = {
    model: body.model,
    temperature,
    seed,
    maxTokens
  };
  if (endpoint === "completions") {
    const prompt2 = Array.isArray(body.prompt) && body.prompt.length === 1 ? body.prompt[0] : body.prompt;
    if (typeof prompt2 !== "string") return { error: "`prompt` must be a string (one prompt per request)." };
    return { ...common, system: null, prompt: prompt2, promptChars: prompt2.length };
  }
  if (!Array.isArray(body.messages) || body.messages.length === 0) {
    return { error: "`messages` must be a non-empty array." };
  }
  let system = null;
  let prompt = "";
  let promptChars = 0;
  for (const message of body.messages) {
    if (!isObject(message) || typeof message.role !== "string")
      return { error: "Each message needs a `role`." };
    const text = messageText(message.content);
    if (text === null) return { error: "A message `content` must be a string or an array of text parts." };
    promptChars += text.length;
    if (system === null && (message.role === "system" || message.role === "developer")) system = text;
    if (message.role === "user") prompt = text;
  }
  return { ...common, system, prompt, promptChars };
}
function messageText(content) {
  if (content === null || content === void 0) return "";
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return null;
  let text = "";
  for (const part of content) {
    if (isObject(part) && part.type === "text" && typeof part.text === "string") text += part.text;
  }
  return text;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/sim/responses.ts
var CHARS_PER_TOKEN = 4;
function completionBody(endpoint, id, request, generation2) {
  let content = generation2.content;
  let finishReason = "stop";
  if (request.maxTokens !== null && tokens(content.length) > request.maxTokens) {
    content = content.slice(0, request.maxTokens * CHARS_PER_TOKEN);
    finishReason = "length";
  }
  const completionTokens = tokens(content.length + (generation2.reasoning?.length ?? 0));
  const promptTokens = tokens(request.promptChars);
  const usage = {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens
  };
  const created = Math.floor(Date.now() / 1e3);
  if (endpoint === "completions") {
    return {
      id: `cmpl-${id}`,
      object: "text_completion",
      created,
      model: request.model,
      choices: [{ index: 0, text: content, logprobs: null, finish_reason: finishReason }],
      usage
    };
  }
  const message = generation2.reasoning === null ? { role: "assistant", content } : { role: "assistant", content, reasoning_content: generation2.reasoning };
  return {
    id: `chatcmpl-${id}`,
    object: "chat.completion",
    created,
    model: request.model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason }],
    usage
  };
}
function tokens(chars) {
  return Math.ceil(chars / CHARS_PER_TOKEN);
}

// src/sim/generation.ts
async function generation(state, endpoint, req, res) {
  const { options, counters } = state;
  let body;
  try {
    body = await readJson(req);
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    return sendJson(res, error.status, vllmError(error.status, "BadRequestError", error.message));
  }
  const request = parseGenerationRequest(endpoint, body);
  if ("error" in request) return sendJson(res, 400, vllmError(400, "BadRequestError", request.error));
  const model = options.models.get(request.model);
  if (!model) return sendJson(res, 404, unknownModel(request.model));
  const retryAfter = { "retry-after": String(options.faults.retryAfterS), ...rateLimitHeaders(state) };
  const fault = drawFault(options.faults, state.random.faults);
  if (fault === "429") {
    counters.injected429++;
    const message = `Rate limit reached for requests (simulated). Please try again in ${options.faults.retryAfterS}s.`;
    return sendJson(res, 429, openaiError(message, "requests", "rate_limit_exceeded"), retryAfter);
  }
  const finish = () => {
    ticket?.release();
    if (fault === "500") {
      counters.injected500++;
      return sendJson(
        res,
        500,
        vllmError(500, "InternalServerError", "Internal server error (simulated fault).")
      );
    }
    if (fault === "drop") {
      counters.dropped++;
      return void req.socket.destroy();
    }
    const { system, prompt, temperature, seed } = request;
    const generated = generate(
      state.knowledge,
      model,
      { model: request.model, system, prompt, temperature, seed },
      state.random.sampling
    );
    sendJson(res, 200, completionBody(endpoint, state.nextId(), request, generated), rateLimitHeaders(state));
  };
  if (res.destroyed) return;
  let timer;
  const ticket = state.slots.enter(() => {
    const jitter = options.jitterMs > 0 ? state.random.jitter() * options.jitterMs : 0;
    const delay = options.latencyMs + jitter + (fault === "slow" ? options.faults.slowMs : 0);
    timer = setTimeout(finish, delay);
  });
  if (!ticket) {
    counters.rejected429++;
    Object.assign(retryAfter, rateLimitHeaders(state));
    const message = `The server is at capacity (${options.capacity} running, ${state.slots.waiting} waiting). Please retry after ${options.faults.retryAfterS}s.`;
    return sendJson(res, 429, openaiError(message, "requests", "rate_limit_exceeded"), retryAfter);
  }
  res.on("close", () => {
    if (res.writableEnded) return;
    clearTimeout(timer);
    ticket.release();
  });
}
function rateLimitHeaders(state) {
  const { options, slots } = state;
  if (!options.rateLimitHeaders) return {};
  const places = options.capacity + options.queueLimit;
  return {
    "x-ratelimit-limit-requests": String(places),
    "x-ratelimit-remaining-requests": String(Math.max(0, places - slots.running - slots.waiting))
  };
}

// src/sim/routes.ts
var MAX_MODEL_LEN = 8192;
function createRequestHandler(state) {
  return (req, res) => {
    route(state, req, res).catch((error) => {
      if (!res.headersSent)
        sendJson(res, 500, vllmError(500, "InternalServerError", `Simulator error: ${String(error)}`));
      else res.destroy();
    });
  };
}
async function route(state, req, res) {
  const path = (req.url ?? "/").split("?", 1)[0];
  const key = `${req.method} ${path}`;
  if (key === "GET /health") return sendEmpty(res, 200);
  if (key === "GET /sim/stats") return sendJson(res, 200, state.counters);
  const endpoint = key === "POST /v1/chat/completions" ? "chat" : key === "POST /v1/completions" ? "completions" : null;
  if (endpoint) state.counters[endpoint]++;
  else if (key === "GET /v1/models") state.counters.models++;
  else return sendJson(res, 404, { detail: "Not Found" });
  if (!authorized(state, req) && (endpoint || !state.options.openModelList)) {
    state.counters.unauthorized++;
    return sendJson(res, 401, unauthorized(bearerToken(req)));
  }
  if (!endpoint) return sendJson(res, 200, modelList(state));
  return generation(state, endpoint, req, res);
}
function authorized(state, req) {
  return state.options.apiKey === null || bearerToken(req) === state.options.apiKey;
}
function bearerToken(req) {
  const header = req.headers.authorization;
  if (!header) return null;
  return header.startsWith("Bearer ") ? header.slice("Bearer ".length) : header;
}
function modelList(state) {
  const data = [...state.options.models].map(([id, model]) => ({
    id,
    object: "model",
    created: state.startedS,
    owned_by: "evalwarden-sim",
    root: model.root ?? id,
    parent: null,
    max_model_len: MAX_MODEL_LEN,
    ...model.revision === null ? {} : { revision: model.revision }
  }));
  return { object: "list", data };
}

// src/sim/slots.ts
function createSlots({ capacity, queueLimit, onChange }) {
  let running = 0;
  let waiting = 0;
  let head = null;
  let tail = null;
  const changed = () => onChange?.(running, waiting);
  function run(waiter) {
    waiter.state = "running";
    running++;
    waiter.start();
  }
  function admitWaiters() {
    while (running < capacity && head) {
      const waiter = head;
      head = waiter.next;
      if (!head) tail = null;
      if (waiter.state !== "waiting") continue;
      waiting--;
      run(waiter);
    }
  }
  function release(waiter) {
    if (waiter.state === "running") {
      running--;
      admitWaiters();
    } else if (waiter.state === "waiting") {
      waiting--;
    } else {
      return;
    }
    waiter.state = "done";
    changed();
  }
  return {
    enter(start) {
      const waiter = { start, state: "waiting", next: null };
      const ticket = { release: () => release(waiter) };
      if (running < capacity && !head) {
        run(waiter);
      } else if (waiting >= queueLimit) {
        return null;
      } else {
        waiting++;
        if (tail) tail.next = waiter;
        else head = waiter;
        tail = waiter;
      }
      changed();
      return ticket;
    },
    get running() {
      return running;
    },
    get waiting() {
      return waiting;
    }
  };
}

// src/sim/server.ts
var LISTEN_BACKLOG = 4096;
async function startSim(options) {
  const resolved = resolveSimOptions(options);
  const counters = createCounters();
  const slots = createSlots({
    capacity: resolved.capacity,
    queueLimit: resolved.queueLimit,
    onChange(running, waiting) {
      if (running > counters.maxInFlight) counters.maxInFlight = running;
      if (waiting > counters.maxQueued) counters.maxQueued = waiting;
    }
  });
  const idPrefix = Math.floor(Math.random() * 4294967295).toString(16).padStart(8, "0");
  let requestId = 0;
  const state = {
    options: resolved,
    knowledge: { items: resolved.items, replies: resolved.replies, judge: resolved.judge },
    counters,
    slots,
    random: {
      faults: seededRandom(resolved.seed),
      jitter: seededRandom(resolved.seed ^ 2654435769),
      sampling: seededRandom(resolved.seed ^ 2246822507)
    },
    startedS: Math.floor(Date.now() / 1e3),
    nextId: () => `${idPrefix}${(requestId++).toString(16).padStart(8, "0")}`
  };
  const server = createServer(createRequestHandler(state));
  await new Promise((resolve, reject) => {
    server.once(
      "error",
      (cause) => reject(
        new EvalwardenError(`simulator: cannot listen on ${resolved.host}:${resolved.port}`, {
          cause,
          hint: "pick another port, or 0 for any free one"
        })
      )
    );
    server.listen({ port: resolved.port, host: resolved.host, backlog: LISTEN_BACKLOG }, resolve);
  });
  const { port } = server.address();
  const host = resolved.host.includes(":") ? `[${resolved.host}]` : resolved.host;
  let closing = null;
  const close = () => {
    closing ??= new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return closing;
  };
  return {
    url: `http://${host}:${port}/v1`,
    counters,
    resetCounters: () => resetCounters(counters, slots.running, slots.waiting),
    setJudge: (judge) => {
      state.knowledge.judge = resolveSimJudge(judge);
    },
    setModel: (name, model) => {
      resolved.models.set(name, resolveSimModel(name, model));
    },
    close,
    [Symbol.asyncDispose]: close
  };
}

export {
  startSim
};
