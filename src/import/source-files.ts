import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DataError } from '../errors.js';

/** Files under `path` (itself when a file) whose name matches, searched `depth` folders deep, sorted. */
export async function findFiles(path: string, pattern: RegExp, depth = 3): Promise<string[]> {
  const info = await stat(path).catch((cause: unknown) => {
    throw new DataError({ file: path }, 'cannot be read', {
      cause,
      hint: 'Pass the file or the output folder the harness wrote.',
    });
  });
  if (info.isFile()) return pattern.test(basename(path)) ? [path] : [];
  const out: string[] = [];
  const walk = async (dir: string, left: number) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory() && left > 0) await walk(full, left - 1);
      else if (entry.isFile() && pattern.test(entry.name)) out.push(full);
    }
  };
  await walk(path, depth);
  return out.sort();
}

/** A file given by path, whatever its name; else the files in the folder whose name matches. */
export async function filesAt(path: string, pattern: RegExp, depth = 3): Promise<string[]> {
  const info = await stat(path).catch(() => null);
  return info?.isFile() ? [path] : findFiles(path, pattern, depth);
}

export interface SourceFile {
  path: string;
  text: string;
  sha256: string;
}

export async function readSource(path: string): Promise<SourceFile> {
  const text = await readFile(path, 'utf8');
  return { path, text, sha256: createHash('sha256').update(text).digest('hex') };
}

/** `results_2024-05-01T12-30-00.123456.json` → the ISO time in the name, or null. */
export function timeInName(name: string): string | null {
  const m = /(\d{4})-?(\d{2})-?(\d{2})[T_]?(\d{2})[-:]?(\d{2})[-:]?(\d{2})/.exec(name);
  if (!m) return null;
  const t = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/**
 * The checkpoint step a path names (`step-5000`, `global_step11500`, `step103000`,
 * `checkpoint-2000`, `ckpt_300`), from its last segment that names one; null when none does.
 */
export function stepInPath(path: string): number | null {
  const segments = path.split(/[\\/]/).reverse();
  for (const segment of segments) {
    const m = /(?:^|[^a-z])(?:global_step|checkpoint|ckpt|step)[-_]?(\d+)(?![\d])/i.exec(segment);
    if (m) return Number(m[1]);
  }
  return null;
}

/** A number from a harness value: numbers, booleans (0/1), numeric strings; null for "N/A" and the rest. */
export function asNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return null;
}
