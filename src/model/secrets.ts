import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { secretVariables } from '../config/index.js';

/**
 * The one place secrets are found and removed. Some APIs quote the key they refused in their
 * error message (a judge's 401 did, into every judged record), so every text bound for a file, a
 * log, a comment or a webhook passes through a scrubber built from every key the config names
 * and the GitHub token.
 */

/** Variables that hold a GitHub token wherever evalwarden runs (the Action's input included). */
const TOKEN_VARIABLES = ['GITHUB_TOKEN', 'GH_TOKEN', 'INPUT_GITHUB-TOKEN', 'INPUT_GITHUB_TOKEN'];

export type Scrub = (text: string) => string;

/** Removes secret values from a text, and any `sk-…` key or Bearer token that was not ours. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  // Longest first, so a key that contains another is hidden whole. Very short values would redact
  // ordinary words; no real key is that short.
  const values = [...new Set(secrets.filter((s) => s.length >= 4))].sort((a, b) => b.length - a.length);
  for (const secret of values) out = out.split(secret).join('***');
  return out
    .replace(/\b(sk-[A-Za-z0-9_-]{4})[A-Za-z0-9_-]{8,}/g, '$1***')
    .replace(/(Bearer\s+)[^\s"']+/gi, '$1***');
}

/** Replaces every secret in a text: the last line of defence before anything is written or posted. */
export function scrubber(secrets: readonly string[]): Scrub {
  return (text) => redactSecrets(text, secrets);
}

/**
 * The values of the keys the config's models name (`api_key_env`), of the credential variables it
 * references (`${HF_TOKEN}` in `extra_body`: LoadedConfig.secretVariables), and of the GitHub token.
 */
export function secretValues(
  models: readonly { api_key_env?: unknown }[],
  env: Record<string, string | undefined>,
  variables: readonly string[] = [],
): string[] {
  const names = [
    ...models.map((m) => m.api_key_env).filter((n): n is string => typeof n === 'string'),
    ...variables,
    ...TOKEN_VARIABLES,
  ];
  return [...new Set(names.map((name) => env[name]).filter((v): v is string => Boolean(v)))];
}

/**
 * secretValues of a config file read as raw YAML, so keys are masked before the config is even
 * validated: a bad config must not leak a key either. Only the token when the file cannot be read.
 * Read asynchronously: the config is the user's file, maybe on a hung disk, and a synchronous read
 * there would keep even SIGTERM's handler from running.
 */
export async function apiKeyValues(
  configFile: string,
  env: Record<string, string | undefined>,
): Promise<string[]> {
  let models: unknown;
  let text = '';
  try {
    text = await readFile(configFile, 'utf8');
    models = (parse(text) as { models?: unknown } | null)?.models;
  } catch {
    models = undefined;
  }
  const list = Array.isArray(models) ? models.filter((m) => typeof m === 'object' && m !== null) : [];
  return secretValues(list as { api_key_env?: unknown }[], env, secretVariables(text));
}
