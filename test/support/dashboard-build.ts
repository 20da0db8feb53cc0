/**
 * A built dashboard for tests and the bench, in a folder of the caller's: a copy of
 * dist/dashboard when that build is newer than every file it is built from (web/, and the
 * engine's modules the app imports), else a fresh Vite build
 * there. Never builds into dist/ itself, so parallel test files and a concurrent `npm run build`
 * cannot pull files from under each other.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

/** The repository root: found upwards, so this also works bundled into bench/out/. */
export const REPO = findRepo(import.meta.dirname);

function findRepo(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'web/vite.config.ts'))) return dir;
    if (dirname(dir) === dir)
      throw new Error(`No web/vite.config.ts above ${from}: run from the evalwarden repository.`);
  }
}
export const DIST_APP = join(REPO, 'dist/dashboard');

/** What the app's bundle is built from: its own folder and the one engine module it imports code from (its other engine imports are types). */
const APP_SOURCES = ['web', 'src/gate/verdict-words.ts'];

export async function buildDashboardInto(outDir: string): Promise<{ dir: string; reused: boolean }> {
  const built = await stat(join(DIST_APP, 'index.html')).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  if (built && (await newestSource()) < built) {
    try {
      await cp(DIST_APP, outDir, { recursive: true });
      await stat(join(outDir, 'index.html'));
      return { dir: outDir, reused: true };
    } catch {
      // dist/ changed under us (a concurrent build): build our own below.
    }
  }
  await promisify(execFile)(
    process.execPath,
    [
      join(REPO, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'web/vite.config.ts',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: REPO },
  );
  return { dir: outDir, reused: false };
}

async function newestSource(): Promise<number> {
  let newest = 0;
  for (const source of APP_SOURCES) {
    const path = join(REPO, source);
    if ((await stat(path)).isFile()) newest = Math.max(newest, (await stat(path)).mtimeMs);
    else
      for (const entry of await readdir(path, { withFileTypes: true, recursive: true }))
        if (entry.isFile())
          newest = Math.max(newest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
  }
  return newest;
}
