import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  require_dist,
  sha256Hex,
  shortHash
} from "./chunk-IZL4XWKT.js";
import {
  findScorer,
  require_ajv,
  require_equal,
  require_ucs2length,
  scorers,
  withBuiltinFields
} from "./chunk-MZFRBW5I.js";
import {
  ConfigError,
  DataError
} from "./chunk-2UXU3PFN.js";
import {
  __export,
  __toESM
} from "./chunk-QTR7GT5E.js";

// src/config/load.ts
import { readFile as readFile3 } from "node:fs/promises";

// src/data/sample.ts
import { hash } from "node:crypto";
function rank(seed, id) {
  return hash("sha256", `${seed}\0${id}`, "hex");
}
function stratifiedSample(items, size, seed) {
  if (size >= items.length) return items;
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const key = item.category ?? "";
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const quotas = allocate(
    [...groups.entries()].map(([key, group]) => ({ key, count: group.length })),
    size,
    items.length
  );
  const chosen = /* @__PURE__ */ new Set();
  for (const [key, group] of groups) {
    const ranked = group.map((item) => ({ item, rank: rank(seed, item.id) })).sort((a, b) => a.rank < b.rank ? -1 : 1);
    ranked.slice(0, quotas.get(key) ?? 0).forEach(({ item }) => chosen.add(item));
  }
  return items.filter((item) => chosen.has(item));
}
function allocate(groups, size, total) {
  const exact2 = groups.map((g) => ({ ...g, share: size * g.count / total }));
  const quotas = new Map(exact2.map((g) => [g.key, Math.floor(g.share)]));
  if (size >= groups.length) {
    for (const g of exact2) if (quotas.get(g.key) === 0) quotas.set(g.key, 1);
  }
  let left = size - [...quotas.values()].reduce((a, b) => a + b, 0);
  const byRemainder = [...exact2].sort(
    (a, b) => b.share - Math.floor(b.share) - (a.share - Math.floor(a.share)) || (a.key < b.key ? -1 : 1)
  );
  for (const g of byRemainder) {
    if (left <= 0) break;
    if ((quotas.get(g.key) ?? 0) < g.count) {
      quotas.set(g.key, (quotas.get(g.key) ?? 0) + 1);
      left--;
    }
  }
  const bySize = [...exact2].sort((a, b) => (quotas.get(b.key) ?? 0) - (quotas.get(a.key) ?? 0));
  for (let i = 0; left < 0 && i < bySize.length * size; i++) {
    const g = bySize[i % bySize.length];
    if ((quotas.get(g.key) ?? 0) > 1) {
      quotas.set(g.key, (quotas.get(g.key) ?? 0) - 1);
      left++;
    }
  }
  return quotas;
}
function sequentialOrder(items, first, seed) {
  const ranked = items.map((item) => ({ item, rank: rank(seed, item.id) })).sort((a, b) => a.rank < b.rank ? -1 : 1);
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const key = item.category ?? "";
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { ranked: [], next: 0, count: 1 });
  }
  for (const { item } of ranked) groups.get(item.category ?? "")?.ranked.push(item);
  const size = Math.min(first, items.length);
  const quotas = size < items.length ? allocate(
    [...groups].map(([key, group]) => ({ key, count: group.count })),
    size,
    items.length
  ) : null;
  for (const [key, group] of groups) group.next = quotas ? quotas.get(key) ?? 0 : group.count;
  const seen = /* @__PURE__ */ new Map();
  const order = [];
  for (const { item } of ranked) {
    const key = item.category ?? "";
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    if (k < (groups.get(key)?.next ?? 0)) order.push(item);
  }
  while (order.length < items.length) {
    const size2 = order.length + 1;
    let best = null;
    let bestDeficit = -Infinity;
    for (const group of groups.values()) {
      if (group.next >= group.ranked.length) continue;
      const deficit = size2 * group.count / items.length - group.next;
      if (deficit > bestDeficit) {
        bestDeficit = deficit;
        best = group;
      }
    }
    if (!best) break;
    order.push(best.ranked[best.next++]);
  }
  return order;
}

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

// src/data/dataset-url.ts
function resolveDatasetUrl(url) {
  const hf = /^hf:\/\/datasets\/([^/]+)\/([^/]+)\/(.+?)(?:@([^@/]+))?$/.exec(url);
  if (!hf) return url;
  const [, owner, name, file, revision = "main"] = hf;
  return `https://huggingface.co/datasets/${owner}/${name}/resolve/${encodeURIComponent(revision)}/${file.split("/").map(encodeURIComponent).join("/")}`;
}

// src/data/remote.ts
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
async function fetchPinnedDataset(options) {
  const ext = path.extname(new URL(options.url).pathname) || ".data";
  const target = path.join(options.cacheDir, "datasets", `${options.sha256}${ext}`);
  try {
    const cached = await readFile(target);
    if (sha256Hex(cached) === options.sha256) return target;
  } catch {
  }
  const hint = offlineHint(options.url, target);
  const response = await (options.fetch ?? fetch)(options.url).catch((cause) => {
    throw new DataError(
      { file: options.where },
      `cannot download ${options.url}: ${cause.message}`,
      { cause, hint }
    );
  });
  if (!response.ok)
    throw new DataError({ file: options.where }, `cannot download ${options.url}: HTTP ${response.status}`, {
      hint
    });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const actual = sha256Hex(bytes);
  if (actual !== options.sha256) {
    throw new DataError(
      { file: options.where },
      `${options.url} has SHA-256 ${actual}, not the pinned ${options.sha256}`,
      {
        hint: "the file changed upstream: check it, then update dataset.sha256"
      }
    );
  }
  await mkdir(path.dirname(target), { recursive: true });
  const partial = `${target}.${process.pid}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, target);
  return target;
}
function offlineHint(url, target) {
  const name = path.basename(new URL(url).pathname) || "dataset.jsonl";
  return `offline? put the file where the cache expects it, ${target} (checked against the pinned SHA-256), or save it in the repository and point the task at it: dataset: { path: data/${name} }`;
}

// src/data/read.ts
import { readFile as readFile2 } from "node:fs/promises";
import path2 from "node:path";

// node_modules/csv-parse/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value) ? value.toString(options.encoding) : value == null ? value : JSON.parse(JSON.stringify(value));
      }
    }
  }
};

// node_modules/csv-parse/lib/utils/is_object.js
var is_object = function(obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};

// node_modules/csv-parse/lib/api/normalize_columns_array.js
var normalize_columns_array = function(columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === void 0 || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal"
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`
      ]);
    }
  }
  return normalizedColumns;
};

// node_modules/csv-parse/lib/utils/ResizeableBuffer.js
var ResizeableBuffer = class {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.toString(encoding, 0, this.length);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
};
var ResizeableBuffer_default = ResizeableBuffer;

// node_modules/csv-parse/lib/api/init_state.js
var init_state = function(options) {
  const timchars = [
    // Basic Latin
    32,
    // [Space](https://www.fileformat.info/info/unicode/char/0020/index.htm)
    9,
    // [CHARACTER TABULATION (HT)](https://www.fileformat.info/info/unicode/char/0009/index.htm)
    10,
    // [LINE FEED (LF)](https://www.fileformat.info/info/unicode/char/000a/index.htm)
    13,
    // [CARRIAGE RETURN (CR)](https://www.fileformat.info/info/unicode/char/000d/index.htm)
    12,
    // [FORM FEED (FF)](https://www.fileformat.info/info/unicode/char/000c/index.htm)
    11,
    // [LINE TABULATION (VT)](https://www.fileformat.info/info/unicode/char/000b/index.htm)
    // Latin-1 Supplement
    160,
    // [NO-BREAK SPACE (NBSP)](https://www.fileformat.info/info/unicode/char/00a0/index.htm)
    // Ogham
    5760,
    // [OGHAM SPACE MARK](https://www.fileformat.info/info/unicode/char/1680/index.htm)
    // General Punctuation
    8192,
    // [EN QUAD](https://www.fileformat.info/info/unicode/char/2000/index.htm)
    8193,
    // [EM QUAD](https://www.fileformat.info/info/unicode/char/2001/index.htm)
    8194,
    // [EN SPACE](https://www.fileformat.info/info/unicode/char/2002/index.htm)
    8195,
    // [EM SPACE](https://www.fileformat.info/info/unicode/char/2003/index.htm)
    8196,
    // [THREE-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2004/index.htm)
    8197,
    // [FOUR-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2005/index.htm)
    8198,
    // [SIX-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2006/index.htm)
    8199,
    // [FIGURE SPACE](https://www.fileformat.info/info/unicode/char/2007/index.htm)
    8200,
    // [PUNCTUATION SPACE](https://www.fileformat.info/info/unicode/char/2008/index.htm)
    8201,
    // [THIN SPACE](https://www.fileformat.info/info/unicode/char/2009/index.htm)
    8202,
    // [HAIR SPACE](https://www.fileformat.info/info/unicode/char/200a/index.htm)
    8232,
    // [LINE SEPARATOR](https://www.fileformat.info/info/unicode/char/2028/index.htm)
    8233,
    // [PARAGRAPH SEPARATOR](https://www.fileformat.info/info/unicode/char/2029/index.htm)
    8239,
    // [NARROW NO-BREAK SPACE (NNBSP)](https://www.fileformat.info/info/unicode/char/202f/index.htm)
    8287,
    // [MEDIUM MATHEMATICAL SPACE (MMSP)](https://www.fileformat.info/info/unicode/char/205f/index.htm)
    12288,
    // [IDEOGRAPHIC SPACE](https://www.fileformat.info/info/unicode/char/3000/index.htm)
    65279
    // [ZERO WIDTH NO-BREAK SPACE (BOM)](https://www.fileformat.info/info/unicode/char/feff/index.htm)
  ].reduce((acc, codepoint) => {
    const encoded = Buffer.from(
      String.fromCharCode(codepoint),
      options.encoding
    );
    if (codepoint !== 63 && encoded.length === 1 && encoded[0] === 63) {
      return acc;
    }
    acc.push(encoded);
    return acc;
  }, []);
  const timcharFirstBytes = new Uint8Array(256);
  for (const t of timchars) timcharFirstBytes[t[0]] = 1;
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    delimiterBufPrevious: void 0,
    delimiterDiscovered: false,
    // Current error encountered by a record
    error: void 0,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote: Buffer.isBuffer(options.escape) && Buffer.isBuffer(options.quote) && Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns) ? options.columns.length : void 0,
    field: new ResizeableBuffer_default(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      ...options.delimiter ? options.delimiter.map((delimiter) => delimiter.length) : [],
      // Auto discovery of delimiter is limited to 1 character
      options.delimiter_auto ? 1 : 0,
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
      ...timchars.map((t) => t.length)
    ),
    previousBuf: void 0,
    quoting: false,
    stop: false,
    rawBuffer: new ResizeableBuffer_default(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength: options.record_delimiter.length === 0 ? 0 : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("	", options.encoding)[0]
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars,
    timcharFirstBytes
  };
};

// node_modules/csv-parse/lib/utils/underscore.js
var underscore = function(str) {
  return str.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};

