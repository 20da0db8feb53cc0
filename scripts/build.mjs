// Builds dist/: the Action (dist/index.js) and the CLI (dist/cli.js) as ESM bundles with shared
// chunks, and the dashboard (dist/dashboard/) when its sources are present. dist/ is committed:
// CI rebuilds it and fails on any difference.
import { existsSync } from 'node:fs';
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const entryPoints = { cli: 'src/cli/index.ts' };
if (existsSync('src/action/index.ts')) entryPoints.index = 'src/action/index.ts';
// The scoring worker (src/run/score-deadline.ts): a thread of its own, so a file of its own.
entryPoints['score-worker'] = 'src/run/score-worker.ts';

// `--outdir DIR` builds elsewhere (tests run the bundle as GitHub does without touching dist/).
const outdirFlag = process.argv.indexOf('--outdir');
const outdir = outdirFlag > 0 ? process.argv[outdirFlag + 1] : 'dist';

await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints,
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS dependencies call require(); ESM output has none of its own.
  banner: {
    js: "import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);",
  },
});

// IFEval's language profiles are data read at run time: an Action runs without node_modules.
for (const part of ['profiles', 'res', 'LICENSE', 'README.md']) {
  await cp(path.join('node_modules', 'langdetect', part), path.join(outdir, 'langdetect', part), {
    recursive: true,
  });
}

if (existsSync('web/vite.config.ts') && !process.argv.includes('--no-dashboard') && outdir === 'dist') {
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
    { stdio: 'inherit' },
  );
}
