import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  require_dist
} from "./chunk-JF5I76B5.js";
import {
  __toESM
} from "./chunk-QTR7GT5E.js";

// src/model/secrets.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";
var TOKEN_VARIABLES = ["GITHUB_TOKEN", "GH_TOKEN", "INPUT_GITHUB-TOKEN", "INPUT_GITHUB_TOKEN"];
function redactSecrets(text, secrets) {
  let out = text;
  const values = [...new Set(secrets.filter((s) => s.length >= 4))].sort((a, b) => b.length - a.length);
  for (const secret of values) out = out.split(secret).join("***");
  return out.replace(/\b(sk-[A-Za-z0-9_-]{4})[A-Za-z0-9_-]{8,}/g, "$1***").replace(/(Bearer\s+)[^\s"']+/gi, "$1***");
}
function scrubber(secrets) {
  return (text) => redactSecrets(text, secrets);
}
function secretValues(models, env) {
  const names = [
    ...models.map((m) => m.api_key_env).filter((n) => typeof n === "string"),
    ...TOKEN_VARIABLES
  ];
  return [...new Set(names.map((name) => env[name]).filter((v) => Boolean(v)))];
}
function apiKeyValues(configFile, env) {
  let models;
  try {
    models = (0, import_yaml.parse)(readFileSync(configFile, "utf8"))?.models;
  } catch {
    models = void 0;
  }
  const list = Array.isArray(models) ? models.filter((m) => typeof m === "object" && m !== null) : [];
  return secretValues(list, env);
}

export {
  redactSecrets,
  scrubber,
  secretValues,
  apiKeyValues
};