// node_modules/csv-parse/lib/api/normalize_options.js
var normalize_options = function(opts) {
  const options = {};
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  if (options.encoding === void 0 || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (typeof options.encoding !== "string" && options.encoding !== null) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`
      ],
      options
    );
  }
  if (options.bom === void 0 || options.bom === null || options.bom === false) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`
      ],
      options
    );
  }
  options.cast_function = null;
  if (options.cast === void 0 || options.cast === null || options.cast === false || options.cast === "") {
    options.cast = void 0;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`
      ],
      options
    );
  }
  if (options.cast_date === void 0 || options.cast_date === null || options.cast_date === false || options.cast_date === "") {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function(value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`
      ],
      options
    );
  }
  options.cast_first_line_to_header = void 0;
  if (options.columns === true) {
    options.cast_first_line_to_header = void 0;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (options.columns === void 0 || options.columns === null || options.columns === false) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`
      ],
      options
    );
  }
  if (options.group_columns_by_name === void 0 || options.group_columns_by_name === null || options.group_columns_by_name === false) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`
      ],
      options
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated."
      ],
      options
    );
  }
  if (options.comment === void 0 || options.comment === null || options.comment === false || options.comment === "") {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`
        ],
        options
      );
    }
  }
  if (options.comment_no_infix === void 0 || options.comment_no_infix === null || options.comment_no_infix === false) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`
      ],
      options
    );
  }
  if (options.delimiter_auto === void 0 || options.delimiter_auto === null || options.delimiter_auto === false) {
    options.delimiter_auto = false;
  } else if (options.delimiter_auto === true) {
    options.delimiter_auto = {};
  } else if (!is_object(options.delimiter_auto)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER_AUTO",
      [
        "Invalid option delimiter_auto:",
        "delimiter_auto must be a boolean or a configuration object,",
        `got ${JSON.stringify(options.delimiter_auto)}`
      ],
      options
    );
  }
  if (options.delimiter_auto) {
    if (options.delimiter_auto.preferred === void 0)
      options.delimiter_auto.preferred = {
        [",".charCodeAt(0)]: 1.8,
        ["	".charCodeAt(0)]: 1.8,
        [";".charCodeAt(0)]: 1.6,
        [" ".charCodeAt(0)]: 1.6,
        [":".charCodeAt(0)]: 1.5,
        [".".charCodeAt(0)]: 1.4,
        ["/".charCodeAt(0)]: 1.4
      };
    else if (!is_object(options.delimiter_auto.preferred)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "preferred must be an object,",
          `got ${JSON.stringify(options.delimiter_auto.preferred)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.score === void 0)
      options.delimiter_auto.score = (info, options2) => {
        return (info.total - info.std) * (options2.preferred[info.char_code] || 1);
      };
    else if (typeof options.delimiter_auto.score !== "function") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "score must be a function,",
          `got ${JSON.stringify(options.delimiter_auto.score)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.size === void 0)
      options.delimiter_auto.size = 2048;
    else if (typeof options.delimiter_auto.size !== "number") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "size must be a number,",
          `got ${JSON.stringify(options.delimiter_auto.size)}`
        ],
        options
      );
    }
  }
  const delimiter_json = JSON.stringify(options.delimiter);
  if (options.delimiter_auto !== false) {
    options.delimiter = [];
  }
  if (!Array.isArray(options.delimiter)) {
    if (options.delimiter === void 0 || options.delimiter === null || options.delimiter === false) {
      options.delimiter = Buffer.from(",", options.encoding);
    }
    options.delimiter = [options.delimiter];
  }
  options.delimiter = options.delimiter.map(function(delimiter) {
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`
        ],
        options
      );
    }
    return delimiter;
  });
  if (options.escape === void 0 || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`
      );
    }
  }
  if (options.from === void 0 || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`
      );
    }
  }
  if (options.from_line === void 0 || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (typeof options.from_line === "string" && /\d+/.test(options.from_line)) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`
      );
    }
  }
  if (options.ignore_last_delimiters === void 0 || options.ignore_last_delimiters === null) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`
      ],
      options
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option"
      ],
      options
    );
  }
  if (options.info === void 0 || options.info === null || options.info === false) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`
    );
  }
  if (options.max_record_size === void 0 || options.max_record_size === null || options.max_record_size === false) {
    options.max_record_size = 0;
  } else if (Number.isInteger(options.max_record_size) && options.max_record_size >= 0) {
  } else if (typeof options.max_record_size === "string" && /\d+/.test(options.max_record_size)) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`
    );
  }
  if (options.objname === void 0 || options.objname === null || options.objname === false) {
    options.objname = void 0;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
  } else if (typeof options.objname === "number") {
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`
    );
  }
  if (options.objname !== void 0) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field"
        );
      }
    } else {
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index"
        );
      }
    }
  }
  if (options.on_record === void 0 || options.on_record === null) {
    options.on_record = void 0;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`
      ],
      options
    );
  }
  if (options.on_skip !== void 0 && options.on_skip !== null && typeof options.on_skip !== "function") {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`
    );
  }
  if (options.quote === null || options.quote === false || options.quote === "") {
    options.quote = null;
  } else {
    if (options.quote === void 0 || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`
      );
    }
  }
  if (options.raw === void 0 || options.raw === null || options.raw === false) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`
    );
  }
  if (options.record_delimiter === void 0) {
    options.record_delimiter = [];
  } else if (typeof options.record_delimiter === "string" || Buffer.isBuffer(options.record_delimiter)) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`
        ],
        options
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`
      ],
      options
    );
  }
  options.record_delimiter = options.record_delimiter.map(function(rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  if (typeof options.relax_column_count === "boolean") {
  } else if (options.relax_column_count === void 0 || options.relax_column_count === null) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
  } else if (options.relax_column_count_less === void 0 || options.relax_column_count_less === null) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
  } else if (options.relax_column_count_more === void 0 || options.relax_column_count_more === null) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`
    );
  }
  if (typeof options.relax_quotes === "boolean") {
  } else if (options.relax_quotes === void 0 || options.relax_quotes === null) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`
    );
  }
  if (typeof options.skip_empty_lines === "boolean") {
  } else if (options.skip_empty_lines === void 0 || options.skip_empty_lines === null) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`
    );
  }
  if (typeof options.skip_records_with_empty_values === "boolean") {
  } else if (options.skip_records_with_empty_values === void 0 || options.skip_records_with_empty_values === null) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`
    );
  }
  if (typeof options.skip_records_with_error === "boolean") {
  } else if (options.skip_records_with_error === void 0 || options.skip_records_with_error === null) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`
    );
  }
  if (options.rtrim === void 0 || options.rtrim === null || options.rtrim === false) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`
    );
  }
  if (options.ltrim === void 0 || options.ltrim === null || options.ltrim === false) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`
    );
  }
  if (options.trim === void 0 || options.trim === null || options.trim === false) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`
    );
  }
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  if (options.to === void 0 || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`
      );
    }
  }
  if (options.to_line === void 0 || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`
      );
    }
  }
  return options;
};

// node_modules/csv-parse/lib/utils/delimiter_discover.js
var delimiter_discover = function(records, options) {
  if (!options) {
    ({ delimiter_auto: options } = normalize_options({ delimiter_auto: true }));
  }
  if (typeof records === "string") {
    records = Buffer.from(records);
  }
  if (Buffer.isBuffer(records)) {
    records = ((data) => {
      const records2 = [];
      const parser = transform({ delimiter: [] });
      const push = (record) => records2.push(record);
      const close = () => {
      };
      const error = parser.parse(data, true, push, close);
      if (error !== void 0) throw error;
      return records2;
    })(records);
  }
  const info = Array(127).fill().map(() => ({ lines: [] }));
  records.map(([record], line) => {
    for (let i = 0, l = record.length; i < l; i++) {
      const code = record.charCodeAt(i);
      if (info[code].lines[line] === void 0) info[code].lines[line] = 0;
      info[code].lines[line]++;
    }
  });
  info.map((info2, i) => {
    info2.char_code = i;
    info2.std = std(info2.lines);
    info2.total = info2.lines.reduce((acc, val) => acc + val, 0);
    info2.preferred = !!options.preferred[i];
    info2.score = options.score(info2, options);
  });
  const result = info.reduce(
    (acc, info2) => acc.score > info2.score ? acc : info2,
    {}
  );
  return String.fromCharCode(result.char_code);
};
var std = function(array) {
  const n = array.length;
  if (n === 0) return 0;
  const mean = array.reduce((a, b) => a + b) / n;
  return Math.sqrt(
    array.map((x) => Math.pow(x - mean, 2)).reduce((a, b) => a + b) / n
  );
};

