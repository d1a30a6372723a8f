import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The dApp: served on 127.0.0.1:5173 by `npm start`, built to dist/ by `npm run build`.
export default defineConfig({
  plugins: [react()],
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
