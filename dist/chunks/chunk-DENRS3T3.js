import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  require_dist
} from "./chunk-JF5I76B5.js";
import {
  __toESM
} from "./chunk-QTR7GT5E.js";

// src/config/positions.ts
var import_yaml = __toESM(require_dist(), 1);
function parseLocated(file, text) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  return { file, doc, lines };
}
function locate(located, pointer, options = {}) {
  const segments = pointer.split("/").slice(1).map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
  if (options.key && segments.length > 0) {
    const parent = segments.length === 1 ? located.doc.contents : located.doc.getIn(segments.slice(0, -1), true);
    const pair = (0, import_yaml.isMap)(parent) ? parent.items.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === segments.at(-1)) : void 0;
    if (pair && (0, import_yaml.isNode)(pair.key) && pair.key.range) return located.lines.linePos(pair.key.range[0]);
  }
  for (let depth = segments.length; depth >= 0; depth--) {
    const node = depth === 0 ? located.doc.contents : located.doc.getIn(segments.slice(0, depth), true);
    if ((0, import_yaml.isNode)(node) && node.range) {
      const { line, col } = located.lines.linePos(node.range[0]);
      return { line, col };
    }
  }
  return void 0;
}
function readablePath(pointer) {
  return pointer.split("/").slice(1).map((s) => /^\d+$/.test(s) ? `[${s}]` : `.${s}`).join("").replace(/^\./, "");
}

export {
  parseLocated,
  locate,
  readablePath
};
