import path from 'node:path';
import { gitOutput } from './git-context.js';

/**
 * A file as a commit of the local checkout has it (a pull request's base): `undefined` when git
 * cannot show that commit (no repository, a shallow clone without it), `null` when the file did
 * not exist there (or was empty).
 */
export function fileAtCommit(file: string, sha: string): string | null | undefined {
  const dir = path.dirname(file);
  if (!gitOutput(dir, 'rev-parse', '--verify', '--quiet', `${sha}^{commit}`)) return undefined;
  // The folder's place in the repository, as git sees it (no realpath of a user's path needed).
  const prefix = gitOutput(dir, 'rev-parse', '--show-prefix') ?? '';
  return gitOutput(dir, 'show', `${sha}:${prefix}${path.basename(file)}`);
}
