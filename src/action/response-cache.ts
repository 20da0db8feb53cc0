/**
 * @actions/cache is loaded on first use: importing it keeps a process alive for a second or more,
 * which every run with the cache off would pay for.
 */
async function actionsCache(): Promise<typeof import('@actions/cache')> {
  return import('@actions/cache');
}

export interface PersistedCacheOptions {
  /** The engine's response cache folder. */
  dir: string;
  /** e.g. `evalwarden-v1-<config hash>-`: restore takes the newest key with this prefix. */
  prefix: string;
  /** Broader prefixes tried after `prefix` (an older config's responses are still keyed safely). */
  fallbackPrefixes: string[];
  log: (line: string) => void;
}

/**
 * The response cache across runs through @actions/cache. Keys are immutable, so each run saves a
 * new key and restores by prefix. Outside GitHub (no cache service) it does nothing and the
 * local folder is used as it is: not an error, not even a warning.
 */
export async function restoreResponseCache(options: PersistedCacheOptions): Promise<string | null> {
  const cache = await actionsCache();
  if (!cache.isFeatureAvailable()) return null;
  try {
    const hit = await cache.restoreCache([options.dir], `${options.prefix}restore`, [
      options.prefix,
      ...options.fallbackPrefixes,
    ]);
    options.log(hit ? `response cache restored from ${hit}` : 'response cache: nothing saved yet');
    return hit ?? null;
  } catch (error) {
    options.log(`response cache not restored: ${(error as Error).message}`);
    return null;
  }
}

/** Saves the folder under a new key; a refused save (read-only token, key taken) only logs. */
export async function saveResponseCache(
  options: PersistedCacheOptions & { runId: string },
): Promise<boolean> {
  const cache = await actionsCache();
  if (!cache.isFeatureAvailable()) return false;
  const key = `${options.prefix}${options.runId}`.slice(0, 512);
  try {
    await cache.saveCache([options.dir], key);
    options.log(`response cache saved as ${key}`);
    return true;
  } catch (error) {
    options.log(`response cache not saved: ${(error as Error).message}`);
    return false;
  }
}
