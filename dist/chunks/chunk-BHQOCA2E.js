import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);

// src/hash.ts
import { createHash, hash } from "node:crypto";
function canonicalJson(value) {
  return JSON.stringify(
    value,
    (_, v) => v !== null && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(
      Object.entries(v).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)
    ) : v
  );
}
function sha256Hex(data) {
  return createHash("sha256").update(data).digest("hex");
}
function shortHash(value) {
  return hash("sha256", typeof value === "string" ? value : canonicalJson(value), "buffer").toString(
    "hex",
    0,
    8
  );
}

export {
  canonicalJson,
  sha256Hex,
  shortHash
};
