import { gunzipSync, gzipSync } from 'node:zlib';
import { editPagesBranch, type SiteEdit } from './git-publisher.js';
import { folderStore } from './folder-store.js';
import type { ResolvedSite } from './options.js';
import { scrubber, type Scrub } from '../model/index.js';
import type { PagesStore } from './store.js';

/** Runs one edit on the site, a branch (pushed, with retries) or a folder (written in place). */
export async function editSite<T>(
  site: ResolvedSite,
  message: string,
  edit: (store: PagesStore) => Promise<T>,
  secrets: readonly string[] = [],
): Promise<SiteEdit<T>> {
  const scrub = scrubber([...secrets, ...(site.kind === 'git' && site.token ? [site.token] : [])]);
  const scrubbed = (store: PagesStore) => edit(scrubbingStore(store, scrub));
  if (site.kind === 'git') return editPagesBranch(site, message, scrubbed);
  const value = await scrubbed(folderStore(site.dir));
  return { status: 'published', value, commit: null, attempts: 1, notice: null };
}

/**
 * Every text written to the site passes the scrubber, gzipped records included; other binary
 * files (the dashboard's assets) go as they are.
 */
function scrubbingStore(store: PagesStore, scrub: Scrub): PagesStore {
  const scrubbed = (path: string, data: Buffer | string): Buffer | string => {
    if (typeof data === 'string') return scrub(data);
    if (path.endsWith('.gz')) {
      const text = gunzipSync(data).toString('utf8');
      const clean = scrub(text);
      return clean === text ? data : gzipSync(clean);
    }
    return /\.(json|jsonl|txt|md|csv)$/.test(path) ? Buffer.from(scrub(data.toString('utf8'))) : data;
  };
  return {
    read: (path) => store.read(path),
    write: (path, data) => store.write(path, scrubbed(path, data)),
    remove: (path) => store.remove(path),
    list: (dir) => store.list(dir),
    exists: (path) => store.exists(path),
    prefetch: (paths) => store.prefetch(paths),
  };
}
