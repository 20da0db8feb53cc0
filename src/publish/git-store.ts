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

  // Blob ids of base paths already looked up (null: no such file), filled by prefetch.
  const known = new Map<string, string | null>();
  const blobId = async (path: string): Promise<string | null> => {
    if (base === null) return null;
    if (!known.has(path)) {
      // rev-parse walks trees only: no blob is fetched to answer.
      const result = await git.run(['rev-parse', '--verify', '--quiet', `${base}:${path}`]);
      known.set(path, result.code === 0 ? result.stdout.toString('utf8').trim() : null);
    }
    return known.get(path)!;
  };
  const baseHas = async (path: string): Promise<boolean> => (await blobId(path)) !== null;

  return {
    async read(path) {
      checkSitePath(path);
      const op = lastOp(path);
      if (op) return op.kind === 'write' ? op.data : null;
      const id = await blobId(path);
      return id === null ? null : git.ok(['cat-file', 'blob', id]);
    },
    async prefetch(paths) {
      const wanted = [...new Set(paths.map(checkSitePath))].filter((p) => !known.has(p) && !lastOp(p));
      if (base === null || wanted.length === 0) return;
      const listed = await git.ok(['ls-tree', '-z', base, '--', ...wanted]);
      const ids: string[] = [];
      for (const p of wanted) known.set(p, null);
      for (const entry of listed.toString('utf8').split('\0').filter(Boolean)) {
        const [meta, path] = entry.split('\t');
        const [, type, id] = meta.split(' ');
        if (type !== 'blob') continue;
        known.set(path, id);
        ids.push(id);
      }
      // The request git makes for one missing blob of a partial clone, one per blob and all at
      // once: asked together, the server would spend its time on deltas between the big indexes.
      await Promise.all(
        ids.map((id) =>
          git.ok(
            [
              '-c',
              'fetch.negotiationAlgorithm=noop',
              'fetch',
              '--quiet',
              'origin',
              '--no-tags',
              '--no-write-fetch-head',
              '--recurse-submodules=no',
              '--filter=blob:none',
              '--stdin',
            ],
            { input: `${id}\n` },
          ),
        ),
      );
    },
    async write(path, data) {
      ops.push({
        kind: 'write',
        path: checkSitePath(path),
        data: Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8'),
      });
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
      text(
        `reset refs/evalwarden/publish\ncommit refs/evalwarden/publish\ncommitter ${COMMITTER} ${now} +0000\ndata ${msg.length}\n`,
      );
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
      // unpackLimit 0: keep fast-import's small pack as it is instead of exploding it into loose objects.
      await git.ok(
        ['-c', 'fastimport.unpackLimit=0', 'fast-import', '--quiet', '--force', '--date-format=raw'],
        { input: Buffer.concat(chunks) },
      );
      return git.ok(['rev-parse', 'refs/evalwarden/publish']).then((b) => b.toString('utf8').trim());
    },
  };
}
