/**
 * Builds the dashboard into dist/dashboard with Vite unless the build there is newer than
 * every file under web/ (so a test run after `vite build` reuses it).
 */
import { execFile } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

export const REPO = resolve(import.meta.dirname, '../..');
export const APP_DIR = join(REPO, 'dist/dashboard');

export async function ensureDashboardBuilt(): Promise<string> {
  const built = await stat(join(APP_DIR, 'index.html')).then((s) => s.mtimeMs, () => 0);
  if (built && (await newestMtime(join(REPO, 'web'))) < built) return APP_DIR;
  await promisify(execFile)(process.execPath, [join(REPO, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: REPO });
  return APP_DIR;
}

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
  }
  return newest;
}
