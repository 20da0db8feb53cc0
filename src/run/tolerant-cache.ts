import { type CacheKey, ResponseCache, type ResponseCacheOptions, type Completion } from '../model/index.js';

/**
 * The response cache as a run uses it: a cache that cannot be written (a read-only or full disk,
 * a path through a file) is a warning, said once, and the run goes on without storing more. The
 * server has answered by then; losing its answer to a cache would turn a good item into an error.
 */
export class TolerantCache extends ResponseCache {
  readonly #dir: string;
  readonly #warn: (line: string) => void;
  #broken = false;

  constructor(options: ResponseCacheOptions & { warn: (line: string) => void }) {
    super(options);
    this.#dir = options.dir;
    this.#warn = options.warn;
  }

  override async set(key: CacheKey, completion: Completion): Promise<void> {
    if (this.#broken) return;
    try {
      await super.set(key, completion);
    } catch (error) {
      if (this.#broken) return;
      this.#broken = true;
      const detail = error instanceof Error ? error.message : String(error);
      this.#warn(
        `warning: the response cache at ${this.#dir} cannot be written (${detail}); the run goes on without caching (set run.cache.dir to a writable folder, or run with --no-cache)`,
      );
    }
  }
}
