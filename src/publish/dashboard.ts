import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EvalwardenError } from '../errors.js';
import type { PagesStore } from './store.js';

/** Kept at the root whatever the dashboard holds: the data, and the switch that stops Jekyll hiding `_` files. */
const KEEP = new Set(['data', '.nojekyll']);

/**
 * Puts a built dashboard at the site root: what the previous dashboard left there (old hashed
 * assets) goes first, `data/` stays. A `data/` folder inside the build is ignored.
 */
export async function copyDashboard(store: PagesStore, dashboardDir: string): Promise<number> {
  const files = await listFiles(dashboardDir).catch((error: unknown) => {
    throw new EvalwardenError(`Cannot read the dashboard folder ${dashboardDir}.`, {
      hint: 'Build the dashboard first (npm run build), or leave out --dashboard.',
      cause: error,
    });
  });
  if (!files.includes('index.html')) {
    throw new EvalwardenError(`${dashboardDir} has no index.html: it is not a built dashboard.`, {
      hint: 'Point --dashboard at dist/dashboard/.',
    });
  }
  for (const name of await store.list('')) if (!KEEP.has(name)) await store.remove(name);
  for (const file of files) await store.write(file, await readFile(join(dashboardDir, ...file.split('/'))));
  return files.length;
}

/** Marks the site as not-Jekyll once: GitHub Pages would otherwise drop files and folders starting with `_`. */
export async function ensureNoJekyll(store: PagesStore): Promise<void> {
  if (!(await store.exists('.nojekyll'))) await store.write('.nojekyll', '');
}

async function listFiles(root: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(root, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (!prefix && entry.name === 'data') continue;
    if (entry.isDirectory()) out.push(...(await listFiles(root, rel)));
    else if (entry.isFile()) out.push(rel);
  }
  return out.sort();
}
