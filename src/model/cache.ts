import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sha256Hex, canonicalJson } from '../hash.js';
import type { Completion } from './client.js';

/**
 * What makes two requests the same. A name alone does not vouch for the weights behind it (vLLM
 * serves new weights from the same path under the same name), so the key holds the config's
 * revision and what the server reports; the canaries check the rest. A hosted model can change
 * behind one name, hence the age limit.
 */
export interface CacheKey {
  endpoint: string;
  model: string;
  /** The config's `models[].revision`, else null. */
  revision: string | null;
  /** What `/v1/models` says about the weights (ServedModel.identity). */
  served: Record<string, unknown>;
  step: number | null;
  api: string;
  params: unknown;
  messages: unknown;
  sample: number;
}

export interface ResponseCacheOptions {
  dir: string;
  maxAgeMs: number;
  now?: () => number;
  /**
   * Told once when the cache cannot be written (a read-only or full disk, a path through a file);
   * the cache then stores nothing more. The server has answered by then: losing its answer to a
   * cache would turn a good item into an error.
   */
  warn: (line: string) => void;
}

/**
 * What a stored completion holds. Bumped when that changes, so older entries miss instead of
 * replaying in the old shape (2: replies kept untrimmed, with their tool calls).
 */
const ENTRY_FORMAT = 2;

interface Entry {
  created_at: number;
  completion: Omit<Completion, 'latencyMs'> & { latencyMs: number };
}

/** A response cache on disk: one small file per response, written atomically. */
export class ResponseCache {
  readonly #dir: string;
  readonly #maxAgeMs: number;
  readonly #now: () => number;
  readonly #made = new Set<string>();
  readonly #warn: (line: string) => void;
  #broken = false;

  constructor(options: ResponseCacheOptions) {
    this.#dir = options.dir;
    this.#maxAgeMs = options.maxAgeMs;
    this.#now = options.now ?? Date.now;
    this.#warn = options.warn;
  }

  #file(key: CacheKey): { dir: string; file: string } {
    const hash = sha256Hex(canonicalJson({ format: ENTRY_FORMAT, ...key }));
    const dir = path.join(this.#dir, hash.slice(0, 2));
    return { dir, file: path.join(dir, `${hash.slice(2)}.json`) };
  }

  async get(key: CacheKey): Promise<Completion | undefined> {
    try {
      const entry = JSON.parse(await readFile(this.#file(key).file, 'utf8')) as Entry;
      if (this.#now() - entry.created_at > this.#maxAgeMs) return undefined;
      return entry.completion;
    } catch {
      return undefined;
    }
  }

  async set(key: CacheKey, completion: Completion): Promise<void> {
    if (this.#broken) return;
    try {
      await this.#store(key, completion);
    } catch (error) {
      if (this.#broken) return;
      this.#broken = true;
      const detail = error instanceof Error ? error.message : String(error);
      this.#warn(
        `warning: the response cache at ${this.#dir} cannot be written (${detail}); the run goes on without caching (set run.cache.dir to a writable folder, or run with --no-cache)`,
      );
    }
  }

  async #store(key: CacheKey, completion: Completion): Promise<void> {
    const { dir, file } = this.#file(key);
    if (!this.#made.has(dir)) {
      await mkdir(dir, { recursive: true });
      this.#made.add(dir);
    }
    const entry: Entry = { created_at: this.#now(), completion };
    const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    await writeFile(partial, JSON.stringify(entry));
    await rename(partial, file);
  }
}
