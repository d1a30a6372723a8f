/**
 * A worker thread running a TypeScript module through tsx's loader (tsImport), so it runs the same under
 * the node, the benches and vitest: the verification pool's threads (verify-pool.ts) and the scale
 * bench's off-chain threads (test/bench/offchain-pool.ts). The thread is unref'd: an idle one does not
 * keep the process alive.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const TSX_API = pathToFileURL(
  createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs'),
).href;

/** Starts a thread running the TypeScript module at `module`. */
export function startTsWorker(module: URL): Worker {
  const boot = `import(${JSON.stringify(TSX_API)})
  .then((tsx) => tsx.tsImport(${JSON.stringify(module.href)}, ${JSON.stringify(TSX_API)}))
  .catch((err) => { throw err; });`;
  const worker = new Worker(boot, { eval: true });
  worker.unref();
  return worker;
}
