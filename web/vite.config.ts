import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The dashboard builds to dist/dashboard/ with relative URLs (`base: './'`) so the same files
 * work at https://owner.github.io/repo/ and under `evalwarden dashboard`; `data/` sits next to
 * index.html and is never bundled.
 */
export default defineConfig({
  root,
  base: './',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../dist/dashboard', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Charts load only with the views that draw them; the overview needs none.
    chunkSizeWarningLimit: 700,
    reportCompressedSize: true,
  },
});
