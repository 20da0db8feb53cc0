import { checkSitePath } from './layout.js';
import type { Git } from './git.js';
import type { PagesStore } from './store.js';

type Op = { kind: 'write'; path: string; data: Buffer } | { kind: 'remove'; path: string };

export interface GitTreeStore extends PagesStore {
  /** Writes the edits as one commit on top of the base (a root commit when there is none). */
  commit(message: string): Promise<string>;
}

const COMMITTER = 'evalwarden <evalwarden@users.noreply.github.com>';

/**
 * The pages branch as a store, with no checkout at all: reads come from the fetched commit
 * (trees are local; a blob is fetched when first read, thanks to the partial clone), edits are
 * kept in order and become one commit through `git fast-import`. The cost of a publish therefore
 * follows what it touches, not how many runs the branch holds.
 */
export function gitTreeStore(git: Git, base: string | null): GitTreeStore {
  const ops: Op[] = [];

  // The latest edit that concerns a path: a write of it, or a removal of it or of a folder above.
  const lastOp = (path: string): Op | undefined => {
    for (let i = ops.length - 1; i >= 0; i--) {
      const op = ops[i];
      if (op.path === path || (op.kind === 'remove' && path.startsWith(`${op.path}/`))) return op;
    }
    return undefined;
  };

  const baseEntries = async (dir: string): Promise<string[]> => {
    if (base === null) return [];
    const treeish = dir === '' ? `${base}^{tree}` : `${base}:${dir}`;
    const result = await git.run(['ls-tree', '--name-only', '-z', treeish]);
    if (result.code !== 0) return [];
    return result.stdout.toString('utf8').split('\0').filter(Boolean);
  };

  const baseHas = async (path: string): Promise<boolean> => {
    if (base === null) return false;
    // rev-parse walks trees only: no blob is fetched to answer.
    return (await git.run(['rev-parse', '--verify', '--quiet', `${base}:${path}`])).code === 0;
  };

  return {
    async read(path) {
      checkSitePath(path);
      const op = lastOp(path);
      if (op) return op.kind === 'write' ? op.data : null;
      if (!(await baseHas(path))) return null;
      return git.ok(['cat-file', 'blob', `${base}:${path}`]);
    },
    async write(path, data) {
      ops.push({ kind: 'write', path: checkSitePath(path), data: Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8') });
    },
    async remove(path) {
      ops.push({ kind: 'remove', path: checkSitePath(path) });
    },
    async exists(path) {
      checkSitePath(path);
      const op = lastOp(path);
      if (op) return op.kind === 'write';
      if (ops.some((o) => o.kind === 'write' && o.path.startsWith(`${path}/`))) return true;
      return baseHas(path);
    },
    async list(dir) {
      const names = new Set(await baseEntries(dir));
      const prefix = dir === '' ? '' : `${dir}/`;
      for (const op of ops) {
        if (op.kind === 'remove' && (op.path === dir || dir.startsWith(`${op.path}/`))) names.clear();
        if (!op.path.startsWith(prefix)) continue;
        const name = op.path.slice(prefix.length).split('/')[0];
        if (op.kind === 'write') names.add(name);
        else if (!op.path.slice(prefix.length).includes('/')) names.delete(name);
      }
      return [...names].sort();
    },
    async commit(message) {
      const now = Math.floor(Date.now() / 1000);
      const chunks: Buffer[] = [];
      const text = (s: string) => chunks.push(Buffer.from(s, 'utf8'));
      const msg = Buffer.from(message, 'utf8');
      // reset first: without it a root commit would take the last attempt's commit as parent.
      text(`reset refs/evalwarden/publish\ncommit refs/evalwarden/publish\ncommitter ${COMMITTER} ${now} +0000\ndata ${msg.length}\n`);
      chunks.push(msg);
      text('\n');
      if (base !== null) text(`from ${base}\n`);
      for (const op of ops) {
        // fast-import paths are quoted C-style when they hold special characters; ours never do.
        if (op.kind === 'remove') text(`D ${op.path}\n`);
        else {
          text(`M 100644 inline ${op.path}\ndata ${op.data.length}\n`);
          chunks.push(op.data);
          text('\n');
        }
      }
      text('\n');
      // --force: the ref is ours alone and is reset from a fresh base on every attempt.
      await git.ok(['fast-import', '--quiet', '--force', '--date-format=raw'], { input: Buffer.concat(chunks) });
      return git.ok(['rev-parse', 'refs/evalwarden/publish']).then((b) => b.toString('utf8').trim());
    },
  };
}
