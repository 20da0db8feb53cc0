/**
 * A site being edited: the pages branch (through git, without a checkout) or a plain folder.
 * Paths are relative to the site root with `/` separators; layout.ts builds them.
 */
export interface PagesStore {
  /** The file's bytes, or null when there is none. */
  read(path: string): Promise<Buffer | null>;
  write(path: string, data: Buffer | string): Promise<void>;
  /** Removes a file or a folder with everything in it; nothing happens when it is missing. */
  remove(path: string): Promise<void>;
  /** Names of the entries of a folder ([] when missing). */
  list(dir: string): Promise<string[]>;
  exists(path: string): Promise<boolean>;
  /**
   * Says which files are about to be read, so a store that must download them (the partial
   * clone) can get them in one round trip instead of one each. Optional to call; a hint only.
   */
  prefetch(paths: string[]): Promise<void>;
}

/** Reads a JSON file of the store, or null when it is missing. */
export async function readJson<T>(store: PagesStore, path: string): Promise<T | null> {
  const data = await store.read(path);
  return data === null ? null : (JSON.parse(data.toString('utf8')) as T);
}

/** Shared files are rewritten on every publish: compact JSON keeps the diffs and the bytes small. */
export async function writeJson(store: PagesStore, path: string, value: unknown): Promise<void> {
  await store.write(path, `${JSON.stringify(value)}\n`);
}
