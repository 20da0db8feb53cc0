import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { redactSecrets } from '../model/secrets.js';

/**
 * The values of every API key the config names (`api_key_env`), read from the raw YAML so they
 * can be masked before the config is even validated: a bad config must not leak a key either.
 */
export function apiKeyValues(configFile: string, env: Record<string, string | undefined>): string[] {
  let doc: unknown;
  try {
    doc = parse(readFileSync(configFile, 'utf8'));
  } catch {
    return [];
  }
  const models = (doc as { models?: unknown } | null)?.models;
  if (!Array.isArray(models)) return [];
  const values: string[] = [];
  for (const model of models) {
    const name = (model as { api_key_env?: unknown } | null)?.api_key_env;
    if (typeof name === 'string' && env[name]) values.push(env[name]);
  }
  return values;
}

/** Replaces every secret in a text: the last line of defence before anything is written or posted. */
export function scrubber(secrets: readonly string[]): (text: string) => string {
  return (text) => redactSecrets(text, secrets);
}
