import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type Rollup } from 'vite';

/**
 * index.html preloads the shell's chunks (src/app/root.tsx and what it imports): main.tsx imports the
 * shell only after the boot's requests are out, and without these links its download would start then.
 */
function preloadShell(): Plugin {
  let base = '/';
  return {
    name: 'pha-stake:preload-shell',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        const shell = chunks.find((c) => c.facadeModuleId?.endsWith('/src/app/root.tsx'));
        const graph = (from: Rollup.OutputChunk[]): Set<string> => {
          const files = new Set<string>();
          const visit = (c: Rollup.OutputChunk | undefined) => {
            if (!c || files.has(c.fileName)) return;
            files.add(c.fileName);
            for (const f of c.imports) visit(byName.get(f));
          };
          for (const c of from) visit(c);
          return files;
        };
        // what the entry loads is in index.html already
        const loaded = graph(chunks.filter((c) => c.isEntry));
        const files = [...graph(shell ? [shell] : [])].filter((f) => !loaded.has(f));
        return files.map((f) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${f}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

// The dApp: served on 127.0.0.1:5173 by `npm start`, built to dist/ by `npm run build`.
export default defineConfig({
  plugins: [react(), preloadShell()],
  // abstract-level (under browser-level) needs Node's `events`; the browser gets a small EventEmitter.
  resolve: { alias: { events: fileURLToPath(new URL('./src/embedded/events-shim.ts', import.meta.url)) } },
  server: { host: '127.0.0.1', port: 5173 },
  // Pre-bundled deps per checkout (node_modules may be shared by several worktrees with other configs).
  cacheDir: 'tmp/vite',
  // The dev server pre-bundles the worker's dependencies up front (the scan does not follow
  // `new Worker(new URL(…))`; finding them later would reload the page).
  optimizeDeps: { entries: ['index.html', 'src/embedded/chain.worker.ts', 'src/embedded/verify.worker.ts'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 4096 },
  // The built-in chain's Web Worker (src/embedded/chain.worker.ts) is an ES module worker with code splitting.
  worker: { format: 'es' },
});
