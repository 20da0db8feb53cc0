import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DataError } from '../errors.js';
import { sha256Hex } from '../hash.js';

export interface RemoteDatasetOptions {
  url: string;
  sha256: string;
  /** Folder where verified files are kept, named by their hash. */
  cacheDir: string;
  /** Where the reference stands, for error messages. */
  where: string;
  fetch?: typeof fetch;
}

/**
 * A pinned remote dataset: downloaded once, verified against its SHA-256, kept in the cache by
 * hash. A mismatch is refused and nothing is kept.
 */
export async function fetchPinnedDataset(options: RemoteDatasetOptions): Promise<string> {
  const ext = path.extname(new URL(options.url).pathname) || '.data';
  const target = path.join(options.cacheDir, 'datasets', `${options.sha256}${ext}`);
  try {
    const cached = await readFile(target);
    if (sha256Hex(cached) === options.sha256) return target;
  } catch {
    // not cached yet
  }
  const hint = offlineHint(options.url, target);
  const response = await (options.fetch ?? fetch)(options.url).catch((cause: unknown) => {
    throw new DataError(
      { file: options.where },
      `cannot download ${options.url}: ${(cause as Error).message}`,
      { cause, hint },
    );
  });
  if (!response.ok)
    throw new DataError({ file: options.where }, `cannot download ${options.url}: HTTP ${response.status}`, {
      hint,
    });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const actual = sha256Hex(bytes);
  if (actual !== options.sha256) {
    throw new DataError(
      { file: options.where },
      `${options.url} has SHA-256 ${actual}, not the pinned ${options.sha256}`,
      {
        hint: 'the file changed upstream: check it, then update dataset.sha256',
      },
    );
  }
  await mkdir(path.dirname(target), { recursive: true });
  const partial = `${target}.${process.pid}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, target);
  return target;
}

/** Offline, or behind a proxy that blocks the host: where the file may come from instead. */
function offlineHint(url: string, target: string): string {
  const name = path.basename(new URL(url).pathname) || 'dataset.jsonl';
  return (
    `offline? put the file where the cache expects it, ${target} (checked against the pinned SHA-256), ` +
    `or save it in the repository and point the task at it: dataset: { path: data/${name} }`
  );
}
