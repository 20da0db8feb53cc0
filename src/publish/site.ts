import { editPagesBranch, type SiteEdit } from './git-publisher.js';
import { folderStore } from './folder-store.js';
import type { ResolvedSite } from './options.js';
import type { PagesStore } from './store.js';

/** Runs one edit on the site, a branch (pushed, with retries) or a folder (written in place). */
export async function editSite<T>(
  site: ResolvedSite,
  message: string,
  edit: (store: PagesStore) => Promise<T>,
): Promise<SiteEdit<T>> {
  if (site.kind === 'git') return editPagesBranch(site, message, edit);
  const value = await edit(folderStore(site.dir));
  return { status: 'published', value, commit: null, attempts: 1, notice: null };
}
