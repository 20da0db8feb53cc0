import { rename, rm, writeFile } from 'node:fs/promises';
import { EvalwardenError } from '../errors.js';

/**
 * Writes a whole artifact or leaves the one before it: the bytes go to `<file>.partial` first
 * and are renamed over the file, so a full disk or a killed process never leaves a 0-byte
 * summary.json or run.json behind. A failed write names the file and removes its partial copy.
 */
export async function writeFileAtomic(file: string, data: string): Promise<void> {
  const partial = `${file}.partial`;
  try {
    await writeFile(partial, data);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true }).catch(() => undefined);
    throw writeError(file, error);
  }
}

/** A failed write as an error that names the file and says what to do. */
export function writeError(file: string, error: unknown): EvalwardenError {
  const code = (error as NodeJS.ErrnoException).code;
  const detail = error instanceof Error ? error.message : String(error);
  return new EvalwardenError(`cannot write ${file}: ${detail}`, {
    hint:
      code === 'ENOSPC'
        ? 'the disk is full: free space, then run again with --resume to keep what finished'
        : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? 'the folder is not writable: choose another with --out'
          : undefined,
    cause: error,
  });
}
