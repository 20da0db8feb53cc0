import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { EvalwardenError } from '../errors.js';
import { checkSitePath } from './layout.js';
import type { PagesStore } from './store.js';

/** A site in a plain folder (`--pages-dir`), for users who deploy with actions/deploy-pages. */
export function folderStore(root: string): PagesStore {
  const base = resolve(root);
  const at = (path: string): string => {
    const full = resolve(base, checkSitePath(path));
    if (!full.startsWith(base + sep)) throw new EvalwardenError(`Refusing to write outside ${base}: ${path}`);
    return full;
  };
  return {
    async read(path) {
      try {
        return await readFile(at(path));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async write(path, data) {
      const full = at(path);
      await mkdir(dirname(full), { recursive: true });
      // Write then rename, so a reader (or a crash) never sees half a file.
      const tmp = `${full}.${randomBytes(4).toString('hex')}.tmp`;
      await writeFile(tmp, data);
      await rename(tmp, full);
    },
    async remove(path) {
      await rm(at(path), { recursive: true, force: true });
    },
    async list(dir) {
      try {
        return await readdir(dir === '' ? base : at(dir));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
    },
    async prefetch() {},
    async exists(path) {
      return stat(at(path)).then(
        () => true,
        () => false,
      );
    },
  };
}
