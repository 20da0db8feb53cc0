import path from 'node:path';
import { EvalwardenError } from '../errors.js';

/** Kernel file systems: nothing evalwarden writes belongs there. */
const SYSTEM_ROOTS = ['/proc', '/sys'];

/**
 * Refuses an output or cache folder under /proc or /sys before any file call touches it: Node's
 * recursive mkdir loops there without end (synchronous or in the thread pool), at full CPU, and a
 * synchronous one keeps even SIGTERM's handler from running.
 */
export function refuseSystemPath(folder: string, what: string): void {
  const absolute = path.resolve(folder);
  const root = SYSTEM_ROOTS.find((r) => absolute === r || absolute.startsWith(`${r}/`));
  if (root)
    throw new EvalwardenError(`${what} ${absolute} is under ${root}, a kernel file system`, {
      hint: `choose a folder on disk for ${what}`,
    });
}