// node_modules/csv-parse/lib/api/index.js
var isRecordEmpty = function(record) {
  return record.every(
    (field) => field == null || field.toString && field.toString().trim() === ""
  );
};
var cr = 13;
var nl = 10;
var boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254])
};
var transform = function(original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0
  };
  const options = normalize_options(original_options);
  return {
    info,
    original_options,
    options,
    state: init_state(options),
    __needMoreData: function(i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } = this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0 ? Buffer.from("\r\n", encoding).length : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function(nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        delimiter_auto,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const {
        bomSkipped,
        delimiterDiscovered,
        delimiterBufPrevious,
        rawBuffer,
        escapeIsQuote
      } = this.state;
      if (!delimiterDiscovered && delimiter_auto) {
        let delimiterBuf;
        if (delimiterBufPrevious === void 0) {
          delimiterBuf = nextBuf;
        } else if (delimiterBufPrevious !== void 0 && nextBuf === void 0) {
          delimiterBuf = delimiterBufPrevious;
        } else {
          delimiterBuf = Buffer.concat([delimiterBufPrevious, nextBuf]);
        }
        nextBuf = void 0;
        if (end || delimiterBuf.length > delimiter_auto.size) {
          this.options.delimiter = [
            Buffer.from(
              delimiter_discover(delimiterBuf, this.options.delimiter_auto)
            )
          ];
          this.state.previousBuf = delimiterBuf;
          this.state.delimiterBufPrevious = void 0;
          this.state.delimiterDiscovered = true;
        } else {
          this.state.delimiterBufPrevious = delimiterBuf;
          return;
        }
      }
      const { previousBuf } = this.state;
      let buf;
      if (previousBuf === void 0) {
        if (nextBuf === void 0) {
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== void 0 && nextBuf === void 0) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          if (end === false) {
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding2 in boms) {
            if (boms[encoding2].compare(buf, 0, boms[encoding2].length) === 0) {
              const bomLength = boms[encoding2].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              const options2 = normalize_options({
                ...this.original_options,
                encoding: encoding2
              });
              for (const key in options2) {
                this.options[key] = options2[key];
              }
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if ((chr === cr || chr === nl) && this.state.wasRowDelimiter === false) {
          this.state.wasRowDelimiter = true;
        }
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          if (escape !== null && this.state.quoting === true && this.__isEscape(buf, pos, chr) && pos + escape.length < bufLen) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr
              );
              const isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              if (escape !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape.length)) {
                pos += escape.length - 1;
              } else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment"
                    ],
                    this.options,
                    this.__infoField()
                  )
                );
                if (err !== void 0) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                if (relax_quotes === false) {
                  const info2 = this.__infoField();
                  const bom2 = Object.keys(boms).map(
                    (b) => boms[b].equals(this.state.field.toString()) ? b : false
                  ).filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info2.column)} at line ${info2.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom2 ? `(${bom2} bom)` : void 0
                      ],
                      this.options,
                      info2,
                      {
                        field: this.state.field
                      }
                    )
                  );
                  if (err !== void 0) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos
            );
            if (recordDelimiterLength !== 0) {
              const skipCommentLine = this.state.commenting && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
              } else {
                if (this.state.enabled === false && this.info.lines + (this.state.wasRowDelimiter === true ? 1 : 0) >= from_line) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                if (skip_empty_lines === true && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== void 0) return errField;
                this.info.bytes = this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== void 0) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (comment !== null && (comment_no_infix === false || this.state.record.length === 0 && this.state.field.length === 0)) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== void 0) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (max_record_size !== 0 && this.state.record_length + this.state.field.length > max_record_size) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`
                ],
                this.options,
                this.__infoField()
              )
            );
          }
        }
        const lappend = ltrim === false || this.state.quoting === true || this.state.field.length !== 0 || !this.__isCharTrimable(buf, pos);
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
          if (err !== void 0) return err;
        } else {
          if (this.state.wasQuoting === true || this.state.record.length !== 0 || this.state.field.length !== 0) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== void 0) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== void 0) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function(push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info: info2,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err = columns === false ? new CsvError(
          "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
          [
            "Invalid Record Length:",
            `expect ${this.state.expectedRecordLength},`,
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        ) : new CsvError(
          "CSV_RECORD_INCONSISTENT_COLUMNS",
          [
            "Invalid Record Length:",
            `columns length is ${columns.length},`,
            // rename columns
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        );
        if (relax_column_count === true || relax_column_count_less === true && recordLength < this.state.expectedRecordLength || relax_column_count_more === true && recordLength > this.state.expectedRecordLength) {
          this.info.invalid_field_length++;
          this.state.error = err;
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        if (columns !== false) {
          const obj = {};
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === void 0 || columns[i].disabled) continue;
            if (group_columns_by_name === true && Object.hasOwn(obj, columns[i].name)) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              Object.defineProperty(obj, columns[i].name, {
                value: record[i],
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
          }
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [obj[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? obj : [obj[objname], obj],
              push
            );
            if (err) {
              return err;
            }
          }
        } else {
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [record[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? record : [record[objname], record],
              push
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function(record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers = firstLineToHeaders === void 0 ? record : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`
              ],
              this.options,
              this.__infoField(),
              {
                headers
              }
            )
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function() {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = void 0;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function() {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== void 0) return err;
        field = f;
      }
      this.state.record.push(field);
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function() {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function(record, push) {
      const { on_record } = this.options;
      if (on_record !== void 0) {
        const info2 = this.__infoRecord();
        try {
          record = on_record.call(null, record, info2);
        } catch (err) {
          return err;
        }
        if (record === void 0 || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function(field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      if (isColumns === true && relax_column_count && this.options.columns.length <= this.state.record.length) {
        return [void 0, void 0];
      }
      if (this.state.castField !== null) {
        try {
          const info2 = this.__infoField();
          return [void 0, this.state.castField.call(null, field, info2)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [void 0, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info2 = this.__infoField();
        return [void 0, this.options.cast_date.call(null, field, info2)];
      }
      return [void 0, field];
    },
    __compareBytes: function(sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    // Helper to test if a character is trimable
    __isCharTrimable: function(buf, pos) {
      const { timchars, timcharFirstBytes } = this.state;
      const first = buf[pos];
      if (first === void 0 || timcharFirstBytes[first] === 0) return 0;
      loop1: for (let i = 0; i < timchars.length; i++) {
        const timchar = timchars[i];
        for (let j = 0; j < timchar.length; j++) {
          if (timchar[j] !== buf[pos + j]) continue loop1;
        }
        return timchar.length;
      }
      return 0;
    },
    __isDelimiter: function(buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (ignore_last_delimiters === true && this.state.record.length === this.options.columns.length - 1) {
        return 0;
      } else if (ignore_last_delimiters !== false && typeof ignore_last_delimiters === "number" && this.state.record.length === ignore_last_delimiters - 1) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isEscape: function(buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isFloat: function(value) {
      return value - parseFloat(value) + 1 >= 0;
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isQuote: function(buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __isRecordDelimiter: function(chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __autoDiscoverRecordDelimiter: function(buf, pos) {
      const { encoding } = this.options;
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding)
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function(msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== void 0) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : void 0
            );
          } catch (err2) {
            return err2;
          }
        }
        return void 0;
      } else {
        return err;
      }
    },
    __infoDataSet: function() {
      return {
        ...this.info,
        columns: this.options.columns
      };
    },
    __infoRecord: function() {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : void 0
      };
    },
    __infoField: function() {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records,
        column: isColumns === true ? columns.length > this.state.record.length ? columns[this.state.record.length].name : null : this.state.record.length,
        quoting: this.state.wasQuoting
      };
    }
  };
};

// node_modules/csv-parse/lib/sync.js
var parse = function(data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? /* @__PURE__ */ Object.create(null) : [];
  const parser = transform(opts);
  const push = (record) => {
    if (parser.options.objname === void 0) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {
  };
  const error = parser.parse(data, true, push, close);
  if (error !== void 0) throw error;
  return records;
};

// src/data/read.ts
var import_yaml = __toESM(require_dist(), 1);
function formatOf(file, declared) {
  if (declared) return declared;
  const ext = path2.extname(file).toLowerCase();
  if (ext === ".jsonl" || ext === ".ndjson") return "jsonl";
  if (ext === ".csv") return "csv";
  if (ext === ".yaml" || ext === ".yml") return "yaml";
  if (ext === ".json") return "json";
  throw new DataError({ file }, `cannot tell the dataset format from "${ext}"`, {
    hint: "set dataset.format: jsonl | csv | yaml | json"
  });
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function readJsonl(file, text) {
  const rows = [];
  text.split("\n").forEach((raw, i) => {
    const lineText = raw.trim();
    if (lineText === "") return;
    let data;
    try {
      data = JSON.parse(lineText);
    } catch (cause) {
      throw new DataError({ file, line: i + 1 }, `invalid JSON: ${cause.message}`, { cause });
    }
    if (!isRecord(data)) throw new DataError({ file, line: i + 1 }, "each line must be a JSON object");
    rows.push({ line: i + 1, data });
  });
  return rows;
}
function readCsv(file, text) {
  try {
    const records = parse(text, {
      columns: (header) => uniqueHeader(file, header),
      skip_empty_lines: true,
      bom: true,
      info: true
    });
    return records.map(({ record, info }) => ({ line: info.lines, data: record }));
  } catch (cause) {
    if (cause instanceof DataError) throw cause;
    const line = cause.lines;
    throw new DataError({ file, line }, `invalid CSV: ${cause.message}`, { cause });
  }
}
function uniqueHeader(file, header) {
  const seen = /* @__PURE__ */ new Set();
  for (const name of header) {
    if (seen.has(name))
      throw new DataError({ file, line: 1 }, `the CSV header names the column "${name}" twice`, {
        hint: "rename one of the columns: only one of them could be read"
      });
    seen.add(name);
  }
  return header;
}
function readYaml(file, text) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines });
  const error = doc.errors[0];
  if (error)
    throw new DataError(
      { file, line: error.linePos?.[0].line, col: error.linePos?.[0].col },
      `invalid YAML: ${error.message.split("\n")[0]}`
    );
  const root = doc.contents;
  if (!(0, import_yaml.isSeq)(root)) throw new DataError({ file, line: 1 }, "a YAML dataset must be a list of rows");
  return root.items.map((item, i) => {
    const line = (0, import_yaml.isMap)(item) && item.range ? lines.linePos(item.range[0]).line : void 0;
    const data = item.toJSON?.() ?? item;
    if (!isRecord(data)) throw new DataError({ file, line }, `row ${i + 1} must be a mapping of fields`);
    return { line: line ?? i + 1, data };
  });
}
function readJson(file, text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new DataError({ file }, `invalid JSON: ${cause.message}`, { cause });
  }
  if (!Array.isArray(data)) throw new DataError({ file, line: 1 }, "a JSON dataset must be an array of rows");
  return data.map((row, i) => {
    if (!isRecord(row)) throw new DataError({ file }, `row ${i + 1} must be an object`);
    return { line: i + 1, data: row };
  });
}
async function readDataset(file, format, displayName = file) {
  let bytes;
  try {
    bytes = await readFile2(file);
  } catch (cause) {
    throw new DataError({ file: displayName }, "cannot read the dataset file", {
      cause,
      hint: "dataset paths are relative to the config file"
    });
  }
  const decoded = decodeUtf8(bytes);
  if (!("text" in decoded))
    throw new DataError(
      { file: displayName, line: decoded.line, col: decoded.col },
      "the dataset is not UTF-8 text (a byte here is not valid UTF-8)",
      { hint: "convert it, e.g. iconv -f LATIN1 -t UTF-8 file > file.utf8" }
    );
  const text = decoded.text;
  const readers = { jsonl: readJsonl, csv: readCsv, yaml: readYaml, json: readJson };
  const rows = readers[formatOf(file, format)](displayName, text);
  if (rows.length === 0) throw new DataError({ file: displayName }, "the dataset has no rows");
  return { rows, bytes };
}

// src/config/load.ts
var import_ajv = __toESM(require_ajv(), 1);
import path3 from "node:path";

// src/config/config-validator.generated.js
var __runtime_0_ns = __toESM(require_ucs2length(), 1);
var __runtime_1_ns = __toESM(require_equal(), 1);
var __runtime_0 = { default: typeof __runtime_0_ns.default === "function" ? __runtime_0_ns.default : __runtime_0_ns.default.default };
var __runtime_1 = { default: typeof __runtime_1_ns.default === "function" ? __runtime_1_ns.default : __runtime_1_ns.default.default };
var validate = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://evalwarden.dev/schemas/config.schema.json", "title": "evalwarden.yml", "description": "What to evaluate, on which models, and what fails the job.", "type": "object", "additionalProperties": false, "required": ["models", "tasks"], "properties": { "version": { "const": 1, "default": 1, "description": "Config format version." }, "models": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/model" } }, "tasks": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/task" } }, "suites": { "type": "object", "description": "Named collections of tasks. `quick` and `full` exist even when not written: full = every task, quick = every task at its quick_size.", "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" }, "additionalProperties": { "$ref": "#/definitions/suite" }, "default": {} }, "run": { "$ref": "#/definitions/run", "default": {} }, "gate": { "$ref": "#/definitions/gate", "default": {} }, "judge": { "$ref": "#/definitions/judge" }, "publish": { "$ref": "#/definitions/publish", "default": {} } }, "definitions": { "id": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", "description": "Letters, digits, '.', '_' and '-'; it becomes part of file names." }, "model": { "type": "object", "additionalProperties": false, "required": ["id", "base_url", "model"], "properties": { "id": { "$ref": "#/definitions/id", "description": "The model's name in this config; runs are matched on it." }, "provider": { "enum": ["openai-compatible", "openai"], "default": "openai-compatible" }, "base_url": { "type": "string", "pattern": "^https?://", "description": "e.g. http://127.0.0.1:8000/v1 for vLLM." }, "model": { "type": "string", "minLength": 1, "description": "The served model name (what /v1/models lists)." }, "api_key_env": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "description": "Name of the environment variable that holds the API key. Keys are never written in the config." }, "role": { "enum": ["candidate", "reference", "training"], "default": "candidate" }, "step": { "type": "integer", "minimum": 0, "description": "Training step of a checkpoint (role: training)." }, "revision": { "type": "string", "minLength": 1, "description": "What vouches for the weights behind the served name (a checkpoint digest, a commit, a hosted model's dated snapshot; ${VAR} works). It keys the response cache: cached replies are reused without canaries, sampled ones too." }, "params": { "$ref": "#/definitions/params", "default": {} }, "system": { "type": "string", "description": "System prompt for every task that has none of its own." }, "api": { "enum": ["chat", "completions"], "default": "chat" }, "price": { "type": "object", "additionalProperties": false, "properties": { "input_per_mtok": { "type": "number", "minimum": 0, "default": 0 }, "output_per_mtok": { "type": "number", "minimum": 0, "default": 0 } }, "default": {} } } }, "params": { "type": "object", "additionalProperties": false, "properties": { "temperature": { "type": "number", "minimum": 0, "maximum": 2 }, "top_p": { "type": "number", "exclusiveMinimum": 0, "maximum": 1 }, "max_tokens": { "type": "integer", "minimum": 1 }, "seed": { "type": "integer" }, "stop": { "type": "array", "items": { "type": "string" }, "maxItems": 4 }, "extra_body": { "type": "object", "description": "Sent as is (e.g. vLLM's top_k)." } } }, "dataset": { "type": "object", "additionalProperties": false, "properties": { "path": { "type": "string", "minLength": 1, "description": "Relative to the config file." }, "url": { "type": "string", "pattern": "^(https?://|hf://datasets/)", "description": "Downloaded once into the cache and verified against sha256: an http(s) URL, or hf://datasets/OWNER/NAME/PATH@REVISION for a Hugging Face dataset file." }, "sha256": { "type": "string", "pattern": "^[a-f0-9]{64}$" }, "format": { "enum": ["jsonl", "csv", "yaml", "json"] } }, "oneOf": [{ "required": ["path"], "not": { "required": ["url"] } }, { "required": ["url", "sha256"], "not": { "required": ["path"] } }] }, "fields": { "type": "object", "additionalProperties": false, "properties": { "id": { "type": "string", "default": "id" }, "input": { "type": "string", "default": "input" }, "target": { "type": "string", "default": "target" }, "category": { "type": "string", "default": "category" }, "cluster": { "type": "string", "default": "cluster" } } }, "scorer": { "type": "object", "required": ["type"], "properties": { "type": { "type": "string" } } }, "task": { "type": "object", "additionalProperties": false, "required": ["id"], "properties": { "id": { "$ref": "#/definitions/id" }, "builtin": { "enum": ["gsm8k", "ifeval", "golden-math", "golden-reasoning", "golden-coding", "golden-hallucination", "golden-rag", "golden-instruction-following", "golden-safety"], "description": "Use a built-in task definition; fields written here override it." }, "description": { "type": "string" }, "dataset": { "$ref": "#/definitions/dataset" }, "fields": { "$ref": "#/definitions/fields", "default": {} }, "prompt": { "type": "string", "minLength": 1, "description": "Template; {{field}} is replaced by the row's field." }, "system": { "type": "string" }, "scorer": { "oneOf": [{ "type": "string" }, { "$ref": "#/definitions/scorer" }] }, "primary_metric": { "type": "string" }, "samples": { "type": "integer", "minimum": 1, "maximum": 64, "default": 1, "description": "mean@N: samples per item." }, "weight": { "type": "number", "exclusiveMinimum": 0, "default": 1 }, "quick_size": { "type": "integer", "minimum": 1, "description": "Items in the quick suite (stratified by category)." }, "category": { "type": "string", "minLength": 1, "description": "The task's category on the dashboard (its heatmap groups tasks by it), e.g. math or safety. Not the per-item fields.category slices." }, "gate": { "$ref": "#/definitions/taskGate" } } }, "suite": { "type": "object", "additionalProperties": false, "properties": { "description": { "type": "string" }, "tasks": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/id" }, "description": "Task ids; all tasks when left out." }, "size": { "description": "`all`, `quick` (each task's quick_size, else default_quick_size) or a number of items per task.", "oneOf": [{ "enum": ["all", "quick"] }, { "type": "integer", "minimum": 1 }], "default": "all" }, "sequential": { "description": "Gate this suite in looks: each task's items in a fixed seeded stratified order, compared after growing prefixes; a task stops when its answer is clear (docs/gate.md).", "type": "boolean", "default": false }, "looks": { "description": "Items per task at each look of a sequential suite, increasing; the task's full set is always the last look. The first is the quick draw.", "type": "array", "minItems": 1, "items": { "type": "integer", "minimum": 1 }, "default": [50, 100, 150, 200, 300] }, "design_drop": { "description": "The drop a sequential suite is powered for: a task stops for futility once this drop is ruled out (its \u03B2-spending upper bound below it, and conditional power below futility_power).", "type": "number", "exclusiveMinimum": 0, "maximum": 1, "default": 0.06 }, "futility_power": { "description": "A sequential task stops for futility only when its conditional power for design_drop is below this (and its \u03B2-spending bound rules design_drop out).", "type": "number", "minimum": 0, "maximum": 1, "default": 0.3 }, "futility_spend": { "description": "\u03B2 spent on futility across a sequential suite's interim looks: a task whose true drop is design_drop stops for futility with probability at most this. With futility_power, the power lost to futility stops is at most about futility_power \xD7 futility_spend.", "type": "number", "minimum": 0, "maximum": 1, "default": 0.1 } } }, "run": { "type": "object", "additionalProperties": false, "properties": { "concurrency": { "description": "Requests in flight per endpoint: a number, or `auto` to find the server's capacity.", "oneOf": [{ "const": "auto" }, { "type": "integer", "minimum": 1, "maximum": 4096 }], "default": "auto" }, "rps": { "type": "number", "exclusiveMinimum": 0, "description": "Global limit of requests started per second." }, "timeout_ms": { "type": "integer", "minimum": 100, "default": 12e4 }, "max_retries": { "type": "integer", "minimum": 0, "maximum": 20, "default": 6 }, "max_cost": { "type": "number", "exclusiveMinimum": 0, "description": "Budget in the price unit: no call starts once reached." }, "seed": { "type": "integer", "default": 0, "description": "Seed for item sampling." }, "default_quick_size": { "type": "integer", "minimum": 1, "default": 50 }, "score_timeout_ms": { "description": "Scoring deadline per item: an item whose scorer runs longer (a regex or JSON Schema pattern that backtracks catastrophically on an output) is a scorer_timeout error, never a score, and the run goes on. Kept by a worker thread that is ended and replaced.", "type": "integer", "minimum": 10, "default": 5e3 }, "score_deadline": { "description": "Which runs score under score_timeout_ms: `untrusted` (the outputs of a pull request: trusted fork runs and report mode) or `always` (every run; costs 0.1\u20130.2 ms of CPU per item and one thread, bench/README.md).", "enum": ["untrusted", "always"], "default": "untrusted" }, "cache": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean", "default": true }, "dir": { "type": "string", "default": ".evalwarden/cache" }, "max_age_hours": { "type": "number", "exclusiveMinimum": 0, "default": 168 }, "canaries": { "type": "integer", "minimum": 1, "default": 32, "description": "Cached temperature-0 prompts asked again live (longest replies first) before a model without a revision may reuse the cache; one difference turns the cache off for that model in that run." } }, "default": {} } } }, "taskGate": { "type": "object", "additionalProperties": false, "properties": { "max_drop": { "type": "number", "minimum": 0, "maximum": 1 }, "alpha": { "type": "number", "exclusiveMinimum": 0, "maximum": 0.5 }, "critical": { "type": "boolean" }, "min_items": { "type": "integer", "minimum": 1 }, "max_error_rate": { "type": "number", "minimum": 0, "maximum": 1 } } }, "gate": { "type": "object", "additionalProperties": false, "properties": { "max_drop": { "type": "number", "minimum": 0, "maximum": 1, "default": 0.02 }, "alpha": { "type": "number", "exclusiveMinimum": 0, "maximum": 0.5, "default": 0.05 }, "min_items": { "type": "integer", "minimum": 1, "default": 20 }, "max_error_rate": { "type": "number", "minimum": 0, "maximum": 1, "default": 0.05 }, "correction": { "enum": ["holm", "bh", "none"], "default": "holm" }, "paired_test": { "enum": ["auto", "t", "bootstrap"], "default": "auto", "description": "auto: exact McNemar for 0/1 scores, paired t otherwise." }, "fail_on": { "type": "array", "items": { "enum": ["regression", "inconclusive", "error", "no-baseline"] }, "uniqueItems": true, "default": ["regression", "error"] }, "baseline": { "type": "object", "additionalProperties": false, "properties": { "source": { "type": "string", "description": "A results folder, a pages data folder, or a git URL of the pages branch." }, "run": { "type": "string", "description": "A pinned run id." } }, "default": {} }, "accept": { "type": "array", "description": "Intended drops, accepted by a maintainer (read from the base branch's config).", "items": { "type": "object", "additionalProperties": false, "required": ["task", "reason"], "properties": { "task": { "type": "string" }, "model": { "type": "string" }, "reason": { "type": "string", "minLength": 1 }, "until": { "type": "string", "format": "date" } } }, "default": [] }, "accept_label": { "type": "string", "default": "evalwarden:accept" } } }, "judge": { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": { "$ref": "#/definitions/id", "description": "Id of a model in `models` that judges." }, "rubric": { "type": "string" }, "max_score": { "type": "number", "exclusiveMinimum": 0, "default": 10 }, "rejudge_baseline": { "type": "boolean", "default": true, "description": "Judge the baseline's stored outputs again in this run, so both sides meet the same judge (a hosted judge can change behind the same name)." } } }, "publish": { "type": "object", "additionalProperties": false, "properties": { "branch": { "type": "string", "default": "gh-pages" }, "outputs": { "enum": ["none", "head", "all"], "default": "head" }, "inputs": { "description": "Which published examples carry the rendered input (messages) and the target: none, the samples head, or all records. Pages sites are often public: inputs and targets of a private golden set become public with head or all.", "enum": ["none", "head", "all"], "default": "none" }, "head_size": { "type": "integer", "minimum": 0, "maximum": 1e3, "default": 50 }, "redact": { "type": "array", "items": { "type": "string" }, "default": [] }, "retention": { "type": "object", "additionalProperties": false, "properties": { "pr_days": { "type": "integer", "minimum": 1, "default": 90 }, "drop_records_after_days": { "type": "integer", "minimum": 1, "default": 30 } }, "default": {} } } } } };
var schema23 = { "type": "object", "additionalProperties": false, "properties": { "concurrency": { "description": "Requests in flight per endpoint: a number, or `auto` to find the server's capacity.", "oneOf": [{ "const": "auto" }, { "type": "integer", "minimum": 1, "maximum": 4096 }], "default": "auto" }, "rps": { "type": "number", "exclusiveMinimum": 0, "description": "Global limit of requests started per second." }, "timeout_ms": { "type": "integer", "minimum": 100, "default": 12e4 }, "max_retries": { "type": "integer", "minimum": 0, "maximum": 20, "default": 6 }, "max_cost": { "type": "number", "exclusiveMinimum": 0, "description": "Budget in the price unit: no call starts once reached." }, "seed": { "type": "integer", "default": 0, "description": "Seed for item sampling." }, "default_quick_size": { "type": "integer", "minimum": 1, "default": 50 }, "score_timeout_ms": { "description": "Scoring deadline per item: an item whose scorer runs longer (a regex or JSON Schema pattern that backtracks catastrophically on an output) is a scorer_timeout error, never a score, and the run goes on. Kept by a worker thread that is ended and replaced.", "type": "integer", "minimum": 10, "default": 5e3 }, "score_deadline": { "description": "Which runs score under score_timeout_ms: `untrusted` (the outputs of a pull request: trusted fork runs and report mode) or `always` (every run; costs 0.1\u20130.2 ms of CPU per item and one thread, bench/README.md).", "enum": ["untrusted", "always"], "default": "untrusted" }, "cache": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean", "default": true }, "dir": { "type": "string", "default": ".evalwarden/cache" }, "max_age_hours": { "type": "number", "exclusiveMinimum": 0, "default": 168 }, "canaries": { "type": "integer", "minimum": 1, "default": 32, "description": "Cached temperature-0 prompts asked again live (longest replies first) before a model without a revision may reuse the cache; one difference turns the cache off for that model in that run." } }, "default": {} } } };
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
var schema21 = { "type": "object", "additionalProperties": false, "properties": { "description": { "type": "string" }, "tasks": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/id" }, "description": "Task ids; all tasks when left out." }, "size": { "description": "`all`, `quick` (each task's quick_size, else default_quick_size) or a number of items per task.", "oneOf": [{ "enum": ["all", "quick"] }, { "type": "integer", "minimum": 1 }], "default": "all" }, "sequential": { "description": "Gate this suite in looks: each task's items in a fixed seeded stratified order, compared after growing prefixes; a task stops when its answer is clear (docs/gate.md).", "type": "boolean", "default": false }, "looks": { "description": "Items per task at each look of a sequential suite, increasing; the task's full set is always the last look. The first is the quick draw.", "type": "array", "minItems": 1, "items": { "type": "integer", "minimum": 1 }, "default": [50, 100, 150, 200, 300] }, "design_drop": { "description": "The drop a sequential suite is powered for: a task stops for futility once this drop is ruled out (its \u03B2-spending upper bound below it, and conditional power below futility_power).", "type": "number", "exclusiveMinimum": 0, "maximum": 1, "default": 0.06 }, "futility_power": { "description": "A sequential task stops for futility only when its conditional power for design_drop is below this (and its \u03B2-spending bound rules design_drop out).", "type": "number", "minimum": 0, "maximum": 1, "default": 0.3 }, "futility_spend": { "description": "\u03B2 spent on futility across a sequential suite's interim looks: a task whose true drop is design_drop stops for futility with probability at most this. With futility_power, the power lost to futility stops is at most about futility_power \xD7 futility_spend.", "type": "number", "minimum": 0, "maximum": 1, "default": 0.1 } } };
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
      data.looks = [50, 100, 150, 200, 300];
    }
    if (data.design_drop === void 0) {
      data.design_drop = 0.06;
    }
    if (data.futility_power === void 0) {
      data.futility_power = 0.3;
    }
    if (data.futility_spend === void 0) {
      data.futility_spend = 0.1;
    }
    for (const key0 in data) {
      if (!(key0 === "description" || key0 === "tasks" || key0 === "size" || key0 === "sequential" || key0 === "looks" || key0 === "design_drop" || key0 === "futility_power" || key0 === "futility_spend")) {
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
    let data9 = data.futility_spend;
    if (typeof data9 == "number") {
      if (data9 > 1 || isNaN(data9)) {
        const err21 = { instancePath: instancePath + "/futility_spend", schemaPath: "#/properties/futility_spend/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema21.properties.futility_spend, data: data9 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (data9 < 0 || isNaN(data9)) {
        const err22 = { instancePath: instancePath + "/futility_spend", schemaPath: "#/properties/futility_spend/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema21.properties.futility_spend, data: data9 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    } else {
      const err23 = { instancePath: instancePath + "/futility_spend", schemaPath: "#/properties/futility_spend/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema21.properties.futility_spend.type, parentSchema: schema21.properties.futility_spend, data: data9 };
      if (vErrors === null) {
        vErrors = [err23];
      } else {
        vErrors.push(err23);
      }
      errors++;
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
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
      if (data7.score_timeout_ms === void 0) {
        data7.score_timeout_ms = 5e3;
      }
      if (data7.score_deadline === void 0) {
        data7.score_deadline = "untrusted";
      }
      if (data7.cache === void 0) {
        data7.cache = {};
      }
      for (const key3 in data7) {
        if (!func2.call(schema23.properties, key3)) {
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
      let data15 = data7.score_timeout_ms;
      if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)))) {
        const err29 = { instancePath: instancePath + "/run/score_timeout_ms", schemaPath: "#/definitions/run/properties/score_timeout_ms/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.score_timeout_ms.type, parentSchema: schema23.properties.score_timeout_ms, data: data15 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      if (typeof data15 == "number") {
        if (data15 < 10 || isNaN(data15)) {
          const err30 = { instancePath: instancePath + "/run/score_timeout_ms", schemaPath: "#/definitions/run/properties/score_timeout_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 10 }, message: "must be >= 10", schema: 10, parentSchema: schema23.properties.score_timeout_ms, data: data15 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
      let data16 = data7.score_deadline;
      if (!(data16 === "untrusted" || data16 === "always")) {
        const err31 = { instancePath: instancePath + "/run/score_deadline", schemaPath: "#/definitions/run/properties/score_deadline/enum", keyword: "enum", params: { allowedValues: schema23.properties.score_deadline.enum }, message: "must be equal to one of the allowed values", schema: schema23.properties.score_deadline.enum, parentSchema: schema23.properties.score_deadline, data: data16 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      let data17 = data7.cache;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.enabled === void 0) {
          data17.enabled = true;
        }
        if (data17.dir === void 0) {
          data17.dir = ".evalwarden/cache";
        }
        if (data17.max_age_hours === void 0) {
          data17.max_age_hours = 168;
        }
        if (data17.canaries === void 0) {
          data17.canaries = 32;
        }
        for (const key4 in data17) {
          if (!(key4 === "enabled" || key4 === "dir" || key4 === "max_age_hours" || key4 === "canaries")) {
            const err32 = { instancePath: instancePath + "/run/cache", schemaPath: "#/definitions/run/properties/cache/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23.properties.cache, data: data17 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        let data18 = data17.enabled;
        if (typeof data18 !== "boolean") {
          const err33 = { instancePath: instancePath + "/run/cache/enabled", schemaPath: "#/definitions/run/properties/cache/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema23.properties.cache.properties.enabled.type, parentSchema: schema23.properties.cache.properties.enabled, data: data18 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        let data19 = data17.dir;
        if (typeof data19 !== "string") {
          const err34 = { instancePath: instancePath + "/run/cache/dir", schemaPath: "#/definitions/run/properties/cache/properties/dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.cache.properties.dir.type, parentSchema: schema23.properties.cache.properties.dir, data: data19 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        let data20 = data17.max_age_hours;
        if (typeof data20 == "number") {
          if (data20 <= 0 || isNaN(data20)) {
            const err35 = { instancePath: instancePath + "/run/cache/max_age_hours", schemaPath: "#/definitions/run/properties/cache/properties/max_age_hours/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema23.properties.cache.properties.max_age_hours, data: data20 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        } else {
          const err36 = { instancePath: instancePath + "/run/cache/max_age_hours", schemaPath: "#/definitions/run/properties/cache/properties/max_age_hours/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema23.properties.cache.properties.max_age_hours.type, parentSchema: schema23.properties.cache.properties.max_age_hours, data: data20 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        let data21 = data17.canaries;
        if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)))) {
          const err37 = { instancePath: instancePath + "/run/cache/canaries", schemaPath: "#/definitions/run/properties/cache/properties/canaries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.cache.properties.canaries.type, parentSchema: schema23.properties.cache.properties.canaries, data: data21 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (typeof data21 == "number") {
          if (data21 < 1 || isNaN(data21)) {
            const err38 = { instancePath: instancePath + "/run/cache/canaries", schemaPath: "#/definitions/run/properties/cache/properties/canaries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema23.properties.cache.properties.canaries, data: data21 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/run/cache", schemaPath: "#/definitions/run/properties/cache/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.properties.cache.type, parentSchema: schema23.properties.cache, data: data17 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    } else {
      const err40 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data: data7 };
      if (vErrors === null) {
        vErrors = [err40];
      } else {
        vErrors.push(err40);
      }
      errors++;
    }
    let data22 = data.gate;
    if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
      if (data22.max_drop === void 0) {
        data22.max_drop = 0.02;
      }
      if (data22.alpha === void 0) {
        data22.alpha = 0.05;
      }
      if (data22.min_items === void 0) {
        data22.min_items = 20;
      }
      if (data22.max_error_rate === void 0) {
        data22.max_error_rate = 0.05;
      }
      if (data22.correction === void 0) {
        data22.correction = "holm";
      }
      if (data22.paired_test === void 0) {
        data22.paired_test = "auto";
      }
      if (data22.fail_on === void 0) {
        data22.fail_on = ["regression", "error"];
      }
      if (data22.baseline === void 0) {
        data22.baseline = {};
      }
      if (data22.accept === void 0) {
        data22.accept = [];
      }
      if (data22.accept_label === void 0) {
        data22.accept_label = "evalwarden:accept";
      }
      for (const key5 in data22) {
        if (!func2.call(schema24.properties, key5)) {
          const err41 = { instancePath: instancePath + "/gate", schemaPath: "#/definitions/gate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data: data22 };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      }
      let data23 = data22.max_drop;
      if (typeof data23 == "number") {
        if (data23 > 1 || isNaN(data23)) {
          const err42 = { instancePath: instancePath + "/gate/max_drop", schemaPath: "#/definitions/gate/properties/max_drop/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema24.properties.max_drop, data: data23 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        if (data23 < 0 || isNaN(data23)) {
          const err43 = { instancePath: instancePath + "/gate/max_drop", schemaPath: "#/definitions/gate/properties/max_drop/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema24.properties.max_drop, data: data23 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      } else {
        const err44 = { instancePath: instancePath + "/gate/max_drop", schemaPath: "#/definitions/gate/properties/max_drop/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema24.properties.max_drop.type, parentSchema: schema24.properties.max_drop, data: data23 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
      let data24 = data22.alpha;
      if (typeof data24 == "number") {
        if (data24 > 0.5 || isNaN(data24)) {
          const err45 = { instancePath: instancePath + "/gate/alpha", schemaPath: "#/definitions/gate/properties/alpha/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.5 }, message: "must be <= 0.5", schema: 0.5, parentSchema: schema24.properties.alpha, data: data24 };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        if (data24 <= 0 || isNaN(data24)) {
          const err46 = { instancePath: instancePath + "/gate/alpha", schemaPath: "#/definitions/gate/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema24.properties.alpha, data: data24 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      } else {
        const err47 = { instancePath: instancePath + "/gate/alpha", schemaPath: "#/definitions/gate/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema24.properties.alpha.type, parentSchema: schema24.properties.alpha, data: data24 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
      let data25 = data22.min_items;
      if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)))) {
        const err48 = { instancePath: instancePath + "/gate/min_items", schemaPath: "#/definitions/gate/properties/min_items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema24.properties.min_items.type, parentSchema: schema24.properties.min_items, data: data25 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
      if (typeof data25 == "number") {
        if (data25 < 1 || isNaN(data25)) {
          const err49 = { instancePath: instancePath + "/gate/min_items", schemaPath: "#/definitions/gate/properties/min_items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema24.properties.min_items, data: data25 };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
      }
      let data26 = data22.max_error_rate;
      if (typeof data26 == "number") {
        if (data26 > 1 || isNaN(data26)) {
          const err50 = { instancePath: instancePath + "/gate/max_error_rate", schemaPath: "#/definitions/gate/properties/max_error_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema24.properties.max_error_rate, data: data26 };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
        if (data26 < 0 || isNaN(data26)) {
          const err51 = { instancePath: instancePath + "/gate/max_error_rate", schemaPath: "#/definitions/gate/properties/max_error_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema24.properties.max_error_rate, data: data26 };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
      } else {
        const err52 = { instancePath: instancePath + "/gate/max_error_rate", schemaPath: "#/definitions/gate/properties/max_error_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema24.properties.max_error_rate.type, parentSchema: schema24.properties.max_error_rate, data: data26 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
      let data27 = data22.correction;
      if (!(data27 === "holm" || data27 === "bh" || data27 === "none")) {
        const err53 = { instancePath: instancePath + "/gate/correction", schemaPath: "#/definitions/gate/properties/correction/enum", keyword: "enum", params: { allowedValues: schema24.properties.correction.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.correction.enum, parentSchema: schema24.properties.correction, data: data27 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
      let data28 = data22.paired_test;
      if (!(data28 === "auto" || data28 === "t" || data28 === "bootstrap")) {
        const err54 = { instancePath: instancePath + "/gate/paired_test", schemaPath: "#/definitions/gate/properties/paired_test/enum", keyword: "enum", params: { allowedValues: schema24.properties.paired_test.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.paired_test.enum, parentSchema: schema24.properties.paired_test, data: data28 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
      let data29 = data22.fail_on;
      if (Array.isArray(data29)) {
        const len2 = data29.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data30 = data29[i2];
          if (!(data30 === "regression" || data30 === "inconclusive" || data30 === "error" || data30 === "no-baseline")) {
            const err55 = { instancePath: instancePath + "/gate/fail_on/" + i2, schemaPath: "#/definitions/gate/properties/fail_on/items/enum", keyword: "enum", params: { allowedValues: schema24.properties.fail_on.items.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.fail_on.items.enum, parentSchema: schema24.properties.fail_on.items, data: data30 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        let i3 = data29.length;
        let j0;
        if (i3 > 1) {
          outer0: for (; i3--; ) {
            for (j0 = i3; j0--; ) {
              if (func0(data29[i3], data29[j0])) {
                const err56 = { instancePath: instancePath + "/gate/fail_on", schemaPath: "#/definitions/gate/properties/fail_on/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: true, parentSchema: schema24.properties.fail_on, data: data29 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err57 = { instancePath: instancePath + "/gate/fail_on", schemaPath: "#/definitions/gate/properties/fail_on/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema24.properties.fail_on.type, parentSchema: schema24.properties.fail_on, data: data29 };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
      let data31 = data22.baseline;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        for (const key6 in data31) {
          if (!(key6 === "source" || key6 === "run")) {
            const err58 = { instancePath: instancePath + "/gate/baseline", schemaPath: "#/definitions/gate/properties/baseline/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24.properties.baseline, data: data31 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data31.source !== void 0) {
          let data32 = data31.source;
          if (typeof data32 !== "string") {
            const err59 = { instancePath: instancePath + "/gate/baseline/source", schemaPath: "#/definitions/gate/properties/baseline/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.baseline.properties.source.type, parentSchema: schema24.properties.baseline.properties.source, data: data32 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data31.run !== void 0) {
          let data33 = data31.run;
          if (typeof data33 !== "string") {
            const err60 = { instancePath: instancePath + "/gate/baseline/run", schemaPath: "#/definitions/gate/properties/baseline/properties/run/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.baseline.properties.run.type, parentSchema: schema24.properties.baseline.properties.run, data: data33 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
      } else {
        const err61 = { instancePath: instancePath + "/gate/baseline", schemaPath: "#/definitions/gate/properties/baseline/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.baseline.type, parentSchema: schema24.properties.baseline, data: data31 };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
      let data34 = data22.accept;
      if (Array.isArray(data34)) {
        const len3 = data34.length;
        for (let i4 = 0; i4 < len3; i4++) {
          let data35 = data34[i4];
          if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
            if (data35.task === void 0) {
              const err62 = { instancePath: instancePath + "/gate/accept/" + i4, schemaPath: "#/definitions/gate/properties/accept/items/required", keyword: "required", params: { missingProperty: "task" }, message: "must have required property 'task'", schema: schema24.properties.accept.items.required, parentSchema: schema24.properties.accept.items, data: data35 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            if (data35.reason === void 0) {
              const err63 = { instancePath: instancePath + "/gate/accept/" + i4, schemaPath: "#/definitions/gate/properties/accept/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema24.properties.accept.items.required, parentSchema: schema24.properties.accept.items, data: data35 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
            for (const key7 in data35) {
              if (!(key7 === "task" || key7 === "model" || key7 === "reason" || key7 === "until")) {
                const err64 = { instancePath: instancePath + "/gate/accept/" + i4, schemaPath: "#/definitions/gate/properties/accept/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24.properties.accept.items, data: data35 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data35.task !== void 0) {
              let data36 = data35.task;
              if (typeof data36 !== "string") {
                const err65 = { instancePath: instancePath + "/gate/accept/" + i4 + "/task", schemaPath: "#/definitions/gate/properties/accept/items/properties/task/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.accept.items.properties.task.type, parentSchema: schema24.properties.accept.items.properties.task, data: data36 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data35.model !== void 0) {
              let data37 = data35.model;
              if (typeof data37 !== "string") {
                const err66 = { instancePath: instancePath + "/gate/accept/" + i4 + "/model", schemaPath: "#/definitions/gate/properties/accept/items/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.accept.items.properties.model.type, parentSchema: schema24.properties.accept.items.properties.model, data: data37 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data35.reason !== void 0) {
              let data38 = data35.reason;
              if (typeof data38 === "string") {
                if (func3(data38) < 1) {
                  const err67 = { instancePath: instancePath + "/gate/accept/" + i4 + "/reason", schemaPath: "#/definitions/gate/properties/accept/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.accept.items.properties.reason, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
              } else {
                const err68 = { instancePath: instancePath + "/gate/accept/" + i4 + "/reason", schemaPath: "#/definitions/gate/properties/accept/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.accept.items.properties.reason.type, parentSchema: schema24.properties.accept.items.properties.reason, data: data38 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data35.until !== void 0) {
              let data39 = data35.until;
              if (typeof data39 === "string") {
                if (!formats0.test(data39)) {
                  const err69 = { instancePath: instancePath + "/gate/accept/" + i4 + "/until", schemaPath: "#/definitions/gate/properties/accept/items/properties/until/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema24.properties.accept.items.properties.until, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
              } else {
                const err70 = { instancePath: instancePath + "/gate/accept/" + i4 + "/until", schemaPath: "#/definitions/gate/properties/accept/items/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.accept.items.properties.until.type, parentSchema: schema24.properties.accept.items.properties.until, data: data39 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
          } else {
            const err71 = { instancePath: instancePath + "/gate/accept/" + i4, schemaPath: "#/definitions/gate/properties/accept/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.accept.items.type, parentSchema: schema24.properties.accept.items, data: data35 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
      } else {
        const err72 = { instancePath: instancePath + "/gate/accept", schemaPath: "#/definitions/gate/properties/accept/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema24.properties.accept.type, parentSchema: schema24.properties.accept, data: data34 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
      let data40 = data22.accept_label;
      if (typeof data40 !== "string") {
        const err73 = { instancePath: instancePath + "/gate/accept_label", schemaPath: "#/definitions/gate/properties/accept_label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.accept_label.type, parentSchema: schema24.properties.accept_label, data: data40 };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    } else {
      const err74 = { instancePath: instancePath + "/gate", schemaPath: "#/definitions/gate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data: data22 };
      if (vErrors === null) {
        vErrors = [err74];
      } else {
        vErrors.push(err74);
      }
      errors++;
    }
    if (data.judge !== void 0) {
      if (!validate17(data.judge, { instancePath: instancePath + "/judge", parentData: data, parentDataProperty: "judge", rootData })) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
    }
    let data42 = data.publish;
    if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
      if (data42.branch === void 0) {
        data42.branch = "gh-pages";
      }
      if (data42.outputs === void 0) {
        data42.outputs = "head";
      }
      if (data42.inputs === void 0) {
        data42.inputs = "none";
      }
      if (data42.head_size === void 0) {
        data42.head_size = 50;
      }
      if (data42.redact === void 0) {
        data42.redact = [];
      }
      if (data42.retention === void 0) {
        data42.retention = {};
      }
      for (const key8 in data42) {
        if (!(key8 === "branch" || key8 === "outputs" || key8 === "inputs" || key8 === "head_size" || key8 === "redact" || key8 === "retention")) {
          const err75 = { instancePath: instancePath + "/publish", schemaPath: "#/definitions/publish/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27, data: data42 };
          if (vErrors === null) {
            vErrors = [err75];
          } else {
            vErrors.push(err75);
          }
          errors++;
        }
      }
      let data43 = data42.branch;
      if (typeof data43 !== "string") {
        const err76 = { instancePath: instancePath + "/publish/branch", schemaPath: "#/definitions/publish/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.branch.type, parentSchema: schema27.properties.branch, data: data43 };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
      let data44 = data42.outputs;
      if (!(data44 === "none" || data44 === "head" || data44 === "all")) {
        const err77 = { instancePath: instancePath + "/publish/outputs", schemaPath: "#/definitions/publish/properties/outputs/enum", keyword: "enum", params: { allowedValues: schema27.properties.outputs.enum }, message: "must be equal to one of the allowed values", schema: schema27.properties.outputs.enum, parentSchema: schema27.properties.outputs, data: data44 };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
      let data45 = data42.inputs;
      if (!(data45 === "none" || data45 === "head" || data45 === "all")) {
        const err78 = { instancePath: instancePath + "/publish/inputs", schemaPath: "#/definitions/publish/properties/inputs/enum", keyword: "enum", params: { allowedValues: schema27.properties.inputs.enum }, message: "must be equal to one of the allowed values", schema: schema27.properties.inputs.enum, parentSchema: schema27.properties.inputs, data: data45 };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      }
      let data46 = data42.head_size;
      if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)))) {
        const err79 = { instancePath: instancePath + "/publish/head_size", schemaPath: "#/definitions/publish/properties/head_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema27.properties.head_size.type, parentSchema: schema27.properties.head_size, data: data46 };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
      if (typeof data46 == "number") {
        if (data46 > 1e3 || isNaN(data46)) {
          const err80 = { instancePath: instancePath + "/publish/head_size", schemaPath: "#/definitions/publish/properties/head_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema27.properties.head_size, data: data46 };
          if (vErrors === null) {
            vErrors = [err80];
          } else {
            vErrors.push(err80);
          }
          errors++;
        }
        if (data46 < 0 || isNaN(data46)) {
          const err81 = { instancePath: instancePath + "/publish/head_size", schemaPath: "#/definitions/publish/properties/head_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema27.properties.head_size, data: data46 };
          if (vErrors === null) {
            vErrors = [err81];
          } else {
            vErrors.push(err81);
          }
          errors++;
        }
      }
      let data47 = data42.redact;
      if (Array.isArray(data47)) {
        const len4 = data47.length;
        for (let i5 = 0; i5 < len4; i5++) {
          let data48 = data47[i5];
          if (typeof data48 !== "string") {
            const err82 = { instancePath: instancePath + "/publish/redact/" + i5, schemaPath: "#/definitions/publish/properties/redact/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.redact.items.type, parentSchema: schema27.properties.redact.items, data: data48 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
      } else {
        const err83 = { instancePath: instancePath + "/publish/redact", schemaPath: "#/definitions/publish/properties/redact/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema27.properties.redact.type, parentSchema: schema27.properties.redact, data: data47 };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
      let data49 = data42.retention;
      if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
        if (data49.pr_days === void 0) {
          data49.pr_days = 90;
        }
        if (data49.drop_records_after_days === void 0) {
          data49.drop_records_after_days = 30;
        }
        for (const key9 in data49) {
          if (!(key9 === "pr_days" || key9 === "drop_records_after_days")) {
            const err84 = { instancePath: instancePath + "/publish/retention", schemaPath: "#/definitions/publish/properties/retention/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27.properties.retention, data: data49 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
        let data50 = data49.pr_days;
        if (!(typeof data50 == "number" && (!(data50 % 1) && !isNaN(data50)))) {
          const err85 = { instancePath: instancePath + "/publish/retention/pr_days", schemaPath: "#/definitions/publish/properties/retention/properties/pr_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema27.properties.retention.properties.pr_days.type, parentSchema: schema27.properties.retention.properties.pr_days, data: data50 };
          if (vErrors === null) {
            vErrors = [err85];
          } else {
            vErrors.push(err85);
          }
          errors++;
        }
        if (typeof data50 == "number") {
          if (data50 < 1 || isNaN(data50)) {
            const err86 = { instancePath: instancePath + "/publish/retention/pr_days", schemaPath: "#/definitions/publish/properties/retention/properties/pr_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema27.properties.retention.properties.pr_days, data: data50 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
        let data51 = data49.drop_records_after_days;
        if (!(typeof data51 == "number" && (!(data51 % 1) && !isNaN(data51)))) {
          const err87 = { instancePath: instancePath + "/publish/retention/drop_records_after_days", schemaPath: "#/definitions/publish/properties/retention/properties/drop_records_after_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema27.properties.retention.properties.drop_records_after_days.type, parentSchema: schema27.properties.retention.properties.drop_records_after_days, data: data51 };
          if (vErrors === null) {
            vErrors = [err87];
          } else {
            vErrors.push(err87);
          }
          errors++;
        }
        if (typeof data51 == "number") {
          if (data51 < 1 || isNaN(data51)) {
            const err88 = { instancePath: instancePath + "/publish/retention/drop_records_after_days", schemaPath: "#/definitions/publish/properties/retention/properties/drop_records_after_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema27.properties.retention.properties.drop_records_after_days, data: data51 };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
      } else {
        const err89 = { instancePath: instancePath + "/publish/retention", schemaPath: "#/definitions/publish/properties/retention/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.retention.type, parentSchema: schema27.properties.retention, data: data49 };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      }
    } else {
      const err90 = { instancePath: instancePath + "/publish", schemaPath: "#/definitions/publish/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data: data42 };
      if (vErrors === null) {
        vErrors = [err90];
      } else {
        vErrors.push(err90);
      }
      errors++;
    }
  } else {
    const err91 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err91];
    } else {
      vErrors.push(err91);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/config/scorer-options-validators.generated.js
var scorer_options_validators_generated_exports = {};
__export(scorer_options_validators_generated_exports, {
  choice: () => choice,
  contains: () => contains,
  exact: () => exact,
  ifeval: () => ifeval,
  json: () => json,
  judge: () => judge,
  numeric: () => numeric,
  pairwise: () => pairwise,
  regex: () => regex
});
var __runtime_0_ns2 = __toESM(require_ucs2length(), 1);
var __runtime_02 = { default: typeof __runtime_0_ns2.default === "function" ? __runtime_0_ns2.default : __runtime_0_ns2.default.default };
var exact = validate102;
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
var regex = validate112;
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
var numeric = validate12;
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
var choice = validate132;
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
var contains = validate14;
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
var json = validate152;
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
var judge = validate16;
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
var pairwise = validate172;
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
var ifeval = validate18;
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

// schemas/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://evalwarden.dev/schemas/config.schema.json",
  title: "evalwarden.yml",
  description: "What to evaluate, on which models, and what fails the job.",
  type: "object",
  additionalProperties: false,
  required: [
    "models",
    "tasks"
  ],
  properties: {
    version: {
      const: 1,
      default: 1,
      description: "Config format version."
    },
    models: {
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/definitions/model"
      }
    },
    tasks: {
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/definitions/task"
      }
    },
    suites: {
      type: "object",
      description: "Named collections of tasks. `quick` and `full` exist even when not written: full = every task, quick = every task at its quick_size.",
      propertyNames: {
        pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"
      },
      additionalProperties: {
        $ref: "#/definitions/suite"
      },
      default: {}
    },
    run: {
      $ref: "#/definitions/run",
      default: {}
    },
    gate: {
      $ref: "#/definitions/gate",
      default: {}
    },
    judge: {
      $ref: "#/definitions/judge"
    },
    publish: {
      $ref: "#/definitions/publish",
      default: {}
    }
  },
  definitions: {
    id: {
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$",
      description: "Letters, digits, '.', '_' and '-'; it becomes part of file names."
    },
    model: {
      type: "object",
      additionalProperties: false,
      required: [
        "id",
        "base_url",
        "model"
      ],
      properties: {
        id: {
          $ref: "#/definitions/id",
          description: "The model's name in this config; runs are matched on it."
        },
        provider: {
          enum: [
            "openai-compatible",
            "openai"
          ],
          default: "openai-compatible"
        },
        base_url: {
          type: "string",
          pattern: "^https?://",
          description: "e.g. http://127.0.0.1:8000/v1 for vLLM."
        },
        model: {
          type: "string",
          minLength: 1,
          description: "The served model name (what /v1/models lists)."
        },
        api_key_env: {
          type: "string",
          pattern: "^[A-Za-z_][A-Za-z0-9_]*$",
          description: "Name of the environment variable that holds the API key. Keys are never written in the config."
        },
        role: {
          enum: [
            "candidate",
            "reference",
            "training"
          ],
          default: "candidate"
        },
        step: {
          type: "integer",
          minimum: 0,
          description: "Training step of a checkpoint (role: training)."
        },
        revision: {
          type: "string",
          minLength: 1,
          description: "What vouches for the weights behind the served name (a checkpoint digest, a commit, a hosted model's dated snapshot; ${VAR} works). It keys the response cache: cached replies are reused without canaries, sampled ones too."
        },
        params: {
          $ref: "#/definitions/params",
          default: {}
        },
        system: {
          type: "string",
          description: "System prompt for every task that has none of its own."
        },
        api: {
          enum: [
            "chat",
            "completions"
          ],
          default: "chat"
        },
        price: {
          type: "object",
          additionalProperties: false,
          properties: {
            input_per_mtok: {
              type: "number",
              minimum: 0,
              default: 0
            },
            output_per_mtok: {
              type: "number",
              minimum: 0,
              default: 0
            }
          },
          default: {}
        }
      }
    },
    params: {
      type: "object",
      additionalProperties: false,
      properties: {
        temperature: {
          type: "number",
          minimum: 0,
          maximum: 2
        },
        top_p: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 1
        },
        max_tokens: {
          type: "integer",
          minimum: 1
        },
        seed: {
          type: "integer"
        },
        stop: {
          type: "array",
          items: {
            type: "string"
          },
          maxItems: 4
        },
        extra_body: {
          type: "object",
          description: "Sent as is (e.g. vLLM's top_k)."
        }
      }
    },
    dataset: {
      type: "object",
      additionalProperties: false,
      properties: {
        path: {
          type: "string",
          minLength: 1,
          description: "Relative to the config file."
        },
        url: {
          type: "string",
          pattern: "^(https?://|hf://datasets/)",
          description: "Downloaded once into the cache and verified against sha256: an http(s) URL, or hf://datasets/OWNER/NAME/PATH@REVISION for a Hugging Face dataset file."
        },
        sha256: {
          type: "string",
          pattern: "^[a-f0-9]{64}$"
        },
        format: {
          enum: [
            "jsonl",
            "csv",
            "yaml",
            "json"
          ]
        }
      },
      oneOf: [
        {
          required: [
            "path"
          ],
          not: {
            required: [
              "url"
            ]
          }
        },
        {
          required: [
            "url",
            "sha256"
          ],
          not: {
            required: [
              "path"
            ]
          }
        }
      ]
    },
    fields: {
      type: "object",
      additionalProperties: false,
      properties: {
        id: {
          type: "string",
          default: "id"
        },
        input: {
          type: "string",
          default: "input"
        },
        target: {
          type: "string",
          default: "target"
        },
        category: {
          type: "string",
          default: "category"
        },
        cluster: {
          type: "string",
          default: "cluster"
        }
      }
    },
    scorer: {
      type: "object",
      required: [
        "type"
      ],
      properties: {
        type: {
          type: "string"
        }
      }
    },
    task: {
      type: "object",
      additionalProperties: false,
      required: [
        "id"
      ],
      properties: {
        id: {
          $ref: "#/definitions/id"
        },
        builtin: {
          enum: [
            "gsm8k",
            "ifeval",
            "golden-math",
            "golden-reasoning",
            "golden-coding",
            "golden-hallucination",
            "golden-rag",
            "golden-instruction-following",
            "golden-safety"
          ],
          description: "Use a built-in task definition; fields written here override it."
        },
        description: {
          type: "string"
        },
        dataset: {
          $ref: "#/definitions/dataset"
        },
        fields: {
          $ref: "#/definitions/fields",
          default: {}
        },
        prompt: {
          type: "string",
          minLength: 1,
          description: "Template; {{field}} is replaced by the row's field."
        },
        system: {
          type: "string"
        },
        scorer: {
          oneOf: [
            {
              type: "string"
            },
            {
              $ref: "#/definitions/scorer"
            }
          ]
        },
        primary_metric: {
          type: "string"
        },
        samples: {
          type: "integer",
          minimum: 1,
          maximum: 64,
          default: 1,
          description: "mean@N: samples per item."
        },
        weight: {
          type: "number",
          exclusiveMinimum: 0,
          default: 1
        },
        quick_size: {
          type: "integer",
          minimum: 1,
          description: "Items in the quick suite (stratified by category)."
        },
        category: {
          type: "string",
          minLength: 1,
          description: "The task's category on the dashboard (its heatmap groups tasks by it), e.g. math or safety. Not the per-item fields.category slices."
        },
        gate: {
          $ref: "#/definitions/taskGate"
        }
      }
    },
    suite: {
      type: "object",
      additionalProperties: false,
      properties: {
        description: {
          type: "string"
        },
        tasks: {
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/definitions/id"
          },
          description: "Task ids; all tasks when left out."
        },
        size: {
          description: "`all`, `quick` (each task's quick_size, else default_quick_size) or a number of items per task.",
          oneOf: [
            {
              enum: [
                "all",
                "quick"
              ]
            },
            {
              type: "integer",
              minimum: 1
            }
          ],
          default: "all"
        },
        sequential: {
          description: "Gate this suite in looks: each task's items in a fixed seeded stratified order, compared after growing prefixes; a task stops when its answer is clear (docs/gate.md).",
          type: "boolean",
          default: false
        },
        looks: {
          description: "Items per task at each look of a sequential suite, increasing; the task's full set is always the last look. The first is the quick draw.",
          type: "array",
          minItems: 1,
          items: { type: "integer", minimum: 1 },
          default: [50, 100, 150, 200, 300]
        },
        design_drop: {
          description: "The drop a sequential suite is powered for: a task stops for futility once this drop is ruled out (its \u03B2-spending upper bound below it, and conditional power below futility_power).",
          type: "number",
          exclusiveMinimum: 0,
          maximum: 1,
          default: 0.06
        },
        futility_power: {
          description: "A sequential task stops for futility only when its conditional power for design_drop is below this (and its \u03B2-spending bound rules design_drop out).",
          type: "number",
          minimum: 0,
          maximum: 1,
          default: 0.3
        },
        futility_spend: {
          description: "\u03B2 spent on futility across a sequential suite's interim looks: a task whose true drop is design_drop stops for futility with probability at most this. With futility_power, the power lost to futility stops is at most about futility_power \xD7 futility_spend.",
          type: "number",
          minimum: 0,
          maximum: 1,
          default: 0.1
        }
      }
    },
    run: {
      type: "object",
      additionalProperties: false,
      properties: {
        concurrency: {
          description: "Requests in flight per endpoint: a number, or `auto` to find the server's capacity.",
          oneOf: [
            {
              const: "auto"
            },
            {
              type: "integer",
              minimum: 1,
              maximum: 4096
            }
          ],
          default: "auto"
        },
        rps: {
          type: "number",
          exclusiveMinimum: 0,
          description: "Global limit of requests started per second."
        },
        timeout_ms: {
          type: "integer",
          minimum: 100,
          default: 12e4
        },
        max_retries: {
          type: "integer",
          minimum: 0,
          maximum: 20,
          default: 6
        },
        max_cost: {
          type: "number",
          exclusiveMinimum: 0,
          description: "Budget in the price unit: no call starts once reached."
        },
        seed: {
          type: "integer",
          default: 0,
          description: "Seed for item sampling."
        },
        default_quick_size: {
          type: "integer",
          minimum: 1,
          default: 50
        },
        score_timeout_ms: {
          description: "Scoring deadline per item: an item whose scorer runs longer (a regex or JSON Schema pattern that backtracks catastrophically on an output) is a scorer_timeout error, never a score, and the run goes on. Kept by a worker thread that is ended and replaced.",
          type: "integer",
          minimum: 10,
          default: 5e3
        },
        score_deadline: {
          description: "Which runs score under score_timeout_ms: `untrusted` (the outputs of a pull request: trusted fork runs and report mode) or `always` (every run; costs 0.1\u20130.2 ms of CPU per item and one thread, bench/README.md).",
          enum: ["untrusted", "always"],
          default: "untrusted"
        },
        cache: {
          type: "object",
          additionalProperties: false,
          properties: {
            enabled: {
              type: "boolean",
              default: true
            },
            dir: {
              type: "string",
              default: ".evalwarden/cache"
            },
            max_age_hours: {
              type: "number",
              exclusiveMinimum: 0,
              default: 168
            },
            canaries: {
              type: "integer",
              minimum: 1,
              default: 32,
              description: "Cached temperature-0 prompts asked again live (longest replies first) before a model without a revision may reuse the cache; one difference turns the cache off for that model in that run."
            }
          },
          default: {}
        }
      }
    },
    taskGate: {
      type: "object",
      additionalProperties: false,
      properties: {
        max_drop: {
          type: "number",
          minimum: 0,
          maximum: 1
        },
        alpha: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 0.5
        },
        critical: {
          type: "boolean"
        },
        min_items: {
          type: "integer",
          minimum: 1
        },
        max_error_rate: {
          type: "number",
          minimum: 0,
          maximum: 1
        }
      }
    },
    gate: {
      type: "object",
      additionalProperties: false,
      properties: {
        max_drop: {
          type: "number",
          minimum: 0,
          maximum: 1,
          default: 0.02
        },
        alpha: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 0.5,
          default: 0.05
        },
        min_items: {
          type: "integer",
          minimum: 1,
          default: 20
        },
        max_error_rate: {
          type: "number",
          minimum: 0,
          maximum: 1,
          default: 0.05
        },
        correction: {
          enum: [
            "holm",
            "bh",
            "none"
          ],
          default: "holm"
        },
        paired_test: {
          enum: [
            "auto",
            "t",
            "bootstrap"
          ],
          default: "auto",
          description: "auto: exact McNemar for 0/1 scores, paired t otherwise."
        },
        fail_on: {
          type: "array",
          items: {
            enum: [
              "regression",
              "inconclusive",
              "error",
              "no-baseline"
            ]
          },
          uniqueItems: true,
          default: [
            "regression",
            "error"
          ]
        },
        baseline: {
          type: "object",
          additionalProperties: false,
          properties: {
            source: {
              type: "string",
              description: "A results folder, a pages data folder, or a git URL of the pages branch."
            },
            run: {
              type: "string",
              description: "A pinned run id."
            }
          },
          default: {}
        },
        accept: {
          type: "array",
          description: "Intended drops, accepted by a maintainer (read from the base branch's config).",
          items: {
            type: "object",
            additionalProperties: false,
            required: [
              "task",
              "reason"
            ],
            properties: {
              task: {
                type: "string"
              },
              model: {
                type: "string"
              },
              reason: {
                type: "string",
                minLength: 1
              },
              until: {
                type: "string",
                format: "date"
              }
            }
          },
          default: []
        },
        accept_label: {
          type: "string",
          default: "evalwarden:accept"
        }
      }
    },
    judge: {
      type: "object",
      additionalProperties: false,
      required: [
        "model"
      ],
      properties: {
        model: {
          $ref: "#/definitions/id",
          description: "Id of a model in `models` that judges."
        },
        rubric: {
          type: "string"
        },
        max_score: {
          type: "number",
          exclusiveMinimum: 0,
          default: 10
        },
        rejudge_baseline: {
          type: "boolean",
          default: true,
          description: "Judge the baseline's stored outputs again in this run, so both sides meet the same judge (a hosted judge can change behind the same name)."
        }
      }
    },
    publish: {
      type: "object",
      additionalProperties: false,
      properties: {
        branch: {
          type: "string",
          default: "gh-pages"
        },
        outputs: {
          enum: [
            "none",
            "head",
            "all"
          ],
          default: "head"
        },
        inputs: {
          description: "Which published examples carry the rendered input (messages) and the target: none, the samples head, or all records. Pages sites are often public: inputs and targets of a private golden set become public with head or all.",
          enum: [
            "none",
            "head",
            "all"
          ],
          default: "none"
        },
        head_size: {
          type: "integer",
          minimum: 0,
          maximum: 1e3,
          default: 50
        },
        redact: {
          type: "array",
          items: {
            type: "string"
          },
          default: []
        },
        retention: {
          type: "object",
          additionalProperties: false,
          properties: {
            pr_days: {
              type: "integer",
              minimum: 1,
              default: 90
            },
            drop_records_after_days: {
              type: "integer",
              minimum: 1,
              default: 30
            }
          },
          default: {}
        }
      }
    }
  }
};

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

// src/config/positions.ts
var import_yaml2 = __toESM(require_dist(), 1);
function parseLocated(file, text) {
  const lines = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  return { file, doc, lines };
}
function locate(located, pointer, options = {}) {
  const segments = pointer.split("/").slice(1).map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
  if (options.key && segments.length > 0) {
    const parent = segments.length === 1 ? located.doc.contents : located.doc.getIn(segments.slice(0, -1), true);
    const pair = (0, import_yaml2.isMap)(parent) ? parent.items.find((p) => (0, import_yaml2.isScalar)(p.key) && p.key.value === segments.at(-1)) : void 0;
    if (pair && (0, import_yaml2.isNode)(pair.key) && pair.key.range) return located.lines.linePos(pair.key.range[0]);
  }
  for (let depth = segments.length; depth >= 0; depth--) {
    const node = depth === 0 ? located.doc.contents : located.doc.getIn(segments.slice(0, depth), true);
    if ((0, import_yaml2.isNode)(node) && node.range) {
      const { line, col } = located.lines.linePos(node.range[0]);
      return { line, col };
    }
  }
  return void 0;
}
function readablePath(pointer) {
  return pointer.split("/").slice(1).map((s) => /^\d+$/.test(s) ? `[${s}]` : `.${s}`).join("").replace(/^\./, "");
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
  const rank2 = (e) => ["oneOf", "anyOf", "if", "not"].includes(e.keyword) ? 1 : 0;
  return [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length || rank2(a) - rank2(b))[0];
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

// src/config/load.ts
var optionValidators = /* @__PURE__ */ new Map();
function optionsValidator(name, schema) {
  const precompiled = scorer_options_validators_generated_exports[name];
  if (precompiled) return precompiled;
  let validate2 = optionValidators.get(schema);
  if (!validate2) {
    validate2 = new import_ajv.Ajv({ allErrors: true, verbose: true, strict: false, validateSchema: false }).compile(
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
  const absolute = path3.resolve(file);
  let bytes;
  try {
    bytes = await readFile3(absolute);
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
  const relative = path3.relative(process.cwd(), absolute);
  return relative && !relative.startsWith("..") && !path3.isAbsolute(relative) ? relative : absolute;
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
  return { config: data, file: options.file, dir: path3.dirname(options.file), hash: shortHash(data) };
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
  stratifiedSample,
  sequentialOrder,
  resolveDatasetUrl,
  fetchPinnedDataset,
  readDataset,
  config_schema_default,
  parseLocated,
  locate,
  loadConfig,
  displayPath,
  parseConfig,
  scorerConfig
};
